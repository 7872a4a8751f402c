"""Meeting packs, meeting summaries and project summaries: what services.meeting_documents
gathers (who may be named, what is counted), and the documents read back as a reader and a
screen reader would: tagged PDF/UA with headings, lists and table headers in reading order,
large print, easy read, A3, high contrast, and the same as an accessible Word document."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, time
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pikepdf
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from coprod_desktop.reports import document
from coprod_desktop.reports.document import (
    BLACK_ON_WHITE,
    YELLOW_ON_BLACK,
    DocumentProblem,
    PageLayout,
)
from coprod_desktop.reports.document_options import DocumentOptions
from coprod_desktop.reports.meeting_content import Items, Paragraphs, sentences, summary_content
from coprod_desktop.reports.meeting_docx import (
    write_meeting_pack_docx,
    write_meeting_summary_docx,
    write_project_summary_docx,
)
from coprod_desktop.reports.meeting_pdf import (
    write_meeting_pack_pdf,
    write_meeting_summary_pdf,
    write_project_summary_pdf,
)
from coprod_desktop.services import stories
from coprod_desktop.services.errors import NotFound, ServiceError
from coprod_desktop.services.meeting_documents import (
    HIDE_AMONG,
    MeetingPack,
    MeetingSummary,
    ProjectSummary,
    access_need_sentences,
    duration_words,
    meeting_pack,
    meeting_summary,
    project_summary,
    time_words,
)
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import AccessNeed
from tests.core.meeting_fixtures import (
    AGENDA_TITLE,
    LONG_WORD,
    NEVER_PRINTED,
    NOOR,
    PRIVATE_TEXT,
    PROJECT,
    SARAH,
    TELLER,
    TITLE,
    TODAY,
    build_meeting,
)
from tests.core.payment_fixtures import add_person, add_project, add_session, attended
from tests.core.pdf_checks import (
    chars,
    docx_text,
    embedded_font_names,
    has_real_header_row,
    headings,
    in_order,
    pdf_text,
    tags,
)

PERIOD = (date(2026, 2, 1), date(2026, 3, 31))
PACK_TITLE = f"Meeting pack: {TITLE}, 3 March 2026"
SUMMARY_TITLE = f"Meeting summary: {TITLE}, 3 March 2026"
PROJECT_TITLE = f"Project summary: {PROJECT}, 1 February 2026 to 31 March 2026"
ARABIC = "نور"  # NOOR's letters; pdftotext may put the emoji elsewhere on the line
EMOJI = "🌻"


# --- words ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("moment", "words"),
    [
        (time(10, 0), "10am"),
        (time(13, 30), "1:30pm"),
        (time(12, 0), "12 noon"),
        (time(12, 15), "12:15pm"),
        (time(0, 0), "midnight"),
        (time(0, 45), "12:45am"),
    ],
)
def test_times_are_said_the_way_people_say_them(moment: time, words: str) -> None:
    assert time_words(moment) == words


def test_durations_in_words() -> None:
    assert [duration_words(m) for m in (45, 60, 90, 120, 1)] == [
        "45 minutes",
        "1 hour",
        "1 hour 30 minutes",
        "2 hours",
        "1 minute",
    ]


def test_typed_text_is_split_into_sentences_for_easy_read() -> None:
    assert sentences("We will plan the menu. Bring your ideas!\nAsk Sam?  Yes.") == [
        "We will plan the menu.",
        "Bring your ideas!",
        "Ask Sam?",
        "Yes.",
    ]
    assert sentences("  ") == []


# --- what the services gather -------------------------------------------------------------------
def test_the_pack_says_what_the_meeting_is_for_and_counts_access_needs(
    database: Database,
) -> None:
    with database.transaction() as session:
        built = build_meeting(session)
        pack = meeting_pack(session, built.meeting, TODAY)
    assert pack.title == PACK_TITLE
    assert pack.project_name == PROJECT
    assert pack.session.purpose == "We will plan the menu. Bring your ideas!"
    assert pack.session.when == "Tuesday 3 March 2026, 1:30pm to 3pm"
    assert pack.session.time_text == "1:30pm to 3pm (1 hour 30 minutes)"
    assert pack.session.where == "Community centre"
    assert [(a.number, a.title, a.lead, a.time_allowed) for a in pack.agenda] == [
        (1, "Welcome", "Priya", "10 minutes"),
        (2, AGENDA_TITLE, "Amira", "45 minutes"),
        (3, "Any other business", "", ""),
    ]
    # Those invited or coming are counted (not Abe, who sent apologies); nobody is named.
    assert pack.access_needs == (
        # Fewer than 5: never a number that could point at someone.
        "Some people need large print.",
        "Some people need a British Sign Language (BSL) interpreter.",
        "Some people need step-free access.",
        "Some people need a quiet space.",
        "Some people have told us about other needs. We will talk to them about it.",
    )
    assert pack.last_time is not None and pack.last_time.label == (
        "Planning workshop (Tuesday 3 February 2026)"
    )
    last = pack.last_time_outcomes
    assert [d.what for d in last.decisions] == ["Open on Saturdays"]
    assert [(a.what, a.who, a.due) for a in last.actions] == [
        ("Book the hall", "A group member", "Overdue: 1 March 2026, 9 days ago"),
        ("Send the notes", "Priya (staff)", "5 February 2026"),
    ]
    assert [(f.you_said, f.we_did) for f in last.feedback] == [
        ("The room is too cold", "We did: We moved to the library.")
    ]
    # Open actions of the whole project: not the one done; people not agreeing stay unnamed.
    assert [(a.what, a.who, a.overdue) for a in pack.open_actions] == [
        ("Book the hall", "A group member", True),
        ("Buy a pot", "Amira and Priya (staff)", False),
        ("Print posters", f"\u2068{SARAH}\u2069 and a group member", False),
    ]


def test_the_summary_names_only_those_who_agreed(database: Database) -> None:
    with database.transaction() as session:
        built = build_meeting(session)
        summary = meeting_summary(session, built.meeting, TODAY)
    assert summary.title == SUMMARY_TITLE
    people = summary.took_part
    assert people.total == 6 and people.others == 2
    assert set(people.names) == {"Amira", "Bea", NOOR, SARAH}
    assert people.names[:2] == ("Amira", "Bea")  # the register's order
    assert people.count_sentence == "6 people took part."
    # Names in right-to-left scripts are set apart, so each keeps its place in the list.
    rtl = [f"\u2068{name}\u2069" for name in people.names[2:]]
    assert people.names_sentence == f"Amira, Bea, {', '.join(rtl)} and 2 others."
    assert people.others_line == "And 2 others."
    outcomes = summary.outcomes
    assert [d.what for d in outcomes.decisions] == [
        "Serve soup every week",
        f"Name the café {LONG_WORD}",
    ]
    assert outcomes.decisions[0].what_it_changes == "We need a bigger pot."
    assert [(a.what, a.who, a.due) for a in outcomes.actions] == [
        ("Buy a pot", "Amira and Priya (staff)", "20 March 2026")
    ]
    assert [(f.you_said, f.we_did) for f in outcomes.feedback] == [
        ("Coffee please", "No response yet.")
    ]
    # Internal-only stories never; anonymised ones without their teller, even in the text.
    # and, with only 2 people unnamed, an anonymised story is left out of the summary of one
    # meeting (it would be plainly theirs), counted instead.
    assert [(s.title, s.teller, s.anonymised) for s in summary.stories] == [
        ("Two buses to the clinic", "Amira", False),
    ]
    assert summary.withheld_stories == 1
    assert all(TELLER not in s.text and PRIVATE_TEXT not in s.text for s in summary.stories)
    assert summary.next_session is not None
    assert summary.next_session.when == "Tuesday 7 April 2026, 10am to 11:30am"
    assert summary.next_session.where == "Online"
    assert summary.next_session.access_support == "Captions on"


def test_the_project_summary_covers_the_period(database: Database) -> None:
    with database.transaction() as session:
        built = build_meeting(session)
        summary = project_summary(session, built.project, *PERIOD, TODAY)
        april = project_summary(session, built.project, date(2026, 4, 1), date(2026, 4, 30), TODAY)
    assert summary.title == PROJECT_TITLE
    assert [(s.session.title, s.took_part) for s in summary.sessions] == [
        ("Planning workshop", 2),
        (TITLE, 6),
    ]
    assert len(summary.outcomes.decisions) == 3
    # Agreed at a session in the period; "Print posters" was added today, after it.
    assert {a.what for a in summary.outcomes.actions} == {
        "Book the hall",
        "Send the notes",
        "Buy a pot",
    }
    assert len(summary.outcomes.feedback) == 2
    assert [s.title for s in summary.stories] == ["Two buses to the clinic", "Waiting room"]
    assert [s.session.title for s in april.sessions] == ["Tasting day"]
    assert april.outcomes.empty and april.stories == ()


def test_a_first_and_a_last_session_say_so(database: Database, tmp_path: Path) -> None:
    with database.transaction() as session:
        project = add_project(session, "Youth panel")
        only = add_session(session, project, date(2026, 5, 1), place="", online=True)
        pack = meeting_pack(session, only, TODAY)
        summary = meeting_summary(session, only, TODAY)
    assert pack.last_time is None and pack.open_actions == () and pack.agenda == ()
    assert pack.access_needs == ()
    assert summary.next_session is None and summary.took_part.total == 0
    write_meeting_pack_pdf(pack, tmp_path / "pack.pdf")
    write_meeting_summary_pdf(summary, tmp_path / "summary.pdf")
    pack_text = pdf_text(tmp_path / "pack.pdf")
    for words in (
        "Nobody has written down what this meeting is for yet.",
        "Place: Online",
        "We have not written down any support for this meeting yet.",
        "Nobody coming has told us about an access need yet.",
        "Nobody has written the agenda yet.",
        "This is the first meeting of this project, so there is nothing from last time.",
        "There are no open actions for this project.",
    ):
        assert words in pack_text, words
    summary_text = pdf_text(tmp_path / "summary.pdf")
    for words in (
        "Nobody has been marked as taking part yet.",
        "We did not write down any decisions at this meeting.",
        "We did not agree any actions at this meeting.",
        "There are no stories from this meeting to share here.",
        "The next meeting has not been arranged yet.",
    ):
        assert words in summary_text, words


def test_unknown_sessions_and_projects_and_backwards_periods(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        with pytest.raises(NotFound, match="no session with the number 99"):
            meeting_pack(session, 99, TODAY)
        with pytest.raises(NotFound, match="no session with the number 99"):
            meeting_summary(session, 99, TODAY)
        with pytest.raises(NotFound, match="no project with the number 99"):
            project_summary(session, 99, *PERIOD, TODAY)
        with pytest.raises(ServiceError, match=r"ends .* before it starts"):
            project_summary(session, project, date(2026, 3, 1), date(2026, 2, 1), TODAY)


# --- options ------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [13, 25, 36, 0])
def test_sizes_outside_14_to_24_are_refused_plainly(size: int) -> None:
    with pytest.raises(ValueError, match="Choose a size from 14 to 24 points"):
        DocumentOptions(font_size=size)


def test_paper_is_a4_or_a3_in_any_case() -> None:
    assert DocumentOptions(paper="a3").paper == "A3"
    with pytest.raises(ValueError, match="choose A4 or A3"):
        DocumentOptions(paper="letter")
    assert PageLayout(16, "A3").content_width > PageLayout(16).content_width


def _luminance(colour: str) -> float:
    """WCAG relative luminance of #rgb."""
    channels = [int(c * 2, 16) / 255 for c in colour.lstrip("#")]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_both_themes_have_contrast_of_at_least_7_to_1() -> None:
    assert _contrast(BLACK_ON_WHITE.ink, BLACK_ON_WHITE.paper) == pytest.approx(21)
    assert _contrast(BLACK_ON_WHITE.ink, BLACK_ON_WHITE.header_fill) >= 7
    assert _contrast(YELLOW_ON_BLACK.ink, YELLOW_ON_BLACK.paper) >= 19
    assert _contrast(YELLOW_ON_BLACK.ink, YELLOW_ON_BLACK.header_fill) >= 7
    css = document.stylesheet(18, paper="A3", theme=YELLOW_ON_BLACK)
    assert "size: A3 portrait" in css and "color: #ff0" in css and "background: #000" in css
    plain = document.stylesheet(16)
    assert "size: A4 portrait" in plain and "color: #000" in plain and "#ff0" not in plain


