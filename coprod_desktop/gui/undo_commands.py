"""Undo and redo for changes to the register (Edit > Undo, Ctrl+Z).

Each change is done first through the services; the command pushed afterwards only knows how
to reverse it and do it again. If the record has been changed elsewhere in between, undo
refuses (with a message) rather than overwrite someone else's work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from coprod_desktop.services import participants
from coprod_desktop.services.participant_types import ParticipantData, ParticipantRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import Status


class UndoHost(Protocol):
    """What a command needs from the window: the database, and ways to show the outcome."""

    @property
    def database(self) -> Database | None: ...

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
        self._run(self._do_again, f"Redid: {self.text()}")

    def undo(self) -> None:
        self._run(self._reverse, f"Undid: {self.text()}")

    def _run(self, step: Step, message: str) -> None:
        database = self.host.database
        if database is None:
            return
        try:
            participant_id = step(database)
        except Exception as error:  # shown to the person; the command cannot be repeated
            self.setObsolete(True)
            self.host.undo_failed(f"Could not undo or redo “{self.text()}”. {error}")
            return
        self.host.changed(participant_id, message)


class AddCommand(_RegisterCommand):
    def __init__(self, host: UndoHost, participant_id: int, name: str) -> None:
        super().__init__(host, f"add {name}", self._remove, self._restore)
        self.participant_id = participant_id
        self.removed: ParticipantRecord | None = None

    def _remove(self, database: Database) -> int | None:
        with database.transaction() as session:
            self.removed = participants.remove_participant(session, self.participant_id)
        return None

    def _restore(self, database: Database) -> int | None:
        assert self.removed is not None
        with database.transaction() as session:
            participants.restore_participant(session, self.removed)
        return self.participant_id


class EditCommand(_RegisterCommand):
    def __init__(
        self,
        host: UndoHost,
        participant_id: int,
        before: ParticipantData,
        after: ParticipantRecord,
    ) -> None:
        super().__init__(
            host,
            f"changes to {after.data.preferred_name}",
            lambda database: self._set(database, self.before),
            lambda database: self._set(database, self.after),
        )
        self.participant_id = participant_id
        self.before = before
        self.after = after.data
        self.version = after.version  # what the record must still be at to undo safely

    def _set(self, database: Database, data: ParticipantData) -> int:
        with database.transaction() as session:
            record = participants.update_participant(
                session, self.participant_id, data, expected_version=self.version
            )
        self.version = record.version
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
            participants.set_status(session, self.participant_id, status)
        return self.participant_id
