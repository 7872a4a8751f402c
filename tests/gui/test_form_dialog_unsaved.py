"""Every form dialog asks before closing with changes not saved (FormDialog), as the person's
form does: Save saves (and closes only if it worked), Discard closes, Cancel stays."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.goal_dialog import GoalDialog
from coprod_desktop.services.form_checks import FieldProblem, ValidationError
from coprod_desktop.services.goals import GoalData
from tests.gui.conftest import Modals
from tests.gui.helpers import click, press, show_active, type_text

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
