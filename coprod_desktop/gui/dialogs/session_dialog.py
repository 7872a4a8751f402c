"""Add or change a session: project, title, what it is for, kind, date and times, place, access
support, pay, and its agenda (saved with the session, all or nothing)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QWidget

from coprod_desktop.gui.agenda_editor import AgendaEditor
from coprod_desktop.gui.choices import chosen, fill, select
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.forms.ui_session_form import Ui_SessionDialog
from coprod_desktop.services.agenda import AGENDA_FIELD, AgendaItemData, AgendaItemRecord
from coprod_desktop.services.form_checks import FieldProblem, ValidationError
from coprod_desktop.services.sessions import SessionData, SessionRecord
from coprod_desktop.vocabulary import PaymentBasis, SessionKind

# Saves the session and its agenda together (agenda.save_session_with_agenda), in one
# transaction; what it returns is kept in ``saved``.
SaveSession = Callable[[SessionData, list[AgendaItemData]], object]


class SessionDialog(FormDialog):
    def __init__(
        self,
        save: SaveSession,
        projects: list[tuple[int, str]],
        record: SessionRecord | None = None,
        parent: QWidget | None = None,
        *,
        project_id: int | None = None,
        today: date | None = None,
        agenda: Sequence[AgendaItemRecord | AgendaItemData] = (),
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_SessionDialog())
        self._save = save
        self.record = record
        self.saved: object | None = None
        f = self.form
        self.track_errors(
            {
                "project_id": f.projectCombo,
                "title": f.titleEdit,
                "purpose": f.purposeEdit,
                "kind": f.kindCombo,
                "date": f.dateEdit,
                "start_time": f.startEdit,
                "end_time": f.endEdit,
                "place": f.placeEdit,
                "access_support": f.supportEdit,
                "payment_basis": f.basisCombo,
                "prep_minutes": f.prepSpin,
                AGENDA_FIELD: f.agendaTable,
            }
        )
        self.agenda = AgendaEditor(
            f.agendaTable,
            f.addItemButton,
            f.removeItemButton,
            f.moveUpButton,
            f.moveDownButton,
            f.agendaTotalLabel,
        )
        for project_number, name in projects:
            f.projectCombo.addItem(name, project_number)
        fill(f.kindCombo, None, ((k.label, k) for k in SessionKind))
        fill(f.basisCombo, None, ((b.label, b) for b in PaymentBasis))
        f.prepSpin.setSingleStep(15)
        day = today or date.today()
        if record is not None:
            data = record.data
            self.setWindowTitle(f"Session: {data.title}")
            self._choose_project(data.project_id)
            f.titleEdit.setText(data.title)
            f.purposeEdit.setPlainText(data.purpose)
            select(f.kindCombo, data.kind)
            f.dateEdit.setDate(QDate(data.date.year, data.date.month, data.date.day))
            f.startEdit.setTime(QTime(data.start_time.hour, data.start_time.minute))
            f.endEdit.setTime(QTime(data.end_time.hour, data.end_time.minute))
            f.placeEdit.setText(data.place)
            f.onlineCheck.setChecked(data.online)
            f.supportEdit.setPlainText(data.access_support)
            select(f.basisCombo, data.payment_basis)
            f.prepSpin.setValue(data.prep_minutes)
        else:
            self.setWindowTitle("New session")
            if project_id is not None:
                self._choose_project(project_id)
            f.dateEdit.setDate(QDate(day.year, day.month, day.day))
            f.startEdit.setTime(QTime(10, 0))
            f.endEdit.setTime(QTime(12, 0))
        self.agenda.load(agenda)
        f.titleEdit.setFocus()

    def _choose_project(self, project_id: int) -> None:
        index = self.form.projectCombo.findData(project_id)
        self.form.projectCombo.setCurrentIndex(max(index, 0))

    def data(self) -> SessionData | None:
        f = self.form
        project = f.projectCombo.currentData()
        if project is None:
            return None
        picked = f.dateEdit.date()
        start, end = f.startEdit.time(), f.endEdit.time()
        return SessionData(
            project_id=int(project),
            title=f.titleEdit.text(),
            kind=chosen(f.kindCombo, SessionKind) or SessionKind.MEETING,
            date=date(picked.year(), picked.month(), picked.day()),
            start_time=time(start.hour(), start.minute()),
            end_time=time(end.hour(), end.minute()),
            place=f.placeEdit.text(),
            online=f.onlineCheck.isChecked(),
            access_support=f.supportEdit.toPlainText(),
            payment_basis=chosen(f.basisCombo, PaymentBasis) or PaymentBasis.HOURLY,
            prep_minutes=f.prepSpin.value(),
            purpose=f.purposeEdit.toPlainText(),
        )

    def agenda_items(self) -> list[AgendaItemData]:
        """The agenda as shown, in order."""
        return self.agenda.items()

    def form_state(self) -> list[object]:
        # The agenda table is not one of the widgets FormDialog reads: add what it holds, so
        # adding, changing, removing or reordering items counts as a change.
        return [*super().form_state(), tuple(self.agenda.items())]

    def accept_form(self) -> None:
        data = self.data()
        if data is None:
            self.errors.show(
                ValidationError(
                    [
                        FieldProblem(
                            "project_id",
                            "Project is missing. Add a project first, in the Projects screen.",
                            "Project",
                        )
                    ]
                )
            )
            return
        self.agenda.keep_typing()
        result = self.attempt(lambda: self._save(data, self.agenda_items()))
        if result is not None:
            self.saved = result
            self.accept()
