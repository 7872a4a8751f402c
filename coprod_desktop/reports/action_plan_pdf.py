"""A project's action plan as a large-print, tagged PDF: who is doing what, by when.

The words come from services.action_plan (the DOCX says the same). Overdue actions and actions
needing a new owner are said in words ("Overdue: ...", "... (has left): needs a new owner"),
never by colour alone. Up to 15 points the actions of each goal are one table; above that five
columns no longer fit across A4, so each action is listed on its own under a heading.
"""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.reports.document import (
    PageLayout,
    check_font_size,
    fits_on_one_line,
    render_pdf,
)
from coprod_desktop.services.action_plan import (
    OTHER_ACTIONS,
    ActionPlan,
    ActionText,
    describe_action,
    goal_facts,
    new_owner_sentence,
    summary_rows,
    summary_sentence,
)
from coprod_desktop.services.dates import long_date

TEMPLATE = "action_plan.html"
DEFAULT_FONT_SIZE = 16
# Up to this text size each goal's actions are one table (as for payment statements).
TABLE_MAX_FONT_SIZE = 15

INTRO = (
    "This plan shows who is doing what, by when, and how it is going. The group agreed the "
    "goals together; each action serves a goal."
)
OTHER_INTRO = "These actions do not serve one of the goals above."
NOTHING_YET = "No goals or actions have been agreed for this project yet."


def plan_context(plan: ActionPlan, font_size: int, organisation: str) -> dict[str, object]:
    """What the template (and the DOCX writer) fill in; every value is plain text."""
    sections: list[dict[str, object]] = []
    for number, goal_plan in enumerate(plan.goals, start=1):
        goal = goal_plan.goal
        sections.append(
            {
                "heading": f"Goal {number}: {goal.data.title}",
                "facts": goal_facts(goal),
                "intro": "",
                "actions": [describe_action(a, plan.today, plan.named) for a in goal_plan.actions],
                "empty": "No actions for this goal yet.",
            }
        )
    if plan.other_actions:
        sections.append(
            {
                "heading": OTHER_ACTIONS,
                "facts": [],
                "intro": OTHER_INTRO,
                "actions": [describe_action(a, plan.today, plan.named) for a in plan.other_actions],
                "empty": "",
            }
        )
    return {
        "project": plan.project_name,
        "project_fits": fits_on_one_line(
            plan.project_name, font_size * 1.6, PageLayout(font_size).content_width
        ),
        "description": plan.description,
        "stage": plan.stage_label,
        "organisation": organisation,
        "made_on": long_date(plan.today),
        "intro": INTRO,
        "summary_sentence": summary_sentence(plan.counts),
        "summary": summary_rows(plan.counts),
        "new_owner": new_owner_sentence(plan.counts),
        "sections": sections,
        "nothing_yet": NOTHING_YET if not sections else "",
        "actions_as_table": font_size <= TABLE_MAX_FONT_SIZE,
    }


def record_lines(action: ActionText) -> list[tuple[str, str]]:
    """(label, text) for one action listed on its own; empty ones are left out."""
    lines = [("Who", action.who), ("By when", action.due), ("Status", action.status)]
    if action.latest_note:
        lines.append(("Latest progress", action.latest_note))
    if action.came_from:
        lines.append(("Came from", action.came_from))
    return lines


def write_action_plan_pdf(
    plan: ActionPlan, path: Path, font_size: int = DEFAULT_FONT_SIZE, organisation: str = ""
) -> None:
    """Save ``plan`` as a large-print, tagged PDF (PDF/UA-1) at ``path``.

    ``font_size`` is the body text size in points (14 to 36; 16 by default). ``organisation``,
    if given, is named as the group the plan is from. Raises ValueError for a text size out of
    range and DocumentProblem when the file cannot be saved (nothing is left behind).
    """
    check_font_size(font_size)
    organisation = organisation.strip()
    context = plan_context(plan, font_size, organisation)
    context["record_lines"] = record_lines
    render_pdf(TEMPLATE, context, path, title=plan.title, font_size=font_size, author=organisation)
