"""The Rewards policy screen: the rates in force, new rates, and rates kept as they were once
payments have used them. Each check reads back what the database holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.rates_dialog import RatesDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.services import payments, policy
from coprod_desktop.services.payments import ExpenseClaim
from coprod_desktop.services.policy import RatesRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import ExpenseType
from tests.gui.conftest import Dialogs, Modals, People
from tests.gui.helpers import click, type_text
from tests.gui.screen_helpers import (
    button,
    click_table_row,
    policy_screen,
    retype,
    row_texts,
    save_with_keyboard,
    set_day,
    status_message,
)

DEFAULT_DAY = date(2024, 4, 6)  # the rates every new database starts with


def _stored_rates(database: Database) -> list[RatesRecord]:
    with database.reading() as session:
        return policy.list_rates(session)


def _use_the_default_rates(database: Database, people: People) -> None:
    """An expense claim, worked out under the rates in force on its date."""
    with database.transaction() as session:
        payments.add_expense(
            session,
            ExpenseClaim(
                participant_id=people.amira,
                expense_type=ExpenseType.PUBLIC_TRANSPORT,
                incurred_on=date(2025, 11, 4),
                amount_pence=450,
            ),
        )


def test_the_default_rates_are_shown(window: MainWindow, database: Database) -> None:
    page = policy_screen(window)
    assert page.model.rowCount() == 1
    assert row_texts(page.form.table, 0) == {
        "In force from": "06 Apr 2024",
        "Hourly": "£25.00",
        "Half day": "£75.00",
        "Full day": "£150.00",
        "Preparation, per hour": "£25.00",
        "Car, per mile": "45p",
        "Food and drink cap": "£10.00",
        "Used by payments": "Not yet",
    }
    # The newest set is selected, and where it comes from is shown under the table.
    assert page.form.openButton.isEnabled()
    [default] = _stored_rates(database)
    assert page.form.sourceView.toPlainText() == default.data.source
    assert default.data.source.strip() != ""


def test_new_rates_start_from_the_newest_and_are_saved(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    page = policy_screen(window)
    prefilled: list[dict[str, str]] = []

    def new_rates(dialog: RatesDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "New rates"
        prefilled.append({field: edit.text() for field, edit in dialog.money.items()})
        assert f.fromEdit.date().toPython() == date.today()
        assert f.careReceiptCheck.isChecked()
        assert f.sourceEdit.toPlainText() == ""  # where the new ones come from is new
        set_day(f.fromEdit, date(2026, 4, 6))
        retype(qtbot, f.hourlyEdit, "26.50")
        retype(qtbot, f.carEdit, "0.47")
        type_text(qtbot, f.sourceEdit, "Board decision, March 2026")
        save_with_keyboard(qtbot, dialog, f.hourlyEdit)
        assert not dialog.isVisible()

    dialogs.on(RatesDialog, new_rates)
    click(qtbot, page.form.newButton)

    assert prefilled == [
        {
            "hourly_pence": "25.00",
            "half_day_pence": "75.00",
            "full_day_pence": "150.00",
            "prep_hourly_pence": "25.00",
            "mileage_car_pence": "0.45",
            "mileage_motorcycle_pence": "0.24",
            "mileage_bicycle_pence": "0.20",
            "subsistence_cap_pence": "10.00",
        }
    ]
    newest, default = _stored_rates(database)
    assert default.data.effective_from == DEFAULT_DAY
    assert default.data.hourly_pence == 2500
    data = newest.data
    assert data.effective_from == date(2026, 4, 6)
    assert (data.hourly_pence, data.mileage_car_pence) == (2650, 47)
    # Everything not changed is carried over from the newest set.
    assert (data.half_day_pence, data.full_day_pence, data.subsistence_cap_pence) == (
        7500,
        15000,
        1000,
    )
    assert data.source == "Board decision, March 2026"
    assert page.model.rowCount() == 2
    assert row_texts(page.form.table, 0)["In force from"] == "06 Apr 2026"
    assert status_message(window) == "Rates saved."


def test_rates_from_a_date_that_already_has_rates_are_refused(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, modals: Modals
) -> None:
    page = policy_screen(window)
    still_open: list[bool] = []

    def same_day(dialog: RatesDialog) -> None:
        f = dialog.form
        set_day(f.fromEdit, DEFAULT_DAY)
        retype(qtbot, f.hourlyEdit, "30.00")
        save_with_keyboard(qtbot, dialog, f.hourlyEdit)
        still_open.append(dialog.isVisible())
        # What was typed is kept, to choose another date.
        assert f.hourlyEdit.text() == "30.00"

    dialogs.on(RatesDialog, same_day)
    click(qtbot, page.form.newButton)

    assert still_open == [True]
    assert [box.title for box in modals.boxes] == ["Could not save"]
    assert modals.boxes[0].text == (
        "There are already rates in force from 6 April 2024. Change those, or choose another date."
    )
    [only] = _stored_rates(database)
    assert only.data.hourly_pence == 2500


def test_rates_not_yet_used_can_be_corrected(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    page = policy_screen(window)

    def correct(dialog: RatesDialog) -> None:
        f = dialog.form
        assert "read only" not in dialog.windowTitle()
        assert f.hourlyEdit.isEnabled()
        retype(qtbot, f.subsistenceEdit, "12.00")
        save_with_keyboard(qtbot, dialog, f.subsistenceEdit)

    dialogs.on(RatesDialog, correct)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.openButton)
    [rates] = _stored_rates(database)
    assert rates.data.subsistence_cap_pence == 1200
    assert rates.data.effective_from == DEFAULT_DAY


def test_rates_used_by_payments_open_read_only(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    _use_the_default_rates(database, people)
    page = policy_screen(window)
    assert row_texts(page.form.table, 0)["Used by payments"] == "Yes"
    seen: list[dict[str, object]] = []

    def look(dialog: RatesDialog) -> None:
        f = dialog.form
        box = f.buttonBox
        seen.append(
            {
                "title": dialog.windowTitle(),
                "enabled": [
                    w.objectName()
                    for w in (*dialog.money.values(), f.fromEdit, f.careReceiptCheck)
                    if w.isEnabled()
                ],
                "source read only": f.sourceEdit.isReadOnly(),
                "buttons": [b.text() for b in box.buttons()],
            }
        )
        click(qtbot, button(dialog, QDialogButtonBox.StandardButton.Close))

    dialogs.on(RatesDialog, look)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.openButton)

    assert seen == [
        {
            "title": "Rates in force from 6 April 2024 (in use: read only)",
            "enabled": [],
            "source read only": True,
            "buttons": ["Close"],
        }
    ]
    [rates] = _stored_rates(database)
    assert rates.data.hourly_pence == 2500 and rates.used_by_payments


def test_ctrl_s_in_read_only_rates_does_nothing(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    modals: Modals,
) -> None:
    """Rates in use offer only Close; the save key must not try to save them and then
    complain that they cannot be saved."""
    _use_the_default_rates(database, people)
    page = policy_screen(window)

    def save_key(dialog: RatesDialog) -> None:
        save_with_keyboard(qtbot, dialog, dialog.form.sourceEdit)

    dialogs.on(RatesDialog, save_key)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.openButton)
    [rates] = _stored_rates(database)
    assert rates.data.hourly_pence == 2500
    assert [(box.title, box.text[:60]) for box in modals.boxes] == []
