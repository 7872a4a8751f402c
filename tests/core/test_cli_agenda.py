"""``coprod sessions show / agenda / set-agenda / set-purpose``, ``sessions add --purpose``, and
``coprod participants`` with consent to be named in documents. Each check reads the database
back through the services."""

from __future__ import annotations

import pytest

from coprod_desktop.services import agenda, participants, sessions
from coprod_desktop.services.agenda import AgendaItemData
from coprod_desktop.storage.opening import open_database
from tests.core.test_cli_projects_sessions import add_project, add_session, refused, run


def stored_agenda(url: str, session_id: int) -> list[AgendaItemData]:
    database = open_database(url).database
    try:
        with database.reading() as session:
            return [item.data for item in agenda.agenda_of(session, session_id)]
    finally:
        database.close()


def stored_purpose(url: str, session_id: int) -> str:
    database = open_database(url).database
    try:
        with database.reading() as session:
            return sessions.get_session(session, session_id).data.purpose
    finally:
        database.close()


def named(url: str, participant_id: int) -> bool:
    database = open_database(url).database
    try:
        with database.reading() as session:
            record = participants.get_participant(session, participant_id)
            return record.data.consent_named_in_documents
    finally:
        database.close()


@pytest.fixture
def session_id(capsys: pytest.CaptureFixture[str], database_url: str) -> int:
    project = add_project(capsys, database_url, "--name", "Youth panel")
    return add_session(capsys, database_url, project)


# --- the agenda ---------------------------------------------------------------------------------
def test_set_agenda_replaces_it_in_order(
    capsys: pytest.CaptureFixture[str], database_url: str, session_id: int
) -> None:
    code, out, err = run(
        capsys,
        database_url,
        "sessions",
        "set-agenda",
        str(session_id),
        "--item",
        "Welcome and access check|Chair|10",
        "--item",
        "Actions from last time|Priya Shah|15|Papers: the action plan\\nBring your copy",
        "--item",
        "Budget | Tom Evans | 45 | Spend so far|and what is left",
        "--item",
        "Any other business",
    )
    assert code == 0, err
    assert out == (
        "Saved an agenda of 4 items for Planning workshop, about 1 hour 10 minutes in all "
        "(1 item has no time set).\n"
    )
    assert stored_agenda(database_url, session_id) == [
        AgendaItemData("Welcome and access check", "", "Chair", 10),
        AgendaItemData(
            "Actions from last time", "Papers: the action plan\nBring your copy", "Priya Shah", 15
        ),
        # Spaces round each part are trimmed; a "|" in the details is kept.
        AgendaItemData("Budget", "Spend so far|and what is left", "Tom Evans", 45),
        AgendaItemData("Any other business"),
    ]
    code, out, err = run(
        capsys, database_url, "sessions", "set-agenda", str(session_id), "--item", "Only item"
    )
    assert code == 0, err
    assert out == "Saved an agenda of 1 item for Planning workshop.\n"
    assert stored_agenda(database_url, session_id) == [AgendaItemData("Only item")]


def test_set_agenda_clear(
    capsys: pytest.CaptureFixture[str], database_url: str, session_id: int
) -> None:
    run(capsys, database_url, "sessions", "set-agenda", str(session_id), "--item", "Welcome")
    code, out, _ = run(capsys, database_url, "sessions", "set-agenda", str(session_id), "--clear")
    assert code == 0
    assert out == "Cleared the agenda of Planning workshop.\n"
    assert stored_agenda(database_url, session_id) == []


def test_set_agenda_needs_items_or_clear_but_not_both(
    capsys: pytest.CaptureFixture[str], database_url: str, session_id: int
) -> None:
    assert "one of the arguments --item --clear is required" in refused(
        capsys, database_url, "sessions", "set-agenda", str(session_id)
    )
    assert "not allowed with argument" in refused(
        capsys, database_url, "sessions", "set-agenda", str(session_id), "--item", "A", "--clear"
    )


def test_minutes_that_are_not_a_number_are_refused_by_the_command(
    capsys: pytest.CaptureFixture[str], database_url: str, session_id: int
) -> None:
    err = refused(
        capsys,
        database_url,
        "sessions",
        "set-agenda",
        str(session_id),
        "--item",
        "Welcome|Chair|ten",
    )
    assert "the time allowed, 'ten', is not a whole number of minutes" in err
    assert stored_agenda(database_url, session_id) == []


