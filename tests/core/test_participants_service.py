"""Adding, reading, changing, archiving and undoing: services.participants on a real database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from coprod_desktop.services import participant_search, participants
from coprod_desktop.services.errors import Conflict, NotFound
from coprod_desktop.services.participant_types import (
    ParticipantData,
    ParticipantQuery,
    ParticipantRecord,
    SortKey,
    StatusFilter,
)
from coprod_desktop.services.validation import ValidationError
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import (
    AccessNeed,
    ConsentMethod,
    ContactMethod,
    PaymentPreference,
    Role,
    Status,
)
from tests.factories import person

START = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


class Clock:
    """Stands in for the services' clock so timestamps are exact and never need a sleep."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: int) -> datetime:
        self.now += timedelta(minutes=minutes)
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(participants, "utc_now", fake)
    return fake


def add(database: Database, data: ParticipantData | None = None) -> int:
    with database.transaction() as session:
        return participants.add_participant(session, data or person())


def get(database: Database, participant_id: int) -> ParticipantRecord:
    with database.reading() as session:
        return participants.get_participant(session, participant_id)


def count(database: Database) -> int:
    with database.reading() as session:
        return participant_search.count_all(session)


def found_ids(database: Database, text: str) -> list[int]:
    query = ParticipantQuery(text=text, status=StatusFilter.ALL, sort=SortKey.ID)
    with database.reading() as session:
        return participant_search.search_ids(session, query)


FULL = person(
    preferred_name="  Siobhán ",
    full_name="Siobhán  O'Neill",
    pronouns="she/her",
    email="Siobhan@EXAMPLE.ORG",
    phone="+447700900456",
    address="12 Canal Side\r\nLeeds",
    postcode="ls8 1ab",
    preferred_contact=ContactMethod.TEXT_MESSAGE,
    roles=frozenset({Role.CARER, Role.PROFESSIONAL}),
    role_other="Peer researcher",
    access_needs=frozenset({AccessNeed.LARGE_PRINT, AccessNeed.QUIET_SPACE}),
    access_other="Papers a week before",
    consent_date=date(2026, 3, 1),
    consent_method=ConsentMethod.EASY_READ_FORM,
    consent_contact=True,
    consent_photos=True,
    payment_preference=PaymentPreference.VOUCHER,
    notes="Met at the carers' café.\nKeen on training.",
)


# --- Adding and reading --------------------------------------------------------------------------


def test_add_returns_a_new_id_and_stores_normalised_values(database: Database) -> None:
    first = add(database, FULL)
    second = add(database, person(preferred_name="Bea"))
    assert first != second
    record = get(database, first)
    assert record.id == first
    assert record.data == replace(
        FULL,
        preferred_name="Siobhán",
        full_name="Siobhán O'Neill",
        email="Siobhan@example.org",
        phone="07700 900456",
        address="12 Canal Side\nLeeds",
        postcode="LS8 1AB",
        roles=frozenset({Role.CARER, Role.PROFESSIONAL, Role.OTHER}),
    )
    assert record.status is Status.ACTIVE
    assert record.version == 1
    assert get(database, second).data.preferred_name == "Bea"


@pytest.mark.parametrize(
    "name", ["Zoë 🌈", "فاطمة الزهراء", "שרה כהן", "王芳", "<b>Sam</b> & \"Jo\" 'O'"]
)
def test_names_in_any_script_come_back_unchanged(database: Database, name: str) -> None:
    pid = add(database, person(preferred_name=name, full_name=name))
    record = get(database, pid)
    assert record.data.preferred_name == name
    assert record.data.full_name == name


def test_add_refuses_invalid_data_and_saves_nothing(database: Database) -> None:
    with pytest.raises(ValidationError), database.transaction() as session:
        participants.add_participant(session, person(preferred_name=" "))
    assert count(database) == 0


def test_timestamps_are_timezone_aware_utc(database: Database) -> None:
    record = get(database, add(database))
    for moment in (record.created_at, record.updated_at, record.status_changed_at):
        assert moment.tzinfo is not None
        assert moment.utcoffset() == timedelta(0)
    assert record.created_at == record.updated_at == record.status_changed_at


def test_timestamps_are_the_moment_of_adding(database: Database, clock: Clock) -> None:
    record = get(database, add(database))
    assert record.created_at == START
    assert record.updated_at == START
    assert record.status_changed_at == START


def test_get_unknown_id_raises_not_found_with_a_plain_message(database: Database) -> None:
    add(database)
    with pytest.raises(NotFound) as caught, database.reading() as session:
        participants.get_participant(session, 9999)
    message = str(caught.value)
    assert message.startswith("There is no one with the number 9999 on the register.")
    assert "refresh the list" in message
    assert "Traceback" not in message
    assert "NoneType" not in message


