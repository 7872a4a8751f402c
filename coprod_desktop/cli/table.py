"""Plain-text tables for the terminal that stay aligned with wide (CJK) and emoji characters."""

from __future__ import annotations

from collections.abc import Sequence

from wcwidth import wcswidth


def _width(text: str) -> int:
    width = wcswidth(text)
    return width if width >= 0 else len(text)  # control characters: count them as one each


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if _width(text) <= limit:
        return text
    out = ""
    for char in text:
        if _width(out + char) > limit - 1:
            break
        out += char
    return out + "…"


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 32) -> str:
    clipped = [[_clip(cell, max_width) for cell in row] for row in rows]
    widths = [_width(h) for h in header]
    for row in clipped:
        widths = [max(w, _width(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = [cell + " " * (w - _width(cell)) for cell, w in zip(cells, widths, strict=True)]
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(row) for row in clipped)])
