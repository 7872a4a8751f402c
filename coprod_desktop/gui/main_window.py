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
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from coprod_desktop import __version__

if TYPE_CHECKING:
    from coprod_desktop.gui.database_opener import DatabaseOpener, OpenRequest
    from coprod_desktop.gui.jobs import Job
    from coprod_desktop.gui.pages.participants_page import ParticipantsPage
    from coprod_desktop.gui.pages.screen import Screen
    from coprod_desktop.gui.participant_actions import ParticipantActions
    from coprod_desktop.storage.database import Database
    from coprod_desktop.storage.opening import Opened
    from coprod_desktop.vocabulary import Status


# Screens after the register, in the navigation list's order.
OTHER_SCREENS = (
    "Projects",
    "Sessions",
    "Actions",
    "Decisions",
    "You said, we did",
    "Stories",
    "Diversity",
    "Payments",
    "Rewards policy",
)


def _build_screen(title: str, host: MainWindow) -> Screen:
    if title == "Projects":
        from coprod_desktop.gui.pages.projects_page import ProjectsPage

        return ProjectsPage(host)
    if title == "Sessions":
        from coprod_desktop.gui.pages.sessions_page import SessionsPage

        return SessionsPage(host)
    if title == "Actions":
        from coprod_desktop.gui.pages.actions_page import ActionsPage

        return ActionsPage(host)
    if title == "Decisions":
        from coprod_desktop.gui.pages.decisions_page import DecisionsPage

        return DecisionsPage(host)
    if title == "You said, we did":
        from coprod_desktop.gui.pages.feedback_page import FeedbackPage

        return FeedbackPage(host)
    if title == "Stories":
        from coprod_desktop.gui.pages.stories_page import StoriesPage

        return StoriesPage(host)
    if title == "Diversity":
        from coprod_desktop.gui.pages.diversity_page import DiversityPage

        return DiversityPage(host)
    if title == "Payments":
        from coprod_desktop.gui.pages.payments_page import PaymentsPage

        return PaymentsPage(host)
    from coprod_desktop.gui.pages.policy_page import PolicyPage

    return PolicyPage(host)


