"""A session's purpose and agenda, and each person's consent to be named in documents: saved,
read back in order, replaced whole, checked with messages naming the item, and kept all or
nothing with the session. Every check reads the database back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import delete, func, select

from coprod_desktop import limits
from coprod_desktop.services import agenda, participants, sessions
from coprod_desktop.services.agenda import (
    AGENDA_FIELD,
    AgendaItemData,
    AgendaItemRecord,
    agenda_minutes_text,
    agenda_of,
    minutes_words,
    save_session_with_agenda,
    set_agenda,
)
from coprod_desktop.services.errors import NotFound, ServiceError
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import AgendaItem, Participant, ProjectSession
from coprod_desktop.vocabulary import ConsentMethod
from tests.core.payment_fixtures import add_person, add_project, add_session, session_data
from tests.factories import person

DAY = date(2025, 11, 4)

WELCOME = AgendaItemData("Welcome and access check", "Breaks every hour.", "Chair", 10)
ACTIONS = AgendaItemData("Actions from last time", "", "Priya Shah", 15)
MENU = AgendaItemData("The new menu", "Papers: the draft menu.\nBring ideas.", "Tom Evans", 45)
AOB = AgendaItemData("Any other business", lead="Chair")


@pytest.fixture
def session_id(database: Database) -> int:
    with database.transaction() as session:
        return add_session(session, add_project(session), DAY)


def stored(database: Database, session_id: int) -> list[AgendaItemRecord]:
    with database.reading() as session:
        return agenda_of(session, session_id)


def refused(database: Database, session_id: int, items: list[AgendaItemData]) -> list[str]:
    """The messages for an agenda that must be refused; checks nothing was changed."""
    before = stored(database, session_id)
    with pytest.raises(ValidationError) as raised, database.transaction() as session:
        set_agenda(session, session_id, items)
    assert stored(database, session_id) == before
    assert {p.field for p in raised.value.problems} == {AGENDA_FIELD}
    assert {p.label for p in raised.value.problems} == {"Agenda"}
    return [p.message for p in raised.value.problems]


# --- order, replacing, clearing -----------------------------------------------------------------
def test_an_agenda_is_stored_in_the_order_given(database: Database, session_id: int) -> None:
    with database.transaction() as session:
        saved = set_agenda(session, session_id, [WELCOME, ACTIONS, MENU, AOB])
    items = stored(database, session_id)
    assert items == saved
    assert [i.position for i in items] == [1, 2, 3, 4]
    assert [i.data for i in items] == [WELCOME, ACTIONS, MENU, AOB]
    assert items[2].data.details == "Papers: the draft menu.\nBring ideas."  # lines kept
    assert items[3].data.minutes is None


def test_setting_the_agenda_replaces_it_whole(database: Database, session_id: int) -> None:
    with database.transaction() as session:
        set_agenda(session, session_id, [WELCOME, ACTIONS, MENU, AOB])
    with database.transaction() as session:
        set_agenda(session, session_id, [MENU, WELCOME])  # reordered and shortened
    items = stored(database, session_id)
    assert [(i.position, i.data.title) for i in items] == [
        (1, "The new menu"),
        (2, "Welcome and access check"),
    ]
    with database.reading() as session:
        # The old rows went: no item is left over at positions 3 and 4.
        assert session.scalar(select(func.count()).select_from(AgendaItem)) == 2


def test_an_empty_list_clears_the_agenda(database: Database, session_id: int) -> None:
    with database.transaction() as session:
        set_agenda(session, session_id, [WELCOME])
    with database.transaction() as session:
        assert set_agenda(session, session_id, []) == []
    assert stored(database, session_id) == []


def test_saving_the_same_agenda_again_changes_nothing(database: Database, session_id: int) -> None:
    with database.transaction() as session:
        first = set_agenda(session, session_id, [WELCOME, MENU])
    with database.reading() as session:
        changed_at = sessions.get_session(session, session_id).updated_at
    with database.transaction() as session:
        # Typed again with stray spaces: tidied to the same, so nothing is written.
        again = set_agenda(
            session, session_id, [replace(WELCOME, title=" Welcome and access check "), MENU]
        )
    assert again == first  # same rows, same numbers
    with database.reading() as session:
        assert sessions.get_session(session, session_id).updated_at == changed_at


def test_changing_the_agenda_marks_the_session_changed(database: Database, session_id: int) -> None:
    with database.reading() as session:
        before = sessions.get_session(session, session_id).updated_at
    with database.transaction() as session:
        set_agenda(session, session_id, [WELCOME])
    with database.reading() as session:
        assert sessions.get_session(session, session_id).updated_at >= before


def test_each_session_has_its_own_agenda(database: Database, session_id: int) -> None:
    with database.transaction() as session:
        other = add_session(session, add_project(session, "Youth panel"), DAY)
        set_agenda(session, session_id, [WELCOME, MENU])
        set_agenda(session, other, [AOB])
    assert [i.data.title for i in stored(database, session_id)] == [WELCOME.title, MENU.title]
    assert [(i.position, i.data.title) for i in stored(database, other)] == [(1, AOB.title)]


def test_no_such_session(database: Database) -> None:
    with database.reading() as session, pytest.raises(NotFound, match="no session with"):
        agenda_of(session, 99)
    with database.transaction() as session, pytest.raises(NotFound, match="number 99"):
        set_agenda(session, 99, [WELCOME])


def test_deleting_a_session_deletes_its_agenda(database: Database, session_id: int) -> None:
    # The app has no way to delete a session yet; the storage still must not leave its items
    # behind (the table's cascade) if one is ever deleted.
    with database.transaction() as session:
        set_agenda(session, session_id, [WELCOME, MENU])
    with database.transaction() as session:
        row = session.get(ProjectSession, session_id)
        assert row is not None
        session.delete(row)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(AgendaItem)) == 0


def test_the_database_itself_deletes_the_agenda_with_its_session(
    database: Database, session_id: int
) -> None:
    # Deleted in SQL, past the ORM: the foreign key's ON DELETE CASCADE does it.
    with database.transaction() as session:
        set_agenda(session, session_id, [WELCOME, MENU])
    with database.transaction() as session:
        session.execute(delete(ProjectSession).where(ProjectSession.id == session_id))
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(AgendaItem)) == 0


# --- checking ------------------------------------------------------------------------------------
def test_a_missing_title_names_the_item(database: Database, session_id: int) -> None:
    messages = refused(
        database, session_id, [WELCOME, ACTIONS, AgendaItemData("   ", lead="Chair")]
    )
    assert messages == [
        "Item 3: the title is needed. Say what the item is about, such as 'Actions from last "
        "time', or remove the item."
    ]


def test_every_problem_is_reported_at_once(database: Database, session_id: int) -> None:
    messages = refused(
        database,
        session_id,
        [
            AgendaItemData(""),
            WELCOME,
            AgendaItemData("Budget", lead="x" * (limits.STAFF_NAME_MAX + 1), minutes=0),
        ],
    )
    assert messages[0].startswith("Item 1: the title is needed.")
    assert messages[1] == (
        f"Item 3: the name of who leads it is {limits.STAFF_NAME_MAX + 1:,} characters long, "
        f"but can be at most {limits.STAFF_NAME_MAX:,}. Please shorten it."
    )
    assert messages[2] == (
        "Item 3: the time allowed must be a whole number of minutes from 1 to 1,440, such as "
        "15. Leave it empty if no time is agreed."
    )
    assert len(messages) == 3


@pytest.mark.parametrize("minutes", [0, -5, 1441, True])
def test_minutes_must_be_a_whole_number_above_nothing(
    database: Database, session_id: int, minutes: int
) -> None:
    [message] = refused(database, session_id, [replace(WELCOME, minutes=minutes)])
    assert message.startswith("Item 1: the time allowed must be a whole number of minutes")


def test_one_minute_and_a_whole_day_are_allowed(database: Database, session_id: int) -> None:
    with database.transaction() as session:
        set_agenda(session, session_id, [replace(WELCOME, minutes=1), replace(MENU, minutes=1440)])
    assert [i.data.minutes for i in stored(database, session_id)] == [1, 1440]


def test_text_is_tidied(database: Database, session_id: int) -> None:
    with database.transaction() as session:
        set_agenda(
            session,
            session_id,
            [AgendaItemData("  Welcome\n and   access ", "  First line  \r\nSecond  ", " Chair ")],
        )
    [item] = stored(database, session_id)
    assert item.data == AgendaItemData("Welcome and access", "First line\nSecond", "Chair")


def test_too_many_items_are_refused(database: Database, session_id: int) -> None:
    messages = refused(database, session_id, [WELCOME] * (agenda.MAX_ITEMS + 1))
    assert messages == [
        f"Agenda has {agenda.MAX_ITEMS + 1} items, but can have at most {agenda.MAX_ITEMS}. "
        "Join some items together."
    ]


@pytest.mark.parametrize(
    "title",
    [
        'Tom & Jerry\'s <b>budget</b> "review"',
        "🌈 Pride month planning 🏳️‍🌈",
        "مراجعة الميزانية",  # right-to-left
        "שלום and hello mixed",
        "王芳's report",
        "=SUM(A1:A9)",
        "x" * limits.AGENDA_TITLE_MAX,
    ],
)
def test_hostile_titles_are_stored_as_typed(
    database: Database, session_id: int, title: str
) -> None:
    with database.transaction() as session:
        set_agenda(session, session_id, [AgendaItemData(title, details=title, lead="Chair")])
    [item] = stored(database, session_id)
    assert item.data.title == title
    assert item.data.details == title


def test_a_ten_thousand_character_title_is_refused_with_its_length(
    database: Database, session_id: int
) -> None:
    [message] = refused(database, session_id, [AgendaItemData("é" * 10_000)])
    assert message == (
        f"Item 1: the title is 10,000 characters long, but can be at most "
        f"{limits.AGENDA_TITLE_MAX}. Please shorten it."
    )


def test_details_too_long_or_with_control_characters_are_refused_in_plain_words(
    database: Database, session_id: int
) -> None:
    messages = refused(
        database,
        session_id,
        [
            AgendaItemData("Budget", details="x" * 10_199),
            AgendaItemData("Menu", details="Bring\x07ideas"),
        ],
    )
    assert messages == [
        f"Item 1: the details text is 10,199 characters long, but can be at most "
        f"{limits.DESCRIPTION_MAX:,}. Please shorten it.",
        "Item 2: the details text contains invisible control characters, probably pasted in "
        "by accident. Please retype it.",
    ]


def test_control_characters_are_refused(database: Database, session_id: int) -> None:
    [message] = refused(database, session_id, [AgendaItemData("Budget\x00review")])
    assert message.startswith("Item 1: the title contains invisible control characters")


# --- in words -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        (1, "1 minute"),
        (45, "45 minutes"),
        (60, "1 hour"),
        (90, "1 hour 30 minutes"),
        (121, "2 hours 1 minute"),
        (0, "0 minutes"),
    ],
)
def test_minutes_in_words(minutes: int, words: str) -> None:
    assert minutes_words(minutes) == words


def test_how_long_the_agenda_runs() -> None:
    assert agenda_minutes_text([WELCOME, ACTIONS, MENU, replace(AOB, minutes=20)]) == (
        "about 1 hour 30 minutes in all"
    )
    assert agenda_minutes_text([WELCOME, AOB]) == "about 10 minutes in all (1 item has no time set)"
    assert agenda_minutes_text([WELCOME, AOB, AOB]) == (
        "about 10 minutes in all (2 items have no time set)"
    )
    assert agenda_minutes_text([AOB]) == ""
    assert agenda_minutes_text([]) == ""
    record = AgendaItemRecord(1, 1, MENU)
    assert agenda_minutes_text([record]) == "about 45 minutes in all"


# --- the session's purpose, and saving the session with its agenda ------------------------------
def test_a_purpose_is_saved_tidied_and_read_back(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        new_id = sessions.add_session(
            session,
            session_data(project, DAY, purpose="  To agree the menu.\r\nAnd the prices.  "),
        )
    with database.reading() as session:
        record = sessions.get_session(session, new_id)
    assert record.data.purpose == "To agree the menu.\nAnd the prices."
    with database.transaction() as session:
        sessions.update_session(session, new_id, replace(record.data, purpose=""))
    with database.reading() as session:
        assert sessions.get_session(session, new_id).data.purpose == ""


def test_a_purpose_has_a_limit(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
    too_long = "a" * (limits.DESCRIPTION_MAX + 1)
    with pytest.raises(ValidationError) as raised, database.transaction() as session:
        sessions.add_session(session, session_data(project, DAY, purpose=too_long))
    [problem] = raised.value.problems
    assert problem.field == "purpose"
    assert problem.message == (
        f"What it is for is {limits.DESCRIPTION_MAX + 1:,} characters long, but can be at most "
        f"{limits.DESCRIPTION_MAX:,}. Please shorten it."
    )


def test_a_new_session_and_its_agenda_are_saved_together(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        update = save_session_with_agenda(
            session, None, session_data(project, DAY, purpose="To agree the menu."), [WELCOME, MENU]
        )
    assert update.record.data.purpose == "To agree the menu."
    assert update.message == ""
    assert [i.data for i in stored(database, update.record.id)] == [WELCOME, MENU]


def test_a_changed_session_and_its_agenda_are_saved_together(
    database: Database, session_id: int
) -> None:
    with database.reading() as session:
        data = sessions.get_session(session, session_id).data
    with database.transaction() as session:
        update = save_session_with_agenda(
            session, session_id, replace(data, title="Menu tasting"), [MENU, AOB]
        )
    assert update.record.data.title == "Menu tasting"
    assert [i.data.title for i in stored(database, session_id)] == [MENU.title, AOB.title]


def test_problems_with_the_session_and_its_agenda_are_reported_together_and_nothing_is_saved(
    database: Database,
) -> None:
    with database.transaction() as session:
        project = add_project(session)
    with pytest.raises(ValidationError) as raised, database.transaction() as session:
        save_session_with_agenda(
            session, None, session_data(project, DAY, title=""), [WELCOME, AgendaItemData("")]
        )
    assert [p.field for p in raised.value.problems] == ["title", AGENDA_FIELD]
    assert raised.value.problems[1].message.startswith("Item 2: the title is needed.")
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(ProjectSession)) == 0


def test_a_wrong_agenda_keeps_a_new_session_from_being_saved(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
    with pytest.raises(ValidationError) as raised, database.transaction() as session:
        save_session_with_agenda(session, None, session_data(project, DAY), [AgendaItemData("")])
    assert [p.field for p in raised.value.problems] == [AGENDA_FIELD]
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(ProjectSession)) == 0
        assert session.scalar(select(func.count()).select_from(AgendaItem)) == 0


def test_a_wrong_agenda_keeps_a_change_to_the_session_from_being_saved(
    database: Database, session_id: int
) -> None:
    with database.transaction() as session:
        set_agenda(session, session_id, [WELCOME])
    with database.reading() as session:
        data = sessions.get_session(session, session_id).data
    with pytest.raises(ValidationError), database.transaction() as session:
        save_session_with_agenda(
            session, session_id, replace(data, title="Renamed"), [WELCOME, AgendaItemData("")]
        )
    with database.reading() as session:
        assert sessions.get_session(session, session_id).data.title == data.title
    assert [i.data for i in stored(database, session_id)] == [WELCOME]


# --- consent to be named in documents -----------------------------------------------------------
CONSENTED = {
    "consent_date": date(2025, 6, 1),
    "consent_method": ConsentMethod.SIGNED_FORM,
    "consent_contact": True,
}


def test_people_are_not_named_until_they_agree(database: Database) -> None:
    with database.transaction() as session:
        new_id = add_person(session)
    with database.reading() as session:
        assert (
            participants.get_participant(session, new_id).data.consent_named_in_documents is False
        )


def test_consent_to_be_named_is_saved_and_changed(database: Database) -> None:
    with database.transaction() as session:
        new_id = add_person(session, consent_named_in_documents=True, **CONSENTED)
    with database.reading() as session:
        record = participants.get_participant(session, new_id)
        assert session.get(Participant, new_id).consent_named_in_documents is True  # type: ignore[union-attr]
    assert record.data.consent_named_in_documents is True
    with database.transaction() as session:
        participants.update_participant(
            session,
            new_id,
            replace(record.data, consent_named_in_documents=False),
            expected_version=record.version,
        )
    with database.reading() as session:
        again = participants.get_participant(session, new_id)
    assert again.data.consent_named_in_documents is False
    assert again.version == record.version + 1


def test_being_named_alone_is_consent_enough_to_need_a_date_and_how(database: Database) -> None:
    with pytest.raises(ValidationError) as raised, database.transaction() as session:
        add_person(session, consent_named_in_documents=True)
    assert [p.field for p in raised.value.problems] == ["consent_date", "consent_method"]
    # With a date and how, it alone is enough for the consent to cover something.
    with database.transaction() as session:
        new_id = add_person(
            session,
            consent_named_in_documents=True,
            consent_date=date(2025, 6, 1),
            consent_method=ConsentMethod.VERBAL,
        )
    with database.reading() as session:
        assert participants.get_participant(session, new_id).data.consent_named_in_documents


def test_a_removed_and_restored_person_keeps_their_consent_to_be_named(database: Database) -> None:
    # What undoing and redoing an added person does.
    with database.transaction() as session:
        new_id = add_person(session, consent_named_in_documents=True, **CONSENTED)
    with database.transaction() as session:
        record = participants.remove_participant(session, new_id)
    with database.transaction() as session:
        participants.restore_participant(session, record)
    with database.reading() as session:
        assert participants.get_participant(session, new_id).data.consent_named_in_documents


def test_many_people_can_be_named_at_once_with_new_versions(database: Database) -> None:
    with database.transaction() as session:
        first = add_person(session, **CONSENTED)
        second = add_person(session, preferred_name="Bea", email="bea@example.org", **CONSENTED)
        third = add_person(
            session,
            preferred_name="Cal",
            email="cal@example.org",
            consent_named_in_documents=True,
            **CONSENTED,
        )
    with database.reading() as session:
        versions = {p: participants.current_version(session, p) for p in (first, second, third)}
    with database.transaction() as session:
        changed = participants.set_named_in_documents(session, [first, second, third, first], True)
    assert changed == 2  # Cal already agreed
    with database.reading() as session:
        after = {p: participants.get_participant(session, p) for p in (first, second, third)}
    assert all(r.data.consent_named_in_documents for r in after.values())
    assert after[first].version == versions[first] + 1
    assert after[second].version == versions[second] + 1
    assert after[third].version == versions[third]
    with database.transaction() as session:
        assert participants.set_named_in_documents(session, [third], False) == 1
    with database.reading() as session:
        assert not participants.get_participant(session, third).data.consent_named_in_documents


def test_naming_people_without_consent_recorded_is_refused_for_all(database: Database) -> None:
    with database.transaction() as session:
        with_consent = add_person(session, **CONSENTED)
        without = add_person(session, preferred_name="Zoë", email="zoe@example.org")
    with pytest.raises(ServiceError) as raised, database.transaction() as session:
        participants.set_named_in_documents(session, [with_consent, without], True)
    assert str(raised.value).startswith(f"No consent is recorded for Zoë ({without})")
    with database.reading() as session:
        assert not participants.get_participant(
            session, with_consent
        ).data.consent_named_in_documents
    with pytest.raises(NotFound), database.transaction() as session:
        participants.set_named_in_documents(session, [with_consent, 999], False)


def test_bulk_added_people_carry_their_consent_to_be_named(database: Database) -> None:
    with database.transaction() as session:
        participants.add_many(
            session,
            [
                person(consent_named_in_documents=True, **CONSENTED),
                person(preferred_name="Bea", email="bea@example.org"),
            ],
        )
    with database.reading() as session:
        named = session.scalars(
            select(Participant.preferred_name).where(Participant.consent_named_in_documents)
        ).all()
    assert named == ["Amira"]
