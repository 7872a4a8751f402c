"""``coprod development list|add`` and ``coprod report difference``."""

from __future__ import annotations

import csv
import io
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
from coprod_desktop.services import development, participants
from coprod_desktop.services.dates import today_here
from coprod_desktop.services.development import DevelopmentData
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import AccessNeed, DevelopmentKind, Status
from tests.core.payment_fixtures import add_person, add_project, add_session, attended
from tests.core.pdf_checks import chars, headings, pdf_text


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    """The exit code and what was printed; argparse's own refusals exit with 2 too."""
    try:
        code = main(["--db", url, *args])
    except SystemExit as stopped:
        code = int(str(stopped.code))
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
    """Where the letters go (the database is in tmp_path itself)."""
    made = tmp_path / "letters"
    made.mkdir()
    return made


@pytest.fixture
def people(database_url: str) -> dict[str, int]:
    """Amira (large print) came to a 90-minute workshop of the café 10 days ago, and has two
    entries in her log; Oliver has left; the café is project 1."""
    today = today_here()
    with writing(database_url) as session:
        cafe = add_project(session, "Carers' café")
        amira = add_person(session, access_needs=frozenset({AccessNeed.LARGE_PRINT}))
        oliver = add_person(session, preferred_name="Oliver")
        participants.set_status(session, oliver, Status.LEFT)
        workshop = add_session(session, cafe, today - timedelta(days=10))
        attended(session, workshop, amira)
        for day, kind, what in (
            (today - timedelta(days=30), DevelopmentKind.TRAINING, "Safeguarding training"),
            (today - timedelta(days=5), DevelopmentKind.SKILL, "=Public speaking"),
        ):
            development.add_entry(session, DevelopmentData(amira, kind, day, what), today)
    return {"amira": amira, "oliver": oliver, "cafe": cafe}


# --- coprod development ----------------------------------------------------------------------
def test_the_log_is_listed_newest_first(
    capsys: pytest.CaptureFixture[str], database_url: str, people: dict[str, int]
) -> None:
    code, out, err = run(
        capsys, database_url, "development", "list", "--participant", str(people["amira"])
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "Date", "Kind", "What", "Project"]
    assert "=Public speaking" in lines[2] and "Skill gained" in lines[2]
    assert "Safeguarding training" in lines[3] and "Training attended" in lines[3]
    assert err.strip() == "Amira: 2 entries, newest first"


def test_the_log_as_csv_is_safe_for_spreadsheets(
    capsys: pytest.CaptureFixture[str], database_url: str, people: dict[str, int]
) -> None:
    code, out, err = run(
        capsys,
        database_url,
        "development",
        "list",
        "--participant",
        str(people["amira"]),
        "--format",
        "csv",
    )
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["What"] for row in rows] == ["'=Public speaking", "Safeguarding training"]
    assert rows[0]["Date"] == (today_here() - timedelta(days=5)).isoformat()
    assert rows[0]["Kind"] == "Skill gained"


def test_an_empty_log_and_nobody_with_that_number(
    capsys: pytest.CaptureFixture[str], database_url: str, people: dict[str, int]
) -> None:
    code, out, err = run(
        capsys, database_url, "development", "list", "--participant", str(people["oliver"])
    )
    assert (code, out) == (0, "")
    assert err.strip() == "Oliver's development log is empty."
    code, _, err = run(capsys, database_url, "development", "list", "--participant", "99")
    assert code == 3
    assert "no one with the number 99" in err


def test_an_entry_is_added(
    capsys: pytest.CaptureFixture[str], database_url: str, people: dict[str, int]
) -> None:
    code, out, err = run(
        capsys,
        database_url,
        "development",
        "add",
        "--participant",
        str(people["oliver"]),  # has left: still his log
        "--kind",
        "role",
        "--what",
        "Sat on the interview panel",
        "--on",
        "02/06/2025",
        "--details",
        "For the peer support lead",
        "--project",
        str(people["cafe"]),
    )
    assert code == 0, err
    with writing(database_url) as session:
        [record] = development.list_entries(session, people["oliver"])
    assert record.data == DevelopmentData(
        people["oliver"],
        DevelopmentKind.ROLE,
        date(2025, 6, 2),
        "Sat on the interview panel",
        "For the peer support lead",
        people["cafe"],
    )
    assert out.strip() == (
        f"Added entry {record.id} to Oliver's development log: Role taken on, 2 June 2025: "
        "Sat on the interview panel."
    )
    # Without --on, the entry is for today.
    code, _, err = run(
        capsys,
        database_url,
        "development",
        "add",
        "--participant",
        str(people["amira"]),
        "--kind",
        "Skill gained",
        "--what",
        "Reading a budget",
    )
    assert code == 0, err
    with writing(database_url) as session:
        newest = development.list_entries(session, people["amira"])[0]
    assert newest.data.happened_on == today_here()
    assert newest.data.kind is DevelopmentKind.SKILL


