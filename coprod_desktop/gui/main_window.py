"""The main window: a navigation list of the screens that work, menus, and the register.

Everything not needed to draw the window (the database layer, dialogs, the job runner) is
imported inside the methods that use it: the window is shown first, and the database opens
while the person is already looking at it (see benchmarks/register_benchmark.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from coprod_desktop import __version__

if TYPE_CHECKING:
    from coprod_desktop.gui.jobs import Job
    from coprod_desktop.gui.pages.participants_page import ParticipantsPage
    from coprod_desktop.services.participant_types import ParticipantData, ParticipantRecord
    from coprod_desktop.storage.database import Database
    from coprod_desktop.storage.opening import Opened
    from coprod_desktop.vocabulary import Status


class MainWindow(QMainWindow):
    database_ready = Signal()  # a database is open and the register shows it
    database_checked = Signal()  # ... and SQLite's integrity check found no damage
    startup_failed = Signal(object)  # the DatabaseProblem, when not asking (smoke test)

    def __init__(self, *, interactive: bool = True) -> None:
        super().__init__()
        self.interactive = interactive
        self._database: Database | None = None
        self._opening: Job[Opened] | None = None
        self._checking: Job[None] | None = None
        self._database_url = ""
        self._participants_page: ParticipantsPage | None = None
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("coprod-desktop")
        self.setAccessibleName("coprod-desktop")
        self.resize(1200, 760)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName("Sections")
        self.navigation.setMaximumWidth(200)
        self.pages = QStackedWidget()
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.location_label = QLabel()
        self.location_label.setAccessibleDescription("The database in use")
        self.statusBar().addPermanentWidget(self.location_label)
        self._build_menus()

    @property
    def participants_page(self) -> ParticipantsPage:
        """The register screen, built on first use.

        The window is first shown with its menus and navigation only; the screens are built
        straight after (``build_pages``), while the database opens on its worker thread. The
        screens use many more Qt classes, each of which costs time the first time it is used.
        """
        if self._participants_page is None:
            self.build_pages()
        assert self._participants_page is not None
        return self._participants_page

    def build_pages(self) -> None:
        if self._participants_page is not None:
            return
        from coprod_desktop.gui.pages.participants_page import ParticipantsPage

        page = ParticipantsPage()
        self._participants_page = page
        self.navigation.addItem("People register")
        self.pages.addWidget(page)
        self.navigation.setCurrentRow(0)
        page.new_requested.connect(self.new_person)
        page.open_requested.connect(self.open_person)
        page.status_requested.connect(self.change_status)
        page.problem.connect(self._database_trouble)
        page.form.searchEdit.setFocus()
        self._attach_shortcuts()
        self._set_icon()
        self._use_accessible_style()

    @staticmethod
    def _use_accessible_style() -> None:
        # Applied once the window is on screen: building the style class costs about 15 ms.
        from coprod_desktop.gui.style import AccessibleStyle, use_accessible_style

        app = QApplication.instance()
        if isinstance(app, QApplication) and not isinstance(app.style(), AccessibleStyle):
            use_accessible_style(app)

    def _set_icon(self) -> None:
        from PySide6.QtGui import QIcon

        from coprod_desktop.gui.resources import resource_path

        icon = resource_path("icons", "coprod-desktop.svg")
        if icon is not None:
            self.setWindowIcon(QIcon(str(icon)))

    def _build_menus(self) -> None:
        # Actions get their keyboard shortcuts in _attach_shortcuts, after the window is shown:
        # converting the first shortcut loads PySide6's whole Qt namespace (about 25 ms).
        self._shortcuts: list[tuple[QAction, tuple[QKeySequence.StandardKey | str, ...]]] = []
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.new_action = self._action(
            "&New person…", self.new_person, QKeySequence.StandardKey.New
        )
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action("&Open database…", self.choose_database, QKeySequence.StandardKey.Open)
        )
        file_menu.addAction(self._action("Create a new data&base…", self.create_database))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action("&Quit", self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        )

        edit_menu = menu.addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        self._shortcuts += [
            (undo, (QKeySequence.StandardKey.Undo,)),
            # The platform's own redo keys, and both common ones everywhere (Help names them).
            (redo, (QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y")),
        ]
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action("&Find…", self._find, QKeySequence.StandardKey.Find))

        person_menu = menu.addMenu("&Person")
        for text, button_name in (
            ("&Open…", "openButton"),
            ("&Pause", "pauseButton"),
            ("Mark as &left…", "leaveButton"),
            ("Make acti&ve", "reactivateButton"),
        ):
            action = self._action(text, lambda _=False, b=button_name: self._page_button(b).click())
            person_menu.addAction(action)
            person_menu.aboutToShow.connect(
                lambda a=action, b=button_name: a.setEnabled(self._page_button(b).isEnabled())
            )

        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self._action("&About coprod-desktop", self.show_about))

    def _action(
        self, text: str, slot: object, *shortcuts: QKeySequence.StandardKey | str
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcuts:
            self._shortcuts.append((action, shortcuts))
        return action

    def _attach_shortcuts(self) -> None:
        for action, keys in self._shortcuts:
            sequences: dict[str, QKeySequence] = {}
            for key in keys:
                if isinstance(key, str):
                    found = [QKeySequence(key)]
                else:
                    found = QKeySequence.keyBindings(key)
                # The same keys twice would make the shortcut "ambiguous", and Qt ignores it.
                for sequence in found:
                    if not sequence.isEmpty():
                        sequences.setdefault(sequence.toString(), sequence)
            action.setShortcuts(list(sequences.values()))
        self._shortcuts = []

    def _find(self) -> None:
        self.participants_page.focus_search()

    def _page_button(self, name: str) -> QPushButton:
        button = getattr(self.participants_page.form, name)
        assert isinstance(button, QPushButton)
        return button

    # --- the database -------------------------------------------------------------------------
    @property
    def database(self) -> Database | None:
        return self._database

    def open_database(
        self,
        url: str,
        *,
        create_folder: bool = False,
        remember: bool = False,
        must_exist: bool = False,
    ) -> None:
        """Open ``url`` off the GUI thread (it may need a backup and an upgrade)."""
        from coprod_desktop.gui.jobs import JobControl, run_job
        from coprod_desktop.storage.opening import OpenOptions, open_database

        # The integrity check reads the whole file, so it runs after the register is shown.
        options = OpenOptions(
            create_folder=create_folder, must_exist=must_exist, integrity_check=False
        )

        def work(control: JobControl) -> Opened:
            return open_database(url, options, progress=control.report)

        self.statusBar().showMessage("Opening the database…")
        self._opening = run_job(
            self,
            "Opening the database",
            work,
            lambda opened: self._use_database(opened, remember),
            lambda error: self._open_failed(error, url, remember=remember, must_exist=must_exist),
            cancellable=False,
        )

    def _use_database(self, opened: Opened, remember: bool) -> None:
        from PySide6.QtCore import Qt

        from coprod_desktop.gui.register_source import DatabaseRegisterSource
        from coprod_desktop.settings import load_settings, save_settings

        self._opening = None
        if self._database is not None:
            self._database.close()
        self.location_label.setTextFormat(Qt.TextFormat.PlainText)
        self._database = opened.database
        self.undo_stack.clear()
        self.location_label.setText(f"Database: {opened.database.location}")
        self.participants_page.set_source(DatabaseRegisterSource(opened.database))
        if remember:
            settings = load_settings()
            settings.last_database_url = str(
                opened.database.url.render_as_string(hide_password=False)
            )
            save_settings(settings)
        message = "Database opened."
        if opened.backup is not None:
            message = (
                f"Database updated to this version. A backup copy was saved first: {opened.backup}"
            )
        elif opened.created:
            message = "A new, empty database was created."
        self.statusBar().showMessage(message, 15000)
        self._database_url = opened.database.url.render_as_string(hide_password=False)
        self.database_ready.emit()
        self._check_integrity(opened.database)

    def _check_integrity(self, database: Database) -> None:
        """Look for damage in the background; if any, stop using the file before a write."""
        from coprod_desktop.gui.jobs import run_job
        from coprod_desktop.storage.opening import check_integrity

        def damaged(error: BaseException) -> None:
            self._checking = None
            if self._database is not database:
                return  # another database was opened meanwhile
            self._database = None
            self.participants_page.set_source(None)
            self.location_label.setText("")
            database.close()
            self._open_failed(error, self._database_url)

        def passed(_result: None) -> None:
            self._checking = None
            self.database_checked.emit()

        self._checking = run_job(
            self,
            "Checking the database",
            lambda _control: check_integrity(database),
            passed,
            damaged,
            show_progress=False,
        )

    def _open_failed(
        self, error: BaseException, url: str, *, remember: bool = False, must_exist: bool = False
    ) -> None:
        from coprod_desktop.config import data_dir
        from coprod_desktop.gui import database_problem_dialog as problem_dialog
        from coprod_desktop.storage.problems import DatabaseProblem, cannot_open

        self._opening = None
        self.statusBar().clearMessage()
        problem = error if isinstance(error, DatabaseProblem) else cannot_open(url, str(error))
        if not self.interactive:
            self.startup_failed.emit(problem)
            return
        starting = self._database is None
        choice = problem_dialog.ask_what_next(self, problem, starting=starting)
        folder = Path(problem.location).parent if problem.location else data_dir()
        if choice is problem_dialog.Choice.RETRY:
            self.open_database(url, remember=remember, must_exist=must_exist)
        elif choice is problem_dialog.Choice.OPEN_OTHER:
            self._open_chosen(problem_dialog.pick_existing_file(self, folder), starting, url)
        elif choice is problem_dialog.Choice.CREATE_NEW:
            self._open_chosen(problem_dialog.pick_new_file(self, folder), starting, url)
        elif starting:
            self.close()

    def _open_chosen(self, path: Path | None, starting: bool, failed_url: str) -> None:
        from coprod_desktop.config import url_for_path

        if path is not None:
            self.open_database(url_for_path(path), remember=True)
        elif starting:
            # Cancelled the file dialog with nothing open: try the first one again, which
            # brings back the explanation and choices rather than leaving an empty window.
            self.open_database(failed_url)

    def _current_folder(self) -> Path:
        from coprod_desktop.config import data_dir

        if self._database is not None and self._database.file_path is not None:
            return self._database.file_path.parent
        return data_dir()

    def choose_database(self) -> None:
        from coprod_desktop.config import url_for_path
        from coprod_desktop.gui import database_problem_dialog as problem_dialog

        path = problem_dialog.pick_existing_file(self, self._current_folder())
        if path is not None:
            self.open_database(url_for_path(path), remember=True)

    def create_database(self) -> None:
        from coprod_desktop.config import url_for_path
        from coprod_desktop.gui import database_problem_dialog as problem_dialog

        path = problem_dialog.pick_new_file(self, self._current_folder())
        if path is not None:
            self.open_database(url_for_path(path), remember=True)

    def _database_trouble(self, error: object) -> None:
        database = self._database
        problem = (
            database.translate(error) if database and isinstance(error, BaseException) else None
        )
        text = problem.message if problem else f"The register could not be read: {error}"
        self.statusBar().showMessage(text, 30000)
        self.participants_page.form.emptyLabel.setText(text)
        self.participants_page.form.emptyLabel.show()

    # --- people -------------------------------------------------------------------------------
    def new_person(self) -> None:
        if self._database is None:
            return
        self._edit_person(None)

    def open_person(self, participant_id: int) -> None:
        from coprod_desktop.gui.messages import show_error
        from coprod_desktop.services import participants
        from coprod_desktop.services.errors import ServiceError
        from coprod_desktop.storage.problems import DatabaseProblem

        if self._database is None:
            return
        try:
            with self._database.reading() as session:
                record = participants.get_participant(session, participant_id)
        except (ServiceError, DatabaseProblem) as error:
            show_error(self, "Could not open this person", str(error))
            self.participants_page.refresh()
            return
        self._edit_person(record)

    def _edit_person(self, record: ParticipantRecord | None) -> None:
        from coprod_desktop.gui.dialogs.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(self._save_person, record, self)
        # Keep the dialog within small laptop screens.
        screen = self.screen().availableGeometry()
        dialog.resize(
            min(dialog.width(), screen.width() - 40), min(dialog.height(), screen.height() - 60)
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            saved = dialog.saved
            verb = "Added" if record is None else "Saved"
            self.changed(saved.id, f"{verb} {saved.data.preferred_name}. To undo, press Ctrl+Z.")
        dialog.deleteLater()

    def _save_person(
        self, data: ParticipantData, record: ParticipantRecord | None
    ) -> ParticipantRecord:
        from coprod_desktop.gui.undo_commands import AddCommand, EditCommand
        from coprod_desktop.services import participants

        assert self._database is not None
        with self._database.transaction() as session:
            if record is None:
                new_id = participants.add_participant(session, data)
                saved = participants.get_participant(session, new_id)
            else:
                saved = participants.update_participant(
                    session, record.id, data, expected_version=record.version
                )
        if record is None:
            self.undo_stack.push(AddCommand(self, saved.id, saved.data.preferred_name))
        elif saved.version != record.version:
            self.undo_stack.push(EditCommand(self, saved.id, record.data, saved))
        return saved

    def change_status(self, participant_id: int, status: Status) -> None:
        from coprod_desktop.gui.messages import confirm, show_error
        from coprod_desktop.gui.undo_commands import StatusCommand
        from coprod_desktop.services import participants
        from coprod_desktop.services.errors import ServiceError
        from coprod_desktop.storage.problems import DatabaseProblem
        from coprod_desktop.vocabulary import Status

        if self._database is None:
            return
        row = self.participants_page.selected_row()
        name = (
            row.preferred_name if row and row.id == participant_id else f"number {participant_id}"
        )
        if status is Status.LEFT and not confirm(
            self,
            "Mark as left",
            f"Mark {name} as having left?\n\nTheir record is kept (nothing is deleted) but hidden "
            "from the usual list. You can make them active again at any time, or undo this with "
            "Ctrl+Z.",
            "Mark as left",
        ):
            return
        try:
            with self._database.transaction() as session:
                previous = participants.set_status(session, participant_id, status)
        except (ServiceError, DatabaseProblem) as error:
            show_error(self, "Could not change their status", str(error))
            return
        if previous != status:
            command = StatusCommand(self, participant_id, name, previous, status)
            self.undo_stack.push(command)
            self.changed(participant_id, f"Done: {command.text()}. To undo, press Ctrl+Z.")

    # --- UndoHost -----------------------------------------------------------------------------
    def changed(self, participant_id: int | None, message: str) -> None:
        self.participants_page.refresh(keep=participant_id)
        self.statusBar().showMessage(message, 10000)

    def undo_failed(self, message: str) -> None:
        from coprod_desktop.gui.messages import show_error

        show_error(self, "Could not undo", message)
        self.participants_page.refresh()

    # --- the rest -----------------------------------------------------------------------------
    def show_about(self) -> None:
        from coprod_desktop.gui.messages import show_info

        where = self._database.location if self._database else "none open"
        show_info(
            self,
            "About coprod-desktop",
            f"coprod-desktop {__version__}\n\nA register of the people who co-produce your "
            f"services.\n\nDatabase: {where}\n\nKeyboard: Ctrl+N new person, Ctrl+F find, "
            "Enter open the selected person, Ctrl+S save, Esc close or clear the search, "
            "Ctrl+Z undo, Ctrl+Shift+Z redo.\n\n"
            "Free software under the GNU GPL, version 3 or later.",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
        super().closeEvent(event)
