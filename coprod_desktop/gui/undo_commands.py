"""Undo and redo for changes to the register (Edit > Undo, Ctrl+Z).

Each change is made first through the services; the command pushed afterwards only knows how
to reverse it and make it again. Every step is checked against the record's version number as
this window last wrote it (``UndoHost.version_of``), so undo works through any number of your
own changes but refuses, with a message, to overwrite a change made by someone else meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from coprod_desktop.services import participants
from coprod_desktop.services.errors import Conflict
from coprod_desktop.services.participant_types import ParticipantData, ParticipantRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import Status


class UndoHost(Protocol):
    """What a command needs from the window: the database, versions, and ways to report."""

    @property
    def database(self) -> Database | None: ...

    def version_of(self, participant_id: int) -> int | None: ...

    def wrote(self, participant_id: int, version: int | None) -> None: ...

    def changed(self, participant_id: int | None, message: str) -> None: ...

    def undo_failed(self, message: str) -> None: ...


Step = Callable[[Database], "int | None"]  # returns the person to select afterwards


class _RegisterCommand(QUndoCommand):
    def __init__(self, host: UndoHost, text: str, reverse: Step, do_again: Step) -> None:
        super().__init__(text)
        self.host = host
        self._reverse = reverse
        self._do_again = do_again
        self._first_redo = True  # the change itself was already made before the push

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            return
        self._run(self._do_again, "redo", f"Redid: {self.text()}")

    def undo(self) -> None:
        self._run(self._reverse, "undo", f"Undid: {self.text()}")

    def _run(self, step: Step, verb: str, message: str) -> None:
        database = self.host.database
        if database is None:
            self.setObsolete(True)
            return
        try:
            participant_id = step(database)
        except Conflict:
            self.setObsolete(True)
            self.host.undo_failed(
                f"Could not {verb} “{self.text()}”: the record has been changed since, by "
                "someone else or from another window. Nothing was changed. Open the record to "
                "see how it is now."
            )
            return
        except Exception as error:  # shown to the person; the step cannot be repeated
            self.setObsolete(True)
            problem = database.problem_for(error)
            self.host.undo_failed(
                f"Could not {verb} “{self.text()}”. {problem.message if problem else error}"
            )
            return
        self.host.changed(participant_id, message)


class AddCommand(_RegisterCommand):
    def __init__(self, host: UndoHost, participant_id: int, name: str) -> None:
        super().__init__(host, f"add {name}", self._remove, self._restore)
        self.participant_id = participant_id
        self.removed: ParticipantRecord | None = None

    def _remove(self, database: Database) -> int | None:
        with database.transaction() as session:
            self.removed = participants.remove_participant(
                session,
                self.participant_id,
                expected_version=self.host.version_of(self.participant_id),
            )
        self.host.wrote(self.participant_id, None)
        return None

    def _restore(self, database: Database) -> int | None:
        assert self.removed is not None
        with database.transaction() as session:
            participants.restore_participant(session, self.removed)
        self.host.wrote(self.participant_id, self.removed.version)
        return self.participant_id


class EditCommand(_RegisterCommand):
    def __init__(
        self,
        host: UndoHost,
        participant_id: int,
        before: ParticipantData,
        after: ParticipantData,
    ) -> None:
        super().__init__(
            host,
            f"changes to {after.preferred_name}",
            lambda database: self._set(database, before),
            lambda database: self._set(database, after),
        )
        self.participant_id = participant_id

    def _set(self, database: Database, data: ParticipantData) -> int:
        with database.transaction() as session:
            record = participants.update_participant(
                session,
                self.participant_id,
                data,
                expected_version=self.host.version_of(self.participant_id),
            )
        self.host.wrote(self.participant_id, record.version)
        return self.participant_id


class StatusCommand(_RegisterCommand):
    def __init__(
        self, host: UndoHost, participant_id: int, name: str, before: Status, after: Status
    ) -> None:
        verbs = {
            Status.ACTIVE: "make {} active",
            Status.PAUSED: "pause {}",
            Status.LEFT: "mark {} as left",
        }
        super().__init__(
            host,
            verbs[after].format(name),
            lambda database: self._set(database, before),
            lambda database: self._set(database, after),
        )
        self.participant_id = participant_id

    def _set(self, database: Database, status: Status) -> int:
        with database.transaction() as session:
            participants.set_status(
                session,
                self.participant_id,
                status,
                expected_version=self.host.version_of(self.participant_id),
            )
            version = participants.current_version(session, self.participant_id)
        self.host.wrote(self.participant_id, version)
        return self.participant_id
