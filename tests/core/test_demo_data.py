"""Sample people for trying the app: repeatable, valid, diverse, and safe to contact by mistake."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pytest

from coprod_desktop.services import participant_search, participants
from coprod_desktop.services.demo_data import add_demo_people, generate_people
from coprod_desktop.services.participant_types import (
    ParticipantData,
    ParticipantQuery,
    SortKey,
    StatusFilter,
)
from coprod_desktop.services.validation import validate_participant
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import Status

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def five_hundred() -> list[tuple[ParticipantData, Status]]:
    return list(generate_people(500, seed=2026, today=TODAY))


def scripts(text: str) -> set[str]:
    """The writing systems of the letters in ``text`` ("LATIN", "ARABIC", "CJK", ...)."""
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def test_same_seed_gives_the_same_people() -> None:
    first = list(generate_people(50, seed=7, today=TODAY))
    second = list(generate_people(50, seed=7, today=TODAY))
    assert first == second
    assert len(first) == 50


def test_different_seeds_give_different_people() -> None:
    first = [data.preferred_name for data, _ in generate_people(50, seed=1, today=TODAY)]
    second = [data.preferred_name for data, _ in generate_people(50, seed=2, today=TODAY)]
    assert first != second


def test_count_of_zero_gives_no_one() -> None:
    assert list(generate_people(0, seed=1, today=TODAY)) == []


def test_every_generated_person_passes_validation_unchanged(
    five_hundred: list[tuple[ParticipantData, Status]],
) -> None:
    for data, _ in five_hundred:
        # Already tidy: validation changes nothing, so what is shown is what is stored.
        assert validate_participant(data, today=TODAY) == data


def test_consent_dates_are_in_the_past_two_years(
    five_hundred: list[tuple[ParticipantData, Status]],
) -> None:
    dates = [data.consent_date for data, _ in five_hundred if data.consent_date is not None]
    assert len(dates) > 300
    assert all(TODAY - timedelta(days=730) <= d <= TODAY for d in dates)


def test_non_latin_scripts_are_present(
    five_hundred: list[tuple[ParticipantData, Status]],
) -> None:
    seen: Counter[str] = Counter()
    for data, _ in five_hundred:
        for script in scripts(data.preferred_name + data.full_name):
            seen[script] += 1
    assert seen["LATIN"] > 250
    right_to_left = {"ARABIC", "HEBREW"} & set(seen)
    assert right_to_left, seen
    non_latin = set(seen) - {"LATIN"}
    assert len(non_latin) >= 5, seen
    assert {"ARABIC", "CJK", "CYRILLIC", "GREEK"} <= non_latin, seen


def test_accented_latin_names_are_present(
    five_hundred: list[tuple[ParticipantData, Status]],
) -> None:
    accented = [
        data.preferred_name
        for data, _ in five_hundred
        if scripts(data.preferred_name) == {"LATIN"} and not data.preferred_name.isascii()
    ]
    assert len(accented) >= 5


def test_contact_details_use_ranges_kept_for_fiction(
    five_hundred: list[tuple[ParticipantData, Status]],
) -> None:
    fictional_phones = ("07700 900", "020 7946 0", "0161 496 0", "0113 496 0", "0121 496 0")
    for data, _ in five_hundred:
        assert data.email == "" or data.email.endswith("@example.org")
        assert data.phone == "" or data.phone.startswith(fictional_phones), data.phone


def test_statuses_are_mixed(five_hundred: list[tuple[ParticipantData, Status]]) -> None:
    statuses = Counter(status for _, status in five_hundred)
    assert set(statuses) == {Status.ACTIVE, Status.PAUSED, Status.LEFT}
    assert statuses[Status.ACTIVE] > statuses[Status.PAUSED] > 0
    assert statuses[Status.LEFT] > 0


def test_roles_and_access_needs_vary(five_hundred: list[tuple[ParticipantData, Status]]) -> None:
    assert all(data.roles for data, _ in five_hundred)
    assert len({role for data, _ in five_hundred for role in data.roles}) >= 4
    with_needs = [data for data, _ in five_hundred if data.access_needs]
    assert 50 < len(with_needs) < 450


def test_add_demo_people_adds_the_generated_people(database: Database) -> None:
    progress: list[int] = []
    with database.transaction() as session:
        added = add_demo_people(session, 60, seed=11, progress=progress.append)
    assert added == 60
    assert progress == [60]
    expected = list(generate_people(60, seed=11))
    query = ParticipantQuery(status=StatusFilter.ALL, sort=SortKey.ID)
    with database.reading() as session:
        assert participant_search.count_all(session) == 60
        ids = participant_search.search_ids(session, query)
        records = [participants.get_participant(session, i) for i in ids]
    assert [r.status for r in records] == [status for _, status in expected]
    # Consent dates depend on today's date; everything else must be exactly as generated.
    assert [replace(r.data, consent_date=None) for r in records] == [
        replace(data, consent_date=None) for data, _ in expected
    ]


def test_add_demo_people_adds_to_an_existing_register(database: Database) -> None:
    with database.transaction() as session:
        add_demo_people(session, 10, seed=1)
    with database.transaction() as session:
        assert add_demo_people(session, 15, seed=2) == 15
    with database.reading() as session:
        assert participant_search.count_all(session) == 25
        current = participant_search.search_ids(session, ParticipantQuery())
        left = participant_search.search_ids(session, ParticipantQuery(status=StatusFilter.LEFT))
    assert len(current) + len(left) == 25
