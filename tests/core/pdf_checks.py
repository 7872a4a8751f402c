"""Reading documents back as a reader (and a screen reader) would, for any test of a PDF or DOCX
the app writes: the PDF's structure tree, text, character sizes and fonts; the Word file's
headings, text and table header rows.

One place for these ways of looking, so that every document is checked alike.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest
from docx.oxml.ns import qn


# --- PDF ---------------------------------------------------------------------------------------
def elements(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every structure element of the PDF's structure tree, in reading order."""
    found: list[pikepdf.Dictionary] = []

    def walk(node: object) -> None:
        if not isinstance(node, pikepdf.Dictionary):
            return
        if "/S" in node:
            found.append(node)
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            walk(kid)

    walk(pdf.Root.StructTreeRoot)
    return found


def tags(path: Path) -> list[str]:
    """The structure elements' types ("/H1", "/P", "/TH" …), in reading order."""
    with pikepdf.open(path) as pdf:
        return [str(e.S) for e in elements(pdf)]


def pdf_text(path: Path) -> str:
    """The text as pdftotext reads it, with runs of spaces and line breaks made single spaces."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed, so the text cannot be read back")
    result = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, check=True, timeout=60
    )
    return " ".join(result.stdout.decode("utf-8").split())


def chars(path: Path) -> list[dict[str, Any]]:
    """Every visible character, with its size, as pdfplumber reads it."""
    with pdfplumber.open(path) as pdf:
        return [c for page in pdf.pages for c in page.chars if c["text"].strip()]


def embedded_font_names(path: Path) -> list[str]:
    """The base names of the fonts used; fails if any of them is not embedded."""
    names = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                for each in [font, *font.get("/DescendantFonts", [])]:
                    if "/FontDescriptor" not in each:
                        continue
                    names.append(str(each.BaseFont))
                    descriptor = each.FontDescriptor
                    assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return names


def in_order(text: str, *pieces: str) -> bool:
    """Whether every piece is in ``text``, each after the one before."""
    start = 0
    for piece in pieces:
        found = text.find(piece, start)
        if found < 0:
            return False
        start = found + len(piece)
    return True


# --- DOCX --------------------------------------------------------------------------------------
def docx_text(document: Any) -> str:
    """The paragraphs, then every table cell, with runs of spaces made single spaces."""
    pieces = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            pieces.extend(cell.text for cell in row.cells)
    return " ".join(" ".join(pieces).split())


def headings(document: Any, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def has_real_header_row(table: Any) -> bool:
    """The first row is a header row (w:tblHeader: repeated, announced) in bold, and only it."""
    properties = table.rows[0]._tr.trPr
    if properties is None:
        return False
    header = properties.find(qn("w:tblHeader"))
    if header is None or header.get(qn("w:val")) != "true":
        return False
    if not all(run.bold for cell in table.rows[0].cells for p in cell.paragraphs for run in p.runs):
        return False
    return all(
        row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None
        for row in table.rows[1:]
    )
