"""``coprod report funder``: the funder report for a period saved as a tagged PDF, and plain
refusals for what it cannot do."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from sqlalchemy.orm import Session

from coprod_desktop.cli import main
from coprod_desktop.storage.opening import open_database
from tests.core.payment_fixtures import add_person, add_project, add_session, attended, paid_fee


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
    made = tmp_path / "documents"
    made.mkdir()
    return made


@pytest.fixture
def projects(database_url: str) -> tuple[int, int]:
    """Two projects: the café with a workshop of three and a fee, the panel with nothing."""
    with writing(database_url) as session:
        cafe = add_project(session, "Carers' café", budget_pence=100_000)
        panel = add_project(session, "Youth panel")
        people = [add_person(session, preferred_name=f"Person {n}") for n in range(3)]
        workshop = add_session(session, cafe, date(2025, 6, 1))  # 90 minutes each
        attended(session, workshop, *people)
        paid_fee(session, people[0], 3750, date(2025, 6, 1), project_id=cafe)
    return cafe, panel


def test_the_report_for_all_projects_is_saved(
    capsys: pytest.CaptureFixture[str], database_url: str, projects: tuple[int, int], folder: Path
) -> None:
    out = folder / "funder.pdf"
    code, said, err = run(
        capsys, database_url, "report", "funder", "--from", "2025-04-01", "--to", "31/03/2026",
        "--out", str(out), "--organisation", "Riverside Network",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert said == (
        "Saved the funder report for All projects, 1 April 2025 to 31 March 2026 (1 session, "
        f"3 people, 4 hours 30 minutes) to {out}.\n"
    )
    with pikepdf.open(out) as pdf:
        assert (
            str(pdf.docinfo.Title) == "Funder report: All projects, 1 April 2025 to 31 March 2026"
        )
        assert str(pdf.docinfo.Author) == "Riverside Network"
        assert str(pdf.Root.Lang) == "en-GB"
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    text = " ".join(text.split())
    assert "Fees for time 1 £37.50" in text
    assert "Person 0" not in text  # nobody is named
    with pdfplumber.open(out) as pdf:
        assert min(c["size"] for p in pdf.pages for c in p.chars if c["text"].strip()) >= 15.99
    assert [p.name for p in folder.iterdir()] == ["funder.pdf"]


def test_one_project_in_a_bigger_text_size(
    capsys: pytest.CaptureFixture[str], database_url: str, projects: tuple[int, int], folder: Path
) -> None:
    cafe, _panel = projects
    out = folder / "cafe.pdf"
    code, said, _err = run(
        capsys, database_url, "report", "funder", "--from", "2025-04-01", "--to", "2026-03-31",
        "--project", str(cafe), "--out", str(out), "--font-size", "20",
    )  # fmt: skip
    assert code == 0
    assert said.startswith("Saved the funder report for Carers' café, 1 April 2025 to 31 March")
    with pdfplumber.open(out) as pdf:
        assert min(c["size"] for p in pdf.pages for c in p.chars if c["text"].strip()) >= 19.99


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "2025-03-31", "--out", "{folder}/f.pdf"], "before it starts"),
        (["--to", "2026-03-31", "--out", "{folder}/f.docx"], "ends in .docx"),
        (["--to", "2026-03-31", "--out", "{folder}/f.pdf", "--font-size", "12"], "too small"),
        (["--to", "2026-03-31", "--out", "{folder}/f.pdf", "--project", "99"], "number 99"),
    ],
)
def test_what_it_refuses_saves_nothing(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    projects: tuple[int, int],
    folder: Path,
    args: list[str],
    message: str,
) -> None:
    given = [a.format(folder=folder) for a in args]
    code, out, err = run(capsys, database_url, "report", "funder", "--from", "2025-04-01", *given)
    assert code in (2, 3)
    assert out == ""
    assert message in err
    assert list(folder.iterdir()) == []


def test_a_date_it_cannot_read_is_refused(
    capsys: pytest.CaptureFixture[str], database_url: str, folder: Path
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--db", database_url, "report", "funder", "--from", "April", "--to", "2026-03-31",
              "--out", str(folder / "f.pdf")])  # fmt: skip
    assert stopped.value.code == 2
    assert "From date" in capsys.readouterr().err
