"""The diversity monitoring questions and their answers, following the UK's harmonised standards
as used in the 2021 census of England and Wales (see docs/monitoring.md for the sources).

Plain data, free of Qt and SQLAlchemy, shared by the form (screen and paper), storage, the
representation report and the reference-population CSV format. Each answer has a short stable
code, which is what the database and CSV files hold, and the label people read. Every question
offers "Prefer not to say" (PREFER_NOT_TO_SAY); a question left blank is "not answered" (None),
which is different: it was not asked, or skipped. Both are counted apart and left out of
percentages.

The codes must never change once stored: a test compares them with the published standard.
"""

from __future__ import annotations

from dataclasses import dataclass

PREFER_NOT_TO_SAY = "prefer_not_to_say"
PREFER_NOT_TO_SAY_LABEL = "Prefer not to say"


@dataclass(frozen=True)
class Answer:
    code: str
    label: str
    group: str = ""  # for ethnic group: one of the five high-level groups (its code)


@dataclass(frozen=True)
class Question:
    code: str  # the column / CSV name
    text: str  # as asked on the form
    short: str  # as a heading in reports
    answers: tuple[Answer, ...]
    note: str = ""  # who is asked, or how it is counted
    write_in: bool = False  # an optional write-in ("please describe") for "other" answers

    def answer(self, code: str) -> Answer:
        for answer in self.answers:
            if answer.code == code:
                return answer
        raise KeyError(f"'{code}' is not an answer to '{self.short}'")

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(a.code for a in self.answers)

    def label_of(self, code: str | None) -> str:
        if code is None:
            return "Not answered"
        if code == PREFER_NOT_TO_SAY:
            return PREFER_NOT_TO_SAY_LABEL
        return self.answer(code).label


AGE_BAND = Question(
    "age_band",
    "What is your age?",
    "Age",
    (
        Answer("under_18", "Under 18"),
        Answer("18_24", "18 to 24"),
        Answer("25_34", "25 to 34"),
        Answer("35_44", "35 to 44"),
        Answer("45_54", "45 to 54"),
        Answer("55_64", "55 to 64"),
        Answer("65_74", "65 to 74"),
        Answer("75_plus", "75 or over"),
    ),
)

SEX = Question(
    "sex",
    "What is your sex?",
    "Sex",
    (Answer("female", "Female"), Answer("male", "Male")),
)

GENDER_IDENTITY = Question(
    "gender_identity",
    "Is the gender you identify with the same as your sex registered at birth?",
    "Gender identity",
    (
        Answer("same", "Yes"),
        Answer("different", "No (you can write in your gender identity if you want to)"),
    ),
    note="Asked of people aged 16 or over.",
    write_in=True,
)

SEXUAL_ORIENTATION = Question(
    "sexual_orientation",
    "Which of the following best describes your sexual orientation?",
    "Sexual orientation",
    (
        Answer("straight", "Straight or heterosexual"),
        Answer("gay_lesbian", "Gay or lesbian"),
        Answer("bisexual", "Bisexual"),
        Answer("other", "Other sexual orientation (you can write it in)"),
    ),
    note="Asked of people aged 16 or over.",
    write_in=True,
)

# The five high-level ethnic groups, and their 19 categories (2021 census, England and Wales).
ETHNIC_GROUPS = (
    Answer("asian", "Asian, Asian British or Asian Welsh"),
    Answer("black", "Black, Black British, Black Welsh, Caribbean or African"),
    Answer("mixed", "Mixed or Multiple ethnic groups"),
    Answer("white", "White"),
    Answer("other", "Other ethnic group"),
)