# --- the documents, made once ------------------------------------------------------------------
@dataclass(frozen=True)
class Made:
    pack: MeetingPack
    summary: MeetingSummary
    project: ProjectSummary
    files: dict[str, Path]


VARIANTS: dict[str, DocumentOptions] = {
    "standard": DocumentOptions(),
    "easy": DocumentOptions(easy_read=True),
    "contrast": DocumentOptions(high_contrast=True, font_size=18),
    "a3": DocumentOptions(paper="A3", font_size=24),
    "small": DocumentOptions(font_size=14),
    "large": DocumentOptions(font_size=22),
}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    folder = tmp_path_factory.mktemp("meeting")
    with pytest.MonkeyPatch.context() as patch:  # font caches go in the test's own folder
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        database = open_database(f"sqlite:///{folder / 'meeting.sqlite3'}").database
        try:
            with database.transaction() as session:
                built = build_meeting(session)
                pack = meeting_pack(session, built.meeting, TODAY)
                summary = meeting_summary(session, built.meeting, TODAY)
                project = project_summary(session, built.project, *PERIOD, TODAY)
        finally:
            database.close()
        files: dict[str, Path] = {}
        for name, options in VARIANTS.items():
            # The standard variant is written with the defaults (no options given).
            given = () if name == "standard" else (options,)
            for kind in ("pack", "summary", "project"):
                if kind == "project" and name in ("small", "large"):
                    continue
                pdf_path = folder / f"{kind}-{name}.pdf"
                docx_path = folder / f"{kind}-{name}.docx"
                if kind == "pack":
                    write_meeting_pack_pdf(pack, pdf_path, *given)
                    write_meeting_pack_docx(pack, docx_path, *given)
                elif kind == "summary":
                    write_meeting_summary_pdf(summary, pdf_path, *given)
                    write_meeting_summary_docx(summary, docx_path, *given)
                else:
                    write_project_summary_pdf(project, pdf_path, *given)
                    write_project_summary_docx(project, docx_path, *given)
                files[f"{kind}-{name}.pdf"] = pdf_path
                files[f"{kind}-{name}.docx"] = docx_path
        yield Made(pack, summary, project, files)


