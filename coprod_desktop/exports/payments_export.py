"""Payments for the finance team, as CSV or as an Excel workbook (.xlsx), chosen by file suffix.

One row per payment, the same columns in both. A finance export lists payments *approved*
within a period (approved or paid since), whatever the date of the session or expense, so
that each approval is passed to finance exactly once, and payments approved earlier that were
cancelled within the period, marked Cancelled with the day and the reason, so that finance
does not pay them (services.finance_export chooses them). Dates of moments (approved,
cancelled) are the day here, not in UTC.

CSV: UTF-8 with a byte-order mark, so Excel opens names such as Zoë or محمد correctly; dates
as YYYY-MM-DD and amounts as plain numbers in pounds with two decimals (12.50, -37.50 for a
reversal), which every spreadsheet reads as dates and numbers; text that a spreadsheet would
run as a formula gets a leading apostrophe (see csv_safe).

XLSX: typed cells, so finance can sum and sort without converting anything: real dates shown
as DD/MM/YYYY, amounts as numbers in pounds shown as £1,234.50 (converted from whole pence
exactly), numbers for ids, and every text cell stored as text (never a formula, whatever it
starts with). The header row is bold and stays in view when scrolling.

Both are written to a temporary file beside the target and then renamed over it, so a failed
export never leaves a half-written file where the last good one was.
"""

from __future__ import annotations

import csv
import secrets
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.orm import Session

from coprod_desktop.exports.csv_safe import safe_cell
from coprod_desktop.services.dates import local_day
from coprod_desktop.services.finance_export import FinanceRecord, payments_for_export
from coprod_desktop.services.payments import PaymentRecord
from coprod_desktop.vocabulary import PaymentStatus

HEADER = (
    "Payment ID",
    "Person ID",
    "Name",
    "Kind",
    "Expense type",
    "What for",
    "Project",
    "Date",
    "Amount",
    "Status",
    "Approved by",
    "Approved on",
    "Paid on",
    "Method",
    "Reference",
    "Cancelled on",
    "Reason cancelled",
)
SUFFIXES = (".csv", ".xlsx")
MONEY_FORMAT = '"£"#,##0.00'
DATE_FORMAT = "DD/MM/YYYY"
SHEET_TITLE = "Payments"
_MAX_COLUMN_WIDTH = 50

Cell = str | int | date | Decimal | None


class ExportFileError(ValueError):
    """The file name cannot be used for this export; the message says why."""


def check_export_path(path: Path) -> str:
    """The export's format ('.csv' or '.xlsx') from the file's suffix, or a plain error."""
    suffix = path.suffix.casefold()
    if suffix not in SUFFIXES:
        raise ExportFileError(
            f"'{path.name}' does not end in .csv or .xlsx. Name the file ending .xlsx for an "
            "Excel workbook or .csv for a plain spreadsheet file, such as payments.xlsx."
        )
    return suffix


def pounds(pence: int) -> Decimal:
    """Whole pence as exact pounds: 1250 -> Decimal('12.50')."""
    return Decimal(pence).scaleb(-2)


def approved_between(session: Session, first: date, last: date) -> list[FinanceRecord]:
    """The finance export's payments for ``first`` to ``last``: those approved then, and
    approved ones cancelled then (see services.finance_export.payments_for_export)."""
    return payments_for_export(session, first, last)


def reference_of(record: PaymentRecord) -> str:
    """The payment's reference; for a voucher without one, the voucher's provider and number."""
    if record.paid_reference:
        return record.paid_reference
    return " ".join(p for p in (record.voucher_provider, record.voucher_reference) if p)


def row_values(record: PaymentRecord) -> tuple[Cell, ...]:
    """One payment's cells, typed (dates, exact pounds, ints), in HEADER's order."""
    return (
        record.id,
        record.participant_id,
        record.participant_name,
        record.kind.label,
        record.expense_type.label if record.expense_type else "",
        record.description,
        record.project_name,
        record.incurred_on,
        pounds(record.amount_pence),
        record.status.label,
        record.approved_by,
        local_day(record.approved_at) if record.approved_at else None,
        record.paid_on,
        record.paid_method.label if record.paid_method else "",
        reference_of(record),
        _cancelled_on(record),
        record.cancelled_reason if record.status is PaymentStatus.CANCELLED else "",
    )


