"""The Projects screen's Cycle and Values self-check tabs: the current stage drawn and said in
words, moving a project on (and a refused move), removing a move, filling in a self-check with
the staff-only warning, and the table and chart that show the checks. Each check reads back
what the database holds."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.cycle_widget import YOU_ARE_HERE, CycleWidget
from coprod_desktop.gui.dialogs.cycle_move_dialog import CycleMoveDialog
from coprod_desktop.gui.dialogs.values_check_dialog import (
    NO_RATING,
    STAFF_ONLY_WARNING,
    ValuesCheckDialog,
)
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages.projects_page import ProjectsPage
from coprod_desktop.services import cycle, values_check
from coprod_desktop.services.cycle import CycleMoveData, CycleMoveRecord
from coprod_desktop.services.form_checks import FieldProblem, ValidationError
from coprod_desktop.services.values_check import RatingData, ValuesCheckData, ValuesCheckRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import CoproductionLevel, CoproductionValue, CycleStage
from tests.gui.conftest import Dialogs, Modals
from tests.gui.helpers import click, press, show_active, type_text
from tests.gui.payment_seed import add_project, add_session
from tests.gui.screen_helpers import (
    button,
    choose,
    click_table_row,
    column_texts,
    error_shown,
    projects_screen,
    retype,
    save_with_keyboard,
    set_day,
    status_message,
)
from tests.gui.test_accessibility import (
    _clashes,
    _describe,
    _focusable,
    _labels_with_buddies,
    _mnemonic,
    _unnamed,
)
from tests.gui.test_screens_accessibility import _texts

S = CycleStage
V = CoproductionValue
SAVE = QDialogButtonBox.StandardButton.Save


# --- seeding --------------------------------------------------------------------------------------
def moved(database: Database, project_id: int, stage: CycleStage, day: date, note: str = "") -> int:
    with database.transaction() as session:
        return cycle.move_project(session, project_id, CycleMoveData(stage, day, note))


def history(database: Database, project_id: int) -> list[CycleMoveRecord]:
    with database.reading() as session:
        return cycle.cycle_history(session, project_id)


def checked(
    database: Database, project_id: int, day: date, ratings: tuple[int, ...], lived: int = 3
) -> int:
    with database.transaction() as session:
        return values_check.add_check(
            session,
            ValuesCheckData(
                project_id=project_id,
                checked_on=day,
                level=CoproductionLevel.INTERMEDIATE,
                lived_experience_count=lived,
                staff_count=2,
                ratings=tuple(
                    RatingData(v, r) for v, r in zip(CoproductionValue, ratings, strict=True)
                ),
            ),
        )


def stored_checks(database: Database, project_id: int) -> list[ValuesCheckRecord]:
    with database.reading() as session:
        return values_check.list_checks(session, project_id)


def showing(qtbot: QtBot, window: MainWindow, tab: str) -> ProjectsPage:
    """The Projects screen with its first project selected and the tab ``tab`` showing."""
    page = projects_screen(window)
    click_table_row(qtbot, page.form.table, 0)
    shown = getattr(page.form, tab)
    assert isinstance(shown, QWidget)
    page.form.detailTabs.setCurrentWidget(shown)
    return page


# --- the cycle ------------------------------------------------------------------------------------
def test_the_cycle_tab_shows_the_current_stage_in_words_and_drawn(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    youth = add_project(database, "Youth panel", start=date(2025, 9, 1))
    add_project(database, "Walking group", start=date(2025, 4, 1))
    moved(database, youth, S.STORIES, date(2025, 10, 1), "First workshops")
    moved(database, youth, S.COLLECTIVE_EVIDENCE, date(2026, 1, 12), "Stories written up")
    page = projects_screen(window)
    click_table_row(qtbot, page.form.table, 0)
    f = page.form
    f.detailTabs.setCurrentWidget(f.cycleTab)
    assert f.detailTabs.tabText(f.detailTabs.currentIndex()) == "C&ycle"

    assert f.cycleStageLabel.text() == (
        "Where it is in the cycle: Collective evidence (since 12 January 2026)."
    )
    diagram = page.cycle_tab.diagram
    assert isinstance(diagram, CycleWidget)
    qtbot.waitUntil(diagram.isVisible)
    assert diagram.current is S.COLLECTIVE_EVIDENCE
    assert diagram.accessibleName() == "The cycle of co-production"
    assert diagram.accessibleDescription().endswith(
        f"{YOU_ARE_HERE}: Collective evidence (since 12 January 2026)."
    )
    assert "Lived experience, then Stories shared, then Collective evidence" in (
        diagram.accessibleDescription()
    )
    # It paints (the six stages round a ring, none of them overlapping).
    assert not diagram.grab().isNull()
    boxes = list(diagram.stage_boxes().values())
    assert len(boxes) == 6
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    # The history, oldest first, with the latest move selected.
    assert column_texts(f.cycleHistoryTable, "Date") == ["1 October 2025", "12 January 2026"]
    assert column_texts(f.cycleHistoryTable, "Cycle stage") == [
        "Stories shared",
        "Collective evidence",
    ]
    assert column_texts(f.cycleHistoryTable, "Note") == ["First workshops", "Stories written up"]
    selected = page.cycle_tab.selected()
    assert selected is not None and selected.stage is S.COLLECTIVE_EVIDENCE

    # A project not placed yet says so, in the label and the drawing.
    click_table_row(qtbot, f.table, 1)
    assert f.cycleStageLabel.text() == "Where it is in the cycle: Not placed on the cycle yet."
    assert diagram.current is None
    assert diagram.accessibleDescription().endswith("This project is not placed on the cycle yet.")
    assert f.cycleHistoryTable.model().rowCount() == 0
    assert f.moveButton.isEnabled() and not f.removeMoveButton.isEnabled()


def test_moving_to_another_stage_through_the_dialog(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    youth = add_project(database, "Youth panel", start=date(2025, 9, 1))
    moved(database, youth, S.COLLECTIVE_EVIDENCE, date(2025, 12, 1))
    page = showing(qtbot, window, "cycleTab")
    seen: list[str] = []

    def fill(dialog: CycleMoveDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "Move Youth panel to another stage of the cycle"
        assert f.nowLabel.text() == (
            "Where it is in the cycle now: Collective evidence (since 1 December 2025)."
        )
        # The next stage round the cycle is offered first, with what it means.
        assert f.stageCombo.currentText() == "Strategic co-production"
        assert f.stageHint.text().startswith("A smaller group uses the evidence")
        # Where it already is: refused beside the stage, and the form stays open.
        choose(f.stageCombo, "Collective evidence")
        set_day(f.dateEdit, date(2026, 2, 3))
        save_with_keyboard(qtbot, dialog, f.dateEdit)
        assert dialog.isVisible()
        seen.append(error_shown(dialog, "stage").text())
        choose(f.stageCombo, "Strategic co-production")
        type_text(qtbot, f.noteEdit, "Steering group chose three priorities")
        click(qtbot, button(dialog, SAVE))
        assert not dialog.isVisible()

    dialogs.on(CycleMoveDialog, fill)
    click(qtbot, page.form.moveButton)

    assert seen == [
        "⚠ Cycle stage: Youth panel is already at Collective evidence (since 1 December "
        "2025). Choose the stage it has moved to."
    ]
    stored = history(database, youth)
    assert [(m.stage, m.moved_on, m.note) for m in stored] == [
        (S.COLLECTIVE_EVIDENCE, date(2025, 12, 1), ""),
        (S.STRATEGIC, date(2026, 2, 3), "Steering group chose three priorities"),
    ]
    assert page.form.cycleStageLabel.text() == (
        "Where it is in the cycle: Strategic co-production (since 3 February 2026)."
    )
    assert page.cycle_tab.diagram.current is S.STRATEGIC
    assert status_message(window) == "Moved Youth panel to Strategic co-production."
    selected = page.cycle_tab.selected()
    assert selected is not None and selected.stage is S.STRATEGIC


def test_after_evaluation_the_dialog_offers_lived_experience_again(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    youth = add_project(database, "Youth panel")
    moved(database, youth, S.EVALUATION, date(2025, 12, 1))
    page = showing(qtbot, window, "cycleTab")
    offered: list[str] = []
    dialogs.on(CycleMoveDialog, lambda d: offered.append(d.form.stageCombo.currentText()))
    click(qtbot, page.form.moveButton)
    assert offered == ["Lived experience"]
    assert len(history(database, youth)) == 1  # closed without saving


def test_a_move_is_removed_only_after_confirming(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    youth = add_project(database, "Youth panel")
    moved(database, youth, S.STORIES, date(2025, 10, 1))
    moved(database, youth, S.OUTPUTS, date(2025, 11, 1), "Clicked the wrong stage")
    page = showing(qtbot, window, "cycleTab")
    asked: list[str] = []

    def answer(yes: bool) -> None:
        def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
            asked.append(text)
            return yes

        monkeypatch.setattr("coprod_desktop.gui.pages.project_cycle_tab.confirm", confirm)

    answer(False)
    click(qtbot, page.form.removeMoveButton)
    assert len(history(database, youth)) == 2
    assert asked[0].startswith(
        "Remove the move to Co-produced outputs and services on 1 November 2025 from the "
        "history of Youth panel?"
    )
    answer(True)
    click(qtbot, page.form.removeMoveButton)
    assert [m.stage for m in history(database, youth)] == [S.STORIES]
    assert page.form.cycleStageLabel.text() == (
        "Where it is in the cycle: Stories shared (since 1 October 2025)."
    )
    assert status_message(window) == "Move removed."


# --- the values self-check ------------------------------------------------------------------------
RATINGS = {
    V.SHARING_POWER: "2 A little",
    V.ALL_PERSPECTIVES: "3 Partly",
    V.RESPECTING_KNOWLEDGE: "3 Partly",
    V.RECIPROCITY: "4 Mostly",
    V.RELATIONSHIPS: "2 A little",
}


def test_filling_in_a_self_check_done_by_staff_alone(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    youth = add_project(database, "Youth panel", start=date(2025, 9, 1))
    add_session(database, youth, date(2025, 11, 4), title="Review meeting")
    page = showing(qtbot, window, "valuesTab")
    assert page.form.valuesSummaryLabel.text().startswith("No values self-checks yet.")
    warnings: list[tuple[bool, str]] = []

    def fill(dialog: ValuesCheckDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "New values self-check: Youth panel"
        # Nobody counted yet: no warning until someone is.
        assert not dialog.staff_only_shown()
        set_day(f.dateEdit, date(2025, 11, 4))
        choose(f.sessionCombo, "Review meeting (4 November 2025)")
        retype(qtbot, f.staffSpin, "2")
        warnings.append((dialog.staff_only_shown(), f.staffOnlyWarning.text()))
        # Someone with lived experience counted: the warning goes; none again: it is back.
        retype(qtbot, f.livedSpin, "3")
        warnings.append((dialog.staff_only_shown(), ""))
        retype(qtbot, f.livedSpin, "0")
        warnings.append((dialog.staff_only_shown(), ""))
        choose(f.levelCombo, "Descriptive")
        assert f.levelHint.text() == "Co-production happens, but it is not yet recognised."
        for value, text in RATINGS.items():
            assert dialog.ratings[value].currentText() == NO_RATING
            choose(dialog.ratings[value], text)
        type_text(qtbot, dialog.comments[V.SHARING_POWER], "Staff still set the agenda")
        type_text(qtbot, f.commentsEdit, "Next time, invite the whole group")
        save_with_keyboard(qtbot, dialog, f.commentsEdit)
        assert not dialog.isVisible()

    dialogs.on(ValuesCheckDialog, fill)
    click(qtbot, page.form.newCheckButton)

    assert warnings == [(True, STAFF_ONLY_WARNING), (False, ""), (True, "")]
    assert "filled in by staff alone" in STAFF_ONLY_WARNING
    [stored] = stored_checks(database, youth)
    data = stored.data
    assert (data.checked_on, data.lived_experience_count, data.staff_count) == (
        date(2025, 11, 4),
        0,
        2,
    )
    assert data.level is CoproductionLevel.DESCRIPTIVE
    assert [r.rating for r in data.ratings] == [2, 3, 3, 4, 2]
    assert data.ratings[0].comments == "Staff still set the agenda"
    assert data.comments == "Next time, invite the whole group"
    assert stored.session_title == "Review meeting (4 November 2025)"
    assert stored.staff_only and stored.average_text == "2.8"
    assert status_message(window) == "Values self-check saved."

    # The table says "Staff only" in words, with a warning icon beside it.
    table = page.form.valuesTable
    assert column_texts(table, "Who took part") == [
        "Staff only (2 staff): no one with lived experience took part"
    ]
    assert column_texts(table, "Average") == ["2.8 out of 5"]
    assert column_texts(table, "Level") == ["Descriptive"]
    who = table.model().index(0, 3)
    assert who.data(Qt.ItemDataRole.DecorationRole) is not None
    # The chart reads every figure out; the summary says who took part.
    chart = page.values_tab.chart
    assert chart is not None
    assert chart.accessibleName() == "Values self-checks: Youth panel"
    assert chart.accessibleDescription() == (
        "1 values self-check for Youth panel, oldest first. Ratings go from 1 (not yet) to 5 "
        "(fully). Self-check on 4 November 2025 (staff only): Sharing power 2, All "
        "perspectives and skills 3, Respecting knowledge 3, Reciprocity 4, Relationships 2; "
        "average 2.8."
    )
    assert page.form.valuesSummaryLabel.text() == (
        "Latest self-check, 4 November 2025: average 2.8 out of 5, level Descriptive. "
        "Staff only (2 staff): no one with lived experience took part."
    )


def test_a_self_check_with_values_not_rated_is_not_saved(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    youth = add_project(database, "Youth panel")
    page = showing(qtbot, window, "valuesTab")
    seen: list[str] = []

    def fill(dialog: ValuesCheckDialog) -> None:
        f = dialog.form
        set_day(f.dateEdit, date(2025, 11, 4))
        retype(qtbot, f.livedSpin, "4")
        choose(dialog.ratings[V.SHARING_POWER], "5 Fully")
        save_with_keyboard(qtbot, dialog, f.livedSpin)
        assert dialog.isVisible()
        seen.append(error_shown(dialog, "rating_relationships").text())
        seen.append(f.errorSummary.text())
        # What was chosen is still there.
        assert dialog.ratings[V.SHARING_POWER].currentText() == "5 Fully"
        assert f.livedSpin.value() == 4

    dialogs.on(ValuesCheckDialog, fill)
    click(qtbot, page.form.newCheckButton)
    assert seen[0] == (
        "⚠ Building and keeping relationships has no rating. Choose from 1 (not yet) to 5 (fully)."
    )
    assert seen[1].startswith("⚠ Nothing was saved. Please fix 4 things")
    assert stored_checks(database, youth) == []


TODAY = date(2025, 11, 24)


def _overlapping(top: QWidget) -> list[tuple[str, str]]:
    """Pairs of the form's visible fields, labels and messages drawn over each other."""
    shown = [
        w
        for w in top.findChildren(QWidget)
        if w.parentWidget() in (top, *top.findChildren(QWidget, "ratingsBox"))
        and w.objectName() != "ratingsBox"
        and w.isVisibleTo(top)
    ]
    places = {w: QRect(w.mapTo(top, QPoint(0, 0)), w.size()) for w in shown}
    return [
        (_describe(a), _describe(b))
        for i, a in enumerate(shown)
        for b in shown[i + 1 :]
        if places[a].intersects(places[b])
    ]


