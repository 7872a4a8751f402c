"""``coprod participants`` earnings limits, ``coprod projects`` and ``coprod sessions``."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time

import pytest
from sqlalchemy.orm import Session

from coprod_desktop.cli import main
from coprod_desktop.services import participants, payments, projects, sessions
from coprod_desktop.services.participant_types import ParticipantData
from coprod_desktop.services.payments import NewPayment
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import (
    AttendanceStatus,
    PaymentBasis,
    PaymentKind,
    PaymentMethod,
    ProjectStage,
    SessionKind,
)


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> str:
    """Run a command argparse should refuse (exit 2); return what it printed on stderr."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", url, *args])
    assert exit_info.value.code == 2
    return capsys.readouterr().err


@contextmanager
def writing(url: str) -> Iterator[Session]:
    database = open_database(url).database
    try:
        with database.transaction() as session:
            yield session
    finally:
        database.close()


def add_person(capsys: pytest.CaptureFixture[str], url: str, name: str, *options: str) -> int:
    code, out, err = run(capsys, url, "participants", "add", "--name", name, *options)
    assert code == 0, err
    return int(out)


def add_project(capsys: pytest.CaptureFixture[str], url: str, *options: str) -> int:
    code, out, err = run(capsys, url, "projects", "add", *options)
    assert code == 0, err
    return int(out)


SESSION_OPTIONS = (
    "--title",
    "Planning workshop",
    "--kind",
    "workshop",
    "--date",
    "12/11/2025",
    "--start",
    "10:00",
    "--end",
    "11:30",
)


def add_session(capsys: pytest.CaptureFixture[str], url: str, project_id: int) -> int:
    code, out, err = run(
        capsys,
        url,
        "sessions",
        "add",
        "--project",
        str(project_id),
        *SESSION_OPTIONS,
        "--place",
        "Community centre",
    )
    assert code == 0, err
    return int(out)


# --- participants: earnings limits ---------------------------------------------------------------
def test_limits_are_added_shown_changed_and_cleared(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    person = add_person(
        capsys,
        database_url,
        "Amira",
        "--weekly-limit",
        "50",
        "--tax-year-limit",
        "£1,250.00",
        "--limit-note",
        "Permitted work limit",
    )
    code, out, _ = run(capsys, database_url, "participants", "show", str(person))
    assert code == 0
    assert "Weekly earnings limit:" in out and "£50.00" in out
    assert "£1,250.00" in out and "Permitted work limit" in out

    code, _, err = run(
        capsys, database_url, "participants", "edit", str(person), "--weekly-limit", "none"
    )
    assert code == 0, err
    with writing(database_url) as session:
        data = participants.get_participant(session, person).data
    assert data.weekly_limit_pence is None
    assert data.tax_year_limit_pence == 125_000  # untouched
    assert data.limit_note == "Permitted work limit"
    _, out, _ = run(capsys, database_url, "participants", "show", str(person))
    assert "None set" in out


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("12.345", "more than two digits after the point"),
        ("lots", "is not an amount of money"),
        ("-5", "is negative"),
    ],
)
def test_a_bad_limit_is_explained(
    capsys: pytest.CaptureFixture[str], database_url: str, value: str, message: str
) -> None:
    err = refused(
        capsys, database_url, "participants", "add", "--name", "Sam", f"--weekly-limit={value}"
    )
    assert message in err and "Weekly earnings limit" in err