def test_count_all(database: Database) -> None:
    assert count(database) == 0
    add(database)
    add(database, person(preferred_name="Bea"))
    assert count(database) == 2


# --- Updating ------------------------------------------------------------------------------------


def test_update_changes_fields_bumps_version_and_updated_at(
    database: Database, clock: Clock
) -> None:
    pid = add(database)
    later = clock.advance(minutes=5)
    changed = person(
        preferred_name="Mira",
        email="mira@example.org",
        phone="0161 496 0000",
        postcode="m14 5aa",
        pronouns="they/them",
    )
    with database.transaction() as session:
        returned = participants.update_participant(session, pid, changed, expected_version=1)
    stored = get(database, pid)
    assert stored == returned
    assert stored.data.preferred_name == "Mira"
    assert stored.data.email == "mira@example.org"
    assert stored.data.phone == "0161 496 0000"
    assert stored.data.postcode == "M14 5AA"
    assert stored.data.pronouns == "they/them"
    assert stored.version == 2
    assert stored.updated_at == later
    assert stored.created_at == START
    assert stored.status_changed_at == START  # a change of details is not a change of status


def test_update_adds_and_removes_roles_and_access_needs(database: Database, clock: Clock) -> None:
    pid = add(
        database,
        person(
            roles=frozenset({Role.LIVED_EXPERIENCE, Role.CARER}),
            access_needs=frozenset({AccessNeed.LARGE_PRINT, AccessNeed.HEARING_LOOP}),
        ),
    )
    later = clock.advance(minutes=1)
    new = person(
        roles=frozenset({Role.CARER, Role.STAFF}),
        access_needs=frozenset({AccessNeed.HEARING_LOOP, AccessNeed.BSL_INTERPRETER}),
    )
    with database.transaction() as session:
        participants.update_participant(session, pid, new)
    stored = get(database, pid)
    assert stored.data.roles == frozenset({Role.CARER, Role.STAFF})
    assert stored.data.access_needs == frozenset(
        {AccessNeed.HEARING_LOOP, AccessNeed.BSL_INTERPRETER}
    )
    assert stored.version == 2
    assert stored.updated_at == later
    # The register's lines agree with the record.
    with database.reading() as session:
        row = participant_search.load_rows(session, [pid])[pid]
    assert row.roles == (Role.CARER, Role.STAFF)
    assert row.access_needs == (AccessNeed.BSL_INTERPRETER, AccessNeed.HEARING_LOOP)


def test_update_can_clear_every_role_and_need(database: Database) -> None:
    pid = add(database, person(access_needs=frozenset({AccessNeed.STEP_FREE})))
    with database.transaction() as session:
        participants.update_participant(session, pid, person(roles=frozenset()))
    stored = get(database, pid)
    assert stored.data.roles == frozenset()
    assert stored.data.access_needs == frozenset()


def test_update_with_no_change_keeps_updated_at_and_version(
    database: Database, clock: Clock
) -> None:
    pid = add(database, person(phone="07700 900123"))
    clock.advance(minutes=30)
    # Typed differently, but the same once tidied.
    same = person(phone="07700900123", preferred_name=" Amira ", email="amira@EXAMPLE.org")
    with database.transaction() as session:
        returned = participants.update_participant(session, pid, same, expected_version=1)
    assert returned.updated_at == START
    assert returned.version == 1
    assert get(database, pid) == returned


def test_update_with_stale_version_raises_conflict_and_changes_nothing(
    database: Database, clock: Clock
) -> None:
    pid = add(database)
    clock.advance(minutes=1)
    with database.transaction() as session:
        participants.update_participant(session, pid, person(pronouns="she/her"))
    before = get(database, pid)
    assert before.version == 2
    clock.advance(minutes=1)
    with pytest.raises(Conflict) as caught, database.transaction() as session:
        participants.update_participant(
            session, pid, person(preferred_name="Overwritten"), expected_version=1
        )
    message = str(caught.value)
    assert message.startswith("Amira's record was changed by someone else")
    assert "Nothing was saved." in message
    assert get(database, pid) == before


def test_update_of_unknown_id_raises_not_found(database: Database) -> None:
    with pytest.raises(NotFound), database.transaction() as session:
        participants.update_participant(session, 4242, person())


def test_update_with_invalid_data_changes_nothing(database: Database) -> None:
    pid = add(database)
    before = get(database, pid)
    with pytest.raises(ValidationError), database.transaction() as session:
        participants.update_participant(session, pid, person(email="broken@"))
    assert get(database, pid) == before


