"""``coprod export records``: the records a funder asks for, as a workbook or CSV files."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.orm import Session

from coprod_desktop.cli import main
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import ConsentMethod
from tests.core.payment_fixtures import add_person, add_project, add_session, attended, paid_fee

SHEETS = [
    "Sessions",
    "Attendance",
    "Payments",
    "Actions",
    "Decisions",
    "You said we did",
    "Stories",
    "People",
]


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
    """Where the exports go (the database is in tmp_path itself)."""
    made = tmp_path / "exports"
    made.mkdir()
    return made


@pytest.fixture
def projects(database_url: str) -> tuple[int, int]:
    """Two projects, each with a session and a payment in April 2025; Amira agreed to be
    named, Bea did not."""
    with writing(database_url) as session:
        cafe = add_project(session, "Carers' café")
        youth = add_project(session, "Youth panel")
        amira = add_person(
            session,
            preferred_name="Amira",
            full_name="Amira Haddad",
            consent_named_in_documents=True,
            consent_date=date(2025, 1, 6),
            consent_method=ConsentMethod.SIGNED_FORM,
        )
        bea = add_person(session, preferred_name="Bea", full_name="Bea Unnamed")
        attended(session, add_session(session, cafe, date(2025, 4, 10)), amira)
        attended(session, add_session(session, youth, date(2025, 4, 11)), bea)
        paid_fee(session, amira, 2500, date(2025, 4, 10), project_id=cafe)
        paid_fee(session, bea, 1250, date(2025, 4, 11), project_id=youth)
    return cafe, youth


def test_a_workbook_for_a_period(
    capsys: pytest.CaptureFixture[str], database_url: str, projects: tuple[int, int], folder: Path
) -> None:
    out_file = folder / "records.xlsx"
    code, out, err = run(
        capsys,
        database_url,
        "export",
        "records",
        "--from",
        "2025-04-01",
        "--to",
        "30/04/2025",
        "--out",
        str(out_file),
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Records for all projects, 1 April 2025 to 30 April 2025: sessions 2, attendance 2, "
        "payments 2, actions 0, decisions 0, you said we did 0, stories 0, people 2.",
        f"Saved to {out_file}.",
        "People are shown by anonymised IDs (P0001 and so on); no names.",
    ]
    workbook = openpyxl.load_workbook(out_file)
    assert workbook.sheetnames == SHEETS
    amounts = [row[5].value for row in workbook["Payments"].iter_rows(min_row=2)]
    assert amounts == [25, 12.5]
    assert "Amira" not in str([[c.value for c in r] for r in workbook["People"].iter_rows()])


def test_csv_files_for_one_project_with_names(
    capsys: pytest.CaptureFixture[str], database_url: str, projects: tuple[int, int], folder: Path
) -> None:
    cafe, _ = projects
    code, out, err = run(
        capsys,
        database_url,
        "export",
        "records",
        "--from",
        "2025-04-01",
        "--to",
        "2025-04-30",
        "--project",
        str(cafe),
        "--include-names",
        "--out",
        str(folder / "cafe.csv"),
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Records for Carers' café, 1 April 2025 to 30 April 2025:")
    assert lines[1] == f"Saved as 8 CSV files, one for each kind of record, in {folder}:"
    assert lines[2:10] == [f"  cafe - {name}.csv" for name in SHEETS]
    assert lines[10] == (
        "Names included for 1 of 1 person (only those who agreed to be named); everyone else "
        "is shown by an anonymised ID."
    )
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"cafe - {n}.csv" for n in SHEETS)
    people = (folder / "cafe - People.csv").read_bytes()
    assert people.startswith(b"\xef\xbb\xbf")
    assert people.decode("utf-8-sig").splitlines() == [
        "Person ID,Roles,Name,Full name",
        "P0001,Person with lived experience,Amira,Amira Haddad",
    ]
    payments = (folder / "cafe - Payments.csv").read_text(encoding="utf-8-sig").splitlines()
    assert payments[1] == ("2025-04-10,P0001,Carers' café,Fee for time,Panel interview,25.00,Paid,")


@pytest.mark.parametrize(
    ("args", "message", "exit_code"),
    [
        (["--from", "2025-05-01", "--to", "2025-04-01"], "before it starts", 2),
        (["--from", "2025-04-01", "--to", "2025-04-30", "--project", "99"], "no project", 3),
    ],
)
def test_mistakes_are_explained_and_nothing_is_saved(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    projects: tuple[int, int],
    folder: Path,
    args: list[str],
    message: str,
    exit_code: int,
) -> None:
    code, out, err = run(
        capsys, database_url, "export", "records", *args, "--out", str(folder / "records.xlsx")
    )
    assert code == exit_code
    assert message in err and "Nothing was saved." in err
    assert out == ""
    assert list(folder.iterdir()) == []


def test_a_date_that_is_not_a_date_is_refused_by_argparse(
    capsys: pytest.CaptureFixture[str], database_url: str, folder: Path
) -> None:
    out_file = str(folder / "records.xlsx")
    with pytest.raises(SystemExit) as raised:
        main(["--db", database_url, "export", "records", "--from", "1 April", "--to",
              "2025-04-30", "--out", out_file])  # fmt: skip
    assert raised.value.code == 2
    assert "From date" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("name", ["records.ods", "records"])
def test_a_file_that_is_neither_xlsx_nor_csv_is_refused(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    projects: tuple[int, int],
    folder: Path,
    name: str,
) -> None:
    code, _, err = run(
        capsys,
        database_url,
        "export",
        "records",
        "--from",
        "2025-04-01",
        "--to",
        "2025-04-30",
        "--out",
        str(folder / name),
    )
    assert code == 2
    assert "does not end in .xlsx or .csv" in err
    assert list(folder.iterdir()) == []


def test_a_folder_that_is_not_there(
    capsys: pytest.CaptureFixture[str], database_url: str, projects: tuple[int, int], folder: Path
) -> None:
    code, _, err = run(
        capsys,
        database_url,
        "export",
        "records",
        "--from",
        "2025-04-01",
        "--to",
        "2025-04-30",
        "--out",
        str(folder / "missing" / "records.xlsx"),
    )
    assert code == 2
    assert "the folder" in err and "does not exist" in err