PDFS = [f"{kind}-{name}.pdf" for kind in ("pack", "summary") for name in VARIANTS] + [
    f"project-{name}.pdf" for name in ("standard", "easy", "contrast", "a3")
]


def _size_of(name: str) -> int:
    return VARIANTS[name.split("-")[1].removesuffix(".pdf").removesuffix(".docx")].font_size


@pytest.mark.parametrize("name", PDFS)
def test_every_pdf_is_tagged_with_title_language_and_large_print(made: Made, name: str) -> None:
    path = made.files[name]
    with pikepdf.open(path) as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) == "en-GB"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        title = str(pdf.docinfo.Title)
    assert title in (PACK_TITLE, SUMMARY_TITLE, PROJECT_TITLE)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert f"Title:           {title}" in info.stdout
    assert "Tagged:          yes" in info.stdout
    found = tags(path)
    assert found.count("/H1") == 1 and found.count("/H2") >= 5
    assert "/L" in found and "/LI" in found
    sizes = [c["size"] for c in chars(path)]
    assert min(sizes) >= _size_of(name) - 0.01
    assert any("Atkinson" in font for font in embedded_font_names(path))
    if not any(word in name for word in ("easy", "large")):
        assert "/TH" in found  # the agenda, actions or meetings table (none in easy read)


