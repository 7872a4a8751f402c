"""Bar charts, drawn once for both the page and the screen.

:func:`bar_chart` makes a ReportLab ``Drawing``; :func:`chart_svg` turns it into SVG, which a
document embeds as ``<img alt="...">`` (a Figure with alternative text in the PDF's structure
tree) and the GUI shows with ``QSvgWidget``. :func:`chart_alt_text` reads every value out as
text, for screen readers.

Large print and colour: the drawing has a white background (without one, Qt shows it on
black), every label is at least the document's text size, the bars are one dark blue that
colour-blind people see as clearly as anyone (no red against green) and each bar has its amount
written beside it, so nothing depends on reading the bar's length or colour. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise
from xml.sax.saxutils import escape

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.colors import HexColor, white
from reportlab.lib.validators import isString
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from coprod_desktop.money import format_money
from coprod_desktop.resources import resource_path
from coprod_desktop.services.dates import MONTHS
from coprod_desktop.services.values_check import (
    HIGHEST,
    LOWEST,
    RATING_WORDS,
    SHORT_VALUE_LABELS,
    ValuesTrend,
)

BAR_COLOUR = "#1a4f8b"  # dark blue: 8.6:1 against white, distinct for every colour vision
TEXT_COLOUR = "#000000"
FONT_FAMILY = "Atkinson Hyperlegible"
# One family, not a list: Qt's SVG renderer reads a list as a single (unknown) name and falls
# back to its default font. Characters Atkinson Hyperlegible lacks (Arabic, Chinese, ...) still
# come from other fonts: WeasyPrint and Qt both fall back glyph by glyph. The GUI must add the
# font with QFontDatabase.addApplicationFont for Qt to find it.
SVG_FONT_FAMILY = "Atkinson Hyperlegible"
# Text is measured in Atkinson Hyperlegible; leave room for a wider fallback font.
MEASURE_SLACK = 1.08
DEFAULT_WIDTH = 480.0
DEFAULT_FONT_SIZE = 14.0


class ChartDrawing(Drawing):  # type: ignore[misc]  # ReportLab has no type hints
    """A ReportLab drawing that remembers its title and alternative text for its SVG."""

    _attrMap = AttrMap(
        BASE=Drawing,
        chart_title=AttrMapValue(isString, desc="what the chart shows"),
        alt_text=AttrMapValue(isString, desc="every value, as text"),
    )

    def __init__(self, width: float, height: float, chart_title: str, alt_text: str) -> None:
        super().__init__(width, height)
        self.chart_title = chart_title
        self.alt_text = alt_text


@lru_cache(maxsize=1)
def chart_fonts() -> tuple[str, str]:
    """The ReportLab names of the regular and bold fonts used to measure and draw labels.

    Atkinson Hyperlegible when this installation has it (the text is measured with the same
    font the document prints with); Helvetica otherwise.
    """
    regular = resource_path("fonts", "AtkinsonHyperlegible-Regular.ttf")
    bold = resource_path("fonts", "AtkinsonHyperlegible-Bold.ttf")
    if regular is None or bold is None:
        return "Helvetica", "Helvetica-Bold"
    names = (FONT_FAMILY, f"{FONT_FAMILY} Bold")
    registered = pdfmetrics.getRegisteredFontNames()
    for name, path in zip(names, (regular, bold), strict=True):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    return names


def chart_alt_text(title: str, labels: Sequence[str], values_pence: Sequence[int]) -> str:
    """Every value as text: 'Payments by month: April 2025 £37.50, May 2025 £0.00.'"""
    _check(labels, values_pence)
    if not labels:
        return f"{title}: nothing to show."
    items = ", ".join(
        f"{label} {format_money(value)}" for label, value in zip(labels, values_pence, strict=True)
    )
    return f"{title}: {items}."


def bar_chart(
    title: str,
    labels: Sequence[str],
    values_pence: Sequence[int],
    *,
    width: float = DEFAULT_WIDTH,
    height: float | None = None,
    font_size: float = DEFAULT_FONT_SIZE,
    show_title: bool = True,
) -> ChartDrawing:
    """A horizontal bar chart of amounts of money, one labelled row per value, top to bottom.

    Sizes are in points (for a document) or pixels (on screen); no text is ever smaller than
    ``font_size``. Without ``height`` each row is 1.6 times the text size; with it, rows are
    squeezed to fit (down to 1.25 times the text size, below which the drawing is taller than
    asked). Likewise the drawing is wider than ``width`` when the labels and amounts leave no
    room for bars. Labels are on the left, each bar starts at zero and its amount is written at
    its end (to the left for a negative amount, or right of the zero line when there is no room
    on the left). ``show_title`` draws the title above the bars; a document that already has a
    heading for the chart turns it off.
    """
    _check(labels, values_pence)
    if font_size <= 0 or width <= 0:
        raise ValueError("A chart needs a positive width and text size.")
    regular, bold = chart_fonts()
    pad = font_size * 0.4
    gap = font_size * 0.6
    title_height = font_size * 1.25 * 1.6 if show_title else 0.0
    row = font_size * 1.6
    if height is not None and labels:  # squeeze the rows to fit, but never below the text
        room = (height - 2 * pad - title_height) / len(labels)
        row = max(font_size * 1.25, min(row, room))
    bar_thickness = min(font_size * 1.1, row * 0.8)

    amounts = [format_money(v) for v in values_pence]
    label_width = MEASURE_SLACK * max(
        (stringWidth(t, regular, font_size) for t in labels), default=0.0
    )
    amount_width = MEASURE_SLACK * max(
        (stringWidth(t, regular, font_size) for t in amounts), default=0.0
    )
    low = min(0, *values_pence) if values_pence else 0
    high = max(0, *values_pence) if values_pence else 0

    # Amounts of zero or more are written to the right of the zero line, negative ones to the
    # left of their bar, when there is room for both.
    negatives_left = low < 0
    bars_left = pad + label_width + gap + (amount_width + gap if negatives_left else 0.0)
    bars_right = width - pad - amount_width - gap
    if negatives_left and bars_right - bars_left < font_size * 2:
        # No room for amounts on both sides (large text): a negative amount is written right of
        # the zero line too, where there is always room, before the chart gets any wider.
        negatives_left = False
        bars_left = pad + label_width + gap
    if bars_right - bars_left < font_size * 2:  # too narrow: widen rather than shrink the text
        width += font_size * 2 - (bars_right - bars_left)
        bars_right = width - pad - amount_width - gap
    span = high - low
    scale = (bars_right - bars_left) / span if span else 0.0
    zero_x = bars_left - low * scale

    needed = pad + title_height + row * len(labels) + pad
    total_height = max(needed, height or 0.0)
    drawing = ChartDrawing(width, total_height, title, chart_alt_text(title, labels, values_pence))
    # A white background first: SVG is transparent, and Qt would show it on black.
    drawing.add(Rect(0, 0, width, total_height, fillColor=white, strokeColor=None))
    ink = HexColor(TEXT_COLOUR)
    top = total_height - pad
    if show_title:
        drawing.add(
            String(
                pad,
                top - font_size * 1.25,
                title,
                fontName=bold,
                fontSize=font_size * 1.25,
                fillColor=ink,
            )
        )
        top -= title_height
    bar_colour = HexColor(BAR_COLOUR)
    for index, (label, value, amount) in enumerate(zip(labels, values_pence, amounts, strict=True)):
        middle = top - row * (index + 0.5)
        baseline = middle - font_size * 0.35
        drawing.add(
            String(pad, baseline, label, fontName=regular, fontSize=font_size, fillColor=ink)
        )
        length = value * scale
        if value:
            drawing.add(
                Rect(
                    min(zero_x, zero_x + length),
                    middle - bar_thickness / 2,
                    abs(length),
                    bar_thickness,
                    fillColor=bar_colour,
                    strokeColor=None,
                )
            )
        if value < 0 and negatives_left:
            x, anchor = zero_x + length - gap / 2, "end"
        else:
            x, anchor = zero_x + max(length, 0.0) + gap / 2, "start"
        drawing.add(
            String(
                x,
                baseline,
                amount,
                fontName=regular,
                fontSize=font_size,
                fillColor=ink,
                textAnchor=anchor,
            )
        )
    if labels:  # the zero line, so a bar's start is clear even when it is short
        drawing.add(
            Line(
                zero_x,
                top,
                zero_x,
                top - row * len(labels),
                strokeColor=ink,
                strokeWidth=max(1.0, font_size / 12),
            )
        )
    return drawing


def chart_svg(drawing: Drawing) -> str:
    """The drawing as an SVG document, with its title and alternative text inside it.

    Text stays text (in Atkinson Hyperlegible, falling back to other sans-serif fonts), so it is
    sharp at any size and a PDF keeps it as real text.
    """
    regular, bold = chart_fonts()
    svg: str = renderSVG.drawToString(
        drawing,
        fontHacks={
            regular: {"family": SVG_FONT_FAMILY},
            bold: {"family": SVG_FONT_FAMILY, "weight": "bold"},
        },
    )
    title = getattr(drawing, "chart_title", "") or ""
    alt = getattr(drawing, "alt_text", "") or ""
    # ReportLab writes placeholder <title>...</title> and <desc>...</desc> elements.
    svg = svg.replace("<title>...</title>", f"<title>{escape(title)}</title>", 1)
    svg = svg.replace("<desc>...</desc>", f"<desc>{escape(alt)}</desc>", 1)
    # No DOCTYPE: it names an external DTD, which no SVG reader needs.
    return re.sub(r"<!DOCTYPE[^>]*>\s*", "", svg, count=1)


def _check(labels: Sequence[str], values_pence: Sequence[int]) -> None:
    if len(labels) != len(values_pence):
        raise ValueError(
            f"A chart needs one label for each value: there are {len(labels)} labels and "
            f"{len(values_pence)} values."
        )


# --- paired bars: two figures per category (such as who took part against who was expected) ---

OUTLINE_WIDTH = 1.5


def wrap_label(text: str, font: str, font_size: float, width: float) -> list[str]:
    """``text`` split into lines that fit ``width`` at ``font_size`` (words are not split)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and MEASURE_SLACK * stringWidth(trial, font, font_size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines or [""]


def paired_alt_text(
    title: str,
    labels: Sequence[str],
    first: Sequence[str],
    second: Sequence[str],
    names: tuple[str, str],
) -> str:
    """Every figure as text: 'Sex: Female: took part 30.0%, expected 50.0%; Male: ...'."""
    if not (len(labels) == len(first) == len(second)):
        raise ValueError("A chart needs two figures for each label.")
    if not labels:
        return f"{title}: nothing to show."
    items = "; ".join(
        f"{label}: {names[0].lower()} {a}, {names[1].lower()} {b}"
        for label, a, b in zip(labels, first, second, strict=True)
    )
    return f"{title}: {items}."


@dataclass(frozen=True)
class FigurePlaces:
    """Where the figure written for each bar goes (see :func:`place_figures`)."""

    right: float  # where text ends: the drawing is this plus its padding wide
    bars_right: float  # where the longest bar ends
    start: float  # where a figure not beside its bar starts: just right of the zero line
    beside: tuple[bool, ...]  # written on one line at the end of its bar
    lines: tuple[tuple[str, ...], ...]  # each figure's text, line by line

    def lines_below(self, index: int, has_bar: bool) -> int:
        """The lines a figure takes below its bar's row: none when it is beside its bar; with
        no bar its first line is in the row; otherwise all its lines are under the bar."""
        if self.beside[index]:
            return 0
        count = len(self.lines[index])
        return count if has_bar else count - 1


def place_figures(
    values: Sequence[int | None],
    texts: Sequence[str],
    *,
    font: str,
    font_size: float,
    bars_left: float,
    right: float,
    gap: float,
) -> FigurePlaces:
    """Where each bar's figure is written, so that no text runs past ``right`` (the drawing's
    width less its padding) and the bars keep at least twice the text size to grow in.

    A short figure goes at the end of its bar, on the same line. A bar of zero (or none, for a
    figure not shown) leaves room from the zero line to ``right``, so its figure starts there
    and wraps onto more lines when it needs them ("not shown (fewer than 5 people)" in very
    large print). A figure too long to sit beside any bar goes on lines of its own under its
    bar. ``right`` moves only when a single word, or the bars' least room, needs it."""
    shortest_bars = font_size * 2
    start = bars_left + gap / 2

    def measure(text: str) -> float:
        return float(MEASURE_SLACK * stringWidth(text, font, font_size))

    widest_word = max((measure(w) for t in texts for w in t.split()), default=0.0)
    right = max(right, start + widest_word, start + shortest_bars)
    longest_beside = right - start - shortest_bars
    beside = tuple(
        value is not None and value > 0 and measure(text) <= longest_beside
        for value, text in zip(values, texts, strict=True)
    )
    text_width = max((measure(t) for t, b in zip(texts, beside, strict=True) if b), default=0.0)
    lines = tuple(
        (text,) if by_bar else tuple(wrap_label(text, font, font_size, right - start))
        for text, by_bar in zip(texts, beside, strict=True)
    )
    return FigurePlaces(right, right - gap / 2 - text_width, start, beside, lines)


def paired_bar_chart(
    title: str,
    labels: Sequence[str],
    first_values: Sequence[int | None],
    second_values: Sequence[int | None],
    *,
    first_texts: Sequence[str],
    second_texts: Sequence[str],
    names: tuple[str, str] = ("Took part", "Expected"),
    width: float = DEFAULT_WIDTH,
    font_size: float = DEFAULT_FONT_SIZE,
    show_title: bool = True,
    scale_top: int | None = None,
) -> ChartDrawing:
    """A horizontal bar chart with two bars for each category, top to bottom.

    Each category's label is written on its own line(s) above its bars (long labels wrap), then
    a bar for each of the two series, named on the left (``names``) with its figure written at
    its end (``first_texts`` / ``second_texts``). Values are any whole numbers on one scale
    (such as hundredths of a per cent); None draws no bar but still writes the text (for a
    figure not shown, say "fewer than 5"). A figure too long for the line wraps onto lines
    below it (see :func:`place_figures`), so the chart keeps to ``width`` even in 36 point
    print. The first series is solid dark blue, the second an outline only, and both are named
    in words, so nothing depends on colour. No text is smaller than ``font_size``; the drawing
    is wider than ``width`` only if a single word needs it. ``scale_top`` is the value the
    longest bar stands for (the largest value by default): every part of a chart split across
    pages is given the whole chart's largest, so their bars can be compared.
    """
    count = len(labels)
    if not (count == len(first_values) == len(second_values) == len(first_texts)):
        raise ValueError("A chart needs two values and two texts for each label.")
    if len(second_texts) != count:
        raise ValueError("A chart needs two values and two texts for each label.")
    if font_size <= 0 or width <= 0:
        raise ValueError("A chart needs a positive width and text size.")
    regular, bold = chart_fonts()
    pad = font_size * 0.4
    gap = font_size * 0.6
    line = font_size * 1.3
    row = font_size * 1.5
    bar_thickness = font_size * 1.0
    name_width = MEASURE_SLACK * max(stringWidth(n, regular, font_size) for n in names)
    widest_word = max(
        (stringWidth(w, bold, font_size) for t in labels for w in t.split()), default=0.0
    )
    width = max(width, MEASURE_SLACK * widest_word + 2 * pad)
    bars_left = pad + name_width + gap
    # Both series in one list: first, second, first, second ... for each category.
    values = [v for pair in zip(first_values, second_values, strict=True) for v in pair]
    texts = [t for pair in zip(first_texts, second_texts, strict=True) for t in pair]
    places = place_figures(
        values, texts, font=regular, font_size=font_size, bars_left=bars_left,
        right=width - pad, gap=gap,
    )  # fmt: skip
    width = places.right + pad
    highest = max((v for v in values if v is not None), default=0)
    highest = max(highest, scale_top or 0)
    scale = (places.bars_right - bars_left) / highest if highest > 0 else 0.0
    wrapped = [wrap_label(label, bold, font_size, width - 2 * pad) for label in labels]
    title_height = font_size * 1.25 * 1.6 if show_title else 0.0
    below = [places.lines_below(i, bool(v and v > 0)) for i, v in enumerate(values)]
    block_heights = [
        len(lines) * line + 2 * row + (below[2 * i] + below[2 * i + 1]) * line + gap
        for i, lines in enumerate(wrapped)
    ]
    total_height = pad + title_height + sum(block_heights) + pad
    alt = paired_alt_text(title, labels, first_texts, second_texts, names)
    drawing = ChartDrawing(width, total_height, title, alt)
    drawing.add(Rect(0, 0, width, total_height, fillColor=white, strokeColor=None))
    ink = HexColor(TEXT_COLOUR)
    blue = HexColor(BAR_COLOUR)
    top = total_height - pad
    if show_title:
        drawing.add(
            String(
                pad, top - font_size * 1.25, title, fontName=bold, fontSize=font_size * 1.25,
                fillColor=ink,
            )
        )  # fmt: skip
        top -= title_height
    for index, lines in enumerate(wrapped):
        for text in lines:
            top -= line
            drawing.add(
                String(pad, top + font_size * 0.25, text, fontName=bold, fontSize=font_size,
                       fillColor=ink)
            )  # fmt: skip
        bars_top = top
        for series in (0, 1):
            at = 2 * index + series
            value, solid = values[at], series == 0
            middle = top - row / 2
            baseline = middle - font_size * 0.35
            drawing.add(
                String(pad, baseline, names[series], fontName=regular, fontSize=font_size,
                       fillColor=ink)
            )  # fmt: skip
            length = max(0, value or 0) * scale
            if length > 0:
                drawing.add(
                    Rect(
                        bars_left,
                        middle - bar_thickness / 2,
                        length,
                        bar_thickness,
                        fillColor=blue if solid else white,
                        strokeColor=None if solid else blue,
                        strokeWidth=OUTLINE_WIDTH,
                    )
                )
            top -= row
            write_figure(drawing, places, at, length > 0, bars_left + length + gap / 2,
                          baseline, top, line, regular, font_size)  # fmt: skip
            top -= places.lines_below(at, length > 0) * line
        # The zero line beside each pair, so a short bar's start is clear.
        drawing.add(
            Line(
                bars_left,
                bars_top,
                bars_left,
                top,
                strokeColor=ink,
                strokeWidth=max(1.0, font_size / 12),
            )
        )
        top -= gap
    return drawing


def write_figure(
    drawing: Drawing,
    places: FigurePlaces,
    index: int,
    has_bar: bool,
    beside_x: float,
    baseline: float,
    row_bottom: float,
    line: float,
    font: str,
    font_size: float,
) -> None:
    """The figure for bar ``index``: beside the bar's end (``beside_x``, on ``baseline``), or
    from the zero line, starting on the bar's row when it has no bar or under it when it has.
    ``row_bottom`` is the bottom of the bar's row and ``line`` the height of a line of text."""
    ink = HexColor(TEXT_COLOUR)
    if places.beside[index]:
        drawing.add(
            String(beside_x, baseline, places.lines[index][0], fontName=font,
                   fontSize=font_size, fillColor=ink)
        )  # fmt: skip
        return
    for number, text in enumerate(places.lines[index]):
        if has_bar:
            y = row_bottom - (number + 1) * line + font_size * 0.25
        elif number == 0:
            y = baseline
        else:
            y = row_bottom - number * line + font_size * 0.25
        drawing.add(String(places.start, y, text, fontName=font, fontSize=font_size, fillColor=ink))


# --- the values self-check over time: one line for each value ------------------------------------

# Each value has its own colour, marker shape and dash pattern, so a line can be followed (and
# named from the legend) in black and white, or by someone who sees no difference in colour.
# The colours are dark enough to stand out against white (at least 4.5:1).
TREND_STYLES: tuple[tuple[str, str, tuple[float, ...] | None], ...] = (
    ("#1a4f8b", "circle", None),  # dark blue, solid
    ("#a64200", "square", (6.0, 3.0)),  # dark orange, dashes
    ("#00704a", "triangle", (1.5, 2.5)),  # dark green, dots
    ("#6d2a85", "diamond", (8.0, 3.0, 1.5, 3.0)),  # purple, dash and dot
    ("#000000", "cross", (3.0, 2.0)),  # black, short dashes
)
STAFF_ONLY_BAND = "#e3e3e3"  # light grey behind a check filled in by staff alone
GRID_COLOUR = "#8c8c8c"
STAFF_ONLY_TEXT = "Staff only"


def _marker(shape: str, x: float, y: float, size: float, colour: object) -> list[object]:
    """A filled marker of ``shape`` centred on (x, y), ``size`` across."""
    half = size / 2
    if shape == "circle":
        return [Circle(x, y, half, fillColor=colour, strokeColor=white, strokeWidth=0.8)]
    if shape == "square":
        inner = half * 0.85
        return [
            Rect(x - inner, y - inner, 2 * inner, 2 * inner, fillColor=colour, strokeColor=white,
                 strokeWidth=0.8)
        ]  # fmt: skip
    if shape == "triangle":
        points = [x - half, y - half * 0.8, x + half, y - half * 0.8, x, y + half]
        return [Polygon(points, fillColor=colour, strokeColor=white, strokeWidth=0.8)]
    if shape == "diamond":
        points = [x, y + half, x + half, y, x, y - half, x - half, y]
        return [Polygon(points, fillColor=colour, strokeColor=white, strokeWidth=0.8)]
    # A cross (x): two thick strokes.
    width = max(2.0, size / 4)
    return [
        Line(x - half, y - half, x + half, y + half, strokeColor=colour, strokeWidth=width),
        Line(x - half, y + half, x + half, y - half, strokeColor=colour, strokeWidth=width),
    ]


def _short_day(day: date) -> tuple[str, str]:
    """('3 Mar', '2026'): a date in two short lines for a chart's axis."""
    return f"{day.day} {MONTHS[day.month - 1][:3]}", str(day.year)


def values_trend_chart(
    trend: ValuesTrend,
    *,
    width: float = DEFAULT_WIDTH,
    font_size: float = DEFAULT_FONT_SIZE,
    show_title: bool = True,
) -> ChartDrawing:
    """A line chart of a project's values self-checks: one line for each value, the checks
    left to right (oldest first, evenly spaced, each labelled with its date), ratings 1 to 5
    up the side in numbers and words.

    Nothing rests on colour: each line has its own marker shape and dash pattern, named in the
    legend; a check filled in by staff alone has a grey band behind it and "Staff only" under
    its date, and the legend says what the band means. Where several values share a rating,
    their markers sit side by side instead of on top of each other. The alternative text is
    ``trend.alt_text``, which gives every rating and average in words.
    """
    if font_size <= 0 or width <= 0:
        raise ValueError("A chart needs a positive width and text size.")
    regular, bold = chart_fonts()
    ink = HexColor(TEXT_COLOUR)
    pad = font_size * 0.5
    gap = font_size * 0.6
    line_height = font_size * 1.25
    title = trend.title
    title_height = font_size * 1.25 * 1.6 if show_title else 0.0
    count = len(trend.dates)
    values = list(trend.series)

    def text_width(text: str, font: str = regular) -> float:
        return float(MEASURE_SLACK * stringWidth(text, font, font_size))

    if not count:
        height = pad + title_height + line_height + pad
        drawing = ChartDrawing(width, height, title, trend.alt_text)
        drawing.add(Rect(0, 0, width, height, fillColor=white, strokeColor=None))
        top = height - pad
        if show_title:
            drawing.add(
                String(pad, top - font_size * 1.25, title, fontName=bold,
                       fontSize=font_size * 1.25, fillColor=ink)
            )  # fmt: skip
            top -= title_height
        drawing.add(
            String(pad, top - font_size, "No self-checks yet.", fontName=regular,
                   fontSize=font_size, fillColor=ink)
        )  # fmt: skip
        return drawing

    # The legend: a sample of each line with its marker, then the value's name, in two columns
    # when they fit; what the grey band means on a row of its own after them.
    sample = font_size * 3
    names = [SHORT_VALUE_LABELS[v] for v in values]
    item_width = sample + gap + max(text_width(n) for n in names)
    columns = 2 if 2 * item_width + 2 * gap <= width - 2 * pad else 1
    band_text = f"Grey band: {STAFF_ONLY_TEXT.lower()}, no one with lived experience"
    band_width = sample + gap + text_width(band_text) if any(trend.staff_only) else 0.0
    width = max(width, item_width + 2 * pad, band_width + 2 * pad)  # wider, not smaller text
    value_rows = -(-len(names) // columns)
    legend_items: list[tuple[str, int | None, int, int]] = [
        (name, index, *divmod(index, columns)) for index, name in enumerate(names)
    ]
    if band_width:
        legend_items.append((band_text, None, value_rows, 0))
    legend_rows = value_rows + (1 if band_width else 0)
    legend_row = font_size * 1.6

    # The scale up the side: each point in numbers and words.
    scale_labels = {r: f"{r} {RATING_WORDS[r]}" for r in range(LOWEST, HIGHEST + 1)}
    scale_width = max(text_width(t) for t in scale_labels.values())
    plot_left = pad + scale_width + gap
    plot_right = width - pad
    if plot_right - plot_left < font_size * 4 * count**0.5:
        width += font_size * 4 * count**0.5 - (plot_right - plot_left)
        plot_right = width - pad
    slot = (plot_right - plot_left) / count
    step_y = font_size * 2.4
    plot_height = step_y * (HIGHEST - LOWEST) + font_size * 1.4  # room above 5, below 1

    # Dates under the plot; every check when they fit, else every few (the alternative text
    # and the table give them all).
    day_lines = [_short_day(d) for d in trend.dates]
    widest = max(max(text_width(a), text_width(b)) for a, b in day_lines)
    if any(trend.staff_only):
        widest = max(widest, text_width(STAFF_ONLY_TEXT))
    every = max(1, int(-(-(widest + gap) // slot)))
    label_lines = 3 if any(trend.staff_only) else 2
    labels_height = gap + label_lines * line_height

    legend_height = gap + legend_rows * legend_row
    height = pad + title_height + plot_height + labels_height + legend_height + pad
    drawing = ChartDrawing(width, height, title, trend.alt_text)
    drawing.add(Rect(0, 0, width, height, fillColor=white, strokeColor=None))
    top = height - pad
    if show_title:
        drawing.add(
            String(pad, top - font_size * 1.25, title, fontName=bold, fontSize=font_size * 1.25,
                   fillColor=ink)
        )  # fmt: skip
        top -= title_height
    plot_top = top
    plot_bottom = plot_top - plot_height
    lowest_y = plot_bottom + font_size * 0.7

    def y_of(rating: int) -> float:
        return lowest_y + (rating - LOWEST) * step_y

    def x_of(index: int) -> float:
        return plot_left + slot * (index + 0.5)

    # Staff-only checks: a grey band behind their column.
    for index, staff_only in enumerate(trend.staff_only):
        if staff_only:
            drawing.add(
                Rect(plot_left + slot * index + slot * 0.08, plot_bottom, slot * 0.84, plot_height,
                     fillColor=HexColor(STAFF_ONLY_BAND), strokeColor=None)
            )  # fmt: skip
    # Grid lines and the scale.
    for rating, label in scale_labels.items():
        y = y_of(rating)
        drawing.add(
            Line(plot_left, y, plot_right, y, strokeColor=HexColor(GRID_COLOUR), strokeWidth=0.6)
        )
        drawing.add(
            String(pad, y - font_size * 0.35, label, fontName=regular, fontSize=font_size,
                   fillColor=ink)
        )  # fmt: skip
    drawing.add(
        Line(plot_left, plot_bottom, plot_left, plot_top, strokeColor=ink,
             strokeWidth=max(1.0, font_size / 12))
    )  # fmt: skip
    # The lines, each value's markers nudged sideways so equal ratings stay visible.
    nudge = min(slot * 0.09, font_size * 0.45)
    marker_size = font_size * 0.75
    line_width = max(1.5, font_size / 8)
    for series_index, value in enumerate(values):
        colour_text, shape, dashes = TREND_STYLES[series_index % len(TREND_STYLES)]
        colour = HexColor(colour_text)
        offset = (series_index - (len(values) - 1) / 2) * nudge
        points = [(x_of(i) + offset, y_of(rating)) for i, rating in enumerate(trend.series[value])]
        # Separate segments, not a polyline: ReportLab's SVG fills a polyline in black.
        dash = [d * line_width for d in dashes] if dashes else None
        for (x1, y1), (x2, y2) in pairwise(points):
            drawing.add(
                Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=line_width,
                     strokeDashArray=dash)
            )  # fmt: skip
        for x, y in points:
            for shape_drawn in _marker(shape, x, y, marker_size, colour):
                drawing.add(shape_drawn)
    # Dates (and "Staff only") under their checks.
    baseline = plot_bottom - gap - font_size
    for index, (first, second) in enumerate(day_lines):
        if index % every:
            continue
        x = x_of(index)
        lines = [first, second]
        if trend.staff_only[index]:
            lines.append(STAFF_ONLY_TEXT)
        for row, text in enumerate(lines):
            drawing.add(
                String(x, baseline - row * line_height, text, fontName=regular,
                       fontSize=font_size, fillColor=ink, textAnchor="middle")
            )  # fmt: skip
    # The legend, row by row.
    legend_top = plot_bottom - labels_height - gap
    column_width = (width - 2 * pad) / columns
    for text, style_index, row, column in legend_items:
        left = pad + column * column_width
        middle = legend_top - legend_row * (row + 0.5)
        if style_index is None:
            drawing.add(
                Rect(left, middle - font_size * 0.6, sample, font_size * 1.2,
                     fillColor=HexColor(STAFF_ONLY_BAND), strokeColor=ink, strokeWidth=0.6)
            )  # fmt: skip
        else:
            colour_text, shape, dashes = TREND_STYLES[style_index % len(TREND_STYLES)]
            colour = HexColor(colour_text)
            dash = [d * line_width for d in dashes] if dashes else None
            drawing.add(
                Line(left, middle, left + sample, middle, strokeColor=colour,
                     strokeWidth=line_width, strokeDashArray=dash)
            )  # fmt: skip
            for shape_drawn in _marker(shape, left + sample / 2, middle, marker_size, colour):
                drawing.add(shape_drawn)
        drawing.add(
            String(left + sample + gap, middle - font_size * 0.35, text, fontName=regular,
                   fontSize=font_size, fillColor=ink)
        )  # fmt: skip
    return drawing
