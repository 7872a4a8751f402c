"""Render a Jinja2 template to a tagged, large-print PDF (PDF/UA-1), written safely.

Every document goes through :func:`render_pdf`: the template (from ``templates/``, extending
``base.html``) is rendered with autoescaping on, styled by the shared large-print stylesheet
``templates/base.css`` and written by WeasyPrint as PDF/UA-1, so it has a structure tree for
screen readers, the document's language and a title shown in the viewer's title bar.

The file is written to a temporary file in the same folder and renamed over the target only once
it is complete, so a failure never leaves a half-written PDF (nor replaces a good one).
"""

from __future__ import annotations

import base64
import os
import secrets
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO
from unicodedata import east_asian_width

from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    select_autoescape,
)

from coprod_desktop.money import format_money
from coprod_desktop.resources import resource_path
from coprod_desktop.services.dates import MONTHS
from coprod_desktop.services.errors import ServiceError

TEMPLATES = Path(__file__).resolve().with_name("templates")

MIN_FONT_SIZE = 14  # points; RNIB clear print asks for 16 to 18 for large print
MAX_FONT_SIZE = 36
DEFAULT_LANG = "en-GB"

FONT_FAMILY = "Atkinson Hyperlegible"
# Atkinson Hyperlegible covers Latin scripts only. Names in other scripts fall back, in order,
# to these (Noto on Linux, Segoe UI or Arial on Windows, Helvetica on a Mac), then to any
# sans-serif font the computer has.
FALLBACK_FONTS = (
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Sans Bengali",
    "Noto Sans Gurmukhi",
    "Noto Sans Tamil",
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK KR",
    "DejaVu Sans",
    "Segoe UI",
    "Arial",
    "Helvetica",
)
_FONT_FILES = (
    ("AtkinsonHyperlegible-Regular.ttf", "normal", "normal"),
    ("AtkinsonHyperlegible-Bold.ttf", "bold", "normal"),
    ("AtkinsonHyperlegible-Italic.ttf", "normal", "italic"),
    ("AtkinsonHyperlegible-BoldItalic.ttf", "bold", "italic"),
)

# A4 portrait, in points (1/72 inch).
PAGE_WIDTH_PT = 595.28
PAGE_HEIGHT_PT = 841.89
MARGIN_SIDE_PT = 51.0  # 18 mm
MARGIN_TOP_PT = 51.0

# Paper sizes people can choose (portrait, in points). A3 is A4 enlarged by 1.41: some people
# with sight loss ask for it so that the same page reads bigger.
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": (PAGE_WIDTH_PT, PAGE_HEIGHT_PT),
    "A3": (841.89, 1190.55),
}
DEFAULT_PAPER = "A4"


@dataclass(frozen=True)
class Theme:
    """The colours of a document: text (``ink``) on ``paper``, and behind table headers.

    Black on white is the default. The high-contrast theme is yellow on black (19.6 to 1, well
    above the 7 to 1 of WCAG AAA), which many people with low vision read more easily on screen
    because it has less glare. It is for screens: printed, it uses a lot of ink. Either way,
    meaning is never carried by colour alone (headers are bold, totals have a thicker rule).
    """

    ink: str
    paper: str
    header_fill: str


BLACK_ON_WHITE = Theme(ink="#000", paper="#fff", header_fill="#e6e6e6")  # headers 15:1 and more
YELLOW_ON_BLACK = Theme(ink="#ff0", paper="#000", header_fill="#000")

_MONTHS = MONTHS  # English on every computer (see services.dates)


class DocumentProblem(ServiceError):
    """A document could not be saved; ``str()`` says why in plain English."""


