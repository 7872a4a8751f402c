"""Meeting packs, meeting summaries and project summaries as large-print, tagged PDFs (PDF/UA-1).

The words and their order come from meeting_content.py (the Word document prints the same
blocks); this module only hands them to the shared template machinery in document.py, with the
text size, paper (A4 or A3) and colours (black on white, or yellow on black for high contrast)
asked for. Each file is written whole or not at all.
"""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.reports.document import render_pdf
from coprod_desktop.reports.document_options import DocumentOptions
from coprod_desktop.reports.meeting_content import (
    Content,
    pack_content,
    project_content,
    summary_content,
)
from coprod_desktop.services.meeting_documents import MeetingPack, MeetingSummary, ProjectSummary

TEMPLATE = "meeting_document.html"


def write_content_pdf(content: Content, path: Path, options: DocumentOptions) -> None:
    """Save laid-out ``content`` as a PDF at ``path`` (DocumentProblem if it cannot be saved)."""
    render_pdf(
        TEMPLATE,
        {
            "header_blocks": content.header,
            "body_blocks": content.body,
            "easy_read": content.easy_read,
        },
        Path(path),
        title=content.title,
        font_size=options.font_size,
        paper=options.paper,
        theme=options.theme,
    )


def write_meeting_pack_pdf(
    pack: MeetingPack, path: Path, options: DocumentOptions | None = None
) -> None:
    """Save the meeting pack as a tagged, large-print PDF (16 point on A4 unless ``options``
    say otherwise). Raises DocumentProblem when the file cannot be saved."""
    options = options or DocumentOptions()
    write_content_pdf(pack_content(pack, options), path, options)


def write_meeting_summary_pdf(
    summary: MeetingSummary, path: Path, options: DocumentOptions | None = None
) -> None:
    """Save the meeting summary as a tagged, large-print PDF."""
    options = options or DocumentOptions()
    write_content_pdf(summary_content(summary, options), path, options)


def write_project_summary_pdf(
    summary: ProjectSummary, path: Path, options: DocumentOptions | None = None
) -> None:
    """Save the project summary for a period as a tagged, large-print PDF."""
    options = options or DocumentOptions()
    write_content_pdf(project_content(summary, options), path, options)
