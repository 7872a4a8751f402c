"""A session's attendance register (tick people off with the keyboard), inviting people to
it, and the preview of the payments it will give."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QListWidgetItem, QPushButton, QWidget

from coprod_desktop.gui.forms.ui_invite_dialog import Ui_InviteDialog
from coprod_desktop.gui.forms.ui_payments_preview import Ui_PaymentsPreviewDialog
from coprod_desktop.gui.forms.ui_register_dialog import Ui_RegisterDialog
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.money import format_money
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.payment_generation import PreviewLine, SessionPaymentsPreview
from coprod_desktop.services.sessions import AttendanceLine
from coprod_desktop.services.text_folding import fold
from coprod_desktop.vocabulary import AttendanceStatus


def hours_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}:{rest:02d}"


class RegisterActions:
    """What the register dialog asks of the window (each call is one saved change)."""

    def __init__(
        self,
        load: Callable[[], list[AttendanceLine]],
        mark: Callable[[list[int], AttendanceStatus], None],
        set_minutes: Callable[[int, int, int], None],
        invite: Callable[[], None],
        remove: Callable[[list[int]], None],
    ) -> None:
        self.load, self.mark, self.set_minutes = load, mark, set_minutes
        self.invite, self.remove = invite, remove


_KEYS = {
    Qt.Key.Key_A: AttendanceStatus.ATTENDED,
    Qt.Key.Key_P: AttendanceStatus.APOLOGIES,
    Qt.Key.Key_D: AttendanceStatus.DID_NOT_ATTEND,
    Qt.Key.Key_I: AttendanceStatus.INVITED,
}


class RegisterDialog(QDialog):
    def __init__(self, title: str, actions: RegisterActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_RegisterDialog()
        self.form.setupUi(self)
        self.register_actions = actions
        f = self.form
        f.sessionLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.sessionLabel.setText(title)
        self.setWindowTitle(f"Register: {title}")
        self.model = RecordTableModel(
            [
                Column("Name", lambda a: a.name),
                Column("Attendance", lambda a: a.status.label),
                Column("At the session", lambda a: hours_text(a.session_minutes), right=True),
                Column("Preparation", lambda a: hours_text(a.prep_minutes), right=True),
                # Only people who came are paid for their time.
                Column(
                    "Time to pay",
                    lambda a: (
                        hours_text(a.minutes) if a.status is AttendanceStatus.ATTENDED else "none"
                    ),
                    right=True,
                ),
            ],
            self,
        )
        prepare_table(f.table, self.model, widths=(220, 140, 120, 120))
        f.table.installEventFilter(self)
        f.table.selectionModel().selectionChanged.connect(self._selection_changed)
        f.minutesSpin.setSingleStep(15)
        f.prepSpin.setSingleStep(15)
        f.minutesSpin.editingFinished.connect(self._minutes_changed)
        f.prepSpin.editingFinished.connect(self._minutes_changed)
        f.minutesSpin.installEventFilter(self)
        f.prepSpin.installEventFilter(self)
        # Enter finishes a number or a selection here; no button may be "default", or
        # Qt would press the first one (Invite people…) on every Enter.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        f.inviteButton.clicked.connect(self._invite)
        f.attendedButton.clicked.connect(lambda: self._mark(AttendanceStatus.ATTENDED))
        f.apologiesButton.clicked.connect(lambda: self._mark(AttendanceStatus.APOLOGIES))
        f.absentButton.clicked.connect(lambda: self._mark(AttendanceStatus.DID_NOT_ATTEND))
        f.removeButton.clicked.connect(self._remove)
        f.buttonBox.rejected.connect(self.reject)
        self.reload()
        f.table.setFocus()
        select_row(f.table, 0 if self.model.rowCount() else None)

    def reload(self, keep: list[int] | None = None) -> None:
        self.model.set_records(self.register_actions.load())
        kept = set(keep or [])
        selection = self.form.table.selectionModel()
        for row, line in enumerate(self.model.records):
            if line.participant_id in kept:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
                selection.setCurrentIndex(
                    self.model.index(row, 0), selection.SelectionFlag.NoUpdate
                )
        attended = sum(1 for a in self.model.records if a.status is AttendanceStatus.ATTENDED)
        self.form.helpLabel.setText(
            f"{self.model.rowCount()} on the register, {attended} attended. Select people and "
            "press A (attended), P (gave apologies), D (did not attend) or I (invited only)."
        )
        self._selection_changed()

    def _chosen(self) -> list[int]:
        return [self.model.record_at(r).participant_id for r in selected_rows(self.form.table)]

    def _selection_changed(self) -> None:
        chosen = selected_rows(self.form.table)
        one = self.model.record_at(chosen[0]) if len(chosen) == 1 else None
        for spin in (self.form.minutesSpin, self.form.prepSpin):
            spin.setEnabled(one is not None)
            spin.blockSignals(True)
        if one is not None:
            self.form.minutesSpin.setValue(one.session_minutes)
            self.form.prepSpin.setValue(one.prep_minutes)
        for spin in (self.form.minutesSpin, self.form.prepSpin):
            spin.blockSignals(False)
        for button in (
            self.form.attendedButton,
            self.form.apologiesButton,
            self.form.absentButton,
            self.form.removeButton,
        ):
            button.setEnabled(bool(chosen))

    def _mark(self, status: AttendanceStatus) -> None:
        chosen = self._chosen()
        if chosen:
            self.register_actions.mark(chosen, status)
            self.reload(keep=chosen)

    def _minutes_changed(self) -> None:
        chosen = self._chosen()
        if len(chosen) != 1:
            return
        line = self.model.record_at(selected_rows(self.form.table)[0])
        minutes, prep = self.form.minutesSpin.value(), self.form.prepSpin.value()
        if (minutes, prep) != (line.session_minutes, line.prep_minutes):
            self.register_actions.set_minutes(chosen[0], minutes, prep)
            self.reload(keep=chosen)

    def _invite(self) -> None:
        self.register_actions.invite()
        self.reload(keep=self._chosen())

    def _remove(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.register_actions.remove(chosen)
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.form.minutesSpin, self.form.prepSpin)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            # Save the number now and keep the key: passed on, it would close the dialog.
            self.form.minutesSpin.interpretText()
            self.form.prepSpin.interpretText()
            self._minutes_changed()
            return True
        if (
            watched is self.form.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            status = _KEYS.get(Qt.Key(event.key()))
            if status is not None:
                self._mark(status)
                return True
        return super().eventFilter(watched, event)


class InviteDialog(QDialog):
    """Tick people to invite; the search narrows the list as you type."""

    def __init__(self, people: list[tuple[int, str, str]], parent: QWidget | None = None) -> None:
        """``people``: (number, name shown, text searched) for everyone who can be invited."""
        super().__init__(parent)
        self.form = Ui_InviteDialog()
        self.form.setupUi(self)
        self._items: list[tuple[QListWidgetItem, str]] = []
        for participant_id, name, searched in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, participant_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.form.peopleList.addItem(item)
            self._items.append((item, fold(f"{name} {searched}")))
        self.form.searchEdit.textChanged.connect(self._filter)
        self.form.peopleList.itemChanged.connect(self._count)
        self.form.buttonBox.accepted.connect(self.accept)
        self.form.buttonBox.rejected.connect(self.reject)
        self._count()
        self.form.searchEdit.setFocus()

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for item, searched in self._items:
            item.setHidden(not all(word in searched for word in words))

    def _count(self) -> None:
        count = len(self.chosen())
        self.form.chosenLabel.setText(f"{count} {'person' if count == 1 else 'people'} ticked")

    def chosen(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item, _ in self._items
            if item.checkState() == Qt.CheckState.Checked
        ]


class PaymentsPreviewDialog(QDialog):
    """What "Work out payments" will create, before anything is saved."""

    def __init__(self, preview: SessionPaymentsPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_PaymentsPreviewDialog()
        self.form.setupUi(self)
        f = self.form
        self.setWindowTitle(f"Payments for {preview.title}")
        for label in (f.summaryLabel, f.totalLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        rates = preview.rates.data
        f.summaryLabel.setText(
            f"{preview.title}, {long_date(preview.date)}. Worked out with the rates in force from "
            f"{long_date(rates.effective_from)} ({format_money(rates.hourly_pence)} an hour, "
            f"{format_money(rates.half_day_pence)} a half day, "
            f"{format_money(rates.full_day_pence)} a full day). Nothing is saved until you "
            "choose Create payments; they start as drafts, to be approved."
        )
        model = RecordTableModel(
            [
                Column("Name", lambda line: line.name),
                Column("Kind", lambda line: line.kind.label),
                Column("Amount", lambda line: format_money(line.amount_pence), right=True),
                Column("How it was worked out", _how),
            ],
            self,
        )
        model.set_records(preview.lines)
        prepare_table(f.table, model, widths=(200, 150, 100))
        creating = [line for line in preview.lines if line.will_create]
        f.totalLabel.setText(
            f"{len(creating)} payments to create, {format_money(preview.total_pence)} in all."
            if creating
            else "Nothing to create: no one has attended, or everyone already has a payment."
        )
        ok = f.buttonBox.button(f.buttonBox.StandardButton.Ok)
        ok.setText("Create payments")
        ok.setAccessibleName("Create payments")
        ok.setEnabled(bool(creating))
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        f.table.setFocus()


def _how(line: PreviewLine) -> str:
    return (
        f"{line.explanation} (skipped: {line.skip_reason})"
        if line.skip_reason
        else line.explanation
    )
