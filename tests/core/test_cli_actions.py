"""``coprod actions list`` and ``coprod actions set-status``."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest

from coprod_desktop.cli import main
from coprod_desktop.services import actions, participants
from coprod_desktop.services.actions import ActionData, Owner
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import ActionStatus, Status
from tests.core.payment_fixtures import add_person, add_project

TODAY = date.today()


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plan(database_url: str) -> dict[str, int]:
    """Two projects; an overdue action owned by someone who then left, one due later, one done,
    and one in the other project with a formula-like text."""
    database = open_database(database_url).database
    try:
        with database.transaction() as session:
            cafe = add_project(session)
            panel = add_project(session, "Youth panel")
            amira = add_person(session, preferred_name="Amira")
            sam = add_person(session, preferred_name="Sam")

            def add(project: int, what: str, owner: Owner, due: date | None, **more: object) -> int:
                data = ActionData(project_id=project, what=what, owners=(owner,), due_on=due)
                for key, value in more.items():
                    data = ActionData(**{**vars(data), key: value})
                return actions.add_action(session, data, TODAY)

            ids = {
                "late": add(cafe, "Book the room", Owner(sam), TODAY - timedelta(days=3)),
                "later": add(cafe, "Print menus", Owner(amira), TODAY + timedelta(days=10)),
                "done": add(cafe, "Ask carers", Owner(amira), TODAY, status=ActionStatus.DONE),
                "panel": add(panel, "=1+1 sums", Owner(staff_name="Priya"), None),
                "amira": amira,
                "cafe": cafe,
            }
            participants.set_status(session, sam, Status.LEFT)
    finally:
        database.close()
    return ids


def test_open_actions_soonest_first_with_overdue_and_leavers_in_words(
    capsys: pytest.CaptureFixture[str], database_url: str, plan: dict[str, int]
) -> None:
    code, out, err = run(capsys, database_url, "actions", "list")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "What", "Who", "Due", "Status", "Project", "Goal"]
    body = lines[2:]
    assert [int(line.split()[0]) for line in body] == [plan["late"], plan["later"], plan["panel"]]
    assert "Needs a new owner: Sam (has left)" in body[0]
    assert "overdue by 3 days" in body[0]
    assert err.strip() == "3 actions, 1 overdue, 1 needing a new owner"


def test_filters(
    capsys: pytest.CaptureFixture[str], database_url: str, plan: dict[str, int]
) -> None:
    def ids(*options: str) -> list[int]:
        code, out, err = run(capsys, database_url, "actions", "list", "--format", "csv", *options)
        assert code == 0, err
        return [int(row["ID"]) for row in csv.DictReader(io.StringIO(out))]

    assert ids("--overdue") == [plan["late"]]
    assert ids("--owner", str(plan["amira"])) == [plan["later"]]
    assert ids("--owner", str(plan["amira"]), "--all") == [plan["later"], plan["done"]]
    assert ids("--project", str(plan["cafe"])) == [plan["late"], plan["later"]]


def test_csv_has_dates_flags_and_safe_text(
    capsys: pytest.CaptureFixture[str], database_url: str, plan: dict[str, int]
) -> None:
    code, out, _ = run(capsys, database_url, "actions", "list", "--format", "csv")
    assert code == 0
    rows = {int(r["ID"]): r for r in csv.DictReader(io.StringIO(out))}
    late = rows[plan["late"]]
    assert late["Due"] == (TODAY - timedelta(days=3)).isoformat()
    assert (late["Overdue"], late["Days overdue"], late["Needs a new owner"]) == ("Yes", "3", "Yes")
    assert rows[plan["panel"]]["What"] == "'=1+1 sums"  # never a formula in a spreadsheet
    assert rows[plan["panel"]]["Who"] == "Priya (staff)"


def test_unknown_numbers_are_said_plainly(
    capsys: pytest.CaptureFixture[str], database_url: str, plan: dict[str, int]
) -> None:
    code, _, err = run(capsys, database_url, "actions", "list", "--project", "99")
    assert code != 0 and "There is no project with the number 99." in err
    code, _, err = run(capsys, database_url, "actions", "list", "--owner", "99")
    assert code != 0 and "99" in err


def test_set_status_and_dropping_needs_a_reason(
    capsys: pytest.CaptureFixture[str], database_url: str, plan: dict[str, int]
) -> None:
    action = str(plan["later"])
    code, _, err = run(capsys, database_url, "actions", "set-status", action, "dropped")
    assert code != 0 and "Why it was dropped is empty" in err
    code, out, err = run(
        capsys, database_url, "actions", "set-status", action, "dropped", "--reason", "No printer"
    )
    assert code == 0, err
    assert out.strip() == f"Action {action} (Print menus): Dropped: No printer."
    code, out, _ = run(capsys, database_url, "actions", "set-status", action, "in-progress")
    assert code == 0 and out.strip().endswith("In progress.")


def test_a_member_of_staffs_actions_by_name(
    capsys: pytest.CaptureFixture[str], database_url: str, plan: dict[str, int]
) -> None:
    code, out, err = run(
        capsys, database_url, "actions", "list", "--staff", "priya (staff)", "--format", "csv"
    )
    assert code == 0, err
    assert [int(r["ID"]) for r in csv.DictReader(io.StringIO(out))] == [plan["panel"]]
    code, _, err = run(capsys, database_url, "actions", "list", "--staff", "Nobody")
    assert code == 3
    assert "No member of staff called 'Nobody' owns an action. Staff who do: Priya." in err
