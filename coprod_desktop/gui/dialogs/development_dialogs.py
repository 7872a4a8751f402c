"""One person's development log (skills, training, roles, references: newest first, with Add,
Open and Delete), the form for one entry, and "The difference you made": choosing the period,
text size and format of someone's letter of thanks, then saving it off the GUI thread.

Someone who has left the group keeps their log, and entries can still be added for what they
did before they left.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.gui.choices import chosen, fill, select
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.form_fields import ErrorDisplay
from coprod_desktop.gui.forms.ui_development_form import Ui_DevelopmentEntryDialog
from coprod_desktop.gui.forms.ui_difference_letter_form import Ui_DifferenceLetterDialog
from coprod_desktop.gui.jobs import Job, JobControl
from coprod_desktop.gui.messages import confirm, show_error
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.services import development, participants, projects
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.development import DevelopmentData, DevelopmentRecord
from coprod_desktop.services.difference import check_period
from coprod_desktop.services.errors import ServiceError
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.settings import load_settings, remember_organisation
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.problems import DatabaseProblem
from coprod_desktop.vocabulary import AccessNeed, DevelopmentKind

NO_PROJECT = "Not part of a project"
DEFAULT_SIZE = 16
LARGE_PRINT_SIZE = 18  # for someone whose access needs ask for large print

SaveEntry = Callable[[DevelopmentData], object]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def plain(label: str) -> str:
    """A label without its Alt-letter marker, for accessible names."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _describe(error: BaseException) -> str:
    if isinstance(error, DatabaseProblem):
        return error.message
    if isinstance(error, ServiceError):
        return str(error)
    return f"Something went wrong ({error})."


def one_year_back(today: date) -> date:
    """The first day of the 12 months that end today: 1 December 2024 for 30 November 2025."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return year_ago + timedelta(days=1)


# --- one entry ----------------------------------------------------------------------------------
class DevelopmentEntryDialog(FormDialog):
    """Add or change one entry of someone's log."""

    def __init__(
        self,
        save: SaveEntry,
        participant_id: int,
        name: str,
        project_choices: list[tuple[int, str]],
        record: DevelopmentRecord | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_DevelopmentEntryDialog())
        self._save = save
        self.participant_id = participant_id
        self.record = record
        self.saved: object | None = None
        f: Ui_DevelopmentEntryDialog = self.form
        self.track_errors(
            {
                "kind": f.kindCombo,
                "happened_on": f.dateEdit,
                "what": f.whatEdit,
                "details": f.detailsEdit,
                "project_id": f.projectCombo,
            }
        )
        f.whoLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.whoLabel.setText(f"{name} (person {participant_id})")
        fill(f.kindCombo, None, ((k.label, k) for k in DevelopmentKind))
        f.projectCombo.view().setAccessibleName("Project it was part of: list")
        f.projectCombo.addItem(NO_PROJECT, None)
        for number, project_name in project_choices:
            f.projectCombo.addItem(project_name, number)
        day = today or today_here()
        # The log keeps what has happened: the calendar stops at today (the service checks too).
        f.dateEdit.setMaximumDate(_qdate(day))
        if record is not None:
            data = record.data
            self.setWindowTitle(f"Development log: entry {record.id}")
            select(f.kindCombo, data.kind)
            f.dateEdit.setDate(_qdate(data.happened_on))
            f.whatEdit.setText(data.what)
            f.detailsEdit.setPlainText(data.details)
            if data.project_id is not None:
                index = f.projectCombo.findData(data.project_id)
                if index < 0:  # a project no longer offered is kept as stored
                    f.projectCombo.addItem(record.project_name, data.project_id)
                    index = f.projectCombo.count() - 1
                f.projectCombo.setCurrentIndex(index)
        else:
            self.setWindowTitle(f"New development log entry: {name}")
            f.dateEdit.setDate(_qdate(day))
        self.setAccessibleName(self.windowTitle())
        f.kindCombo.setFocus()

    def data(self) -> DevelopmentData:
        f: Ui_DevelopmentEntryDialog = self.form
        project = f.projectCombo.currentData()
        return DevelopmentData(
            participant_id=self.participant_id,
            kind=chosen(f.kindCombo, DevelopmentKind) or DevelopmentKind.SKILL,
            happened_on=_day(f.dateEdit.date()),
            what=f.whatEdit.text(),
            details=f.detailsEdit.toPlainText(),
            project_id=int(project) if project is not None else None,
        )

    def accept_form(self) -> None:
        data = self.data()
        result = self.attempt(lambda: self._save(data))
        if result is not None:
            self.saved = result
            self.accept()


