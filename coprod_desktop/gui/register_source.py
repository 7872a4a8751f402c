"""Connects the register's table model to the database, through the services."""

from __future__ import annotations

from collections.abc import Sequence

from coprod_desktop.services import participant_search
from coprod_desktop.services.participant_types import ParticipantQuery, ParticipantRow
from coprod_desktop.storage.database import Database


class DatabaseRegisterSource:
    def __init__(self, database: Database) -> None:
        self.database = database

    def search_ids(self, query: ParticipantQuery) -> list[int]:
        with self.database.reading() as session:
            return participant_search.search_ids(session, query)

    def load_rows(self, ids: Sequence[int]) -> dict[int, ParticipantRow]:
        with self.database.reading() as session:
            return participant_search.load_rows(session, ids)

    def count_all(self) -> int:
        with self.database.reading() as session:
            return participant_search.count_all(session)