def _text_fits(label: QLabel) -> bool:
    """Every line of the label's wrapped text is inside it (none cut off at the bottom)."""
    room = label.contentsRect()
    needed = label.fontMetrics().boundingRect(
        QRect(0, 0, room.width(), 100_000), Qt.TextFlag.TextWordWrap, label.text()
    )
    return needed.height() <= room.height()


def _in_view(dialog: ValuesCheckDialog, widget: QWidget) -> bool:
    """At least the top of ``widget`` (a text box's first line, where its cursor is) is in the
    part of the form scrolled into view."""
    viewport = dialog.form.scrollArea.viewport()
    top = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    top.setHeight(min(top.height(), 30))
    return bool(viewport.rect().contains(top))


def test_many_problems_are_all_shown_in_full_and_listed_in_the_forms_order(
    qtbot: QtBot, database: Database
) -> None:
    youth = add_project(database, "Youth panel")

    def save(data: ValuesCheckData) -> int:
        with database.transaction() as session:
            return values_check.add_check(session, data, TODAY)

    dialog = ValuesCheckDialog(save, youth, "Youth panel", [], today=TODAY)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    f = dialog.form
    # Like the story and development forms, the calendar stops at today.
    assert f.dateEdit.maximumDate().toPython() == TODAY
    retype(qtbot, f.staffSpin, "2")  # staff alone: the warning shows too
    choose(dialog.ratings[V.SHARING_POWER], "2 A little")
    dialog.comments[V.SHARING_POWER].setText("x" * 2_100)
    f.commentsEdit.setPlainText("y" * 2_345)
    dialog.accept_form()  # at the size the form opens at
    assert dialog.isVisible() and dialog.staff_only_shown()
    assert stored_checks(database, youth) == []
    unrated = [v.label for v in CoproductionValue if v is not V.SHARING_POWER]
    # The service finds the overall comments first; the summary follows the form, top down.
    assert f.errorSummary.text() == (
        "⚠ Nothing was saved. Please fix 6 things, marked below: Comments on sharing power, "
        f"{', '.join(unrated)}, Overall comments."
    )
    messages = [error_shown(dialog, "comments_sharing_power"), error_shown(dialog, "comments")]
    messages += [error_shown(dialog, f"rating_{v.value}") for v in list(CoproductionValue)[1:]]
    wrapped = [*messages, f.staffOnlyWarning, f.levelHint]

    def laid_out() -> None:  # once the layout has settled (it runs when events are handled)
        assert all(_text_fits(label) for label in wrapped)
        assert _overlapping(f.scrollContent) == []
        assert _overlapping(f.ratingsBox) == []

    qtbot.waitUntil(laid_out)
    # The form scrolls: the first problem is in view, and going to the last brings it there.
    assert dialog.focusWidget() is dialog.comments[V.SHARING_POWER]
    qtbot.waitUntil(lambda: _in_view(dialog, dialog.comments[V.SHARING_POWER]))
    assert not _in_view(dialog, f.commentsEdit)
    f.commentsEdit.setFocus()
    qtbot.waitUntil(lambda: _in_view(dialog, f.commentsEdit))
    assert f.scrollArea.verticalScrollBar().value() > 0
    # Narrower still, nothing is cut off or drawn over: the messages wrap onto more lines.
    dialog.resize(540, dialog.height())
    qtbot.waitUntil(laid_out)


