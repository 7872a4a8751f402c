"""CSV that is safe to open in a spreadsheet.

A cell starting with =, +, -, @ (or a tab or carriage return) is run as a formula by Excel and
LibreOffice, so a name typed as ``=HYPERLINK(...)`` or ``=cmd|' /C calc'!A0`` could attack the
person opening an export ("CSV injection", OWASP). Such cells get a leading apostrophe, which
spreadsheets show as plain text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import TextIO

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value: str) -> str:
    """``value`` as a spreadsheet will show it, never as a formula."""
    if value.lstrip(" ").startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(stream: TextIO, header: Sequence[str], rows: Iterable[Sequence[str | int]]) -> int:
    """Write a header and rows (numbers as numbers, text made safe); return the row count."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    count = 0
    for row in rows:
        writer.writerow([cell if isinstance(cell, int) else safe_cell(cell) for cell in row])
        count += 1
    return count
