""" "The difference you made" as an accessible Word document (DOCX), saying the same as the PDF.

Some people want to edit their letter, or paste parts of it into a CV or an application: this
gives them the same headings, tables and lines as difference_letter_pdf.py (from the same
words), in Word's own heading styles and with real header rows on tables (see
docx_document.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coprod_desktop.reports.difference_letter_pdf import DEFAULT_FONT_SIZE, letter_context
from coprod_desktop.reports.docx_document import DocxDocument
from coprod_desktop.services.difference import DifferenceLetter, LetterWords

TIME_HEADER = ("Your time", "How much")
TIME_WIDTHS = (0.6, 0.4)
SESSION_HEADER = ("Date", "Session", "Project")
SESSION_WIDTHS = (0.38, 0.34, 0.28)  # "15 September 2025" on one line


def write_difference_letter_docx(
    letter: DifferenceLetter,
    path: Path,
    *,
    font_size: int = DEFAULT_FONT_SIZE,
    organisation: str = "",
) -> None:
    """Save ``letter`` as an accessible DOCX at ``path``.

    ``font_size`` is the body text size in points (14 to 36; 16 by default); ``organisation``,
    if given, is named as the group saying thank you. Raises ValueError for a text size out of
    range and DocumentProblem when the file cannot be saved (nothing is left behind).
    """
    organisation = organisation.strip()
    doc = DocxDocument(letter.title, font_size=font_size, author=organisation)
    context: dict[str, Any] = letter_context(letter, font_size, organisation)
    words: LetterWords = context["words"]

    doc.heading("The difference you made", 1)
    doc.paragraph(context["for_whom"], label="For")
    if organisation:
        doc.paragraph(organisation, label="From")
    doc.paragraph(context["period"], label="Period")
    doc.paragraph(context["made_on"], label="Written on")
    doc.paragraph(words.greeting)
    doc.paragraph(words.thanks)
    doc.paragraph(words.summary)

    doc.heading("What you took part in", 2)
    doc.paragraph(context["time_intro"]).paragraph_format.keep_with_next = True
    doc.table(
        TIME_HEADER,
        context["time_rows"],
        row_headers=True,
        bold_cells=[(len(context["time_rows"]) - 1, 1)],
        widths=TIME_WIDTHS,
        caption="Your time, in numbers",
    )
    sessions: list[tuple[str, str, str]] = context["sessions"]
    if sessions:
        doc.paragraph("The sessions you came to:").paragraph_format.keep_with_next = True
        if context["sessions_as_table"]:
            doc.table(
                SESSION_HEADER,
                sessions,
                widths=SESSION_WIDTHS,
                caption="The sessions you came to",
            )
        else:
            doc.bullets([f"{day}: {title} ({project})" for day, title, project in sessions])
    else:
        doc.paragraph(context["no_sessions"])
    if context["projects"]:
        doc.paragraph(context["projects_intro"]).paragraph_format.keep_with_next = True
        doc.bullets(context["projects"])

    if context["decisions"]:
        doc.heading("Decisions you helped make", 2)
        doc.paragraph(context["decisions_intro"]).paragraph_format.keep_with_next = True
        doc.bullets(context["decisions"])

    if context["feedback"]:
        doc.heading("You said, we did", 2)
        doc.paragraph(context["feedback_intro"]).paragraph_format.keep_with_next = True
        doc.bullets([f"{said}\n{response}" for said, response in context["feedback"]])

    if context["stories"]:
        doc.heading("Stories you shared", 2)
        doc.paragraph(context["stories"])
        doc.bullets(context["story_decisions"])

    if context["development"]:
        doc.heading("What you learned and did", 2)
        for heading, lines in context["development"]:
            doc.heading(heading, 3)
            doc.bullets(lines)

    doc.heading("For your CV", 2)
    doc.paragraph(context["cv_intro"]).paragraph_format.keep_with_next = True
    doc.paragraph(words.cv_line, bold=True).paragraph_format.keep_with_next = True
    closing = doc.paragraph(words.sign_off)
    if words.signed_by:
        closing.paragraph_format.keep_with_next = True
        doc.paragraph(words.signed_by)
    doc.save(Path(path))
