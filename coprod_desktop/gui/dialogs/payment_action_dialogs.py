"""Small dialogs for acting on payments: approving several, a reason, a statement, an export."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.gui.person_picker import PersonPicker
from coprod_desktop.money import format_money
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.earnings_limits import LimitWarning
from coprod_desktop.services.finance_export import open_period_warning
from coprod_desktop.services.payments import PaymentRecord
from coprod_desktop.tax_year import TaxYear


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    box.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ApproveDialog(QDialog):
    """Shows how many payments, their total and any earnings-limit warnings; asks who approves."""

    def __init__(
        self,
        payments: list[PaymentRecord],
        warnings: list[LimitWarning],
        approver: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        count = len(payments)
        total = sum(p.amount_pence for p in payments)
        self.setWindowTitle(f"Approve {count} payment{'s' if count != 1 else ''}")
        layout = QVBoxLayout(self)
        people = len({p.participant_id for p in payments})
        summary = (
            f"Approve {count} payment{'s' if count != 1 else ''} to {people} "
            f"{'person' if people == 1 else 'people'}, {format_money(total)} in all?"
        )
        layout.addWidget(_plain_label(summary, self))
        if warnings:
            heading = _plain_label(
                f"⚠ {len(warnings)} earnings limit warning{'s' if len(warnings) != 1 else ''}:",
                self,
            )
            heading.setStyleSheet("color: #a4000f; font-weight: bold;")
            layout.addWidget(heading)
            details = QPlainTextEdit(self)
            details.setReadOnly(True)
            details.setTabChangesFocus(True)
            details.setPlainText("\n\n".join(w.message for w in warnings))
            details.setAccessibleName("Earnings limit warnings")
            layout.addWidget(details)
        form = QFormLayout()
        self.name_edit = QLineEdit(approver, self)
        self.name_edit.setAccessibleName("Approved by (your name)")
        label = QLabel("Approved &by (your name):", self)
        label.setBuddy(self.name_edit)
        form.addRow(label, self.name_edit)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, "&Approve"))
        self.name_edit.setFocus()
        self.resize(640, 420 if warnings else 200)

    def approver(self) -> str:
        return self.name_edit.text().strip()


class ReasonDialog(QDialog):
    def __init__(
        self, title: str, question: str, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(question, self))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName("Reason")
        label = QLabel("Rea&son:", self)
        label.setBuddy(self.reason_edit)
        row = QFormLayout()
        row.addRow(label, self.reason_edit)
        layout.addLayout(row)
        layout.addWidget(_buttons(self, action))
        self.reason_edit.setFocus()
        self.resize(560, 180)

    def reason(self) -> str:
        return self.reason_edit.text()


class StatementDialog(QDialog):
    """Whose statement, for which tax year, and how large the text should be."""

    def __init__(
        self, people: list[tuple[int, str]], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Payment statement")
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain_label(
                "A statement lists every approved or paid fee, voucher and expense in one tax "
                "year (a paid one by the day it was paid, one not paid yet by the date of the "
                "work), with totals, as a large-print PDF that screen readers can read. People "
                "often give it to a benefits adviser.",
                self,
            )
        )
        form = QFormLayout()
        self.person_edit = QLineEdit(self)
        self.person_edit.setAccessibleName("Person")
        self.person_edit.setPlaceholderText("Start typing a name")
        self.picker = PersonPicker(self.person_edit, people)
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName("Tax year")
        self.year_combo.view().setAccessibleName("Tax year: list")
        current = TaxYear.of(today)
        for offset in range(7):
            year = TaxYear(current.start_year - offset)
            first, last = year.first_day, year.last_day
            self.year_combo.addItem(
                f"{year.label} ({long_date(first)} to {long_date(last)})",
                year.start_year,
            )
        if today < current.first_day.replace(month=7):  # early in a year: last year is likelier
            self.year_combo.setCurrentIndex(1)
        self.size_spin = QSpinBox(self)
        self.size_spin.setRange(14, 36)
        self.size_spin.setValue(16)
        self.size_spin.setSuffix(" pt")
        self.size_spin.setAccessibleName("Text size")
        for text, widget in (
            ("&Person:", self.person_edit),
            ("&Tax year:", self.year_combo),
            ("Text &size:", self.size_spin),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.problem_label = _plain_label("", self)
        self.problem_label.setStyleSheet("color: #a4000f; font-weight: bold;")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        box = _buttons(self, "&Make the statement…")
        box.accepted.disconnect()
        box.accepted.connect(self._check)
        layout.addWidget(box)
        self.person_edit.setFocus()
        self.resize(620, 300)

    def _check(self) -> None:
        participant_id, why = self.picker.chosen()
        if participant_id is None:
            self.problem_label.setText(f"⚠ {why}")
            self.problem_label.show()
            self.person_edit.setFocus()
            return
        self.accept()

    def choice(self) -> tuple[int, TaxYear, int]:
        participant_id, _ = self.picker.chosen()
        assert participant_id is not None
        return participant_id, TaxYear(int(self.year_combo.currentData())), self.size_spin.value()


class ExportDialog(QDialog):
    """The period of approval to export for finance."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export approved payments")
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain_label(
                "Export the payments approved between these dates (whether paid yet or not), "
                "as a spreadsheet (.xlsx) or CSV file for your finance team. Payments approved "
                "before and cancelled between these dates are in it too, marked Cancelled, so "
                "that finance does not pay them.",
                self,
            )
        )
        form = QFormLayout()
        self.today = today
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        # Up to yesterday: today is not over, and what is approved or cancelled later today
        # would be in neither this export nor one starting tomorrow (open_period_warning).
        last = today - timedelta(days=1)
        first = last.replace(day=1)
        for edit, day, name in ((self.from_edit, first, "From"), (self.to_edit, last, "To")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setAccessibleName(f"Approved {name.lower()}")
        for text, widget in (("Approved &from:", self.from_edit), ("Approved &to:", self.to_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        # Said as soon as the dates make it true, in words (and read out by screen readers as
        # the label's text), not only on pressing OK.
        self.warning_label = _plain_label("", self)
        self.warning_label.setAccessibleName("Warning about the period")
        layout.addWidget(self.warning_label)
        layout.addWidget(_buttons(self, "&Choose the file…"))
        self.from_edit.dateChanged.connect(self._show_warning)
        self.to_edit.dateChanged.connect(self._show_warning)
        self._show_warning()
        self.from_edit.setFocus()
        self.resize(520, 240)

    def _show_warning(self) -> None:
        first, last = self.period()
        if last < first:
            text = (
                f"The last day ({long_date(last)}) is before the first ({long_date(first)}). "
                "Check both dates."
            )
        else:
            text = open_period_warning(last, self.today)
        self.warning_label.setText(text)
        self.warning_label.setVisible(bool(text))

    def accept(self) -> None:
        first, last = self.period()
        if last < first:
            self.to_edit.setFocus()
            return  # the label under the dates already says why
        super().accept()

    def period(self) -> tuple[date, date]:
        first, last = self.from_edit.date(), self.to_edit.date()
        return (
            date(first.year(), first.month(), first.day()),
            date(last.year(), last.month(), last.day()),
        )
