"""Names for the sample people that `coprod demo-data` puts in a new register.

A new user can try the app on a register that looks like a real UK community co-production
group instead of an empty one. The names come from many of the cultures found in UK towns and
cities, so the sample register also exercises the parts of the app that plain ASCII test data
never would: Latin letters with diacritics ("Łukasz", "Ștefan", "Siobhán", "Nguyễn"),
apostrophes and hyphens ("O'Sullivan", "Ana-Maria"), names written family name first,
right-to-left scripts (Arabic, Urdu, Persian, Hebrew) and other non-Latin scripts (Cyrillic,
Greek, Gurmukhi, Gujarati, Devanagari, Tamil, Bengali, Chinese, Japanese, Korean, Ge'ez).

This module is only data. Each name is a pair: the usual Latin-script spelling used in the UK,
and the same name in its own script, or "" where the culture writes in Latin script. The names
are common given and family names, not real people; given and family names are meant to be
picked independently. Where family names change form with gender (Lithuanian, for example) the
usual masculine form is given, and Greek names use the Cypriot genitive family names that are
the same for everyone.

`weight` is a rough guide to how often each culture turns up in a group in a diverse UK city;
it is for making believable samples, not a statistic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NamePool:
    """Names from one naming culture.

    Each given/family name is a pair (latin, native): `native` is the same name in its own
    script, or "" when the culture writes in Latin script.
    """

    culture: str
    """For example "Polish", "Bengali (Bangladeshi)", "Chinese (Mandarin)"."""
    weight: int
    """Relative frequency in a UK community group sample, 1..60."""
    given: tuple[tuple[str, str], ...]
    family: tuple[tuple[str, str], ...]
    family_first: bool = False
    """True where the family name is customarily written first (Chinese, Japanese, Korean,
    Vietnamese, Hungarian)."""
    pronoun_hint: tuple[str, ...] = ()
    """Not used yet: names alone say nothing reliable about a person's pronouns."""


