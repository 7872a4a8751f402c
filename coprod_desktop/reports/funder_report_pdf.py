"""The funder report as a large-print, tagged PDF (PDF/UA-1).

The figures come from services.funder_report; this module only puts them into words, tables
and charts. Diversity is printed from the *suppressed* tables (services.representation), as the
diversity report prints them, and its charts are the diversity report's own: no count from 1 to
4 appears. Nor does one among the people by role: the table, the chart (no bar) and its
alternative text all say "fewer than 5". Stories are the anonymised ones services.stories lets
out; nobody is named anywhere. Every chart has its figures in its alternative text and beside
its bars, and every table has header cells. Up to TABLE_MAX_FONT_SIZE the wider tables are
tables; above it each row is a block of its own, since four columns no longer fit across A4 in
very large print.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coprod_desktop.money import format_money
from coprod_desktop.monitoring_standard import ETHNIC_GROUP
from coprod_desktop.reports.charts import ChartDrawing, chart_svg
from coprod_desktop.reports.diversity_pdf import chart_images
from coprod_desktop.reports.document import (
    PageLayout,
    check_font_size,
    fits_on_one_line,
    render_pdf,
    svg_data_uri,
)
from coprod_desktop.reports.figure_charts import figure_bar_chart, money_bar_chart
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.funder_report import (
    MONEY_KINDS,
    FunderReport,
    count_text,
    hours_text,
)
from coprod_desktop.services.representation import FEWER_THAN_5
from coprod_desktop.vocabulary import PaymentKind

TEMPLATE = "funder_report.html"
DEFAULT_FONT_SIZE = 16
# Up to this size the tables of three or four columns are tables; above it, blocks.
TABLE_MAX_FONT_SIZE = 20

# The names of the kinds of payment as this report says them.
KIND_NAMES = {
    PaymentKind.FEE: "Fees for time",
    PaymentKind.EXPENSE: "Expenses",
    PaymentKind.VOUCHER: "Vouchers",
    PaymentKind.RECOGNITION: "Thank-yous (no money)",
}

ROLES_NOTE = (
    "Each person is counted once in the total. Some people have more than one role: they are "
    "counted once in each of their roles, so the roles add up to more than the total. To "
    "protect people's privacy, any number from 1 to 4 is shown as \u201cfewer than 5\u201d."
)
TIME_NOTE = (
    "Time is the time people spent at sessions they attended, plus the time agreed for them "
    "to prepare. Everyone who attended is counted, staff included."
)
PAYMENTS_NOTE = (
    "Payments are counted by the date of the session or expense they are for. Cancelled "
    "payments are left out. A payment put right later counts at its corrected amount. Payments "
    "not yet paid (draft or approved) are included: the group owes them."
)
DIVERSITY_NOTE = (
    "This shows who took part, compared with the population the group serves. Each person "
    "who attended a session in the period is counted once. Answers are voluntary. Shares are "
    "of the people who answered the question."
)
SUPPRESSION_NOTE = (
    "To protect people's privacy, any number from 1 to 4 is shown as \u201cfewer than 5\u201d. "
    "Where a small number could still be worked out from the others, another number is hidden "
    "too and shown as \u201cnot shown\u201d. The diversity report gives more detail, including "
    "all 19 ethnic groups."
)
STORIES_NOTE = (
    "These are stories people agreed may be shared. They are anonymised: names are taken out "
    "and only the month is given. Stories kept for the group alone are never included."
)


def standings_note(as_of: date) -> str:
    return (
        f"Where each project stood in the cycle of co-production on {long_date(as_of)}, and "
        "the latest time by then that its group rated together how well it lives the values "
        "of co-production (1 is not yet, 5 is fully)."
    )


@dataclass(frozen=True)
class ChartImage:
    src: str
    alt: str
    width: float
    height: float


def image_of(drawing: ChartDrawing) -> ChartImage:
    return ChartImage(
        src=svg_data_uri(chart_svg(drawing)),
        alt=drawing.alt_text,
        width=round(drawing.width, 2),
        height=round(drawing.height, 2),
    )


def drawing_parts(
    title: str,
    count: int,
    draw: Callable[[int, int, str], ChartDrawing],
    font_size: int,
) -> list[ChartDrawing]:
    """A chart of ``count`` rows, in as many parts as it takes for each to fit on a page
    (large print makes a chart tall). ``draw(start, end, title)`` draws rows start to end, on
    the whole chart's scale."""
    room = PageLayout(font_size).content_height * 0.8
    parts: list[tuple[int, int]] = []
    start = 0
    while start < count:
        end = start + 1
        while end < count and draw(start, end + 1, title).height <= room:
            end += 1
        parts.append((start, end))
        start = end
    drawings = []
    for number, (start, end) in enumerate(parts, start=1):
        part_title = title if len(parts) == 1 else f"{title} (part {number} of {len(parts)})"
        drawings.append(draw(start, end, part_title))
    return drawings