def test_headings_names_and_figures_are_read_in_order(made: Made) -> None:
    text = pdf_text(made.files["summary-standard.pdf"])
    assert in_order(
        text,
        SUMMARY_TITLE,
        f"Project: {PROJECT}",  # typed text printed as it is, never as markup
        "Date: Tuesday 3 March 2026",
        "Time: 1:30pm to 3pm (1 hour 30 minutes)",
        "Place: Community centre",
        "Made on: 10 March 2026",
        "Who took part",
        "6 people took part.",
        "Amira, Bea,",
        "and 2 others.",
        "We only name people who have said we may.",
        "What we decided",
        "Serve soup every week",
        "How we decided: Vote.",
        "What it changes: We need a bigger pot.",
        "How we decided: Consent (no one objected).",
        "Actions: who does what by when",
        "Buy a pot",
        "Amira and",  # the table's cells wrap: pdftotext reads them a line at a time
        "20 March",
        "Priya (staff)",
        "You said, we did",
        "You said: Coffee please.",
        "No response yet.",
        "Stories shared",
        "Two buses to the clinic.",
        "It took two buses to reach the clinic.",
        "Told by: Amira, March 2026.",
        "Themes: Transport.",
        # Only 2 people went unnamed: an anonymised story would be plainly one of theirs.
        "1 more story was shared at this meeting without a name.",
        "Next meeting",
        "Meeting: Tasting day",
        "Date: Tuesday 7 April 2026",
        "Place: Online",
        "Support arranged: Captions on",
    )
    assert ARABIC in text and EMOJI in text and SARAH in text
    assert LONG_WORD[:40] in text.replace(" ", "")


