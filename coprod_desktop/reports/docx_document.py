"""Accessible Word documents (DOCX), for people who want to edit or reuse what the app prints.

A :class:`DocxDocument` starts from python-docx's own template and sets it up for large print,
as the PDFs are (see document.py): the body in Atkinson Hyperlegible at the chosen size (Word
uses another font if it is not installed; its file is in resources/fonts), headings in Word's
real built-in "Heading 1", "Heading 2" and "Heading 3" styles (so they appear in the navigation
pane and screen readers list them), larger, bold and black, never blue; everything left
aligned with 1.5 line spacing; the document's language (en-GB) on the styles so that spelling
and speech are British English; the title in the document properties; A4 pages with the page
number at the foot. A table's first row is a real header row (``w:tblHeader``): it repeats on
every page and screen readers announce it with each cell.

Text is always added as text, so whatever people typed (``<b>``, ``&``, any script) is printed
as it is. The file is written through document.write_atomically: all of it or nothing.

Used by the action plan (action_plan_docx.py); meeting summaries and funder reports can use it
the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from coprod_desktop.reports.document import (
    DEFAULT_LANG,
    FONT_FAMILY,
    check_font_size,
    write_atomically,
)

BODY_STYLE = "Normal"
HEADING_STYLES = {1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}
# As in the PDFs' stylesheet: headings 1.6, 1.3 and 1.15 times the body text.
HEADING_SCALE = {1: 1.6, 2: 1.3, 3: 1.15}
LIST_STYLE = "List Bullet"
TABLE_STYLE = "Table Grid"  # black lines round every cell
LINE_SPACING = 1.5
HEADING_LINE_SPACING = 1.25
BLACK = RGBColor(0, 0, 0)
PAGE_WIDTH_MM = 210  # A4
PAGE_HEIGHT_MM = 297
MARGIN_MM = 18


# The order Word requires for a run's properties (w:rPr) and a table row's (w:trPr), from the
# Office Open XML schema: an element out of order makes Word refuse to open the file.
_RPR_ORDER = (
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
    "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
    "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz",
    "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
    "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
)  # fmt: skip
_TRPR_ORDER = (
    "w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter",
    "w:cantSplit", "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
)  # fmt: skip


def _child(parent: Any, tag: str, order: Sequence[str]) -> Any:
    """``parent``'s ``tag`` element, added in its place in ``order`` if it is not there."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.insert_element_before(found, *order[order.index(tag) + 1 :])
    return found


def _set_font(style: Any, lang: str) -> None:
    """Name Atkinson Hyperlegible for Latin text and drop the theme's fonts, which Word would
    otherwise use instead (a theme font wins over a named one at the same level). Other
    scripts keep the theme's fonts for east Asian and complex scripts, which have them."""
    rpr = style.element.get_or_add_rPr()
    fonts = _child(rpr, "w:rFonts", _RPR_ORDER)
    for theme in ("w:asciiTheme", "w:hAnsiTheme"):
        if fonts.get(qn(theme)) is not None:
            del fonts.attrib[qn(theme)]
    fonts.set(qn("w:ascii"), FONT_FAMILY)
    fonts.set(qn("w:hAnsi"), FONT_FAMILY)
    _set_lang(rpr, lang)


def _set_lang(rpr: Any, lang: str) -> None:
    _child(rpr, "w:lang", _RPR_ORDER).set(qn("w:val"), lang)


def _set_size(style: Any, points: float) -> None:
    """Both sizes: w:sz for Latin text and w:szCs for complex scripts such as Arabic."""
    style.font.size = Pt(points)
    rpr = style.element.get_or_add_rPr()
    _child(rpr, "w:szCs", _RPR_ORDER).set(qn("w:val"), str(round(points * 2)))


