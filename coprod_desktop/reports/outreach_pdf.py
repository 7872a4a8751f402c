"""An outreach plan as a large-print, tagged PDF: the persona of a group the project is not
reaching yet, the representation figures when the plan started, and the outreach actions,
worded as in the action plan (services.action_plan.describe_action)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coprod_desktop.reports.action_plan_pdf import record_lines
from coprod_desktop.reports.document import check_font_size, render_pdf
from coprod_desktop.services.action_plan import describe_action
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.outreach import OUTREACH_LABELS, PERSONA_FIELDS, OutreachRecord

TEMPLATE = "outreach_plan.html"
DEFAULT_FONT_SIZE = 16
INTRO = (
    "We want everyone who uses the service to have a say in it. Fewer people from this group "
    "take part than we would expect, so this plan sets out who they are, what gets in the way, "
    "and what we will do to reach them."
)


def write_outreach_pdf(
    plan: OutreachRecord,
    path: Path,
    today: date,
    font_size: int = DEFAULT_FONT_SIZE,
    organisation: str = "",
) -> None:
    """Save ``plan`` as a tagged PDF (PDF/UA-1), ``font_size`` 14 to 36 points."""
    check_font_size(font_size)
    organisation = organisation.strip()
    context: dict[str, object] = {
        "plan_title": plan.data.title,
        "group": plan.group_label,
        "project": plan.project_name,
        "organisation": organisation,
        "started_on": long_date(plan.data.started_on),
        "made_on": long_date(today),
        "intro": INTRO,
        "at_start": plan.data.at_start.text,
        "reference": plan.reference_name,
        "persona": [(OUTREACH_LABELS[name], getattr(plan.data, name)) for name in PERSONA_FIELDS],
        "actions": [describe_action(action, today) for action in plan.actions],
        "record_lines": record_lines,
    }
    render_pdf(
        TEMPLATE,
        context,
        path,
        title=f"Outreach plan: {plan.data.title}",
        font_size=font_size,
        author=organisation,
    )
