"""Every form dialog asks before closing with changes not saved (FormDialog), as the person's
form does: Save saves (and closes only if it worked), Discard closes, Cancel stays."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.dialogs.goal_dialog import GoalDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.services.form_checks import FieldProblem, ValidationError
from coprod_desktop.services.goals import GoalData
from coprod_desktop.storage.database import Database
from tests.gui.conftest import Modals
from tests.gui.helpers import click, press, show_active, type_text
from tests.gui.payment_seed import add_project, add_session
from tests.gui.screen_helpers import choose

PROJECTS = [(1, "Carers' café")]


def _goal_dialog(qtbot: QtBot, saved: list[GoalData]) -> GoalDialog:
    def save(data: GoalData) -> int:
        if not data.title.strip():  # as the service refuses it
            raise ValidationError([FieldProblem("title", "Goal is empty.", "Goal")])
        saved.append(data)
        return 1

    dialog = GoalDialog(save, PROJECTS, project_id=1, today=date(2025, 11, 24))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def test_closing_an_untouched_form_asks_nothing(qtbot: QtBot, modals: Modals) -> None:
    dialog = _goal_dialog(qtbot, [])
    press(qtbot, dialog.form.titleEdit, Qt.Key.Key_Escape)
    assert modals.questions == [] and dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize(
    ("answer", "open_after", "saved_count"),
    [
        (QMessageBox.StandardButton.Cancel, True, 0),
        (QMessageBox.StandardButton.Discard, False, 0),
        (QMessageBox.StandardButton.Save, False, 1),
    ],
)
def test_closing_a_changed_form_asks_first(
    qtbot: QtBot,
    modals: Modals,
    answer: QMessageBox.StandardButton,
    open_after: bool,
    saved_count: int,
) -> None:
    saved: list[GoalData] = []
    dialog = _goal_dialog(qtbot, saved)
    type_text(qtbot, dialog.form.titleEdit, "Carers feel heard")
    modals.answer = answer
    press(qtbot, dialog.form.titleEdit, Qt.Key.Key_Escape)
    assert modals.questions == ["You have changed this form but not saved it. Save the changes?"]
    assert dialog.isVisible() is open_after
    assert len(saved) == saved_count
    if saved:
        assert saved[0].title == "Carers feel heard"


def test_save_on_the_question_with_a_problem_keeps_the_form_open(
    qtbot: QtBot, modals: Modals
) -> None:
    saved: list[GoalData] = []
    dialog = _goal_dialog(qtbot, saved)
    type_text(qtbot, dialog.form.successEdit, "Something, but no title")
    modals.answer = QMessageBox.StandardButton.Save
    click(qtbot, dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel))
    assert dialog.isVisible() and saved == []


# Every screen's new-record form, opened as a person would and closed at once: no question.
NEW_FORMS = [
    ("Projects", "newButton"),
    ("Sessions", "newButton"),
    ("Payments", "addButton"),
    ("Payments", "expenseButton"),
    ("Rewards policy", "newButton"),
    ("Actions", "newButton"),
    ("Actions", "newGoalButton"),
    ("Decisions", "newButton"),
    ("You said, we did", "newButton"),
]


@pytest.mark.parametrize(("screen_title", "button_name"), NEW_FORMS)
def test_an_untouched_new_form_closes_without_a_question(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    modals: Modals,
    monkeypatch: pytest.MonkeyPatch,
    screen_title: str,
    button_name: str,
) -> None:
    project = add_project(database, "Carers' café")
    add_session(database, project)
    opened: list[str] = []

    def open_then_close(dialog: QDialog) -> int:
        show_active(qtbot, dialog)
        opened.append(type(dialog).__name__)
        press(qtbot, dialog, Qt.Key.Key_Escape)
        if dialog.isVisible():  # a question kept it open: close it for the next test
            dialog.done(QDialog.DialogCode.Rejected)
        return dialog.result()

    # Every form dialog, including those conftest answers for the screens' own tests.
    for kind in (FormDialog, *FormDialog.__subclasses__()):
        monkeypatch.setattr(kind, "exec", open_then_close)
    screen = window.show_screen(screen_title)
    if screen_title == "Actions":
        choose(screen.form.projectFilter, "Carers' café")  # type: ignore[attr-defined]
    click(qtbot, getattr(screen.form, button_name))  # type: ignore[attr-defined]
    assert opened, f"no form opened from {screen_title}: {button_name}"
    assert modals.questions == []
