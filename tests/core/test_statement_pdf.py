"""The tax-year payment statement as a large-print, tagged PDF, read back as a reader would."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest

from coprod_desktop.reports import document
from coprod_desktop.reports.document import PAGE_WIDTH_PT, PageLayout
from coprod_desktop.reports.statement_pdf import (
    monthly_totals,
    payment_row,
    statement_title,
    write_statement_pdf,
)
from coprod_desktop.services.statements import Statement, StatementLine
from coprod_desktop.tax_year import TaxYear
from coprod_desktop.vocabulary import PaymentKind, PaymentStatus
from tests.core.pdf_checks import chars, elements

DESCRIPTION = 'Panel for the <b>support worker</b> & "peer" role'
ALL_AMOUNTS = ("£37.50", "£6.40", "£75.00", "-£75.00", "£20.00", "£0.00", "£150.00", "£5.63")


def line(
    day: date,
    description: str,
    kind: PaymentKind,
    amount_pence: int,
    *,
    project: str = "Hospital discharge redesign",
    paid_on: date | None = None,
) -> StatementLine:
    status = PaymentStatus.PAID if paid_on else PaymentStatus.APPROVED
    return StatementLine(day, description, project, kind, status, amount_pence, paid_on)


def make_statement(name: str = "王芳", full_name: str = "Wang Fang") -> Statement:
    fee, expense = PaymentKind.FEE, PaymentKind.EXPENSE
    return Statement(
        participant_id=7,
        name=name,
        full_name=full_name,
        tax_year=TaxYear(2025),
        lines=[
            line(date(2025, 4, 6), DESCRIPTION, fee, 3750, paid_on=date(2025, 4, 14)),
            line(date(2025, 4, 6), "Bus fares", expense, 640, paid_on=date(2025, 4, 14)),
            line(date(2025, 5, 20), "Workshop", fee, 7500, project="Carers' café",
                 paid_on=date(2025, 5, 28)),
            line(date(2025, 5, 20), "Reversal of payment 12: paid twice", fee, -7500,
                 project="Carers' café", paid_on=date(2025, 6, 2)),
            line(date(2025, 7, 3), "Summer survey", PaymentKind.VOUCHER, 2000, project="",
                 paid_on=date(2025, 7, 3)),
            line(date(2025, 9, 12), "Certificate of thanks", PaymentKind.RECOGNITION, 0,
                 project="", paid_on=date(2025, 9, 12)),
            line(date(2026, 3, 30), "Co-evaluation day", fee, 15000),
            line(date(2026, 4, 2), "Mileage, 12.5 miles", expense, 563),
        ],
    )  # fmt: skip


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, Path]]:
    """The statement at 14, 18 and 36 point, made once for the tests that only read it."""
    folder = tmp_path_factory.mktemp("statements")
    with pytest.MonkeyPatch.context() as patch:  # font caches go in the test's own folder
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        made = {}
        for size in (14, 18, 36):
            path = folder / f"statement-{size}.pdf"
            write_statement_pdf(
                make_statement(),
                path,
                font_size=size,
                generated_on=date(2026, 4, 20),
                organisation="Riverside Network",
            )
            made[size] = path
        yield made


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed, so the text cannot be read back")
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, timeout=60
    )
    return result.stdout.decode("utf-8")


# Structure, for screen readers


def test_the_statement_is_tagged(pdfs: dict[int, Path]) -> None:
    with pikepdf.open(pdfs[14]) as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) == "en-GB"
        assert str(pdf.docinfo.Title) == "Payment statement: 王芳, tax year 2025-26"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        found = elements(pdf)
        tags = [str(e.S) for e in found]
        assert tags.count("/H1") == 1
        # The summary and every payment: a table running onto another page is tagged as one
        # table on each page, each with its header row.
        assert tags.count("/Table") >= 2
        assert tags.count("/TH") >= 2 + 6 + 6  # column headers and the summary's row headers
        figures = [e for e in found if str(e.S) == "/Figure"]
        assert len(figures) == 1
        alt = str(figures[0].Alt)
        # By the day paid: the fee in May, its reversal when settled in June.
        assert alt.startswith(
            "Payments by month: April 2025 £43.90, May 2025 £75.00, June 2025 -£75.00,"
        )
        assert "March 2026 £150.00, 1 to 5 April 2026 £5.63." in alt


def test_every_font_is_embedded_and_atkinson_hyperlegible_is_among_them(
    pdfs: dict[int, Path],
) -> None:
    names = []
    with pikepdf.open(pdfs[14]) as pdf:
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                for each in [font, *font.get("/DescendantFonts", [])]:
                    if "/FontDescriptor" not in each:
                        continue
                    names.append(str(each.BaseFont))
                    descriptor = each.FontDescriptor
                    assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert any("Atkinson" in name for name in names)


def test_large_print_shows_each_payment_under_its_own_heading(pdfs: dict[int, Path]) -> None:
    with pikepdf.open(pdfs[14]) as pdf:
        assert "/H3" not in [str(e.S) for e in elements(pdf)]
    with pikepdf.open(pdfs[18]) as pdf:
        tags = [str(e.S) for e in elements(pdf)]
    assert tags.count("/H3") == 8  # six columns would not fit across the page
    assert "What it was for" not in pdf_text(pdfs[18]).replace("What it was for:", "")


# Large print


@pytest.mark.parametrize("size", [14, 18, 36])
def test_no_character_is_smaller_than_the_size_asked_for(pdfs: dict[int, Path], size: int) -> None:
    sizes = [c["size"] for c in chars(pdfs[size])]
    assert sizes
    assert min(sizes) >= size - 0.01


@pytest.mark.parametrize("size", [14, 18, 36])
def test_nothing_runs_off_the_page(pdfs: dict[int, Path], size: int) -> None:
    right_margin = PAGE_WIDTH_PT - PageLayout(size).margin_side
    assert max(c["x1"] for c in chars(pdfs[size])) <= right_margin + 1
    with pdfplumber.open(pdfs[size]) as pdf:
        for page in pdf.pages:
            for shape in page.rects + page.lines:
                assert shape["x1"] <= right_margin + 1


def test_names_in_other_scripts_use_a_font_that_has_them(pdfs: dict[int, Path]) -> None:
    chinese = [c for c in chars(pdfs[14]) if c["text"] in "王芳"]
    assert chinese
    assert not any("Atkinson" in c["fontname"] for c in chinese)


# What it says


def test_the_statement_says_everything_a_benefits_adviser_needs(pdfs: dict[int, Path]) -> None:
    text = pdf_text(pdfs[14])
    assert "Payment statement for 王芳" in text
    assert "Wang Fang" in text
    assert "6 April 2025 to 5 April 2026" in text
    assert "Riverside Network" in text
    assert "20 April 2026" in text
    for amount in ALL_AMOUNTS:
        assert amount in text, amount
    summary = {
        "Fees for your time": "£187.50",  # 37.50 + 75.00 - 75.00 + 150.00
        "Vouchers": "£20.00",
        "Fees and vouchers together: this counts as income": "£207.50",
        "Expenses repaid: this is not income": "£12.03",  # 6.40 + 5.63
        "Total of all payments": "£219.53",
        "Not paid yet (part of the total)": "£155.63",  # 150.00 + 5.63
    }
    lines = text.splitlines()
    for label, amount in summary.items():
        assert any(label in ln and ln.rstrip().endswith(amount) for ln in lines), label
    assert "(reversal)" in text
    flowing = " ".join(pdf_text(pdfs[18]).split())  # one payment after another: no columns
    assert "Amount: -£75.00" in flowing
    assert "Kind: Fee for time (reversal)" in flowing
    assert "Kind: Thank-you (no money) Paid on: 12 September 2025 Amount: £0.00" in flowing
    assert "Kind: Voucher" in flowing and "Kind: Expenses" in flowing
    assert "Date of the work: 6 April 2025" in flowing
    assert "Paid on: 14 April 2025" in flowing
    assert "Paid on: Not paid yet Amount: £150.00" in flowing
    assert "A payment is in the tax year of the day it was paid" in flowing
    assert "a payment not paid yet is in the tax year of the work." in flowing
    assert "Corrections not yet settled" not in flowing  # none here
    assert "You are responsible for your own tax." in flowing
    assert "Fees for your time and vouchers count as income." in flowing
    assert "Expenses repaid are not income" in flowing


def test_what_people_typed_is_printed_literally(pdfs: dict[int, Path]) -> None:
    text = " ".join(pdf_text(pdfs[18]).split())
    assert f"What it was for: {DESCRIPTION}" in text
    table_text = pdf_text(pdfs[14])  # laid out in a narrow column, over several lines
    for piece in ("Panel for the", "<b>support", "worker</b>", '"peer" role'):
        assert piece in table_text


def test_large_print_says_the_same(pdfs: dict[int, Path]) -> None:
    text = " ".join(pdf_text(pdfs[36]).split())
    assert "Payment statement for 王芳" in text
    for amount in ALL_AMOUNTS:
        assert amount in text, amount
    assert "Payment 8 of 8" in text


def test_an_arabic_name(tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    write_statement_pdf(make_statement("أمينة", "Amina Haddad"), path, font_size=16)
    text = pdf_text(path)
    assert "أمينة" in text
    with pikepdf.open(path) as pdf:
        assert "أمينة" in str(pdf.docinfo.Title)
    arabic = [c for c in chars(path) if "\u0600" <= c["text"] <= "\u06ff"]
    assert arabic and not any("Atkinson" in c["fontname"] for c in arabic)


def test_a_year_with_no_payments(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    empty = Statement(1, "Sam", "", TaxYear(2024), [])
    write_statement_pdf(empty, path, generated_on=date(2025, 5, 1))
    text = " ".join(pdf_text(path).split())
    assert "There were no payments in this tax year." in text
    assert "6 April 2024 to 5 April 2025" in text
    assert "Full name" not in text
    with pikepdf.open(path) as pdf:
        assert "/Figure" not in [str(e.S) for e in elements(pdf)]


def april_and_a_correction() -> Statement:
    """2025-26 for someone paid on 7 April for a session on 5 April (the tax year before), and
    paid twice in November, the second payment's reversal agreed but the money not back yet."""
    fee = PaymentKind.FEE
    return Statement(
        participant_id=7,
        name="Amira",
        full_name="",
        tax_year=TaxYear(2025),
        lines=[
            line(date(2025, 4, 5), "Planning workshop", fee, 15000, paid_on=date(2025, 4, 7)),
            line(date(2025, 11, 3), "Panel interview", fee, 6000, paid_on=date(2025, 11, 20)),
            StatementLine(
                date(2025, 11, 3), "Reversal of payment 2: paid twice", "Carers' café", fee,
                PaymentStatus.APPROVED, -6000, None, reverses_id=2,
            ),
        ],
    )  # fmt: skip