def test_a_monthly_limit_with_the_day_the_month_starts(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    person = add_person(
        capsys, database_url, "Amira", "--monthly-limit", "411", "--month-starts", "15"
    )
    _, out, _ = run(capsys, database_url, "participants", "show", str(person))
    assert "Monthly earnings limit:   £411.00" in out
    assert "Day their month starts:   Day 15 of the month" in out
    code, _, err = run(
        capsys, database_url, "participants", "edit", str(person), "--month-starts", "0"
    )
    assert code != 0 and "must be a day of the month, 1 to 31, not 0" in err
    assert "is not a day of the month" in refused(
        capsys, database_url, "participants", "edit", str(person), "--month-starts", "mid"
    )
    run(capsys, database_url, "participants", "edit", str(person), "--monthly-limit", "none")
    with writing(database_url) as session:
        data = participants.get_participant(session, person).data
    assert (data.monthly_limit_pence, data.limit_month_starts) == (None, 15)


# --- projects -----------------------------------------------------------------------------------
def test_projects_add_list_and_show(capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    first = add_project(
        capsys,
        database_url,
        "--name",
        "Carers' café",
        "--description",
        "A café run with carers",
        "--start",
        "01/04/2025",
        "--end",
        "2026-03-31",
        "--budget",
        "2,500",
        "--stage",
        "co-delivery",
    )
    second = add_project(capsys, database_url, "--name", '=HYPERLINK("x")')
    assert (first, second) == (1, 2)
    with writing(database_url) as session:
        record = projects.get_project(session, first)
        assert record.data.stage is ProjectStage.CO_DELIVERY
        assert record.data.budget_pence == 250_000
        assert record.data.start_date == date(2025, 4, 1)
        person = participants.add_participant(session, ParticipantData(preferred_name="Amira"))
        fee = payments.add_payment(
            session,
            NewPayment(person, PaymentKind.FEE, 3750, date(2025, 11, 12), project_id=first),
        )
        payments.approve(session, [fee], "Sam Okafor")

    code, out, err = run(capsys, database_url, "projects", "list")
    assert code == 0, err
    header = out.splitlines()[0].split()
    assert header == [
        "ID",
        "Name",
        "Stage",
        "Start",
        "End",
        "Budget",
        "Committed",
        "Paid",
        "Remaining",
    ]
    assert "Carers' café" in out and "Co-delivery" in out and "01/04/2025" in out
    assert "£2,500.00" in out and "£37.50" in out and "£2,462.50" in out
    assert "2 projects" in err

    _, out, _ = run(capsys, database_url, "projects", "list", "--format", "csv")
    rows = {row[0]: row for row in csv.reader(io.StringIO(out))}
    assert rows["1"] == [
        "1",
        "Carers' café",
        "Co-delivery (running it together)",
        "2025-04-01",
        "2026-03-31",
        "2500.00",
        "37.50",
        "0.00",
        "2462.50",
    ]
    assert rows["2"][1] == '\'=HYPERLINK("x")'  # not a formula in a spreadsheet
    assert rows["2"][5] == "" and rows["2"][8] == ""  # no budget: nothing remaining either

    code, out, _ = run(capsys, database_url, "projects", "show", "1")
    assert code == 0
    assert "Carers' café" in out and "1 April 2025" in out and "31 March 2026" in out
    assert "A café run with carers" in out
    assert "£37.50 (approved or paid)" in out and "£2,462.50" in out
    assert "Over budget" not in out


def test_project_show_says_when_it_is_over_budget(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    project = add_project(capsys, database_url, "--name", "Panel", "--budget", "40")
    with writing(database_url) as session:
        person = participants.add_participant(session, ParticipantData(preferred_name="Amira"))
        ids = [
            payments.add_payment(
                session,
                NewPayment(person, PaymentKind.FEE, amount, date(2025, 11, 12), project_id=project),
            )
            for amount in (3000, 2000)
        ]
        payments.approve(session, ids, "Sam Okafor")
        payments.mark_paid(session, ids[0], date(2025, 11, 20), PaymentMethod.CASH)
    code, out, _ = run(capsys, database_url, "projects", "show", str(project))
    assert code == 0
    assert "Over budget by £10.00" in out
    assert "£50.00 (approved or paid)" in out
    _, out, _ = run(capsys, database_url, "projects", "list")
    assert "-£10.00" in out
    _, out, _ = run(capsys, database_url, "projects", "list", "--format", "csv")
    assert list(csv.reader(io.StringIO(out)))[1][5:] == ["40.00", "50.00", "30.00", "-10.00"]


def test_project_bad_input_is_explained(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    code, out, err = run(
        capsys,
        database_url,
        "projects",
        "add",
        "--name",
        "Backwards",
        "--start",
        "2026-03-01",
        "--end",
        "2026-02-01",
    )
    assert code == 2 and out == ""
    assert "End date (1 February 2026) is before the start date" in err
    assert "not a real date" in refused(
        capsys, database_url, "projects", "add", "--name", "X", "--start", "30/02/2026"
    )
    assert "co-design" in refused(
        capsys, database_url, "projects", "add", "--name", "X", "--stage", "later"
    )
    assert "Budget 'ten'" in refused(
        capsys, database_url, "projects", "add", "--name", "X", "--budget", "ten"
    )
    code, _, err = run(capsys, database_url, "projects", "show", "9")
    assert code == 3 and "no project with the number 9" in err
    code, out, err = run(capsys, database_url, "projects", "list")
    assert code == 0 and out == "" and "No projects yet" in err


# --- sessions -----------------------------------------------------------------------------------
def test_sessions_add_and_list(capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    cafe = add_project(capsys, database_url, "--name", "Carers' café")
    other = add_project(capsys, database_url, "--name", "Housing panel")
    first = add_session(capsys, database_url, cafe)
    code, out, err = run(
        capsys,
        database_url,
        "sessions",
        "add",
        "--project",
        str(other),
        "--title",
        "Interviews",
        "--kind",
        "interview-panel",
        "--date",
        "2025-12-01",
        "--start",
        "9:30",
        "--end",
        "16.00",
        "--online",
        "--access-support",
        "BSL interpreter booked",
        "--basis",
        "full-day",
        "--prep-minutes",
        "60",
    )
    assert code == 0, err
    second = int(out)
    with writing(database_url) as session:
        data = sessions.get_session(session, second).data
        assert (data.start_time, data.end_time) == (time(9, 30), time(16, 0))
        assert data.online and data.place == ""
        assert data.kind is SessionKind.INTERVIEW_PANEL
        assert data.payment_basis is PaymentBasis.FULL_DAY
        assert (data.prep_minutes, data.access_support) == (60, "BSL interpreter booked")
        assert sessions.get_session(session, first).data.payment_basis is PaymentBasis.HOURLY

    code, out, err = run(capsys, database_url, "sessions", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "ID",
        "Date",
        "Time",
        "Title",
        "Kind",
        "Project",
        "Where",
        "Invited",
        "Attended",
    ]
    assert "Interviews" in lines[2]  # most recent first
    assert "01/12/2025" in lines[2] and "09:30–16:00" in lines[2] and "Online" in lines[2]
    assert "Planning workshop" in lines[3] and "Community centre" in lines[3]
    assert "2 sessions" in err

    _, out, _ = run(
        capsys, database_url, "sessions", "list", "--project", str(cafe), "--format", "csv"
    )
    rows = list(csv.reader(io.StringIO(out)))
    assert rows == [
        ["ID", "Date", "Time", "Title", "Kind", "Project", "Where", "Invited", "Attended"],
        [
            str(first),
            "2025-11-12",
            "10:00–11:30",
            "Planning workshop",
            "Workshop",
            "Carers' café",
            "Community centre",
            "0",
            "0",
        ],
    ]
    code, _, err = run(capsys, database_url, "sessions", "list", "--project", "99")
    assert code == 3 and "no project with the number 99" in err


def test_session_bad_input_is_explained(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    project = str(add_project(capsys, database_url, "--name", "Carers' café"))

    def add(*options: str) -> tuple[int, str, str]:
        return run(capsys, database_url, "sessions", "add", "--project", project, *options)

    err = refused(
        capsys,
        database_url,
        "sessions",
        "add",
        "--project",
        project,
        *SESSION_OPTIONS[:-1],
        "25:00",
        "--online",
    )
    assert "End time '25:00' is not a time" in err and "24-hour clock" in err
    err = refused(
        capsys, database_url, "sessions", "add", "--project", project, *SESSION_OPTIONS[:5],
        "31/11/2025", *SESSION_OPTIONS[6:], "--online",
    )  # fmt: skip
    assert "Date '31/11/2025' is not a real date" in err
    assert "meeting, workshop" in refused(
        capsys, database_url, "sessions", "add", "--project", project, "--title", "T",
        "--kind", "party", "--date", "2025-11-12", "--start", "10:00", "--end", "11:00",
        "--online",
    )  # fmt: skip

    code, out, err = add(*SESSION_OPTIONS[:-4], "--start", "12:00", "--end", "11:30", "--online")
    assert code == 2 and out == ""
    assert "End time (11:30) is not after the start time (12:00)" in err

    code, _, err = add(*SESSION_OPTIONS)
    assert code == 2 and "--place TEXT, or --online" in err

    code, _, err = run(
        capsys, database_url, "sessions", "add", "--project", "42", *SESSION_OPTIONS, "--online"
    )
    assert code == 3 and "no project with the number 42" in err
    code, _, err = run(capsys, database_url, "sessions", "list")
    assert "No sessions yet" in err


def test_invite_mark_and_register(capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    project = add_project(capsys, database_url, "--name", "Carers' café")
    meeting = str(add_session(capsys, database_url, project))
    amira = add_person(capsys, database_url, "Amira")
    bo = add_person(capsys, database_url, "Bo")
    code, out, err = run(
        capsys,
        database_url,
        "sessions",
        "invite",
        meeting,
        "--participant",
        str(amira),
        "--participant",
        str(bo),
    )
    assert code == 0, err
    assert "Invited 2 people to Planning workshop" in out
    _, out, _ = run(capsys, database_url, "sessions", "invite", meeting, "--participant", "1")
    assert "Invited 0 people" in out and "1 already on the register" in out

    code, out, err = run(
        capsys,
        database_url,
        "sessions",
        "mark",
        meeting,
        "--participant",
        str(amira),
        "--status",
        "attended",
        "--minutes",
        "60",
        "--prep-minutes",
        "30",
    )
    assert code == 0, err
    assert "Amira (number 1): attended, 60 minutes at the session and 30 preparing" in out
    code, _, err = run(
        capsys,
        database_url,
        "sessions",
        "mark",
        meeting,
        "--participant",
        str(bo),
        "--status",
        "did-not-attend",
    )
    assert code == 0, err

    code, out, err = run(capsys, database_url, "sessions", "register", meeting)
    assert code == 0
    lines = out.splitlines()
    assert "Planning workshop (Carers' café), 12 November 2025 10:00–11:30" in lines[0]
    assert lines[1].split()[:3] == ["ID", "Name", "Status"]
    assert lines[3].split() == ["1", "Amira", "Attended", "60", "30", "90"]
    assert lines[4].split() == ["2", "Bo", "Did", "not", "attend", "90", "0", "90"]
    assert "2 on the register, 1 attended" in err
    with writing(database_url) as session:
        line = sessions.register_line(session, int(meeting), bo)
    assert line.status is AttendanceStatus.DID_NOT_ATTEND

    _, out, _ = run(capsys, database_url, "sessions", "list", "--format", "csv")
    assert list(csv.reader(io.StringIO(out)))[1][-2:] == ["2", "1"]


def test_register_commands_refuse_bad_input(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    project = add_project(capsys, database_url, "--name", "Carers' café")
    meeting = str(add_session(capsys, database_url, project))
    add_person(capsys, database_url, "Amira")
    code, out, _ = run(capsys, database_url, "sessions", "register", meeting)
    assert code == 0 and "No one is on the register yet" in out

    code, _, err = run(capsys, database_url, "sessions", "invite", meeting, "--participant", "7")
    assert code == 3 and "no one with the number 7" in err
    code, _, err = run(capsys, database_url, "sessions", "invite", "9", "--participant", "1")
    assert code == 3 and "no session with the number 9" in err
    code, _, err = run(
        capsys, database_url, "sessions", "mark", meeting, "--participant", "1", "--status",
        "attended",
    )  # fmt: skip
    assert code == 3 and "not on the register of session" in err

    run(capsys, database_url, "sessions", "invite", meeting, "--participant", "1")
    assert "apologies" in refused(
        capsys, database_url, "sessions", "mark", meeting, "--participant", "1", "--status",
        "late",
    )  # fmt: skip
    assert "not a whole number of minutes" in refused(
        capsys, database_url, "sessions", "mark", meeting, "--participant", "1", "--status",
        "attended", "--minutes", "an hour",
    )  # fmt: skip
    code, _, err = run(
        capsys, database_url, "sessions", "mark", meeting, "--participant", "1", "--status",
        "attended", "--minutes", "2000",
    )  # fmt: skip
    assert code == 2 and "between 0 and 24 hours" in err
    assert "not a session number" in refused(capsys, database_url, "sessions", "register", "x")