def test_the_pack_reads_in_order(made: Made) -> None:
    text = pdf_text(made.files["pack-standard.pdf"])
    assert in_order(
        text,
        PACK_TITLE,
        "What the meeting is for",
        "We will plan the menu. Bring your ideas!",
        "When and where",
        "Time: 1:30pm to 3pm",
        "Access arrangements",
        "Hearing loop in the main room.",
        "BSL interpreter booked.",
        "Some people need large print.",
        "Some people need a British Sign Language (BSL) interpreter.",
        "Some people have told us about other needs.",
        "What we will talk about",
        "Welcome",
        "Priya",
        "10 minutes",
        AGENDA_TITLE,
        "What food should we serve?",
        "Any other business",
        "Not named",
        "What happened last time",
        "Our last meeting was Planning workshop (Tuesday 3 February 2026).",
        "Open on Saturdays",
        "Book the hall",
        "Overdue: 1",
        "You said: The room is too cold.",
        "We did: We moved to the library.",
        "Open actions",
        "3 actions are not finished yet",
        "1 of them is overdue.",
        "Print posters",
        "No date set",
    )


@pytest.mark.parametrize("name", list(PDFS) + [n.replace(".pdf", ".docx") for n in PDFS])
def test_nobody_is_named_without_consent_and_private_stories_stay_private(
    made: Made, name: str
) -> None:
    path = made.files[name]
    text = pdf_text(path) if name.endswith(".pdf") else docx_text(docx.Document(str(path)))
    for words in NEVER_PRINTED:
        assert words not in text, (name, words)
    if name.startswith("project"):
        assert "Waiting room" in text and "[name removed]" in text
    if name.startswith("summary"):  # too few unnamed people at the meeting to hide the teller
        assert "Waiting room" not in text and "without a name" in text