def _cancelled_on(record: PaymentRecord) -> date | None:
    # Only a FinanceRecord knows when it was cancelled; a plain PaymentRecord (as in
    # `coprod payments list --format csv`) leaves the day empty but still gives the reason.
    if isinstance(record, FinanceRecord) and record.cancelled_at is not None:
        return local_day(record.cancelled_at)
    return None


def csv_row(record: PaymentRecord) -> list[str | int | Decimal]:
    """The row for CSV: ids as numbers, dates as YYYY-MM-DD, amounts as exact pounds."""
    cells: list[str | int | Decimal] = []
    for value in row_values(record):
        if value is None:
            cells.append("")
        elif isinstance(value, date):
            cells.append(value.isoformat())
        else:
            cells.append(value)
    return cells


def write_csv_with_amounts(
    stream: TextIO, header: Sequence[str], rows: Iterable[Sequence[str | int | Decimal]]
) -> int:
    """Like csv_safe.write_csv, with amounts: a ``Decimal`` cell is written as a plain number
    with two decimals (12.50, -37.50). csv_safe.write_csv takes only text and ints, and would
    put an apostrophe before a negative amount such as a reversal's -37.50 (it starts with a
    minus sign), turning the number into text. Text is made safe by csv_safe.safe_cell as
    everywhere else.
    """
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    count = 0
    for row in rows:
        writer.writerow(
            [
                f"{cell:.2f}"
                if isinstance(cell, Decimal)
                else cell
                if isinstance(cell, int)
                else safe_cell(cell)
                for cell in row
            ]
        )
        count += 1
    return count


def write_payments_csv(stream: TextIO, records: Sequence[PaymentRecord]) -> int:
    """Write the header and one row per payment to ``stream``; return the row count."""
    return write_csv_with_amounts(stream, HEADER, (csv_row(r) for r in records))


def _write_xlsx(path: Path, records: Sequence[PaymentRecord]) -> None:
    from openpyxl import Workbook  # imported here: it is slow to load and only needed here
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    widths = [len(h) for h in HEADER]
    bold = Font(bold=True)
    for column, heading in enumerate(HEADER, start=1):
        cell = sheet.cell(row=1, column=column, value=heading)
        cell.font = bold
    for row_number, record in enumerate(records, start=2):
        for column, value in enumerate(row_values(record), start=1):
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, str):
                # Text stays text: stored as a string (never a formula, even if it starts with
                # '='), marked with Excel's quote prefix so that editing it keeps it text.
                text = ILLEGAL_CHARACTERS_RE.sub("", value)
                if not text:
                    continue  # an empty cell, not an empty string
                cell.value = text
                cell.data_type = "s"
                if safe_cell(text) != text:
                    cell.quotePrefix = True
                shown = len(text)
            elif isinstance(value, Decimal):
                cell.value = value
                cell.number_format = MONEY_FORMAT
                shown = len(f"£{value:,.2f}")
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = DATE_FORMAT
                shown = 10
            else:
                cell.value = value  # an id, or empty
                shown = len(str(value)) if value is not None else 0
            widths[column - 1] = max(widths[column - 1], shown)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, _MAX_COLUMN_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.save(path)


def _write_csv_file(path: Path, records: Sequence[PaymentRecord]) -> None:
    # utf-8-sig writes the byte-order mark Excel needs to read the file as UTF-8.
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        write_payments_csv(stream, records)


def _atomically(path: Path, write: Callable[[Path], Any]) -> None:
    """Write to a temporary file in the same folder, then rename it over ``path``.

    The temporary file is created like any other (honouring the umask), so the export gets the
    same permissions as a file saved directly.
    """
    temp_path = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
    try:
        write(temp_path)
        temp_path.replace(path)
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise


def write_payments_export(records: Sequence[PaymentRecord], path: Path) -> int:
    """Save ``records`` as CSV or XLSX, by ``path``'s suffix; return how many rows were written.

    Raises ExportFileError (a ValueError) for any other suffix, and OSError when the file
    cannot be written (no such folder, no permission, the file is open in Excel on Windows).
    """
    suffix = check_export_path(path)
    if suffix == ".xlsx":
        _atomically(path, lambda temp: _write_xlsx(temp, records))
    else:
        _atomically(path, lambda temp: _write_csv_file(temp, records))
    return len(records)
