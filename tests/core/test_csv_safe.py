"""CSV exports: safe to open in a spreadsheet, and read back exactly by a CSV reader."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from coprod_desktop.exports.csv_safe import safe_cell, write_csv
from coprod_desktop.exports.participants_csv import HEADER, write_participants_csv
from coprod_desktop.services import participant_search, participants
from coprod_desktop.services.participant_types import (
    ParticipantQuery,
    ParticipantRow,
    SortKey,
    StatusFilter,
)
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import AccessNeed, Role, Status
from tests.factories import person


def read_back(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def written(header: list[str], rows: list[list[str | int]]) -> str:
    stream = io.StringIO(newline="")
    write_csv(stream, header, rows)
    return stream.getvalue()


# --- safe_cell -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "=1+1",
        '=HYPERLINK("http://evil.example","Click")',
        "=cmd|' /C calc'!A0",
        "+44 7700 900123",
        "+1",
        "-2+3",
        "-",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
        "  =1+1",  # spreadsheets skip leading spaces before a formula
        "＝1+1",  # full-width equals sign, read as "=" by some spreadsheets
        "＋1",
        "－1",
        "＠SUM(A1)",
    ],
)
def test_formula_starts_get_an_apostrophe(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value",
    [
        "",
        "Amira",
        "Amira Haddad",
        "a=b",
        "1+1",
        "O'Brien",
        "'already quoted",
        "07700 900123",
        "amira@example.org",  # @ only matters at the start
        "Jo-Anne",
        "فاطمة",
        "🌈 Zoë",
    ],
)
def test_plain_text_is_unchanged(value: str) -> None:
    assert safe_cell(value) == value


def test_write_csv_escapes_text_but_keeps_numbers_as_numbers() -> None:
    text = written(["ID", "Name"], [[7, "=1+1"], [-5, "Plain"], [0, "@x"]])
    assert text == "ID,Name\r\n7,'=1+1\r\n-5,Plain\r\n0,'@x\r\n"


def test_write_csv_makes_the_header_safe_too() -> None:
    assert read_back(written(["=bad", "Good"], []))[0] == ["'=bad", "Good"]


def test_write_csv_returns_the_number_of_rows() -> None:
    stream = io.StringIO(newline="")
    assert write_csv(stream, ["A"], [["x"], ["y"], ["z"]]) == 3
    assert write_csv(io.StringIO(newline=""), ["A"], []) == 0


def test_write_csv_uses_windows_line_endings() -> None:
    assert written(["A", "B"], [["1", "2"]]).split("\r\n") == ["A,B", "1,2", ""]


def test_dangerous_cells_are_text_when_read_back() -> None:
    rows = read_back(written(["A", "B", "C"], [["=cmd|' /C calc'!A0", "\t=1", "-10"]]))
    assert rows[1] == ["'=cmd|' /C calc'!A0", "'\t=1", "'-10"]
    for cell in rows[1]:
        assert cell.startswith("'")


# --- The register as CSV -------------------------------------------------------------------------


UPDATED = datetime(2026, 11, 24, 9, 5, 7, 123456, tzinfo=UTC)


BASE_ROW = ParticipantRow(
    id=1,
    preferred_name="Amira",
    full_name="Amira Haddad",
    pronouns="she/her",
    roles=(Role.LIVED_EXPERIENCE,),
    role_other="",
    status=Status.ACTIVE,
    email="amira@example.org",
    phone="07700 900123",
    postcode="M13 9PL",
    access_needs=(),
    access_other="",
    updated_at=UPDATED,
)


def row(**overrides: Any) -> ParticipantRow:
    return replace(BASE_ROW, **overrides)


def export(rows: list[ParticipantRow]) -> list[list[str]]:
    stream = io.StringIO(newline="")
    assert write_participants_csv(stream, rows) == len(rows)
    return read_back(stream.getvalue())


def test_header_and_one_row() -> None:
    lines = export(
        [
            row(
                id=42,
                roles=(Role.CARER, Role.OTHER),
                role_other="Peer researcher",
                status=Status.PAUSED,
                access_needs=(AccessNeed.LARGE_PRINT,),
                access_other="Papers early",
            )
        ]
    )
    assert lines[0] == list(HEADER)
    assert lines[1] == [
        "42",
        "Amira",
        "Amira Haddad",
        "she/her",
        "Carer or family member, Peer researcher",
        "Paused",
        "amira@example.org",
        "07700 900123",
        "M13 9PL",
        "Large print, Papers early",
        "2026-11-24 09:05:07",
    ]
    assert len(lines) == 2


@pytest.mark.parametrize(
    "name",
    [
        "Smith, Jo",
        'Jo "JJ" Smith',
        "Line one\nLine two",
        "Windows\r\nbreak",
        "Zoë 🌈👩🏽‍🦱",
        "فاطمة الزهراء",
        "שָׂרָה כהן",
        "王芳",
        ',"\n,',
    ],
)
def test_awkward_names_round_trip(name: str) -> None:
    lines = export([row(preferred_name=name, full_name=name), row(id=2, preferred_name="Next")])
    assert lines[1][1] == name
    assert lines[1][2] == name
    assert lines[2][:2] == ["2", "Next"]  # the awkward row did not spill into the next one
    assert len(lines) == 3


def test_formula_names_are_exported_as_text() -> None:
    lines = export([row(preferred_name='=HYPERLINK("http://x")', phone="+33 1 42 68 53 00")])
    assert lines[1][1] == '\'=HYPERLINK("http://x")'
    assert lines[1][7] == "'+33 1 42 68 53 00"


def test_register_exported_from_the_database_round_trips(
    database: Database, tmp_path: Path
) -> None:
    people = [
        person(preferred_name="Smith, Jo", full_name='Jo "JJ" Smith', email=""),
        person(
            preferred_name="Zoë 🌈",
            full_name="فاطمة الزهراء",
            access_needs=frozenset({AccessNeed.STEP_FREE}),
            access_other="Needs breaks\nQuiet room",
        ),
        person(preferred_name="=cmd|' /C calc'!A0", full_name="", role_other="-Volunteer"),
    ]
    with database.transaction() as session:
        ids = [participants.add_participant(session, p) for p in people]
        participants.set_status(session, ids[2], Status.LEFT)
    query = ParticipantQuery(status=StatusFilter.ALL, sort=SortKey.ID)
    with database.reading() as session:
        rows = participant_search.search(session, query)
    path = tmp_path / "register.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        assert write_participants_csv(stream, rows) == 3
    with path.open(encoding="utf-8", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == list(HEADER)
    assert [line[0] for line in lines[1:]] == [str(i) for i in ids]
    assert lines[1][1:3] == ["Smith, Jo", 'Jo "JJ" Smith']
    assert lines[1][6] == ""
    assert lines[2][1:3] == ["Zoë 🌈", "فاطمة الزهراء"]
    assert lines[2][9] == "Step-free access, Needs breaks\nQuiet room"
    assert lines[3][1] == "'=cmd|' /C calc'!A0"
    assert lines[3][4] == "Person with lived experience, -Volunteer"
    assert lines[3][5] == "Left"
    assert all(len(line) == len(HEADER) for line in lines)
