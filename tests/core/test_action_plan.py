"""A project's action plan: services.action_plan, and the plan as a tagged large-print PDF and as
an accessible DOCX, read back as a reader (and a screen reader) would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pikepdf
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from sqlalchemy.orm import Session

from coprod_desktop.reports.action_plan_docx import write_action_plan_docx
from coprod_desktop.reports.action_plan_pdf import write_action_plan_pdf
from coprod_desktop.services import actions, goals, participants
from coprod_desktop.services.action_plan import (
    ActionPlan,
    PlanCounts,
    action_plan_for,
    describe_action,
    summary_sentence,
)
from coprod_desktop.services.actions import ActionData, Owner
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.goals import GoalData
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import ActionStatus, GoalStatus, ProjectStage, Status
from tests.core.payment_fixtures import NAMED_IN_DOCUMENTS, add_person, add_project, add_session
from tests.core.pdf_checks import chars, pdf_text, tags

TODAY = date(2025, 11, 24)
PROJECT = "Carers' café <b>&"
TYPED = "Carers come back <b>& bring a friend"
ARABIC = "نور"
EMOJI = "🌻"
OVERDUE = "Overdue: 21 November 2025, 3 days ago"
LEFT_OWNER = "Sam (has left): needs a new owner"
DROPPED = "Dropped: The fund closed in October"
PROGRESS = "1 of 3 actions done (1 dropped)"


@dataclass(frozen=True)
class Built:
    project: int
    welcome: int  # a goal with four actions
    saturdays: int  # a goal with none
    late: int  # overdue, with two notes
    printing: int  # owned by Sam, who has since left
    poster: int  # done
    grant: int  # dropped
    cupboard: int  # serves no goal, due today


def build(session: Session) -> Built:
    """A project with two goals, actions in every state, and one action serving no goal."""
    project = add_project(
        session,
        PROJECT,
        description="A weekly café run with carers.\nOn Tuesdays.",
        stage=ProjectStage.CO_DELIVERY,
    )
    # Agreed to be named in documents (a plan names nobody else; see the test below).
    amira = add_person(session, preferred_name="Amira", **NAMED_IN_DOCUMENTS)
    sam = add_person(session, preferred_name="Sam", **NAMED_IN_DOCUMENTS)
    noor = add_person(session, preferred_name=f"{ARABIC} {EMOJI}", **NAMED_IN_DOCUMENTS)
    workshop = add_session(session, project, date(2025, 11, 12))
    welcome = goals.add_goal(
        session,
        GoalData(
            project_id=project,
            title="Carers feel welcome",
            success_looks_like=TYPED,
            how_we_will_know="Feedback cards every month",
            status=GoalStatus.IN_PROGRESS,
            agreed_on=date(2025, 10, 1),
        ),
    )
    saturdays = goals.add_goal(session, GoalData(project_id=project, title="Open on Saturdays"))

    def add(what: str, owner: Owner, due: date, **changes: Any) -> int:
        data = ActionData(project_id=project, what=what, owners=(owner,), due_on=due, **changes)
        return actions.add_action(session, data, TODAY)

    late = add(
        "Book the room for the May workshop",
        Owner(participant_id=amira),
        date(2025, 11, 21),
        goal_id=welcome,
        session_id=workshop,
    )
    actions.add_note(session, late, date(2025, 11, 10), "Rang the centre")
    actions.add_note(session, late, date(2025, 11, 20), "Waiting to hear back")
    printing = add(
        "Print feedback cards",
        Owner(participant_id=sam),
        date(2025, 12, 5),
        goal_id=welcome,
        status=ActionStatus.IN_PROGRESS,
    )
    poster = add(
        "Design a poster",
        Owner(participant_id=noor),
        date(2025, 11, 1),
        goal_id=welcome,
        status=ActionStatus.DONE,
    )
    grant = add(
        "Ask the council for a grant",
        Owner(staff_name="Priya"),
        date(2025, 11, 1),
        goal_id=welcome,
        status=ActionStatus.DROPPED,
        dropped_reason="The fund closed in October",
    )
    cupboard = add("Tidy the store cupboard", Owner(staff_name="Priya"), TODAY)
    participants.set_status(session, sam, Status.LEFT)
    return Built(project, welcome, saturdays, late, printing, poster, grant, cupboard)


# --- the plan -------------------------------------------------------------------------------------
def test_the_plan_has_each_goal_with_its_actions_then_the_others(database: Database) -> None:
    with database.transaction() as session:
        built = build(session)
        plan = action_plan_for(session, built.project, TODAY)
    assert plan.title == f"Action plan: {PROJECT}"
    assert plan.project_name == PROJECT
    assert plan.description == "A weekly café run with carers.\nOn Tuesdays."
    assert plan.stage_label == ProjectStage.CO_DELIVERY.label
    assert plan.today == TODAY
    assert [g.goal.id for g in plan.goals] == [built.welcome, built.saturdays]
    welcome, saturdays = plan.goals
    # Open first, by due date; then done and dropped.
    expected = [built.late, built.printing, built.poster, built.grant]
    assert [a.id for a in welcome.actions] == expected
    assert welcome.goal.progress.text == PROGRESS
    assert saturdays.actions == ()
    assert [a.id for a in plan.other_actions] == [built.cupboard]
    assert len(plan.actions) == 5
    assert plan.counts == PlanCounts(open=3, overdue=1, done=1, dropped=1, needing_new_owner=1)
    assert plan.counts.total == 5
    assert summary_sentence(plan.counts) == (
        "5 actions: 3 open (1 of them overdue), 1 done and 1 dropped."
    )


def test_each_action_is_described_in_words(database: Database) -> None:
    with database.transaction() as session:
        built = build(session)
        plan = action_plan_for(session, built.project, TODAY)
    described = {a.id: describe_action(a, TODAY) for a in plan.actions}
    late = described[built.late]
    assert late.due == OVERDUE and late.overdue
    assert late.who == "Amira" and not late.needs_new_owner
    assert late.latest_note == "20 November 2025: Waiting to hear back"  # the latest only
    assert late.came_from == "the session Planning workshop (12 November 2025)"
    assert late.status == "Not started"
    printing = described[built.printing]
    assert printing.who == LEFT_OWNER and printing.needs_new_owner
    assert printing.due == "5 December 2025" and not printing.overdue
    assert described[built.poster].status == "Done on 24 November 2025"
    assert not described[built.poster].overdue  # past its date, but done
    assert described[built.grant].status == DROPPED
    assert described[built.grant].who == "Priya (staff)"
    assert described[built.cupboard].due == "Due today: 24 November 2025"
    assert described[built.cupboard].latest_note == ""


def test_the_plan_names_only_people_who_agreed_to_be_named(
    database: Database, tmp_path: Path
) -> None:
    with database.transaction() as session:
        built = build(session)
        quiet = add_person(session, preferred_name="Quillon")  # has not agreed to be named
        record = actions.get_action(session, built.late)
        owners = (*record.data.owners, Owner(participant_id=quiet))
        actions.update_action(
            session, built.late, ActionData(**{**vars(record.data), "owners": owners}), TODAY
        )
        plan = action_plan_for(session, built.project, TODAY)
    late = {a.id: a for a in plan.actions}[built.late]
    assert describe_action(late, TODAY, plan.named).who == "Amira and a group member"
    assert describe_action(late, TODAY).who.startswith("Amira")  # inside the app: everyone
    write_action_plan_pdf(plan, tmp_path / "plan.pdf")
    write_action_plan_docx(plan, tmp_path / "plan.docx")
    printed = pdf_text(tmp_path / "plan.pdf")
    assert "Quillon" not in printed and "a group member" in printed
    document = docx.Document(str(tmp_path / "plan.docx"))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    everything = " ".join([*(p.text for p in document.paragraphs), *cells])
    assert "Quillon" not in everything and "a group member" in everything


def test_an_action_due_yesterday_is_one_day_overdue(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        data = ActionData(
            project_id=project,
            what="Send the minutes",
            owners=(Owner(staff_name="Priya"),),
            due_on=date(2025, 11, 23),
        )
        actions.add_action(session, data, TODAY)
        plan = action_plan_for(session, project, TODAY)
    [action] = plan.other_actions
    assert describe_action(action, TODAY).due == "Overdue: 23 November 2025, 1 day ago"


def test_a_plan_with_nothing_in_it_yet(database: Database, tmp_path: Path) -> None:
    with database.transaction() as session:
        project = add_project(session, "New group")
        plan = action_plan_for(session, project, TODAY)
    assert plan.goals == () and plan.other_actions == () and plan.counts.total == 0
    assert summary_sentence(plan.counts) == "There are no actions in this plan yet."
    write_action_plan_docx(plan, tmp_path / "empty.docx")
    text = docx_text(docx.Document(str(tmp_path / "empty.docx")))
    assert "No goals or actions have been agreed for this project yet." in text


def test_no_such_project(database: Database) -> None:
    with database.reading() as session, pytest.raises(NotFound, match="no project"):
        action_plan_for(session, 99, TODAY)


# --- made once, read by the document tests ----------------------------------------------------
@dataclass(frozen=True)
class Made:
    plan: ActionPlan
    pdf: dict[int, Path]
    docx: dict[int, Path]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    """The plan as PDF and DOCX at 14 (tables), 16 (the default) and 20 and 36 point."""
    folder = tmp_path_factory.mktemp("plans")
    with pytest.MonkeyPatch.context() as patch:  # font caches go in the test's own folder
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        database = open_database(f"sqlite:///{folder / 'plan.sqlite3'}").database
        try:
            with database.transaction() as session:
                plan = action_plan_for(session, build(session).project, TODAY)
        finally:
            database.close()
        pdfs, docxs = {}, {}
        for size in (14, 16, 20, 36):
            pdfs[size] = folder / f"plan-{size}.pdf"
            docxs[size] = folder / f"plan-{size}.docx"
            if size == 16:  # the default size
                write_action_plan_pdf(plan, pdfs[size], organisation="Riverside Network")
                write_action_plan_docx(plan, docxs[size], organisation="Riverside Network")
            else:
                write_action_plan_pdf(plan, pdfs[size], size, "Riverside Network")
                write_action_plan_docx(plan, docxs[size], size, "Riverside Network")
        yield Made(plan, pdfs, docxs)


# --- the PDF ------------------------------------------------------------------------------------
def test_the_pdf_is_tagged_with_its_language_and_title(made: Made) -> None:
    with pikepdf.open(made.pdf[16]) as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) == "en-GB"
        assert str(pdf.docinfo.Title) == f"Action plan: {PROJECT}"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
    found = tags(made.pdf[16])
    assert found.count("/H1") == 1
    assert found.count("/H2") == 4  # summary, two goals, other actions
    assert found.count("/Table") >= 1  # the summary


def test_up_to_15_point_each_goals_actions_are_a_table(made: Made) -> None:
    found = tags(made.pdf[14])
    assert "/H3" not in found
    assert found.count("/Table") >= 3  # the summary, goal 1's actions, the other actions
    assert found.count("/TH") >= 2 + 6 + 5 + 5  # the summary's headers, two action tables'


@pytest.mark.parametrize("size", [16, 20, 36])
def test_in_large_print_each_action_has_its_own_heading(made: Made, size: int) -> None:
    assert tags(made.pdf[size]).count("/H3") == 5


@pytest.mark.parametrize("size", [14, 16, 20, 36])
def test_no_character_is_smaller_than_the_size_asked_for(made: Made, size: int) -> None:
    sizes = [c["size"] for c in chars(made.pdf[size])]
    assert sizes
    assert min(sizes) >= size - 0.01


def test_every_font_is_embedded(made: Made) -> None:
    names = []
    with pikepdf.open(made.pdf[16]) as pdf:
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                for each in [font, *font.get("/DescendantFonts", [])]:
                    if "/FontDescriptor" not in each:
                        continue
                    names.append(str(each.BaseFont))
                    descriptor = each.FontDescriptor
                    assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert any("Atkinson" in name for name in names)


@pytest.mark.parametrize("size", [14, 20])
def test_the_pdf_says_who_is_doing_what_by_when(made: Made, size: int) -> None:
    text = pdf_text(made.pdf[size])
    assert f"Action plan: {PROJECT}" in text  # typed text printed as it is, not as markup
    assert "From: Riverside Network" in text
    assert "Made on: 24 November 2025" in text
    assert "who is doing what, by when" in text
    assert "A weekly café run with carers. On Tuesdays." in text
    assert "5 actions: 3 open (1 of them overdue), 1 done and 1 dropped." in text
    assert "1 open action needs a new owner" in text
    assert "Goal 1: Carers feel welcome" in text
    assert f"What success looks like: {TYPED}" in text
    assert "How we will know: Feedback cards every month" in text
    assert "Working on it (agreed on 1 October 2025)" in text
    assert f"Progress: {PROGRESS}" in text
    assert "Goal 2: Open on Saturdays" in text and "No actions for this goal yet." in text
    assert "Other actions" in text
    for words in ("Book the room", "Amira", "Priya (staff)", "Tidy the store cupboard"):
        assert words in text, words
    assert "Rang the centre" not in text  # only the latest progress note
    assert ARABIC in text and EMOJI in text
    if size > 15:  # one action after another: the words run on
        assert f"By when: {OVERDUE}" in text
        assert f"Who: {LEFT_OWNER}" in text
        assert f"Status: {DROPPED}" in text
        assert "Latest progress: 20 November 2025: Waiting to hear back" in text
        assert "By when: Due today: 24 November 2025" in text
        assert "Came from: the session Planning workshop (12 November 2025)" in text
    else:  # in narrow table columns, read across each row a line at a time
        for words in ("Overdue: 21", "days ago", "Sam (has", "needs a", "Dropped:", "Waiting"):
            assert words in text, words
        assert "Due today: 24" in text and "Planning" in text


def test_a_text_size_out_of_range_saves_nothing(made: Made, tmp_path: Path) -> None:
    for write in (write_action_plan_pdf, write_action_plan_docx):
        with pytest.raises(ValueError, match="too small for large print"):
            write(made.plan, tmp_path / "plan", 12)
    assert list(tmp_path.iterdir()) == []


# --- the DOCX -----------------------------------------------------------------------------------
def docx_text(document: Any) -> str:
    pieces = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            pieces.extend(cell.text for cell in row.cells)
    return " ".join(" ".join(pieces).split())


def headings(document: Any, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_the_docx_uses_real_heading_styles(made: Made) -> None:
    document = docx.Document(str(made.docx[16]))
    assert headings(document, "Heading 1") == [f"Action plan: {PROJECT}"]
    assert headings(document, "Heading 2") == [
        "Summary",
        "Goal 1: Carers feel welcome",
        "Goal 2: Open on Saturdays",
        "Other actions",
    ]
    assert headings(document, "Heading 3") == [
        "Book the room for the May workshop",
        "Print feedback cards",
        "Design a poster",
        "Ask the council for a grant",
        "Tidy the store cupboard",
    ]
    small = docx.Document(str(made.docx[14]))  # up to 15 point, each goal's actions are a table
    assert headings(small, "Heading 3") == []
    assert len(small.tables) == 3


@pytest.mark.parametrize("size", [14, 16])
def test_every_docx_table_has_a_real_header_row(made: Made, size: int) -> None:
    document = docx.Document(str(made.docx[size]))
    assert document.tables
    for table in document.tables:
        properties = table.rows[0]._tr.trPr
        assert properties is not None
        header = properties.find(qn("w:tblHeader"))
        assert header is not None and header.get(qn("w:val")) == "true"
        for cell in table.rows[0].cells:
            assert all(run.bold for p in cell.paragraphs for run in p.runs)
        for row in table.rows[1:]:
            assert row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None
    assert [c.text for c in document.tables[0].rows[0].cells] == ["Actions", "How many"]


def test_the_docx_has_its_title_language_and_large_print_styles(made: Made) -> None:
    document = docx.Document(str(made.docx[20]))
    assert document.core_properties.title == f"Action plan: {PROJECT}"
    assert document.core_properties.language == "en-GB"
    assert document.core_properties.author == "Riverside Network"
    styles = document.styles
    langs = styles.element.findall(".//" + qn("w:lang"))
    assert langs and all(lang.get(qn("w:val")) == "en-GB" for lang in langs)
    normal = styles["Normal"]
    assert normal.font.name == "Atkinson Hyperlegible"
    assert normal.font.size == Pt(20)
    assert normal.paragraph_format.line_spacing == 1.5
    assert normal.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.LEFT
    sizes = [styles[f"Heading {n}"].font.size for n in (1, 2, 3)]
    assert sizes == [Pt(32), Pt(26), Pt(23)]
    for n in (1, 2, 3):
        heading = styles[f"Heading {n}"]
        assert heading.font.name == "Atkinson Hyperlegible"
        assert heading.font.bold and heading.paragraph_format.keep_with_next
        fonts = heading.element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:asciiTheme")) is None  # or Word would use the theme's font
    section = document.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


@pytest.mark.parametrize("size", [14, 20])
def test_the_docx_says_the_same_as_the_pdf(made: Made, size: int) -> None:
    text = docx_text(docx.Document(str(made.docx[size])))
    for words in (
        f"Action plan: {PROJECT}",
        "Riverside Network",
        "Made on: 24 November 2025",
        "5 actions: 3 open (1 of them overdue), 1 done and 1 dropped.",
        f"What success looks like: {TYPED}",
        f"Progress: {PROGRESS}",
        OVERDUE,
        LEFT_OWNER,
        DROPPED,
        "Due today: 24 November 2025",
        "20 November 2025: Waiting to hear back",
        "Planning workshop (12 November 2025)",
        "Priya (staff)",
        f"{ARABIC} {EMOJI}",
        "No actions for this goal yet.",
    ):
        assert words in text, words
    assert "Rang the centre" not in text


def test_the_docx_is_saved_whole_or_not_at_all(made: Made, tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"the old plan")
    with pytest.raises(ValueError):
        write_action_plan_docx(made.plan, target, 40)
    assert target.read_bytes() == b"the old plan"
    write_action_plan_docx(made.plan, target)
    assert [p.name for p in tmp_path.iterdir()] == ["plan.docx"]  # no temporary file left
    assert docx.Document(str(target)).core_properties.title == f"Action plan: {PROJECT}"