def long_date(day: date) -> str:
    """date(2025, 4, 6) -> '6 April 2025', the same on every computer (no locale, no %-d)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def month_name(month: int) -> str:
    """4 -> 'April'."""
    return _MONTHS[month - 1]


def check_font_size(font_size: int) -> int:
    """The text size in points, or a plain-English ValueError when it is not one we print."""
    if isinstance(font_size, bool) or not isinstance(font_size, int):
        raise ValueError(
            f"Text size must be a whole number of points from {MIN_FONT_SIZE} to "
            f"{MAX_FONT_SIZE}, such as 16."
        )
    if font_size < MIN_FONT_SIZE:
        raise ValueError(
            f"Text size {font_size} points is too small for large print. Choose a size from "
            f"{MIN_FONT_SIZE} to {MAX_FONT_SIZE} points (16 or 18 suits most people)."
        )
    if font_size > MAX_FONT_SIZE:
        raise ValueError(
            f"Text size {font_size} points is too big to fit a page. Choose a size from "
            f"{MIN_FONT_SIZE} to {MAX_FONT_SIZE} points."
        )
    return font_size


def check_paper(paper: str) -> str:
    """'A4' or 'A3' (in any case), or a plain-English ValueError."""
    wanted = paper.strip().upper()
    if wanted not in PAPER_SIZES:
        raise ValueError(f"Paper size '{paper}' is not one this app prints: choose A4 or A3.")
    return wanted


@dataclass(frozen=True)
class PageLayout:
    """Where text goes on a page (A4 unless ``paper`` says A3) at a given text size (points)."""

    font_size: int
    paper: str = DEFAULT_PAPER

    @property
    def page_width(self) -> float:
        return PAPER_SIZES[check_paper(self.paper)][0]

    @property
    def page_height(self) -> float:
        return PAPER_SIZES[check_paper(self.paper)][1]

    @property
    def margin_side(self) -> float:
        return MARGIN_SIDE_PT

    @property
    def margin_top(self) -> float:
        return MARGIN_TOP_PT

    @property
    def margin_bottom(self) -> float:
        # Room for the page number, which is printed at the full text size.
        return max(MARGIN_TOP_PT, self.font_size * 2.5)

    @property
    def content_width(self) -> float:
        return self.page_width - 2 * self.margin_side

    @property
    def content_height(self) -> float:
        return self.page_height - self.margin_top - self.margin_bottom


def font_stack() -> str:
    """The CSS font-family list: Atkinson Hyperlegible first, then fonts for other scripts."""
    names = (FONT_FAMILY, *FALLBACK_FONTS)
    return ", ".join(f'"{name}"' for name in names) + ", sans-serif"


def fits_on_one_line(text: str, font_size: float, width: float) -> bool:
    """Whether ``text`` surely fits in ``width`` points at ``font_size`` (a generous estimate).

    Used to keep a short name in one piece: Chinese and Japanese may otherwise break a line
    between any two characters, and large print should not split a name.
    """
    ems = sum(1.0 if east_asian_width(c) in ("W", "F") else 0.62 for c in text)
    return ems * font_size <= width


def svg_data_uri(svg: str) -> str:
    """An SVG as a data: URI for ``<img src>`` (nothing is written to disk)."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment for the templates in ``templates/``."""
    return make_environment(FileSystemLoader(TEMPLATES))


