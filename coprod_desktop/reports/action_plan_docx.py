"""A project's action plan as an accessible Word document (DOCX), saying the same as the PDF.

Some groups want to edit the plan, or paste it into their own papers: this gives them the same
headings, summary and actions as action_plan_pdf.py (from the same words), in Word's own
heading styles and with real header rows on tables (see docx_document.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from coprod_desktop.reports.action_plan_pdf import (
    DEFAULT_FONT_SIZE,
    plan_context,
    record_lines,
)
from coprod_desktop.reports.docx_document import DocxDocument
from coprod_desktop.services.action_plan import ActionPlan, ActionText

ACTION_HEADER = ("What", "Who", "By when", "Status", "Latest progress")
ACTION_WIDTHS = (0.24, 0.18, 0.19, 0.17, 0.22)  # "Done on 24 November 2025" fits
SUMMARY_WIDTHS = (0.75, 0.25)


def _action_row(action: ActionText) -> list[str]:
    what = f"{action.what}\nCame from {action.came_from}" if action.came_from else action.what
    return [what, action.who, action.due, action.status, action.latest_note or "None yet"]


def write_action_plan_docx(
    plan: ActionPlan, path: Path, font_size: int = DEFAULT_FONT_SIZE, organisation: str = ""
) -> None:
    """Save ``plan`` as an accessible DOCX at ``path``.

    ``font_size`` is the body text size in points (14 to 36; 16 by default); ``organisation``,
    if given, is named as the group the plan is from. Raises ValueError for a text size out of
    range and DocumentProblem when the file cannot be saved (nothing is left behind).
    """
    organisation = organisation.strip()
    doc = DocxDocument(plan.title, font_size=font_size, author=organisation)
    context: dict[str, Any] = plan_context(plan, font_size, organisation)

    doc.heading(plan.title, 1)
    doc.paragraph(context["stage"], label="Stage")
    if organisation:
        doc.paragraph(organisation, label="From")
    doc.paragraph(context["made_on"], label="Made on")
    doc.paragraph(context["intro"])
    if plan.description:
        doc.paragraph(plan.description, label="About the project")

    doc.heading("Summary", 2)
    doc.paragraph(context["summary_sentence"]).paragraph_format.keep_with_next = True
    doc.table(
        ("Actions", "How many"),
        context["summary"],
        row_headers=True,
        widths=SUMMARY_WIDTHS,
        caption="Summary: how many actions there are of each kind",
    )
    if context["new_owner"]:
        doc.paragraph(context["new_owner"])

    for section in cast(list[dict[str, Any]], context["sections"]):
        doc.heading(section["heading"], 2)
        for label, text in section["facts"]:
            doc.paragraph(text, label=label)
        if section["intro"]:
            doc.paragraph(section["intro"]).paragraph_format.keep_with_next = True
        actions: list[ActionText] = section["actions"]
        if not actions:
            if section["empty"]:
                doc.paragraph(section["empty"])
            continue
        if context["actions_as_table"]:
            stressed = [(n, 1) for n, a in enumerate(actions) if a.needs_new_owner]
            stressed += [(n, 2) for n, a in enumerate(actions) if a.overdue]
            doc.table(
                ACTION_HEADER,
                [_action_row(a) for a in actions],
                bold_cells=stressed,
                widths=ACTION_WIDTHS,
                caption=f"Actions: {section['heading']}",
            )
        else:
            for action in actions:
                doc.heading(action.what, 3)
                lines = record_lines(action)
                for number, (label, text) in enumerate(lines, start=1):
                    stress = (label == "By when" and action.overdue) or (
                        label == "Who" and action.needs_new_owner
                    )
                    paragraph = doc.paragraph(text, label=label, bold=stress)
                    # One action on one page, as in the PDF.
                    paragraph.paragraph_format.keep_with_next = number < len(lines)

    if context["nothing_yet"]:
        doc.heading("Goals and actions", 2)
        doc.paragraph(context["nothing_yet"])
    doc.save(path)
