"""The Diversity screen: reference populations (importing a good and a bad CSV, typing figures
in, refusing to delete one a project uses), choosing a project's reference, outreach plans
started from a flagged group (with the figures at the start) and their list, the keyboard; and,
with the representation report, that the table never shows a count from 1 to 4 and flags the
group a hand-made data set leaves out. Each check reads back the database."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coprod_desktop.gui.dialogs.action_dialog import ActionDialog
from coprod_desktop.gui.dialogs.outreach_dialog import OutreachDialog, OutreachPlansDialog
from coprod_desktop.gui.dialogs.reference_dialogs import (
    ReferenceFormDialog,
    ReferenceImportDialog,
    ReferenceListDialog,
)
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages import diversity_page
from coprod_desktop.gui.pages.diversity_page import UNDER, DiversityPage, ShownRow
from coprod_desktop.services import outreach, references
from coprod_desktop.services.outreach import OutreachData, StartingFigures
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import ReferencePopulation
from tests.gui.conftest import Dialogs, Modals, People
from tests.gui.helpers import click, press, type_text
from tests.gui.payment_seed import add_project
from tests.gui.plan_seed import TODAY
from tests.gui.screen_helpers import button, choose, column_texts, error_shown, status_message
from tests.gui.test_accessibility import (
    _clashes,
    _describe,
    _focusable,
    _labels_with_buddies,
    _mnemonic,
    _unnamed,
)
from tests.gui.test_screens_accessibility import _texts

GOOD_CSV = (
    "question,category,percent,source,date\n"
    'sex,female,51.2,"ONS Census 2021, sex (TS008), Leeds",2021-03-21\n'
    'sex,male,48.8,"ONS Census 2021, sex (TS008), Leeds",2021-03-21\n'
    "disabled,disabled,18.4,ONS TS038,2021-03-21\n"
    "disabled,not_disabled,81.6,ONS TS038,2021-03-21\n"
)
BAD_CSV = (
    "question,category,percent,source,date\n"
    "sex,female,51.2,,\n"
    "sex,woman,48.8,,\n"
    "religion,christian,12.345,,\n"
    "disabled,disabled,18.4,,\n"
)


def diversity_screen(window: MainWindow) -> DiversityPage:
    screen = window.show_screen("Diversity")
    assert isinstance(screen, DiversityPage)
    screen.today = TODAY
    screen.refresh()
    return screen


def stored_references(database: Database) -> list[str]:
    with database.reading() as session:
        return list(session.scalars(select(ReferencePopulation.name)))


def pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    def open_file(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))


def save_button(dialog: QDialog) -> object:
    from PySide6.QtWidgets import QDialogButtonBox

    return button(dialog, QDialogButtonBox.StandardButton.Save)


# --- reference populations ---------------------------------------------------------------------
def test_importing_a_good_csv_adds_a_reference(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    csv_file = tmp_path / "leeds.csv"
    csv_file.write_text("\ufeff" + GOOD_CSV, encoding="utf-8")  # Excel's CSV UTF-8
    pick_file(monkeypatch, csv_file)
    page = diversity_screen(window)
    listed: list[list[str]] = []

    def name_it(dialog: ReferenceImportDialog) -> None:
        assert dialog.form.nameEdit.text() == "leeds"  # from the file's name
        assert dialog.form.fileName.text() == str(csv_file)
        dialog.form.nameEdit.clear()
        type_text(qtbot, dialog.form.nameEdit, "Leeds 2021")
        type_text(qtbot, dialog.form.areaEdit, "Leeds")
        click(qtbot, save_button(dialog))  # type: ignore[arg-type]
        assert not dialog.isVisible()

    def manage(dialog: ReferenceListDialog) -> None:
        names = column_texts(dialog.form.table, "Name")
        assert names[0] == "England and Wales, Census 2021 (built in)"
        assert not dialog.form.deleteButton.isEnabled()  # the census cannot be deleted
        click(qtbot, dialog.form.importButton)
        listed.append(column_texts(dialog.form.table, "Name"))
        assert dialog.selected() is not None and dialog.selected().name == "Leeds 2021"  # type: ignore[union-attr]
        assert dialog.form.messageLabel.text() == "“Leeds 2021” imported."

    dialogs.on(ReferenceImportDialog, name_it)
    dialogs.on(ReferenceListDialog, manage)
    click(qtbot, page.form.referencesButton)
    assert listed == [["England and Wales, Census 2021 (built in)", "Leeds 2021"]]
    with database.reading() as session:
        [summary] = [r for r in references.list_references(session) if r.id is not None]
        assert (summary.name, summary.area, summary.figure_count) == ("Leeds 2021", "Leeds", 4)
        leeds = references.get_reference(session, summary.id)
    assert leeds.shares["sex"] == {"female": 5120, "male": 4880}
    # The screen offers it as a reference straight away.
    combo = page.form.referenceCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "England and Wales, Census 2021 (built in)",
        "Leeds 2021",
    ]


def test_a_bad_csv_shows_every_problem_and_stores_nothing(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    modals: Modals,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    csv_file = tmp_path / "figures.csv"
    csv_file.write_text(BAD_CSV, encoding="utf-8")
    pick_file(monkeypatch, csv_file)
    page = diversity_screen(window)
    stayed_open: list[bool] = []

    def name_it(dialog: ReferenceImportDialog) -> None:
        click(qtbot, save_button(dialog))  # type: ignore[arg-type]
        stayed_open.append(dialog.isVisible())

    def manage(dialog: ReferenceListDialog) -> None:
        click(qtbot, dialog.form.importButton)
        assert column_texts(dialog.form.table, "Name") == [
            "England and Wales, Census 2021 (built in)"
        ]

    dialogs.on(ReferenceImportDialog, name_it)
    dialogs.on(ReferenceListDialog, manage)
    click(qtbot, page.form.referencesButton)
    assert stayed_open == [True]  # what was typed is kept to try again
    [box] = modals.boxes
    assert box.title == "The figures were not imported"
    assert box.plain_text
    lines = box.text.splitlines()
    assert lines[0] == "The figures were not imported: nothing was stored. Please fix 4 problems:"
    assert lines[1].startswith("- Line 3: 'woman' is not a category of sex.")
    assert lines[2] == "- Line 4: '12.345' is not a percentage such as 74.4."
    assert lines[3].startswith("- sex: the percentages add up to 51.2%, not 100%.")
    assert lines[4].startswith("- disabled: the percentages add up to 18.4%, not 100%.")
    assert stored_references(database) == []


def test_figures_typed_in_are_checked_and_stored(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    page = diversity_screen(window)
    shown_problem: list[str] = []

    def type_in(dialog: ReferenceFormDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.nameEdit, "Ward 7")
        type_text(qtbot, f.sourceEdit, "Council survey 2024")
        choose(f.questionCombo, "Sex")
        choose(f.categoryCombo, "Female")
        type_text(qtbot, f.percentEdit, "52")
        press(qtbot, f.percentEdit, Qt.Key.Key_Return)  # adds the figure; moves on to Male
        assert f.categoryCombo.currentText() == "Male"
        type_text(qtbot, f.percentEdit, "40")
        click(qtbot, f.addFigureButton)
        assert f.figuresTable.rowCount() == 2
        assert f.totalLabel.text() == "Sex adds up to 92%"
        click(qtbot, save_button(dialog))  # type: ignore[arg-type]
        shown_problem.append(error_shown(dialog, "figures").text())
        assert stored_references(database) == []
        # Correct the second figure: the same category again replaces it.
        choose(f.categoryCombo, "Male")
        type_text(qtbot, f.percentEdit, "48")
        click(qtbot, f.addFigureButton)
        assert f.figuresTable.rowCount() == 2
        click(qtbot, save_button(dialog))  # type: ignore[arg-type]
        assert not dialog.isVisible()

    def manage(dialog: ReferenceListDialog) -> None:
        click(qtbot, dialog.form.handButton)

    dialogs.on(ReferenceFormDialog, type_in)
    dialogs.on(ReferenceListDialog, manage)
    click(qtbot, page.form.referencesButton)
    assert "sex: the percentages add up to 92.0%, not 100%" in shown_problem[0]
    assert stored_references(database) == ["Ward 7"]
    with database.reading() as session:
        [ward] = [r for r in references.list_references(session) if r.id is not None]
        figures = references.get_reference(session, ward.id).shares
    assert figures == {"sex": {"female": 5200, "male": 4800}}


def add_reference(database: Database, name: str = "Leeds 2021") -> int:
    with database.transaction() as session:
        return references.import_reference_csv(session, GOOD_CSV, name, "Leeds")


def test_the_reference_dialog_refuses_to_delete_one_in_use(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, modals: Modals
) -> None:
    project = add_project(database, "Youth panel")
    leeds = add_reference(database)
    with database.transaction() as session:
        references.choose_for_project(session, project, leeds)
    page = diversity_screen(window)

    def manage(dialog: ReferenceListDialog) -> None:
        dialog.form.table.selectRow(1)
        assert dialog.form.deleteButton.isEnabled()
        click(qtbot, dialog.form.deleteButton)

    dialogs.on(ReferenceListDialog, manage)
    click(qtbot, page.form.referencesButton)
    [box] = modals.boxes
    assert box.title == "Not deleted"
    assert f"the project Youth panel ({project}) uses it" in box.text
    assert stored_references(database) == ["Leeds 2021"]


def test_a_reference_no_project_uses_is_deleted_after_asking(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    modals: Modals,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_reference(database)
    page = diversity_screen(window)
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, action: str) -> bool:
        asked.append(text)
        return action == "Delete"

    monkeypatch.setattr("coprod_desktop.gui.dialogs.reference_dialogs.confirm", yes, raising=True)

    def manage(dialog: ReferenceListDialog) -> None:
        dialog.form.table.selectRow(1)
        click(qtbot, dialog.form.deleteButton)
        assert column_texts(dialog.form.table, "Name") == [
            "England and Wales, Census 2021 (built in)"
        ]

    dialogs.on(ReferenceListDialog, manage)
    click(qtbot, page.form.referencesButton)
    assert asked == ["Delete “Leeds 2021” and its 4 figures? This cannot be undone."]
    assert stored_references(database) == []
    assert modals.boxes == []


# --- a project's reference -------------------------------------------------------------------
def test_choosing_a_reference_for_a_project_is_stored(
    window: MainWindow, database: Database, modals: Modals
) -> None:
    project = add_project(database, "Youth panel")
    leeds = add_reference(database)
    page = diversity_screen(window)
    combo = page.form.referenceCombo
    assert combo.currentText() == "England and Wales, Census 2021 (built in)"
    # All projects together are compared with the census: nothing is asked or stored.
    choose(combo, "Leeds 2021")
    assert modals.questions == []
    choose(combo, "England and Wales, Census 2021 (built in)")
    choose(page.form.projectFilter, "Youth panel")
    modals.answer = QMessageBox.StandardButton.Yes
    choose(combo, "Leeds 2021")
    assert modals.questions[0].startswith("Use this reference for Youth panel from now on?")
    with database.reading() as session:
        assert references.chosen_for_project(session, project) == leeds
    assert status_message(window) == "Youth panel is now compared with Leeds 2021."
    assert "compared with Leeds 2021" in page.form.summaryLabel.text()
    # Going back to all projects shows the census; the project brings its own choice back.
    choose(page.form.projectFilter, "All projects")
    assert combo.currentText() == "England and Wales, Census 2021 (built in)"
    choose(page.form.projectFilter, "Youth panel")
    assert combo.currentText() == "Leeds 2021"
    # No: compared for this report only.
    modals.answer = QMessageBox.StandardButton.No
    choose(combo, "England and Wales, Census 2021 (built in)")
    assert len(modals.questions) == 2
    with database.reading() as session:
        assert references.chosen_for_project(session, project) == leeds


# --- outreach plans --------------------------------------------------------------------------
FLAGGED = ShownRow(
    category="black",
    label="Black, Black British, Black Welsh, Caribbean or African",
    people="fewer than 5",
    share="1.5%",
    expected="4.0%",
    ratio="0.38",
    flag=UNDER,
    under=True,
    share_bp=150,
    expected_bp=400,
    ratio_value=Fraction(3, 8),
)


def show_flagged_row(page: DiversityPage, monkeypatch: pytest.MonkeyPatch) -> None:
    """The report as it would be with one group flagged (what is on screen, not the sums:
    those are the representation report's own tests)."""

    def load(self: DiversityPage, _session: object) -> str:
        self._report = SimpleNamespace(people=41)
        self._rows = [
            ShownRow("white", "White", "40", "90.9%", "81.7%", "1.11", ""),
            FLAGGED,
        ]
        return ""

    monkeypatch.setattr(DiversityPage, "_load_report", load)
    monkeypatch.setattr(diversity_page, "summary_text", lambda _r, _q: "")
    monkeypatch.setattr(diversity_page, "chart_widget_for", lambda _r, _q, _w=0: None)
    page.refresh()


def test_an_outreach_plan_started_from_a_flagged_row_stores_the_group_and_figures(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = add_project(database, "Youth panel")
    page = diversity_screen(window)
    choose(page.form.projectFilter, "Youth panel")
    choose(page.form.questionCombo, "Ethnic group (5 groups)")
    show_flagged_row(page, monkeypatch)
    page.form.table.selectRow(0)
    assert not page.form.newButton.isEnabled()  # not flagged
    page.form.table.selectRow(1)
    assert page.form.newButton.isEnabled()
    seen: list[str] = []

    def fill(dialog: OutreachDialog) -> None:
        f = dialog.form
        seen.append(f.groupText.text())
        seen.append(f.startText.text())
        seen.append(f.projectText.text())
        f.titleEdit.clear()
        type_text(qtbot, f.titleEdit, "Reaching Black young people")
        type_text(qtbot, f.whoEdit, "Young people from the estate")
        type_text(qtbot, f.barriersEdit, "Meetings in the daytime")
        type_text(qtbot, f.trustedEdit, "The youth club; St Mark's church")
        click(qtbot, save_button(dialog))  # type: ignore[arg-type]
        assert not dialog.isVisible()

    dialogs.on(OutreachDialog, fill)
    click(qtbot, page.form.newButton)
    assert seen == [
        "Ethnic group (5 groups): Black, Black British, Black Welsh, Caribbean or African",
        "1.5% of the people who answered, against 4.0% expected (a representation ratio of 0.38).",
        "Youth panel",
    ]
    with database.reading() as session:
        [plan] = outreach.list_plans(session, today=TODAY)
    assert (plan.data.question, plan.data.category) == ("ethnic_group_5", "black")
    assert plan.data.project_id == project
    assert plan.data.population_id is None  # the census
    assert plan.data.started_on == TODAY
    assert plan.data.at_start == StartingFigures(150, 400, Fraction(38, 100))
    assert plan.data.title == "Reaching Black young people"
    assert plan.data.who_they_are == "Young people from the estate"
    assert plan.data.barriers == "Meetings in the daytime"
    assert plan.data.trusted_places == "The youth club; St Mark's church"
    assert status_message(window) == (
        "Outreach plan started for Ethnic group (5 groups): Black, Black British, Black "
        "Welsh, Caribbean or African."
    )


def add_plan(database: Database, project_id: int | None) -> int:
    with database.transaction() as session:
        return outreach.start_plan(
            session,
            OutreachData(
                question="ethnic_group_5",
                category="black",
                title="Reaching Black young people",
                started_on=date(2025, 6, 1),
                project_id=project_id,
                at_start=StartingFigures(150, 400, Fraction(3, 8)),
            ),
        )


def test_enter_opens_the_plans_whose_persona_and_actions_can_be_added(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    people: People,
) -> None:
    project = add_project(database, "Youth panel")
    plan_id = add_plan(database, project)
    page = diversity_screen(window)
    shown: list[dict[str, str]] = []

    def persona(dialog: OutreachDialog) -> None:
        f = dialog.form
        assert not f.startedEdit.isEnabled()  # what later reports compare with
        type_text(qtbot, f.needsEdit, "Somewhere to meet in the evening")
        click(qtbot, save_button(dialog))  # type: ignore[arg-type]
        assert not dialog.isVisible()

    def action(dialog: ActionDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "New outreach action: Reaching Black young people"
        type_text(qtbot, f.whatEdit, "Visit the youth club")
        type_text(qtbot, f.staffEdit, "Priya Shah")
        click(qtbot, f.addStaffButton)
        click(qtbot, save_button(dialog))  # type: ignore[arg-type]
        assert not dialog.isVisible()

    def plans(dialog: OutreachPlansDialog) -> None:
        table = dialog.form.table
        row = {
            title: column_texts(table, title)[0]
            for title in ("Plan", "Group", "Project", "Started", "At the start", "Since then")
        }
        shown.append(row)
        assert dialog.form.openButton.isEnabled()
        table.setFocus()
        press(qtbot, table, Qt.Key.Key_Return)  # opens the plan
        click(qtbot, dialog.form.addActionButton)
        assert column_texts(table, "Actions") == ["1"]
        assert "Visit the youth club (Not started)" in dialog.form.actionsLabel.text()

    dialogs.on(OutreachDialog, persona)
    dialogs.on(ActionDialog, action)
    dialogs.on(OutreachPlansDialog, plans)
    page.form.table.setFocus()
    page.form.table.selectRow(0)
    press(qtbot, page.form.table, Qt.Key.Key_Return)  # Enter on the report opens the plans
    assert dialogs.opened[0] == "OutreachPlansDialog: Outreach plans"
    assert shown[0]["Group"] == (
        "Ethnic group (5 groups): Black, Black British, Black Welsh, Caribbean or African"
    )
    assert shown[0]["Project"] == "Youth panel"
    assert shown[0]["Started"] == "1 June 2025"
    assert shown[0]["At the start"].startswith("1.5% of the people who answered")
    with database.reading() as session:
        plan = outreach.get_plan(session, plan_id, TODAY)
    assert plan.data.needs == "Somewhere to meet in the evening"
    assert [a.data.what for a in plan.actions] == ["Visit the youth club"]
    assert plan.actions[0].data.project_id == project


def test_an_outreach_plan_prints_as_a_pdf(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    add_plan(database, None)
    page = diversity_screen(window)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )

    def plans(dialog: OutreachPlansDialog) -> None:
        click(qtbot, dialog.form.printButton)
        qtbot.waitUntil(
            lambda: dialog.form.actionsLabel.text() == f"Outreach plan saved to {target}.",
            timeout=60_000,
        )

    dialogs.on(OutreachPlansDialog, plans)
    click(qtbot, page.form.plansButton)
    import pikepdf

    with pikepdf.open(target) as pdf:
        assert str(pdf.docinfo.Title) == "Outreach plan: Reaching Black young people"


# --- the keyboard and screen readers ----------------------------------------------------------
def test_the_screen_and_its_dialogs_name_everything_with_unique_mnemonics(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    add_plan(database, None)
    page = diversity_screen(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert _clashes(menus + _texts(page)) == {}
    assert _unnamed(page) == []
    record = None
    with database.reading() as session:
        [record] = outreach.list_plans(session, today=TODAY)
    opened = [
        ReferenceListDialog(database),
        ReferenceImportDialog(database, Path("leeds.csv"), GOOD_CSV),
        ReferenceFormDialog(database),
        OutreachDialog(lambda _d: 1, record.data, record.group_label, "All projects"),
        OutreachPlansDialog(database, []),
    ]
    for dialog in opened:
        qtbot.addWidget(dialog)
        dialog.show()
        assert len(_focusable(dialog)) >= 3, type(dialog).__name__
        assert _unnamed(dialog) == [], type(dialog).__name__
        missing = [
            f"{_describe(label)}: {label.text()!r}"
            for label in _labels_with_buddies(dialog)
            if not _mnemonic(label.text())
        ]
        assert missing == [], type(dialog).__name__
        assert _clashes(_texts(dialog)) == {}, type(dialog).__name__
        dialog.hide()


def test_alt_letters_reach_the_screens_controls(qtbot: QtBot, window: MainWindow) -> None:
    page = diversity_screen(window)
    f = page.form
    for letter, widget in (
        (Qt.Key.Key_M, f.fromEdit),
        (Qt.Key.Key_J, f.projectFilter),
        (Qt.Key.Key_R, f.referenceCombo),
        (Qt.Key.Key_Q, f.questionCombo),
        (Qt.Key.Key_U, f.thresholdSpin),
    ):
        press(qtbot, f.table, letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda w=widget: page.focusWidget() is w, timeout=2000)  # type: ignore[misc]


# --- the report, from real answers ---------------------------------------------------------------
@pytest.fixture
def forty_people(database: Database) -> int:
    """40 people who came to one session last month: 12 women and 28 men (against 51% women
    in the census: a ratio of 0.59, flagged), 3 of them Muslim (a count to suppress)."""
    from coprod_desktop.services import participants, sessions
    from coprod_desktop.storage.models import MonitoringForm
    from coprod_desktop.vocabulary import AttendanceStatus, MonitoringMethod
    from tests.factories import person
    from tests.gui.payment_seed import add_session

    project = add_project(database, "Carers' café")
    meeting = add_session(database, project, TODAY - timedelta(days=30))
    with database.transaction() as session:
        ids = [
            participants.add_participant(session, person(preferred_name=f"Person {n}"))
            for n in range(40)
        ]
        sessions.invite(session, meeting, ids)
        for n, participant_id in enumerate(ids):
            sessions.set_attendance(session, meeting, participant_id, AttendanceStatus.ATTENDED)
            session.add(
                MonitoringForm(
                    participant_id=participant_id,
                    collected_on=TODAY - timedelta(days=60),
                    method=MonitoringMethod.PAPER_FORM,
                    sex="female" if n < 12 else "male",
                    religion="muslim" if n < 3 else "none",
                )
            )
    return project


def test_the_report_flags_the_group_and_never_shows_a_count_from_1_to_4(
    qtbot: QtBot, window: MainWindow, forty_people: int
) -> None:
    page = diversity_screen(window)
    page.set_period(TODAY - timedelta(days=365), TODAY - timedelta(days=1))
    # Nothing imported: the census is offered, and named.
    assert page.form.referenceCombo.currentText() == "England and Wales, Census 2021 (built in)"
    choose(page.form.questionCombo, "Sex")
    rows = {r.label: r for r in page._rows}
    assert (rows["Female"].people, rows["Female"].share, rows["Female"].flag) == (
        "12",
        "30.0%",
        UNDER,
    )
    assert rows["Male"].flag == ""
    assert page.chart is not None
    assert "Female" in page.chart.accessibleDescription()
    choose(page.form.questionCombo, "Religion")
    people = column_texts(page.form.table, "People")
    assert "fewer than 5" in people
    assert not any(text in {"1", "2", "3", "4"} for text in people)


def test_saving_the_report_writes_the_suppressed_table(
    qtbot: QtBot,
    window: MainWindow,
    forty_people: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import csv

    page = diversity_screen(window)
    page.set_period(TODAY - timedelta(days=365), TODAY - timedelta(days=1))
    target = tmp_path / "diversity.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "CSV file (*.csv)")
    )
    click(qtbot, page.form.saveButton)
    qtbot.waitUntil(
        lambda: status_message(window) == f"Diversity report saved to {target}.", timeout=60_000
    )
    with target.open(encoding="utf-8-sig", newline="") as stream:
        cells = [cell for row in csv.reader(stream) for cell in row]
    assert "fewer than 5" in cells
    assert not any(cell.strip() in {"1", "2", "3", "4"} for cell in cells)


def test_the_questions_are_those_the_report_gives(
    qtbot: QtBot, window: MainWindow, forty_people: int
) -> None:
    from coprod_desktop.services.representation import REPORTED

    page = diversity_screen(window)
    page.set_period(TODAY - timedelta(days=365), TODAY - timedelta(days=1))
    combo = page.form.questionCombo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == [q.short for q in REPORTED]  # disability as "disabled or not"
    choose(combo, "Disabled (Equality Act)")
    assert page._rows  # shown, not a crash
    assert (
        page.form.messageLabel.text()
        != "Nobody took part in this period, so there is nothing to show."
    )
