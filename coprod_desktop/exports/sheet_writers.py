"""Typed rows written as one sheet of an Excel workbook (XlsxWriter) or as one CSV file, safely.

A sheet is a list of ``Column``s, each of one ``ColumnKind``, and rows whose cells match them:

========  =====================  ==============================  ===========================
Kind      Cell value             In a workbook (.xlsx)           In CSV
========  =====================  ==============================  ===========================
TEXT      str ("" = empty)       text, never a formula           text, made safe (csv_safe)
DATE      date or None           a real date, DD/MM/YYYY         2025-04-06
MONEY     int pence or None      a number in pounds, £1,234.50   1234.50 (-37.50 reversals)
NUMBER    int or None            a whole number                  12
HOURS     int minutes or None    hours, two decimals: 2.50       2.50
========  =====================  ==============================  ===========================

Formula injection: a text cell starting with =, +, -, @, a tab or a carriage return would run
as a formula in a spreadsheet. In CSV it gets a leading apostrophe (csv_safe.safe_cell). In a
workbook every text cell is written with ``write_string``, so it is stored as text whatever it
starts with, and such a cell also gets Excel's "quote prefix" style, so that editing it in
Excel keeps it text. XlsxWriter also writes a string that starts with ``<r>`` and ends with
``</r>`` into the file as raw XML (it takes it for a rich string of its own making), which would
let typed text add cells, formulas among them; such text is written as a rich string made of
plain fragments instead, whose characters are escaped like any other text.

Workbooks are written in XlsxWriter's constant-memory mode, a row at a time, so 100,000 rows
need no more memory than a few: rows must come in order, and each sheet is written whole before
the next. Dates are stored as Excel's day numbers worked out here (a subtraction), which is what
``write_datetime`` stores, at a fraction of its cost.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

from coprod_desktop.exports.csv_safe import _FORMULA_STARTS, safe_cell

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

Cell = str | int | date | None
Row = Sequence[Cell]
# Called with the number of rows written so far, every ROWS_PER_TICK rows: progress and a
# chance to stop.
Tick = Callable[[int], None]

ROWS_PER_TICK = 1000
MONEY_FORMAT = '"£"#,##0.00'
DATE_FORMAT = "DD/MM/YYYY"
HOURS_FORMAT = "0.00"
MAX_WIDTH = 60  # characters: longer text is still all there, the column just stops growing
DATE_WIDTH = 12
MONEY_WIDTH = 12
# Excel's day 0 (its day numbers count from 30 December 1899 for every date after
# 28 February 1900, because of the 1900 leap-year bug it keeps for Lotus 1-2-3).
_EXCEL_DAY_ZERO = date(1899, 12, 30).toordinal()
_FIRST_PLAIN_DAY = date(1900, 3, 1)
# A text cell starting with any other character is written as it is, with no further checks:
# the first characters csv_safe looks for (built from its own list, so the two cannot drift
# apart), a space (it looks past leading spaces) and "<" (rich string markup).
_LOOK_CLOSER = frozenset(start[0] for start in _FORMULA_STARTS) | {" ", "<"}


class ColumnKind(Enum):
    TEXT = "text"
    DATE = "date"
    MONEY = "money"
    NUMBER = "number"
    HOURS = "hours"


@dataclass(frozen=True)
class Column:
    heading: str
    kind: ColumnKind = ColumnKind.TEXT


def pounds_text(pence: int) -> str:
    """1250 -> '12.50', -3750 -> '-37.50': exact, from whole pence (no floating point)."""
    whole, part = divmod(abs(pence), 100)
    return f"{'-' if pence < 0 else ''}{whole}.{part:02d}"


def hours(minutes: int) -> float:
    """Minutes as hours to two decimals (90 -> 1.5), the same in a workbook and in CSV."""
    return round(minutes / 60, 2)


def is_rich_string_markup(text: str) -> bool:
    """True for text XlsxWriter would copy into the file as raw XML (see the module's notes)."""
    return text.startswith("<r>") and text.endswith("</r>")


# --- CSV ---------------------------------------------------------------------------------------


def _csv_text(value: Cell) -> str:
    return safe_cell(value) if isinstance(value, str) else ""


def _csv_date(value: Cell) -> str:
    return value.isoformat() if isinstance(value, date) else ""


def _csv_money(value: Cell) -> str:
    return pounds_text(value) if isinstance(value, int) else ""


def _csv_number(value: Cell) -> str | int:
    return value if isinstance(value, int) else ""


def _csv_hours(value: Cell) -> str:
    return f"{hours(value):.2f}" if isinstance(value, int) else ""


_CSV_CELL: dict[ColumnKind, Callable[[Cell], str | int]] = {
    ColumnKind.TEXT: _csv_text,
    ColumnKind.DATE: _csv_date,
    ColumnKind.MONEY: _csv_money,
    ColumnKind.NUMBER: _csv_number,
    ColumnKind.HOURS: _csv_hours,
}


def write_csv_sheet(
    stream: TextIO, columns: Sequence[Column], rows: Iterable[Row], tick: Tick | None = None
) -> int:
    """Write the headings and ``rows`` as CSV to ``stream``; return the number of rows.

    Open the stream with ``encoding="utf-8-sig", newline=""``: the byte-order mark tells Excel
    the file is UTF-8, so names such as Zoë or محمد open correctly.
    """
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([safe_cell(column.heading) for column in columns])
    converters = [_CSV_CELL[column.kind] for column in columns]
    count = 0
    for count, row in enumerate(rows, start=1):
        writer.writerow([convert(value) for convert, value in zip(converters, row, strict=True)])
        if tick is not None and count % ROWS_PER_TICK == 0:
            tick(count)
    return count


# --- Excel workbook ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkbookFormats:
    heading: Format
    date: Format
    money: Format
    hours: Format
    quoted: Format  # text that must stay text when edited: Excel's quote prefix

    @classmethod
    def add_to(cls, workbook: Workbook) -> WorkbookFormats:
        return cls(
            heading=workbook.add_format({"bold": True}),
            date=workbook.add_format({"num_format": DATE_FORMAT}),
            money=workbook.add_format({"num_format": MONEY_FORMAT}),
            hours=workbook.add_format({"num_format": HOURS_FORMAT}),
            quoted=workbook.add_format({"quote_prefix": True}),
        )


def new_workbook(path: str, tmpdir: str | None = None) -> Workbook:
    """An XlsxWriter workbook in constant-memory mode that turns no text into anything else
    (formulas, numbers, links): every cell is written by a typed method anyway."""
    from xlsxwriter import Workbook  # imported here: only an export needs it

    options: dict[str, Any] = {
        "constant_memory": True,
        "strings_to_formulas": False,
        "strings_to_numbers": False,
        "strings_to_urls": False,
    }
    if tmpdir is not None:
        options["tmpdir"] = tmpdir
    return Workbook(path, options)


def _cell_writers(
    sheet: Worksheet, columns: Sequence[Column], formats: WorkbookFormats, widths: list[int]
) -> list[Callable[[int, Any], None]]:
    """One function per column that writes a cell of its kind at (row, that column).

    Each is made once per sheet so that the row loop does no dispatching of its own; this is
    the innermost loop of a 100,000-row export.
    """
    # XlsxWriter's public write_string and write_number first check whether the row is "A1"
    # text (a decorator); its undecorated versions, which they call, skip that. Row and column
    # are always numbers here, so the undecorated ones are used when this version of
    # XlsxWriter has them (it has since 1.0): a tenth of the time of a 100,000-row export.
    write_string = getattr(sheet, "_write_string", sheet.write_string)
    write_number = getattr(sheet, "_write_number", sheet.write_number)

    def text(col: int) -> Callable[[int, Any], None]:
        quoted = formats.quoted

        def write(row: int, value: str) -> None:
            if not value:
                return  # an empty cell, not an empty string
            if len(value) > widths[col]:
                widths[col] = len(value)
            if value[0] not in _LOOK_CLOSER:
                write_string(row, col, value)  # nearly every cell: plain text
            elif safe_cell(value) != value:
                write_string(row, col, value, quoted)
            elif is_rich_string_markup(value):
                # Three plain fragments (text starting "<r>" has at least seven characters),
                # each escaped by XlsxWriter; read back, the cell is exactly ``value``.
                sheet.write_rich_string(row, col, value[0], value[1], value[2:])
            else:
                write_string(row, col, value)

        return write

    def day(col: int) -> Callable[[int, Any], None]:
        date_format = formats.date

        def write(row: int, value: date | None) -> None:
            if value is None:
                return
            if value >= _FIRST_PLAIN_DAY:
                write_number(row, col, value.toordinal() - _EXCEL_DAY_ZERO, date_format)
            else:
                sheet.write_datetime(row, col, value, date_format)

        return write

    def money(col: int) -> Callable[[int, Any], None]:
        money_format = formats.money

        def write(row: int, value: int | None) -> None:
            if value is not None:
                # Pence / 100 is the nearest double to the exact amount, written with 16
                # significant figures: 1999 is stored as 19.99.
                write_number(row, col, value / 100, money_format)

        return write

    def number(col: int) -> Callable[[int, Any], None]:
        def write(row: int, value: int | None) -> None:
            if value is not None:
                write_number(row, col, value)

        return write

    def hours_cell(col: int) -> Callable[[int, Any], None]:
        hours_format = formats.hours

        def write(row: int, value: int | None) -> None:
            if value is not None:
                write_number(row, col, hours(value), hours_format)

        return write

    makers = {
        ColumnKind.TEXT: text,
        ColumnKind.DATE: day,
        ColumnKind.MONEY: money,
        ColumnKind.NUMBER: number,
        ColumnKind.HOURS: hours_cell,
    }
    return [makers[column.kind](col) for col, column in enumerate(columns)]


def write_xlsx_sheet(
    sheet: Worksheet,
    formats: WorkbookFormats,
    columns: Sequence[Column],
    rows: Iterable[Row],
    tick: Tick | None = None,
) -> int:
    """Write a bold heading row that stays in view, then ``rows``, typed; set the columns'
    widths from what is in them and a filter on the headings. Return the number of rows."""
    widths = [len(column.heading) for column in columns]
    for col, column in enumerate(columns):
        sheet.write_string(0, col, column.heading, formats.heading)
    sheet.freeze_panes(1, 0)
    writers = _cell_writers(sheet, columns, formats, widths)
    count = 0
    for count, row in enumerate(rows, start=1):
        for write, value in zip(writers, row, strict=True):
            write(count, value)
        if tick is not None and count % ROWS_PER_TICK == 0:
            tick(count)
    for col, column in enumerate(columns):
        sheet.set_column(col, col, _width(column, widths[col]))
    sheet.autofilter(0, 0, count, len(columns) - 1)
    return count


def _width(column: Column, widest: int) -> int:
    if column.kind is ColumnKind.DATE:
        widest = max(widest, DATE_WIDTH)
    elif column.kind is ColumnKind.MONEY:
        widest = max(widest, MONEY_WIDTH)
    return min(widest + 2, MAX_WIDTH)
