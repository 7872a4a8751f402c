"""The representation report printed and exported: a tagged large-print PDF, CSV and XLSX made
from the suppressed table only (no count from 1 to 4 anywhere, read back with pdftotext, csv
and openpyxl), and ``coprod report diversity`` writing each format and refusing bad input."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pdfplumber
import pikepdf
import pytest
from sqlalchemy.orm import Session

from coprod_desktop.cli import main
from coprod_desktop.exports.diversity_export import (
    HEADER,
    ExportFileError,
    write_diversity_export,
)
from coprod_desktop.reports.charts import bar_chart, paired_bar_chart
from coprod_desktop.reports.diversity_pdf import write_diversity_pdf
from coprod_desktop.services.reference_data import built_in_reference
from coprod_desktop.services.representation import (
    FEWER_THAN_5,
    SuppressedReport,
    representation_report,
    suppressed,
)
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import MonitoringForm
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import MonitoringMethod
from tests.core.payment_fixtures import add_person, add_project, add_session, attended

FIRST, LAST = date(2025, 4, 1), date(2026, 3, 31)
SMALL = re.compile(r"(?<![\d.,])[1-4](?![\d.,%])")


def fill(session: Session) -> int:
    """40 people at one project: 12 women and 28 men, a few small groups."""
    project = add_project(session, "Carers' café")
    meeting = add_session(session, project, date(2025, 6, 1))
    groups = (
        [("female", "white_british", "none")] * 10
        + [("female", "indian", "hindu")] * 2  # 2: fewer than 5
        + [("male", "white_british", "christian")] * 20
        + [("male", "pakistani", "muslim")] * 5
        + [("male", "african", "christian")] * 3  # 3: fewer than 5
    )
    for index, (sex, ethnic, religion) in enumerate(groups):
        person = add_person(session, preferred_name=f"Person {index}")
        attended(session, meeting, person)
        session.add(
            MonitoringForm(
                participant_id=person,
                collected_on=date(2025, 5, 1),
                method=MonitoringMethod.ONLINE,
                sex=sex,
                ethnic_group=ethnic,
                religion=religion,
                carer="yes" if index % 2 else "no",
                disability="yes_a_lot" if index % 5 == 0 else "no_condition",
            )
        )
    session.flush()
    return project


@pytest.fixture
def shown(database: Database) -> SuppressedReport:
    with database.transaction() as session:
        project = fill(session)
    with database.reading() as session:
        report = representation_report(session, FIRST, LAST, built_in_reference(), project)
    return suppressed(report)


@pytest.fixture
def pdf(shown: SuppressedReport, tmp_path: Path) -> Path:
    path = tmp_path / "diversity.pdf"
    write_diversity_pdf(shown, path, font_size=16, made_on=date(2026, 4, 20))
    return path


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed, so the text cannot be read back")
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def elements(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    def walk(node: object) -> Iterator[pikepdf.Dictionary]:
        if not isinstance(node, pikepdf.Dictionary):
            return
        if "/S" in node:
            yield node
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            yield from walk(kid)

    yield from walk(pdf.Root.StructTreeRoot)


def small_counts_in(text: str) -> list[str]:
    """Lone numbers 1 to 4 in a line, other than in dates, percentages, ratios, page numbers
    and the fixed wording ("from 1 to 4", "fewer than 5")."""
    found = []
    for line in text.splitlines():
        if re.search(r"Page \d+ of \d+|from 1 to 4|TS0\d\d|\d{4}", line):
            continue
        found += SMALL.findall(line)
    return found


# --- PDF ----------------------------------------------------------------------------------


def test_the_pdf_is_tagged_in_english_with_headings_tables_and_a_described_chart(
    pdf: Path, shown: SuppressedReport, tmp_path: Path
) -> None:
    with pikepdf.open(pdf) as document:
        assert "/StructTreeRoot" in document.Root
        assert str(document.Root.Lang) == "en-GB"
        assert str(document.docinfo.Title) == "Diversity report: Carers' café"
        tags = [str(e.S) for e in elements(document)]
        assert tags.count("/H1") == 1
        assert tags.count("/H2") >= len(shown.tables)
        figures = [e for e in elements(document) if str(e.S) == "/Figure"]
        alts = " ".join(str(f.Alt) for f in figures)
    assert "Sex: share who took part and share expected: Female: took part 30.0%, " in alts
    assert "expected 51.0%" in alts or "expected 51" in alts
    assert "fewer than 5" in alts  # the suppressed group's figure, in words
    small = tmp_path / "small.pdf"
    write_diversity_pdf(shown, small, font_size=14, made_on=date(2026, 4, 20))
    with pikepdf.open(small) as document:
        tags = [str(e.S) for e in elements(document)]
    assert "/Table" in tags and tags.count("/TH") >= 6 * len(shown.tables)


def test_no_text_is_smaller_than_asked_and_it_names_categories_and_ratios(pdf: Path) -> None:
    with pdfplumber.open(pdf) as document:
        sizes = [c["size"] for page in document.pages for c in page.chars if c["text"].strip()]
    assert min(sizes) >= 16 - 0.01
    text = pdf_text(pdf)
    for words in ("Female", "Male", "English, Welsh, Scottish", "Under-represented",
                  "0.59", "fewer than 5", "Prefer not to say", "England and Wales, Census 2021",
                  "80%"):  # fmt: skip
        assert words in " ".join(text.split()), words
    assert small_counts_in(text) == []


# --- CSV and XLSX -------------------------------------------------------------------------


def test_csv_and_xlsx_come_from_the_suppressed_table(
    shown: SuppressedReport, tmp_path: Path
) -> None:
    csv_path, xlsx_path = tmp_path / "d.csv", tmp_path / "d.xlsx"
    count = write_diversity_export(shown, csv_path)
    assert write_diversity_export(shown, xlsx_path) == count
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(table[0]) == HEADER
    people = [row[2] for row in table[1:]]
    assert FEWER_THAN_5 in people
    assert not any(p in ("1", "2", "3", "4") for p in people)
    women = next(r for r in table if r[0] == "Sex" and r[1] == "Female")
    assert women[2:] == ["12", "30.0", "51.0", "0.59", "Under-represented"]
    # Every share says exactly what the PDF and the screen say (no second rounding).
    printed = {
        (t.heading, r.label): (r.share_text.removesuffix("%"), r.expected_text.removesuffix("%"))
        for t in shown.tables
        for r in t.rows
    }
    for row in table[1:]:
        if (row[0], row[1]) in printed:
            assert (row[3], row[4]) == printed[(row[0], row[1])], row
    book = openpyxl.load_workbook(xlsx_path)
    sheet = book["Representation"]
    assert sheet.freeze_panes == "A2"
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert len(values) == count
    for row in values:
        assert not (isinstance(row[2], int) and 1 <= row[2] <= 4), row
    women_x = next(r for r in values if r[0] == "Sex" and r[1] == "Female")
    assert women_x[2] == 12 and isinstance(women_x[2], int)
    assert abs(float(women_x[3]) - 0.3) < 1e-9 and abs(float(women_x[5]) - 0.59) < 1e-9
    assert sheet.column_dimensions["B"].width > 10
    with pytest.raises(ExportFileError):
        write_diversity_export(shown, tmp_path / "d.txt")


# --- charts -------------------------------------------------------------------------------


def test_the_paired_chart_writes_every_figure_and_leaves_bar_chart_alone() -> None:
    drawing = paired_bar_chart(
        "Sex", ["Female", "Male"], [3000, None], [5100, 4900],
        first_texts=["30.0%", "not shown"], second_texts=["51.0%", "49.0%"],
        font_size=16,
    )  # fmt: skip
    assert drawing.alt_text == (
        "Sex: Female: took part 30.0%, expected 51.0%; Male: took part not shown, expected 49.0%."
    )
    assert bar_chart("Money", ["A"], [100]).alt_text == "Money: A £1.00."
    with pytest.raises(ValueError):
        paired_bar_chart("x", ["a"], [1, 2], [1], first_texts=["1"], second_texts=["1"])


# --- the command line ---------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--db", url, *args])
    except SystemExit as stop:  # argparse refusing an option's value
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_project(database_url: str) -> int:
    database = open_database(database_url).database
    try:
        with database.transaction() as session:
            return fill(session)
    finally:
        database.close()


@pytest.mark.parametrize("suffix", [".pdf", ".csv", ".xlsx"])
def test_the_command_writes_each_format(
    capsys: pytest.CaptureFixture[str], database_url: str, cli_project: int, tmp_path: Path,
    suffix: str,
) -> None:  # fmt: skip
    out_file = tmp_path / f"diversity{suffix}"
    code, out, err = run(
        capsys, database_url, "report", "diversity", "--from", "2025-04-01", "--to",
        "31/03/2026", "--project", str(cli_project), "--reference", "builtin",
        "--threshold", "80", "--out", str(out_file),
    )  # fmt: skip
    assert code == 0, err
    assert out_file.exists() and out_file.stat().st_size > 0
    assert "Saved the diversity report for Carers' café (40 people" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--from", "2025-13-01", "--to", "2026-03-31"], "not a real date"),
        (["--from", "soon", "--to", "2026-03-31"], "not a date"),
        (["--from", "2026-03-31", "--to", "2025-04-01"], "ends"),
        (["--from", "2025-04-01", "--to", "2026-03-31", "--project", "999"], "no project"),
        (["--from", "2025-04-01", "--to", "2026-03-31", "--reference", "Mars"], "no reference"),
        (["--from", "2025-04-01", "--to", "2026-03-31", "--threshold", "150"], "1 to 100"),
    ],
)
def test_the_command_refuses_bad_input_in_plain_english(
    capsys: pytest.CaptureFixture[str], database_url: str, cli_project: int, tmp_path: Path,
    args: list[str], words: str,
) -> None:  # fmt: skip
    out_file = tmp_path / "d.pdf"
    code, _out, err = run(
        capsys, database_url, "report", "diversity", *args, "--out", str(out_file)
    )
    assert code != 0
    assert words in err
    assert not out_file.exists()


def test_the_command_refuses_a_file_ending_it_cannot_write(
    capsys: pytest.CaptureFixture[str], database_url: str, cli_project: int, tmp_path: Path
) -> None:
    code, _out, err = run(
        capsys, database_url, "report", "diversity", "--from", "2025-04-01", "--to",
        "2026-03-31", "--out", str(tmp_path / "d.docx"),
    )  # fmt: skip
    assert code != 0 and "ends in .docx" in err and ".xlsx" in err
