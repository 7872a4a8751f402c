"""One person's development log in the app (adding, changing and deleting entries, read back
from the database) and "The difference you made": the letter dialog, then the letter saved as
a PDF through the job, with the file dialog answered by the test. Both open from the Person
menu for the person selected on the register."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs import development_dialogs
from coprod_desktop.gui.dialogs.development_dialogs import (
    DevelopmentEntryDialog,
    DevelopmentLogDialog,
    DifferenceLetterDialog,
    one_year_back,
    save_difference_letter,
)
from coprod_desktop.gui.dialogs.funder_report_dialog import FunderReportDialog
from coprod_desktop.gui.document_output import SavedDialog
from coprod_desktop.gui.forms.ui_development_form import Ui_DevelopmentEntryDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.services import development, projects, sessions
from coprod_desktop.services.development import DevelopmentData
from coprod_desktop.services.projects import ProjectData
from coprod_desktop.services.sessions import SessionData
from coprod_desktop.settings import load_settings
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import AttendanceStatus, DevelopmentKind, SessionKind
from tests.gui.conftest import Dialogs, Modals, People
from tests.gui.helpers import click, show_active, type_text
from tests.gui.screen_helpers import button, choose, error_shown, set_day, status_message
from tests.gui.test_accessibility import (
    _clashes,
    _describe,
    _labels_with_buddies,
    _mnemonic,
    _unnamed,
)
from tests.gui.test_screens_accessibility import _texts

TODAY = date(2025, 11, 24)
SAVE = QDialogButtonBox.StandardButton.Save
OK = QDialogButtonBox.StandardButton.Ok


def add_project(database: Database, name: str = "Carers' café") -> int:
    with database.transaction() as session:
        return projects.add_project(session, ProjectData(name=name))


def log_of(database: Database, person: int) -> list[development.DevelopmentRecord]:
    with database.reading() as session:
        return development.list_entries(session, person)


def add_entry(database: Database, person: int, day: date, what: str) -> int:
    with database.transaction() as session:
        return development.add_entry(
            session, DevelopmentData(person, DevelopmentKind.SKILL, day, what), TODAY
        )


def open_log(qtbot: QtBot, database: Database, person: int, name: str) -> DevelopmentLogDialog:
    dialog = DevelopmentLogDialog(database, person, name, today=TODAY)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def table_texts(dialog: DevelopmentLogDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def check_accessible(dialog: QWidget) -> None:
    assert _unnamed(dialog) == []
    missing = [
        f"{_describe(label)}: {label.text()!r}"
        for label in _labels_with_buddies(dialog)
        if not _mnemonic(label.text())
    ]
    assert missing == []
    assert _clashes(_texts(dialog)) == {}


# --- the log ------------------------------------------------------------------------------------
def test_an_entry_is_added_through_the_form(
    qtbot: QtBot, database: Database, people: People, dialogs: Dialogs
) -> None:
    cafe = add_project(database)
    add_entry(database, people.amira, date(2025, 1, 5), "Reading a budget")
    dialog = open_log(qtbot, database, people.amira, "Amira")
    check_accessible(dialog)
    assert dialog.windowTitle() == "Development log: Amira"
    seen: list[str] = []

    def fill(form: DevelopmentEntryDialog) -> None:
        check_accessible(form)
        seen.append(form.windowTitle())
        f: Ui_DevelopmentEntryDialog = form.form
        assert form.focusWidget() is f.kindCombo
        assert f.dateEdit.date().toPython() == TODAY  # today unless changed
        assert f.dateEdit.maximumDate().toPython() == TODAY  # nothing in the future
        choose(f.kindCombo, DevelopmentKind.ROLE.label)
        set_day(f.dateEdit, date(2025, 6, 2))
        # Nothing typed in What: refused, with the problem beside the field.
        click(qtbot, button(form, SAVE))
        assert form.isVisible()
        assert "What is empty" in error_shown(form, "what").text()
        f.whatEdit.setFocus()
        type_text(qtbot, f.whatEdit, "Chaired the planning meeting")
        type_text(qtbot, f.detailsEdit, "Kept everyone to time.")
        choose(f.projectCombo, "Carers' café")
        click(qtbot, button(form, SAVE))

    dialogs.on(DevelopmentEntryDialog, fill)
    click(qtbot, dialog.addButton)
    assert seen == ["New development log entry: Amira"]
    [newest, older] = log_of(database, people.amira)
    assert newest.data == DevelopmentData(
        participant_id=people.amira,
        kind=DevelopmentKind.ROLE,
        happened_on=date(2025, 6, 2),
        what="Chaired the planning meeting",
        details="Kept everyone to time.",
        project_id=cafe,
    )
    assert older.data.what == "Reading a budget"
    assert table_texts(dialog) == [
        ["2 June 2025", "Role taken on", "Chaired the planning meeting", "Carers' café"],
        ["5 January 2025", "Skill gained", "Reading a budget", ""],
    ]
    assert dialog.selected() is not None and dialog.selected().id == newest.id  # type: ignore[union-attr]
    assert not dialog.emptyLabel.isVisible()


def test_an_entry_is_changed_and_deleted_after_asking(
    qtbot: QtBot,
    database: Database,
    people: People,
    dialogs: Dialogs,
    modals: Modals,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry_id = add_entry(database, people.oliver, date(2025, 3, 1), "Public speaking")
    dialog = open_log(qtbot, database, people.oliver, "Oliver")  # has left: still his log

    def change(form: DevelopmentEntryDialog) -> None:
        assert form.windowTitle() == f"Development log: entry {entry_id}"
        assert form.form.whatEdit.text() == "Public speaking"
        form.form.whatEdit.setText("Public speaking at the launch")
        click(qtbot, button(form, SAVE))

    dialogs.on(DevelopmentEntryDialog, change)
    click(qtbot, dialog.openButton)
    assert [r.data.what for r in log_of(database, people.oliver)] == [
        "Public speaking at the launch"
    ]

    # The question is closed without choosing: nothing is deleted.
    click(qtbot, dialog.deleteButton)
    assert modals.boxes[-1].title == "Delete this entry"
    assert "Public speaking at the launch" in modals.boxes[-1].text
    assert len(log_of(database, people.oliver)) == 1

    monkeypatch.setattr(development_dialogs, "confirm", lambda *_args: True)
    click(qtbot, dialog.deleteButton)
    assert log_of(database, people.oliver) == []
    assert table_texts(dialog) == []
    assert dialog.emptyLabel.isVisible()
    assert not dialog.openButton.isEnabled() and not dialog.deleteButton.isEnabled()


# --- the Person menu ------------------------------------------------------------------------------
def person_menu(window: MainWindow) -> QMenu:
    for action in window.menuBar().actions():
        if action.text() == "&Person":
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError("no Person menu")


def test_the_person_menu_opens_both_for_the_selected_person(
    window: MainWindow, people: People, dialogs: Dialogs
) -> None:
    menu = person_menu(window)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts[-3:] == [
        "Diversity &monitoring…",
        "&Development log…",
        "&The difference you made…",
    ]
    assert _clashes(texts) == {}
    log_action, letter_action = menu.actions()[-2:]
    page = window.participants_page
    page.form.table.clearSelection()
    menu.aboutToShow.emit()
    assert not log_action.isEnabled() and not letter_action.isEnabled()

    opened: list[str] = []
    dialogs.on(DevelopmentLogDialog, lambda d: opened.append(d.windowTitle()))
    dialogs.on(DifferenceLetterDialog, lambda d: opened.append(d.windowTitle()))
    assert page.select_id(people.zoe)
    menu.aboutToShow.emit()
    assert log_action.isEnabled() and letter_action.isEnabled()
    log_action.trigger()
    letter_action.trigger()  # closed without choosing the file: nothing more happens
    assert opened == ["Development log: Zoë", "The difference you made: Zoë"]


# --- the letter -----------------------------------------------------------------------------------
def attended_session(database: Database, person: int) -> None:
    """A 90-minute workshop Amira came to, in the last 12 months."""
    project = add_project(database, "Youth panel")
    with database.transaction() as session:
        visit = sessions.add_session(
            session,
            SessionData(
                project_id=project,
                title="Planning workshop",
                kind=SessionKind.WORKSHOP,
                date=date.today().replace(day=1),
                start_time=time(10, 0),
                end_time=time(11, 30),
                place="Community centre",
            ),
        )
        sessions.invite(session, visit, [person])
        sessions.set_attendance(session, visit, person, AttendanceStatus.ATTENDED)


def test_the_letter_is_saved_as_a_pdf_through_the_job(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    attended_session(database, people.amira)
    folder = tmp_path / "letters"
    folder.mkdir()
    target = folder / "letter.pdf"
    asked: list[tuple[str, str]] = []

    def save_as(_parent: object, _title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append((Path(suggested).name, filters))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    chosen: list[tuple[date, date, int, str]] = []

    def choose_letter(dialog: DifferenceLetterDialog) -> None:
        check_accessible(dialog)
        f = dialog.form
        # Amira's access needs include large print: 18 point to start with.
        assert f.sizeSpin.value() == 18 and f.sizeNote.isVisibleTo(dialog)
        assert (f.sizeSpin.minimum(), f.sizeSpin.maximum()) == (14, 36)
        assert dialog.period() == (one_year_back(date.today()), date.today())
        assert dialog.suffix() == ".pdf"
        f.sizeSpin.setValue(20)
        chosen.append((*dialog.period(), dialog.font_size(), dialog.suffix()))
        click(qtbot, button(dialog, OK))

    saved: list[str] = []
    dialogs.on(DifferenceLetterDialog, choose_letter)
    dialogs.on(SavedDialog, lambda d: saved.append(d.path.name))
    assert window.participants_page.select_id(people.amira)
    window.show_difference_letter()
    qtbot.waitUntil(
        lambda: status_message(window) == f"Saved the letter for Amira to {target}.",
        timeout=60_000,
    )
    assert saved == ["letter.pdf"]
    assert asked == [
        (
            "The difference you made Amira.pdf",
            "PDF document (*.pdf);;Word document (*.docx)",
        )
    ]
    assert chosen[0][2:] == (20, ".pdf")
    with pikepdf.open(target) as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.docinfo.Title) == "The difference you made: Amira"
    import pdfplumber

    with pdfplumber.open(target) as read:
        text = " ".join(" ".join(page.extract_text() or "" for page in read.pages).split())
        sizes = [c["size"] for page in read.pages for c in page.chars if c["text"].strip()]
    assert "Dear Amira," in text and "Youth panel" in text, text
    assert "In that time you came to 1 session (1 hour 30 minutes of your time)." in text
    assert min(sizes) >= 20 - 0.01
    assert [p.name for p in folder.iterdir()] == ["letter.pdf"]  # no temporary file left


def test_a_period_that_ends_before_it_starts_is_refused_in_the_dialog(
    qtbot: QtBot, people: People
) -> None:
    dialog = DifferenceLetterDialog("Zoë", today=TODAY)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.period() == (date(2024, 11, 25), TODAY)
    assert dialog.font_size() == 16 and not dialog.form.sizeNote.isVisibleTo(dialog)
    set_day(dialog.form.toEdit, date(2024, 1, 1))
    click(qtbot, button(dialog, OK))
    assert dialog.isVisible() and dialog.result() == 0
    assert "To (1 January 2024) is before From" in error_shown(dialog, "date_to").text()
    assert "Nothing was saved" not in dialog.form.errorSummary.text()
    choose(dialog.form.formatCombo, dialog.FORMATS[1][0])
    assert dialog.suffix() == ".docx"


def test_the_groups_name_signs_the_letter_and_is_offered_next_time(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    target = tmp_path / "letter.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    offered: list[str] = []

    def sign(dialog: DifferenceLetterDialog) -> None:
        check_accessible(dialog)
        f = dialog.form
        offered.append(f.organisationEdit.text())
        assert f.organisationLabel.buddy() is f.organisationEdit
        assert _mnemonic(f.organisationLabel.text()) == "n"
        assert f.organisationEdit.accessibleName() == "Your group's name (optional)"
        assert "Signs the letter" in f.organisationEdit.accessibleDescription()
        choose(f.formatCombo, dialog.FORMATS[1][0])
        f.organisationEdit.setFocus()
        type_text(qtbot, f.organisationEdit, "  Riverside  Carers' Network ")
        assert dialog.organisation() == "Riverside Carers' Network"
        click(qtbot, button(dialog, OK))

    dialogs.on(DifferenceLetterDialog, sign)
    dialogs.on(SavedDialog, lambda _d: None)
    job = save_difference_letter(window, window, database, people.amira, "Amira", today=TODAY)
    assert job is not None
    qtbot.waitUntil(lambda: job.finished, timeout=60_000)
    assert offered == [""]  # nothing remembered yet
    import docx

    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Amira was a co-production partner with Riverside Carers' Network." in text, text
    assert "the time, ideas and experience you gave to Riverside Carers' Network" in text
    assert "with the group" not in text
    assert text.rstrip().endswith("Riverside Carers' Network")  # signed
    assert load_settings().organisation_name == "Riverside Carers' Network"

    # Next time, for anyone, and in the funder report too, the name is offered again.
    again = DifferenceLetterDialog("Zoë", today=TODAY)
    report = FunderReportDialog([], today=TODAY)
    for dialog in (again, report):
        qtbot.addWidget(dialog)
        assert dialog.form.organisationEdit.text() == "Riverside Carers' Network"
    # Cleared and chosen: remembered as cleared, so the next letter is not signed.
    again.form.organisationEdit.clear()
    click(qtbot, button(again, OK))
    assert again.result() == QDialog.DialogCode.Accepted
    assert load_settings().organisation_name == ""


def test_a_refused_letter_remembers_no_name(qtbot: QtBot) -> None:
    dialog = DifferenceLetterDialog("Zoë", today=TODAY, organisation="Riverside")
    qtbot.addWidget(dialog)
    assert dialog.form.organisationEdit.text() == "Riverside"
    set_day(dialog.form.toEdit, date(2024, 1, 1))
    click(qtbot, button(dialog, OK))
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert load_settings().organisation_name == ""


def test_a_cancelled_letter_leaves_nothing_behind(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    target = folder / "letter.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )

    def word(dialog: DifferenceLetterDialog) -> None:
        choose(dialog.form.formatCombo, dialog.FORMATS[1][0])
        click(qtbot, button(dialog, OK))

    dialogs.on(DifferenceLetterDialog, word)
    job = save_difference_letter(window, window, database, people.wang, "王芳", today=TODAY)
    assert job is not None
    job.control.cancel()  # as pressing Cancel in the progress dialog does
    qtbot.waitUntil(lambda: job.finished, timeout=60_000)
    assert status_message(window) == "Stopped. The letter for 王芳 was not saved."
    assert list(folder.iterdir()) == []


def test_a_letter_that_cannot_be_saved_says_why(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    modals: Modals,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    target = tmp_path / "no such folder" / "letter.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    dialogs.on(DifferenceLetterDialog, lambda d: click(qtbot, button(d, OK)))
    job = save_difference_letter(window, window, database, people.sam, "Sam 🌈", today=TODAY)
    assert job is not None
    qtbot.waitUntil(lambda: job.finished, timeout=60_000)
    [box] = modals.boxes
    assert box.title == "Saving the letter for Sam 🌈 did not work"
    assert box.text == f"Could not save letter.pdf: the folder {target.parent} does not exist."
    assert box.plain_text and not target.parent.exists()
