"""Meeting packs, meeting summaries and project summaries as accessible Word documents (DOCX).

Many people's screen readers and magnifiers prefer Word. This prints the same blocks as the PDF
(meeting_content.py) through docx_document.DocxDocument: Word's own heading styles, tables with a
real header row repeated on every page, en-GB, the title in the document's properties, large
print in Atkinson Hyperlegible, left aligned with 1.5 line spacing.

The options work as in the PDF: A3 paper; easy read (more space between lines and items); high
contrast (yellow text on a black page, table lines yellow too). Word shows a page colour on
screen; whether it prints it is the reader's own choice in Word.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from coprod_desktop.reports.document_options import DocumentOptions
from coprod_desktop.reports.docx_document import (
    BODY_STYLE,
    HEADING_STYLES,
    LIST_STYLE,
    MARGIN_MM,
    PAGE_WIDTH_MM,
    TABLE_STYLE,
    DocxDocument,
)
from coprod_desktop.reports.meeting_content import (
    Block,
    Content,
    Heading,
    Items,
    Line,
    Paragraphs,
    Table,
    pack_content,
    project_content,
    summary_content,
)
from coprod_desktop.services.meeting_documents import MeetingPack, MeetingSummary, ProjectSummary

NUMBERED_STYLE = "List Number"
PAPER_MM = {"A4": (210, 297), "A3": (297, 420)}
LIST_INDENT = Pt(18)  # where a list item's text starts in python-docx's list styles (0.25 inch)
YELLOW = RGBColor(0xFF, 0xFF, 0x00)
EASY_LINE_SPACING = 1.6


def write_content_docx(content: Content, path: Path, options: DocumentOptions) -> None:
    """Save laid-out ``content`` as a DOCX at ``path`` (DocumentProblem if it cannot be saved)."""
    doc = DocxDocument(content.title, font_size=options.font_size)
    page_width = _set_paper(doc, options.paper)
    if options.easy_read:
        _easy_read_spacing(doc, options.font_size)
    if options.high_contrast:
        _yellow_on_black(doc)
    # DocxDocument sizes table columns as shares of an A4 page's width: scaled here, so that on
    # A3 the shares are of the wider page.
    scale = (page_width - 2 * MARGIN_MM) / (PAGE_WIDTH_MM - 2 * MARGIN_MM)
    for block in content.blocks:
        _write_block(doc, block, scale)
    doc.save(Path(path))


def _write_block(doc: DocxDocument, block: Block, scale: float) -> None:
    if isinstance(block, Heading):
        doc.heading(block.text, block.level)
    elif isinstance(block, Paragraphs):
        for line in block.lines:
            doc.paragraph(line.text, label=line.label, bold=line.strong)
    elif isinstance(block, Items):
        style = NUMBERED_STYLE if block.ordered else LIST_STYLE
        for item in block.items:
            first, *rest = item
            _line(doc.document.add_paragraph(style=style), first)
            for line in rest:
                paragraph = doc.document.add_paragraph(style=BODY_STYLE)
                paragraph.paragraph_format.left_indent = LIST_INDENT
                _line(paragraph, line)
    elif isinstance(block, Table):
        doc.table(
            block.header,
            block.rows,
            bold_cells=block.stressed,
            caption=block.caption,
            widths=tuple(share * scale for share in block.widths),
        )


def _line(paragraph: Any, line: Line) -> None:
    """A line in a paragraph of its own: the label in bold, then the text as text (typed line
    breaks kept, as DocxDocument does)."""
    if line.label:
        paragraph.add_run(f"{line.label}: ").bold = True
    for number, text in enumerate(line.text.splitlines() or [""]):
        run = paragraph.add_run()
        if number:
            run.add_break()
        run.add_text(text)
        if line.strong:
            run.bold = True


def _set_paper(doc: DocxDocument, paper: str) -> int:
    width, height = PAPER_MM[paper]
    section = doc.document.sections[0]
    section.page_width = Mm(width)
    section.page_height = Mm(height)
    return width


def _easy_read_spacing(doc: DocxDocument, font_size: int) -> None:
    """More space between lines and between items; list items are spaced like paragraphs
    (python-docx's list styles run items together)."""
    styles = doc.document.styles
    for name in (BODY_STYLE, LIST_STYLE, NUMBERED_STYLE):
        style_format = styles[name].paragraph_format
        style_format.line_spacing = EASY_LINE_SPACING
        style_format.space_after = Pt(font_size * 0.9)
        ppr = styles[name].element.pPr
        if ppr is not None:
            for contextual in ppr.findall(qn("w:contextualSpacing")):
                ppr.remove(contextual)


def _yellow_on_black(doc: DocxDocument) -> None:
    """Yellow text and table lines on a black page (19.6 to 1)."""
    document = doc.document
    background = OxmlElement("w:background")
    background.set(qn("w:color"), "000000")
    document.element.insert(0, background)
    settings = document.settings.element
    show = OxmlElement("w:displayBackgroundShape")
    zoom = settings.find(qn("w:zoom"))
    if zoom is not None:
        zoom.addnext(show)
    else:
        settings.insert(0, show)
    styles = document.styles
    for name in (BODY_STYLE, LIST_STYLE, NUMBERED_STYLE, *HEADING_STYLES.values()):
        styles[name].font.color.rgb = YELLOW
    borders = styles[TABLE_STYLE].element.find(qn("w:tblPr") + "/" + qn("w:tblBorders"))
    if borders is not None:
        for border in borders:
            border.set(qn("w:color"), "FFFF00")


def write_meeting_pack_docx(
    pack: MeetingPack, path: Path, options: DocumentOptions | None = None
) -> None:
    """Save the meeting pack as an accessible Word document."""
    options = options or DocumentOptions()
    write_content_docx(pack_content(pack, options), path, options)


def write_meeting_summary_docx(
    summary: MeetingSummary, path: Path, options: DocumentOptions | None = None
) -> None:
    """Save the meeting summary as an accessible Word document."""
    options = options or DocumentOptions()
    write_content_docx(summary_content(summary, options), path, options)


def write_project_summary_docx(
    summary: ProjectSummary, path: Path, options: DocumentOptions | None = None
) -> None:
    """Save the project summary for a period as an accessible Word document."""
    options = options or DocumentOptions()
    write_content_docx(project_content(summary, options), path, options)
