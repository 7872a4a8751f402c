"""The funder report from the main window: the dialog (period, project, text size), then where
to save it, then the PDF written off the GUI thread (gui/funder_report_action.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.development_dialogs import DifferenceLetterDialog
from coprod_desktop.gui.dialogs.funder_report_dialog import FunderReportDialog
from coprod_desktop.gui.document_output import SavedDialog
from coprod_desktop.gui.funder_report_action import open_funder_report
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.report_period import OWN_DATES
from coprod_desktop.services.funder_report import ALL_PROJECTS
from coprod_desktop.settings import load_settings
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import AttendanceStatus
from tests.gui.conftest import Dialogs, People
from tests.gui.helpers import click, type_text
from tests.gui.payment_seed import add_project, add_session, mark
from tests.gui.screen_helpers import button, choose, set_day, status_message
from tests.gui.test_accessibility import (
    _clashes,
    _describe,
    _focusable,
    _labels_with_buddies,
    _mnemonic,
    _unnamed,
)
from tests.gui.test_screens_accessibility import _texts

TODAY = date(2026, 4, 20)
OK = QDialogButtonBox.StandardButton.Ok


def make_dialog(qtbot: QtBot, **options: object) -> FunderReportDialog:
    projects = [(1, "Carers' café"), (2, "Youth panel")]
    dialog = FunderReportDialog(projects, today=TODAY, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_the_period_starts_as_the_last_full_quarter(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    f = dialog.form
    assert f.periodCombo.currentText() == "Last full quarter: 1 January to 31 March 2026"
    choice = dialog.choice()
    assert (choice.date_from, choice.date_to) == (date(2026, 1, 1), date(2026, 3, 31))
    assert (choice.project_id, choice.project_name) == (None, ALL_PROJECTS)
    assert choice.font_size == 16
    assert (f.sizeSpin.minimum(), f.sizeSpin.maximum()) == (14, 36)
    items = [f.periodCombo.itemText(i) for i in range(f.periodCombo.count())]
    assert items[-1] == OWN_DATES and len(items) == 5
    assert [f.projectCombo.itemText(i) for i in range(f.projectCombo.count())] == [
        ALL_PROJECTS,
        "Carers' café",
        "Youth panel",
    ]


def test_choosing_a_period_fills_in_the_dates_and_typing_dates_makes_them_your_own(
    qtbot: QtBot,
) -> None:
    dialog = make_dialog(qtbot, project_id=2)
    f = dialog.form
    assert dialog.choice().project_name == "Youth panel"
    f.periodCombo.setCurrentIndex(2)  # last tax year
    choice = dialog.choice()
    assert (choice.date_from, choice.date_to) == (date(2025, 4, 6), date(2026, 4, 5))
    set_day(f.fromEdit, date(2025, 5, 1))
    assert f.periodCombo.currentText() == OWN_DATES
    assert dialog.choice().date_from == date(2025, 5, 1)
    set_day(f.fromEdit, date(2025, 4, 6))  # back to a period that is listed
    assert f.periodCombo.currentIndex() == 2
    f.periodCombo.setCurrentIndex(f.periodCombo.count() - 1)  # own dates: nothing changes
    assert dialog.choice().date_from == date(2025, 4, 6)


def test_a_period_that_ends_before_it_starts_is_refused(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.show()
    f = dialog.form
    set_day(f.toEdit, date(2025, 12, 1))
    click(qtbot, button(dialog, OK))
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert f.problemLabel.isVisibleTo(dialog)
    assert f.problemLabel.text().startswith("The period ends (1 December 2025) before it starts")
    # A screen reader hears it with the To field, where the focus goes.
    assert f.toEdit.accessibleDescription() == f.problemLabel.text()
    assert dialog.focusWidget() is f.toEdit
    set_day(f.toEdit, date(2026, 3, 31))
    assert not f.problemLabel.isVisibleTo(dialog)
    assert f.toEdit.accessibleDescription() == ""
    click(qtbot, button(dialog, OK))
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_groups_name_is_remembered_for_the_next_report_and_letter(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    f = dialog.form
    assert f.organisationEdit.text() == ""  # nothing remembered yet
    # A choice that is refused remembers nothing.
    type_text(qtbot, f.organisationEdit, "Riverside Network ")
    set_day(f.toEdit, date(2025, 12, 1))
    click(qtbot, button(dialog, OK))
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert load_settings().organisation_name == ""
    set_day(f.toEdit, date(2026, 3, 31))
    click(qtbot, button(dialog, OK))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice().organisation == "Riverside Network"
    assert load_settings().organisation_name == "Riverside Network"
    # Offered again next time, and in "The difference you made" letter.
    again = make_dialog(qtbot)
    letter = DifferenceLetterDialog("Zoë", today=TODAY)
    qtbot.addWidget(letter)
    assert again.form.organisationEdit.text() == "Riverside Network"
    assert letter.form.organisationEdit.text() == "Riverside Network"
    assert letter.organisation() == "Riverside Network"


def test_everything_in_the_dialog_is_named_and_reachable_by_keyboard(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.show()
    assert len(_focusable(dialog)) >= 6
    assert _unnamed(dialog) == []
    missing = [
        f"{_describe(label)}: {label.text()!r}"
        for label in _labels_with_buddies(dialog)
        if not _mnemonic(label.text())
    ]
    assert missing == []
    assert _clashes(_texts(dialog)) == {}


def test_the_report_is_saved_from_the_main_window(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = add_project(database, "Carers' café")
    workshop = add_session(database, project, date(2025, 6, 1))
    mark(database, workshop, AttendanceStatus.ATTENDED, people.amira, people.wang)
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "funder.pdf"
    asked: list[tuple[str, str]] = []

    def save_as(_parent: object, _title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append((Path(suggested).name, filters))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def choose_the_year(dialog: FunderReportDialog) -> None:
        f = dialog.form
        choose(f.projectCombo, "Carers' café")
        set_day(f.fromEdit, date(2025, 4, 1))
        set_day(f.toEdit, date(2026, 3, 31))
        f.sizeSpin.setValue(18)
        type_text(qtbot, f.organisationEdit, "Riverside Network")
        click(qtbot, button(dialog, OK))

    dialogs.on(FunderReportDialog, choose_the_year)
    saved: list[str] = []
    dialogs.on(SavedDialog, lambda d: saved.append(d.path.name))
    job = open_funder_report(window)
    assert job is not None
    qtbot.waitUntil(
        lambda: status_message(window) == f"Saved the funder report to {target}.",
        timeout=60_000,
    )
    assert saved == [target.name]
    assert asked == [
        ("Funder report Carers' café 2025-04-01 to 2026-03-31.pdf", "PDF document (*.pdf)")
    ]
    with pikepdf.open(target) as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.docinfo.Title) == (
            "Funder report: Carers' café, 1 April 2025 to 31 March 2026"
        )
        assert str(pdf.docinfo.Author) == "Riverside Network"
    assert [p.name for p in folder.iterdir()] == ["funder.pdf"]  # no temporary file left


def test_cancelling_the_dialog_asks_for_no_file(
    window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    add_project(database, "Carers' café")
    dialogs.on(FunderReportDialog, lambda d: d.reject())
    # The guard in conftest fails the test if a file dialog opens.
    assert open_funder_report(window) is None
    assert dialogs.opened == ["FunderReportDialog: Make a funder report"]
