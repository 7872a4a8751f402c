"""The Payments screen: find payments, approve several at once, record payment, put right
mistakes, and make statements and finance exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QWidget

from coprod_desktop.gui.choices import chosen, fill, refill_numbered
from coprod_desktop.gui.dialogs.payment_action_dialogs import (
    ApproveDialog,
    ExportDialog,
    ReasonDialog,
    StatementDialog,
)
from coprod_desktop.gui.dialogs.payment_dialogs import ExpenseDialog, MarkPaidDialog, PaymentDialog
from coprod_desktop.gui.form_fields import allow_unset_date, read_date
from coprod_desktop.gui.forms.ui_payments_page import Ui_PaymentsPage
from coprod_desktop.gui.jobs import JobControl, run_job
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.gui.pages.screen import Screen
from coprod_desktop.gui.table_setup import prepare_table, selected_rows
from coprod_desktop.money import format_money
from coprod_desktop.services import (
    earnings_limits,
    participant_search,
    participants,
    payment_search,
    payments,
    projects,
)
from coprod_desktop.services.participant_types import ParticipantQuery, StatusFilter
from coprod_desktop.services.payment_search import PaymentQuery
from coprod_desktop.services.payment_totals import totals_by_status
from coprod_desktop.services.payments import ExpenseClaim, NewPayment, PaymentRecord
from coprod_desktop.settings import load_settings, save_settings
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import PaymentMethod, PaymentStatus

T = TypeVar("T")

COLUMNS = [
    Column("No.", lambda p: str(p.id), right=True),
    Column("Date", lambda p: f"{p.incurred_on:%d %b %Y}"),
    Column("Person", lambda p: p.participant_name),
    Column("Kind", lambda p: p.kind.label),
    Column("What for", lambda p: p.description),
    Column("Project", lambda p: p.project_name),
    Column("Amount", lambda p: format_money(p.amount_pence), right=True),
    Column("Status", lambda p: p.status.label),
    Column("Approved by", lambda p: p.approved_by),
    Column("Paid on", lambda p: f"{p.paid_on:%d %b %Y}" if p.paid_on else ""),
]


class PaymentsPage(Screen):
    def __init__(
        self, host: PageHost, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.today = today or date.today()
        self.form = Ui_PaymentsPage()
        self.form.setupUi(self)
        f = self.form
        heading = QFont(f.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        f.headingLabel.setFont(heading)
        for label in (f.messageLabel, f.totalLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        fill(f.statusFilter, "Any status", ((s.label, s) for s in PaymentStatus))
        for combo, name in ((f.personFilter, "People"), (f.projectFilter, "Projects")):
            combo.view().setAccessibleName(f"{name}: list")
        for edit in (f.fromEdit, f.toEdit):
            allow_unset_date(edit, self.today)
        self.model = RecordTableModel(COLUMNS, self)
        prepare_table(f.table, self.model, None, (60, 100, 150, 120, 260, 150, 90, 90, 110))
        f.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for combo in (f.statusFilter, f.personFilter, f.projectFilter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (f.fromEdit, f.toEdit):
            edit.dateChanged.connect(lambda _d: self.refresh())
        f.addButton.clicked.connect(self.add_payment)
        f.expenseButton.clicked.connect(self.add_expense)
        f.approveButton.clicked.connect(self.approve_selected)
        f.paidButton.clicked.connect(self.mark_paid)
        f.cancelButton.clicked.connect(self.cancel_selected)
        f.reverseButton.clicked.connect(self.reverse_selected)
        f.statementButton.clicked.connect(self.make_statement)
        f.exportButton.clicked.connect(self.export)
        self._people: list[tuple[int, str]] = []
        self._projects: list[tuple[int, str]] = []
        self._jobs: list[object] = []
        self._selection_changed()

    # --- loading ----------------------------------------------------------------------------
    def _database(self) -> Database | None:
        return self.host.database

    def query(self) -> PaymentQuery:
        f = self.form
        person = f.personFilter.currentData()
        project = f.projectFilter.currentData()
        return PaymentQuery(
            status=chosen(f.statusFilter, PaymentStatus),
            participant_id=int(person) if person is not None else None,
            project_id=int(project) if project is not None else None,
            date_from=read_date(f.fromEdit),
            date_to=read_date(f.toEdit),
        )

    def refresh(self, keep: list[int] | None = None) -> None:
        database = self._database()
        records: list[PaymentRecord] = []
        if database is not None:
            try:
                with database.reading() as session:
                    self._load_choices(session)
                    records = payment_search.search_payments(session, self.query())
            except Exception as error:
                self.host.report_error("Could not read the payments", error)
        kept = set(keep if keep is not None else (p.id for p in self.selected()))
        self.model.set_records(records)
        selection = self.form.table.selectionModel()
        for row, record in enumerate(records):
            if record.id in kept:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self._selection_changed()

    def _load_choices(self, session: object) -> None:
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        people = [
            (row.id, row.preferred_name)
            for row in participant_search.search(session, ParticipantQuery(status=StatusFilter.ALL))
        ]
        found_projects = [(p.id, p.data.name) for p in projects.list_projects(session)]
        if people != self._people:
            self._people = people
            self._refill(self.form.personFilter, "Anyone", people)
        if found_projects != self._projects:
            self._projects = found_projects
            self._refill(self.form.projectFilter, "Any project", found_projects)

    @staticmethod
    def _refill(combo: QComboBox, first: str, items: list[tuple[int, str]]) -> None:
        # The number too: two people (or projects) can share a name.
        refill_numbered(combo, first, items, lambda number, name: f"{name} ({number})")

    def selected(self) -> list[PaymentRecord]:
        return [self.model.record_at(row) for row in selected_rows(self.form.table)]

    def _selection_changed(self) -> None:
        chosen_payments = self.selected()
        statuses = {p.status for p in chosen_payments}
        one = chosen_payments[0] if len(chosen_payments) == 1 else None
        f = self.form
        has_database = self._database() is not None
        for button in (f.addButton, f.expenseButton, f.statementButton, f.exportButton):
            button.setEnabled(has_database)
        f.approveButton.setEnabled(bool(chosen_payments) and statuses == {PaymentStatus.DRAFT})
        f.paidButton.setEnabled(one is not None and one.status is PaymentStatus.APPROVED)
        f.cancelButton.setEnabled(
            one is not None and one.status in (PaymentStatus.DRAFT, PaymentStatus.APPROVED)
        )
        f.reverseButton.setEnabled(
            one is not None and one.status is PaymentStatus.PAID and one.reverses_id is None
        )
        shown = self.model.records
        text = (
            f"{len(shown)} payment{'s' if len(shown) != 1 else ''} shown: "
            f"{totals_by_status(shown)}."
        )
        if chosen_payments:
            text += f" Selected {len(chosen_payments)}: {totals_by_status(chosen_payments)}."
        f.totalLabel.setText(text)
        if not shown:
            f.messageLabel.setText(
                "No payments match. Work out payments from a session's register (Sessions), "
                "or add one here."
            )
        elif chosen_payments and statuses != {PaymentStatus.DRAFT} and len(chosen_payments) > 1:
            f.messageLabel.setText("Only draft payments can be approved; select drafts only.")
        else:
            f.messageLabel.setText("")

    # --- changes ----------------------------------------------------------------------------
    def _change(self, title: str, change: Callable[..., object], keep: list[int]) -> bool:
        database = self._database()
        if database is None:
            return False
        try:
            with database.transaction() as session:
                change(session)
        except Exception as error:
            self.host.report_error(title, error)
            self.refresh(keep=keep)
            return False
        self.refresh(keep=keep)
        return True

    def _current_people(self) -> list[tuple[int, str]]:
        database = self._database()
        if database is None:
            return []
        with database.reading() as session:
            return [
                (row.id, row.preferred_name)
                for row in participant_search.search(session, ParticipantQuery())
            ]

    def add_payment(self) -> None:
        database = self._database()
        if database is None:
            return

        def save(new: NewPayment) -> int:
            with database.transaction() as session:
                return payments.add_payment(session, new)

        dialog = PaymentDialog(save, self._current_people(), self._projects, self, self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int):
            self.refresh(keep=[dialog.saved])
            self.host.show_message(f"Added payment {dialog.saved} as a draft.")
        dialog.deleteLater()

    def add_expense(self) -> None:
        database = self._database()
        if database is None:
            return

        def save(claim: ExpenseClaim) -> int:
            with database.transaction() as session:
                return payments.add_expense(session, claim)

        dialog = ExpenseDialog(save, self._current_people(), self._projects, self, self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int):
            self.refresh(keep=[dialog.saved])
            self.host.show_message(f"Added expense claim {dialog.saved} as a draft.")
        dialog.deleteLater()

    def approve_selected(self) -> None:
        """Check earnings limits, confirm, approve: the check and the approval run off the
        GUI thread, as a year's drafts (thousands) take seconds."""
        database = self._database()
        chosen_payments = self.selected()
        if database is None or not chosen_payments or self.busy:
            return
        ids = [p.id for p in chosen_payments]

        def check(control: JobControl) -> list[earnings_limits.LimitWarning]:
            control.report(f"Checking earnings limits for {len(ids)} payments…")
            with database.reading() as session:
                return earnings_limits.check_approval(session, ids)

        def checked(warnings: list[earnings_limits.LimitWarning]) -> None:
            self._confirm_approval(database, chosen_payments, warnings)

        self._run("Checking earnings limits", check, checked, "Could not check the limits")

    def _confirm_approval(
        self,
        database: Database,
        chosen_payments: list[PaymentRecord],
        warnings: list[earnings_limits.LimitWarning],
    ) -> None:
        ids = [p.id for p in chosen_payments]
        settings = load_settings()
        dialog = ApproveDialog(chosen_payments, warnings, settings.approver_name, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        approver = dialog.approver()
        dialog.deleteLater()
        if not accepted:
            return

        def approve(control: JobControl) -> None:
            control.report(f"Approving {len(ids)} payments…")
            with database.transaction() as session:
                earnings_limits.approve_checked(session, ids, approver, warnings)
                # Last chance to stop: raising here rolls the whole approval back.
                control.check_cancelled()

        def approved(_nothing: None) -> None:
            if approver != settings.approver_name:
                settings.approver_name = approver
                save_settings(settings)
            self.refresh(keep=ids)
            total = sum(p.amount_pence for p in chosen_payments)
            self.host.show_message(
                f"Approved {len(ids)} payment{'s' if len(ids) != 1 else ''}, {format_money(total)}."
            )

        def changed(error: BaseException) -> bool:
            if not isinstance(error, earnings_limits.LimitsChanged):
                return False
            # A colleague approved other payments for the same people meanwhile: say so, then
            # ask again with the new figures.
            self.host.report_error("Nothing was approved", error)
            self._confirm_approval(database, chosen_payments, error.warnings)
            return True

        self._run(
            "Approving payments",
            approve,
            approved,
            "Could not approve",
            on_cancel=lambda: self.host.show_message("Stopped: nothing was approved."),
            keep=ids,
            handle=changed,
        )

    @property
    def busy(self) -> bool:
        """True while a job of this screen (approving, a statement, an export) runs."""
        return any(not getattr(job, "finished", True) for job in self._jobs)

    def _run(
        self,
        title: str,
        work: Callable[[JobControl], T],
        succeeded: Callable[[T], None],
        failure_title: str,
        *,
        on_cancel: Callable[[], None] | None = None,
        keep: list[int] | None = None,
        handle: Callable[[BaseException], bool] | None = None,
    ) -> None:
        """Run ``work`` as a job; ``handle`` may deal with a failure itself (returning True)
        before the failure is reported."""

        def failed(error: BaseException) -> None:
            if handle is not None and handle(error):
                return
            self.host.report_error(failure_title, error)
            if keep is not None:
                self.refresh(keep=keep)

        job = run_job(self, title, work, succeeded, failed, on_cancel=on_cancel)
        self._jobs = [j for j in self._jobs if not getattr(j, "finished", True)] + [job]

    def mark_paid(self) -> None:
        database = self._database()
        chosen_payments = self.selected()
        if database is None or len(chosen_payments) != 1:
            return
        payment = chosen_payments[0]
        with database.reading() as session:
            preference = participants.get_participant(
                session, payment.participant_id
            ).data.payment_preference

        def save(
            paid_on: date,
            method: PaymentMethod,
            reference: str,
            provider: str | None,
            voucher_reference: str | None,
        ) -> bool:
            with database.transaction() as session:
                payments.mark_paid(
                    session,
                    payment.id,
                    paid_on,
                    method,
                    reference,
                    voucher_provider=provider,
                    voucher_reference=voucher_reference,
                )
            return True

        dialog = MarkPaidDialog(save, payment, preference, self, self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(keep=[payment.id])
            self.host.show_message(f"Payment {payment.id} recorded as paid.")
        dialog.deleteLater()

    def cancel_selected(self) -> None:
        chosen_payments = self.selected()
        if len(chosen_payments) != 1:
            return
        payment = chosen_payments[0]
        dialog = ReasonDialog(
            f"Cancel payment {payment.id}",
            f"Cancel {payment.participant_name}'s payment of "
            f"{format_money(payment.amount_pence)} ({payment.description})? It stays on record, "
            "marked cancelled. Say why:",
            "Cancel the &payment",
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            reason = dialog.reason()
            if self._change(
                "Could not cancel",
                lambda session: payments.cancel(session, payment.id, reason),
                [payment.id],
            ):
                self.host.show_message(f"Payment {payment.id} cancelled.")
        dialog.deleteLater()

    def reverse_selected(self) -> None:
        chosen_payments = self.selected()
        if len(chosen_payments) != 1:
            return
        payment = chosen_payments[0]
        dialog = ReasonDialog(
            f"Reverse payment {payment.id}",
            f"{payment.participant_name}'s payment of {format_money(payment.amount_pence)} has "
            "been paid, so it is never changed. Reversing it adds a new draft payment of "
            f"{format_money(-payment.amount_pence)} that cancels it out. Say why:",
            "&Reverse",
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            reason = dialog.reason()
            created: list[int] = []
            if self._change(
                "Could not reverse",
                lambda session: created.append(payments.reverse(session, payment.id, reason)),
                [payment.id],
            ):
                self.refresh(keep=created)
                self.host.show_message(
                    f"Reversal {created[0]} added as a draft; approve it like any payment."
                )
        dialog.deleteLater()

    # --- documents and files (off the GUI thread) -------------------------------------------
    def make_statement(self) -> None:
        database = self._database()
        if database is None:
            return
        dialog = StatementDialog(self._people, self.today, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.choice() if accepted else None
        dialog.deleteLater()
        if choice is None:
            return
        participant_id, tax_year, font_size = choice
        name = next((n for i, n in self._people if i == participant_id), "person")
        suggested = Path.home() / f"Payment statement {name} {tax_year.label}.pdf"
        path_text, _ = QFileDialog.getSaveFileName(
            self, "Save the statement", str(suggested), "PDF documents (*.pdf)"
        )
        if not path_text:
            return
        path = Path(path_text).with_suffix(".pdf")

        def work(control: JobControl) -> Path:
            from coprod_desktop.reports.statement_pdf import write_statement_pdf
            from coprod_desktop.services.statements import statement_for

            control.report("Gathering the payments…")
            with database.reading() as session:
                statement = statement_for(session, participant_id, tax_year)
            control.check_cancelled()
            control.report("Writing the PDF…")
            write_statement_pdf(statement, path, font_size=font_size)
            return path

        self._start_job("Making the statement", work, "Statement saved to {}.")

    def export(self) -> None:
        database = self._database()
        if database is None:
            return
        dialog = ExportDialog(self.today, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        first, last = dialog.period()
        dialog.deleteLater()
        if not accepted:
            return
        suggested = Path.home() / f"Approved payments {first:%Y-%m-%d} to {last:%Y-%m-%d}.xlsx"
        path_text, chosen_filter = QFileDialog.getSaveFileName(
            self,
            "Export approved payments",
            str(suggested),
            "Excel spreadsheet (*.xlsx);;CSV file (*.csv)",
        )
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen_filter.lower() else ".xlsx")

        def work(control: JobControl) -> Path:
            from coprod_desktop.exports.payments_export import write_payments_export
            from coprod_desktop.services.finance_export import payments_for_export

            control.report("Gathering the payments…")
            with database.reading() as session:
                # The same choice as `coprod export payments`: approved in the period, and
                # approved earlier but cancelled in it (marked Cancelled, so finance stops them).
                records = payments_for_export(session, first, last)
            control.check_cancelled()
            control.report(f"Writing {len(records)} payments…")
            write_payments_export(records, path)
            return path

        self._start_job("Exporting payments", work, "Exported to {}.")

    def _start_job(self, title: str, work: Callable[[JobControl], Path], done: str) -> None:
        def succeeded(path: Path) -> None:
            self.host.show_message(done.format(path))

        self._run(title, work, succeeded, f"{title} did not work")
