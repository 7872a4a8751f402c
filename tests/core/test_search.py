"""Finding people on the register: search words, filters, order, and loading rows."""

from __future__ import annotations

import pytest

from coprod_desktop.services import participant_search, participants
from coprod_desktop.services.participant_types import (
    ParticipantData,
    ParticipantQuery,
    SortKey,
    StatusFilter,
)
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import AccessNeed, Role, Status
from tests.factories import person


def blank(name: str, **overrides: object) -> ParticipantData:
    """Someone with only a name (and whatever is overridden), so searches match one field."""
    values: dict[str, object] = {
        "preferred_name": name,
        "full_name": "",
        "email": "",
        "phone": "",
        "postcode": "",
        "roles": frozenset(),
    }
    values.update(overrides)
    return person(**values)


def add_all(database: Database, people: list[ParticipantData]) -> dict[str, int]:
    """Add people; return their ids keyed by preferred name."""
    with database.transaction() as session:
        return {p.preferred_name: participants.add_participant(session, p) for p in people}


def set_status(database: Database, participant_id: int, status: Status) -> None:
    with database.transaction() as session:
        participants.set_status(session, participant_id, status)


def names(database: Database, query: ParticipantQuery) -> list[str]:
    with database.reading() as session:
        return [row.preferred_name for row in participant_search.search(session, query)]


def find(database: Database, text: str) -> list[str]:
    """Names matching ``text`` among everyone, sorted by name."""
    return names(database, ParticipantQuery(text=text, status=StatusFilter.ALL))


# --- Searching the text fields -------------------------------------------------------------------


@pytest.fixture
def register(database: Database) -> Database:
    add_all(
        database,
        [
            blank(
                "Amira",
                full_name="Amira Haddad",
                email="amira.h@example.org",
                phone="07700 900123",
                postcode="M13 9PL",
            ),
            blank(
                "Bea",
                full_name="Beatrice Okafor",
                email="bea@example.net",
                phone="020 7946 0456",
                postcode="SW1A 1AA",
            ),
            blank("José", full_name="José García"),
            blank("Łukasz", full_name="Łukasz Nowak"),
            blank("Οδυσσέας", full_name="Οδυσσέας Παπαδόπουλος"),
            blank("Дмитрий", full_name="Дмитрий Иванов"),
            blank("王芳", full_name="王芳"),
            blank("فاطمة", full_name="فاطمة الزهراء"),
            blank("Jo 100%", email="jo_smith@example.org"),
            blank("Joe", email="joexsmith@example.org"),
            blank("Anna", phone="+33 1 42 68 53 00"),
        ],
    )
    return database


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("amira", ["Amira"]),
        ("BEA", ["Bea"]),
        ("haddad", ["Amira"]),
        ("beatrice okafor", ["Bea"]),
        ("Okaf", ["Bea"]),
    ],
)
def test_search_by_preferred_or_full_name(
    register: Database, text: str, expected: list[str]
) -> None:
    assert find(register, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("amira.h@example.org", ["Amira"]),
        ("AMIRA.H@EXAMPLE.ORG", ["Amira"]),
        ("example.net", ["Bea"]),
    ],
)
def test_search_by_email(register: Database, text: str, expected: list[str]) -> None:
    assert find(register, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "07700 900123",
        "07700900123",
        "+44 7700 900123",
        "+447700900123",
        "07700-900-123",
        "900123",
    ],
)
def test_search_by_phone_however_it_is_typed(register: Database, text: str) -> None:
    assert find(register, text) == ["Amira"]


@pytest.mark.parametrize(
    "text", ["020 7946 0456", "02079460456", "(020) 7946 0456", "+44 20 7946 0456"]
)
def test_search_by_landline(register: Database, text: str) -> None:
    assert find(register, text) == ["Bea"]


def test_search_by_foreign_phone(register: Database) -> None:
    assert find(register, "+33 1 42 68 53 00") == ["Anna"]
    assert find(register, "42 68 53") == ["Anna"]


@pytest.mark.parametrize("text", ["SW1A 1AA", "sw1a 1aa", "sw1a1aa", "SW1A1AA", "sw1a"])
def test_search_by_postcode(register: Database, text: str) -> None:
    assert find(register, text) == ["Bea"]


def test_search_by_postcode_with_space_in_another_place(register: Database) -> None:
    assert find(register, "m13 9pl") == ["Amira"]
    assert find(register, "m139pl") == ["Amira"]


def test_every_word_must_match(register: Database) -> None:
    assert find(register, "jose garcia") == ["José"]
    assert find(register, "garcia jose") == ["José"]
    assert find(register, "jose nowak") == []
    assert find(register, "amira 07700") == ["Amira"]
    assert find(register, "amira sw1a") == []


