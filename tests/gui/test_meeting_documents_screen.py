"""Sessions > Meeting pack…, Summary… and Project summary…: choose the text size, easy read,
paper, contrast and format (and, for a project, the period), then where to save; the document is
written off the GUI thread and read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pikepdf
import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.meeting_document_dialog import MeetingDocumentDialog
from coprod_desktop.gui.document_output import DOCX, PDF, SavedDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages.sessions_page import SessionsPage
from coprod_desktop.reports.document_options import DocumentOptions
from coprod_desktop.storage.database import Database
from tests.core.meeting_fixtures import (
    NEVER_PRINTED,
    PROJECT,
    TITLE,
    TODAY,
    Meeting,
    build_meeting,
)
from tests.core.payment_fixtures import add_project, add_session
from tests.core.pdf_checks import chars, docx_text, pdf_text, tags
from tests.gui.conftest import Dialogs
from tests.gui.helpers import click, show_active
from tests.gui.screen_helpers import (
    _row_of,
    button,
    choose,
    click_table_row,
    sessions_screen,
    set_day,
    status_message,
)
from tests.gui.test_accessibility import _clashes, _labels_with_buddies, _mnemonic, _unnamed
from tests.gui.test_screens_accessibility import _texts

OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


@pytest.fixture
def built(database: Database) -> Meeting:
    with database.transaction() as session:
        return build_meeting(session)


def _choose_session(qtbot: QtBot, page: SessionsPage, session_id: int) -> None:
    row = page.model.row_where(lambda r: r.session.id == session_id)
    assert row is not None
    click_table_row(qtbot, page.form.table, row)
    assert page.selected_id() == session_id


def test_the_buttons_need_a_session_chosen(
    qtbot: QtBot, window: MainWindow, built: Meeting
) -> None:
    page = sessions_screen(window)
    page.form.table.clearSelection()
    assert not page.form.packButton.isEnabled() and not page.form.summaryButton.isEnabled()
    _choose_session(qtbot, page, built.meeting)
    assert page.form.packButton.isEnabled() and page.form.summaryButton.isEnabled()
    assert page.form.packButton.accessibleName() == "Meeting pack for the selected session"
    assert page.form.summaryButton.accessibleName() == "Summary of the selected session"


@pytest.mark.parametrize("word", [False, True])
def test_the_summary_is_saved_as_asked(
    qtbot: QtBot,
    window: MainWindow,
    built: Meeting,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    word: bool,
) -> None:
    page = sessions_screen(window)
    page.today = TODAY
    _choose_session(qtbot, page, built.meeting)
    target = tmp_path / ("summary.docx" if word else "summary.pdf")
    asked: list[tuple[str, str]] = []

    def save_as(_parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append((title, Path(suggested).name))
        assert filters == (DOCX if word else PDF).file_filter  # only the format chosen
        return str(target.with_suffix("")), filters  # no ending typed: the chosen one is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def choose(dialog: MeetingDocumentDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "Save the summary"
        assert TITLE in f.introLabel.text()
        assert f.sizeSpin.value() == 16 and f.sizeSpin.maximum() == 24
        assert f.sizeSpin.minimum() == 14
        assert f.pdfRadio.isChecked() and not f.easyReadCheck.isChecked()
        f.sizeSpin.setValue(18)
        f.easyReadCheck.setChecked(True)
        f.paperCombo.setCurrentIndex(1)
        f.highContrastCheck.setChecked(True)
        if word:
            f.wordRadio.setChecked(True)
        assert dialog.options() == DocumentOptions(
            font_size=18, easy_read=True, paper="A3", high_contrast=True
        )
        click(qtbot, button(dialog, OK))

    dialogs.on(MeetingDocumentDialog, choose)
    saved: list[str] = []
    dialogs.on(SavedDialog, lambda d: saved.append(d.path.name))
    click(qtbot, page.form.summaryButton)
    qtbot.waitUntil(
        lambda: status_message(window) == f"Saved the summary to {target}.", timeout=60_000
    )
    assert saved == [target.name]
    suffix = ".docx" if word else ".pdf"
    assert asked == [("Save the summary", f"Summary {TITLE} 2026-03-03{suffix}")]
    if word:
        document = docx.Document(str(target))
        assert document.core_properties.title == f"Meeting summary: {TITLE}, 3 March 2026"
        section = document.sections[0]
        assert section.page_width is not None and round(section.page_width.mm) == 297
        text = docx_text(document)
    else:
        with pikepdf.open(target) as pdf:
            assert str(pdf.docinfo.Title) == f"Meeting summary: {TITLE}, 3 March 2026"
            assert round(float(pdf.pages[0].MediaBox[3])) == 1191
        assert min(c["size"] for c in chars(target)) >= 18 - 0.01
        assert "/Table" not in tags(target)  # easy read
        text = pdf_text(target)
    assert "It says who came." in text and "And 2 others." in text
    assert not any(words in text for words in NEVER_PRINTED)


def test_the_pack_is_saved_with_the_defaults(
    qtbot: QtBot,
    window: MainWindow,
    built: Meeting,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = sessions_screen(window)
    page.today = TODAY
    _choose_session(qtbot, page, built.meeting)
    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), PDF.file_filter))
    dialogs.on(MeetingDocumentDialog, lambda d: click(qtbot, button(d, OK)))
    dialogs.on(SavedDialog, lambda d: None)
    click(qtbot, page.form.packButton)
    qtbot.waitUntil(
        lambda: status_message(window) == f"Saved the meeting pack to {target}.", timeout=60_000
    )
    assert min(c["size"] for c in chars(target)) >= 16 - 0.01
    text = pdf_text(target)
    assert f"Meeting pack: {TITLE}, 3 March 2026" in text
    assert "Overdue: 1 March 2026, 9 days ago" in text  # by the page's day, not the clock's


def test_cancelling_saves_nothing(
    qtbot: QtBot,
    window: MainWindow,
    built: Meeting,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = sessions_screen(window)
    _choose_session(qtbot, page, built.meeting)
    dialogs.on(MeetingDocumentDialog, lambda d: click(qtbot, button(d, CANCEL)))
    click(qtbot, page.form.packButton)  # the file dialog would fail the test (conftest)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    dialogs.on(MeetingDocumentDialog, lambda d: click(qtbot, button(d, OK)))
    click(qtbot, page.form.summaryButton)
    assert dialogs.opened == [
        "MeetingDocumentDialog: Save the meeting pack",
        "MeetingDocumentDialog: Save the summary",
    ]
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_dialog_names_everything_and_each_alt_letter_does_one_thing(qtbot: QtBot) -> None:
    dialog = MeetingDocumentDialog("Save the summary", "The summary of Café planning.")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert _unnamed(dialog) == []
    assert all(_mnemonic(label.text()) for label in _labels_with_buddies(dialog))
    assert _clashes(_texts(dialog)) == {}
    assert dialog.form.sizeSpin.hasFocus()
    assert dialog.kind() == PDF
    dialog.form.wordRadio.setChecked(True)
    assert dialog.kind() == DOCX


# --- a project's summary for a period -------------------------------------------------------
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
LAST_QUARTER = (date(2025, 10, 1), date(2025, 12, 31))  # the last full quarter before TODAY
OTHER_PROJECT = "Youth panel"
OTHER_SESSION = "Panel meeting"  # 10 March 2026, in the other project


@pytest.fixture
def two_projects(database: Database) -> Meeting:
    with database.transaction() as session:
        built = build_meeting(session)
        other = add_project(session, OTHER_PROJECT)
        add_session(session, other, date(2026, 3, 10), title=OTHER_SESSION)
    return built


def test_the_project_summary_button_needs_no_session_chosen(
    window: MainWindow, two_projects: Meeting
) -> None:
    page = sessions_screen(window)
    page.form.table.clearSelection()
    summary = page.form.projectSummaryButton
    assert summary.isEnabled() and summary.text() == "Pr&oject summary…"
    assert summary.accessibleName() == "Summary of a project for a period"
    assert "period" in summary.accessibleDescription()
    page.show_project(two_projects.project)
    assert summary.isEnabled()


def test_the_project_summary_covers_the_period_chosen(
    qtbot: QtBot,
    window: MainWindow,
    two_projects: Meeting,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = sessions_screen(window)
    page.today = TODAY
    page.show_project(two_projects.project)  # the screen shows one project: the summary's
    target = tmp_path / "project.pdf"
    asked: list[tuple[str, str]] = []

    def save_as(_parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append((title, Path(suggested).name))
        assert filters == PDF.file_filter
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def choose_period(dialog: MeetingDocumentDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "Save the project summary"
        assert f"The summary of {PROJECT} for a period" in f.introLabel.text()
        assert not f.projectCombo.isVisible() and not f.projectLabel.isVisible()
        assert f.fromEdit.isVisible() and f.toEdit.isVisible()
        assert dialog.period() == LAST_QUARTER
        assert f.fromEdit.hasFocus()
        set_day(f.fromEdit, MARCH[0])
        set_day(f.toEdit, MARCH[1])
        click(qtbot, button(dialog, OK))

    dialogs.on(MeetingDocumentDialog, choose_period)
    dialogs.on(SavedDialog, lambda d: None)
    click(qtbot, page.form.projectSummaryButton)
    qtbot.waitUntil(
        lambda: status_message(window) == f"Saved the project summary to {target}.",
        timeout=60_000,
    )
    assert dialogs.opened == [
        "MeetingDocumentDialog: Save the project summary",
        "SavedDialog: Saved",
    ]
    # The project's name without the < and > that file names cannot hold.
    name = "Carers' café b&amp;"
    assert asked == [
        ("Save the project summary", f"Project summary {name} 2026-03-01 to 2026-03-31.pdf")
    ]
    title = f"Project summary: {PROJECT}, 1 March 2026 to 31 March 2026"
    with pikepdf.open(target) as pdf:
        assert str(pdf.docinfo.Title) == title
    assert min(c["size"] for c in chars(target)) >= 16 - 0.01
    text = pdf_text(target)
    assert "We held 1 meeting." in text
    # In the period: the March meeting, what was decided and said there.
    for inside in (TITLE, "Serve soup every week", "Buy a pot", "Coffee please"):
        assert inside in text
    # Outside it: February's and April's meetings and what happened at them, and the other
    # project's March meeting.
    for outside in (
        "Planning workshop",
        "Open on Saturdays",
        "The room is too cold",
        "Book the hall",
        "Tasting day",
        OTHER_PROJECT,
        OTHER_SESSION,
    ):
        assert outside not in text
    assert not any(words in text for words in NEVER_PRINTED)


def test_with_all_projects_shown_the_dialog_asks_which_project(
    qtbot: QtBot,
    window: MainWindow,
    two_projects: Meeting,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = sessions_screen(window)
    page.today = TODAY
    assert page.project_filter() is None  # "All projects"
    _choose_session(qtbot, page, two_projects.meeting)
    target = tmp_path / "panel.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), DOCX.file_filter))

    def choose_project(dialog: MeetingDocumentDialog) -> None:
        f = dialog.form
        assert "The summary of one project for a period" in f.introLabel.text()
        assert f.projectCombo.isVisible() and f.projectCombo.hasFocus()
        assert f.projectCombo.currentText() == PROJECT  # the chosen session's project
        assert f.projectCombo.count() == 2  # projects only: no "All projects"
        choose(f.projectCombo, OTHER_PROJECT)
        set_day(f.fromEdit, MARCH[0])
        set_day(f.toEdit, MARCH[1])
        f.wordRadio.setChecked(True)
        click(qtbot, button(dialog, OK))

    dialogs.on(MeetingDocumentDialog, choose_project)
    dialogs.on(SavedDialog, lambda d: None)
    click(qtbot, page.form.projectSummaryButton)
    qtbot.waitUntil(
        lambda: status_message(window) == f"Saved the project summary to {target}.",
        timeout=60_000,
    )
    document = docx.Document(str(target))
    title = f"Project summary: {OTHER_PROJECT}, 1 March 2026 to 31 March 2026"
    assert document.core_properties.title == title
    text = docx_text(document)
    assert OTHER_SESSION in text
    assert TITLE not in text and PROJECT not in text


def test_cancelling_the_project_summary_saves_nothing(
    qtbot: QtBot,
    window: MainWindow,
    two_projects: Meeting,
    dialogs: Dialogs,
    tmp_path: Path,
) -> None:
    page = sessions_screen(window)
    dialogs.on(MeetingDocumentDialog, lambda d: click(qtbot, button(d, CANCEL)))
    click(qtbot, page.form.projectSummaryButton)  # the file dialog would fail the test (conftest)
    assert dialogs.opened == ["MeetingDocumentDialog: Save the project summary"]
    assert list(tmp_path.glob("*.pdf")) == []


def _period_dialog(qtbot: QtBot) -> MeetingDocumentDialog:
    dialog = MeetingDocumentDialog(
        "Save the project summary",
        "The summary of one project for a period.",
        period=LAST_QUARTER,
        projects=[(1, "Youth panel"), (2, "Carers' café")],
        project_id=2,
    )
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def test_a_to_date_before_the_from_date_is_explained_beside_it(qtbot: QtBot) -> None:
    dialog = _period_dialog(qtbot)
    f = dialog.form
    assert dialog.project_id() == 2 and dialog.project_name() == "Carers' café"
    assert not f.periodProblemLabel.isVisible()
    normal = f.toEdit.accessibleDescription()
    assert "on or after the From date" in normal
    set_day(f.toEdit, date(2025, 9, 30))
    message = (
        "The To date (30 September 2025) is before the From date (1 October 2025). "
        "Choose a To date on or after the From date."
    )
    # Said at once, under the To date, in words (not colour alone), and to a screen reader.
    assert f.periodProblemLabel.isVisible()
    assert f.periodProblemLabel.text() == f"⚠ {message}"
    assert f.toEdit.accessibleDescription() == message
    assert _row_of(f.formLayout, f.periodProblemLabel) == _row_of(f.formLayout, f.toEdit) + 1
    click(qtbot, button(dialog, OK))
    assert dialog.isVisible() and f.toEdit.hasFocus()  # nothing is saved; the date to change
    set_day(f.toEdit, date(2025, 10, 1))  # one day is a period
    assert not f.periodProblemLabel.isVisible()
    assert f.toEdit.accessibleDescription() == normal
    click(qtbot, button(dialog, OK))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.period() == (date(2025, 10, 1), date(2025, 10, 1))


def test_the_period_dialog_names_everything_and_each_alt_letter_does_one_thing(
    qtbot: QtBot,
) -> None:
    dialog = _period_dialog(qtbot)
    assert _unnamed(dialog) == []
    labels = _labels_with_buddies(dialog)
    assert {label.objectName() for label in labels} >= {"projectLabel", "fromLabel", "toLabel"}
    assert all(_mnemonic(label.text()) for label in labels)
    assert _clashes(_texts(dialog)) == {}
    assert dialog.form.projectCombo.hasFocus()


def test_a_session_document_asks_for_no_period_or_project(qtbot: QtBot) -> None:
    dialog = MeetingDocumentDialog("Save the summary", "The summary of Café planning.")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    f = dialog.form
    hidden = (f.projectCombo, f.projectLabel, f.fromEdit, f.toEdit, f.fromLabel, f.toLabel)
    assert not any(widget.isVisible() for widget in hidden)
    assert dialog.project_id() is None and dialog.problem() == ""
