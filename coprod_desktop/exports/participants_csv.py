"""The register as CSV: one line per person, the same columns as the register screen."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from coprod_desktop.exports.csv_safe import write_csv
from coprod_desktop.services.participant_types import ParticipantRow

HEADER = (
    "ID",
    "Name they want us to use",
    "Full name",
    "Pronouns",
    "Roles",
    "Status",
    "Email",
    "Phone",
    "Postcode",
    "Access needs",
    "Last updated (UTC)",
)


def row_cells(row: ParticipantRow) -> Sequence[str | int]:
    return (
        row.id,
        row.preferred_name,
        row.full_name,
        row.pronouns,
        row.roles_text,
        row.status.label,
        row.email,
        row.phone,
        row.postcode,
        row.access_text,
        row.updated_at.strftime("%Y-%m-%d %H:%M:%S"),
    )


def write_participants_csv(stream: TextIO, rows: Iterable[ParticipantRow]) -> int:
    return write_csv(stream, HEADER, (row_cells(r) for r in rows))