def role_figures(report: FunderReport) -> tuple[list[str], list[int | None], list[str]]:
    """(labels, values, texts) for the chart of people by role. A count from 1 to 4 has no
    bar (its length would give the number away) and is written "fewer than 5 people"."""
    labels = [r.label for r in report.roles]
    values = [None if r.small else r.people for r in report.roles]
    texts = [
        f"{FEWER_THAN_5} people" if r.small else count_text(r.people, "person", "people")
        for r in report.roles
    ]
    return labels, values, texts


def people_drawings(report: FunderReport, font_size: int) -> list[ChartDrawing]:
    """The chart of people by role, as wide as the page's text at ``font_size``."""
    if not report.people:
        return []
    labels, values, texts = role_figures(report)
    highest = max((v for v in values if v is not None), default=0)

    def draw(start: int, end: int, title: str) -> ChartDrawing:
        return figure_bar_chart(
            title,
            labels[start:end],
            values[start:end],
            texts[start:end],
            width=PageLayout(font_size).content_width,
            font_size=font_size,
            show_title=False,
            scale_top=highest,
        )

    return drawing_parts("People involved, by role", len(labels), draw, font_size)


def payments_drawings(report: FunderReport, font_size: int) -> list[ChartDrawing]:
    """The chart of payments by kind against the budget, as wide as the page's text."""
    labels = [KIND_NAMES[k] for k in MONEY_KINDS]
    values = [report.payment(k).amount_pence for k in MONEY_KINDS]
    labels.append("All payments in this period")
    values.append(report.money_pence)
    budget = report.budget
    if budget.budget_pence is not None:
        labels.append("Budget")
        values.append(budget.budget_pence)
        labels.append(f"Spent or owed from the budget up to {long_date(report.date_to)}")
        values.append(budget.spent_to_date_pence)

    def draw(start: int, end: int, title: str) -> ChartDrawing:
        return money_bar_chart(
            title,
            labels[start:end],
            values[start:end],
            width=PageLayout(font_size).content_width,
            font_size=font_size,
            show_title=False,
            scale_top=max(values, default=0),
        )

    return drawing_parts("Payments by kind, against the budget", len(labels), draw, font_size)


def payment_rows(report: FunderReport) -> list[dict[str, str]]:
    """One row for each kind of money payment, then their total (thank-yous are said apart)."""
    rows = []
    for kind in MONEY_KINDS:
        total = report.payment(kind)
        rows.append(
            {
                "label": KIND_NAMES[kind],
                "payments": f"{total.payments:,}",
                "amount": format_money(total.amount_pence),
                "unpaid": format_money(total.unpaid_pence),
            }
        )
    money = [report.payment(k) for k in MONEY_KINDS]
    rows.append(
        {
            "label": "Total",
            "payments": f"{sum(t.payments for t in money):,}",
            "amount": format_money(sum(t.amount_pence for t in money)),
            "unpaid": format_money(sum(t.unpaid_pence for t in money)),
        }
    )
    return rows