def test_a_wrong_item_is_named_by_its_number_and_nothing_is_saved(
    capsys: pytest.CaptureFixture[str], database_url: str, session_id: int
) -> None:
    run(capsys, database_url, "sessions", "set-agenda", str(session_id), "--item", "Welcome")
    code, out, err = run(
        capsys,
        database_url,
        "sessions",
        "set-agenda",
        str(session_id),
        "--item",
        "New welcome",
        "--item",
        "|Chair|10",
        "--item",
        "Break|Chair|0",
    )
    assert code == 2
    assert out == ""
    assert "Nothing was saved. Please fix 2 things:" in err
    assert "- Item 2: the title is needed." in err
    assert "- Item 3: the time allowed must be a whole number of minutes from 1 to 1,440" in err
    assert stored_agenda(database_url, session_id) == [AgendaItemData("Welcome")]


def test_hostile_titles_are_stored_and_shown_as_typed(
    capsys: pytest.CaptureFixture[str], database_url: str, session_id: int
) -> None:
    titles = ["<b>Tom & Jerry</b>", "🌈 Pride planning", "مراجعة الميزانية", "=HYPERLINK(1)"]
    args: list[str] = []
    for title in titles:
        args += ["--item", title]
    code, _, err = run(capsys, database_url, "sessions", "set-agenda", str(session_id), *args)
    assert code == 0, err
    assert [item.title for item in stored_agenda(database_url, session_id)] == titles
    code, out, _ = run(capsys, database_url, "sessions", "agenda", str(session_id))
    assert code == 0
    for number, title in enumerate(titles, start=1):
        assert f"  {number}. {title}\n" in out
    code, _, err = run(
        capsys, database_url, "sessions", "set-agenda", str(session_id), "--item", "x" * 10_000
    )
    assert code == 2
    assert "Item 1: the title is 10,000 characters long" in err


def test_agenda_prints_the_items(
    capsys: pytest.CaptureFixture[str], database_url: str, session_id: int
) -> None:
    code, out, _ = run(capsys, database_url, "sessions", "agenda", str(session_id))
    assert code == 0
    assert out == (
        "Planning workshop (Youth panel), 12 November 2025\n"
        f"Agenda: none yet. Add one with: coprod sessions set-agenda {session_id} "
        "--item 'Title|who leads|minutes|details'\n"
    )
    run(
        capsys,
        database_url,
        "sessions",
        "set-agenda",
        str(session_id),
        "--item",
        "Welcome and access check|Chair|10",
        "--item",
        "The new menu|Tom Evans|80|Papers: the draft menu\\nBring ideas",
        "--item",
        "Any other business|Chair",
    )
    code, out, _ = run(capsys, database_url, "sessions", "agenda", str(session_id))
    assert out == (
        "Planning workshop (Youth panel), 12 November 2025\n"
        "Agenda (about 1 hour 30 minutes in all (1 item has no time set)):\n"
        "  1. Welcome and access check (led by Chair, 10 minutes)\n"
        "  2. The new menu (led by Tom Evans, 1 hour 20 minutes)\n"
        "     Papers: the draft menu\n"
        "     Bring ideas\n"
        "  3. Any other business (led by Chair)\n"
    )


