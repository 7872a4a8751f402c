"""The Payments screen: filters, approving (with earnings-limit warnings), recording payment,
cancelling and reversing, payments and expenses entered by hand, statements and exports.
Each check reads back what the database (or the file written) holds."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pikepdf
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.payment_action_dialogs import (
    ApproveDialog,
    ExportDialog,
    ReasonDialog,
    StatementDialog,
)
from coprod_desktop.gui.dialogs.payment_dialogs import ExpenseDialog, MarkPaidDialog, PaymentDialog
from coprod_desktop.gui.jobs import Cancelled, JobControl
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages.payments_page import PaymentsPage
from coprod_desktop.services import payments
from coprod_desktop.settings import load_settings
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import (
    ExpenseType,
    PaymentKind,
    PaymentMethod,
    PaymentPreference,
    PaymentStatus,
    Vehicle,
)
from tests.gui.conftest import Dialogs, Modals, People
from tests.gui.helpers import click, press, type_text
from tests.gui.payment_seed import (
    add_project,
    approve,
    approved,
    draft,
    paid,
    set_preference,
    set_weekly_limit,
    stored_payment,
    stored_payments,
)
from tests.gui.screen_helpers import (
    button,
    choose,
    click_table_row,
    error_shown,
    has_focus,
    payments_screen,
    retype,
    save_with_keyboard,
    select_table_rows,
    set_day,
    status_message,
)

OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel
JOB_TIMEOUT_MS = 60_000


def _shown_ids(page: PaymentsPage) -> list[int]:
    return [record.id for record in page.model.records]


def _row(page: PaymentsPage, payment_id: int) -> int:
    found = page.model.row_where(lambda p: p.id == payment_id)
    assert found is not None, f"payment {payment_id} is not shown"
    return int(found)


def _select(page: PaymentsPage, *payment_ids: int) -> None:
    select_table_rows(page.form.table, [_row(page, p) for p in payment_ids])
    assert sorted(p.id for p in page.selected()) == sorted(payment_ids)


def _pick_person(qtbot: QtBot, edit: QLineEdit, typed: str, wanted: str) -> None:
    """Type part of a name, then choose ``wanted`` from the list the completer offers."""
    edit.setFocus()
    type_text(qtbot, edit, typed)
    completer = edit.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    offered = [
        str(completer.completionModel().index(row, 0).data())
        for row in range(completer.completionModel().rowCount())
    ]
    assert wanted in offered, offered
    row = offered.index(wanted)
    popup.setCurrentIndex(completer.completionModel().index(row, 0))
    press(qtbot, popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert edit.text() == wanted


# --- filters ------------------------------------------------------------------------------------
@pytest.fixture
def assorted(database: Database, people: People) -> dict[str, int]:
    youth = add_project(database, "Youth panel")
    cafe = add_project(database, "Carers' café")
    return {
        "amira_nov": draft(database, people.amira, 2500, date(2025, 11, 3), project_id=youth),
        "fatima_oct": approved(database, people.fatima, 4000, date(2025, 10, 10), project_id=cafe),
        "wang_sep": paid(database, people.wang, 3000, date(2025, 9, 1), kind=PaymentKind.VOUCHER),
        "amira_dec": draft(database, people.amira, 1500, date(2025, 12, 1), project_id=cafe),
        "youth": youth,
        "cafe": cafe,
    }


def test_filters_change_the_payments_shown(
    window: MainWindow, people: People, assorted: dict[str, int]
) -> None:
    page = payments_screen(window)
    f = page.form
    a = assorted
    # Newest first.
    assert _shown_ids(page) == [a["amira_dec"], a["amira_nov"], a["fatima_oct"], a["wang_sep"]]
    assert f.totalLabel.text() == (
        "4 payments shown: £30.00 paid, £40.00 approved, not yet paid, £40.00 draft."
    )

    choose(f.statusFilter, "Draft")
    assert _shown_ids(page) == [a["amira_dec"], a["amira_nov"]]
    choose(f.statusFilter, "Paid")
    assert _shown_ids(page) == [a["wang_sep"]]
    choose(f.statusFilter, "Any status")

    choose(f.personFilter, f"Amira ({people.amira})")
    assert _shown_ids(page) == [a["amira_dec"], a["amira_nov"]]
    choose(f.projectFilter, f"Carers' café ({a['cafe']})")
    assert _shown_ids(page) == [a["amira_dec"]]
    choose(f.personFilter, "Anyone")
    assert _shown_ids(page) == [a["amira_dec"], a["fatima_oct"]]
    choose(f.projectFilter, "Any project")

    # The dates start as "Not set"; from and to are each inclusive.
    assert f.fromEdit.text() == "Not set" and f.toEdit.text() == "Not set"
    set_day(f.fromEdit, date(2025, 10, 10))
    assert _shown_ids(page) == [a["amira_dec"], a["amira_nov"], a["fatima_oct"]]
    set_day(f.toEdit, date(2025, 11, 3))
    assert _shown_ids(page) == [a["amira_nov"], a["fatima_oct"]]
    choose(f.statusFilter, "Cancelled")
    assert _shown_ids(page) == []
    assert f.messageLabel.text().startswith("No payments match.")


# --- approving ----------------------------------------------------------------------------------
def test_approving_two_drafts_warns_of_a_weekly_limit_and_remembers_the_approver(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    set_weekly_limit(database, people.amira, 5000, "Permitted work limit")
    first = draft(database, people.amira, 4000, date(2025, 11, 3))
    second = draft(database, people.amira, 3000, date(2025, 11, 5))
    other = draft(database, people.wang, 1000, date(2025, 11, 5))
    page = payments_screen(window)
    _select(page, first, second)
    assert page.form.approveButton.isEnabled()
    shown: list[dict[str, object]] = []

    def approve_them(dialog: ApproveDialog) -> None:
        warnings = dialog.findChildren(QPlainTextEdit)
        shown.append(
            {
                "title": dialog.windowTitle(),
                "labels": [label.text() for label in dialog.findChildren(QLabel)],
                "warnings": [w.toPlainText() for w in warnings],
                "name": dialog.name_edit.text(),
            }
        )
        assert has_focus(dialog, dialog.name_edit)
        type_text(qtbot, dialog.name_edit, "Priya Shah")
        ok = button(dialog, OK)
        assert ok.text() == "&Approve"
        click(qtbot, ok)

    dialogs.on(ApproveDialog, approve_them)
    click(qtbot, page.form.approveButton)
    _wait_for_jobs(qtbot, page)

    [seen] = shown
    assert seen["title"] == "Approve 2 payments"
    assert seen["name"] == ""
    labels = seen["labels"]
    assert isinstance(labels, list)
    assert "Approve 2 payments to 1 person, £70.00 in all?" in labels
    assert "⚠ 1 earnings limit warning:" in labels
    assert seen["warnings"] == [
        "Amira asked us to keep their earnings for the week of 3 November 2025 under £50.00 "
        "(Permitted work limit). They have £0.00 already; these payments add £70.00, making "
        "£70.00: £20.00 over. Fees and vouchers count as income; expenses do not. Talk to them "
        "before paying."
    ]
    for payment_id in (first, second):
        stored = stored_payment(database, payment_id)
        assert stored.status is PaymentStatus.APPROVED
        assert stored.approved_by == "Priya Shah"
        assert stored.approved_at is not None
    assert stored_payment(database, other).status is PaymentStatus.DRAFT
    assert load_settings().approver_name == "Priya Shah"
    assert status_message(window) == "Approved 2 payments, £70.00."

    # The next approval starts with the name remembered, and shows no warning for Wang.
    names: list[str] = []

    def remembered(dialog: ApproveDialog) -> None:
        names.append(dialog.name_edit.text())
        assert dialog.findChildren(QPlainTextEdit) == []
        click(qtbot, button(dialog, OK))

    dialogs.on(ApproveDialog, remembered)
    _select(page, other)
    click(qtbot, page.form.approveButton)
    _wait_for_jobs(qtbot, page)
    assert names == ["Priya Shah"]
    assert stored_payment(database, other).approved_by == "Priya Shah"


def test_a_colleagues_approval_meanwhile_shows_the_new_figures_before_approving(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    modals: Modals,
) -> None:
    """While the approver reads the confirmation (no warning: £40 of a £50 week), a colleague
    approves another £30 for Amira. Approve then approves nothing, says so, and asks again
    with the new figures; approving then goes ahead."""
    set_weekly_limit(database, people.amira, 5000)
    mine = draft(database, people.amira, 4000, date(2025, 11, 3))
    theirs = draft(database, people.amira, 3000, date(2025, 11, 4))
    page = payments_screen(window)
    _select(page, mine)
    warnings_shown: list[list[str]] = []

    def confirm(dialog: ApproveDialog) -> None:
        warnings_shown.append([w.toPlainText() for w in dialog.findChildren(QPlainTextEdit)])
        if len(warnings_shown) == 1:
            approve(database, theirs)  # the colleague, at this very moment
        type_text(qtbot, dialog.name_edit, "Priya Shah")
        click(qtbot, button(dialog, OK))

    dialogs.on(ApproveDialog, confirm)
    click(qtbot, page.form.approveButton)
    _wait_for_jobs(qtbot, page)
    assert warnings_shown[0] == []
    assert [box.title for box in modals.boxes] == ["Nothing was approved"]
    assert "the earnings figures changed since you checked" in modals.boxes[0].text
    assert len(warnings_shown) == 2 and warnings_shown[1] == [
        "Amira asked us to keep their earnings for the week of 3 November 2025 under £50.00. "
        "They have £30.00 already; these payments add £40.00, making £70.00: £20.00 over. "
        "Fees and vouchers count as income; expenses do not. Talk to them before paying."
    ]
    assert stored_payment(database, mine).status is PaymentStatus.APPROVED


def test_approving_needs_a_name(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    modals: Modals,
) -> None:
    payment_id = draft(database, people.amira, 4000)
    page = payments_screen(window)
    _select(page, payment_id)

    def no_name(dialog: ApproveDialog) -> None:
        retype(qtbot, dialog.name_edit, "   ")
        click(qtbot, button(dialog, OK))

    dialogs.on(ApproveDialog, no_name)
    click(qtbot, page.form.approveButton)
    _wait_for_jobs(qtbot, page)
    assert [box.title for box in modals.boxes] == ["Could not approve"]
    assert "Approved by is empty" in modals.boxes[0].text
    assert stored_payment(database, payment_id).status is PaymentStatus.DRAFT
    assert load_settings().approver_name == ""


def test_stopping_an_approval_part_way_approves_none(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cancel in the progress dialog arrives after the payments were approved but before the
    commit (the approval's last safe point): all of them stay drafts."""
    first = draft(database, people.amira, 4000)
    second = draft(database, people.wang, 1000)
    page = payments_screen(window)
    _select(page, first, second)

    def pressed_cancel(_control: JobControl) -> None:
        raise Cancelled

    monkeypatch.setattr(JobControl, "check_cancelled", pressed_cancel)

    def approve_them(dialog: ApproveDialog) -> None:
        type_text(qtbot, dialog.name_edit, "Priya Shah")
        click(qtbot, button(dialog, OK))

    dialogs.on(ApproveDialog, approve_them)
    click(qtbot, page.form.approveButton)
    _wait_for_jobs(qtbot, page)
    assert dialogs.opened == ["ApproveDialog: Approve 2 payments"]
    assert status_message(window) == "Stopped: nothing was approved."
    assert {stored_payment(database, i).status for i in (first, second)} == {PaymentStatus.DRAFT}


