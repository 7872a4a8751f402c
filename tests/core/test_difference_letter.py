""" "The difference you made": services.difference on a small hand-made set with a known answer
(checked against the database too), and the letter as a tagged large-print PDF and as an
accessible DOCX, read back as a reader (and a screen reader) would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import docx
import pikepdf
import pytest
from docx.shared import Pt
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coprod_desktop.reports.difference_letter_docx import write_difference_letter_docx
from coprod_desktop.reports.difference_letter_pdf import (
    suggested_font_size,
    write_difference_letter_pdf,
)
from coprod_desktop.services import decisions, development, feedback, participants, sessions
from coprod_desktop.services.decisions import DecisionData
from coprod_desktop.services.development import DevelopmentData
from coprod_desktop.services.difference import (
    DifferenceLetter,
    difference_for,
    letter_words,
    minutes_in_words,
)
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.feedback import FeedbackData
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import (
    Decision,
    DecisionPerson,
    DecisionStory,
    DevelopmentEntry,
    FeedbackItem,
    ProjectSession,
    SessionAttendance,
    Story,
)
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import (
    AccessNeed,
    AttendanceStatus,
    DecisionMethod,
    DevelopmentKind,
    FeedbackResponse,
    FeedbackStatus,
    Status,
    StoryConsent,
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

TODAY = date(2025, 11, 24)
FROM = date(2025, 1, 1)
TO = date(2025, 11, 24)
CAFE = "Carers' café <b>&"
SECRET = "the night the ward ran out of blankets"  # an internal-only story's words
HEADINGS = (
    "The difference you made",
    "What you took part in",
    "Decisions you helped make",
    "You said, we did",
    "Stories you shared",
    "What you learned and did",
    "For your CV",
)


@dataclass(frozen=True)
class Built:
    amira: int
    sam: int
    cafe: int
    panel: int
    sessions: tuple[int, ...]  # the three Amira came to in the period
    decision: int  # the one in the period Amira took part in
    said: tuple[int, ...]  # what Amira said in the period


def _story(session: Session, participant_id: int | None, day: date, consent: StoryConsent) -> int:
    """Stories straight into the table: the letter only ever counts them."""
    story = Story(
        title="A story",
        text=SECRET,
        participant_id=participant_id,
        told_on=day,
        consent=consent,
    )
    session.add(story)
    session.flush()
    return story.id


def build(session: Session) -> Built:
    """Amira came to three sessions in the period (6 hours 30 minutes with preparation), gave
    apologies for one, came to one before it; took part in one decision of the period (and one
    before); said two things; shared two stories (one cited by a decision); logged three things
    in the period and one before. Sam is there so that nothing of his is counted for her."""
    amira = add_person(session, access_needs=frozenset({AccessNeed.LARGE_PRINT}))
    sam = add_person(session, preferred_name="Sam", full_name="Sam Taylor")
    cafe = add_project(session, CAFE)
    panel = add_project(session, "Youth panel")

    # 10:00 to 11:30 with 30 minutes' preparation: 120 minutes.
    march = add_session(session, cafe, date(2025, 3, 10), prep_minutes=30)
    # 10:00 to 12:00, but she stayed 90 minutes: 90 minutes.
    june = add_session(session, cafe, date(2025, 6, 2), title="Menu tasting", end_time=time(12, 0))
    # 14:00 to 16:00 with an hour's preparation: 180 minutes.
    september = add_session(
        session,
        panel,
        date(2025, 9, 15),
        title="Interview panel",
        start_time=time(14, 0),
        end_time=time(16, 0),
        prep_minutes=60,
    )
    october = add_session(session, cafe, date(2025, 10, 1), title="Apologies given")
    before = add_session(session, cafe, date(2024, 12, 1), title="Before the period")
    invited = add_session(session, panel, date(2025, 11, 20), title="Invited only")
    for each in (march, june, september, before):
        attended(session, each, amira, sam)
    sessions.set_attendance(session, june, amira, AttendanceStatus.ATTENDED, session_minutes=90)
    sessions.invite(session, october, [amira])
    sessions.set_attendance(session, october, amira, AttendanceStatus.APOLOGIES)
    sessions.invite(session, invited, [amira])

    decision = decisions.add_decision(
        session,
        DecisionData(
            project_id=cafe,
            decided_on=date(2025, 6, 2),
            what="Open the café on Saturdays",
            method=DecisionMethod.CONSENSUS,
            session_id=june,
            what_it_changes="Carers who work in the week can come.",
            participant_ids=(amira, sam),
        ),
    )
    decisions.add_decision(
        session,
        DecisionData(
            project_id=panel,
            decided_on=date(2025, 9, 15),
            what="Sam's decision",
            method=DecisionMethod.VOTE,
            participant_ids=(sam,),
        ),
    )
    decisions.add_decision(
        session,
        DecisionData(
            project_id=cafe,
            decided_on=date(2024, 11, 1),
            what="A decision before the period",
            method=DecisionMethod.VOTE,
            participant_ids=(amira,),
        ),
    )

    said = (
        feedback.add_feedback(
            session,
            FeedbackData(
                project_id=cafe,
                said_on=date(2025, 6, 2),
                what_was_said="The room is too cold",
                participant_id=amira,
                response_kind=FeedbackResponse.WE_DID,
                response="Moved to the library",
                status=FeedbackStatus.TOLD_BACK,
            ),
        ),
        feedback.add_feedback(
            session,
            FeedbackData(
                project_id=panel,
                said_on=date(2025, 9, 15),
                what_was_said="Questions in easy read, please",
                participant_id=amira,
            ),
        ),
    )
    feedback.add_feedback(
        session,
        FeedbackData(project_id=cafe, said_on=date(2025, 6, 2), what_was_said="Anonymous"),
    )

    cited = _story(session, amira, date(2025, 5, 1), StoryConsent.INTERNAL_ONLY)
    _story(session, amira, date(2025, 7, 1), StoryConsent.WITH_NAME)
    _story(session, amira, date(2024, 7, 1), StoryConsent.WITH_NAME)  # before the period
    _story(session, sam, date(2025, 7, 1), StoryConsent.WITH_NAME)
    session.add(DecisionStory(decision_id=decision, story_id=cited))

    def log(kind: DevelopmentKind, day: date, what: str, **more: object) -> None:
        data = DevelopmentData(participant_id=amira, kind=kind, happened_on=day, what=what)
        for key, value in more.items():
            data = DevelopmentData(**{**vars(data), key: value})
        development.add_entry(session, data, TODAY)

    log(DevelopmentKind.TRAINING, date(2025, 4, 1), "Safeguarding adults training")
    log(
        DevelopmentKind.ROLE,
        date(2025, 6, 2),
        "Chaired the planning meeting",
        project_id=cafe,
        details="Kept everyone to time.",
    )
    log(DevelopmentKind.SKILL, date(2025, 10, 10), "Public speaking")
    log(DevelopmentKind.SKILL, date(2024, 5, 5), "Before the period")
    development.add_entry(
        session,
        DevelopmentData(sam, DevelopmentKind.SKILL, date(2025, 5, 5), "Sam's skill"),
        TODAY,
    )
    session.flush()
    return Built(amira, sam, cafe, panel, (march, june, september), decision, said)


# --- the figures --------------------------------------------------------------------------------
def test_the_letter_gathers_what_she_did_in_the_period(database: Database) -> None:
    with database.transaction() as session:
        built = build(session)
        letter = difference_for(session, built.amira, FROM, TO, TODAY)
    assert letter.preferred_name == "Amira" and letter.full_name == "Amira Haddad"
    assert letter.large_print
    assert [s.session_id for s in letter.sessions] == list(built.sessions)  # oldest first
    assert [(s.session_minutes, s.prep_minutes) for s in letter.sessions] == [
        (90, 30),
        (90, 0),
        (120, 60),
    ]
    assert letter.session_count == 3
    assert (letter.session_minutes, letter.prep_minutes, letter.total_minutes) == (300, 90, 390)
    assert minutes_in_words(letter.total_minutes) == "6 hours 30 minutes"
    assert letter.projects == (CAFE, "Youth panel")
    assert [d.decision_id for d in letter.decisions] == [built.decision]
    assert letter.decisions[0].what_it_changes == "Carers who work in the week can come."
    assert [f.feedback_id for f in letter.feedback] == list(built.said)
    assert [f.response for f in letter.feedback] == [
        "We did: Moved to the library.",
        "No response yet.",
    ]
    assert letter.stories_shared == 2
    assert [d.decision_id for d in letter.decisions_from_stories] == [built.decision]
    assert [(g.kind, [e.what for e in g.entries]) for g in letter.development] == [
        (DevelopmentKind.SKILL, ["Public speaking"]),
        (DevelopmentKind.TRAINING, ["Safeguarding adults training"]),
        (DevelopmentKind.ROLE, ["Chaired the planning meeting"]),
    ]
    assert letter.development[2].entries[0].project_name == CAFE
    assert letter.title == "The difference you made: Amira"
    assert letter.period_text == "1 January 2025 to 24 November 2025"


def test_the_figures_are_the_databases(database: Database) -> None:
    """The same numbers, counted by plain queries of the tables."""
    with database.transaction() as session:
        built = build(session)
        letter = difference_for(session, built.amira, FROM, TO, TODAY)
        mine = SessionAttendance.participant_id == built.amira
        in_period = ProjectSession.date.between(FROM, TO)
        came = (
            select(SessionAttendance)
            .join(ProjectSession, ProjectSession.id == SessionAttendance.session_id)
            .where(mine, in_period, SessionAttendance.status == AttendanceStatus.ATTENDED)
            .subquery()
        )
        count, minutes, prep = session.execute(
            select(func.count(), func.sum(came.c.session_minutes), func.sum(came.c.prep_minutes))
        ).one()
        took_part = session.scalar(
            select(func.count())
            .select_from(DecisionPerson)
            .join(Decision, Decision.id == DecisionPerson.decision_id)
            .where(DecisionPerson.participant_id == built.amira)
            .where(Decision.decided_on.between(FROM, TO))
        )
        said = session.scalar(
            select(func.count())
            .select_from(FeedbackItem)
            .where(
                FeedbackItem.participant_id == built.amira,
                FeedbackItem.said_on.between(FROM, TO),
            )
        )
        stories = session.scalar(
            select(func.count())
            .select_from(Story)
            .where(Story.participant_id == built.amira, Story.told_on.between(FROM, TO))
        )
        logged = session.scalar(
            select(func.count())
            .select_from(DevelopmentEntry)
            .where(
                DevelopmentEntry.participant_id == built.amira,
                DevelopmentEntry.happened_on.between(FROM, TO),
            )
        )
    assert letter.session_count == count == 3
    assert letter.session_minutes == minutes and letter.prep_minutes == prep
    assert len(letter.decisions) == took_part == 1
    assert len(letter.feedback) == said == 2
    assert letter.stories_shared == stories == 2
    assert letter.development_count == logged == 3


def test_time_in_words() -> None:
    assert minutes_in_words(0) == "0 minutes"
    assert minutes_in_words(1) == "1 minute"
    assert minutes_in_words(45) == "45 minutes"
    assert minutes_in_words(60) == "1 hour"
    assert minutes_in_words(61) == "1 hour 1 minute"
    assert minutes_in_words(870) == "14 hours 30 minutes"
    assert minutes_in_words(60_000) == "1,000 hours"


def test_a_period_that_ends_before_it_starts(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session)
        with pytest.raises(ValidationError) as error:
            difference_for(session, amira, TO, FROM, TODAY)
    [problem] = error.value.problems
    assert problem.field == "date_to"
    assert problem.message == (
        "To (1 January 2025) is before From (24 November 2025). Choose a 'to' date on or after "
        "the 'from' date."
    )


def test_nobody_with_that_number(database: Database) -> None:
    with database.reading() as session, pytest.raises(NotFound, match="no one with the number"):
        difference_for(session, 7, FROM, TO, TODAY)


def test_someone_with_nothing_recorded_and_someone_who_has_left(database: Database) -> None:
    with database.transaction() as session:
        zoe = add_person(session, preferred_name="Zoë")
        participants.set_status(session, zoe, Status.LEFT)
        letter = difference_for(session, zoe, FROM, TO, TODAY)
    assert letter.session_count == 0 and letter.total_minutes == 0
    assert letter.projects == () and letter.development == ()
    assert not letter.large_print and suggested_font_size(letter) == 16
    words = letter_words(letter)
    assert words.greeting == "Dear Zoë,"
    assert "nothing recorded for you in this period" in words.summary
    assert words.cv_line == (
        "From 1 January 2025 to 24 November 2025, Zoë was a co-production partner with the group."
    )


def test_the_letters_words(database: Database) -> None:
    with database.transaction() as session:
        letter = difference_for(session, build(session).amira, FROM, TO, TODAY)
    words = letter_words(letter, "Riverside Network")
    assert words.summary == (
        "In that time you came to 3 sessions (6 hours 30 minutes of your time), helped make "
        "1 decision, raised 2 points for the group to act on and added 3 entries to your "
        "development log. Your experience helped shape what we do."
    )
    assert words.cv_line == (
        "From 1 January 2025 to 24 November 2025, Amira was a co-production partner with "
        "Riverside Network: they took part in 3 co-production sessions (6 hours 30 minutes), "
        "worked on 2 projects and helped make 1 decision. Roles: Chaired the planning meeting."
    )
    assert words.signed_by == "Riverside Network"


# --- the documents, made once --------------------------------------------------------------------
@dataclass(frozen=True)
class Made:
    letter: DifferenceLetter
    pdf: dict[int, Path]
    docx: dict[int, Path]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    """The letter as PDF and DOCX at 16 (the default: sessions in a table) and 24 point (one
    session a line)."""
    folder = tmp_path_factory.mktemp("letters")
    with pytest.MonkeyPatch.context() as patch:  # font caches go in the test's own folder
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        database = open_database(f"sqlite:///{folder / 'letter.sqlite3'}").database
        try:
            with database.transaction() as session:
                letter = difference_for(session, build(session).amira, FROM, TO, TODAY)
        finally:
            database.close()
        pdfs = {16: folder / "letter-16.pdf", 24: folder / "letter-24.pdf"}
        docxs = {16: folder / "letter-16.docx", 24: folder / "letter-24.docx"}
        write_difference_letter_pdf(letter, pdfs[16], organisation="Riverside Network")
        write_difference_letter_docx(letter, docxs[16], organisation="Riverside Network")
        write_difference_letter_pdf(letter, pdfs[24], font_size=24)
        write_difference_letter_docx(letter, docxs[24], font_size=24)
        yield Made(letter, pdfs, docxs)


def test_the_pdf_says_it_all_in_reading_order(made: Made) -> None:
    text = pdf_text(made.pdf[16])
    assert in_order(text, *HEADINGS)
    assert in_order(
        text,
        "For: Amira (Amira Haddad)",
        "From: Riverside Network",
        "Period: 1 January 2025 to 24 November 2025",
        "Written on: 24 November 2025",
        "Dear Amira,",
        "Thank you for the time, ideas and experience you gave to Riverside Network",
        "you came to 3 sessions (6 hours 30 minutes of your time)",
    )
    # Your time, in numbers: each row's label, then its figure.
    assert in_order(
        text,
        "Sessions you came to 3",
        "Time at sessions 5 hours",
        "Time preparing 1 hour 30 minutes",
        "Your time in all 6 hours 30 minutes",
    )
    assert in_order(
        text,
        "Date Session Project",
        "10 March 2025 Planning workshop",
        "2 June 2025 Menu tasting",
        "15 September 2025 Interview panel Youth panel",
    )
    assert CAFE in text  # typed text printed as it is, never as markup
    assert "2 June 2025, Carers' café <b>&: Open the café on Saturdays. What it changes: " in text
    assert in_order(
        text,
        "You said (2 June 2025, Carers' café <b>&): The room is too cold",
        "We did: Moved to the library.",
        "You said (15 September 2025, Youth panel): Questions in easy read, please",
        "No response yet.",
    )
    assert "You shared 2 stories of your own experience. Your stories informed 1 decision:" in text
    assert in_order(
        text,
        "Skills you gained",
        "10 October 2025: Public speaking",
        "Training you took part in",
        "1 April 2025: Safeguarding adults training",
        "Roles you took on",
        "2 June 2025: Chaired the planning meeting (Carers' café <b>&). Kept everyone to time.",
    )
    assert "Roles: Chaired the planning meeting." in text
    assert in_order(
        text, "For your CV", "Roles: Chaired the planning meeting.", "With thanks and best wishes,"
    )
    for absent in ("Sam", "Apologies given", "Before the period", "Invited only", SECRET):
        assert absent not in text, absent


def test_the_pdf_is_tagged_with_its_language_title_and_headings(made: Made) -> None:
    with pikepdf.open(made.pdf[16]) as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) == "en-GB"
        assert str(pdf.docinfo.Title) == "The difference you made: Amira"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
    found = tags(made.pdf[16])
    assert found.count("/H1") == 1
    assert found.count("/H2") == len(HEADINGS) - 1
    assert found.count("/H3") == 3  # one for each kind of entry logged
    assert found.count("/Table") == 2  # your time, and the sessions
    # Your time: 2 column headers and 4 row headers; the sessions: 3 column headers.
    assert found.count("/TH") == 2 + 4 + 3
    assert found.count("/L") >= 5 and "/LI" in found
    assert found.index("/H1") < found.index("/H2") < found.index("/TH")


def test_in_large_print_each_session_is_a_line_of_a_list(made: Made) -> None:
    found = tags(made.pdf[24])
    assert found.count("/Table") == 1 and found.count("/TH") == 6
    text = pdf_text(made.pdf[24])
    assert f"10 March 2025: Planning workshop ({CAFE})" in text
    assert "Thank you for the time, ideas and experience you gave to the group" in text
    assert "From:" not in text


@pytest.mark.parametrize("size", [16, 24])
def test_no_character_is_smaller_than_the_size_asked_for(made: Made, size: int) -> None:
    sizes = [c["size"] for c in chars(made.pdf[size])]
    assert sizes
    assert min(sizes) >= size - 0.01


def test_every_font_is_embedded(made: Made) -> None:
    assert any("Atkinson" in name for name in embedded_font_names(made.pdf[16]))


def test_a_text_size_out_of_range_saves_nothing(made: Made, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="too small for large print"):
        write_difference_letter_pdf(made.letter, tmp_path / "letter.pdf", font_size=12)
    with pytest.raises(ValueError, match="too big"):
        write_difference_letter_docx(made.letter, tmp_path / "letter.docx", font_size=40)
    assert list(tmp_path.iterdir()) == []


def test_large_print_is_suggested_for_someone_who_asked(made: Made) -> None:
    assert suggested_font_size(made.letter) == 18


# --- the DOCX ----------------------------------------------------------------------------------
def test_the_docx_uses_real_headings_and_header_rows(made: Made) -> None:
    document = docx.Document(str(made.docx[16]))
    assert headings(document, "Heading 1") == [HEADINGS[0]]
    assert headings(document, "Heading 2") == list(HEADINGS[1:])
    assert headings(document, "Heading 3") == [
        "Skills you gained",
        "Training you took part in",
        "Roles you took on",
    ]
    assert len(document.tables) == 2
    assert all(has_real_header_row(table) for table in document.tables)
    assert [c.text for c in document.tables[0].rows[0].cells] == ["Your time", "How much"]
    assert [c.text for c in document.tables[1].rows[0].cells] == ["Date", "Session", "Project"]
    assert document.core_properties.title == "The difference you made: Amira"
    assert document.core_properties.language == "en-GB"
    assert document.styles["Normal"].font.size == Pt(16)
    large = docx.Document(str(made.docx[24]))
    assert len(large.tables) == 1 and large.styles["Normal"].font.size == Pt(24)


def test_the_docx_says_the_same_as_the_pdf(made: Made) -> None:
    text = docx_text(docx.Document(str(made.docx[16])))
    for words in (
        "Dear Amira,",
        "For: Amira (Amira Haddad)",
        "From: Riverside Network",
        "6 hours 30 minutes",
        "15 September 2025",
        "Open the café on Saturdays",
        "We did: Moved to the library.",
        "You shared 2 stories of your own experience.",
        "Chaired the planning meeting (Carers' café <b>&). Kept everyone to time.",
        "Roles: Chaired the planning meeting.",
        "With thanks and best wishes,",
        CAFE,
    ):
        assert words in text, words
    assert SECRET not in text and "Sam" not in text


# --- names and text people typed ---------------------------------------------------------------
HOSTILE = "<b>&amp; 🌻 نور שלום"
LONG_WORD = "w" * 300


def test_hostile_names_and_very_long_words_render(database: Database, tmp_path: Path) -> None:
    with database.transaction() as session:
        person = add_person(session, preferred_name=HOSTILE, full_name="")
        project = add_project(session, "P" * 200)
        visit = add_session(session, project, date(2025, 5, 5), title="T" * 200)
        attended(session, visit, person)
        development.add_entry(
            session,
            DevelopmentData(
                person, DevelopmentKind.SKILL, date(2025, 5, 5), LONG_WORD, LONG_WORD, project
            ),
            TODAY,
        )
        letter = difference_for(session, person, FROM, TO, TODAY)
    pdf = tmp_path / "hostile.pdf"
    word = tmp_path / "hostile.docx"
    write_difference_letter_pdf(letter, pdf, organisation="<i>Riverside</i> & Co")
    write_difference_letter_docx(letter, word, organisation="<i>Riverside</i> & Co")
    text = pdf_text(pdf)
    squeezed = text.replace(" ", "")
    assert "<b>&amp;" in text and "🌻" in text
    assert "نور" in text and "שלום" in text
    assert f"Dear {HOSTILE}," in text or "Dear <b>&amp;" in text
    assert "<i>Riverside</i> & Co" in text
    assert LONG_WORD in squeezed  # wrapped across lines, every letter there
    assert min(c["size"] for c in chars(pdf)) >= 16 - 0.01
    with pikepdf.open(pdf) as opened:
        assert str(opened.docinfo.Title) == f"The difference you made: {HOSTILE}"
    document = docx.Document(str(word))
    assert f"Dear {HOSTILE}," in docx_text(document)
    assert LONG_WORD in docx_text(document)