def test_a_bad_entry_is_refused_and_nothing_saved(
    capsys: pytest.CaptureFixture[str], database_url: str, people: dict[str, int]
) -> None:
    tomorrow = (today_here() + timedelta(days=1)).isoformat()
    code, _, err = run(
        capsys,
        database_url,
        "development",
        "add",
        "--participant",
        str(people["amira"]),
        "--kind",
        "skill",
        "--what",
        " ",
        "--on",
        tomorrow,
        "--project",
        "42",
    )
    assert code == 2
    assert "Nothing was saved. Please fix 3 things:" in err
    assert "What is empty." in err and "is after today" in err and "no project" in err
    code, _, err = run(
        capsys,
        database_url,
        "development",
        "add",
        "--participant",
        "1",
        "--kind",
        "hobby",
        "--what",
        "x",
    )
    assert code == 2
    assert "'hobby' is not one of: skill, training, role, reference" in err
    with writing(database_url) as session:
        assert len(development.list_entries(session, people["amira"])) == 2


# --- coprod report difference ------------------------------------------------------------------
def period() -> list[str]:
    today = today_here()
    return ["--from", (today - timedelta(days=365)).isoformat(), "--to", today.isoformat()]


def test_the_letter_as_pdf_in_large_print_for_someone_who_asked(
    capsys: pytest.CaptureFixture[str], database_url: str, people: dict[str, int], folder: Path
) -> None:
    target = folder / "amira.pdf"
    code, out, err = run(
        capsys,
        database_url,
        "report",
        "difference",
        "--participant",
        str(people["amira"]),
        *period(),
        "--out",
        str(target),
        "--organisation",
        "Riverside Network",
    )
    assert code == 0, err
    assert out.strip().startswith("Saved the letter for Amira (")
    assert out.strip().endswith(
        f": 1 session, 1 hour 30 minutes, 0 decisions) in 18-point text to {target}."
    )
    with pikepdf.open(target) as pdf:
        assert str(pdf.docinfo.Title) == "The difference you made: Amira"
        assert str(pdf.Root.Lang) == "en-GB"
    text = pdf_text(target)
    assert "Dear Amira," in text and "From: Riverside Network" in text
    assert "Your time in all 1 hour 30 minutes" in text
    assert "=Public speaking" in text and "Safeguarding training" in text
    assert min(c["size"] for c in chars(target)) >= 18 - 0.01  # her large print
    assert [p.name for p in folder.iterdir()] == ["amira.pdf"]


def test_the_letter_as_word_at_the_size_asked_for(
    capsys: pytest.CaptureFixture[str], database_url: str, people: dict[str, int], folder: Path
) -> None:
    target = folder / "amira.DOCX"
    code, out, err = run(
        capsys,
        database_url,
        "report",
        "difference",
        "--participant",
        str(people["amira"]),
        *period(),
        "--out",
        str(target),
        "--font-size",
        "24",
    )
    assert code == 0, err
    assert "in 24-point text" in out
    document = docx.Document(str(target))
    assert document.styles["Normal"].font.size == Pt(24)
    assert headings(document, "Heading 1") == ["The difference you made"]


@pytest.mark.parametrize(
    ("options", "code", "message"),
    [
        (["--out", "letter.txt"], 2, "'letter.txt' ends in .txt. Name the letter's file ending"),
        (["--out", "letter.pdf", "--font-size", "12"], 2, "too small for large print"),
        (["--out", "letter.pdf", "--font-size", "big"], 2, "not a whole number of points"),
    ],
)
def test_bad_options_save_nothing(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    people: dict[str, int],
    folder: Path,
    options: list[str],
    code: int,
    message: str,
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        got, _, err = run(
            capsys,
            database_url,
            "report",
            "difference",
            "--participant",
            str(people["amira"]),
            *period(),
            *options,
        )
    assert got == code
    assert message in err
    assert list(folder.iterdir()) == []


def test_a_period_backwards_or_nobody_there(
    capsys: pytest.CaptureFixture[str], database_url: str, people: dict[str, int], folder: Path
) -> None:
    target = folder / "letter.pdf"
    code, _, err = run(
        capsys,
        database_url,
        "report",
        "difference",
        "--participant",
        str(people["amira"]),
        "--from",
        "2025-06-01",
        "--to",
        "2025-05-01",
        "--out",
        str(target),
    )
    assert code == 2
    assert "To (1 May 2025) is before From (1 June 2025)." in err
    code, _, err = run(
        capsys,
        database_url,
        "report",
        "difference",
        "--participant",
        "99",
        *period(),
        "--out",
        str(target),
    )
    assert code == 3
    assert "no one with the number 99" in err
    assert list(folder.iterdir()) == []
