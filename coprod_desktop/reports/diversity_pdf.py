"""The representation report as a large-print, tagged PDF (PDF/UA-1).

Everything printed comes from the *suppressed* table (services.representation.suppressed): no
count from 1 to 4 appears anywhere, nor anything from which one could be worked out. Each
question has a heading, a sentence saying how many people answered, a table (up to 15 points;
above that one block per category, since six columns no longer fit across A4) and a chart of
the share who took part against the share expected, drawn by reports.charts as vector
graphics with every figure also in its alternative text. Under-represented is said in words,
never by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from pathlib import Path

from coprod_desktop.reports.charts import ChartDrawing, chart_svg, paired_bar_chart
from coprod_desktop.reports.document import (
    PageLayout,
    check_font_size,
    fits_on_one_line,
    render_pdf,
    svg_data_uri,
)
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.reference_data import ratio_text
from coprod_desktop.services.representation import (
    FEWER_THAN_5,
    PRIMARY,
    SuppressedReport,
    SuppressedTable,
)

TEMPLATE = "diversity.html"
DEFAULT_FONT_SIZE = 16
TABLE_MAX_FONT_SIZE = 15
SERIES = ("Took part", "Expected")

COUNTING = (
    "People are counted once each, if they attended at least one session in the period, "
    "whatever their role. For each person the latest monitoring form they filled in counts. "
    "Shares are of the people who answered the question: \u201cPrefer not to say\u201d and "
    "\u201cNot answered\u201d (never asked, or left blank) are counted apart and left out of "
    "every percentage, in the reference population too."
)
RATIO = (
    "The representation ratio is the share who took part divided by the share expected from "
    "the reference population: 1.00 means as many as expected, 0.50 half as many."
)
SUPPRESSION = (
    "To protect people's privacy, any number from 1 to 4 is shown as \u201cfewer than 5\u201d. "
    "Where a small number could still be worked out by taking the others away from a total, "
    "another number is also hidden and shown as \u201cnot shown\u201d. Percentages and ratios "
    "are not given for numbers that are hidden. A question where even that is not enough is "
    "left out, with a note saying so."
)


@dataclass(frozen=True)
class ChartImage:
    src: str
    alt: str
    width: float
    height: float


def report_title(shown: SuppressedReport) -> str:
    return f"Diversity report: {shown.report.project_name}"


def figure_texts(
    table: SuppressedTable,
) -> tuple[list[str], list[int | None], list[str], list[int | None], list[str]]:
    labels, took, took_texts, expected, expected_texts = [], [], [], [], []
    for row in table.categories:
        labels.append(row.label)
        took.append(row.share_bp)
        if row.share_text:
            took_texts.append(row.share_text)
        elif row.suppression == PRIMARY:
            took_texts.append(f"not shown ({FEWER_THAN_5} people)")
        else:
            took_texts.append("not shown")
        expected.append(row.expected_bp)
        expected_texts.append(row.expected_text or "no figure")
    return labels, took, took_texts, expected, expected_texts


def chart_drawings(table: SuppressedTable, font_size: int) -> list[ChartDrawing]:
    """The table's chart at ``font_size``, as wide as the page's text, in as many parts as it
    takes for each to fit on a page (each part on the whole chart's scale)."""
    if table.hidden or not any(row.share_text for row in table.categories):
        return []
    labels, took, took_texts, expected, expected_texts = figure_texts(table)
    layout = PageLayout(font_size)
    room = layout.content_height * 0.8
    title = f"{table.heading}: share who took part and share expected"
    # One scale for every part, so that bars on different pages compare.
    highest = max((v for v in (*took, *expected) if v is not None), default=0)

    def draw(start: int, end: int, part_title: str) -> ChartDrawing:
        return paired_bar_chart(
            part_title,
            labels[start:end],
            took[start:end],
            expected[start:end],
            first_texts=took_texts[start:end],
            second_texts=expected_texts[start:end],
            names=SERIES,
            width=layout.content_width,
            font_size=font_size,
            show_title=False,
            scale_top=highest,
        )

    parts: list[tuple[int, int]] = []
    start = 0
    while start < len(labels):
        end = start + 1
        while end < len(labels) and draw(start, end + 1, title).height <= room:
            end += 1
        parts.append((start, end))
        start = end
    drawings = []
    for number, (start, end) in enumerate(parts, start=1):
        part_title = title if len(parts) == 1 else f"{title} (part {number} of {len(parts)})"
        drawings.append(draw(start, end, part_title))
    return drawings


def chart_images(table: SuppressedTable, font_size: int) -> list[ChartImage]:
    """The table's chart (chart_drawings) as images for a document."""
    return [
        ChartImage(
            src=svg_data_uri(chart_svg(drawing)),
            alt=drawing.alt_text,
            width=round(drawing.width, 2),
            height=round(drawing.height, 2),
        )
        for drawing in chart_drawings(table, font_size)
    ]


def report_context(
    shown: SuppressedReport, font_size: int, made_on: date, organisation: str
) -> dict[str, object]:
    report = shown.report
    reference = report.reference
    threshold = ratio_text(Fraction(report.threshold_pct, 100))
    sections = []
    for table in shown.tables:
        sections.append(
            {
                "heading": table.heading,
                "table": table,
                "charts": chart_images(table, font_size),
                "under": [row.label for row in table.under],
            }
        )
    flagged = [f"{table.heading}: {row.label}" for table in shown.tables for row in table.under]
    return {
        "project": report.project_name,
        "project_fits": fits_on_one_line(
            report.project_name, font_size * 1.6, PageLayout(font_size).content_width
        ),
        "period": f"{long_date(report.first)} to {long_date(report.last)}",
        "reference": reference.name
        + (
            f" ({reference.area})"
            if reference.area and reference.area not in reference.name
            else ""
        ),
        "sources": reference.sources or ([reference.source] if reference.source else []),
        "threshold": (
            f"A group is flagged as under-represented when its share is below "
            f"{report.threshold_pct}% of the share expected (a ratio below {threshold})."
        ),
        "min_response": (
            f"When fewer than {report.min_response_pct}% of the people answered a question, "
            "the report says \u201cnot enough answers to say\u201d and flags nothing."
        ),
        "people": shown.people_text,
        "organisation": organisation,
        "made_on": long_date(made_on),
        "counting": COUNTING,
        "ratio": RATIO,
        "suppression": SUPPRESSION,
        "hidden_note": shown.note,
        "flagged": flagged,
        "sections": sections if not shown.hidden else [],
        "as_table": font_size <= TABLE_MAX_FONT_SIZE,
    }


def write_diversity_pdf(
    shown: SuppressedReport,
    path: Path,
    *,
    font_size: int = DEFAULT_FONT_SIZE,
    made_on: date | None = None,
    organisation: str = "",
) -> None:
    """Save the suppressed report as a tagged, large-print PDF at ``path``.

    ``font_size`` is the body text size in points (14 to 36; 16 by default). Raises ValueError
    for a size out of range and DocumentProblem when the file cannot be saved."""
    check_font_size(font_size)
    organisation = organisation.strip()
    context = report_context(shown, font_size, made_on or date.today(), organisation)
    render_pdf(
        TEMPLATE,
        context,
        path,
        title=report_title(shown),
        font_size=font_size,
        author=organisation,
    )