@pytest.mark.parametrize("size", [14, 18])
def test_both_dates_and_a_correction_not_yet_settled(tmp_path: Path, size: int) -> None:
    path = tmp_path / "statement.pdf"
    write_statement_pdf(april_and_a_correction(), path, font_size=size)
    text = pdf_text(path)
    flowing = " ".join(text.split())
    # Summary: the correction is in no total, and nothing is negative or "not paid yet".
    lines = text.splitlines()
    for label, amount in {
        "Fees for your time": "£210.00",  # 150.00 + 60.00: the correction is not taken off
        "Vouchers": "£0.00",
        "Total of all payments": "£210.00",
    }.items():
        assert any(label in ln and ln.rstrip().endswith(amount) for ln in lines), label
    assert "Not paid yet (part of the total)" not in flowing
    assert (
        "1 correction taking back £60.00 is not settled yet, so it is not counted in the totals "
        "above. It is listed under Corrections not yet settled." in flowing
    )
    assert "Corrections not yet settled A correction (a reversal) takes back a payment" in flowing
    assert "-£60.00" in flowing
    with pikepdf.open(path) as pdf:
        found = elements(pdf)
        tags = [str(e.S) for e in found]
        assert str(pdf.Root.Lang) == "en-GB"
        assert str(pdf.docinfo.Title) == "Payment statement: Amira, tax year 2025-26"
        assert tags.count("/H2") >= 6  # what it is for, summary, payments, corrections, …
        [chart] = [e for e in found if str(e.S) == "/Figure"]
        # The chart counts the April payment in April, and leaves the correction out.
        assert "April 2025 £150.00" in str(chart.Alt)
        assert "November 2025 £60.00" in str(chart.Alt)
        assert "-£" not in str(chart.Alt)
        if size <= 15:
            assert tags.count("/Table") >= 3  # the summary, every payment, the correction
            assert tags.count("/TH") >= 5 + 6 + 6
    assert min(c["size"] for c in chars(path)) >= size - 0.01
    if size > 15:
        assert (
            "Payment 1 of 2 Date of the work: 5 April 2025 What it was for: Planning workshop "
            "Project: Hospital discharge redesign Kind: Fee for time Paid on: 7 April 2025 "
            "Amount: £150.00" in flowing
        )
        assert (
            "Correction 1 of 1 Date of the work: 3 November 2025 What it was for: Reversal of "
            "payment 2: paid twice Project: Carers' café Kind: Fee for time (reversal) Paid on: "
            "Correction not yet settled: not counted in the totals Amount: -£60.00" in flowing
        )
    else:
        assert any("5 April 2025" in ln and "7 April 2025" in ln for ln in lines)


