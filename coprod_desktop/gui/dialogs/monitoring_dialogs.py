"""One person's diversity monitoring answers: the forms on record (by their dates only),
recording a new form, looking at the answers (after asking, and logged), removing them at the
person's request, and the access log.

Answers are special-category personal data, so nothing here reads them except through
``monitoring.reveal_answers``, which logs the look; the main window shows only what
``has_answers`` gives (when each form was collected, and how).
"""

from __future__ import annotations

import getpass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop import monitoring_standard as standard
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.messages import confirm, show_error, show_info
from coprod_desktop.monitoring_standard import PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL
from coprod_desktop.services import monitoring
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.errors import ServiceError
from coprod_desktop.services.monitoring import (
    VIA_APP,
    WRITE_IN_ANSWERS,
    AccessRecord,
    FormDate,
    LocalQuestionRecord,
    MonitoringAnswers,
    MonitoringFormData,
    MonitoringFormRecord,
)
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.problems import DatabaseProblem
from coprod_desktop.vocabulary import MonitoringMethod

NOT_ANSWERED_LABEL = "Not answered"

# "Form collected 3 May 2025, on paper": how each way of collecting reads in a sentence.
METHOD_PHRASES = {
    MonitoringMethod.PAPER_FORM: "on paper",
    MonitoringMethod.ONLINE: "online",
    MonitoringMethod.CONVERSATION: "in conversation",
}

# Each question's label on the form (with its Alt-letter), and the write-ins' labels.
QUESTION_LABELS = {
    "age_band": "&Age",
    "sex": "Se&x",
    "gender_identity": "&Gender identity",
    "sexual_orientation": "Sexual &orientation",
    "ethnic_group": "&Ethnic group",
    "religion": "Re&ligion",
    "disability": "Disa&bility",
    "carer": "Car&ing",
}
WRITE_IN_LABELS = {
    "gender_identity": "Gender identity, &written in",
    "sexual_orientation": "Sexual orientation, w&ritten in",
    "ethnic_group": "Ethnic group, wri&tten in",
}


def computer_user() -> str:
    """This computer's user name, the default for "Your name" (or "" if it has none)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def form_date_text(collected_on: date, method: MonitoringMethod) -> str:
    return f"Form collected {long_date(collected_on)}, {METHOD_PHRASES[method]}"


def plain(label: str) -> str:
    """A label without its Alt-letter marker, for accessible names."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _read_only_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(len(headers) - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setWordWrap(True)
    table.resizeRowsToContents()
    if rows:
        table.setCurrentCell(0, 0)


