"""The shared document machinery: tagged PDF/UA, large print, escaping, safe saving, charts."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest
from jinja2 import ChoiceLoader, DictLoader, FileSystemLoader

from coprod_desktop.reports import document
from coprod_desktop.reports.charts import (
    BAR_COLOUR,
    bar_chart,
    chart_alt_text,
    chart_svg,
)
from coprod_desktop.reports.document import (
    TEMPLATES,
    DocumentProblem,
    check_font_size,
    long_date,
    render_html,
    render_pdf,
    svg_data_uri,
)

SVG = "{http://www.w3.org/2000/svg}"
TRICKY = 'Tea & cake for the <b>whole</b> group, "on us"'
SAMPLE = """{% extends "base.html" %}
{% block header %}<h1>{{ heading }}</h1>{% endblock %}
{% block content %}
<p>{{ text }}</p>
<table>
<thead><tr><th scope="col">What</th><th scope="col" class="money">Amount</th></tr></thead>
<tbody><tr><td>{{ text }}</td><td class="money">{{ amount | money }}</td></tr></tbody>
</table>
<figure><img src="{{ chart.src }}" alt="{{ chart.alt }}"
 style="width: {{ chart.width }}pt; height: {{ chart.height }}pt"></figure>
<p>{{ day | long_date }}</p>
{% endblock %}
"""


@pytest.fixture
def sample_template(monkeypatch: pytest.MonkeyPatch) -> str:
    """A small test template beside the real ones, rendered by the real environment settings."""
    loader = ChoiceLoader([DictLoader({"sample.html": SAMPLE}), FileSystemLoader(TEMPLATES)])
    env = document.make_environment(loader)
    monkeypatch.setattr(document, "environment", lambda: env)
    return "sample.html"


def sample_context(font_size: int = 14) -> dict[str, object]:
    drawing = bar_chart(
        "Payments by month", ["April", "May"], [3750, 0], font_size=font_size, show_title=False
    )
    return {
        "heading": "A test document",
        "text": TRICKY,
        "amount": 123456,
        "day": date(2025, 4, 6),
        "chart": {
            "src": svg_data_uri(chart_svg(drawing)),
            "alt": drawing.alt_text,
            "width": drawing.width,
            "height": drawing.height,
        },
    }


def structure(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every element of the PDF's structure tree, in reading order."""
    found: list[pikepdf.Dictionary] = []

    def walk(node: object) -> None:
        if not isinstance(node, pikepdf.Dictionary):
            return
        if "/S" in node:
            found.append(node)
        kids = node.get("/K")
        if isinstance(kids, pikepdf.Array):
            for kid in kids:
                walk(kid)
        else:
            walk(kids)

    walk(pdf.Root.StructTreeRoot)
    return found


def tags(pdf: pikepdf.Pdf) -> list[str]:
    return [str(element.S) for element in structure(pdf)]


def font_descriptors(pdf: pikepdf.Pdf) -> Iterator[tuple[str, pikepdf.Object]]:
    for page in pdf.pages:
        for font in page.Resources.get("/Font", {}).values():
            descendants = list(font.get("/DescendantFonts", []))
            for each in [font, *descendants]:
                if "/FontDescriptor" in each:
                    yield str(each.get("/BaseFont", "")), each.FontDescriptor


def character_sizes(path: Path) -> list[float]:
    with pdfplumber.open(path) as pdf:
        return [c["size"] for page in pdf.pages for c in page.chars if c["text"].strip()]


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed, so the text cannot be read back")
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, timeout=60
    )
    return result.stdout.decode("utf-8")


def write_sample(path: Path, template: str, **options: Any) -> None:
    chart_size = min(max(options.get("font_size", 14), 14), 36)
    render_pdf(template, sample_context(chart_size), path, title="Test document", **options)


# The PDF itself