def test_easy_read_has_one_idea_a_line_and_more_space(made: Made) -> None:
    for kind in ("pack", "summary", "project"):
        standard = tags(made.files[f"{kind}-standard.pdf"]).count("/P")
        easy = tags(made.files[f"{kind}-easy.pdf"]).count("/P")
        assert easy > standard, kind
        assert "/Table" not in tags(made.files[f"{kind}-easy.pdf"])
    text = pdf_text(made.files["summary-easy.pdf"])
    assert in_order(
        text,
        "This is about our meeting.",
        "It says who came.",
        "6 people took part.",
        "Amira",
        "Bea",
        "And 2 others.",
        "Buy a pot.",
        "Who: Amira and Priya (staff).",
        "By when: 20 March 2026.",
        "Our next meeting is on Tuesday 7 April 2026.",
        "It starts at 10am.",
        "It ends at 11:30am.",
        "It is online.",
    )
    # The same facts as the standard summary.
    content = summary_content(made.summary, VARIANTS["easy"])
    lines = [
        line.text
        for block in content.blocks
        if isinstance(block, Paragraphs | Items)
        for line in (block.lines if isinstance(block, Paragraphs) else sum(block.items, ()))
    ]
    assert all(len(sentences(line)) <= 1 for line in lines), "one sentence a line"


def test_a3_pages_are_a3(made: Made) -> None:
    for kind in ("pack", "summary", "project"):
        with pikepdf.open(made.files[f"{kind}-a3.pdf"]) as pdf:
            for page in pdf.pages:
                box = [float(v) for v in page.MediaBox]
                assert (round(box[2] - box[0]), round(box[3] - box[1])) == (842, 1191)
        with pikepdf.open(made.files[f"{kind}-standard.pdf"]) as pdf:
            box = [float(v) for v in pdf.pages[0].MediaBox]
            assert (round(box[2]), round(box[3])) == (595, 842)


def test_high_contrast_is_yellow_text_on_black_pages(made: Made) -> None:
    with pdfplumber.open(made.files["summary-contrast.pdf"]) as pdf:
        page = pdf.pages[0]
        colours = {tuple(c["non_stroking_color"]) for c in page.chars if c["text"].strip()}
        backgrounds = [
            r for r in page.rects if r["width"] >= page.width - 1 and r["height"] >= page.height - 1
        ]
    assert colours == {(1, 1, 0)}
    assert backgrounds and all(tuple(r["non_stroking_color"]) == (0, 0, 0) for r in backgrounds)
    with pdfplumber.open(made.files["summary-standard.pdf"]) as pdf:
        colours = {tuple(c["non_stroking_color"]) for c in pdf.pages[0].chars if c["text"].strip()}
    assert colours <= {(0,), (0, 0, 0), (0, 0, 0, 1)}


def test_large_print_lists_records_instead_of_narrow_tables(made: Made) -> None:
    """Above 18 point on A4 a table's columns get too narrow: one record after another."""
    assert "/Table" in tags(made.files["pack-small.pdf"])
    assert "/Table" not in tags(made.files["pack-large.pdf"])
    assert "/Table" in tags(made.files["pack-a3.pdf"])  # 24 point fits across A3
    text = pdf_text(made.files["pack-large.pdf"])
    assert "Who leads it: Priya" in text and "By when: Overdue: 1 March 2026, 9 days ago" in text


