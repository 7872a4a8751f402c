"""Open a database for the window, off the GUI thread, and find a way on if it cannot be used.

One opening at a time: while it runs the window is told it is busy (and disables everything
that would use a database), so nothing can be saved into the wrong file halfway through a
switch. A problem is explained and the person chooses: try again, another file, a new
database, or give up. Whatever is retried keeps every option of the first request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from coprod_desktop.gui.jobs import Job
    from coprod_desktop.storage.opening import Opened


@dataclass(frozen=True)
class OpenRequest:
    url: str
    create_folder: bool = False  # the app's own default location, whose folder may be new
    must_exist: bool = False  # used before: if it has gone, say so rather than recreate it
    remember: bool = False  # chosen by the person: use it next time too


class DatabaseOpener(QObject):
    opened = Signal(object, object)  # Opened, OpenRequest
    failed = Signal(object)  # DatabaseProblem, when not interactive (the smoke test)
    gave_up = Signal()  # the person chose Quit with no database open
    busy_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        *,
        interactive: bool,
        has_database: Callable[[], bool],
        current_folder: Callable[[], Path],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._interactive = interactive
        self._has_database = has_database
        self._current_folder = current_folder
        self._job: Job[Opened] | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def open(self, request: OpenRequest) -> bool:
        """Start opening; False if another opening is still under way."""
        from coprod_desktop.gui.jobs import JobControl, run_job
        from coprod_desktop.storage.opening import OpenOptions, open_database

        if self.busy:
            return False
        options = OpenOptions(create_folder=request.create_folder, must_exist=request.must_exist)

        def work(control: JobControl) -> Opened:
            return open_database(request.url, options, progress=control.report)

        self._job = run_job(
            self._window,
            "Opening the database",
            work,
            lambda opened: self._succeeded(opened, request),
            lambda error: self._failed(error, request),
            cancellable=False,
        )
        self.busy_changed.emit(True)
        return True

    def _finished(self) -> None:
        self._job = None
        self.busy_changed.emit(False)

    def _succeeded(self, opened: Opened, request: OpenRequest) -> None:
        self._finished()
        self.opened.emit(opened, request)

    def _failed(self, error: BaseException, request: OpenRequest) -> None:
        from coprod_desktop.gui import database_problem_dialog as problem_dialog
        from coprod_desktop.storage.problems import DatabaseProblem, cannot_open

        self._finished()
        problem = (
            error if isinstance(error, DatabaseProblem) else cannot_open(request.url, str(error))
        )
        if not self._interactive:
            self.failed.emit(problem)
            return
        starting = not self._has_database()
        choice = problem_dialog.ask_what_next(self._window, problem, starting=starting)
        folder = Path(problem.location).parent if problem.location else self._current_folder()
        if choice is problem_dialog.Choice.RETRY:
            self.open(request)
        elif choice is problem_dialog.Choice.OPEN_OTHER:
            self._open_chosen(problem_dialog.pick_existing_file(self._window, folder), request)
        elif choice is problem_dialog.Choice.CREATE_NEW:
            self._open_chosen(problem_dialog.pick_new_file(self._window, folder), request)
        elif starting:
            self.gave_up.emit()

    def _open_chosen(self, path: Path | None, failed: OpenRequest) -> None:
        from coprod_desktop.config import url_for_path

        if path is not None:
            self.open(OpenRequest(url_for_path(path), remember=True))
        elif not self._has_database():
            # Cancelled the file dialog with nothing open: try the first request again (with all
            # its options), which brings back the explanation rather than an empty window.
            self.open(failed)