ETHNIC_GROUP = Question(
    "ethnic_group",
    "What is your ethnic group?",
    "Ethnic group",
    (
        Answer("bangladeshi", "Bangladeshi", "asian"),
        Answer("chinese", "Chinese", "asian"),
        Answer("indian", "Indian", "asian"),
        Answer("pakistani", "Pakistani", "asian"),
        Answer("other_asian", "Any other Asian background", "asian"),
        Answer("african", "African", "black"),
        Answer("caribbean", "Caribbean", "black"),
        Answer("other_black", "Any other Black, Black British or Caribbean background", "black"),
        Answer("white_asian", "White and Asian", "mixed"),
        Answer("white_black_african", "White and Black African", "mixed"),
        Answer("white_black_caribbean", "White and Black Caribbean", "mixed"),
        Answer("other_mixed", "Any other Mixed or Multiple ethnic background", "mixed"),
        Answer(
            "white_british",
            "English, Welsh, Scottish, Northern Irish or British",
            "white",
        ),
        Answer("irish", "Irish", "white"),
        Answer("gypsy_traveller", "Gypsy or Irish Traveller", "white"),
        Answer("roma", "Roma", "white"),
        Answer("other_white", "Any other White background", "white"),
        Answer("arab", "Arab", "other"),
        Answer("any_other", "Any other ethnic group", "other"),
    ),
    write_in=True,
)

RELIGION = Question(
    "religion",
    "What is your religion?",
    "Religion",
    (
        Answer("none", "No religion"),
        Answer("christian", "Christian (all denominations)"),
        Answer("buddhist", "Buddhist"),
        Answer("hindu", "Hindu"),
        Answer("jewish", "Jewish"),
        Answer("muslim", "Muslim"),
        Answer("sikh", "Sikh"),
        Answer("other", "Any other religion"),
    ),
)

# Disability is two questions on the form (a long-term condition; whether it reduces day-to-day
# activities), recorded as one answer: "a lot" or "a little" is disabled in the Equality Act sense.
DISABILITY = Question(
    "disability",
    "Do you have any physical or mental health conditions or illnesses lasting or expected to "
    "last 12 months or more? If yes, do any of them reduce your ability to carry out "
    "day-to-day activities?",
    "Disability",
    (
        Answer("yes_a_lot", "Yes, and it reduces my day-to-day activities a lot"),
        Answer("yes_a_little", "Yes, and it reduces my day-to-day activities a little"),
        Answer("yes_not_at_all", "Yes, but it does not reduce my day-to-day activities"),
        Answer("no_condition", "No"),
    ),
    note='"A lot" or "a little" counts as disabled (Equality Act 2010).',
)

CARER = Question(
    "carer",
    "Do you look after, or give any help or support to, anyone because they have long-term "
    "physical or mental health conditions or illnesses, or problems related to old age?",
    "Caring",
    (Answer("yes", "Yes"), Answer("no", "No")),
)

QUESTIONS: tuple[Question, ...] = (
    AGE_BAND,
    SEX,
    GENDER_IDENTITY,
    SEXUAL_ORIENTATION,
    ETHNIC_GROUP,
    RELIGION,
    DISABILITY,
    CARER,
)
BY_CODE = {q.code: q for q in QUESTIONS}

# Where reports group answers into fewer categories than the form asks: the five ethnic groups,
# and disabled (Equality Act) or not.
ETHNIC_GROUP_5 = Question(
    "ethnic_group_5",
    ETHNIC_GROUP.text,
    "Ethnic group (5 groups)",
    ETHNIC_GROUPS,
)
DISABLED = Question(
    "disabled",
    DISABILITY.text,
    "Disabled (Equality Act)",
    (Answer("disabled", "Disabled"), Answer("not_disabled", "Not disabled")),
)


def ethnic_group_of(code: str) -> str:
    """The high-level group of one of the 19 categories."""
    return ETHNIC_GROUP.answer(code).group


def disabled_of(code: str) -> str:
    return "disabled" if code in ("yes_a_lot", "yes_a_little") else "not_disabled"


def valid_answer(question: Question, code: str | None) -> bool:
    return code is None or code == PREFER_NOT_TO_SAY or code in question.codes