# --- the Word documents -------------------------------------------------------------------------
def test_the_docx_has_heading_styles_and_real_header_rows(made: Made) -> None:
    summary = docx.Document(str(made.files["summary-standard.docx"]))
    assert headings(summary, "Heading 1") == [SUMMARY_TITLE]
    assert headings(summary, "Heading 2") == [
        "Who took part",
        "What we decided",
        "Actions: who does what by when",
        "You said, we did",
        "Stories shared",
        "Next meeting",
    ]
    pack = docx.Document(str(made.files["pack-standard.docx"]))
    assert headings(pack, "Heading 3") == [
        "What we decided",
        "Actions: who does what by when",
        "You said, we did",
    ]
    assert len(pack.tables) == 3  # agenda, last time's actions, open actions
    assert [c.text for c in pack.tables[0].rows[0].cells] == [
        "Item",
        "What we will talk about",
        "Who leads it",
        "Time",
    ]
    for document_ in (summary, pack, docx.Document(str(made.files["project-standard.docx"]))):
        assert document_.tables
        assert all(has_real_header_row(table) for table in document_.tables)


def test_the_docx_says_the_same_as_the_pdf(made: Made) -> None:
    for kind in ("pack", "summary", "project"):
        text = docx_text(docx.Document(str(made.files[f"{kind}-standard.docx"])))
        pdf = pdf_text(made.files[f"{kind}-standard.pdf"])
        for words in (PROJECT, "Buy a pot", "Priya (staff)", "20 March"):
            assert words in text and words in pdf, (kind, words)
    text = docx_text(docx.Document(str(made.files["summary-standard.docx"])))
    for words in (
        "6 people took part.",
        f"{NOOR}",
        "and 2 others.",
        "How we decided: Vote.",
        "Told by: Amira, March 2026.",
        "1 more story was shared at this meeting without a name.",
        "Support arranged: Captions on",
        LONG_WORD,
    ):
        assert words in text, words


def test_the_docx_is_large_print_in_en_gb(made: Made) -> None:
    document_ = docx.Document(str(made.files["summary-large.docx"]))
    assert document_.core_properties.title == SUMMARY_TITLE
    assert document_.core_properties.language == "en-GB"
    normal = document_.styles["Normal"]
    assert normal.font.name == "Atkinson Hyperlegible"
    assert normal.font.size == Pt(22)
    assert normal.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert normal.paragraph_format.line_spacing == 1.5
    section = document_.sections[0]
    assert section.page_width is not None and round(section.page_width.mm) == 210


def test_the_docx_options_a3_easy_read_and_high_contrast(made: Made) -> None:
    a3 = docx.Document(str(made.files["summary-a3.docx"])).sections[0]
    assert a3.page_width is not None and a3.page_height is not None
    assert (round(a3.page_width.mm), round(a3.page_height.mm)) == (297, 420)
    standard = docx.Document(str(made.files["summary-standard.docx"]))
    easy = docx.Document(str(made.files["summary-easy.docx"]))
    assert len(easy.paragraphs) > len(standard.paragraphs)
    assert easy.tables == [] and easy.styles["Normal"].paragraph_format.line_spacing == 1.6
    contrast = docx.Document(str(made.files["summary-contrast.docx"]))
    background = contrast.element.find(qn("w:background"))
    assert background is not None and background.get(qn("w:color")) == "000000"
    for name in ("Normal", "Heading 1", "Heading 2", "List Bullet"):
        assert str(contrast.styles[name].font.color.rgb) == "FFFF00", name
    assert standard.element.find(qn("w:background")) is None


# --- saving -------------------------------------------------------------------------------------
def test_a_document_that_cannot_be_saved_leaves_nothing(made: Made, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"the old summary")
    with pytest.raises(DocumentProblem, match="does not exist"):
        write_meeting_summary_pdf(made.summary, tmp_path / "missing" / "summary.pdf")
    with pytest.raises(DocumentProblem, match="does not exist"):
        write_meeting_summary_docx(made.summary, tmp_path / "missing" / "summary.docx")
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]
    assert target.read_bytes() == b"the old summary"
    write_meeting_summary_pdf(made.summary, target)
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]  # no temporary file left
    assert target.read_bytes().startswith(b"%PDF")