def test_opening_a_self_check_shows_it_and_saves_the_change(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    youth = add_project(database, "Youth panel")
    checked(database, youth, date(2025, 6, 3), (1, 2, 2, 2, 1), lived=0)
    later = checked(database, youth, date(2025, 10, 3), (3, 3, 4, 4, 3))
    page = showing(qtbot, window, "valuesTab")
    table = page.form.valuesTable
    assert column_texts(table, "Date") == ["3 June 2025", "3 October 2025"]
    assert column_texts(table, "Average") == ["1.6 out of 5", "3.4 out of 5"]
    # Only the staff-only check carries the icon.
    icons = [table.model().index(r, 3).data(Qt.ItemDataRole.DecorationRole) for r in (0, 1)]
    assert icons[0] is not None and icons[1] is None
    selected = page.values_tab.selected()
    assert selected is not None and selected.id == later  # the latest, selected

    def change(dialog: ValuesCheckDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "Values self-check on 3 October 2025: Youth panel"
        assert (f.livedSpin.value(), f.staffSpin.value()) == (3, 2)
        assert f.levelCombo.currentText() == "Intermediate"
        assert [c.currentText() for c in dialog.ratings.values()] == [
            "3 Partly",
            "3 Partly",
            "4 Mostly",
            "4 Mostly",
            "3 Partly",
        ]
        assert not dialog.staff_only_shown()
        choose(dialog.ratings[V.SHARING_POWER], "5 Fully")
        click(qtbot, button(dialog, SAVE))

    dialogs.on(ValuesCheckDialog, change)
    click_table_row(qtbot, table, 1)
    click(qtbot, page.form.openCheckButton)
    changed = stored_checks(database, youth)[1]
    assert [r.rating for r in changed.data.ratings] == [5, 3, 4, 4, 3]
    assert column_texts(table, "Average") == ["1.6 out of 5", "3.8 out of 5"]


def test_a_self_check_is_deleted_only_after_confirming(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    youth = add_project(database, "Youth panel")
    checked(database, youth, date(2025, 6, 3), (1, 2, 2, 2, 1))
    page = showing(qtbot, window, "valuesTab")
    monkeypatch.setattr("coprod_desktop.gui.pages.project_values_tab.confirm", lambda *_args: True)
    click(qtbot, page.form.deleteCheckButton)
    assert stored_checks(database, youth) == []
    assert page.form.valuesTable.model().rowCount() == 0
    assert not page.form.deleteCheckButton.isEnabled()
    assert status_message(window) == "Values self-check deleted."


# --- accessibility of the two dialogs -------------------------------------------------------------
def _nothing(*_args: object) -> int:
    return 1


@pytest.mark.parametrize("kind", ["move", "values"])
def test_the_dialogs_name_every_control_and_have_unique_mnemonics(
    qtbot: QtBot, database: Database, kind: str
) -> None:
    dialog: QDialog
    if kind == "move":
        dialog = CycleMoveDialog(_nothing, "Youth panel", None)
    else:
        dialog = ValuesCheckDialog(_nothing, 1, "Youth panel", [(1, "Review (4 November 2025)")])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert len(_focusable(dialog)) >= 4
    assert _unnamed(dialog) == []
    missing = [
        f"{_describe(label)}: {label.text()!r}"
        for label in _labels_with_buddies(dialog)
        if not _mnemonic(label.text())
    ]
    assert missing == []
    assert _clashes(_texts(dialog)) == {}
    # Problems shown: still everything named.
    if isinstance(dialog, ValuesCheckDialog):
        dialog._save = _refuse
        dialog.accept_form()
        assert dialog.form.errorSummary.isVisibleTo(dialog)
        assert _unnamed(dialog) == []


def _refuse(_data: object) -> int:
    raise ValidationError(
        [FieldProblem("rating_sharing_power", "Sharing power has no rating.", "Sharing power")]
    )


def test_closing_a_changed_self_check_asks_first(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, modals: Modals
) -> None:
    youth = add_project(database, "Youth panel")
    page = showing(qtbot, window, "valuesTab")
    modals.answer = QMessageBox.StandardButton.Discard
    closed: list[bool] = []

    def change_then_escape(dialog: ValuesCheckDialog) -> None:
        retype(qtbot, dialog.form.staffSpin, "2")
        press(qtbot, dialog, Qt.Key.Key_Escape)
        closed.append(not dialog.isVisible())

    dialogs.on(ValuesCheckDialog, change_then_escape)
    click(qtbot, page.form.newCheckButton)
    assert modals.questions == ["You have changed this form but not saved it. Save the changes?"]
    assert closed == [True]
    assert stored_checks(database, youth) == []