def test_edit_updates_the_derived_search_columns(database: Database) -> None:
    pid = add(database, person(preferred_name="Amira", phone="07700 900123", postcode="M13 9PL"))
    other = add(
        database, person(preferred_name="Bea", full_name="", email="", phone="", postcode="")
    )
    assert found_ids(database, "amira") == [pid]
    assert found_ids(database, "900123") == [pid]
    with database.transaction() as session:
        participants.update_participant(
            session,
            pid,
            person(
                preferred_name="Zoë",
                full_name="Zoë Adams",
                email="zoe@example.org",
                phone="0161 496 0000",
                postcode="LS8 1AB",
            ),
        )
    assert found_ids(database, "amira") == []
    assert found_ids(database, "900123") == []
    assert found_ids(database, "m13") == []
    assert found_ids(database, "zoe") == [pid]
    assert found_ids(database, "adams") == [pid]
    assert found_ids(database, "01614960000") == [pid]
    assert found_ids(database, "ls81ab") == [pid]
    # Sorting by name uses the new name too: Bea now comes before Zoë.
    with database.reading() as session:
        ordered = participant_search.search_ids(session, ParticipantQuery())
    assert ordered == [other, pid]


# --- Status --------------------------------------------------------------------------------------


def test_set_status_returns_previous_status_and_records_when(
    database: Database, clock: Clock
) -> None:
    pid = add(database)
    paused_at = clock.advance(minutes=10)
    with database.transaction() as session:
        previous = participants.set_status(session, pid, Status.PAUSED, expected_version=1)
    assert previous is Status.ACTIVE
    record = get(database, pid)
    assert record.status is Status.PAUSED
    assert record.status_changed_at == paused_at
    assert record.updated_at == paused_at
    assert record.version == 2

    left_at = clock.advance(minutes=10)
    with database.transaction() as session:
        assert participants.set_status(session, pid, Status.LEFT) is Status.PAUSED
    record = get(database, pid)
    assert record.status is Status.LEFT
    assert record.status_changed_at == left_at
    assert record.created_at == START


def test_set_status_to_the_same_status_changes_nothing(database: Database, clock: Clock) -> None:
    pid = add(database)
    before = get(database, pid)
    clock.advance(minutes=10)
    with database.transaction() as session:
        assert participants.set_status(session, pid, Status.ACTIVE) is Status.ACTIVE
    assert get(database, pid) == before


def test_set_status_with_stale_version_raises_conflict(database: Database) -> None:
    pid = add(database)
    with database.transaction() as session:
        participants.update_participant(session, pid, person(pronouns="he/him"))
    with pytest.raises(Conflict), database.transaction() as session:
        participants.set_status(session, pid, Status.LEFT, expected_version=1)
    assert get(database, pid).status is Status.ACTIVE


def test_set_status_of_unknown_id_raises_not_found(database: Database) -> None:
    with pytest.raises(NotFound), database.transaction() as session:
        participants.set_status(session, 77, Status.PAUSED)


# --- Remove and restore (undo and redo of adding someone) ----------------------------------------


def test_remove_then_restore_brings_the_record_back(database: Database, clock: Clock) -> None:
    pid = add(database, FULL)
    add(database, person(preferred_name="Bea"))
    clock.advance(minutes=5)
    with database.transaction() as session:
        participants.set_status(session, pid, Status.PAUSED)
    original = get(database, pid)

    clock.advance(minutes=60)
    with database.transaction() as session:
        removed = participants.remove_participant(session, pid)
    assert removed == original
    assert count(database) == 1
    with pytest.raises(NotFound), database.reading() as session:
        participants.get_participant(session, pid)
    assert found_ids(database, "siobhan") == []

    clock.advance(minutes=60)
    with database.transaction() as session:
        participants.restore_participant(session, removed)
    restored = get(database, pid)
    assert restored.id == original.id
    assert restored.data == original.data
    assert restored.status is Status.PAUSED
    assert restored.created_at == original.created_at == START
    assert restored.updated_at == original.updated_at
    assert restored.status_changed_at == original.status_changed_at
    assert found_ids(database, "siobhan") == [pid]
    assert count(database) == 2