def _labelled(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


# --- the person's monitoring ------------------------------------------------------------------
class MonitoringDialog(QDialog):
    """Who, the forms on record by their dates, and the four things that can be done."""

    def __init__(
        self,
        database: Database,
        participant_id: int,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.participant_id = participant_id
        self.name = name
        self.forms: list[FormDate] = []
        self.setWindowTitle(f"Diversity monitoring: {name}")
        self.setAccessibleName(self.windowTitle())
        self.resize(560, 380)

        layout = QVBoxLayout(self)
        self.whoLabel = QLabel(f"{name} (person {participant_id})")
        self.whoLabel.setObjectName("whoLabel")
        self.whoLabel.setTextFormat(Qt.TextFormat.PlainText)
        font = self.whoLabel.font()
        font.setBold(True)
        self.whoLabel.setFont(font)
        layout.addWidget(self.whoLabel)
        explain = QLabel(
            "Monitoring answers are kept apart from the register and are hidden. Only when "
            "each form was collected is shown here."
        )
        explain.setObjectName("explainLabel")
        explain.setWordWrap(True)
        layout.addWidget(explain)

        self.formsList = QListWidget()
        self.formsList.setObjectName("formsList")
        self.formsList.setAccessibleName("Forms on record")
        forms_label = _labelled("&Forms on record (newest first):", self.formsList)
        forms_label.setObjectName("formsLabel")
        layout.addWidget(forms_label)
        layout.addWidget(self.formsList, 1)

        buttons = QHBoxLayout()
        self.recordButton = self._button("recordButton", "&Record a new form…", self.record_form)
        self.showButton = self._button("showButton", "&Show answers…", self.show_answers)
        self.removeButton = self._button("removeButton", "Re&move answers…", self.remove_answers)
        self.logButton = self._button("logButton", "Access &log…", self.show_log)
        for button in (self.recordButton, self.showButton, self.removeButton, self.logButton):
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
        self.recordButton.setFocus()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(plain(text).rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        """The forms on record, by their dates only (has_answers never gives answers)."""
        try:
            with self.database.reading() as session:
                self.forms = monitoring.has_answers(session, self.participant_id)
        except Exception as error:
            self.forms = []
            show_error(self, "Could not read the forms", _describe(error))
        self.formsList.clear()
        for number, form in enumerate(self.forms):
            text = form_date_text(form.collected_on, form.method)
            if number == 0 and len(self.forms) > 1:
                text += " (the one reports use)"
            self.formsList.addItem(text)
        if not self.forms:
            self.formsList.addItem("No monitoring forms on record.")
        self.formsList.setCurrentRow(0)
        self.showButton.setEnabled(bool(self.forms))
        self.removeButton.setEnabled(bool(self.forms))

    # --- the four actions -------------------------------------------------------------------
    def record_form(self) -> None:
        try:
            with self.database.reading() as session:
                question = monitoring.get_local_question(session)
        except Exception as error:
            show_error(self, "Could not open the form", _describe(error))
            return
        dialog = RecordFormDialog(self.database, self.participant_id, self.name, question, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def show_answers(self) -> None:
        """Ask first; only once confirmed are the answers read (and the look logged)."""
        ask = RevealDialog(self.name, self)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.database.transaction() as session:
                records = monitoring.reveal_answers(
                    session, self.participant_id, ask.by_whom(), VIA_APP
                )
                question = monitoring.get_local_question(session)
        except Exception as error:
            show_error(self, "The answers were not shown", _describe(error))
            return
        AnswersDialog(self.name, records, question, self).exec()

    def remove_answers(self) -> None:
        if not confirm(
            self,
            "Remove monitoring answers",
            f"This deletes every monitoring form {self.name} has given. It cannot be undone. "
            "Remove them?",
            "&Remove them",
        ):
            return
        try:
            with self.database.transaction() as session:
                removed = monitoring.remove_answers(
                    session, self.participant_id, computer_user() or "unknown", VIA_APP
                )
        except Exception as error:
            show_error(self, "The answers were not removed", _describe(error))
            return
        forms = "1 form was" if removed == 1 else f"{removed:,} forms were"
        show_info(
            self,
            "Monitoring answers removed",
            f"{forms} removed. {self.name}'s answers no longer count anywhere.",
        )
        self.refresh()

    def show_log(self) -> None:
        try:
            with self.database.reading() as session:
                entries = monitoring.access_log(session, self.participant_id)
        except Exception as error:
            show_error(self, "Could not read the access log", _describe(error))
            return
        AccessLogDialog(self.name, entries, self).exec()


def _describe(error: BaseException) -> str:
    if isinstance(error, DatabaseProblem):
        return error.message
    if isinstance(error, ServiceError):
        return str(error)
    return f"Something went wrong ({error})."


# --- looking at the answers -------------------------------------------------------------------
class RevealDialog(QDialog):
    """The deliberate step before answers are shown: what it means, and who is looking."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Show monitoring answers")
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.messageLabel = QLabel(
            "These answers are special-category personal data. Looking at them is recorded "
            f"with the time and your name. Show {name}'s answers?"
        )
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        layout.addWidget(self.messageLabel)
        form = QFormLayout()
        self.nameEdit = QLineEdit(computer_user())
        self.nameEdit.setObjectName("nameEdit")
        self.nameEdit.setAccessibleName("Your name")
        self.nameEdit.setMaxLength(monitoring.BY_WHOM_MAX)
        form.addRow(_labelled("Your &name:", self.nameEdit), self.nameEdit)
        layout.addLayout(form)
        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setObjectName("buttonBox")
        self.showButton = self.buttonBox.addButton(
            "&Show answers", QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttonBox.addButton(QDialogButtonBox.StandardButton.Cancel)
        for each in self.buttonBox.buttons():
            each.setAccessibleName(plain(each.text()))
            if isinstance(each, QPushButton):
                each.setAutoDefault(False)
        # The safe answer is the default: Enter does not show anything.
        cancel.setDefault(True)
        self.buttonBox.accepted.connect(self._accept)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self.nameEdit.setFocus()

    def by_whom(self) -> str:
        return self.nameEdit.text()

    def _accept(self) -> None:
        try:
            monitoring.check_may_see_answers(self.by_whom())
        except ServiceError as error:
            show_error(self, "Your name is needed", str(error))
            self.nameEdit.setFocus()
            return
        self.accept()


def answer_rows(
    records: list[MonitoringFormRecord], question: LocalQuestionRecord | None
) -> list[list[str]]:
    """Form, question, answer: every question of every form, in words."""
    rows: list[list[str]] = []
    for record in records:
        form = form_date_text(record.data.collected_on, record.data.method)
        if record.is_latest and len(records) > 1:
            form += " (the one reports use)"
        answers = record.data.answers
        for item in standard.QUESTIONS:
            rows.append([form, item.short, answers.label_of(item.code)])
            written = answers.write_in_for(item.code)
            if written:
                rows.append([form, plain(WRITE_IN_LABELS[item.code]), written])
        if answers.local_answer or question is not None:
            asked = question.text if question is not None else "Your own question"
            rows.append([form, asked, answers.local_answer or NOT_ANSWERED_LABEL])
    return rows


class AnswersDialog(QDialog):
    """Every form's answers, read-only."""

    def __init__(
        self,
        name: str,
        records: list[MonitoringFormRecord],
        question: LocalQuestionRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Monitoring answers: {name}")
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        self.answersTable = QTableWidget()
        self.answersTable.setObjectName("answersTable")
        self.answersTable.setAccessibleName(f"{name}'s answers")
        label = _labelled(
            "&Answers (this look has been recorded in the access log):"
            if records
            else "&Answers: no forms on record (this look has been recorded in the access log).",
            self.answersTable,
        )
        label.setObjectName("answersLabel")
        label.setWordWrap(True)
        layout.addWidget(label)
        _read_only_table(
            self.answersTable, ["Form", "Question", "Answer"], answer_rows(records, question)
        )
        layout.addWidget(self.answersTable, 1)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttonBox.setObjectName("buttonBox")
        self.buttonBox.rejected.connect(self.reject)
        for button in self.buttonBox.buttons():
            button.setAccessibleName(plain(button.text()))
        layout.addWidget(self.buttonBox)
        self.answersTable.setFocus()


# --- the access log ---------------------------------------------------------------------------
def log_rows(entries: list[AccessRecord]) -> list[list[str]]:
    rows = []
    for entry in entries:
        local = entry.happened_at.astimezone()  # stored in UTC, shown in this computer's time
        rows.append(
            [
                f"{long_date(local.date())}, {local:%H:%M}",
                entry.access.label,
                entry.by_whom,
                "the app" if entry.via == VIA_APP else entry.via,
            ]
        )
    return rows


class AccessLogDialog(QDialog):
    """Each look, recording and removal for one person: when, what, who, from where."""

    def __init__(
        self, name: str, entries: list[AccessRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Access log: {name}")
        self.setAccessibleName(self.windowTitle())
        self.resize(680, 400)
        layout = QVBoxLayout(self)
        self.logTable = QTableWidget()
        self.logTable.setObjectName("logTable")
        self.logTable.setAccessibleName(f"Access log for {name}")
        label = _labelled(
            "&Log, newest first (times are this computer's time):"
            if entries
            else "&Log: nothing recorded yet.",
            self.logTable,
        )
        label.setObjectName("logLabel")
        layout.addWidget(label)
        _read_only_table(self.logTable, ["When", "What", "By whom", "From"], log_rows(entries))
        layout.addWidget(self.logTable, 1)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttonBox.setObjectName("buttonBox")
        self.buttonBox.rejected.connect(self.reject)
        for button in self.buttonBox.buttons():
            button.setAccessibleName(plain(button.text()))
        layout.addWidget(self.buttonBox)
        self.logTable.setFocus()


# --- recording a form -------------------------------------------------------------------------
class _RecordForm:
    """The record form's widgets, built in code (the questions come from monitoring_standard).

    Shaped like a generated Designer form, so FormDialog can set it up."""

    errorSummary: QLabel
    buttonBox: QDialogButtonBox

    def __init__(self, name: str, question: LocalQuestionRecord | None) -> None:
        self.name = name
        self.question = question
        self.combos: dict[str, QComboBox] = {}
        self.write_ins: dict[str, QLineEdit] = {}
        self.localCombo: QComboBox | None = None
        self.localEdit: QLineEdit | None = None

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.view().setAccessibleName(f"{accessible}: list")
        return combo

    def setupUi(self, dialog: QDialog) -> None:  # the name Designer forms use
        dialog.setWindowTitle(f"Record a monitoring form: {self.name}")
        dialog.setAccessibleName(dialog.windowTitle())
        outer = QVBoxLayout(dialog)
        self.errorSummary = QLabel()
        self.errorSummary.setObjectName("errorSummary")
        outer.addWidget(self.errorSummary)
        intro = QLabel(
            "Every question is optional. Leave \u201cNot answered\u201d where a question was "
            "not asked or was skipped."
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout = form

        self.dateEdit = QDateEdit()
        self.dateEdit.setObjectName("dateEdit")
        self.dateEdit.setAccessibleName("Date collected")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat("d MMMM yyyy")
        form.addRow(_labelled("&Date collected:", self.dateEdit), self.dateEdit)

        self.methodCombo = self._combo("methodCombo", "How it was collected")
        for method in MonitoringMethod:
            self.methodCombo.addItem(method.label, method.value)
        form.addRow(_labelled("&How it was collected:", self.methodCombo), self.methodCombo)

        for item in standard.QUESTIONS:
            combo = self._combo(f"{item.code}Combo", item.short)
            combo.setAccessibleDescription(item.text)
            combo.setToolTip(item.text)
            combo.addItem(NOT_ANSWERED_LABEL, None)
            for answer in item.answers:
                combo.addItem(answer.label, answer.code)
            combo.addItem(PREFER_NOT_TO_SAY_LABEL, PREFER_NOT_TO_SAY)
            self.combos[item.code] = combo
            form.addRow(_labelled(f"{QUESTION_LABELS[item.code]}:", combo), combo)
            if item.code in WRITE_IN_LABELS:
                edit = QLineEdit()
                edit.setObjectName(f"{item.code}WriteInEdit")
                edit.setAccessibleName(plain(WRITE_IN_LABELS[item.code]))
                edit.setEnabled(False)
                self.write_ins[item.code] = edit
                form.addRow(_labelled(f"{WRITE_IN_LABELS[item.code]}:", edit), edit)

        if self.question is not None:
            text = self.question.text.replace("&", "&&")
            label_text = f"Your own &question: {text}"
            if self.question.answers:
                combo = self._combo("localCombo", self.question.text)
                combo.addItem(NOT_ANSWERED_LABEL, "")
                for text in self.question.answers:
                    combo.addItem(text, text)
                combo.addItem(PREFER_NOT_TO_SAY_LABEL, PREFER_NOT_TO_SAY_LABEL)
                self.localCombo = combo
                local: QWidget = combo
            else:
                self.localEdit = QLineEdit()
                self.localEdit.setObjectName("localEdit")
                self.localEdit.setAccessibleName(self.question.text)
                self.localEdit.setMaxLength(monitoring.LOCAL_ANSWER_MAX)
                local = self.localEdit
            label = _labelled(label_text, local)
            label.setWordWrap(True)
            form.addRow(label, local)

        self.byEdit = QLineEdit(computer_user())
        self.byEdit.setObjectName("byEdit")
        self.byEdit.setAccessibleName("Your name (recorded in the access log)")
        self.byEdit.setMaxLength(monitoring.BY_WHOM_MAX)
        form.addRow(_labelled("Your &name (for the access log):", self.byEdit), self.byEdit)
        outer.addLayout(form)
        outer.addStretch(1)  # spare height below the questions, not between them

        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttonBox.setObjectName("buttonBox")
        outer.addWidget(self.buttonBox)


class RecordFormDialog(FormDialog):
    """A filled-in form: when and how it was collected, and an answer to each question."""

    def __init__(
        self,
        database: Database,
        participant_id: int,
        name: str,
        question: LocalQuestionRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.participant_id = participant_id
        self.today = today_here()
        self.saved: int | None = None
        f = _RecordForm(name, question)
        self.setup(f)
        self.f = f
        f.dateEdit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        f.dateEdit.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        for code, edit in f.write_ins.items():
            combo = f.combos[code]
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, e=edit, q=code: self._update_write_in(q, c, e)
            )
        widgets: dict[str, QWidget] = {
            "collected_on": f.dateEdit,
            "method": f.methodCombo,
            **f.combos,
            **{f"{code}_write_in": edit for code, edit in f.write_ins.items()},
            "by_whom": f.byEdit,
        }
        local = f.localCombo or f.localEdit
        if local is not None:
            widgets["local_answer"] = local
        self.track_errors(widgets)
        self.resize(620, 720)
        f.dateEdit.setFocus()

    @staticmethod
    def _update_write_in(code: str, combo: QComboBox, edit: QLineEdit) -> None:
        # A write-in goes only with an "other" or "different" answer (the service refuses it
        # beside any other: nothing is held that is not needed).
        allowed = combo.currentData() in WRITE_IN_ANSWERS[code]
        edit.setEnabled(allowed)
        if not allowed:
            edit.clear()

    def answers(self) -> MonitoringAnswers:
        f = self.f
        chosen: dict[str, str | None] = {
            code: combo.currentData() for code, combo in f.combos.items()
        }
        written = {f"{code}_write_in": edit.text() for code, edit in f.write_ins.items()}
        local = ""
        if f.localCombo is not None:
            local = str(f.localCombo.currentData() or "")
        elif f.localEdit is not None:
            local = f.localEdit.text()
        return MonitoringAnswers(**chosen, **written, local_answer=local)  # type: ignore[arg-type]

    def data(self) -> MonitoringFormData:
        picked = self.f.dateEdit.date()
        return MonitoringFormData(
            participant_id=self.participant_id,
            collected_on=date(picked.year(), picked.month(), picked.day()),
            method=MonitoringMethod(self.f.methodCombo.currentData()),
            answers=self.answers(),
        )

    def accept_form(self) -> None:
        data = self.data()
        by_whom = self.f.byEdit.text()

        def save() -> int:
            with self.database.transaction() as session:
                return monitoring.record_form(session, data, by_whom, VIA_APP, self.today)

        saved = self.attempt(save)
        if saved is not None:
            self.saved = saved
            self.accept()
