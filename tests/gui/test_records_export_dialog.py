"""The records export for funders from the main window: the dialog (period, project, format,
names), then where to save, then the files written off the GUI thread
(gui/records_export_action.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.records_export_dialog import (
    FORMATS,
    NAMES_NOTE,
    RecordsExportDialog,
)
from coprod_desktop.gui.document_output import SavedDialog
from coprod_desktop.gui.jobs import JobControl
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.records_export_action import open_records_export
from coprod_desktop.gui.report_period import OWN_DATES
from coprod_desktop.services import participants
from coprod_desktop.services.funder_report import ALL_PROJECTS
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import AttendanceStatus, ConsentMethod
from tests.gui.conftest import Dialogs, Modals, People
from tests.gui.helpers import click
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
SHEETS = (
    "Sessions",
    "Attendance",
    "Payments",
    "Actions",
    "Decisions",
    "You said we did",
    "Stories",
    "People",
)


def make_dialog(qtbot: QtBot, **options: object) -> RecordsExportDialog:
    projects = [(1, "Carers' café"), (2, "Youth panel")]
    dialog = RecordsExportDialog(projects, today=TODAY, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_names_are_left_out_unless_ticked_and_the_box_says_why(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    f = dialog.form
    assert not f.namesCheck.isChecked()
    assert f.namesCheck.text() == "Include &names of people who agreed to be named"
    assert f.namesNote.text() == NAMES_NOTE
    assert f.namesCheck.accessibleDescription() == NAMES_NOTE
    choice = dialog.choice()
    assert not choice.include_names
    assert (choice.date_from, choice.date_to) == (date(2026, 1, 1), date(2026, 3, 31))
    assert (choice.project_id, choice.project_name) == (None, ALL_PROJECTS)
    assert choice.suffix == ".xlsx"
    assert [f.formatCombo.itemData(i) for i in range(f.formatCombo.count())] == [
        suffix for _, suffix in FORMATS
    ]
    f.namesCheck.setChecked(True)
    choose(f.formatCombo, FORMATS[1][0])
    assert dialog.choice().include_names and dialog.choice().suffix == ".csv"


def test_choosing_a_period_and_a_project(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, project_id=2)
    f = dialog.form
    assert dialog.choice().project_name == "Youth panel"
    f.periodCombo.setCurrentIndex(2)  # last tax year
    choice = dialog.choice()
    assert (choice.date_from, choice.date_to) == (date(2025, 4, 6), date(2026, 4, 5))
    set_day(f.fromEdit, date(2025, 5, 1))
    assert f.periodCombo.currentText() == OWN_DATES
    assert dialog.choice().date_from == date(2025, 5, 1)


def test_a_period_that_ends_before_it_starts_is_refused(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.show()
    f = dialog.form
    set_day(f.toEdit, date(2025, 12, 1))
    click(qtbot, button(dialog, OK))
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert f.problemLabel.isVisibleTo(dialog)
    assert f.problemLabel.text().startswith("The period ends (1 December 2025) before it starts")
    assert f.toEdit.accessibleDescription() == f.problemLabel.text()
    set_day(f.toEdit, date(2026, 3, 31))
    assert not f.problemLabel.isVisibleTo(dialog)
    click(qtbot, button(dialog, OK))
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_everything_in_the_dialog_is_named_and_reachable_by_keyboard(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.show()
    assert len(_focusable(dialog)) >= 7
    assert _unnamed(dialog) == []
    missing = [
        f"{_describe(label)}: {label.text()!r}"
        for label in _labels_with_buddies(dialog)
        if not _mnemonic(label.text())
    ]
    assert missing == []
    assert _clashes(_texts(dialog)) == {}


def _seed(database: Database, people: People) -> int:
    project = add_project(database, "Carers' café")
    workshop = add_session(database, project, date(2025, 6, 1))
    mark(database, workshop, AttendanceStatus.ATTENDED, people.amira, people.wang)
    with database.transaction() as session:
        record = participants.get_participant(session, people.amira)
        agreed = replace(
            record.data,
            consent_named_in_documents=True,
            consent_date=date(2025, 1, 6),
            consent_method=ConsentMethod.SIGNED_FORM,
        )
        participants.update_participant(session, people.amira, agreed)
    return project


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def save_as(_parent: object, _title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append((Path(suggested).name, filters))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    return asked


def test_a_workbook_is_saved_from_the_main_window_without_names(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _seed(database, people)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "records.xlsx"
    asked = _save_as(monkeypatch, target)

    def choose_the_year(dialog: RecordsExportDialog) -> None:
        f = dialog.form
        choose(f.projectCombo, "Carers' café")
        set_day(f.fromEdit, date(2025, 4, 1))
        set_day(f.toEdit, date(2026, 3, 31))
        click(qtbot, button(dialog, OK))

    dialogs.on(RecordsExportDialog, choose_the_year)
    saved: list[tuple[str, bool]] = []
    dialogs.on(SavedDialog, lambda d: saved.append((d.path.name, d.open_button.isVisibleTo(d))))
    job = open_records_export(window)
    assert job is not None
    qtbot.waitUntil(
        lambda: status_message(window) == f"Saved the records export to {target}.",
        timeout=60_000,
    )
    assert saved == [("records.xlsx", True)]
    assert asked == [
        (
            "Records Carers' café 2025-04-01 to 2026-03-31.xlsx",
            "Excel workbook (*.xlsx);;CSV file (*.csv)",
        )
    ]
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == list(SHEETS)
    people_rows = [[c.value for c in row] for row in workbook["People"].iter_rows()]
    assert people_rows == [
        ["Person ID", "Roles"],
        ["P0001", "Person with lived experience"],
        ["P0002", "Person with lived experience; Professional"],
    ]
    assert [p.name for p in folder.iterdir()] == ["records.xlsx"]  # no temporary file left


def test_csv_files_with_names_of_those_who_agreed(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _seed(database, people)
    folder = tmp_path / "exports"
    folder.mkdir()
    _save_as(monkeypatch, folder / "funder")  # no ending typed: the chosen format's is added

    def csv_with_names(dialog: RecordsExportDialog) -> None:
        f = dialog.form
        set_day(f.fromEdit, date(2025, 4, 6))
        set_day(f.toEdit, date(2026, 4, 5))
        choose(f.formatCombo, FORMATS[1][0])
        f.namesCheck.setChecked(True)
        click(qtbot, button(dialog, OK))

    dialogs.on(RecordsExportDialog, csv_with_names)
    saved: list[str] = []
    dialogs.on(SavedDialog, lambda d: saved.append(d.path.name))
    assert open_records_export(window) is not None
    first = folder / "funder - Sessions.csv"
    qtbot.waitUntil(lambda: status_message(window).startswith("Saved 8 CSV files"), timeout=60_000)
    # Every file counted, and the folder they are in, not just the first file's name.
    assert status_message(window) == (
        f"Saved 8 CSV files (funder - Sessions.csv … funder - People.csv) in {folder}."
    )
    assert saved == [first.name]  # "Open folder" opens the folder they are all in
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"funder - {name}.csv" for name in SHEETS
    )
    people_file = (folder / "funder - People.csv").read_text(encoding="utf-8-sig")
    assert people_file.splitlines() == [
        "Person ID,Roles,Name,Full name",
        "P0001,Person with lived experience,Amira,Amira Haddad",
        "P0002,Person with lived experience; Professional,,",
    ]


def test_csv_files_already_there_are_replaced_only_when_asked(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    modals: Modals,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _seed(database, people)
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "records - Payments.csv").write_text("last year's")
    _save_as(monkeypatch, folder / "records.csv")

    def as_csv(dialog: RecordsExportDialog) -> None:
        choose(dialog.form.formatCombo, FORMATS[1][0])
        click(qtbot, button(dialog, OK))

    dialogs.on(RecordsExportDialog, as_csv)
    # The guard answers the question by closing it: nothing is replaced.
    assert open_records_export(window) is None
    assert [box.title for box in modals.boxes] == ["Replace the files?"]
    assert "records - Payments.csv" in modals.boxes[0].text
    assert [p.name for p in folder.iterdir()] == ["records - Payments.csv"]
    assert (folder / "records - Payments.csv").read_text() == "last year's"


def test_stopping_while_it_saves_leaves_no_files(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _seed(database, people)
    folder = tmp_path / "exports"
    folder.mkdir()
    _save_as(monkeypatch, folder / "records.xlsx")
    dialogs.on(RecordsExportDialog, lambda d: click(qtbot, button(d, OK)))
    real_check = JobControl.check_cancelled
    checks: list[int] = []

    def cancel_on_the_third_check(control: JobControl) -> None:
        checks.append(1)
        if len(checks) == 3:  # as if Cancel were pressed while the sheets are written
            control.cancel()
        real_check(control)

    monkeypatch.setattr(JobControl, "check_cancelled", cancel_on_the_third_check)
    job = open_records_export(window)
    assert job is not None
    qtbot.waitUntil(lambda: job.finished, timeout=60_000)
    assert status_message(window) == "Stopped. The records export was not saved."
    assert list(folder.iterdir()) == []


def test_cancelling_the_dialog_asks_for_no_file(
    window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    add_project(database, "Carers' café")
    dialogs.on(RecordsExportDialog, lambda d: d.reject())
    # The guard in conftest fails the test if a file dialog opens.
    assert open_records_export(window) is None
    assert dialogs.opened == ["RecordsExportDialog: Export records for a funder"]
