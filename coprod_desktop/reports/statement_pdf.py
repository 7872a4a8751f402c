"""A person's payment statement for a tax year, as a large-print, tagged PDF.

People give it to a benefits adviser, so it says in plain English what counts as income (fees
and vouchers) and what does not (expenses repaid), lists every payment with the date of the
work and the day it was paid, and shows the payments month by month as a chart whose amounts
are also written out as text. Reversals not settled yet are listed under a heading of their
own and counted nowhere (see services.statements for which payments count, and when).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coprod_desktop.money import format_money
from coprod_desktop.reports.charts import bar_chart, chart_alt_text, chart_svg
from coprod_desktop.reports.document import (
    MIN_FONT_SIZE,
    PageLayout,
    check_font_size,
    fits_on_one_line,
    long_date,
    month_name,
    render_pdf,
    svg_data_uri,
)
from coprod_desktop.services.statements import Statement, StatementLine
from coprod_desktop.tax_year import TaxYear

TEMPLATE = "statement.html"
CHART_TITLE = "Payments by month"
# Up to this text size every payment is a row of one table. Above it six columns no longer fit
# across A4 without splitting words, so each payment is listed on its own under a heading.
TABLE_MAX_FONT_SIZE = 15


@dataclass(frozen=True)
class SummaryRow:
    label: str
    amount: str
    total: bool = False


@dataclass(frozen=True)
class PaymentRow:
    day: str  # the date of the work
    description: str
    project: str
    kind: str
    paid_on: str  # the day paid, or why there is none
    amount: str


@dataclass(frozen=True)
class ChartImage:
    src: str
    alt: str
    width: float
    height: float


def statement_title(statement: Statement) -> str:
    """What the PDF viewer's title bar shows."""
    return f"Payment statement: {statement.name}, tax year {statement.tax_year.label}"


def tax_year_span(tax_year: TaxYear) -> str:
    """'6 April 2025 to 5 April 2026'."""
    return f"{long_date(tax_year.first_day)} to {long_date(tax_year.last_day)}"


def summary_rows(statement: Statement) -> list[SummaryRow]:
    rows = [
        SummaryRow("Fees for your time", format_money(statement.fees_pence)),
        SummaryRow("Vouchers", format_money(statement.vouchers_pence)),
        SummaryRow(
            "Fees and vouchers together: this counts as income",
            format_money(statement.income_pence),
        ),
        SummaryRow("Expenses repaid: this is not income", format_money(statement.expenses_pence)),
        SummaryRow("Total of all payments", format_money(statement.total_pence), total=True),
    ]
    if statement.not_yet_paid_pence:
        rows.append(
            SummaryRow(
                "Not paid yet (part of the total)", format_money(statement.not_yet_paid_pence)
            )
        )
    return rows


NOT_PAID = "Not paid yet"
NOT_SETTLED = "Correction not yet settled: not counted in the totals"


def payment_row(line: StatementLine) -> PaymentRow:
    kind = line.kind.label
    if line.is_reversal:
        kind = f"{kind} (reversal)"
    if line.is_paid:
        paid_on = long_date(line.paid_on) if line.paid_on else "Paid"
    else:
        # Said on the line itself, so that it is clear wherever the line is read from.
        paid_on = NOT_PAID if line.counted else NOT_SETTLED
    return PaymentRow(
        day=long_date(line.day),
        description=line.description.strip() or "No description",
        project=line.project.strip() or "No project",
        kind=kind,
        paid_on=paid_on,
        amount=format_money(line.amount_pence),
    )


def unsettled_sentence(statement: Statement) -> str:
    """Under the summary: the reversals left out of it, if any."""
    count = len(statement.unsettled_reversals)
    amount = format_money(statement.unsettled_reversals_pence)
    if count == 1:
        return (
            f"1 correction taking back {amount} is not settled yet, so it is not counted in "
            "the totals above. It is listed under Corrections not yet settled."
        )
    return (
        f"{count} corrections taking back {amount} in all are not settled yet, so they are "
        "not counted in the totals above. They are listed under Corrections not yet settled."
    )


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    first_days_only: bool = False  # 1 to 5 April, the end of the tax year

    def label(self, style: str = "long") -> str:
        """'September 2025' (long), 'September' (month) or 'Sep' (short)."""
        name = month_name(self.month)
        if style == "short":
            name = name[:3]
        if self.first_days_only:
            name = f"1 to 5 {name}"
        return f"{name} {self.year}" if style == "long" else name