def test_search_ignores_surrounding_spaces(register: Database) -> None:
    assert find(register, "   amira   ") == ["Amira"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jose", ["José"]),
        ("JOSE", ["José"]),
        ("josé", ["José"]),
        ("JOSÉ", ["José"]),
        ("garcia", ["José"]),
        ("lukasz", ["Łukasz"]),
        ("ŁUKASZ", ["Łukasz"]),
        ("łukasz nowak", ["Łukasz"]),
    ],
)
def test_search_ignores_accents(register: Database, text: str, expected: list[str]) -> None:
    assert find(register, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("οδυσσεας", ["Οδυσσέας"]),
        ("ΟΔΥΣΣΕΑΣ", ["Οδυσσέας"]),  # final sigma and capital sigma are the same letter
        ("παπαδοπουλος", ["Οδυσσέας"]),
        ("дмитрий", ["Дмитрий"]),
        ("ДМИТРИЙ", ["Дмитрий"]),
        ("иванов", ["Дмитрий"]),
    ],
)
def test_search_ignores_case_in_greek_and_cyrillic(
    register: Database, text: str, expected: list[str]
) -> None:
    assert find(register, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王芳", ["王芳"]),
        ("芳", ["王芳"]),
        ("فاطمة", ["فاطمة"]),
        ("الزهراء", ["فاطمة"]),
        ("فَاطِمَة", ["فاطمة"]),  # with short-vowel marks, which people often leave out
    ],
)
def test_search_finds_non_latin_scripts(register: Database, text: str, expected: list[str]) -> None:
    assert find(register, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("%", ["Jo 100%"]),
        ("100%", ["Jo 100%"]),
        ("_", ["Jo 100%"]),
        ("jo_smith", ["Jo 100%"]),  # "_" must not match the "x" in joexsmith
        ("jo%smith", []),
        ("\\", []),
    ],
)
def test_like_wildcards_in_the_search_are_literal(
    register: Database, text: str, expected: list[str]
) -> None:
    assert find(register, text) == expected


def test_empty_search_finds_everyone(register: Database) -> None:
    assert len(find(register, "")) == 11
    assert len(find(register, "   ")) == 11


def test_search_that_matches_no_one(register: Database) -> None:
    assert find(register, "zebedee") == []


# --- Filters -------------------------------------------------------------------------------------


@pytest.fixture
def mixed(database: Database) -> Database:
    ids = add_all(
        database,
        [
            blank("Ada", roles=frozenset({Role.CARER, Role.LIVED_EXPERIENCE})),
            blank(
                "Ben", roles=frozenset({Role.STAFF}), access_needs=frozenset({AccessNeed.EASY_READ})
            ),
            blank(
                "Cat",
                roles=frozenset({Role.CARER}),
                access_needs=frozenset({AccessNeed.EASY_READ, AccessNeed.STEP_FREE}),
            ),
            blank("Dev", role_other="Peer researcher", access_other="Needs breaks"),
            blank("Eve", roles=frozenset({Role.CARER})),
        ],
    )
    set_status(database, ids["Cat"], Status.PAUSED)
    set_status(database, ids["Eve"], Status.LEFT)
    return database


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (StatusFilter.CURRENT, ["Ada", "Ben", "Cat", "Dev"]),
        (StatusFilter.ACTIVE, ["Ada", "Ben", "Dev"]),
        (StatusFilter.PAUSED, ["Cat"]),
        (StatusFilter.LEFT, ["Eve"]),
        (StatusFilter.ALL, ["Ada", "Ben", "Cat", "Dev", "Eve"]),
    ],
)
def test_filter_by_status(mixed: Database, status: StatusFilter, expected: list[str]) -> None:
    assert names(mixed, ParticipantQuery(status=status)) == expected


def test_default_query_hides_people_who_have_left(mixed: Database) -> None:
    assert ParticipantQuery().status is StatusFilter.CURRENT
    assert "Eve" not in names(mixed, ParticipantQuery())


@pytest.mark.parametrize(
    ("role", "status", "expected"),
    [
        (Role.CARER, StatusFilter.CURRENT, ["Ada", "Cat"]),
        (Role.CARER, StatusFilter.ALL, ["Ada", "Cat", "Eve"]),
        (Role.STAFF, StatusFilter.ALL, ["Ben"]),
        (Role.OTHER, StatusFilter.ALL, ["Dev"]),
        (Role.PROFESSIONAL, StatusFilter.ALL, []),
    ],
)
def test_filter_by_role(
    mixed: Database, role: Role, status: StatusFilter, expected: list[str]
) -> None:
    assert names(mixed, ParticipantQuery(role=role, status=status)) == expected