# Pieces


def test_the_title_and_rows() -> None:
    statement = make_statement()
    assert statement_title(statement) == "Payment statement: 王芳, tax year 2025-26"
    reversal = payment_row(statement.lines[3])
    assert (reversal.kind, reversal.amount) == ("Fee for time (reversal)", "-£75.00")
    assert reversal.paid_on == "2 June 2025"
    unpaid = payment_row(statement.lines[6])
    assert (unpaid.day, unpaid.paid_on) == ("30 March 2026", "Not paid yet")
    thanks = payment_row(statement.lines[5])
    assert (thanks.project, thanks.amount) == ("No project", "£0.00")
    april, _, correction = (payment_row(line) for line in april_and_a_correction().lines)
    assert (april.day, april.paid_on) == ("5 April 2025", "7 April 2025")
    assert (correction.kind, correction.paid_on, correction.amount) == (
        "Fee for time (reversal)",
        "Correction not yet settled: not counted in the totals",
        "-£60.00",
    )


def test_months_run_april_to_march_with_the_first_days_of_april_apart() -> None:
    months, values = monthly_totals(make_statement())
    labels = [m.label() for m in months]
    assert labels[0] == "April 2025" and labels[11] == "March 2026"
    assert labels[12] == "1 to 5 April 2026"
    assert values[0] == 3750 + 640
    # By the day paid: the fee in May, its reversal settled in June.
    assert (values[1], values[2]) == (7500, -7500)
    assert values[12] == 563
    assert [m.label("short") for m in months][:2] == ["Apr", "May"]
    without_end = Statement(1, "Sam", "", TaxYear(2025), make_statement().lines[:-1])
    assert len(monthly_totals(without_end)[0]) == 12


# Refusals and failures


@pytest.mark.parametrize("size", [12, 40])
def test_a_text_size_out_of_range_is_refused_plainly(tmp_path: Path, size: int) -> None:
    path = tmp_path / "statement.pdf"
    with pytest.raises(ValueError, match=r"^Text size .* Choose a size from 14 to 36 points"):
        write_statement_pdf(make_statement(), path, font_size=size)
    assert not path.exists()


def test_a_failure_while_rendering_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    weasyprint = document.import_weasyprint()

    def broken(self: object, target: Any, **options: object) -> None:
        target.write(b"%PDF-1.7\n% the first few bytes")
        raise RuntimeError("out of memory")

    monkeypatch.setattr(weasyprint.Document, "write_pdf", broken)
    path = tmp_path / "statement.pdf"
    with pytest.raises(RuntimeError, match="out of memory"):
        write_statement_pdf(make_statement(), path)
    assert list(tmp_path.iterdir()) == []