def payment_sentences(report: FunderReport) -> list[str]:
    lines = [
        f"{count_text(report.people_paid, 'person', 'people')} received money: fees, expenses "
        "or vouchers."
    ]
    thanks = report.payment(PaymentKind.RECOGNITION).payments
    if thanks:
        lines.append(
            f"People were also thanked {count_text(thanks, 'time')} without money, for example "
            "with a certificate, a reference or training."
        )
    else:
        lines.append("Nobody was thanked without money (with a certificate, say) this time.")
    if report.no_project_pence:
        lines.append(
            f"{format_money(report.no_project_pence)} of these payments belong to no project."
        )
    return lines


def budget_sentences(report: FunderReport) -> list[str]:
    budget = report.budget
    until = long_date(report.date_to)
    lines = []
    if report.project_id is not None:
        if budget.budget_pence is None:
            return [f"No budget is set for {report.project_name}."]
        lines.append(
            f"The budget for {report.project_name} is {format_money(budget.budget_pence)}, "
            "for the whole project."
        )
    else:
        if not budget.with_budget and not budget.without_budget:
            return ["No project was active in this period, so there is no budget to show."]
        if budget.budget_pence is None:
            lines.append("None of the projects active in this period has a budget set.")
        else:
            lines.append(
                f"Budgets are set for {len(budget.with_budget)} of the "
                f"{len(budget.with_budget) + len(budget.without_budget)} projects active in "
                f"this period. Together they come to {format_money(budget.budget_pence)}, for "
                "the whole of each project."
            )
        if budget.without_budget:
            lines.append("No budget is set for: " + "; ".join(budget.without_budget) + ".")
        if budget.budget_pence is None:
            return lines
    remaining = budget.remaining_pence
    assert remaining is not None  # a budget is set
    spent = format_money(budget.spent_to_date_pence)
    if remaining >= 0:
        lines.append(
            f"Up to {until}, {spent} of it was spent or owed, leaving {format_money(remaining)}."
        )
    else:
        lines.append(
            f"Up to {until}, {spent} was spent or owed: {format_money(-remaining)} more than "
            "the budget."
        )
    return lines


def diversity_sections(report: FunderReport, font_size: int) -> list[dict[str, object]]:
    """Each question as the diversity report shows it (the 19 ethnic groups are left to that
    report: the five groups are shown, suppressed together with them)."""
    sections: list[dict[str, object]] = []
    for table in report.diversity.tables:
        if table.question == ETHNIC_GROUP.code:
            continue
        sections.append(
            {
                "heading": table.heading,
                "table": table,
                "charts": [] if table.hidden else chart_images(table, font_size),
                "under": [row.label for row in table.under],
            }
        )
    return sections


def flagged(report: FunderReport) -> list[str]:
    return [
        f"{table.heading}: {row.label}"
        for table in report.diversity.tables
        if table.question != ETHNIC_GROUP.code
        for row in table.under
    ]


def _reference_name(report: FunderReport) -> str:
    reference = report.diversity.report.reference
    if reference.area and reference.area not in reference.name:
        return f"{reference.name} ({reference.area})"
    return reference.name


def action_sentences(report: FunderReport) -> list[str]:
    actions = report.actions
    lines = [
        f"{count_text(actions.completed, 'action')} "
        f"{'was' if actions.completed == 1 else 'were'} completed in this period.",
        f"{count_text(actions.still_open, 'action')} "
        f"{'is' if actions.still_open == 1 else 'are'} still open today "
        f"({long_date(report.today)}).",
    ]
    return lines


def feedback_sentences(report: FunderReport) -> list[str]:
    feedback = report.feedback
    if not feedback.responded and not feedback.waiting:
        return ["Nothing people said in this period was written down as feedback."]
    lines = [
        f"People told the group {count_text(feedback.responded + feedback.waiting, 'thing')} "
        f"in this period. The group has responded to {feedback.responded:,}."
    ]
    if feedback.waiting:
        lines.append(f"{feedback.waiting:,} still {'waits' if feedback.waiting == 1 else 'wait'} "
                     "for a response.")  # fmt: skip
    return lines