# --- the log ------------------------------------------------------------------------------------
class DevelopmentLogDialog(QDialog):
    """Everything logged for one person, newest first, with Add, Open and Delete."""

    def __init__(
        self,
        database: Database,
        participant_id: int,
        name: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.participant_id = participant_id
        self.name = name
        self._today = today
        self.setWindowTitle(f"Development log: {name}")
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 440)

        layout = QVBoxLayout(self)
        self.whoLabel = QLabel(f"{name} (person {participant_id})")
        self.whoLabel.setObjectName("whoLabel")
        self.whoLabel.setTextFormat(Qt.TextFormat.PlainText)
        font = self.whoLabel.font()
        font.setBold(True)
        self.whoLabel.setFont(font)
        layout.addWidget(self.whoLabel)
        explain = QLabel(
            "Skills gained, training attended, roles taken on and references given. They "
            "appear in the person's letter, 'The difference you made'."
        )
        explain.setObjectName("explainLabel")
        explain.setWordWrap(True)
        layout.addWidget(explain)

        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setAccessibleName("Development log entries, newest first")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside
        self.model = RecordTableModel(
            [
                Column("Date", lambda r: long_date(r.data.happened_on)),
                Column("Kind", lambda r: r.data.kind.label),
                Column("What", lambda r: r.data.what),
                Column("Project", lambda r: r.project_name),
            ],
            self,
        )
        prepare_table(self.table, self.model, self.open_entry, (140, 130, 300))
        table_label = QLabel("&Entries (newest first):")
        table_label.setObjectName("tableLabel")
        table_label.setBuddy(self.table)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        self.emptyLabel = QLabel("Nothing logged yet. Choose Add to log a first entry.")
        self.emptyLabel.setObjectName("emptyLabel")
        self.emptyLabel.setWordWrap(True)
        layout.addWidget(self.emptyLabel)

        buttons = QHBoxLayout()
        self.addButton = self._button("addButton", "&Add…", self.add_entry)
        self.openButton = self._button("openButton", "&Open…", self.open_entry)
        self.deleteButton = self._button("deleteButton", "&Delete…", self.delete_entry)
        for button in (self.addButton, self.openButton, self.deleteButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttonBox.setObjectName("buttonBox")
        self.buttonBox.rejected.connect(self.reject)
        for each in self.buttonBox.buttons():
            each.setAccessibleName(plain(each.text()))
        layout.addWidget(self.buttonBox)

        self.refresh()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()
        (self.table if self.model.rowCount() else self.addButton).setFocus()

    @property
    def today(self) -> date:
        return self._today or today_here()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(plain(text).rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def entries(self) -> list[DevelopmentRecord]:
        return list(self.model.records)

    def selected(self) -> DevelopmentRecord | None:
        rows = selected_rows(self.table)
        record: DevelopmentRecord | None = self.model.record_at(rows[0]) if rows else None
        return record

    def _enable(self) -> None:
        has = self.selected() is not None
        self.openButton.setEnabled(has)
        self.deleteButton.setEnabled(has)

    def refresh(self, keep: int | None = None) -> None:
        found: list[DevelopmentRecord] = []
        try:
            with self.database.reading() as session:
                found = development.list_entries(session, self.participant_id)
        except Exception as error:
            show_error(self, "Could not read the development log", _describe(error))
        if keep is None:
            current = self.selected()
            keep = current.id if current is not None else None
        self.model.set_records(found)
        row = self.model.row_where(lambda r: r.id == keep) if keep is not None else None
        select_row(self.table, row if row is not None else (0 if found else None))
        self.emptyLabel.setVisible(not found)
        self._enable()

    def _project_choices(self) -> list[tuple[int, str]] | None:
        try:
            with self.database.reading() as session:
                return [(p.id, p.data.name) for p in projects.list_projects(session)]
        except Exception as error:
            show_error(self, "Could not open the form", _describe(error))
            return None

    def add_entry(self) -> None:
        choices = self._project_choices()
        if choices is None:
            return
        today = self.today

        def save(data: DevelopmentData) -> int:
            with self.database.transaction() as session:
                return development.add_entry(session, data, today)

        dialog = DevelopmentEntryDialog(
            save, self.participant_id, self.name, choices, None, self, today=today
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int):
            self.refresh(keep=dialog.saved)

    def open_entry(self) -> None:
        current = self.selected()
        if current is None:
            return
        choices = self._project_choices()
        if choices is None:
            return
        today = self.today
        entry_id = current.id

        def save(data: DevelopmentData) -> DevelopmentRecord:
            with self.database.transaction() as session:
                return development.update_entry(session, entry_id, data, today)

        dialog = DevelopmentEntryDialog(
            save, self.participant_id, self.name, choices, current, self, today=today
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(keep=entry_id)

    def delete_entry(self) -> None:
        current = self.selected()
        if current is None:
            return
        if not confirm(
            self,
            "Delete this entry",
            f"Delete this entry from {self.name}'s development log?\n\n{current.label}\n\n"
            "It will no longer appear in their letter. This cannot be undone.",
            "&Delete it",
        ):
            return
        row = selected_rows(self.table)[0]
        try:
            with self.database.transaction() as session:
                development.delete_entry(session, current.id)
        except Exception as error:
            show_error(self, "The entry was not deleted", _describe(error))
            return
        self.refresh(keep=-1)
        count = self.model.rowCount()
        select_row(self.table, min(row, count - 1) if count else None)
        self._enable()


# --- the letter ---------------------------------------------------------------------------------
class DifferenceLetterDialog(QDialog):
    """The period, text size, format and group's name of someone's "The difference you made"
    letter. The file is chosen next, in the save dialog.

    The group's name starts as the one last typed here or in the funder report (the app's
    settings remember it), and is remembered again when the letter is chosen.
    """

    FORMATS = (
        ("PDF, to print or to read with a screen reader", ".pdf"),
        ("Word document, to change or copy from", ".docx"),
    )

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        large_print: bool = False,
        today: date | None = None,
        organisation: str | None = None,
    ) -> None:
        """``organisation``: the group's name to start with; None for the one remembered."""
        super().__init__(parent)
        self.form = Ui_DifferenceLetterDialog()
        self.form.setupUi(self)
        f = self.form
        day = today or today_here()
        self.setWindowTitle(f"The difference you made: {name}")
        self.setAccessibleName(self.windowTitle())
        f.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.introLabel.setText(
            f"A letter thanking {name} for what they did in a period: the sessions they came "
            "to and their time, the decisions they helped make, what they said and what was "
            "done, and their development log, with a line for their CV. Next you choose where "
            "to save it."
        )
        f.fromEdit.setDate(_qdate(one_year_back(day)))
        f.toEdit.setDate(_qdate(day))
        f.sizeSpin.setValue(LARGE_PRINT_SIZE if large_print else DEFAULT_SIZE)
        f.sizeNote.setTextFormat(Qt.TextFormat.PlainText)
        if large_print:
            f.sizeNote.setText(
                f"{name}'s access needs include large print, so the text starts at "
                f"{LARGE_PRINT_SIZE} point."
            )
        f.sizeNote.setVisible(large_print)
        f.formatCombo.view().setAccessibleName("Format: list")
        for text, suffix in self.FORMATS:
            f.formatCombo.addItem(text, suffix)
        f.organisationEdit.setText(
            load_settings().organisation_name if organisation is None else organisation
        )
        self.errors = ErrorDisplay(f.errorSummary, {"date_from": f.fromEdit, "date_to": f.toEdit})
        ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Choose the file…")
        ok.setAccessibleName("Choose the file")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        f.buttonBox.accepted.connect(self._accept)
        f.buttonBox.rejected.connect(self.reject)
        f.fromEdit.setFocus()

    def period(self) -> tuple[date, date]:
        return _day(self.form.fromEdit.date()), _day(self.form.toEdit.date())

    def font_size(self) -> int:
        return int(self.form.sizeSpin.value())

    def suffix(self) -> str:
        return str(self.form.formatCombo.currentData())

    def organisation(self) -> str:
        """The group's name to sign the letter with ("" for none)."""
        return " ".join(self.form.organisationEdit.text().split())

    def _accept(self) -> None:
        self.errors.clear()
        try:
            check_period(*self.period())
        except ValidationError as error:
            self.errors.show(error)
            self.errors.summary.setText(
                self.errors.summary.text().replace("Nothing was saved. ", "")
            )
            return
        remember_organisation(self.organisation())
        self.accept()


def save_difference_letter(
    parent: QWidget,
    host: PageHost,
    database: Database,
    participant_id: int,
    name: str,
    *,
    today: date | None = None,
) -> Job[Path] | None:
    """Ask for the period, size, format and group's name, then where to save, then write the
    letter off the GUI thread. Returns the running job (None if the person stopped before it
    started)."""
    day = today or today_here()
    try:
        with database.reading() as session:
            record = participants.get_participant(session, participant_id)
    except Exception as error:
        show_error(parent, "Could not make the letter", _describe(error))
        return None
    dialog = DifferenceLetterDialog(
        name, parent, large_print=AccessNeed.LARGE_PRINT in record.data.access_needs, today=day
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    date_from, date_to = dialog.period()
    font_size = dialog.font_size()
    suffix = dialog.suffix()
    organisation = dialog.organisation()
    dialog.deleteLater()
    if not accepted:
        return None
    from coprod_desktop.gui.document_output import (
        DOCX,
        PDF,
        ask_where_to_save,
        safe_file_name,
        save_document,
    )

    kinds = [PDF, DOCX] if suffix == ".pdf" else [DOCX, PDF]
    suggested = Path.home() / f"The difference you made {safe_file_name(name, 'letter')}{suffix}"
    path = ask_where_to_save(parent, "Save the letter", suggested, kinds)
    if path is None:
        return None

    def write(target: Path, control: JobControl) -> None:
        from coprod_desktop.services.difference import difference_for

        control.report(f"Gathering what {name} took part in…")
        with database.reading() as session:
            letter = difference_for(session, participant_id, date_from, date_to, day)
        control.check_cancelled()
        if target.suffix.lower() == ".docx":
            from coprod_desktop.reports.difference_letter_docx import (
                write_difference_letter_docx,
            )

            control.report("Writing the Word document…")
            write_difference_letter_docx(
                letter, target, font_size=font_size, organisation=organisation
            )
        else:
            from coprod_desktop.reports.difference_letter_pdf import write_difference_letter_pdf

            control.report("Writing the PDF…")
            write_difference_letter_pdf(
                letter, target, font_size=font_size, organisation=organisation
            )

    return save_document(parent, host, f"the letter for {name}", path, write)