def test_cancelling_the_approval_changes_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    payment_id = draft(database, people.amira, 4000)
    page = payments_screen(window)
    _select(page, payment_id)

    def cancel(dialog: ApproveDialog) -> None:
        type_text(qtbot, dialog.name_edit, "Priya Shah")
        click(qtbot, button(dialog, CANCEL))

    dialogs.on(ApproveDialog, cancel)
    click(qtbot, page.form.approveButton)
    _wait_for_jobs(qtbot, page)
    assert stored_payment(database, payment_id).status is PaymentStatus.DRAFT
    assert load_settings().approver_name == ""


def test_approve_is_only_offered_for_drafts(
    window: MainWindow, database: Database, people: People
) -> None:
    waiting = draft(database, people.amira, 4000)
    done = approved(database, people.wang, 1000)
    page = payments_screen(window)
    f = page.form
    _select(page, waiting)
    assert f.approveButton.isEnabled()
    _select(page, waiting, done)
    assert not f.approveButton.isEnabled()
    assert f.messageLabel.text() == "Only draft payments can be approved; select drafts only."
    assert f.totalLabel.text().endswith("Selected 2: £10.00 approved, not yet paid, £40.00 draft.")
    _select(page, done)
    assert not f.approveButton.isEnabled()
    assert f.paidButton.isEnabled() and f.cancelButton.isEnabled()
    assert not f.reverseButton.isEnabled()