def test_the_pdf_is_tagged_for_screen_readers(tmp_path: Path, sample_template: str) -> None:
    path = tmp_path / "sample.pdf"
    write_sample(path, sample_template)
    with pikepdf.open(path) as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert bool(pdf.Root.MarkInfo.Marked)
        assert str(pdf.Root.Lang) == "en-GB"
        assert str(pdf.docinfo.Title) == "Test document"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        found = tags(pdf)
        assert "/H1" in found
        assert "/Table" in found and "/TH" in found and "/TD" in found
        figures = [e for e in structure(pdf) if str(e.S) == "/Figure"]
        assert len(figures) == 1
        assert str(figures[0].Alt) == "Payments by month: April £37.50, May £0.00."


def test_the_language_is_the_one_asked_for(tmp_path: Path, sample_template: str) -> None:
    path = tmp_path / "welsh.pdf"
    write_sample(path, sample_template, lang="cy")
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "cy"


def test_every_font_is_embedded_and_atkinson_hyperlegible_is_used(
    tmp_path: Path, sample_template: str
) -> None:
    path = tmp_path / "sample.pdf"
    write_sample(path, sample_template)
    with pikepdf.open(path) as pdf:
        fonts = list(font_descriptors(pdf))
        assert fonts
        for name, descriptor in fonts:
            embedded = ("/FontFile", "/FontFile2", "/FontFile3")
            assert any(key in descriptor for key in embedded), f"{name} is not embedded"
        assert any("AtkinsonHyperlegible" in name.replace("-", "") for name, _ in fonts)


@pytest.mark.parametrize("font_size", [14, 18, 36])
def test_no_text_is_smaller_than_the_size_asked_for(
    tmp_path: Path, sample_template: str, font_size: int
) -> None:
    path = tmp_path / f"sample-{font_size}.pdf"
    write_sample(path, sample_template, font_size=font_size)
    sizes = character_sizes(path)
    assert sizes
    assert min(sizes) >= font_size - 0.01  # the chart's labels and the page numbers too


def test_what_people_typed_is_printed_as_text_never_as_markup(
    tmp_path: Path, sample_template: str
) -> None:
    html = render_html(sample_template, sample_context(), title="Title with <i>tags</i> & more")
    assert "&lt;b&gt;whole&lt;/b&gt;" in html
    assert "<b>" not in html
    assert "<title>Title with &lt;i&gt;tags&lt;/i&gt; &amp; more</title>" in html
    path = tmp_path / "sample.pdf"
    write_sample(path, sample_template)
    text = pdf_text(path)
    assert TRICKY in text
    assert "£1,234.56" in text
    assert "6 April 2025" in text


def test_the_stylesheet_is_large_print(sample_template: str) -> None:
    css = document.stylesheet(16)
    assert "font-size: 16pt" in css
    assert "font-size: 25.6pt" in css  # headings larger
    assert "text-align: left" in css
    assert "line-height: 1.5" in css
    assert 'font-family: "Atkinson Hyperlegible", "Noto Sans"' in css
    assert "&#34;" not in css  # the stylesheet itself is not HTML-escaped


# Text size


@pytest.mark.parametrize("size", [13, 0, -4, 37, 100])
def test_a_text_size_out_of_range_is_refused_plainly(
    tmp_path: Path, sample_template: str, size: int
) -> None:
    path = tmp_path / "sample.pdf"
    with pytest.raises(ValueError, match=r"^Text size .* from 14 to 36 points"):
        write_sample(path, sample_template, font_size=size)
    assert not path.exists()


def test_a_text_size_must_be_a_whole_number() -> None:
    with pytest.raises(ValueError, match="whole number of points"):
        check_font_size(True)
    with pytest.raises(ValueError, match="whole number of points"):
        check_font_size(16.5)  # type: ignore[arg-type]
    assert check_font_size(14) == 14
    assert check_font_size(36) == 36


def test_a_document_needs_a_title(tmp_path: Path, sample_template: str) -> None:
    with pytest.raises(ValueError, match="needs a title"):
        render_pdf(sample_template, sample_context(), tmp_path / "x.pdf", title="  ")
    assert list(tmp_path.iterdir()) == []