class DocxDocument:
    """A large-print Word document being built, heading by heading and paragraph by paragraph."""

    def __init__(
        self, title: str, *, font_size: int = 16, lang: str = DEFAULT_LANG, author: str = ""
    ) -> None:
        check_font_size(font_size)
        if not title.strip():
            raise ValueError("A document needs a title: it is shown in Word's title bar.")
        self.font_size = font_size
        self.lang = lang
        self.document = Document()
        self._set_up_styles()
        self._set_up_page()
        properties = self.document.core_properties
        properties.title = title.strip()
        properties.language = lang
        properties.author = author.strip() or "coprod-desktop"
        properties.comments = "Made by coprod-desktop"

    # --- set-up ----------------------------------------------------------------------------
    def _set_up_styles(self) -> None:
        styles = self.document.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
            if rpr is not None:
                _set_lang(rpr, self.lang)
        body = styles[BODY_STYLE]
        _set_font(body, self.lang)
        _set_size(body, self.font_size)
        body.font.color.rgb = BLACK
        body_format = body.paragraph_format
        body_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        body_format.line_spacing = LINE_SPACING
        body_format.space_after = Pt(self.font_size * 0.5)
        for level, name in HEADING_STYLES.items():
            heading = styles[name]
            _set_font(heading, self.lang)
            _set_size(heading, round(self.font_size * HEADING_SCALE[level], 1))
            heading.font.bold = True
            heading.font.italic = False
            heading.font.color.rgb = BLACK  # the template's blue is too faint for some readers
            heading_format = heading.paragraph_format
            heading_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
            heading_format.line_spacing = HEADING_LINE_SPACING
            heading_format.space_before = Pt(self.font_size * (1.2 if level < 3 else 1.0))
            heading_format.space_after = Pt(self.font_size * 0.5)
            heading_format.keep_with_next = True  # never alone at the foot of a page
            heading_format.keep_together = True
        bullet = styles[LIST_STYLE]
        _set_font(bullet, self.lang)
        bullet.paragraph_format.space_after = Pt(self.font_size * 0.3)

    def _set_up_page(self) -> None:
        section = self.document.sections[0]
        section.page_width = Mm(PAGE_WIDTH_MM)
        section.page_height = Mm(PAGE_HEIGHT_MM)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(MARGIN_MM))
        footer = section.footer.paragraphs[0]
        footer.style = self.document.styles[BODY_STYLE]
        footer.add_run("Page ")
        self._field(footer, "PAGE")
        footer.add_run(" of ")
        self._field(footer, "NUMPAGES")

    @staticmethod
    def _field(paragraph: Any, instruction: str) -> None:
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), instruction)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"  # shown until Word works the number out
        run.append(text)
        field.append(run)
        paragraph._p.append(field)

    # --- content ---------------------------------------------------------------------------
    def heading(self, text: str, level: int) -> Any:
        """A heading in Word's own Heading 1, 2 or 3 style."""
        if level not in HEADING_STYLES:
            raise ValueError("Headings go from level 1 to 3.")
        paragraph = self.document.add_paragraph(style=HEADING_STYLES[level])
        self._add_lines(paragraph, text)
        return paragraph

    def paragraph(self, text: str = "", *, label: str = "", bold: bool = False) -> Any:
        """A paragraph; with ``label``, it starts with the label in bold: "Who: Amira"."""
        paragraph = self.document.add_paragraph(style=BODY_STYLE)
        if label:
            paragraph.add_run(f"{label}: ").bold = True
        self._add_lines(paragraph, text, bold=bold)
        return paragraph

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self._add_lines(self.document.add_paragraph(style=LIST_STYLE), item)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        row_headers: bool = False,
        bold_cells: Sequence[tuple[int, int]] = (),
        caption: str = "",
        widths: Sequence[float] = (),
    ) -> Any:
        """A table whose first row is a real header row, repeated on every page and announced
        by screen readers. ``row_headers`` makes each row's first cell bold as well (it names
        the row); ``bold_cells`` are (row, column) of other cells to stress, counting from 0
        in ``rows``. ``caption`` is the table's title for screen readers (Word's alt text);
        ``widths`` are the columns' shares of the page's width (equal when not given)."""
        table = self.document.add_table(rows=1 + len(rows), cols=len(header))
        table.style = self.document.styles[TABLE_STYLE]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        self._mark_header_row(table)
        if caption:
            title = OxmlElement("w:tblCaption")  # the last of w:tblPr's children but one
            title.set(qn("w:val"), caption)
            table._tbl.tblPr.append(title)
        stressed = set(bold_cells)
        for column, text in enumerate(header):
            self._fill(table.cell(0, column), text, bold=True)
        for row_number, values in enumerate(rows):
            row = table.rows[row_number + 1]
            self._keep_row_together(row)
            for column, text in enumerate(values):
                bold = (row_headers and column == 0) or (row_number, column) in stressed
                self._fill(row.cells[column], text, bold=bold)
        if widths:
            table.autofit = False
            for column, share in zip(table.columns, widths, strict=True):
                width = Mm((PAGE_WIDTH_MM - 2 * MARGIN_MM) * share)
                column.width = width
                for cell in column.cells:
                    cell.width = width  # Word reads each cell's width, LibreOffice the grid's
        # Space after the table, so that what follows does not touch it.
        self.document.add_paragraph(style=BODY_STYLE).paragraph_format.space_after = Pt(0)
        return table

    def save(self, path: Path) -> None:
        """Write the document to ``path``, all of it or nothing (DocumentProblem if not)."""
        write_atomically(Path(path), self.document.save)

    # --- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _add_lines(paragraph: Any, text: str, *, bold: bool = False) -> None:
        """Text people typed over several lines keeps its line breaks."""
        for number, line in enumerate(text.splitlines() or [""]):
            run = paragraph.add_run()
            if number:
                run.add_break()
            run.add_text(line)
            if bold:
                run.bold = True

    def _fill(self, cell: Any, text: str, *, bold: bool) -> None:
        paragraph = cell.paragraphs[0]
        paragraph.style = self.document.styles[BODY_STYLE]
        paragraph.paragraph_format.space_after = Pt(0)
        self._add_lines(paragraph, text, bold=bold)

    @staticmethod
    def _mark_header_row(table: Any) -> None:
        row = table.rows[0]
        _child(row._tr.get_or_add_trPr(), "w:tblHeader", _TRPR_ORDER).set(qn("w:val"), "true")
        DocxDocument._keep_row_together(row)
        # Tell Word the table has a header row (tblLook firstRow), as its own tables do.
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        if look is None:
            look = OxmlElement("w:tblLook")
            table._tbl.tblPr.append(look)
        look.set(qn("w:firstRow"), "1")
        look.set(qn("w:firstColumn"), "0")
        look.set(qn("w:noHBand"), "1")
        look.set(qn("w:noVBand"), "1")

    @staticmethod
    def _keep_row_together(row: Any) -> None:
        _child(row._tr.get_or_add_trPr(), "w:cantSplit", _TRPR_ORDER)