# --- paying, cancelling, reversing --------------------------------------------------------------
def test_marking_paid_by_bank_transfer_needs_a_reference(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    set_preference(database, people.amira, PaymentPreference.BANK_TRANSFER)
    payment_id = approved(database, people.amira, 3750)
    page = payments_screen(window)
    click_table_row(qtbot, page.form.table, _row(page, payment_id))
    problems: list[str] = []

    def pay(dialog: MarkPaidDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == f"Mark payment {payment_id} as paid"
        # Their preference chooses the method; the date starts as today.
        assert f.methodCombo.currentText() == PaymentMethod.BANK_TRANSFER.label
        assert f.dateEdit.date().toPython() == date.today()
        assert not f.providerEdit.isEnabled()
        save_with_keyboard(qtbot, dialog, f.dateEdit)
        assert dialog.isVisible()
        problems.append(error_shown(dialog, "paid_reference").text())
        assert stored_payment(database, payment_id).status is PaymentStatus.APPROVED
        type_text(qtbot, f.referenceEdit, "BACS 12345")
        save_with_keyboard(qtbot, dialog, f.referenceEdit)
        assert not dialog.isVisible()

    dialogs.on(MarkPaidDialog, pay)
    click(qtbot, page.form.paidButton)

    assert problems == ["⚠ Payment reference is missing: the bank transfer's reference."]
    stored = stored_payment(database, payment_id)
    assert stored.status is PaymentStatus.PAID
    assert stored.paid_method is PaymentMethod.BANK_TRANSFER
    assert stored.paid_reference == "BACS 12345"
    assert stored.paid_on == date.today()
    assert status_message(window) == f"Payment {payment_id} recorded as paid."
    assert page.form.reverseButton.isEnabled()


def test_cancelling_needs_a_reason(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    modals: Modals,
) -> None:
    payment_id = draft(database, people.amira, 2500, description="Panel")
    page = payments_screen(window)
    click_table_row(qtbot, page.form.table, _row(page, payment_id))
    questions: list[str] = []

    def no_reason(dialog: ReasonDialog) -> None:
        questions.append(dialog.findChildren(QLabel)[0].text())
        assert button(dialog, OK).text() == "Cancel the &payment"
        click(qtbot, button(dialog, OK))

    dialogs.on(ReasonDialog, no_reason)
    click(qtbot, page.form.cancelButton)
    assert questions[0].startswith("Cancel Amira's payment of £25.00 (Panel)?")
    assert [box.title for box in modals.boxes] == ["Could not cancel"]
    assert "Reason is empty" in modals.boxes[0].text
    assert stored_payment(database, payment_id).status is PaymentStatus.DRAFT

    def with_reason(dialog: ReasonDialog) -> None:
        type_text(qtbot, dialog.reason_edit, "Entered twice")
        click(qtbot, button(dialog, OK))

    dialogs.on(ReasonDialog, with_reason)
    click(qtbot, page.form.cancelButton)
    stored = stored_payment(database, payment_id)
    assert stored.status is PaymentStatus.CANCELLED
    assert stored.cancelled_reason == "Entered twice"
    assert status_message(window) == f"Payment {payment_id} cancelled."
    # A cancelled payment stays on record but no longer counts in the total.
    assert page.form.totalLabel.text().startswith(
        "1 payment shown: no money (1 cancelled, not counted)."
    )


def test_reversing_a_paid_payment_adds_a_negative_draft(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    youth = add_project(database, "Youth panel")
    payment_id = paid(database, people.amira, 3750, project_id=youth)
    page = payments_screen(window)
    click_table_row(qtbot, page.form.table, _row(page, payment_id))
    assert page.form.reverseButton.isEnabled()
    assert not page.form.cancelButton.isEnabled()

    def reverse(dialog: ReasonDialog) -> None:
        assert dialog.windowTitle() == f"Reverse payment {payment_id}"
        type_text(qtbot, dialog.reason_edit, "Paid to the wrong account")
        click(qtbot, button(dialog, OK))

    dialogs.on(ReasonDialog, reverse)
    click(qtbot, page.form.reverseButton)

    original, reversal = stored_payments(database)
    assert original.id == payment_id
    assert original.status is PaymentStatus.PAID  # never changed
    assert reversal.reverses_id == payment_id
    assert reversal.amount_pence == -3750
    assert reversal.status is PaymentStatus.DRAFT
    assert reversal.participant_id == people.amira
    assert reversal.project_id == youth
    assert reversal.description == f"Reversal of payment {payment_id}: Paid to the wrong account"
    # The new draft is shown selected, ready to approve.
    assert [p.id for p in page.selected()] == [reversal.id]
    assert page.form.approveButton.isEnabled()
    assert status_message(window) == (
        f"Reversal {reversal.id} added as a draft; approve it like any payment."
    )


# --- payments and expenses entered by hand ------------------------------------------------------
def test_adding_a_payment_by_hand(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    youth = add_project(database, "Youth panel")
    page = payments_screen(window)

    def add(dialog: PaymentDialog) -> None:
        f = dialog.form
        assert has_focus(dialog, f.personEdit)
        _pick_person(qtbot, f.personEdit, "mir", f"Amira (number {people.amira})")
        assert f.kindCombo.currentText() == PaymentKind.FEE.label
        type_text(qtbot, f.amountEdit, "37.50")
        set_day(f.dateEdit, date(2025, 11, 4))
        choose(f.projectCombo, "Youth panel")
        type_text(qtbot, f.descriptionEdit, "Interview panel")
        save_with_keyboard(qtbot, dialog, f.descriptionEdit)
        assert not dialog.isVisible()

    dialogs.on(PaymentDialog, add)
    click(qtbot, page.form.addButton)

    [stored] = stored_payments(database)
    assert (stored.participant_id, stored.kind, stored.amount_pence) == (
        people.amira,
        PaymentKind.FEE,
        3750,
    )
    assert stored.incurred_on == date(2025, 11, 4)
    assert stored.project_id == youth
    assert stored.description == "Interview panel"
    assert stored.status is PaymentStatus.DRAFT
    assert [p.id for p in page.selected()] == [stored.id]
    assert status_message(window) == f"Added payment {stored.id} as a draft."


def test_a_payment_needs_a_person_on_the_register(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    page = payments_screen(window)
    problems: list[str] = []

    def add(dialog: PaymentDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.personEdit, "Nobody")
        type_text(qtbot, f.amountEdit, "10")
        save_with_keyboard(qtbot, dialog, f.amountEdit)
        problems.append(error_shown(dialog, "participant_id").text())

    dialogs.on(PaymentDialog, add)
    click(qtbot, page.form.addButton)
    assert problems == [
        "⚠ Person: no one called 'Nobody' is on the register. Choose from the list."
    ]
    assert stored_payments(database) == []


def test_a_mileage_claim_works_out_its_amount(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    page = payments_screen(window)

    def claim(dialog: ExpenseDialog) -> None:
        f = dialog.form
        _pick_person(qtbot, f.personEdit, "Zo", f"Zoë (number {people.zoe})")
        choose(f.typeCombo, ExpenseType.PUBLIC_TRANSPORT.label)
        assert f.amountEdit.isEnabled() and not f.milesEdit.isEnabled()
        choose(f.typeCombo, ExpenseType.MILEAGE.label)
        # Mileage is worked out: no amount is typed.
        assert not f.amountEdit.isEnabled()
        assert f.vehicleCombo.isEnabled() and f.milesEdit.isEnabled()
        set_day(f.dateEdit, date(2025, 11, 4))
        choose(f.vehicleCombo, Vehicle.CAR.label)
        type_text(qtbot, f.milesEdit, "12.5")
        save_with_keyboard(qtbot, dialog, f.milesEdit)
        assert not dialog.isVisible()

    dialogs.on(ExpenseDialog, claim)
    click(qtbot, page.form.expenseButton)

    [stored] = stored_payments(database)
    assert stored.participant_id == people.zoe
    assert stored.kind is PaymentKind.EXPENSE
    assert stored.expense_type is ExpenseType.MILEAGE
    # 12.5 miles at the default 45p a mile is £5.625, to the nearest penny £5.63.
    assert stored.amount_pence == 563
    assert stored.description == "12.5 miles by car or van at 45p a mile"
    assert status_message(window) == f"Added expense claim {stored.id} as a draft."


def test_food_and_drink_over_the_cap_is_refused(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    page = payments_screen(window)
    problems: list[str] = []

    def claim(dialog: ExpenseDialog) -> None:
        f = dialog.form
        _pick_person(qtbot, f.personEdit, "ami", f"Amira (number {people.amira})")
        choose(f.typeCombo, ExpenseType.SUBSISTENCE.label)
        type_text(qtbot, f.amountEdit, "12.50")
        save_with_keyboard(qtbot, dialog, f.amountEdit)
        assert dialog.isVisible()
        problems.append(error_shown(dialog, "amount_pence").text())
        # Within the cap it is saved.
        retype(qtbot, f.amountEdit, "9.80")
        save_with_keyboard(qtbot, dialog, f.amountEdit)
        assert not dialog.isVisible()

    dialogs.on(ExpenseDialog, claim)
    click(qtbot, page.form.expenseButton)
    assert problems == [
        "⚠ Amount £12.50 is more than the policy allows for food and drink (£10.00 a session). "
        "Enter £10.00 or less."
    ]
    [stored] = stored_payments(database)
    assert (stored.expense_type, stored.amount_pence) == (ExpenseType.SUBSISTENCE, 980)


# --- statements and exports ---------------------------------------------------------------------
@dataclass
class SaveAs:
    """The save-file dialog, answered with ``path`` and ``chosen_filter``; ``asked`` records the
    (suggested file, filters) of each time it was opened."""

    path: str = ""
    chosen_filter: str = ""
    asked: list[tuple[str, str]] = field(default_factory=list)


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> SaveAs:
    answer = SaveAs()

    def get_save_file_name(
        _parent: object, _caption: str, suggested: str, filters: str, *_args: object
    ) -> tuple[str, str]:
        answer.asked.append((suggested, filters))
        return answer.path, answer.chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return answer


def _wait_for_jobs(qtbot: QtBot, page: PaymentsPage) -> None:
    """Approving checks the limits, then approves, each off the GUI thread."""
    qtbot.waitUntil(lambda: not page.busy, timeout=JOB_TIMEOUT_MS)


def _wait_for_message(qtbot: QtBot, window: MainWindow, message: str) -> None:
    qtbot.waitUntil(lambda: status_message(window) == message, timeout=JOB_TIMEOUT_MS)


def test_a_statement_is_saved_as_a_tagged_pdf(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    save_as: SaveAs,
    tmp_path: Path,
) -> None:
    paid(database, people.amira, 3750)
    approved(database, people.amira, 1250, date(2026, 1, 12))
    target = tmp_path / "Amira statement.pdf"
    save_as.path, save_as.chosen_filter = str(target), "PDF documents (*.pdf)"
    page = payments_screen(window)

    def choose_person(dialog: StatementDialog) -> None:
        # Nobody chosen yet: refused in the dialog.
        click(qtbot, button(dialog, OK))
        assert dialog.isVisible()
        assert dialog.problem_label.text().startswith("⚠ Person is missing.")
        _pick_person(qtbot, dialog.person_edit, "Ami", f"Amira (number {people.amira})")
        dialog.year_combo.setFocus()
        dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(2025))
        assert dialog.year_combo.currentText().startswith("2025-26 (6 April 2025 to 5 April")
        click(qtbot, button(dialog, OK))

    dialogs.on(StatementDialog, choose_person)
    click(qtbot, page.form.statementButton)

    _wait_for_message(qtbot, window, f"Statement saved to {target}.")
    [(suggested, filters)] = save_as.asked
    assert Path(suggested).name == "Payment statement Amira 2025-26.pdf"
    assert filters == "PDF documents (*.pdf)"
    assert target.read_bytes().startswith(b"%PDF")
    with pikepdf.open(target) as pdf:
        assert "/StructTreeRoot" in pdf.Root  # tagged, for screen readers
        assert bool(pdf.Root.MarkInfo.Marked)
        assert str(pdf.Root.Lang).startswith("en")


def _exported(database: Database, *payment_ids: int) -> dict[int, Decimal]:
    return {
        p.id: Decimal(p.amount_pence) / 100
        for p in (stored_payment(database, i) for i in payment_ids)
    }


@pytest.fixture
def approved_today(database: Database, people: People) -> list[int]:
    """Payments approved just now (an export is by the day of approval), and a draft, which
    is not exported."""
    fee = draft(database, people.amira, 3750)
    voucher = draft(database, people.wang, 2000, kind=PaymentKind.VOUCHER)
    other = draft(database, people.fatima, 1250)
    approve(database, fee, voucher, other, now=None)
    draft(database, people.sam, 999)
    return [fee, voucher, other]


def _export(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: Dialogs,
    save_as: SaveAs,
    target: Path,
    chosen_filter: str,
) -> None:
    save_as.path, save_as.chosen_filter = str(target), chosen_filter
    page = payments_screen(window)
    periods: list[tuple[date, date]] = []

    def up_to_today(dialog: ExportDialog) -> None:
        periods.append(dialog.period())  # as offered
        assert dialog.warning_label.isHidden()
        # These payments were approved today, so today is chosen, and the dialog warns.
        today = date.today()
        dialog.to_edit.setDate(QDate(today.year, today.month, today.day))
        assert not dialog.warning_label.isHidden()
        assert "includes today, which is not over yet" in dialog.warning_label.text()
        periods.append(dialog.period())
        click(qtbot, button(dialog, OK))

    dialogs.on(ExportDialog, up_to_today)
    click(qtbot, page.form.exportButton)
    _wait_for_message(qtbot, window, f"Exported to {target}.")
    yesterday = date.today() - timedelta(days=1)
    # Offered: from the first of yesterday's month up to yesterday, as today is not over.
    assert periods == [
        (yesterday.replace(day=1), yesterday),
        (yesterday.replace(day=1), date.today()),
    ]
    [(suggested, filters)] = save_as.asked
    assert Path(suggested).suffix == ".xlsx"
    assert filters == "Excel spreadsheet (*.xlsx);;CSV file (*.csv)"


def test_exporting_approved_payments_as_xlsx(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    save_as: SaveAs,
    approved_today: list[int],
    tmp_path: Path,
) -> None:
    target = tmp_path / "payments.xlsx"
    _export(qtbot, window, dialogs, save_as, target, "Excel spreadsheet (*.xlsx)")
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    id_at, amount_at = header.index("Payment ID"), header.index("Amount")
    found = {int(row[id_at]): Decimal(str(row[amount_at])) for row in rows[1:]}
    assert found == _exported(database, *approved_today)
    status_at = header.index("Status")
    assert {row[status_at] for row in rows[1:]} == {"Approved"}


def test_exporting_approved_payments_as_csv(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    save_as: SaveAs,
    approved_today: list[int],
    tmp_path: Path,
) -> None:
    target = tmp_path / "payments.csv"
    _export(qtbot, window, dialogs, save_as, target, "CSV file (*.csv)")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    found = {int(row["Payment ID"]): Decimal(row["Amount"]) for row in rows}
    assert found == _exported(database, *approved_today)
    assert {row["Approved by"] for row in rows} == {"Sam Okafor"}


def test_the_export_tells_finance_of_a_payment_cancelled_after_approval(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    save_as: SaveAs,
    approved_today: list[int],
    people: People,
    tmp_path: Path,
) -> None:
    # Approved last year (so in an earlier export), cancelled today: finance must not pay it.
    stopped = approved(database, people.sam, 4500)
    with database.transaction() as session:
        payments.cancel(session, stopped, "Sam was not at the session after all")
    target = tmp_path / "payments.xlsx"
    _export(qtbot, window, dialogs, save_as, target, "Excel spreadsheet (*.xlsx)")
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    header = list(rows[0])
    by_id = {int(row[header.index("Payment ID")]): row for row in rows[1:]}
    assert set(by_id) == {*approved_today, stopped}
    cancelled = by_id[stopped]
    assert cancelled[header.index("Status")] == "Cancelled"
    assert cancelled[header.index("Reason cancelled")] == "Sam was not at the session after all"
    assert cancelled[header.index("Cancelled on")].date() == date.today()
    assert all(by_id[i][header.index("Cancelled on")] is None for i in approved_today)


def test_the_export_period_cannot_end_before_it_starts(qtbot: QtBot) -> None:
    dialog = ExportDialog(date(2025, 11, 24))
    qtbot.addWidget(dialog)
    assert dialog.period() == (date(2025, 11, 1), date(2025, 11, 23))
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.from_edit.setDate(QDate(2025, 11, 25))
    assert not dialog.warning_label.isHidden()
    assert dialog.warning_label.text() == (
        "The last day (23 November 2025) is before the first (25 November 2025). Check both dates."
    )
    click(qtbot, button(dialog, OK))
    assert accepted == []  # refused: the label says why
    dialog.to_edit.setDate(QDate(2025, 11, 30))
    assert "includes today" in dialog.warning_label.text()  # 30 November is after "today"
    click(qtbot, button(dialog, OK))
    assert accepted == [True]  # a warning, not a refusal