# fmt: off
NAME_POOLS: tuple[NamePool, ...] = (
    NamePool(
        culture="English",
        weight=60,
        given=(
            ("Oliver", ""), ("Amelia", ""), ("George", ""), ("Olivia", ""), ("Harry", ""),
            ("Isla", ""), ("Jack", ""), ("Emily", ""), ("Thomas", ""), ("Sophie", ""),
            ("James", ""), ("Charlotte", ""), ("William", ""), ("Grace", ""), ("Daniel", ""),
            ("Jessica", ""), ("Samuel", ""), ("Lucy", ""), ("Matthew", ""), ("Hannah", ""),
            ("Christopher", ""), ("Sarah", ""), ("David", ""), ("Margaret", ""), ("Peter", ""),
            ("Susan", ""), ("Paul", ""), ("Karen", ""), ("Alex", ""), ("Sam", ""),
        ),
        family=(
            ("Smith", ""), ("Jones", ""), ("Taylor", ""), ("Brown", ""), ("Wilson", ""),
            ("Johnson", ""), ("Robinson", ""), ("Wright", ""), ("Thompson", ""), ("Walker", ""),
            ("White", ""), ("Green", ""), ("Hall", ""), ("Wood", ""), ("Jackson", ""),
            ("Clarke", ""), ("Turner", ""), ("Cooper", ""), ("Harris", ""), ("King", ""),
            ("Baker", ""), ("Harrison", ""), ("Ward", ""), ("Mitchell", ""), ("Shaw", ""),
            ("Palmer", ""), ("Marshall", ""), ("Fletcher", ""), ("Holmes", ""),
            ("Atkinson", ""),
        ),
    ),
    NamePool(
        culture="Welsh",
        weight=6,
        given=(
            ("Rhys", ""), ("Carys", ""), ("Dafydd", ""), ("Ffion", ""), ("Gethin", ""),
            ("Angharad", ""), ("Ieuan", ""), ("Seren", ""), ("Owain", ""), ("Cerys", ""),
            ("Llinos", ""), ("Emyr", ""), ("Gwenllian", ""), ("Huw", ""), ("Nia", ""),
            ("Bethan", ""), ("Aled", ""), ("Catrin", ""), ("Iwan", ""), ("Elin", ""),
        ),
        family=(
            ("Jones", ""), ("Williams", ""), ("Davies", ""), ("Evans", ""), ("Thomas", ""),
            ("Roberts", ""), ("Hughes", ""), ("Lewis", ""), ("Morgan", ""), ("Griffiths", ""),
            ("Price", ""), ("Pritchard", ""), ("Llewellyn", ""), ("Powell", ""), ("Rees", ""),
            ("Jenkins", ""), ("Owen", ""), ("Parry", ""), ("Bowen", ""), ("Vaughan", ""),
        ),
    ),
    NamePool(
        culture="Scottish",
        weight=8,
        given=(
            ("Callum", ""), ("Eilidh", ""), ("Hamish", ""), ("Morag", ""), ("Euan", ""),
            ("Kirsty", ""), ("Fraser", ""), ("Mhairi", ""), ("Alasdair", ""), ("Catriona", ""),
            ("Lachlan", ""), ("Ailsa", ""), ("Angus", ""), ("Fiona", ""), ("Iain", ""),
            ("Shona", ""), ("Ruairidh", ""), ("Ishbel", ""),
        ),
        family=(
            ("MacDonald", ""), ("Campbell", ""), ("Stewart", ""), ("Robertson", ""),
            ("Thomson", ""), ("Anderson", ""), ("Scott", ""), ("Murray", ""), ("MacLeod", ""),
            ("Fraser", ""), ("Reid", ""), ("Ross", ""), ("Paterson", ""), ("Morrison", ""),
            ("Henderson", ""), ("Mackenzie", ""), ("Grant", ""), ("Sinclair", ""),
            ("Cameron", ""), ("McLean", ""),
        ),
    ),
    NamePool(
        culture="Irish",
        weight=6,
        given=(
            ("Siobhán", ""), ("Seán", ""), ("Aoife", ""), ("Niamh", ""), ("Ciarán", ""),
            ("Róisín", ""), ("Pádraig", ""), ("Caoimhe", ""), ("Oisín", ""), ("Saoirse", ""),
            ("Eoin", ""), ("Orla", ""), ("Cormac", ""), ("Sinéad", ""), ("Declan", ""),
            ("Clodagh", ""), ("Darragh", ""), ("Gráinne", ""), ("Colm", ""), ("Máire", ""),
        ),
        family=(
            ("Murphy", ""), ("Kelly", ""), ("O'Sullivan", ""), ("Walsh", ""), ("O'Brien", ""),
            ("Byrne", ""), ("Ryan", ""), ("O'Connor", ""), ("O'Neill", ""), ("Doyle", ""),
            ("McCarthy", ""), ("Gallagher", ""), ("Quinn", ""), ("Brennan", ""),
            ("Fitzgerald", ""), ("Nolan", ""), ("Kavanagh", ""), ("Dunne", ""),
        ),
    ),
    NamePool(
        culture="Polish",
        weight=8,
        given=(
            ("Łukasz", ""), ("Agnieszka", ""), ("Paweł", ""), ("Małgorzata", ""),
            ("Krzysztof", ""), ("Katarzyna", ""), ("Michał", ""), ("Joanna", ""),
            ("Tomasz", ""), ("Magdalena", ""), ("Piotr", ""), ("Zofia", ""), ("Jakub", ""),
            ("Aleksandra", ""), ("Wojciech", ""), ("Dorota", ""), ("Grzegorz", ""), ("Ewa", ""),
            ("Bartłomiej", ""), ("Beata", ""), ("Kamil", ""), ("Anna", ""),
        ),
        family=(
            ("Nowak", ""), ("Wójcik", ""), ("Kowalczyk", ""), ("Woźniak", ""), ("Mazur", ""),
            ("Krawczyk", ""), ("Kaczmarek", ""), ("Zając", ""), ("Król", ""), ("Wieczorek", ""),
            ("Pawlak", ""), ("Michalak", ""), ("Sikora", ""), ("Walczak", ""), ("Stępień", ""),
            ("Dudek", ""), ("Wróbel", ""), ("Adamczyk", ""), ("Pietrzak", ""),
        ),
    ),
    NamePool(
        culture="Romanian",
        weight=6,
        given=(
            ("Ștefan", ""), ("Ioana", ""), ("Andrei", ""), ("Elena", ""), ("Mihai", ""),
            ("Alexandra", ""), ("Ionuț", ""), ("Andreea", ""), ("Gheorghe", ""),
            ("Mădălina", ""), ("Vasile", ""), ("Cristina", ""), ("Florin", ""), ("Raluca", ""),
            ("Cătălin", ""), ("Ana-Maria", ""), ("Bogdan", ""), ("Alina", ""),
        ),
        family=(
            ("Popescu", ""), ("Ionescu", ""), ("Popa", ""), ("Stan", ""), ("Dumitru", ""),
            ("Stoica", ""), ("Gheorghe", ""), ("Matei", ""), ("Constantin", ""), ("Rusu", ""),
            ("Munteanu", ""), ("Marin", ""), ("Lungu", ""), ("Ștefănescu", ""), ("Dobre", ""),
            ("Tudor", ""), ("Florea", ""), ("Diaconu", ""), ("Ciobanu", ""), ("Mocanu", ""),
        ),
    ),
    NamePool(
        culture="Lithuanian",
        weight=3,
        given=(
            ("Jonas", ""), ("Rūta", ""), ("Tomas", ""), ("Eglė", ""), ("Mantas", ""),
            ("Gintarė", ""), ("Lukas", ""), ("Ieva", ""), ("Darius", ""), ("Aistė", ""),
            ("Mindaugas", ""), ("Agnė", ""), ("Tadas", ""), ("Greta", ""), ("Paulius", ""),
            ("Jūratė", ""), ("Žygimantas", ""), ("Rasa", ""),
        ),
        family=(
            ("Kazlauskas", ""), ("Jankauskas", ""), ("Petrauskas", ""), ("Stankevičius", ""),
            ("Vasiliauskas", ""), ("Žukauskas", ""), ("Butkus", ""), ("Paulauskas", ""),
            ("Urbonas", ""), ("Kavaliauskas", ""), ("Navickas", ""), ("Ramanauskas", ""),
        ),
    ),
    NamePool(
        culture="Ukrainian",
        weight=4,
        given=(
            ("Oleksandr", "Олександр"), ("Olena", "Олена"), ("Andrii", "Андрій"),
            ("Iryna", "Ірина"), ("Dmytro", "Дмитро"), ("Oksana", "Оксана"),
            ("Serhii", "Сергій"), ("Nataliia", "Наталія"), ("Mykola", "Микола"),
            ("Tetiana", "Тетяна"), ("Volodymyr", "Володимир"), ("Yuliia", "Юлія"),
            ("Taras", "Тарас"), ("Kateryna", "Катерина"), ("Bohdan", "Богдан"),
            ("Viktoriia", "Вікторія"), ("Ivan", "Іван"), ("Halyna", "Галина"),
        ),
        family=(
            ("Shevchenko", "Шевченко"), ("Kovalenko", "Коваленко"),
            ("Bondarenko", "Бондаренко"), ("Tkachenko", "Ткаченко"),
            ("Kravchenko", "Кравченко"), ("Boiko", "Бойко"), ("Melnyk", "Мельник"),
            ("Oliinyk", "Олійник"), ("Kovalchuk", "Ковальчук"), ("Polishchuk", "Поліщук"),
            ("Marchenko", "Марченко"), ("Savchenko", "Савченко"), ("Rudenko", "Руденко"),
            ("Lysenko", "Лисенко"), ("Moroz", "Мороз"), ("Tkachuk", "Ткачук"),
        ),
    ),
    NamePool(
        culture="Greek (Cypriot)",
        weight=3,
        given=(
            ("Giorgos", "Γιώργος"), ("Maria", "Μαρία"), ("Dimitris", "Δημήτρης"),
            ("Eleni", "Ελένη"), ("Konstantinos", "Κωνσταντίνος"), ("Katerina", "Κατερίνα"),
            ("Nikos", "Νίκος"), ("Sofia", "Σοφία"), ("Yiannis", "Γιάννης"),
            ("Georgia", "Γεωργία"), ("Christos", "Χρήστος"), ("Despina", "Δέσποινα"),
            ("Andreas", "Ανδρέας"), ("Vasiliki", "Βασιλική"), ("Panagiotis", "Παναγιώτης"),
            ("Ioanna", "Ιωάννα"),
        ),
        family=(
            ("Georgiou", "Γεωργίου"), ("Christodoulou", "Χριστοδούλου"), ("Ioannou", "Ιωάννου"),
            ("Constantinou", "Κωνσταντίνου"), ("Demetriou", "Δημητρίου"),
            ("Nicolaou", "Νικολάου"), ("Charalambous", "Χαραλάμπους"),
            ("Panayiotou", "Παναγιώτου"), ("Michael", "Μιχαήλ"), ("Antoniou", "Αντωνίου"),
            ("Andreou", "Ανδρέου"), ("Stylianou", "Στυλιανού"), ("Theodorou", "Θεοδώρου"),
            ("Savva", "Σάββα"), ("Kyriacou", "Κυριάκου"),
        ),
    ),
    NamePool(
        culture="Turkish",
        weight=4,
        given=(
            ("Mehmet", ""), ("Ayşe", ""), ("Mustafa", ""), ("Fatma", ""), ("Ahmet", ""),
            ("Zeynep", ""), ("Emre", ""), ("Elif", ""), ("Burak", ""), ("Merve", ""),
            ("Hüseyin", ""), ("Özlem", ""), ("Kemal", ""), ("Gülşen", ""), ("Cem", ""),
            ("Derya", ""), ("İbrahim", ""), ("Şule", ""),
        ),
        family=(
            ("Yılmaz", ""), ("Kaya", ""), ("Demir", ""), ("Şahin", ""), ("Çelik", ""),
            ("Yıldız", ""), ("Yıldırım", ""), ("Öztürk", ""), ("Aydın", ""), ("Özdemir", ""),
            ("Arslan", ""), ("Doğan", ""), ("Kılıç", ""), ("Çetin", ""), ("Koç", ""),
            ("Güler", ""),
        ),
    ),
    NamePool(
        culture="Kurdish (Kurmanji)",
        weight=3,
        given=(
            ("Azad", ""), ("Berfîn", ""), ("Rojda", ""), ("Dilan", ""), ("Şiyar", ""),
            ("Zozan", ""), ("Rêzan", ""), ("Hêvî", ""), ("Baran", ""), ("Jiyan", ""),
            ("Rojhat", ""), ("Berîvan", ""), ("Welat", ""), ("Delal", ""), ("Ciwan", ""),
            ("Roj", ""),
        ),
        family=(
            ("Aslan", ""), ("Ekinci", ""), ("Polat", ""), ("Demir", ""), ("Doğan", ""),
            ("Kaplan", ""), ("Tunç", ""), ("Ateş", ""), ("Bingöl", ""), ("Güneş", ""),
            ("Ahmed", ""), ("Karim", ""), ("Rasul", ""), ("Qadir", ""), ("Aziz", ""),
        ),
    ),
    NamePool(
        culture="Somali",
        weight=5,
        given=(
            ("Abdi", ""), ("Hodan", ""), ("Mohamed", ""), ("Amina", ""), ("Abdirahman", ""),
            ("Fadumo", ""), ("Ahmed", ""), ("Hawa", ""), ("Hassan", ""), ("Ayan", ""),
            ("Ismail", ""), ("Ifrah", ""), ("Liban", ""), ("Sagal", ""), ("Yusuf", ""),
            ("Khadra", ""), ("Abdullahi", ""), ("Nimco", ""),
        ),
        family=(
            ("Ali", ""), ("Hassan", ""), ("Mohamed", ""), ("Abdi", ""), ("Farah", ""),
            ("Warsame", ""), ("Jama", ""), ("Osman", ""), ("Hussein", ""), ("Omar", ""),
            ("Aden", ""), ("Nur", ""), ("Dirie", ""), ("Hirsi", ""), ("Abdullahi", ""),
            ("Elmi", ""),
        ),
    ),
    NamePool(
        culture="Yoruba",
        weight=5,
        given=(
            ("Adebayo", ""), ("Funmilayo", ""), ("Oluwaseun", ""), ("Folake", ""),
            ("Babatunde", ""), ("Yetunde", ""), ("Olumide", ""), ("Temitope", ""),
            ("Ayodele", ""), ("Bukola", ""), ("Kehinde", ""), ("Taiwo", ""), ("Damilola", ""),
            ("Segun", ""), ("Abimbola", ""), ("Tunde", ""),
        ),
        family=(
            ("Adeyemi", ""), ("Ogunleye", ""), ("Adewale", ""), ("Olaniyan", ""),
            ("Bankole", ""), ("Ajayi", ""), ("Oladipo", ""), ("Akinola", ""), ("Afolabi", ""),
            ("Ogundipe", ""), ("Adeleke", ""), ("Oyebanji", ""), ("Balogun", ""),
            ("Akinyemi", ""), ("Adesanya", ""), ("Oyelaran", ""),
        ),
    ),
    NamePool(
        culture="Igbo",
        weight=4,
        given=(
            ("Chinedu", ""), ("Ngozi", ""), ("Emeka", ""), ("Chioma", ""), ("Obinna", ""),
            ("Adaeze", ""), ("Chukwuemeka", ""), ("Nkechi", ""), ("Ikenna", ""), ("Amaka", ""),
            ("Uchenna", ""), ("Ifeoma", ""), ("Chidi", ""), ("Chiamaka", ""), ("Nnamdi", ""),
            ("Obiageli", ""), ("Kelechi", ""), ("Ebere", ""),
        ),
        family=(
            ("Okafor", ""), ("Okonkwo", ""), ("Eze", ""), ("Nwosu", ""), ("Okeke", ""),
            ("Obi", ""), ("Nwankwo", ""), ("Okoro", ""), ("Uzor", ""), ("Chukwu", ""),
            ("Ibe", ""), ("Nwachukwu", ""), ("Onuoha", ""), ("Anyanwu", ""), ("Okoye", ""),
        ),
    ),
    NamePool(
        culture="Akan (Ghanaian)",
        weight=3,
        given=(
            ("Kwame", ""), ("Akosua", ""), ("Kofi", ""), ("Ama", ""), ("Kwabena", ""),
            ("Abena", ""), ("Kwaku", ""), ("Akua", ""), ("Yaw", ""), ("Yaa", ""),
            ("Kwadwo", ""), ("Adwoa", ""), ("Kwesi", ""), ("Esi", ""), ("Kwasi", ""),
            ("Afua", ""), ("Kojo", ""), ("Efua", ""),
        ),
        family=(
            ("Mensah", ""), ("Owusu", ""), ("Boateng", ""), ("Asante", ""), ("Osei", ""),
            ("Appiah", ""), ("Agyeman", ""), ("Darko", ""), ("Amoah", ""), ("Antwi", ""),
            ("Opoku", ""), ("Ofori", ""), ("Acheampong", ""), ("Adjei", ""), ("Boakye", ""),
            ("Sarpong", ""), ("Frimpong", ""), ("Asamoah", ""),
        ),
    ),
    NamePool(
        culture="Jamaican (Caribbean)",
        weight=8,
        given=(
            ("Marcus", ""), ("Shanice", ""), ("Devon", ""), ("Tanisha", ""), ("Leon", ""),
            ("Marcia", ""), ("Winston", ""), ("Claudette", ""), ("Delroy", ""),
            ("Beverley", ""), ("Andre", ""), ("Kerry-Ann", ""), ("Jermaine", ""),
            ("Sharon", ""), ("Everton", ""), ("Paulette", ""), ("Tyrone", ""), ("Jodi-Ann", ""),
            ("Dwayne", ""), ("Keisha", ""),
        ),
        family=(
            ("Campbell", ""), ("Brown", ""), ("Williams", ""), ("Clarke", ""), ("Thompson", ""),
            ("Reid", ""), ("Morgan", ""), ("Grant", ""), ("Francis", ""), ("Bailey", ""),
            ("Richards", ""), ("Gordon", ""), ("Henry", ""), ("Samuels", ""), ("McKenzie", ""),
            ("Powell", ""), ("Barrett", ""), ("Lewis", ""), ("Stewart", ""), ("Gayle", ""),
        ),
    ),
    NamePool(
        culture="Punjabi (Sikh)",
        weight=6,
        given=(
            ("Harpreet", "ਹਰਪ੍ਰੀਤ"), ("Gurpreet", "ਗੁਰਪ੍ਰੀਤ"), ("Manjit", "ਮਨਜੀਤ"),
            ("Jaswinder", "ਜਸਵਿੰਦਰ"), ("Harjit", "ਹਰਜੀਤ"), ("Amarjit", "ਅਮਰਜੀਤ"),
            ("Kulwinder", "ਕੁਲਵਿੰਦਰ"), ("Navdeep", "ਨਵਦੀਪ"), ("Rajinder", "ਰਾਜਿੰਦਰ"),
            ("Sukhwinder", "ਸੁਖਵਿੰਦਰ"), ("Manpreet", "ਮਨਪ੍ਰੀਤ"), ("Gurdeep", "ਗੁਰਦੀਪ"),
            ("Balwinder", "ਬਲਵਿੰਦਰ"), ("Simran", "ਸਿਮਰਨ"), ("Jaspreet", "ਜਸਪ੍ਰੀਤ"),
            ("Parminder", "ਪਰਮਿੰਦਰ"), ("Kamaljit", "ਕਮਲਜੀਤ"),
        ),
        family=(
            ("Singh", "ਸਿੰਘ"), ("Kaur", "ਕੌਰ"), ("Sandhu", "ਸੰਧੂ"), ("Gill", "ਗਿੱਲ"),
            ("Dhillon", "ਢਿੱਲੋਂ"), ("Sidhu", "ਸਿੱਧੂ"), ("Bains", "ਬੈਂਸ"), ("Grewal", "ਗਰੇਵਾਲ"),
            ("Johal", "ਜੌਹਲ"), ("Sangha", "ਸੰਘਾ"), ("Dhaliwal", "ਧਾਲੀਵਾਲ"), ("Randhawa", "ਰੰਧਾਵਾ"),
            ("Chahal", "ਚਾਹਲ"), ("Mann", "ਮਾਨ"),
        ),
    ),
    NamePool(
        culture="Gujarati",
        weight=6,
        given=(
            ("Rajesh", "રાજેશ"), ("Priya", "પ્રિયા"), ("Nilesh", "નિલેશ"), ("Hetal", "હેતલ"),
            ("Kiran", "કિરણ"), ("Bhavna", "ભાવના"), ("Jayesh", "જયેશ"), ("Nisha", "નિશા"),
            ("Mehul", "મેહુલ"), ("Pooja", "પૂજા"), ("Dhruv", "ધ્રુવ"), ("Krupa", "કૃપા"),
            ("Hiren", "હિરેન"), ("Komal", "કોમલ"), ("Amit", "અમિત"), ("Falguni", "ફાલ્ગુની"),
            ("Ketan", "કેતન"), ("Sejal", "સેજલ"), ("Darshana", "દર્શના"),
        ),
        family=(
            ("Patel", "પટેલ"), ("Shah", "શાહ"), ("Mehta", "મહેતા"), ("Desai", "દેસાઈ"),
            ("Joshi", "જોશી"), ("Parekh", "પારેખ"), ("Thakkar", "ઠક્કર"), ("Trivedi", "ત્રિવેદી"),
            ("Chauhan", "ચૌહાણ"), ("Mistry", "મિસ્ત્રી"), ("Vyas", "વ્યાસ"), ("Solanki", "સોલંકી"),
            ("Bhatt", "ભટ્ટ"), ("Amin", "અમીન"), ("Dave", "દવે"),
        ),
    ),
    NamePool(
        culture="Hindi",
        weight=4,
        given=(
            ("Rahul", "राहुल"), ("Priya", "प्रिया"), ("Amit", "अमित"), ("Sunita", "सुनीता"),
            ("Vikram", "विक्रम"), ("Anjali", "अंजलि"), ("Rohan", "रोहन"), ("Neha", "नेहा"),
            ("Sanjay", "संजय"), ("Pooja", "पूजा"), ("Arjun", "अर्जुन"), ("Kavita", "कविता"),
            ("Deepak", "दीपक"), ("Meera", "मीरा"), ("Ravi", "रवि"), ("Shreya", "श्रेया"),
            ("Anil", "अनिल"), ("Asha", "आशा"),
        ),
        family=(
            ("Sharma", "शर्मा"), ("Gupta", "गुप्ता"), ("Verma", "वर्मा"), ("Kumar", "कुमार"),
            ("Agarwal", "अग्रवाल"), ("Mishra", "मिश्रा"), ("Srivastava", "श्रीवास्तव"),
            ("Chopra", "चोपड़ा"), ("Kapoor", "कपूर"), ("Malhotra", "मल्होत्रा"),
            ("Saxena", "सक्सेना"), ("Yadav", "यादव"), ("Tiwari", "तिवारी"), ("Bhatia", "भाटिया"),
            ("Arora", "अरोड़ा"),
        ),
    ),
    NamePool(
        culture="Tamil",
        weight=3,
        given=(
            ("Karthik", "கார்த்திக்"), ("Priya", "பிரியா"), ("Suresh", "சுரேஷ்"),
            ("Lakshmi", "லட்சுமி"), ("Vijay", "விஜய்"), ("Kavitha", "கவிதா"),
            ("Senthil", "செந்தில்"), ("Meena", "மீனா"), ("Arun", "அருண்"), ("Deepa", "தீபா"),
            ("Murugan", "முருகன்"), ("Revathi", "ரேவதி"), ("Ganesh", "கணேஷ்"),
            ("Anitha", "அனிதா"), ("Nirmala", "நிர்மலா"), ("Tharshini", "தர்ஷினி"),
        ),
        family=(
            ("Selvaraj", "செல்வராஜ்"), ("Kandiah", "கந்தையா"), ("Nadarajah", "நடராஜா"),
            ("Thurairajah", "துரைராஜா"), ("Ponnambalam", "பொன்னம்பலம்"),
            ("Subramaniam", "சுப்பிரமணியம்"), ("Krishnan", "கிருஷ்ணன்"), ("Ramasamy", "ராமசாமி"),
            ("Arumugam", "ஆறுமுகம்"), ("Shanmugam", "சண்முகம்"), ("Venkatesan", "வெங்கடேசன்"),
            ("Murugesu", "முருகேசு"),
        ),
    ),
    NamePool(
        culture="Urdu (Pakistani)",
        weight=10,
        given=(
            ("Muhammad", "محمد"), ("Ayesha", "عائشہ"), ("Imran", "عمران"), ("Fatima", "فاطمہ"),
            ("Bilal", "بلال"), ("Sana", "ثنا"), ("Usman", "عثمان"), ("Zainab", "زینب"),
            ("Hamza", "حمزہ"), ("Nadia", "نادیہ"), ("Asif", "آصف"), ("Saima", "صائمہ"),
            ("Tariq", "طارق"), ("Rabia", "رابعہ"), ("Adeel", "عدیل"), ("Amna", "آمنہ"),
            ("Zubair", "زبیر"), ("Mehwish", "مہوش"), ("Kashif", "کاشف"), ("Hina", "حنا"),
        ),
        family=(
            ("Khan", "خان"), ("Hussain", "حسین"), ("Ahmed", "احمد"), ("Ali", "علی"),
            ("Iqbal", "اقبال"), ("Mahmood", "محمود"), ("Akhtar", "اختر"), ("Malik", "ملک"),
            ("Butt", "بٹ"), ("Chaudhry", "چودھری"), ("Qureshi", "قریشی"), ("Raja", "راجہ"),
            ("Shah", "شاہ"), ("Rehman", "رحمان"), ("Bashir", "بشیر"), ("Aslam", "اسلم"),
            ("Javed", "جاوید"), ("Siddiqui", "صدیقی"), ("Mirza", "مرزا"), ("Anwar", "انور"),
        ),
    ),
    NamePool(
        culture="Bengali (Bangladeshi)",
        weight=7,
        given=(
            ("Rahim", "রহিম"), ("Nasima", "নাসিমা"), ("Jamal", "জামাল"), ("Rukhsana", "রুখসানা"),
            ("Shahid", "শহীদ"), ("Farida", "ফরিদা"), ("Mizanur", "মিজানুর"),
            ("Taslima", "তাসলিমা"), ("Anwar", "আনোয়ার"), ("Shirin", "শিরিন"),
            ("Kamal", "কামাল"), ("Mumtaz", "মমতাজ"), ("Habib", "হাবিব"), ("Salma", "সালমা"),
            ("Rafiq", "রফিক"), ("Jesmin", "জেসমিন"), ("Tanvir", "তানভীর"),
            ("Sumaiya", "সুমাইয়া"), ("Ayesha", "আয়েশা"),
        ),
        family=(
            ("Rahman", "রহমান"), ("Ahmed", "আহমেদ"), ("Hossain", "হোসেন"), ("Islam", "ইসলাম"),
            ("Uddin", "উদ্দিন"), ("Miah", "মিয়া"), ("Chowdhury", "চৌধুরী"), ("Ali", "আলী"),
            ("Alam", "আলম"), ("Haque", "হক"), ("Karim", "করিম"), ("Sarkar", "সরকার"),
            ("Talukdar", "তালুকদার"), ("Khan", "খান"),
        ),
    ),
    NamePool(
        culture="Arabic",
        weight=5,
        given=(
            ("Mohammed", "محمد"), ("Fatima", "فاطمة"), ("Ahmed", "أحمد"), ("Mariam", "مريم"),
            ("Omar", "عمر"), ("Layla", "ليلى"), ("Youssef", "يوسف"), ("Noor", "نور"),
            ("Khalid", "خالد"), ("Huda", "هدى"), ("Ali", "علي"), ("Rania", "رانيا"),
            ("Hassan", "حسن"), ("Salma", "سلمى"), ("Karim", "كريم"), ("Amal", "أمل"),
            ("Ibrahim", "إبراهيم"), ("Yasmin", "ياسمين"), ("Tariq", "طارق"), ("Dina", "دينا"),
        ),
        family=(
            ("Al-Masri", "المصري"), ("Haddad", "حداد"), ("Khalil", "خليل"), ("Hamdan", "حمدان"),
            ("Saleh", "صالح"), ("Nasser", "ناصر"), ("Abdullah", "عبد الله"),
            ("Mansour", "منصور"), ("Al-Hashimi", "الهاشمي"), ("Darwish", "درويش"),
            ("Qasim", "قاسم"), ("Aziz", "عزيز"), ("Mahmoud", "محمود"), ("Awad", "عوض"),
            ("Farouk", "فاروق"),
        ),
    ),
    NamePool(
        culture="Persian (Farsi)",
        weight=3,
        given=(
            ("Ali", "علی"), ("Maryam", "مریم"), ("Reza", "رضا"), ("Zahra", "زهرا"),
            ("Mehdi", "مهدی"), ("Fatemeh", "فاطمه"), ("Hossein", "حسین"), ("Shirin", "شیرین"),
            ("Amir", "امیر"), ("Niloufar", "نیلوفر"), ("Dariush", "داریوش"),
            ("Parisa", "پریسا"), ("Kian", "کیان"), ("Leila", "لیلا"), ("Babak", "بابک"),
            ("Azadeh", "آزاده"), ("Arash", "آرش"), ("Sara", "سارا"), ("Farhad", "فرهاد"),
            ("Roya", "رویا"),
        ),
        family=(
            ("Hosseini", "حسینی"), ("Mohammadi", "محمدی"), ("Ahmadi", "احمدی"),
            ("Rezaei", "رضایی"), ("Karimi", "کریمی"), ("Moradi", "مرادی"), ("Rahimi", "رحیمی"),
            ("Jafari", "جعفری"), ("Sadeghi", "صادقی"), ("Ebrahimi", "ابراهیمی"),
            ("Tehrani", "تهرانی"), ("Kazemi", "کاظمی"), ("Ghorbani", "قربانی"),
            ("Rostami", "رستمی"), ("Amini", "امینی"), ("Najafi", "نجفی"),
        ),
    ),
    NamePool(
        culture="Chinese (Mandarin)",
        weight=4,
        given=(
            ("Wei", "伟"), ("Fang", "芳"), ("Jing", "静"), ("Lei", "磊"), ("Min", "敏"),
            ("Jun", "军"), ("Li", "丽"), ("Xiaoming", "晓明"), ("Jianguo", "建国"),
            ("Yan", "燕"), ("Hao", "浩"), ("Xin", "欣"), ("Yuxuan", "宇轩"), ("Zihan", "子涵"),
            ("Haoran", "浩然"), ("Xinyi", "欣怡"), ("Mei", "梅"), ("Qiang", "强"),
            ("Ling", "玲"), ("Tao", "涛"), ("Jie", "杰"),
        ),
        family=(
            ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"),
            ("Yang", "杨"), ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"),
            ("Xu", "徐"), ("Sun", "孙"), ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"),
            ("Guo", "郭"), ("Lin", "林"), ("He", "何"),
        ),
        family_first=True,
    ),
    NamePool(
        culture="Chinese (Cantonese, Hong Kong)",
        weight=4,
        given=(
            ("Ka Yan", "嘉欣"), ("Wai Man", "偉文"), ("Chi Keung", "志強"),
            ("Siu Ming", "小明"), ("Mei Ling", "美玲"), ("Wing Sze", "詠詩"), ("Ka Ho", "家豪"),
            ("Hoi Yan", "凱欣"), ("Tsz Kin", "子健"), ("Pui Yee", "佩儀"), ("Kwok Wai", "國偉"),
            ("Man Yee", "敏儀"), ("Chun Kit", "俊傑"), ("Suet Ying", "雪瑩"),
            ("Ho Yin", "浩賢"), ("Yuk Lan", "玉蘭"),
        ),
        family=(
            ("Chan", "陳"), ("Wong", "黃"), ("Lee", "李"), ("Cheung", "張"), ("Lau", "劉"),
            ("Ho", "何"), ("Leung", "梁"), ("Lam", "林"), ("Tse", "謝"), ("Ng", "吳"),
            ("Yip", "葉"), ("Tang", "鄧"), ("Chow", "周"), ("Kwok", "郭"), ("Fung", "馮"),
            ("Mak", "麥"), ("Cheng", "鄭"), ("Tsang", "曾"),
        ),
        family_first=True,
    ),
    NamePool(
        culture="Japanese",
        weight=2,
        given=(
            ("Takashi", "隆"), ("Yoko", "洋子"), ("Kenji", "健二"), ("Keiko", "恵子"),
            ("Akira", "明"), ("Naoko", "直子"), ("Takeshi", "武"), ("Yumi", "由美"),
            ("Satoshi", "聡"), ("Ayumi", "あゆみ"), ("Daisuke", "大輔"), ("Sakura", "さくら"),
            ("Kenta", "健太"), ("Emi", "恵美"), ("Shota", "翔太"), ("Misaki", "美咲"),
            ("Haruka", "遥"), ("Ren", "蓮"),
        ),
        family=(
            ("Sato", "佐藤"), ("Suzuki", "鈴木"), ("Takahashi", "高橋"), ("Tanaka", "田中"),
            ("Watanabe", "渡辺"), ("Ito", "伊藤"), ("Yamamoto", "山本"), ("Nakamura", "中村"),
            ("Kobayashi", "小林"), ("Kato", "加藤"), ("Yoshida", "吉田"), ("Yamada", "山田"),
            ("Sasaki", "佐々木"), ("Matsumoto", "松本"), ("Inoue", "井上"), ("Kimura", "木村"),
        ),
        family_first=True,
    ),
    NamePool(
        culture="Korean",
        weight=2,
        given=(
            ("Min-jun", "민준"), ("Seo-yeon", "서연"), ("Ji-hoon", "지훈"), ("Ji-min", "지민"),
            ("Seo-jun", "서준"), ("Ha-eun", "하은"), ("Do-yoon", "도윤"), ("Su-bin", "수빈"),
            ("Hyun-woo", "현우"), ("Ji-eun", "지은"), ("Ye-jun", "예준"), ("Min-seo", "민서"),
            ("Jae-won", "재원"), ("Eun-ji", "은지"),
        ),
        family=(
            ("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정"),
            ("Kang", "강"), ("Cho", "조"), ("Yoon", "윤"), ("Jang", "장"), ("Lim", "임"),
            ("Han", "한"), ("Shin", "신"),
        ),
        family_first=True,
    ),
    NamePool(
        culture="Vietnamese",
        weight=2,
        given=(
            ("Minh", ""), ("Lan", ""), ("Hùng", ""), ("Hương", ""), ("Tuấn", ""), ("Linh", ""),
            ("Dũng", ""), ("Thảo", ""), ("Nam", ""), ("Mai", ""), ("Quang", ""), ("Ngọc", ""),
            ("Long", ""), ("Trang", ""), ("Phương", ""), ("Hải", ""), ("Thu", ""), ("Đức", ""),
            ("Hạnh", ""), ("Khoa", ""), ("Văn Hùng", ""), ("Thị Hương", ""), ("Minh Anh", ""),
            ("Thanh Tâm", ""),
        ),
        family=(
            ("Nguyễn", ""), ("Trần", ""), ("Lê", ""), ("Phạm", ""), ("Hoàng", ""),
            ("Huỳnh", ""), ("Phan", ""), ("Vũ", ""), ("Võ", ""), ("Đặng", ""), ("Bùi", ""),
            ("Đỗ", ""), ("Hồ", ""), ("Ngô", ""), ("Dương", ""), ("Lý", ""),
        ),
        family_first=True,
    ),
    NamePool(
        culture="Hungarian",
        weight=2,
        given=(
            ("László", ""), ("Katalin", ""), ("István", ""), ("Erzsébet", ""), ("Zoltán", ""),
            ("Éva", ""), ("Gábor", ""), ("Zsófia", ""), ("Péter", ""), ("Krisztina", ""),
            ("Attila", ""), ("Ildikó", ""), ("Balázs", ""), ("Anikó", ""), ("Tamás", ""),
            ("Réka", ""),
        ),
        family=(
            ("Nagy", ""), ("Kovács", ""), ("Tóth", ""), ("Szabó", ""), ("Horváth", ""),
            ("Varga", ""), ("Kiss", ""), ("Molnár", ""), ("Németh", ""), ("Farkas", ""),
            ("Balogh", ""), ("Papp", ""), ("Takács", ""), ("Juhász", ""), ("Lakatos", ""),
            ("Mészáros", ""),
        ),
        family_first=True,
    ),
    NamePool(
        culture="Portuguese (Portugal, Brazil)",
        weight=4,
        given=(
            ("João", ""), ("Maria", ""), ("José", ""), ("Ana", ""), ("Pedro", ""),
            ("Beatriz", ""), ("Tiago", ""), ("Inês", ""), ("Gonçalo", ""), ("Mariana", ""),
            ("Lucas", ""), ("Júlia", ""), ("Rafael", ""), ("Camila", ""), ("Luís", ""),
            ("Fernanda", ""), ("António", ""), ("Conceição", ""),
        ),
        family=(
            ("Silva", ""), ("Santos", ""), ("Ferreira", ""), ("Pereira", ""), ("Oliveira", ""),
            ("Costa", ""), ("Rodrigues", ""), ("Martins", ""), ("Sousa", ""), ("Fernandes", ""),
            ("Gonçalves", ""), ("Gomes", ""), ("Lopes", ""), ("Carvalho", ""), ("Almeida", ""),
            ("Ribeiro", ""), ("Araújo", ""), ("Magalhães", ""), ("da Silva", ""),
            ("dos Santos", ""),
        ),
    ),
    NamePool(
        culture="Italian",
        weight=3,
        given=(
            ("Giuseppe", ""), ("Giulia", ""), ("Marco", ""), ("Francesca", ""),
            ("Alessandro", ""), ("Chiara", ""), ("Luca", ""), ("Sofia", ""), ("Matteo", ""),
            ("Giovanna", ""), ("Lorenzo", ""), ("Federica", ""), ("Davide", ""), ("Silvia", ""),
            ("Niccolò", ""), ("Elena", ""),
        ),
        family=(
            ("Rossi", ""), ("Russo", ""), ("Ferrari", ""), ("Esposito", ""), ("Bianchi", ""),
            ("Romano", ""), ("Colombo", ""), ("Ricci", ""), ("Marino", ""), ("Greco", ""),
            ("Bruno", ""), ("Gallo", ""), ("Conti", ""), ("De Luca", ""), ("D'Angelo", ""),
            ("Lombardi", ""),
        ),
    ),
    NamePool(
        culture="Roma (Romanian)",
        weight=2,
        given=(
            ("Florin", ""), ("Mirela", ""), ("Marian", ""), ("Florica", ""), ("Costel", ""),
            ("Nicoleta", ""), ("Gabriel", ""), ("Violeta", ""), ("Ionel", ""), ("Lenuța", ""),
            ("Daniel", ""), ("Roxana", ""), ("Cristian", ""), ("Denisa", ""), ("Sorin", ""),
            ("Ramona", ""),
        ),
        family=(
            ("Căldăraru", ""), ("Lingurar", ""), ("Zlătaru", ""), ("Lăutaru", ""), ("Ursu", ""),
            ("Rudaru", ""), ("Stoica", ""), ("Stan", ""), ("Radu", ""), ("Mihai", ""),
            ("Dinu", ""), ("Tănase", ""),
        ),
    ),
    NamePool(
        culture="Romany Gypsy and Irish Traveller",
        weight=2,
        given=(
            ("Levi", ""), ("Vashti", ""), ("Reuben", ""), ("Lavinia", ""), ("Elijah", ""),
            ("Delilah", ""), ("Silas", ""), ("Kizzy", ""), ("Noah", ""), ("Mary", ""),
            ("Johnny", ""), ("Bridget", ""), ("Martin", ""), ("Kathleen", ""), ("Paddy", ""),
            ("Margaret", ""),
        ),
        family=(
            ("Lee", ""), ("Boswell", ""), ("Lovell", ""), ("Smith", ""), ("Loveridge", ""),
            ("Heron", ""), ("Price", ""), ("Buckley", ""), ("Cooper", ""), ("Ward", ""),
            ("McDonagh", ""), ("Joyce", ""), ("Maughan", ""), ("Doran", ""),
        ),
    ),
    NamePool(
        culture="Tigrinya (Eritrean)",
        weight=2,
        given=(
            ("Yonas", "ዮናስ"), ("Selam", "ሰላም"), ("Daniel", "ዳኒኤል"), ("Helen", "ሄለን"),
            ("Samuel", "ሳሙኤል"), ("Senait", "ሰናይት"), ("Tesfay", "ተስፋይ"), ("Saba", "ሳባ"),
            ("Mehari", "መሓሪ"), ("Luwam", "ሉዋም"), ("Biniam", "ቢንያም"), ("Yordanos", "ዮርዳኖስ"),
            ("Filmon", "ፊልሞን"), ("Semhar", "ሰምሃር"), ("Hiwet", "ሕይወት"), ("Michael", "ሚካኤል"),
            ("Rahel", "ራሄል"),
        ),
        family=(
            ("Tesfamariam", "ተስፋማርያም"), ("Haile", "ሃይለ"), ("Gebremedhin", "ገብረመድህን"),
            ("Kidane", "ኪዳነ"), ("Tekle", "ተኽለ"), ("Woldu", "ወልዱ"), ("Yohannes", "ዮሃንስ"),
            ("Tewolde", "ተወልደ"), ("Ghirmay", "ግርማይ"), ("Mebrahtu", "መብራህቱ"),
            ("Asmerom", "ኣስመሮም"), ("Habte", "ሃብተ"),
        ),
    ),
    NamePool(
        culture="Hebrew (Jewish, Israeli)",
        weight=2,
        given=(
            ("David", "דוד"), ("Sarah", "שרה"), ("Daniel", "דניאל"), ("Rachel", "רחל"),
            ("Yosef", "יוסף"), ("Miriam", "מרים"), ("Noam", "נועם"), ("Tamar", "תמר"),
            ("Avi", "אבי"), ("Leah", "לאה"), ("Eitan", "איתן"), ("Yael", "יעל"),
            ("Ariel", "אריאל"), ("Noa", "נועה"), ("Shira", "שירה"), ("Binyamin", "בנימין"),
            ("Rivka", "רבקה"), ("Moshe", "משה"),
        ),
        family=(
            ("Cohen", "כהן"), ("Levy", "לוי"), ("Friedman", "פרידמן"), ("Goldberg", "גולדברג"),
            ("Katz", "כץ"), ("Rosenberg", "רוזנברג"), ("Shapiro", "שפירא"),
            ("Mizrahi", "מזרחי"), ("Peretz", "פרץ"), ("Biton", "ביטון"), ("Stern", "שטרן"),
            ("Klein", "קליין"), ("Weiss", "וייס"), ("Segal", "סגל"), ("Ben-David", "בן דוד"),
        ),
    ),
    NamePool(
        culture="Filipino",
        weight=3,
        given=(
            ("Mary Grace", ""), ("John Paul", ""), ("Maricel", ""), ("Rommel", ""),
            ("Jocelyn", ""), ("Arnel", ""), ("Rowena", ""), ("Rodel", ""), ("Angelica", ""),
            ("Jerome", ""), ("Kristine", ""), ("Joel", ""), ("Lorna", ""), ("Ramon", ""),
            ("Analyn", ""), ("Noel", ""),
        ),
        family=(
            ("Santos", ""), ("Reyes", ""), ("Cruz", ""), ("Bautista", ""), ("Ocampo", ""),
            ("Garcia", ""), ("Mendoza", ""), ("Torres", ""), ("Dela Cruz", ""),
            ("Villanueva", ""), ("Ramos", ""), ("Aquino", ""), ("Castillo", ""),
            ("Navarro", ""), ("Santiago", ""), ("Mercado", ""),
        ),
    ),
    NamePool(
        culture="Nepali",
        weight=2,
        given=(
            ("Ramesh", "रमेश"), ("Sunita", "सुनिता"), ("Prakash", "प्रकाश"), ("Sabina", "सबिना"),
            ("Suman", "सुमन"), ("Anita", "अनिता"), ("Dipak", "दीपक"), ("Kamala", "कमला"),
            ("Rajendra", "राजेन्द्र"), ("Gita", "गीता"), ("Bishnu", "विष्णु"), ("Laxmi", "लक्ष्मी"),
            ("Hari", "हरि"), ("Maya", "माया"), ("Santosh", "सन्तोष"), ("Pratima", "प्रतिमा"),
            ("Binod", "विनोद"), ("Sarita", "सरिता"),
        ),
        family=(
            ("Gurung", "गुरुङ"), ("Rai", "राई"), ("Limbu", "लिम्बू"), ("Tamang", "तामाङ"),
            ("Magar", "मगर"), ("Thapa", "थापा"), ("Shrestha", "श्रेष्ठ"), ("Sharma", "शर्मा"),
            ("Adhikari", "अधिकारी"), ("Pun", "पुन"), ("Khadka", "खड्का"), ("Karki", "कार्की"),
            ("Bhattarai", "भट्टराई"), ("Sherpa", "शेर्पा"), ("Poudel", "पौडेल"),
        ),
    ),
)
# fmt: on