# Saving safely


def test_a_failure_while_writing_leaves_no_file(
    tmp_path: Path, sample_template: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    weasyprint = document.import_weasyprint()

    def half_written(self: object, target: Any, **options: object) -> None:
        target.write(b"%PDF-1.7\n% half a document")
        raise RuntimeError("the renderer stopped")

    monkeypatch.setattr(weasyprint.Document, "write_pdf", half_written)
    path = tmp_path / "new.pdf"
    with pytest.raises(RuntimeError, match="the renderer stopped"):
        write_sample(path, sample_template)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_keeps_the_previous_file(
    tmp_path: Path, sample_template: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    weasyprint = document.import_weasyprint()

    path = tmp_path / "statement.pdf"
    path.write_bytes(b"the old statement")

    def failing(self: object, target: Any, **options: object) -> None:
        target.write(b"%PDF-1.7\n")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(weasyprint.Document, "write_pdf", failing)
    with pytest.raises(DocumentProblem, match="No space left on device"):
        write_sample(path, sample_template)
    assert path.read_bytes() == b"the old statement"
    assert [p.name for p in tmp_path.iterdir()] == ["statement.pdf"]


def test_a_failure_while_rendering_writes_nothing(tmp_path: Path, sample_template: str) -> None:
    path = tmp_path / "broken.pdf"
    context = sample_context()
    del context["heading"]  # a template mistake: StrictUndefined makes it an error
    with pytest.raises(Exception, match="heading"):
        render_pdf(sample_template, context, path, title="Broken")
    assert list(tmp_path.iterdir()) == []


def test_a_new_file_replaces_the_old_one_whole(tmp_path: Path, sample_template: str) -> None:
    path = tmp_path / "sample.pdf"
    path.write_bytes(b"old")
    write_sample(path, sample_template)
    assert path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["sample.pdf"]


def test_a_missing_folder_is_explained(tmp_path: Path, sample_template: str) -> None:
    path = tmp_path / "no such folder" / "sample.pdf"
    with pytest.raises(DocumentProblem, match=r"the folder .*no such folder does not exist"):
        write_sample(path, sample_template)


# Dates


def test_dates_are_written_out_the_same_on_every_computer() -> None:
    assert long_date(date(2025, 4, 6)) == "6 April 2025"
    assert long_date(date(2026, 12, 25)) == "25 December 2026"


# Charts


def test_chart_alt_text_reads_every_value() -> None:
    text = chart_alt_text("Payments by month", ["April", "May", "June"], [3750, 0, -300])
    assert text == "Payments by month: April £37.50, May £0.00, June -£3.00."
    assert chart_alt_text("Nothing", [], []) == "Nothing: nothing to show."
    with pytest.raises(ValueError, match="one label for each value"):
        chart_alt_text("Mismatch", ["April"], [1, 2])


def fill_of(element: ET.Element) -> str:
    style = (element.get("style") or "").replace(" ", "")
    return style.split("fill:")[1].split(";")[0] if "fill:" in style else ""


def font_size_of(element: ET.Element) -> float:
    style = (element.get("style") or "").replace(" ", "")
    return float(style.split("font-size:")[1].split("px")[0])


def test_chart_svg_has_a_white_background_and_the_values_as_text() -> None:
    drawing = bar_chart("Payments by month", ["April", "May", "June"], [3750, 125000, 0])
    svg = chart_svg(drawing)
    root = ET.fromstring(svg.encode("utf-8"))
    painted = [r for r in root.iter(f"{SVG}rect") if fill_of(r)]
    background = painted[0]  # drawn first, so everything else is on top of it
    assert fill_of(background) == "rgb(100%,100%,100%)"
    assert float(background.get("width", "0")) == pytest.approx(drawing.width)
    assert float(background.get("height", "0")) == pytest.approx(drawing.height)
    bars = painted[1:]
    assert len(bars) == 2  # one for each amount above zero
    assert {fill_of(bar) for bar in bars} == {"rgb(10%,30%,54%)"}  # BAR_COLOUR, dark blue
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts == [
        "Payments by month",
        "April",
        "£37.50",
        "May",
        "£1,250.00",
        "June",
        "£0.00",
    ]
    for text in root.iter(f"{SVG}text"):
        assert (text.get("style") or "").count("Atkinson Hyperlegible") == 1
        assert font_size_of(text) >= 14
    assert root.findtext(f"{SVG}title") == "Payments by month"
    assert root.findtext(f"{SVG}desc") == (
        "Payments by month: April £37.50, May £1,250.00, June £0.00."
    )
    assert "<!DOCTYPE" not in svg
    assert BAR_COLOUR == "#1a4f8b"


def test_chart_labels_never_shrink_to_fit() -> None:
    labels = ["September 2025", "October 2025"]
    drawing = bar_chart("Wide", labels, [99999999, 1], width=200, font_size=36)
    assert drawing.width > 200  # wider than asked rather than smaller text
    root = ET.fromstring(chart_svg(drawing).encode("utf-8"))
    assert min(font_size_of(t) for t in root.iter(f"{SVG}text")) >= 36


def test_chart_rows_squeeze_to_a_height_but_not_below_the_text() -> None:
    labels = [f"Month {n}" for n in range(12)]
    natural = bar_chart("Rows", labels, [100] * 12, font_size=20, show_title=False)
    squeezed = bar_chart("Rows", labels, [100] * 12, font_size=20, show_title=False, height=300)
    assert squeezed.height < natural.height
    assert squeezed.height >= 12 * 20 * 1.25


def test_a_negative_value_is_drawn_left_of_zero_with_its_amount() -> None:
    drawing = bar_chart("Net", ["April", "May"], [-500, 1000], width=400)
    root = ET.fromstring(chart_svg(drawing).encode("utf-8"))
    x_of = {t.text: float(t.get("x", "0")) for t in root.iter(f"{SVG}text")}
    bars = sorted(
        (float(r.get("x", "0")), float(r.get("width", "0")))
        for r in root.iter(f"{SVG}rect")
        if fill_of(r) == "rgb(10%,30%,54%)"
    )
    (negative_x, negative_width), (positive_x, positive_width) = bars
    zero = negative_x + negative_width
    assert positive_x == pytest.approx(zero)  # both bars start at the zero line
    assert negative_width == pytest.approx(positive_width / 2)
    assert x_of["April"] < x_of["-£5.00"] < negative_x  # written left of the bar
    assert x_of["£10.00"] > positive_x + positive_width  # written right of the bar
    assert drawing.width == 400


def test_in_large_text_a_negative_amount_is_written_right_of_zero_rather_than_widening() -> None:
    """At 36 point there is no room for amounts on both sides of the bars: the negative one is
    written right of the zero line, and the chart keeps the width asked for."""
    labels = ["Apr", "May", "Jun", "1 to 5 Apr"]
    drawing = bar_chart("Net", labels, [4390, 7500, -7500, 15000], width=493, font_size=36)
    assert drawing.width == 493
    root = ET.fromstring(chart_svg(drawing).encode("utf-8"))
    x_of = {t.text: float(t.get("x", "0")) for t in root.iter(f"{SVG}text")}
    bars = sorted(
        (float(r.get("x", "0")), float(r.get("width", "0")))
        for r in root.iter(f"{SVG}rect")
        if fill_of(r) == "rgb(10%,30%,54%)"
    )
    negative_x, negative_width = bars[0]
    zero = negative_x + negative_width
    assert x_of["1 to 5 Apr"] < negative_x
    assert zero < x_of["-£75.00"] < x_of["£150.00"]
    assert min(font_size_of(t) for t in root.iter(f"{SVG}text")) >= 36
