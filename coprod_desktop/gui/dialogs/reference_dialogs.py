"""Reference populations: the list (the built-in census first), importing a council area's
figures from a CSV file, typing figures in by hand, and deleting one no project uses.

Every check is the service's (services/references.py): a file's problems are shown all at once,
by line, and nothing is stored until the whole file is right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.form_fields import allow_unset_date, read_date
from coprod_desktop.gui.forms.ui_reference_form import Ui_ReferenceFormDialog
from coprod_desktop.gui.forms.ui_reference_import_form import Ui_ReferenceImportDialog
from coprod_desktop.gui.forms.ui_reference_list import Ui_ReferenceListDialog
from coprod_desktop.gui.messages import confirm, show_error
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.services import references
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.reference_data import (
    NOT_ANSWERED,
    REFERENCE_QUESTIONS,
    ReferenceProblem,
    percent_to_bp,
)
from coprod_desktop.services.references import ReferenceInUse, ReferenceSummary
from coprod_desktop.storage.database import Database

NOT_ANSWERED_LABEL = "Not answered"

REFERENCE_COLUMNS = [
    Column("Name", lambda r: r.name + (" (built in)" if r.is_built_in else "")),
    Column("Area", lambda r: r.area),
    Column("Figures", lambda r: str(r.figure_count), right=True),
    Column("Date", lambda r: long_date(r.published_on) if r.published_on else ""),
    Column("Source", lambda r: " ".join(r.source.split())),
]


def problems_text(problem: ReferenceProblem) -> str:
    """Every problem, one a line (the exception's own text stops after 20)."""
    count = len(problem.problems)
    lines = "\n".join(f"- {p}" for p in problem.problems)
    many = "1 problem" if count == 1 else f"{count} problems"
    return f"The figures were not imported: nothing was stored. Please fix {many}:\n{lines}"


def category_label(question: str, category: str) -> str:
    if category == NOT_ANSWERED:
        return NOT_ANSWERED_LABEL
    return REFERENCE_QUESTIONS[question].answer(category).label


class ReferenceImportDialog(FormDialog):
    """The name and area for the figures in a chosen file; Save imports them."""

    def __init__(
        self, database: Database, path: Path, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_ReferenceImportDialog())
        self.database = database
        self.path = path
        self.text = text
        self.saved: int | None = None
        f: Ui_ReferenceImportDialog = self.form
        self.track_errors({"name": f.nameEdit, "area": f.areaEdit})
        f.fileName.setTextFormat(Qt.TextFormat.PlainText)
        f.fileName.setText(str(path))
        f.nameEdit.setText(path.stem)
        f.nameEdit.selectAll()
        f.nameEdit.setFocus()

    def accept_form(self) -> None:
        f: Ui_ReferenceImportDialog = self.form
        self.errors.clear()
        try:
            with self.database.transaction() as session:
                new_id = references.import_reference_csv(
                    session, self.text, f.nameEdit.text(), f.areaEdit.text()
                )
        except ReferenceProblem as problem:
            show_error(self, "The figures were not imported", problems_text(problem))
            return
        except Exception as error:
            show_error(self, "The figures were not imported", str(error))
            return
        self.saved = new_id
        self.accept()


class ReferenceFormDialog(FormDialog):
    """Figures typed in: a name, area, source and date, and question / category / percent rows,
    checked exactly as a file's rows are."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup(Ui_ReferenceFormDialog())
        self.database = database
        self.saved: int | None = None
        self.figures: list[tuple[str, str, str]] = []
        f: Ui_ReferenceFormDialog = self.form
        self.track_errors(
            {
                "name": f.nameEdit,
                "area": f.areaEdit,
                "source": f.sourceEdit,
                "published_on": f.dateEdit,
                "figures": f.figuresTable,
            }
        )
        allow_unset_date(f.dateEdit, today_here())
        f.questionCombo.view().setAccessibleName("Question: list")
        f.categoryCombo.view().setAccessibleName("Category: list")
        for code, question in REFERENCE_QUESTIONS.items():
            f.questionCombo.addItem(question.short, code)
        f.questionCombo.currentIndexChanged.connect(lambda _i: self._fill_categories())
        self._fill_categories()
        f.figuresTable.setColumnCount(3)
        f.figuresTable.setHorizontalHeaderLabels(["Question", "Category", "Percent"])
        f.figuresTable.verticalHeader().setVisible(False)
        header = f.figuresTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        f.totalLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.addFigureButton.clicked.connect(self.add_figure)
        f.percentEdit.returnPressed.connect(self.add_figure)
        f.removeFigureButton.clicked.connect(self.remove_figure)
        f.figuresTable.itemSelectionChanged.connect(self._update_buttons)
        self.setWindowTitle("Reference figures by hand")
        self._show_figures()
        f.nameEdit.setFocus()

    def _fill_categories(self) -> None:
        f: Ui_ReferenceFormDialog = self.form
        code = str(f.questionCombo.currentData())
        f.categoryCombo.clear()
        for answer in REFERENCE_QUESTIONS[code].answers:
            f.categoryCombo.addItem(answer.label, answer.code)
        f.categoryCombo.addItem(NOT_ANSWERED_LABEL, NOT_ANSWERED)

    def add_figure(self) -> None:
        """Add (or replace) the figure for the chosen question and category."""
        f: Ui_ReferenceFormDialog = self.form
        question = str(f.questionCombo.currentData())
        category = str(f.categoryCombo.currentData())
        percent = f.percentEdit.text().strip()
        if not percent:
            f.percentEdit.setFocus()
            return
        self.figures = [
            figure for figure in self.figures if (figure[0], figure[1]) != (question, category)
        ]
        self.figures.append((question, category, percent))
        f.percentEdit.clear()
        # On to the next category, ready for the next percentage.
        if f.categoryCombo.currentIndex() < f.categoryCombo.count() - 1:
            f.categoryCombo.setCurrentIndex(f.categoryCombo.currentIndex() + 1)
        self._show_figures()
        f.percentEdit.setFocus()

    def remove_figure(self) -> None:
        rows = sorted({index.row() for index in self.form.figuresTable.selectedIndexes()})
        if not rows:
            return
        del self.figures[rows[0]]
        self._show_figures()
        if self.figures:
            self.form.figuresTable.selectRow(min(rows[0], len(self.figures) - 1))

    def _show_figures(self) -> None:
        f: Ui_ReferenceFormDialog = self.form
        f.figuresTable.setRowCount(len(self.figures))
        for row, (question, category, percent) in enumerate(self.figures):
            cells = (
                REFERENCE_QUESTIONS[question].short,
                category_label(question, category),
                percent,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                f.figuresTable.setItem(row, column, item)
        totals: dict[str, int] = {}
        for question, _category, percent in self.figures:
            try:
                totals[question] = totals.get(question, 0) + percent_to_bp(percent)
            except ValueError:
                continue
        f.totalLabel.setText(
            "; ".join(
                f"{REFERENCE_QUESTIONS[q].short} adds up to {bp / 100:g}%"
                for q, bp in totals.items()
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.form.removeFigureButton.setEnabled(bool(self.form.figuresTable.selectedIndexes()))

    def form_state(self) -> list[object]:
        # The figures typed in count as changes too (the table is not an input itself).
        return [*super().form_state(), tuple(self.figures)]

    def accept_form(self) -> None:
        f: Ui_ReferenceFormDialog = self.form

        def save() -> int:
            with self.database.transaction() as session:
                return references.add_reference_by_hand(
                    session,
                    f.nameEdit.text(),
                    f.areaEdit.text(),
                    f.sourceEdit.text(),
                    read_date(f.dateEdit),
                    self.figures,
                )

        result = self.attempt(save)
        if result is not None:
            self.saved = result
            self.accept()


class ReferenceListDialog(QDialog):
    """The reference populations, the built-in census first."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_ReferenceListDialog()
        self.form.setupUi(self)
        self.database = database
        self.changed = False
        f = self.form
        f.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RecordTableModel(REFERENCE_COLUMNS, self)
        prepare_table(f.table, self.model, None, (300, 170, 70, 150))
        f.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        f.importButton.clicked.connect(self.import_csv)
        f.handButton.clicked.connect(self.enter_by_hand)
        f.deleteButton.clicked.connect(self.delete_selected)
        f.buttonBox.rejected.connect(self.reject)
        for button in f.buttonBox.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.refresh()
        f.table.setFocus()

    def refresh(self, keep: int | None = None) -> None:
        try:
            with self.database.reading() as session:
                found = references.list_references(session)
        except Exception as error:
            show_error(self, "Could not read the reference populations", str(error))
            found = []
        self.model.set_records(found)
        row = self.model.row_where(lambda r: r.id == keep) if keep is not None else None
        select_row(self.form.table, row if row is not None else 0)
        self._update_buttons()

    def selected(self) -> ReferenceSummary | None:
        rows = selected_rows(self.form.table)
        record: ReferenceSummary | None = self.model.record_at(rows[0]) if rows else None
        return record

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.form.deleteButton.setEnabled(chosen is not None and not chosen.is_built_in)

    def _say(self, text: str) -> None:
        self.form.messageLabel.setText(text)

    def import_csv(self) -> None:
        path_text, _filter = QFileDialog.getOpenFileName(
            self,
            "Import reference figures",
            str(Path.home()),
            "CSV file (*.csv);;All files (*)",
        )
        if not path_text:
            return
        path = Path(path_text)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            show_error(
                self,
                "The figures were not imported",
                f"{path.name} is not a UTF-8 text file. Save it as \u201cCSV UTF-8\u201d and "
                "try again.",
            )
            return
        except OSError as error:
            show_error(self, "The figures were not imported", f"Could not read {path}: {error}")
            return
        dialog = ReferenceImportDialog(self.database, path, text, self)
        self._run(dialog, "imported")

    def enter_by_hand(self) -> None:
        self._run(ReferenceFormDialog(self.database, self), "saved")

    def _run(self, dialog: ReferenceImportDialog | ReferenceFormDialog, done: str) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.changed = True
            self.refresh(keep=dialog.saved)
            chosen = self.selected()
            self._say(f"\u201c{chosen.name if chosen else 'The figures'}\u201d {done}.")
        dialog.deleteLater()

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.id is None:
            return
        population_id = chosen.id
        try:
            with self.database.reading() as session:
                references.check_can_delete(session, population_id)
        except ReferenceInUse as refused:
            show_error(self, "Not deleted", str(refused))
            return
        except Exception as error:
            show_error(self, "Could not delete", str(error))
            return
        if not confirm(
            self,
            "Delete reference population",
            f"Delete \u201c{chosen.name}\u201d and its {chosen.figure_count} figures? "
            "This cannot be undone.",
            "Delete",
        ):
            return
        try:
            with self.database.transaction() as session:
                references.delete_reference(session, population_id)
        except Exception as error:
            show_error(self, "Not deleted", str(error))
            return
        self.changed = True
        self.refresh()
        self._say(f"\u201c{chosen.name}\u201d deleted.")
