"""The Projects screen: adding a project in its dialog, budgets and spending in the table and the
chart, and going to a project's sessions. Each check reads back what the database holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.project_dialog import ProjectDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages.projects_page import ProjectsPage
from coprod_desktop.gui.pages.sessions_page import SessionsPage
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import ProjectStage
from tests.gui.conftest import Dialogs, People
from tests.gui.helpers import click, type_text
from tests.gui.payment_seed import (
    add_project,
    add_session,
    approved,
    draft,
    paid,
    stored_projects,
)
from tests.gui.screen_helpers import (
    button,
    choose,
    click_table_row,
    column_texts,
    error_shown,
    has_focus,
    headers,
    projects_screen,
    row_texts,
    rows_of_problem,
    save_with_keyboard,
    set_day,
    status_message,
)


def test_a_new_project_is_saved_with_its_budget_in_pence(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    page = projects_screen(window)

    def fill(dialog: ProjectDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "New project"
        assert has_focus(dialog, f.nameEdit)
        type_text(qtbot, f.nameEdit, "Youth panel")
        choose(f.stageCombo, ProjectStage.CO_DELIVERY.label)
        type_text(qtbot, f.budgetEdit, "2,500")
        save_with_keyboard(qtbot, dialog, f.budgetEdit)
        assert not dialog.isVisible()

    dialogs.on(ProjectDialog, fill)
    click(qtbot, page.form.newButton)

    assert dialogs.opened == ["ProjectDialog: New project"]
    [project] = stored_projects(database)
    assert project.data.name == "Youth panel"
    assert project.data.budget_pence == 250_000
    assert project.data.stage is ProjectStage.CO_DELIVERY
    assert project.data.start_date is None and project.data.end_date is None
    # The table shows it, selected, and the window says it was saved.
    assert page.selected_id() == project.id
    assert row_texts(page.form.table, 0)["Budget"] == "£2,500.00"
    assert status_message(window) == "Project saved."


def test_a_budget_with_a_fraction_of_a_penny_is_refused_beside_the_budget(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    page = projects_screen(window)
    seen: list[str] = []
    rows: list[tuple[int | None, int]] = []

    def fill(dialog: ProjectDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.nameEdit, "Youth panel")
        type_text(qtbot, f.budgetEdit, "12.505")
        save_with_keyboard(qtbot, dialog, f.nameEdit)
        assert dialog.isVisible(), "the dialog closed on a wrong budget"
        seen.append(error_shown(dialog, "budget_pence").text())
        rows.append(rows_of_problem(dialog, "budget_pence", f.budgetEdit))
        assert f.errorSummary.isVisibleTo(dialog)
        assert "Budget for involvement payments" in f.errorSummary.text()
        # Read out with the field, and the field gets the focus to put it right.
        assert "more than two digits after the point" in f.budgetEdit.accessibleDescription()
        assert has_focus(dialog, f.budgetEdit)
        # What was typed is still there.
        assert f.nameEdit.text() == "Youth panel"
        assert f.budgetEdit.text() == "12.505"

    dialogs.on(ProjectDialog, fill)
    click(qtbot, page.form.newButton)

    assert len(seen) == 1
    assert seen[0].startswith("⚠ Budget for involvement payments '12.505' has more than two")
    assert stored_projects(database) == []
    assert page.model.rowCount() == 0
    # Beside the budget: on the form's row straight under the budget field.
    [(problem_row, budget_row)] = rows
    assert problem_row == budget_row + 1, "the problem is not shown under the budget field"


def test_an_end_date_before_the_start_is_refused(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    page = projects_screen(window)
    seen: list[str] = []

    def fill(dialog: ProjectDialog) -> None:
        f = dialog.form
        # Both dates start as "Not set".
        assert f.startEdit.text() == "Not set" and f.endEdit.text() == "Not set"
        type_text(qtbot, f.nameEdit, "Youth panel")
        set_day(f.startEdit, date(2025, 6, 1))
        set_day(f.endEdit, date(2025, 5, 1))
        save_with_keyboard(qtbot, dialog, f.endEdit)
        assert dialog.isVisible()
        seen.append(error_shown(dialog, "end_date").text())

    dialogs.on(ProjectDialog, fill)
    click(qtbot, page.form.newButton)

    assert seen == [
        "⚠ End date (1 May 2025) is before the start date (1 June 2025). Check both dates."
    ]
    assert stored_projects(database) == []


def test_cancel_saves_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    page = projects_screen(window)

    def fill(dialog: ProjectDialog) -> None:
        type_text(qtbot, dialog.form.nameEdit, "Youth panel")
        click(qtbot, button(dialog, QDialogButtonBox.StandardButton.Cancel))

    dialogs.on(ProjectDialog, fill)
    click(qtbot, page.form.newButton)
    assert stored_projects(database) == []


def _seed_spending(database: Database, people: People) -> dict[str, int]:
    """An overspent project, one within budget and one with no budget."""
    youth = add_project(database, "Youth panel", 10_000, start=date(2025, 9, 1))
    cafe = add_project(database, "Carers' café", 50_000, start=date(2025, 4, 1))
    walks = add_project(database, "Walking group")
    paid(database, people.amira, 7_000, project_id=youth)  # paid: £70
    approved(database, people.fatima, 6_000, project_id=youth)  # committed: £60
    draft(database, people.wang, 2_000, project_id=youth)  # not yet committed: £20
    approved(database, people.sam, 12_550, project_id=cafe)
    return {"youth": youth, "cafe": cafe, "walks": walks}


def test_the_table_shows_budget_committed_paid_and_what_is_left(
    window: MainWindow, database: Database, people: People
) -> None:
    _seed_spending(database, people)
    page = projects_screen(window)
    table = page.form.table
    assert headers(table) == [
        "Project",
        "Stage",
        "Starts",
        "Ends",
        "Budget",
        "Committed",
        "Paid",
        "Left",
    ]
    # Newest start first; projects without a start date last.
    assert column_texts(table, "Project") == ["Youth panel", "Carers' café", "Walking group"]
    youth, cafe, walks = (row_texts(table, row) for row in range(3))
    assert youth["Starts"] == "01 Sep 2025"
    assert (youth["Budget"], youth["Committed"], youth["Paid"], youth["Left"]) == (
        "£100.00",
        "£130.00",
        "£70.00",
        "Over by £30.00",
    )
    assert (cafe["Budget"], cafe["Committed"], cafe["Paid"], cafe["Left"]) == (
        "£500.00",
        "£125.50",
        "£0.00",
        "£374.50",
    )
    assert (walks["Budget"], walks["Left"]) == ("No budget set", "No budget")


def test_the_spending_chart_describes_its_figures(
    qtbot: QtBot, window: MainWindow, database: Database, people: People
) -> None:
    _seed_spending(database, people)
    page = projects_screen(window)
    click_table_row(qtbot, page.form.table, 0)
    assert page.selected() is not None
    chart = _chart(page)
    qtbot.waitUntil(chart.isVisible)
    assert chart.accessibleName() == "Spending on Youth panel"
    assert chart.accessibleDescription() == (
        "Spending on Youth panel: Budget £100.00, Paid £70.00, Approved, not yet paid £60.00, "
        "Drafts waiting approval £20.00."
    )
    assert page.form.chartArea.accessibleName() == "Spending against budget"
    summary = page.form.messageLabel.text()
    assert "OVER BUDGET by £30.00 (budget £100.00)" in summary
    assert "£20.00 more in drafts waiting for approval" in summary

    # Another project: the chart is replaced, not added to.
    click_table_row(qtbot, page.form.table, 2)
    chart = _chart(page)
    assert chart.accessibleDescription() == (
        "Spending on Walking group: Paid £0.00, Approved, not yet paid £0.00, "
        "Drafts waiting approval £0.00."
    )
    assert "no budget is set" in page.form.messageLabel.text()


def _chart(page: ProjectsPage) -> QSvgWidget:
    assert page.chart_layout.count() == 1
    item = page.chart_layout.itemAt(0)
    assert item is not None
    chart = item.widget()
    assert isinstance(chart, QSvgWidget)
    return chart


def test_sessions_of_this_project_shows_the_sessions_screen_filtered(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    youth = add_project(database, "Youth panel", start=date(2025, 9, 1))
    cafe = add_project(database, "Carers' café", start=date(2025, 4, 1))
    add_session(database, youth, title="Youth planning")
    add_session(database, cafe, title="Café tasting")
    add_session(database, cafe, date(2025, 12, 1), title="Café review")
    page = projects_screen(window)
    assert not page.form.sessionsButton.isEnabled()
    click_table_row(qtbot, page.form.table, 1)
    assert page.selected_id() == cafe
    click(qtbot, page.form.sessionsButton)

    sessions = window.pages.currentWidget()
    assert isinstance(sessions, SessionsPage)
    assert window.navigation.currentItem().text() == "Sessions"
    assert sessions.project_filter() == cafe
    assert sessions.form.projectFilter.currentText() == "Carers' café"
    assert column_texts(sessions.form.table, "Session") == ["Café review", "Café tasting"]
    assert sessions.form.countLabel.text() == "2 sessions"
