"""Bar charts of figures (people, money) with each label on its own line above its bar, drawn
like the charts in reports.charts.

``charts.bar_chart`` puts labels beside the bars and writes amounts of money, and grows wider
than the page when long labels meet large print. Here each category's label is on its own
line(s) above its bar, so long labels wrap instead, even at 36 point, and the figure written at
the bar's end is any text: "62 people", "£1,234.50". The same dark blue, the same white background,
every figure written beside its bar and in the alternative text: nothing depends on colour or on
judging a bar's length. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Line, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from coprod_desktop.money import format_money
from coprod_desktop.reports.charts import (
    BAR_COLOUR,
    DEFAULT_FONT_SIZE,
    DEFAULT_WIDTH,
    MEASURE_SLACK,
    TEXT_COLOUR,
    ChartDrawing,
    chart_fonts,
    place_figures,
    wrap_label,
    write_figure,
)


def count_text(count: int, unit: tuple[str, str]) -> str:
    """count_text(1, ("person", "people")) -> "1 person"; 1234 -> "1,234 people"."""
    return f"{count:,} {unit[0] if count == 1 else unit[1]}"


def figures_alt_text(title: str, labels: Sequence[str], texts: Sequence[str]) -> str:
    """Every figure as text: 'People by role: Staff 7 people, Carer 18 people.'"""
    if not labels:
        return f"{title}: nothing to show."
    items = ", ".join(f"{label} {text}" for label, text in zip(labels, texts, strict=True))
    return f"{title}: {items}."


def count_bar_chart(
    title: str,
    labels: Sequence[str],
    counts: Sequence[int],
    *,
    unit: tuple[str, str] = ("person", "people"),
    width: float = DEFAULT_WIDTH,
    font_size: float = DEFAULT_FONT_SIZE,
    show_title: bool = True,
    scale_top: int | None = None,
) -> ChartDrawing:
    """Counts with their unit, singular and plural: "1 person", "62 people"."""
    texts = [count_text(c, unit) for c in counts]
    return figure_bar_chart(
        title, labels, counts, texts, width=width, font_size=font_size, show_title=show_title,
        scale_top=scale_top,
    )  # fmt: skip


def money_bar_chart(
    title: str,
    labels: Sequence[str],
    values_pence: Sequence[int],
    *,
    width: float = DEFAULT_WIDTH,
    font_size: float = DEFAULT_FONT_SIZE,
    show_title: bool = True,
    scale_top: int | None = None,
) -> ChartDrawing:
    """Amounts of money: "£1,234.50". A negative amount has no bar, only its figure."""
    texts = [format_money(v) for v in values_pence]
    return figure_bar_chart(
        title, labels, values_pence, texts, width=width, font_size=font_size,
        show_title=show_title, scale_top=scale_top,
    )  # fmt: skip


def figure_bar_chart(
    title: str,
    labels: Sequence[str],
    values: Sequence[int | None],
    texts: Sequence[str],
    *,
    width: float = DEFAULT_WIDTH,
    font_size: float = DEFAULT_FONT_SIZE,
    show_title: bool = True,
    scale_top: int | None = None,
) -> ChartDrawing:
    """A horizontal bar for each value (from zero; none for zero or less, or None for a figure
    not shown, such as "fewer than 5 people"), top to bottom, its label above it and its text at
    its end. A text too long for the line wraps onto lines below it (charts.place_figures).
    Sizes are in points; no text is smaller than ``font_size``. The drawing is wider than
    ``width`` only if a single word needs it. ``scale_top`` is the value the longest bar stands
    for (the largest value by default): the parts of a chart split across pages all get the
    whole chart's largest, so their bars can be compared."""
    if not (len(labels) == len(values) == len(texts)):
        raise ValueError(
            f"A chart needs one label and one text for each value: there are {len(labels)} "
            f"labels, {len(values)} values and {len(texts)} texts."
        )
    if font_size <= 0 or width <= 0:
        raise ValueError("A chart needs a positive width and text size.")
    regular, bold = chart_fonts()
    pad = font_size * 0.4
    gap = font_size * 0.6
    line = font_size * 1.3
    row = font_size * 1.6
    bar_thickness = font_size * 1.0
    widest_word = max(
        (stringWidth(w, regular, font_size) for t in labels for w in t.split()), default=0.0
    )
    width = max(width, MEASURE_SLACK * widest_word + 2 * pad)
    bars_left = pad
    places = place_figures(
        values, texts, font=regular, font_size=font_size, bars_left=bars_left,
        right=width - pad, gap=gap,
    )  # fmt: skip
    width = places.right + pad
    highest = max((v for v in values if v is not None), default=0)
    highest = max(highest, scale_top or 0)
    scale = (places.bars_right - bars_left) / highest if highest > 0 else 0.0
    lengths = [max(v or 0, 0) * scale for v in values]
    below = [places.lines_below(i, length > 0) for i, length in enumerate(lengths)]
    wrapped = [wrap_label(label, regular, font_size, width - 2 * pad) for label in labels]
    title_height = font_size * 1.25 * 1.6 if show_title else 0.0
    rows_height = sum(
        len(w) * line + row + extra * line + gap / 2
        for w, extra in zip(wrapped, below, strict=True)
    )
    total_height = pad + title_height + rows_height + pad
    drawing = ChartDrawing(width, total_height, title, figures_alt_text(title, labels, texts))
    # A white background first: SVG is transparent, and Qt would show it on black.
    drawing.add(Rect(0, 0, width, total_height, fillColor=white, strokeColor=None))
    ink = HexColor(TEXT_COLOUR)
    blue = HexColor(BAR_COLOUR)
    top = total_height - pad
    if show_title:
        drawing.add(
            String(pad, top - font_size * 1.25, title, fontName=bold, fontSize=font_size * 1.25,
                   fillColor=ink)
        )  # fmt: skip
        top -= title_height
    for index, (lines, length) in enumerate(zip(wrapped, lengths, strict=True)):
        for label_line in lines:
            top -= line
            drawing.add(
                String(pad, top + font_size * 0.25, label_line, fontName=regular,
                       fontSize=font_size, fillColor=ink)
            )  # fmt: skip
        middle = top - row / 2
        if length > 0:
            drawing.add(
                Rect(bars_left, middle - bar_thickness / 2, length, bar_thickness,
                     fillColor=blue, strokeColor=None)
            )  # fmt: skip
        bottom = top - row - below[index] * line
        # The zero line, so that a short bar's start (or a count of 0) is clear.
        drawing.add(
            Line(bars_left, bottom, bars_left, top, strokeColor=ink,
                 strokeWidth=max(1.0, font_size / 12))
        )  # fmt: skip
        write_figure(drawing, places, index, length > 0, bars_left + length + gap / 2,
                     middle - font_size * 0.35, top - row, line, regular, font_size)  # fmt: skip
        top = bottom - gap / 2
    return drawing