class MainWindow(QMainWindow):
    database_ready = Signal()  # a database is open and the register shows it
    startup_failed = Signal(object)  # the DatabaseProblem, when not asking (smoke test)

    def __init__(self, *, interactive: bool = True) -> None:
        super().__init__()
        self.interactive = interactive
        self._database: Database | None = None
        self._participants_page: ParticipantsPage | None = None
        self._actions: ParticipantActions | None = None
        self.undo_stack = QUndoStack(self)
        self._opener: DatabaseOpener | None = None
        self.setWindowTitle("coprod-desktop")
        self.setAccessibleName("coprod-desktop")
        self.resize(1200, 760)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName("Sections")
        self.navigation.setMaximumWidth(200)
        self.pages = QStackedWidget()
        self.navigation.currentRowChanged.connect(self._go_to)
        self._screens: dict[str, Screen] = {}
        # Documents being saved; kept until each finishes (see gui.jobs).
        self._report_jobs: list[Job[Path]] = []
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
        # The other screens are built the first time someone goes to them.
        for title in OTHER_SCREENS:
            self.navigation.addItem(title)
            self.pages.addWidget(QWidget())
        self.navigation.setCurrentRow(0)
        page.new_requested.connect(self.new_person)
        page.open_requested.connect(self.open_person)
        page.status_requested.connect(self.change_status)
        page.problem.connect(self._database_trouble)
        page.describe_error = self._describe
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

        from coprod_desktop.resources import resource_path

        icon = resource_path("icons", "coprod-desktop.svg")
        if icon is not None:
            self.setWindowIcon(QIcon(str(icon)))

    def _build_menus(self) -> None:
        # Actions get their keyboard shortcuts in _attach_shortcuts, after the window is shown:
        # converting the first shortcut loads PySide6's whole Qt namespace (about 25 ms).
        self._shortcuts: list[tuple[QAction, tuple[QKeySequence.StandardKey | str, ...]]] = []
        self._menus_needing_database: list[QMenu] = []
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.new_action = self._action(
            "&New person…", self.new_person, QKeySequence.StandardKey.New
        )
        open_action = self._action(
            "&Open database…", self.choose_database, QKeySequence.StandardKey.Open
        )
        create_action = self._action("Create a new data&base…", self.create_database)
        # Disabled while a database is being opened (see _set_busy).
        self._actions_needing_database = [self.new_action, open_action, create_action]
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(open_action)
        file_menu.addAction(create_action)
        file_menu.addSeparator()
        # For funders: in the File menu, where people look to save and export (a menu of its
        # own would need an Alt+letter no screen uses: Alt+R is already taken on the screens).
        funder_action = self._action("&Funder report…", self.show_funder_report)
        records_action = self._action("&Export records for a funder…", self.show_records_export)
        self._actions_needing_database += [funder_action, records_action]
        file_menu.addAction(funder_action)
        file_menu.addAction(records_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action("&Quit", self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        )

        edit_menu = menu.addMenu("&Edit")
        self._menus_needing_database.append(edit_menu)
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
        self._menus_needing_database.append(person_menu)
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
        person_menu.addSeparator()
        monitoring_action = self._action("Diversity &monitoring…", self.show_monitoring)
        person_menu.addAction(monitoring_action)
        log_action = self._action("&Development log…", self.show_development_log)
        letter_action = self._action("&The difference you made…", self.show_difference_letter)
        person_menu.addAction(log_action)
        person_menu.addAction(letter_action)
        for action in (monitoring_action, log_action, letter_action):
            person_menu.aboutToShow.connect(
                lambda a=action: a.setEnabled(
                    self._database is not None and self.participants_page.selected_row() is not None
                )
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

    @property
    def opener(self) -> DatabaseOpener:
        """Opens databases for this window (made on first use, after the window is shown)."""
        if self._opener is None:
            from coprod_desktop.gui.database_opener import DatabaseOpener

            opener = DatabaseOpener(
                self,
                interactive=self.interactive,
                has_database=lambda: self._database is not None,
                current_folder=self._current_folder,
            )
            opener.opened.connect(self._use_database)
            opener.failed.connect(self.startup_failed)
            opener.gave_up.connect(self.close)
            opener.busy_changed.connect(self._set_busy)
            self._opener = opener
        return self._opener

    @property
    def participant_actions(self) -> ParticipantActions:
        if self._actions is None:
            from coprod_desktop.gui.participant_actions import ParticipantActions

            self._actions = ParticipantActions(
                self,
                self.undo_stack,
                lambda: self.participants_page,
                lambda message: self.statusBar().showMessage(message, 10000),
            )
        return self._actions

    def open_database(
        self,
        url: str,
        *,
        create_folder: bool = False,
        remember: bool = False,
        must_exist: bool = False,
    ) -> bool:
        """Open ``url`` off the GUI thread (it may need a backup and an upgrade).

        False if another database is still being opened.
        """
        from coprod_desktop.gui.database_opener import OpenRequest

        return self.opener.open(OpenRequest(url, create_folder, must_exist, remember))

    def _set_busy(self, busy: bool) -> None:
        # Nothing may be read from or saved to a database while another one is opening.
        central = self.centralWidget()
        if central is not None:
            central.setEnabled(not busy)
        for action in self._actions_needing_database:
            action.setEnabled(not busy)
        for menu in self._menus_needing_database:
            menu.setEnabled(not busy)
        if busy:
            self.statusBar().showMessage("Opening the database…")
        else:
            self.statusBar().clearMessage()  # the outcome says what happened next

    def _use_database(self, opened: Opened, request: OpenRequest) -> None:
        from PySide6.QtCore import Qt

        from coprod_desktop.gui.register_source import DatabaseRegisterSource
        from coprod_desktop.settings import load_settings, save_settings

        previous = self._database
        self._database = opened.database
        self.participant_actions.use_database(opened.database)
        if previous is not None:
            previous.close()
        self.location_label.setTextFormat(Qt.TextFormat.PlainText)
        self.location_label.setText(f"Database: {opened.database.location}")
        self.participants_page.set_source(DatabaseRegisterSource(opened.database))
        if request.remember:
            settings = load_settings()
            settings.last_database_url = opened.database.url.render_as_string(hide_password=False)
            save_settings(settings)
        message = "Database opened."
        if opened.backup is not None:
            message = (
                f"Database updated to this version. A backup copy was saved first: {opened.backup}"
            )
        elif opened.created:
            message = "A new, empty database was created."
        self.statusBar().showMessage(message, 15000)
        for screen in self._screens.values():
            screen.refresh()
        self.database_ready.emit()

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

    # --- screens ------------------------------------------------------------------------------
    def _go_to(self, row: int) -> None:
        if 1 <= row <= len(OTHER_SCREENS):
            self.screen_named(OTHER_SCREENS[row - 1]).refresh()
        self.pages.setCurrentIndex(row)

    def screen_named(self, title: str) -> Screen:
        """One of the other screens (Projects, Sessions, Actions, Payments, Rewards policy),
        built on first use and kept."""
        screen = self._screens.get(title)
        if screen is not None:
            return screen
        row = OTHER_SCREENS.index(title) + 1
        screen = _build_screen(title, self)
        self._screens[title] = screen
        placeholder = self.pages.widget(row)
        assert placeholder is not None
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.insertWidget(row, screen)
        if title == "Projects":
            screen.show_sessions.connect(self._show_sessions_of)  # type: ignore[attr-defined]
        return screen

    def show_screen(self, title: str) -> Screen:
        self.navigation.setCurrentRow(OTHER_SCREENS.index(title) + 1)
        return self.screen_named(title)

    def _show_sessions_of(self, project_id: int) -> None:
        screen = self.show_screen("Sessions")
        screen.show_project(project_id)  # type: ignore[attr-defined]

    # --- PageHost (what the screens need) -----------------------------------------------------
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def report_error(self, title: str, error: BaseException) -> None:
        from coprod_desktop.gui.messages import show_error
        from coprod_desktop.services.errors import ServiceError

        if isinstance(error, ServiceError):
            show_error(self, title, str(error))
        else:
            show_error(self, title, self._describe(error))

    def window_widget(self) -> QWidget:
        return self

    def _describe(self, error: BaseException) -> str:
        problem = self._database.problem_for(error) if self._database else None
        return problem.message if problem else str(error)

    def _database_trouble(self, error: object) -> None:
        if isinstance(error, BaseException):
            self.statusBar().showMessage(self._describe(error), 30000)

    # --- people (see participant_actions.py) --------------------------------------------------
    def new_person(self) -> None:
        self.participant_actions.new_person()

    def open_person(self, participant_id: int) -> None:
        self.participant_actions.open_person(participant_id)

    def change_status(self, participant_id: int, status: Status) -> None:
        row = self.participants_page.selected_row()
        name = (
            row.preferred_name if row and row.id == participant_id else f"number {participant_id}"
        )
        self.participant_actions.change_status(participant_id, status, name)

    def show_monitoring(self) -> None:
        """The diversity monitoring of the person selected on the register (dates only until
        someone deliberately asks to see the answers)."""
        row = self.participants_page.selected_row()
        if row is None or self._database is None:
            return
        from coprod_desktop.gui.dialogs.monitoring_dialogs import MonitoringDialog

        MonitoringDialog(self._database, row.id, row.preferred_name, self).exec()

    def show_development_log(self) -> None:
        """The development log of the person selected on the register."""
        row = self.participants_page.selected_row()
        if row is None or self._database is None:
            return
        from coprod_desktop.gui.dialogs.development_dialogs import DevelopmentLogDialog

        DevelopmentLogDialog(self._database, row.id, row.preferred_name, self).exec()

    def show_difference_letter(self) -> None:
        """A letter of thanks for the selected person: "The difference you made"."""
        row = self.participants_page.selected_row()
        if row is None or self._database is None:
            return
        from coprod_desktop.gui.dialogs.development_dialogs import save_difference_letter

        save_difference_letter(self, self, self._database, row.id, row.preferred_name)

    # --- reports for funders ------------------------------------------------------------------
    def show_funder_report(self) -> None:
        """The funder report for a period (and project, if one is chosen on the Projects
        screen), saved off the GUI thread."""
        if self._database is None:
            return
        from coprod_desktop.gui.funder_report_action import open_funder_report

        job = open_funder_report(self, self._chosen_project())
        self._report_jobs = [j for j in self._report_jobs if not j.finished]
        if job is not None:
            self._report_jobs.append(job)

    def show_records_export(self) -> None:
        """The records a funder asks for, as a workbook or CSV files (names left out unless
        asked for and agreed to)."""
        if self._database is None:
            return
        from coprod_desktop.gui.records_export_action import open_records_export

        job = open_records_export(self)
        self._report_jobs = [j for j in self._report_jobs if not j.finished]
        if job is not None:
            self._report_jobs.append(job)

    def _chosen_project(self) -> int | None:
        """The project selected on the Projects screen, if that screen has been opened."""
        page = self._screens.get("Projects")
        selected_id = getattr(page, "selected_id", None)
        return selected_id() if callable(selected_id) else None

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
            self.participant_actions.use_database(None)
            self._database.close()
            self._database = None
        super().closeEvent(event)
