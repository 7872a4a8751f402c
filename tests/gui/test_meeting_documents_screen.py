"""Sessions > Meeting pack… and Summary…: choose the text size, easy read, paper, contrast and
format, then where to save; the document is written off the GUI thread and read back."""

from __future__ import annotations

from pathlib import Path

import docx
import pikepdf
import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.meeting_document_dialog import MeetingDocumentDialog
from coprod_desktop.gui.document_output import DOCX, PDF, SavedDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages.sessions_page import SessionsPage
from coprod_desktop.reports.document_options import DocumentOptions
from coprod_desktop.storage.database import Database
from tests.core.meeting_fixtures import NEVER_PRINTED, TITLE, TODAY, Meeting, build_meeting
from tests.core.pdf_checks import chars, docx_text, pdf_text, tags
from tests.gui.conftest import Dialogs
from tests.gui.helpers import click, show_active
from tests.gui.screen_helpers import button, click_table_row, sessions_screen, status_message
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