def make_environment(loader: BaseLoader) -> Environment:
    """A Jinja2 environment that autoescapes, and is strict about missing names.

    Autoescaping is on for .html templates (and any other but .css), so text people typed is
    always printed as text. ``StrictUndefined`` turns a misspelt name in a template into an
    error rather than a blank. Tests pass a loader that adds templates of their own.
    """
    env = Environment(
        loader=loader,
        autoescape=select_autoescape(
            enabled_extensions=("html", "xml"), disabled_extensions=("css",), default=True
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["money"] = format_money
    env.filters["long_date"] = long_date
    return env


def _font_faces() -> list[dict[str, str]]:
    faces = []
    for filename, weight, style in _FONT_FILES:
        path = resource_path("fonts", filename)
        if path is not None:
            faces.append(
                {"family": FONT_FAMILY, "url": path.as_uri(), "weight": weight, "style": style}
            )
    return faces


def stylesheet(font_size: int, *, paper: str = DEFAULT_PAPER, theme: Theme = BLACK_ON_WHITE) -> str:
    """The shared large-print stylesheet, with sizes worked out for ``font_size`` points, for
    ``paper`` (A4 or A3) in the colours of ``theme``."""
    check_font_size(font_size)
    layout = PageLayout(font_size, check_paper(paper))
    # Autoescaping is off for .css: every value here comes from this module, never from people.
    return (
        environment()
        .get_template("base.css")
        .render(
            font_faces=_font_faces(),
            font_stack=font_stack(),
            font_size=font_size,
            h1_size=round(font_size * 1.6, 1),
            h2_size=round(font_size * 1.3, 1),
            h3_size=round(font_size * 1.15, 1),
            margin_top=layout.margin_top,
            margin_side=layout.margin_side,
            margin_bottom=layout.margin_bottom,
            paper=layout.paper,
            ink=theme.ink,
            paper_colour=theme.paper,
            header_fill=theme.header_fill,
        )
    )


def render_html(
    template: str,
    context: Mapping[str, object],
    *,
    title: str,
    font_size: int = MIN_FONT_SIZE,
    lang: str = DEFAULT_LANG,
    author: str = "",
) -> str:
    """The document's HTML (what :func:`render_pdf` prints); useful for tests and previews."""
    check_font_size(font_size)
    if not title.strip():
        raise ValueError("A document needs a title: it is shown in the PDF viewer's title bar.")
    values: dict[str, Any] = dict(context)
    values.update(title=title.strip(), lang=lang, font_size=font_size, author=author)
    return environment().get_template(template).render(values)


def render_pdf(
    template: str,
    context: Mapping[str, object],
    path: Path,
    *,
    title: str,
    font_size: int = MIN_FONT_SIZE,
    lang: str = DEFAULT_LANG,
    author: str = "",
    paper: str = DEFAULT_PAPER,
    theme: Theme = BLACK_ON_WHITE,
) -> None:
    """Render ``templates/<template>`` with ``context`` and save it as a PDF/UA-1 file.

    ``title`` is shown in the viewer's title bar; ``lang`` (such as en-GB or cy) tells screen
    readers which language to speak; ``font_size`` is the body text size in points (14 to 36;
    headings are larger); ``paper`` is A4 or A3 and ``theme`` the colours (black on white, or
    YELLOW_ON_BLACK for high contrast). Raises ValueError for a text size or paper out of range
    and DocumentProblem when the file cannot be saved; either way no file is left behind and an
    existing file at ``path`` is left as it was.
    """
    html = render_html(
        template, context, title=title, font_size=font_size, lang=lang, author=author
    )
    css = stylesheet(font_size, paper=paper, theme=theme)

    weasyprint = import_weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    # Documents only read local files (fonts) and data: URIs (charts); never the network.
    fetcher = weasyprint.URLFetcher(allowed_protocols=("file", "data"))
    fonts = FontConfiguration()
    html_document = weasyprint.HTML(
        string=html, base_url=TEMPLATES.as_uri() + "/", url_fetcher=fetcher
    )
    document = html_document.render(
        stylesheets=[weasyprint.CSS(string=css, font_config=fonts, url_fetcher=fetcher)],
        font_config=fonts,
        pdf_variant="pdf/ua-1",
    )
    write_atomically(path, lambda out: document.write_pdf(out, pdf_variant="pdf/ua-1"))


def import_weasyprint() -> ModuleType:
    """WeasyPrint, imported on first use (it and Pango take about half a second to load).

    Without the system library HarfBuzz-Subset (Debian: libharfbuzz-subset0) WeasyPrint still
    works, subsetting fonts with fontTools instead, but warns on import that a future version
    will need it. That note is for whoever installs the app, not for the person printing, so it
    is not passed on (it would also fail the test suite, which turns warnings into errors).
    """
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message="HarfBuzz-Subset will be required", category=DeprecationWarning
        )
        import weasyprint
    module: ModuleType = weasyprint
    return module


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Call ``write(file)`` on a new file beside ``path``, then rename it to ``path``.

    The temporary file is in the same folder (so the rename is atomic, even on a network drive)
    and is removed if anything goes wrong, so ``path`` is either the whole new file or whatever
    was there before.
    """
    path = Path(path)
    folder = path.parent
    temporary = folder / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        # 0o666 lets the user's umask decide who may read it, as for any file they save.
        descriptor = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
        )
    except OSError as error:
        raise DocumentProblem(_save_problem(path, error)) from error
    try:
        with os.fdopen(descriptor, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise DocumentProblem(_save_problem(path, error)) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _save_problem(path: Path, error: OSError) -> str:
    folder = path.parent
    if not folder.exists():
        return f"Could not save {path.name}: the folder {folder} does not exist."
    if path.is_dir():
        return f"Could not save {path}: that is a folder. Choose a file name ending in .pdf."
    if isinstance(error, PermissionError):
        return (
            f"Could not save {path.name} in {folder}: this computer does not allow it (the "
            "folder is read-only, or the file is open in another program). Close the file or "
            "choose another folder."
        )
    reason = error.strerror or str(error)
    return f"Could not save {path.name} in {folder}: {reason}. Try another folder."
