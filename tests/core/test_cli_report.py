"""``coprod report action-plan``: the plan saved as PDF or DOCX, chosen by the file's ending."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import docx
import pikepdf
import pytest
from docx.shared import Pt
from sqlalchemy.orm import Session

from coprod_desktop.cli import main
from coprod_desktop.services import actions, goals
from coprod_desktop.services.actions import ActionData, Owner
from coprod_desktop.services.dates import today_here
from coprod_desktop.services.goals import GoalData
from coprod_desktop.storage.opening import open_database
from tests.core.payment_fixtures import add_person, add_project


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


@contextmanager
def writing(url: str) -> Iterator[Session]:
    database = open_database(url).database
    try:
        with database.transaction() as session:
            yield session
    finally:
        database.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the documents go (the database is in tmp_path itself)."""
    made = tmp_path / "documents"
    made.mkdir()
    return made


@pytest.fixture
def project(database_url: str) -> int:
    """A project with one goal and two actions, one of them overdue (by the real clock, which
    the command uses)."""
    today = today_here()
    with writing(database_url) as session:
        project_id = add_project(session, "Carers' café")
        amira = add_person(session, preferred_name="Amira")
        goal = goals.add_goal(session, GoalData(project_id=project_id, title="Carers feel welcome"))
        actions.add_action(
            session,
            ActionData(
                project_id=project_id,
                what="Book the room",
                owners=(Owner(participant_id=amira),),
                due_on=today - timedelta(days=3),
                goal_id=goal,
            ),
            today,
        )
        actions.add_action(
            session,
            ActionData(
                project_id=project_id,
                what="Print the cards",
                owners=(Owner(staff_name="Priya"),),
                due_on=date(2099, 1, 1),
            ),
            today,
        )
    return project_id


def test_saves_the_plan_as_a_pdf(
    capsys: pytest.CaptureFixture[str], database_url: str, project: int, folder: Path
) -> None:
    out_path = folder / "plan.pdf"
    code, out, err = run(
        capsys, database_url, "report", "action-plan", "--project", str(project),
        "--out", str(out_path),
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == f"Saved the action plan for Carers' café (2 actions) to {out_path}."
    with pikepdf.open(out_path) as pdf:
        assert str(pdf.docinfo.Title) == "Action plan: Carers' café"
        assert str(pdf.Root.Lang) == "en-GB"


def test_saves_the_plan_as_a_docx_at_the_size_asked_for(
    capsys: pytest.CaptureFixture[str], database_url: str, project: int, folder: Path
) -> None:
    out_path = folder / "Plan.DOCX"  # the ending in any case
    code, out, err = run(
        capsys, database_url, "report", "action-plan", "--project", str(project),
        "--out", str(out_path), "--font-size", "20",
    )  # fmt: skip
    assert code == 0, err
    assert "(2 actions)" in out
    document = docx.Document(str(out_path))
    assert document.core_properties.title == "Action plan: Carers' café"
    assert document.styles["Normal"].font.size == Pt(20)
    text = " ".join(p.text for p in document.paragraphs)
    assert "Book the room" in text and "Overdue: " in text and "3 days ago" in text
    assert "Print the cards" in text and "Priya (staff)" in text


def test_refuses_other_file_endings(
    capsys: pytest.CaptureFixture[str], database_url: str, project: int, folder: Path
) -> None:
    for name in ("plan.odt", "plan"):
        code, out, err = run(
            capsys, database_url, "report", "action-plan", "--project", str(project),
            "--out", str(folder / name),
        )  # fmt: skip
        assert code == 2
        assert out == ""
        assert f"'{name}'" in err and ".pdf" in err and ".docx" in err
        assert "Nothing was saved." in err
    assert list(folder.iterdir()) == []


def test_no_such_project(
    capsys: pytest.CaptureFixture[str], database_url: str, project: int, folder: Path
) -> None:
    code, out, err = run(
        capsys, database_url, "report", "action-plan", "--project", "99",
        "--out", str(folder / "plan.pdf"),
    )  # fmt: skip
    assert code == 3
    assert out == ""
    assert "There is no project with the number 99." in err
    assert list(folder.iterdir()) == []


def test_a_text_size_out_of_range_saves_nothing(
    capsys: pytest.CaptureFixture[str], database_url: str, project: int, folder: Path
) -> None:
    for suffix in ("pdf", "docx"):
        code, _, err = run(
            capsys, database_url, "report", "action-plan", "--project", str(project),
            "--out", str(folder / f"plan.{suffix}"), "--font-size", "12",
        )  # fmt: skip
        assert code == 2
        assert "too small for large print" in err and "Nothing was saved." in err
    assert list(folder.iterdir()) == []


def test_a_missing_folder_is_explained(
    capsys: pytest.CaptureFixture[str], database_url: str, project: int, folder: Path
) -> None:
    code, _, err = run(
        capsys, database_url, "report", "action-plan", "--project", str(project),
        "--out", str(folder / "nowhere" / "plan.docx"),
    )  # fmt: skip
    assert code == 2
    assert "does not exist" in err


def test_report_needs_a_kind_of_report(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", database_url, "report"])
    assert exit_info.value.code == 2
    assert "REPORT" in capsys.readouterr().err


def test_report_help_lists_the_action_plan(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--help"])
    assert exit_info.value.code == 0
    assert "action-plan" in capsys.readouterr().out