def story_lines(text: str) -> list[str]:
    """A story's text in its paragraphs (blank lines and line breaks kept as paragraphs)."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def report_context(report: FunderReport, font_size: int, organisation: str) -> dict[str, object]:
    """What the template fills in; every value is plain text (autoescaped there)."""
    layout = PageLayout(font_size)
    time_rows = [
        ("At sessions", hours_text(report.session_minutes)),
        ("Preparing", hours_text(report.prep_minutes)),
        ("Total", hours_text(report.minutes)),
    ]
    diversity_hidden = report.diversity.note if report.diversity.hidden else ""
    return {
        "project": report.project_name,
        "project_fits": fits_on_one_line(
            report.project_name, font_size * 1.6, layout.content_width
        ),
        "is_all": report.project_id is None,
        "period": report.period_text,
        "organisation": organisation,
        "made_on": long_date(report.today),
        "summary": report.summary,
        "sessions_sentence": (
            f"The group held {count_text(report.sessions, 'session')} in this period."
        ),
        "sessions_by_kind": [(k.label, f"{k.sessions:,}") for k in report.sessions_by_kind],
        "sessions_total": f"{report.sessions:,}",
        "people_sentence": (
            f"{count_text(report.people, 'person', 'people')} attended at least one session."
        ),
        "roles": [(r.label, r.people_text) for r in report.roles],
        "people_total": f"{report.people:,}",
        "roles_note": ROLES_NOTE,
        "people_charts": [image_of(d) for d in people_drawings(report, font_size)],
        "time_sentence": (
            f"People gave {hours_text(report.minutes)} of their time."
            if report.minutes
            else "No time was recorded for this period."
        ),
        "time_rows": time_rows,
        "time_note": TIME_NOTE,
        "payment_rows": payment_rows(report),
        "payment_sentences": payment_sentences(report),
        "payments_note": PAYMENTS_NOTE,
        "budget_sentences": budget_sentences(report),
        "payments_charts": [image_of(d) for d in payments_drawings(report, font_size)],
        "diversity_note": DIVERSITY_NOTE,
        "suppression_note": SUPPRESSION_NOTE,
        "reference": _reference_name(report),
        "diversity_people": report.diversity.people_text,
        "diversity_hidden": diversity_hidden,
        "flagged": flagged(report),
        "diversity_sections": [] if diversity_hidden else diversity_sections(report, font_size),
        "action_sentences": action_sentences(report),
        "completed": [
            (a.what, a.project_name, long_date(a.completed_on)) for a in report.actions.listed
        ],
        "completed_more": report.actions.not_listed,
        "feedback_sentences": feedback_sentences(report),
        "feedback": report.feedback.listed,
        "feedback_more": report.feedback.not_listed,
        "stories_note": STORIES_NOTE,
        "story_themes": report.story_themes,
        "story_lines": story_lines,
        "standings_note": standings_note(min(report.date_to, report.today)),
        "standings": report.standings,
        "as_table": font_size <= TABLE_MAX_FONT_SIZE,
        "long_date": long_date,
    }


def write_funder_report_pdf(
    report: FunderReport,
    path: Path,
    *,
    font_size: int = DEFAULT_FONT_SIZE,
    organisation: str = "",
) -> None:
    """Save ``report`` as a large-print, tagged PDF (PDF/UA-1) at ``path``, written to a
    temporary file and renamed when complete.

    ``font_size`` is the body text size in points (14 to 36; 16 by default; headings larger).
    ``organisation``, if given, is named as the group the report is from. Raises ValueError
    for a text size out of range and DocumentProblem when the file cannot be saved (nothing is
    left behind, and a file already at ``path`` is kept)."""
    check_font_size(font_size)
    organisation = organisation.strip()
    context = report_context(report, font_size, organisation)
    render_pdf(
        TEMPLATE, context, path, title=report.title, font_size=font_size, author=organisation
    )