def monthly_totals(statement: Statement) -> tuple[list[Month], list[int]]:
    """Each month of the tax year, April to March, with the total of its counted payments, by
    the day that puts each in the tax year (the day paid; if not paid yet, the date of the work).

    A tax year ends on 5 April, so payments from 1 to 5 April of the second year get a row of
    their own, shown only when there are any.
    """
    year = statement.tax_year
    months = [Month(year.start_year, m) for m in range(4, 13)]
    months += [Month(year.start_year + 1, m) for m in range(1, 4)]
    totals = {(m.year, m.month): 0 for m in months}
    april_next = (year.start_year + 1, 4)
    counted = statement.counted_lines
    end_of_year = [
        line
        for line in counted
        if line.counts_on in year and (line.counts_on.year, line.counts_on.month) == april_next
    ]
    for line in counted:
        key = (line.counts_on.year, line.counts_on.month)
        if line.counts_on in year and key in totals:
            totals[key] += line.amount_pence
    values = [totals[(m.year, m.month)] for m in months]
    if end_of_year:
        months.append(Month(year.start_year + 1, 4, first_days_only=True))
        values.append(sum(line.amount_pence for line in end_of_year))
    return months, values


def chart_image(statement: Statement, font_size: int) -> ChartImage | None:
    """The chart of payments by month, sized to fit the page at ``font_size``.

    Month names get shorter (September 2025, September, Sep) until the chart fits the width
    of the page; the alternative text always gives them in full.
    """
    if not statement.counted_lines:
        return None
    months, values = monthly_totals(statement)
    layout = PageLayout(font_size)
    alt = chart_alt_text(CHART_TITLE, [m.label() for m in months], values)
    for style in ("long", "month", "short"):
        drawing = bar_chart(
            CHART_TITLE,
            [m.label(style) for m in months],
            values,
            width=layout.content_width,
            height=min(layout.content_height - font_size * 2, len(months) * font_size * 1.6),
            font_size=font_size,
            show_title=False,  # the document has a heading for it
        )
        if drawing.width <= layout.content_width + 0.01:
            break
    drawing.alt_text = alt
    return ChartImage(
        src=svg_data_uri(chart_svg(drawing)),
        alt=alt,
        width=round(drawing.width, 2),
        height=round(drawing.height, 2),
    )


def thank_you_sentence(count: int) -> str:
    zero = format_money(0)
    if count == 1:
        return (
            "There was also 1 thank-you with no money, such as a certificate or a reference. "
            f"It is listed below at {zero}."
        )
    return (
        f"There were also {count} thank-yous with no money, such as certificates or "
        f"references. They are listed below at {zero}."
    )


def write_statement_pdf(
    statement: Statement,
    path: Path,
    *,
    font_size: int = MIN_FONT_SIZE,
    generated_on: date | None = None,
    organisation: str = "",
) -> None:
    """Save ``statement`` as a large-print, tagged PDF at ``path``.

    ``font_size`` is the body text size in points (14 to 36; 16 or 18 for large print).
    ``generated_on`` is the date printed as "Made on" (today when not given) and
    ``organisation`` the group making the payments, if it should be named.
    """
    check_font_size(font_size)
    organisation = organisation.strip()
    full_name = statement.full_name.strip()
    rows = [payment_row(line) for line in statement.counted_lines]
    corrections = [payment_row(line) for line in statement.unsettled_reversals]
    context: dict[str, object] = {
        "name": statement.name,
        # Kept on one line when it fits the page at the heading's size (h1 is 1.6 times).
        "name_fits": fits_on_one_line(
            statement.name, font_size * 1.6, PageLayout(font_size).content_width
        ),
        "full_name": full_name if full_name != statement.name.strip() else "",
        "organisation": organisation,
        "tax_year_label": statement.tax_year.label,
        "tax_year_span": tax_year_span(statement.tax_year),
        "generated_on": long_date(generated_on or date.today()),
        "summary": summary_rows(statement),
        "not_yet_paid": statement.not_yet_paid_pence != 0,
        "thank_yous": thank_you_sentence(statement.thank_yous) if statement.thank_yous else "",
        "unsettled": unsettled_sentence(statement) if corrections else "",
        "rows": rows,
        "corrections": corrections,
        "rows_as_table": font_size <= TABLE_MAX_FONT_SIZE,
        "has_reversals": any(line.is_reversal for line in statement.counted_lines),
        "chart": chart_image(statement, font_size),
    }
    render_pdf(
        TEMPLATE,
        context,
        path,
        title=statement_title(statement),
        font_size=font_size,
        author=organisation,
    )