def test_filter_by_access_need(mixed: Database) -> None:
    query = ParticipantQuery(access_need=AccessNeed.EASY_READ)
    assert names(mixed, query) == ["Ben", "Cat"]
    assert names(mixed, ParticipantQuery(access_need=AccessNeed.STEP_FREE)) == ["Cat"]
    assert names(mixed, ParticipantQuery(access_need=AccessNeed.HEARING_LOOP)) == []


def test_filter_by_written_in_access_need(mixed: Database) -> None:
    assert names(mixed, ParticipantQuery(access_other=True)) == ["Dev"]


def test_filters_and_search_words_combine(mixed: Database) -> None:
    query = ParticipantQuery(text="a", role=Role.CARER, access_need=AccessNeed.EASY_READ)
    assert names(mixed, query) == ["Cat"]
    assert names(mixed, ParticipantQuery(text="ben", role=Role.CARER)) == []


# --- Order ---------------------------------------------------------------------------------------


def test_sort_by_name_ignores_case_and_accents(database: Database) -> None:
    add_all(database, [blank(n) for n in ["zoe", "Émile", "adam", "Bea", "Ezra", "Łucja"]])
    assert names(database, ParticipantQuery(sort=SortKey.NAME)) == [
        "adam",
        "Bea",
        "Émile",
        "Ezra",
        "Łucja",
        "zoe",
    ]
    assert names(database, ParticipantQuery(sort=SortKey.NAME, descending=True)) == [
        "zoe",
        "Łucja",
        "Ezra",
        "Émile",
        "Bea",
        "adam",
    ]


def test_sort_by_name_with_search_words_keeps_the_order(database: Database) -> None:
    add_all(database, [blank(n, full_name="Smith") for n in ["Zara", "amy", "Ömer", "Mo"]])
    assert names(database, ParticipantQuery(text="smith")) == ["amy", "Mo", "Ömer", "Zara"]
    assert names(database, ParticipantQuery(text="smith", descending=True)) == [
        "Zara",
        "Ömer",
        "Mo",
        "amy",
    ]


def test_same_names_are_ordered_by_number(database: Database) -> None:
    with database.transaction() as session:
        ids = [participants.add_participant(session, blank("Sam")) for _ in range(3)]
    with database.reading() as session:
        ascending = participant_search.search_ids(session, ParticipantQuery())
        descending = participant_search.search_ids(session, ParticipantQuery(descending=True))
    assert ascending == ids
    assert descending == ids[::-1]


def test_sort_by_status(database: Database) -> None:
    ids = add_all(database, [blank(n) for n in ["A", "B", "C", "D"]])
    set_status(database, ids["A"], Status.PAUSED)
    set_status(database, ids["B"], Status.LEFT)
    query = ParticipantQuery(status=StatusFilter.ALL, sort=SortKey.STATUS)
    with database.reading() as session:
        rows = participant_search.search(session, query)
        rows_desc = participant_search.search(
            session, ParticipantQuery(status=StatusFilter.ALL, sort=SortKey.STATUS, descending=True)
        )
    # In the order people think of them: active, paused, left (not alphabetical).
    assert [(r.status, r.preferred_name) for r in rows] == [
        (Status.ACTIVE, "C"),
        (Status.ACTIVE, "D"),
        (Status.PAUSED, "A"),
        (Status.LEFT, "B"),
    ]
    assert [r.status for r in rows_desc] == [
        Status.LEFT,
        Status.PAUSED,
        Status.ACTIVE,
        Status.ACTIVE,
    ]


def test_sort_by_postcode(database: Database) -> None:
    add_all(
        database,
        [
            blank("One", postcode="sw1a1aa"),
            blank("Two", postcode="B11 1AA"),
            blank("Three", postcode="M13 9PL"),
            blank("Four", postcode="e1 6an"),
        ],
    )
    query = ParticipantQuery(sort=SortKey.POSTCODE)
    with database.reading() as session:
        rows = participant_search.search(session, query)
    assert [r.postcode for r in rows] == ["B11 1AA", "E1 6AN", "M13 9PL", "SW1A 1AA"]
    assert names(database, ParticipantQuery(sort=SortKey.POSTCODE, descending=True)) == [
        "One",
        "Three",
        "Four",
        "Two",
    ]


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_search_ids_order_equals_search_order(
    register: Database, sort: SortKey, descending: bool
) -> None:
    query = ParticipantQuery(status=StatusFilter.ALL, sort=sort, descending=descending)
    with register.reading() as session:
        ids = participant_search.search_ids(session, query)
        rows = participant_search.search(session, query)
        limited = participant_search.search(session, query, limit=3)
    assert len(ids) == 11
    assert [r.id for r in rows] == ids
    assert [r.id for r in limited] == ids[:3]