def test_restore_brings_back_the_version_too(database: Database) -> None:
    # Undo stack: add, edit, undo edit (version 3), undo add (remove), redo add (restore),
    # redo edit with expected_version=3. The last step only works if the version came back.
    pid = add(database)
    with database.transaction() as session:
        participants.update_participant(session, pid, person(pronouns="she/her"))
        participants.update_participant(session, pid, person())
    original = get(database, pid)
    assert original.version == 3
    with database.transaction() as session:
        removed = participants.remove_participant(session, pid)
    with database.transaction() as session:
        participants.restore_participant(session, removed)
    assert get(database, pid) == original
    with database.transaction() as session:
        redone = participants.update_participant(
            session, pid, person(pronouns="she/her"), expected_version=original.version
        )
    assert redone.data.pronouns == "she/her"


def test_restore_accepts_consent_dated_after_the_utc_day_of_creation(database: Database) -> None:
    # Added at 00:30 British Summer Time on 2 June (23:30 UTC on 1 June) with consent given
    # "today", 2 June. Redoing that add must not call the consent date "in the future".
    pid = add(database)
    with database.transaction() as session:
        removed = participants.remove_participant(session, pid)
    created = datetime(2026, 6, 1, 23, 30, tzinfo=UTC)
    record = replace(
        removed,
        data=replace(
            removed.data,
            consent_date=date(2026, 6, 2),
            consent_method=ConsentMethod.VERBAL,
            consent_contact=True,
        ),
        created_at=created,
        updated_at=created,
        status_changed_at=created,
    )
    with database.transaction() as session:
        participants.restore_participant(session, record)
    assert get(database, pid).data.consent_date == date(2026, 6, 2)


def test_remove_unknown_id_raises_not_found(database: Database) -> None:
    with pytest.raises(NotFound), database.transaction() as session:
        participants.remove_participant(session, 12)


# --- Adding many at once -------------------------------------------------------------------------


def test_add_many_inserts_everyone_with_roles_needs_and_statuses(database: Database) -> None:
    people = [
        person(
            preferred_name=f"Person {n}",
            email=f"person{n}@example.org",
            phone="07700900123",
            postcode="sw1a1aa",
            roles=frozenset({Role.CARER}) if n % 2 else frozenset({Role.STAFF, Role.PROFESSIONAL}),
            access_needs=frozenset({AccessNeed.EASY_READ}) if n % 3 == 0 else frozenset(),
        )
        for n in range(7)
    ]
    statuses = [Status.ACTIVE, Status.PAUSED, Status.LEFT, Status.ACTIVE] + [Status.PAUSED] * 3
    progress: list[int] = []
    with database.transaction() as session:
        added = participants.add_many(
            session, people, statuses=statuses, batch_size=3, progress=progress.append
        )
    assert added == 7
    assert progress == [3, 6, 7]
    assert count(database) == 7
    with database.reading() as session:
        ids = participant_search.search_ids(
            session, ParticipantQuery(status=StatusFilter.ALL, sort=SortKey.ID)
        )
        records = [participants.get_participant(session, i) for i in ids]
    for n, record in enumerate(records):
        assert record.data.preferred_name == f"Person {n}"
        assert record.data.phone == "07700 900123"  # validated and tidied like a single add
        assert record.data.postcode == "SW1A 1AA"
        assert record.data.roles == people[n].roles
        assert record.data.access_needs == people[n].access_needs
        assert record.status is statuses[n]
        assert record.version == 1
    assert found_ids(database, "person 5") == [ids[5]]


def test_add_many_uses_the_given_creation_time(database: Database) -> None:
    moment = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    with database.transaction() as session:
        participants.add_many(session, [person()], created_at=moment)
        pid = participant_search.search_ids(session, ParticipantQuery())[0]
    record = get(database, pid)
    assert record.created_at == record.updated_at == record.status_changed_at == moment


def test_add_many_is_all_or_nothing(database: Database) -> None:
    existing = add(database, person(preferred_name="Already here"))
    people = [person(preferred_name=f"P{n}") for n in range(5)]
    people.insert(4, person(preferred_name="Bad", phone="12345"))
    with pytest.raises(ValidationError) as caught, database.transaction() as session:
        # A batch of two is written before the bad record is reached.
        participants.add_many(session, people, batch_size=2)
    assert [p.field for p in caught.value.problems] == ["phone"]
    assert count(database) == 1
    with database.reading() as session:
        assert participant_search.search_ids(
            session, ParticipantQuery(status=StatusFilter.ALL)
        ) == [existing]
    assert found_ids(database, "p0") == []


def test_a_removed_persons_number_is_never_given_to_someone_else(database: Database) -> None:
    with database.transaction() as session:
        first = participants.add_participant(session, person(preferred_name="First"))
        second = participants.add_participant(session, person(preferred_name="Second"))
        participants.remove_participant(session, second)
        third = participants.add_participant(session, person(preferred_name="Third"))
    assert (first, second, third) == (1, 2, 3)
