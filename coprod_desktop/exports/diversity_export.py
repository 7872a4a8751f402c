"""The representation report as CSV or an Excel workbook (.xlsx), chosen by the file's suffix.

Both are made from the *suppressed* table only (services.representation.suppressed): a count
from 1 to 4 is "fewer than 5", a count hidden to protect it is "not shown", and no share or
ratio is given for either. One row per category of each question, then "Prefer not to say",
"Not answered" and everyone who took part; a question not shown at all has one row saying so.

CSV: UTF-8 with a byte-order mark (Excel then reads accents correctly), counts as plain
numbers, shares as per cent with one decimal (30.0), ratios with two (0.60); text that a
spreadsheet would run as a formula gets a leading apostrophe (csv_safe).

XLSX: typed cells (counts as whole numbers, shares as percentages, ratios as numbers with two
decimals, words as text, never formulas), a bold header row that stays in view, sensible column
widths, and a second sheet saying what the figures are (period, project, reference, threshold,
the suppression rule). Both are written to a temporary file and renamed into place.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from coprod_desktop.exports.csv_safe import safe_cell
from coprod_desktop.exports.payments_export import _atomically
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.reference_data import ratio_text
from coprod_desktop.services.representation import ShownRow, SuppressedReport

HEADER = (
    "Question",
    "Category",
    "People",
    "Share of those who answered (%)",
    "Expected share (%)",
    "Representation ratio",
    "What it shows",
)
SUFFIXES = (".csv", ".xlsx")
SHEET_TITLE = "Representation"
_MAX_WIDTH = 60

Cell = str | int | Decimal | None


class ExportFileError(ValueError):
    """The file name cannot be used for this export; the message says why."""


def check_export_path(path: Path) -> str:
    suffix = path.suffix.casefold()
    if suffix not in SUFFIXES:
        raise ExportFileError(
            f"'{path.name}' does not end in .csv or .xlsx. Name the file ending .xlsx for an "
            "Excel workbook or .csv for a plain spreadsheet file, such as diversity.xlsx."
        )
    return suffix


def _percent(text: str) -> Decimal | None:
    """The percentage as the report prints it ("17.6%" -> 17.6), so the file says exactly what
    the PDF and the screen say. (Rounding the hundredths again would turn 17.647% into 17.65%,
    then 17.7.)"""
    value = text.strip().removesuffix("%")
    return Decimal(value) if value else None


def _ratio(ratio: Fraction | None) -> Decimal | None:
    return Decimal(ratio_text(ratio)) if ratio is not None else None


def row_values(row: ShownRow, heading: str) -> tuple[Cell, ...]:
    """One row's cells, typed, in HEADER's order; counts only when shown."""
    return (
        heading,
        row.label,
        row.people if row.people is not None else row.people_text,
        _percent(row.share_text),
        _percent(row.expected_text),
        _ratio(row.ratio) if row.ratio_text else None,
        row.flag,
    )


def rows(shown: SuppressedReport) -> Iterator[tuple[Cell, ...]]:
    for table in shown.tables:
        if table.hidden or shown.hidden:
            yield (table.heading, "", None, None, None, None, table.note or shown.note)
            continue
        for row in table.rows:
            yield row_values(row, table.heading)


def about(shown: SuppressedReport) -> list[tuple[str, str]]:
    report = shown.report
    return [
        ("Project", report.project_name),
        ("Period", f"{long_date(report.first)} to {long_date(report.last)}"),
        ("People who took part", shown.people_text),
        ("Compared with", report.reference.name),
        ("Sources", "; ".join(report.reference.sources) or report.reference.source),
        ("Under-represented below", f"{report.threshold_pct}% of the expected share"),
        ("Not enough answers below", f"{report.min_response_pct}% answered"),
        (
            "Small numbers",
            "Counts from 1 to 4 are shown as 'fewer than 5'; another count is 'not shown' "
            "where a small one could otherwise be worked out from the totals.",
        ),
    ]


def _csv_cell(value: Cell) -> str | int:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, int):
        return value
    return safe_cell(value)


def _write_csv(path: Path, shown: SuppressedReport) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([safe_cell(h) for h in HEADER])
        for values in rows(shown):
            writer.writerow([_csv_cell(v) for v in values])
            count += 1
    return count


def _text_cell(cell: object, text: str) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    clean = ILLEGAL_CHARACTERS_RE.sub("", text)
    if not clean:
        return
    cell.value = clean  # type: ignore[attr-defined]
    cell.data_type = "s"  # type: ignore[attr-defined]
    if safe_cell(clean) != clean:
        cell.quotePrefix = True  # type: ignore[attr-defined]


def _write_xlsx(path: Path, shown: SuppressedReport) -> int:
    from openpyxl import Workbook  # slow to load: only when needed
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    bold = Font(bold=True)
    widths = [len(h) for h in HEADER]
    for column, heading in enumerate(HEADER, start=1):
        cell = sheet.cell(row=1, column=column, value=heading)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    count = 0
    for row_number, values in enumerate(rows(shown), start=2):
        count += 1
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, str):
                _text_cell(cell, value)
                shown_width = len(value)
            elif isinstance(value, Decimal):
                if column in (4, 5):  # a percentage: stored as a fraction, shown as 37.5%
                    cell.value = value / 100
                    cell.number_format = "0.0%"
                else:
                    cell.value = value
                    cell.number_format = "0.00"
                shown_width = 6
            elif isinstance(value, int):
                cell.value = value
                cell.number_format = "#,##0"
                shown_width = len(f"{value:,}")
            else:
                shown_width = 0
            widths[column - 1] = max(widths[column - 1], shown_width)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    notes = workbook.create_sheet("About")
    for row_number, (label, text) in enumerate(about(shown), start=1):
        notes.cell(row=row_number, column=1, value=label).font = bold
        _text_cell(notes.cell(row=row_number, column=2), text)
    notes.column_dimensions["A"].width = 28
    notes.column_dimensions["B"].width = 90
    workbook.save(path)
    return count


def write_diversity_export(shown: SuppressedReport, path: Path) -> int:
    """Save the suppressed report as CSV or XLSX by ``path``'s suffix; return the row count.

    Raises ExportFileError (a ValueError) for another suffix and OSError when the file cannot
    be written."""
    suffix = check_export_path(path)
    written: list[int] = []
    if suffix == ".xlsx":
        _atomically(path, lambda temp: written.append(_write_xlsx(temp, shown)))
    else:
        _atomically(path, lambda temp: written.append(_write_csv(temp, shown)))
    return written[0]
