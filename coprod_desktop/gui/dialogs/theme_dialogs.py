"""Themes: naming a new one (from the Stories screen or from a story's form), and the list of
themes, where one can be renamed or deleted (its stories stay, no longer filed under it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.forms.ui_theme_form import Ui_ThemeDialog
from coprod_desktop.gui.forms.ui_themes_dialog import Ui_ThemesDialog
from coprod_desktop.gui.messages import confirm, show_error
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.services import themes
from coprod_desktop.services.themes import ThemeRecord
from coprod_desktop.storage.database import Database

# Saves the name and description typed; returns the theme's number.
SaveTheme = Callable[[str, str], int]

THEME_COLUMNS = [
    Column("Theme", lambda r: r.name),
    Column("Stories", lambda r: f"{r.story_count:,}", right=True),
    Column("Description", lambda r: " ".join(r.description.split())),
]


def stories_under(count: int) -> str:
    return "1 story is" if count == 1 else f"{count:,} stories are"


class ThemeDialog(FormDialog):
    """A theme's name and description; Save stores it (a new theme, or a new name)."""

    def __init__(
        self, save: SaveTheme, record: ThemeRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_ThemeDialog())
        self._save = save
        self.record = record
        self.saved: int | None = None
        f: Ui_ThemeDialog = self.form
        self.track_errors({"name": f.nameEdit, "description": f.descriptionEdit})
        if record is not None:
            self.setWindowTitle(f"Rename the theme {record.name}")
            f.nameEdit.setText(record.name)
            f.descriptionEdit.setPlainText(record.description)
            f.nameEdit.selectAll()
        else:
            self.setWindowTitle("New theme")
        f.nameEdit.setFocus()

    def name(self) -> str:
        return " ".join(self.form.nameEdit.text().split())

    def accept_form(self) -> None:
        f: Ui_ThemeDialog = self.form
        result = self.attempt(
            lambda: self._save(f.nameEdit.text(), f.descriptionEdit.toPlainText())
        )
        if result is not None:
            self.saved = result
            self.accept()


def ask_new_theme(database: Database, parent: QWidget | None) -> tuple[int, str] | None:
    """Ask for a new theme and store it: (number, name), or None if nothing was added."""

    def save(name: str, description: str) -> int:
        with database.transaction() as session:
            return themes.add_theme(session, name, description)

    dialog = ThemeDialog(save, None, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            with database.reading() as session:
                made = themes.get_theme(session, dialog.saved)
            return made.id, made.name
        return None
    finally:
        dialog.deleteLater()


class ThemesDialog(QDialog):
    """Every theme with how many stories it holds; add, rename or delete one."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ThemesDialog()
        self.form.setupUi(self)
        self.database = database
        self.changed = False
        f = self.form
        f.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RecordTableModel(THEME_COLUMNS, self)
        prepare_table(f.table, self.model, self.rename_selected, (220, 70))
        f.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        f.addButton.clicked.connect(self.add_theme)
        f.renameButton.clicked.connect(self.rename_selected)
        f.deleteButton.clicked.connect(self.delete_selected)
        f.buttonBox.rejected.connect(self.reject)
        for button in f.buttonBox.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.refresh()
        f.table.setFocus()

    def refresh(self, keep: int | None = None) -> None:
        selected = keep if keep is not None else self.selected_id()
        try:
            with self.database.reading() as session:
                rows = themes.list_themes(session)
        except Exception as error:
            show_error(self, "Could not read the themes", str(error))
            rows = []
        self.model.set_records(rows)
        row = self.model.row_where(lambda r: r.id == selected) if selected else None
        select_row(self.form.table, row if row is not None else (0 if rows else None))
        self.form.messageLabel.setText(
            "" if rows else "No themes yet. Choose Add to name the first one."
        )
        self._update_buttons()

    def selected(self) -> ThemeRecord | None:
        rows = selected_rows(self.form.table)
        record: ThemeRecord | None = self.model.record_at(rows[0]) if rows else None
        return record

    def selected_id(self) -> int | None:
        record = self.selected()
        return record.id if record else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.form.renameButton.setEnabled(chosen)
        self.form.deleteButton.setEnabled(chosen)

    def add_theme(self) -> None:
        made = ask_new_theme(self.database, self)
        if made is not None:
            self.changed = True
            self.refresh(keep=made[0])

    def rename_selected(self) -> None:
        record = self.selected()
        if record is None:
            return

        def save(name: str, description: str) -> int:
            with self.database.transaction() as session:
                return themes.rename_theme(session, record.id, name, description).id

        dialog = ThemeDialog(save, record, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.changed = True
            self.refresh(keep=record.id)
        dialog.deleteLater()

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        held = (
            f" {stories_under(record.story_count)} filed under it: they stay, only no longer "
            "under this theme."
            if record.story_count
            else " No stories are filed under it."
        )
        if not confirm(
            self,
            "Delete the theme",
            f"Delete the theme '{record.name}'?{held}",
            "&Delete the theme",
        ):
            return
        try:
            with self.database.transaction() as session:
                themes.delete_theme(session, record.id)
        except Exception as error:
            show_error(self, "Could not delete the theme", str(error))
            return
        self.changed = True
        self.refresh()
        self.form.messageLabel.setText(f"The theme '{record.name}' was deleted.")