def test_search_keeps_order_across_chunks_of_many_rows(database: Database) -> None:
    people = [blank(f"Person {n:04d}", phone=f"07700 900{n % 1000:03d}") for n in range(1234)]
    with database.transaction() as session:
        participants.add_many(session, reversed(people))
    query = ParticipantQuery(sort=SortKey.NAME)
    with database.reading() as session:
        ids = participant_search.search_ids(session, query)
        rows = participant_search.search(session, query)
    assert len(rows) == 1234
    assert [r.id for r in rows] == ids
    assert [r.preferred_name for r in rows] == [p.preferred_name for p in people]


# --- Loading rows and counting -------------------------------------------------------------------


def test_load_rows_returns_only_existing_ids(database: Database) -> None:
    ids = add_all(database, [blank("Ada"), blank("Ben"), blank("Cat")])
    with database.transaction() as session:
        participants.remove_participant(session, ids["Ben"])
    wanted = [ids["Cat"], ids["Ben"], 9999, ids["Ada"]]
    with database.reading() as session:
        rows = participant_search.load_rows(session, wanted)
        empty = participant_search.load_rows(session, [])
    assert set(rows) == {ids["Ada"], ids["Cat"]}
    assert rows[ids["Ada"]].preferred_name == "Ada"
    assert rows[ids["Cat"]].id == ids["Cat"]
    assert empty == {}


def test_load_rows_fills_every_column(database: Database) -> None:
    data = person(
        preferred_name="Amira",
        full_name="Amira Haddad",
        pronouns="she/her",
        email="amira@example.org",
        phone="07700900123",
        postcode="m13 9pl",
        roles=frozenset({Role.STAFF, Role.LIVED_EXPERIENCE}),
        role_other="Peer researcher",
        access_needs=frozenset({AccessNeed.QUIET_SPACE, AccessNeed.LARGE_PRINT}),
        access_other="Papers early",
    )
    pid = add_all(database, [data])["Amira"]
    with database.reading() as session:
        row = participant_search.load_rows(session, [pid])[pid]
        record = participants.get_participant(session, pid)
    assert row.full_name == "Amira Haddad"
    assert row.pronouns == "she/her"
    assert row.email == "amira@example.org"
    assert row.phone == "07700 900123"
    assert row.postcode == "M13 9PL"
    assert row.status is Status.ACTIVE
    assert row.updated_at == record.updated_at
    # Listed in the vocabulary's order, whatever order they were added in.
    assert row.roles == (Role.LIVED_EXPERIENCE, Role.STAFF, Role.OTHER)
    assert row.roles_text == "Person with lived experience, Staff, Peer researcher"
    assert row.access_needs == (AccessNeed.LARGE_PRINT, AccessNeed.QUIET_SPACE)
    assert row.access_text == "Large print, Quiet space, Papers early"


def test_count_all_counts_everyone_whatever_their_status(database: Database) -> None:
    with database.reading() as session:
        assert participant_search.count_all(session) == 0
    ids = add_all(database, [blank("Ada"), blank("Ben"), blank("Cat")])
    set_status(database, ids["Ben"], Status.LEFT)
    with database.reading() as session:
        assert participant_search.count_all(session) == 3
        assert len(participant_search.search_ids(session, ParticipantQuery())) == 2


def test_apostrophes_straight_or_curly_do_not_matter(database: Database) -> None:
    ids = add_all(database, [blank("Siobhán O’Neill"), blank("Dara D'Arcy")])
    for text, expected in (
        ("o'neill", "Siobhán O’Neill"),
        ("oneill", "Siobhán O’Neill"),
        ("d’arcy", "Dara D'Arcy"),
        ("darcy", "Dara D'Arcy"),
    ):
        with database.reading() as session:
            found = participant_search.search(session, ParticipantQuery(text=text))
        assert [r.preferred_name for r in found] == [expected], text
    assert len(ids) == 2


def test_sort_by_email_ignores_capitals(database: Database) -> None:
    add_all(
        database,
        [
            blank("A", email="bea@example.org"),
            blank("B", email="Ade@example.org"),
            blank("C", email="cy@example.org"),
        ],
    )
    with database.reading() as session:
        rows = participant_search.search(session, ParticipantQuery(sort=SortKey.EMAIL))
    assert [r.email for r in rows] == ["Ade@example.org", "bea@example.org", "cy@example.org"]
