"""What people do to records from the register: add, change, pause, archive, reactivate.

Every change goes through the services in one transaction and then onto the undo stack. The
version number of each record this window writes is kept (``version_of``), so that undo can
tell the window's own later changes from someone else's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from coprod_desktop.gui.messages import confirm, show_error
from coprod_desktop.gui.undo_commands import AddCommand, EditCommand, StatusCommand
from coprod_desktop.services import participants
from coprod_desktop.services.errors import ServiceError
from coprod_desktop.storage.problems import DatabaseProblem
from coprod_desktop.vocabulary import Status

if TYPE_CHECKING:
    from coprod_desktop.gui.pages.participants_page import ParticipantsPage
    from coprod_desktop.services.participant_types import ParticipantData, ParticipantRecord
    from coprod_desktop.storage.database import Database

log = logging.getLogger(__name__)


class DatabaseChanged(ServiceError):
    """The form was opened on one database and another is open now."""


class ParticipantActions:
    def __init__(
        self,
        parent: QWidget,
        undo_stack: QUndoStack,
        page: Callable[[], ParticipantsPage],
        show_message: Callable[[str], None],
    ) -> None:
        self._parent = parent
        self._undo_stack = undo_stack
        self._page = page
        self._show_message = show_message
        self._database: Database | None = None
        self._versions: dict[int, int] = {}

    def use_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on; undo steps for the previous one are dropped."""
        self._database = database
        self._versions.clear()
        self._undo_stack.clear()

    # --- UndoHost -----------------------------------------------------------------------------
    @property
    def database(self) -> Database | None:
        return self._database

    def version_of(self, participant_id: int) -> int | None:
        return self._versions.get(participant_id)

    def wrote(self, participant_id: int, version: int | None) -> None:
        if version is None:
            self._versions.pop(participant_id, None)
        else:
            self._versions[participant_id] = version

    def changed(self, participant_id: int | None, message: str) -> None:
        self._page().refresh(keep=participant_id)
        self._show_message(message)

    def undo_failed(self, message: str) -> None:
        show_error(self._parent, "Could not undo", message)
        self._page().refresh()

    # --- actions ------------------------------------------------------------------------------
    def new_person(self) -> None:
        if self._database is not None:
            self._edit(None)

    def open_person(self, participant_id: int) -> None:
        database = self._database
        if database is None:
            return
        try:
            with database.reading() as session:
                record = participants.get_participant(session, participant_id)
        except Exception as error:
            self._report(database, "Could not open this person", error)
            self._page().refresh()
            return
        self._edit(record)

    def _edit(self, record: ParticipantRecord | None) -> None:
        from coprod_desktop.gui.dialogs.participant_dialog import ParticipantDialog

        database = self._database
        assert database is not None

        def save(data: ParticipantData, current: ParticipantRecord | None) -> ParticipantRecord:
            return self.save(database, data, current)

        dialog = ParticipantDialog(save, record, self._parent)
        # Keep the form within a small laptop's screen.
        screen = self._parent.screen().availableGeometry()
        dialog.resize(
            min(dialog.width(), screen.width() - 40), min(dialog.height(), screen.height() - 60)
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            saved = dialog.saved
            verb = "Added" if record is None else "Saved"
            self.changed(saved.id, f"{verb} {saved.data.preferred_name}. To undo, press Ctrl+Z.")
        dialog.deleteLater()

    def save(
        self, database: Database, data: ParticipantData, record: ParticipantRecord | None
    ) -> ParticipantRecord:
        """Save a form opened on ``database``: only into that database, and only if the record
        has not changed since the form was opened."""
        if self._database is not database:
            raise DatabaseChanged(
                "The database was closed or another one opened while this form was open, so "
                "nothing was saved. Copy anything you need from the form, close it, and open "
                "the person again."
            )
        with database.transaction() as session:
            if record is None:
                new_id = participants.add_participant(session, data)
                saved = participants.get_participant(session, new_id)
            else:
                saved = participants.update_participant(
                    session, record.id, data, expected_version=record.version
                )
        if record is None:
            self.wrote(saved.id, saved.version)
            self._undo_stack.push(AddCommand(self, saved.id, saved.data.preferred_name))
        elif saved.version != record.version:
            self.wrote(saved.id, saved.version)
            self._undo_stack.push(EditCommand(self, saved.id, record.data, saved.data))
        return saved

    def change_status(self, participant_id: int, status: Status, name: str) -> None:
        database = self._database
        if database is None:
            return
        if status is Status.LEFT and not confirm(
            self._parent,
            "Mark as left",
            f"Mark {name} as having left?\n\nTheir record is kept (nothing is deleted) but hidden "
            "from the usual list. You can make them active again at any time, or undo this with "
            "Ctrl+Z.",
            "Mark as left",
        ):
            return
        try:
            with database.transaction() as session:
                previous = participants.set_status(session, participant_id, status)
                version = participants.current_version(session, participant_id)
        except Exception as error:
            self._report(database, "Could not change their status", error)
            return
        if previous != status:
            self.wrote(participant_id, version)
            command = StatusCommand(self, participant_id, name, previous, status)
            self._undo_stack.push(command)
            self.changed(participant_id, f"Done: {command.text()}. To undo, press Ctrl+Z.")

    def _report(self, database: Database, title: str, error: Exception) -> None:
        if isinstance(error, ServiceError | DatabaseProblem):
            text = str(error)
        else:
            problem = database.problem_for(error)
            if problem is None:
                log.exception("%s", title)
            text = problem.message if problem else f"Something went wrong: {error}"
        show_error(self._parent, title, text)