def test_hostile_text_everywhere_renders(made: Made, tmp_path: Path) -> None:
    """Markup, emoji, right-to-left scripts and a 300-character word in every typed field."""
    hostile = f"<b>&amp; {NOOR} {SARAH} {LONG_WORD} </p><script>x</script>"
    facts = replace(
        made.summary.session,
        title=hostile[:200],
        place=hostile,
        access_support=hostile,
        purpose=hostile,
    )
    summary = replace(
        made.summary,
        project_name=hostile,
        session=facts,
        next_session=facts,
        took_part=replace(made.summary.took_part, names=(hostile, NOOR, SARAH)),
    )
    pack = replace(
        made.pack,
        project_name=hostile,
        session=facts,
        agenda=tuple(
            replace(a, title=hostile, details=hostile, lead=hostile) for a in made.pack.agenda
        ),
    )
    for options in (DocumentOptions(), DocumentOptions(easy_read=True, font_size=24)):
        write_meeting_summary_pdf(summary, tmp_path / "summary.pdf", options)
        write_meeting_pack_pdf(pack, tmp_path / "pack.pdf", options)
        write_meeting_pack_docx(pack, tmp_path / "pack.docx", options)
        for path in (tmp_path / "summary.pdf", tmp_path / "pack.pdf"):
            text = pdf_text(path)
            assert "<script>x</script>" in text and "<b>&amp;" in text
            sizes = [c["size"] for c in chars(path)]
            assert min(sizes) >= options.font_size - 0.01
            with pikepdf.open(path) as pdf:
                width = float(pdf.pages[0].MediaBox[2])
            # The long word wraps inside the page instead of running off it.
            with pdfplumber.open(path) as pdf:
                assert all(c["x1"] <= width for page in pdf.pages for c in page.chars)
        assert "<script>x</script>" in docx_text(docx.Document(str(tmp_path / "pack.docx")))


def test_stories_only_appear_as_their_consent_allows(
    monkeypatch: pytest.MonkeyPatch, database: Database
) -> None:
    """The services ask for stories through stories_for_output, for the session or period."""
    asked: list[dict[str, Any]] = []

    def spy(session: Any, **options: Any) -> Any:
        asked.append(options)
        return stories.stories_for_output(session, **options)

    monkeypatch.setattr("coprod_desktop.services.meeting_documents.stories_for_output", spy)
    with database.transaction() as session:
        built = build_meeting(session)
        meeting_summary(session, built.meeting, TODAY)
        project_summary(session, built.project, *PERIOD, TODAY)
    assert asked == [
        {"session_id": built.meeting, "allow_names": True},
        {"date_from": PERIOD[0], "date_to": PERIOD[1], "project_id": built.project},
    ]


def test_an_anonymised_story_is_printed_when_its_teller_hides_among_five(
    database: Database,
) -> None:
    with database.transaction() as session:
        built = build_meeting(session)
        for number in range(3):  # 2 unnamed already; 3 more make 5 who are not named
            extra = add_person(session, preferred_name=f"Visitor {number}")
            attended(session, built.meeting, extra)
        summary = meeting_summary(session, built.meeting, TODAY)
    assert summary.took_part.others == HIDE_AMONG == 5
    assert summary.withheld_stories == 0
    assert [(s.title, s.teller) for s in summary.stories] == [
        ("Two buses to the clinic", "Amira"),
        ("Waiting room", None),
    ]
    assert all(TELLER not in s.text for s in summary.stories)


def test_access_needs_are_counted_only_from_five(database: Database) -> None:
    with database.transaction() as session:
        built = build_meeting(session)
        for number in range(3):  # 2 need large print already: 5 with these
            extra = add_person(
                session,
                preferred_name=f"Reader {number}",
                access_needs=frozenset({AccessNeed.LARGE_PRINT}),
            )
            attended(session, built.meeting, extra)
        said = access_need_sentences(session, built.meeting)
    assert "5 people need large print." in said
    assert "Some people need step-free access." in said  # 1 person: no number
