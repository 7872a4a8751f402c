"""Printed documents (PDF) that everyone can read: large print, and tagged for screen readers.

Why HTML templates and WeasyPrint. A screen reader can only read a PDF properly when the PDF is
*tagged* (PDF/UA, ISO 14289): a structure tree that says which text is a heading, which is a
table and which cells are its headers, the reading order, the document's language and its
title. WeasyPrint writes that tree from ordinary HTML (``pdf_variant="pdf/ua-1"``): ``<h1>``
becomes a heading, ``<th scope="col">`` a header cell, ``<img alt>`` a figure with alternative
text, ``<html lang>`` the language and ``<title>`` the title shown in the viewer. ReportLab's
page layout writes no structure tree at all. Writing documents as HTML also keeps the large-print
rules (text size, spacing, contrast) in one stylesheet, ``templates/base.css``.

Templates are Jinja2 with autoescaping on, so anything people typed (a name, a description with
``<b>`` or quotes in it) is always printed as text and can never become markup.

Charts are the one thing HTML cannot draw, so they are ReportLab drawings (``charts.py``),
turned into SVG. The same drawing is shown on screen by the GUI and embedded in a document as an
``<img>`` with alternative text that reads out every value.

- ``document.py``: ``render_pdf`` renders a template to a PDF/UA file, safely.
- ``charts.py``: bar charts, their SVG and their alternative text.
- ``statement_pdf.py``: a person's tax-year payment statement.
"""

from __future__ import annotations