def test_agenda_of_no_such_session(capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    code, _, err = run(capsys, database_url, "sessions", "agenda", "42")
    assert code == 3
    assert "There is no session with the number 42." in err


# --- the purpose, and showing a session ---------------------------------------------------------
def test_add_with_a_purpose_and_change_it(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    project = add_project(capsys, database_url, "--name", "Youth panel")
    code, out, err = run(
        capsys,
        database_url,
        "sessions",
        "add",
        "--project",
        str(project),
        "--title",
        "Menu tasting",
        "--kind",
        "meeting",
        "--date",
        "2025-11-12",
        "--start",
        "10:00",
        "--end",
        "11:30",
        "--online",
        "--purpose",
        "To agree the menu.\\nAnd the prices.",
    )
    assert code == 0, err
    new_id = int(out)
    assert stored_purpose(database_url, new_id) == "To agree the menu.\nAnd the prices."
    code, out, _ = run(
        capsys, database_url, "sessions", "set-purpose", str(new_id), "To choose the café's name."
    )
    assert code == 0
    assert out == "Saved what it is for: Menu tasting.\n"
    assert stored_purpose(database_url, new_id) == "To choose the café's name."
    code, out, _ = run(capsys, database_url, "sessions", "set-purpose", str(new_id), "")
    assert out == "Cleared what it is for: Menu tasting.\n"
    assert stored_purpose(database_url, new_id) == ""


def test_a_purpose_too_long_is_refused(
    capsys: pytest.CaptureFixture[str], database_url: str, session_id: int
) -> None:
    code, _, err = run(capsys, database_url, "sessions", "set-purpose", str(session_id), "a" * 5001)
    assert code == 2
    assert "What it is for is 5,001 characters long, but can be at most 5,000." in err
    assert stored_purpose(database_url, session_id) == ""


def test_show_prints_the_session_its_purpose_and_agenda(
    capsys: pytest.CaptureFixture[str], database_url: str, session_id: int
) -> None:
    code, out, _ = run(capsys, database_url, "sessions", "show", str(session_id))
    assert code == 0
    assert "Session title:           Planning workshop\n" in out
    assert "Project:                 Youth panel (number 1)\n" in out
    assert "Time:                    10:00–11:30 (1 hour 30 minutes)\n" in out
    assert "What it is for:\n  Not written yet.\n" in out
    assert "Agenda: none yet." in out
    run(capsys, database_url, "sessions", "set-purpose", str(session_id), "Line one\\nLine two")
    run(
        capsys,
        database_url,
        "sessions",
        "set-agenda",
        str(session_id),
        "--item",
        "Welcome|Chair|10",
        "--item",
        "Budget|Tom Evans|20",
    )
    code, out, _ = run(capsys, database_url, "sessions", "show", str(session_id))
    assert "What it is for:\n  Line one\n  Line two\n" in out
    assert out.endswith(
        "Agenda (about 30 minutes in all):\n"
        "  1. Welcome (led by Chair, 10 minutes)\n"
        "  2. Budget (led by Tom Evans, 20 minutes)\n"
    )


# --- consent to be named in documents -----------------------------------------------------------
CONSENT = ("--consent-date", "2025-06-01", "--consent-method", "signed-form")


def test_participants_named_in_documents(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    code, out, err = run(
        capsys,
        database_url,
        "participants",
        "add",
        "--name",
        "Amira",
        *CONSENT,
        "--consent-covers",
        "contact",
        "--named-in-documents",
    )
    assert code == 0, err
    amira = int(out)
    assert named(database_url, amira)
    code, out, _ = run(capsys, database_url, "participants", "show", str(amira))
    assert "Named in documents:" in out
    assert "Yes: they may be named in meeting summaries and exports" in out

    code, _, err = run(
        capsys, database_url, "participants", "edit", str(amira), "--not-named-in-documents"
    )
    assert code == 0, err
    assert not named(database_url, amira)
    code, out, _ = run(capsys, database_url, "participants", "show", str(amira))
    assert "No: documents count them, or show a number instead of their name" in out

    code, _, err = run(
        capsys, database_url, "participants", "edit", str(amira), "--named-in-documents"
    )
    assert code == 0, err
    assert named(database_url, amira)
    # Withdrawing consent takes being named with it.
    code, _, err = run(capsys, database_url, "participants", "edit", str(amira), "--no-consent")
    assert code == 0, err
    assert not named(database_url, amira)


def test_being_named_alone_is_withdrawn_with_the_whole_consent(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    code, out, err = run(
        capsys,
        database_url,
        "participants",
        "add",
        "--name",
        "Bea",
        *CONSENT,
        "--named-in-documents",
    )
    assert code == 0, err
    bea = int(out)
    # Their consent covers nothing else, so taking this away leaves a consent covering nothing.
    code, _, err = run(
        capsys, database_url, "participants", "edit", str(bea), "--not-named-in-documents"
    )
    assert code == 2
    assert "What consent covers is empty." in err
    assert named(database_url, bea)
    code, _, err = run(capsys, database_url, "participants", "edit", str(bea), "--no-consent")
    assert code == 0, err
    assert not named(database_url, bea)


def test_named_in_documents_needs_consent_recorded(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    code, out, err = run(
        capsys, database_url, "participants", "add", "--name", "Zoë", "--named-in-documents"
    )
    assert code == 2
    assert out == ""
    assert "Date consent was given is missing." in err
    assert "How consent was recorded is missing." in err
    # Asking for both at once is refused, not quietly settled one way.
    code, out, _ = run(
        capsys,
        database_url,
        "participants",
        "add",
        "--name",
        "Zoë",
        *CONSENT,
        "--consent-covers",
        "contact",
    )
    zoe = int(out)
    code, _, err = run(
        capsys,
        database_url,
        "participants",
        "edit",
        str(zoe),
        "--no-consent",
        "--named-in-documents",
    )
    assert code == 2
    assert "Date consent was given is missing." in err
    assert not named(database_url, zoe)


def test_named_and_not_named_cannot_be_asked_together(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    err = refused(
        capsys,
        database_url,
        "participants",
        "edit",
        "1",
        "--named-in-documents",
        "--not-named-in-documents",
    )
    assert "not allowed with argument" in err
    # A new person is not named unless they agree: add has no "not" option.
    err = refused(
        capsys, database_url, "participants", "add", "--name", "Bea", "--not-named-in-documents"
    )
    assert "unrecognized arguments: --not-named-in-documents" in err


def test_people_are_not_named_by_default(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    code, out, _ = run(
        capsys,
        database_url,
        "participants",
        "add",
        "--name",
        "Bea",
        *CONSENT,
        "--consent-covers",
        "photos",
    )
    assert code == 0
    assert not named(database_url, int(out))
