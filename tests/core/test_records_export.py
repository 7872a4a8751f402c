"""The records export for funders (exports/records_export.py), read back three ways: openpyxl,
our own CSV files, and LibreOffice converting the workbook to CSV (a second, independent reader
of the XLSX), compared cell by cell, with money and dates."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from sqlalchemy import update
from sqlalchemy.orm import Session

from coprod_desktop.exports.csv_safe import safe_cell
from coprod_desktop.exports.records_export import (
    SHEET_NAMES,
    ExportSummary,
    RecordsExportProblem,
    csv_file_names,
    export_records,
    export_records_csv,
    export_records_xlsx,
)
from coprod_desktop.exports.sheet_writers import pounds_text
from coprod_desktop.services import actions, decisions, feedback, payments, stories, themes
from coprod_desktop.services import sessions as session_service
from coprod_desktop.services.actions import ActionData, Owner
from coprod_desktop.services.decisions import DecisionData
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.feedback import FeedbackData
from coprod_desktop.services.stories import StoryData
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import Action, Decision, FeedbackItem, Payment, Project
from coprod_desktop.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    ConsentMethod,
    DecisionMethod,
    FeedbackResponse,
    FeedbackStatus,
    PaymentKind,
    Role,
    StoryConsent,
)
from tests.core.payment_fixtures import (
    add_person,
    add_project,
    add_session,
    approved_fee,
    attended,
    fee,
    paid_fee,
)

FIRST, LAST = date(2025, 4, 6), date(2026, 4, 5)
# Every way a cell can start that a spreadsheet would run as a formula (csv_safe's list).
RISKY = (
    "=1+1",
    '=HYPERLINK("http://evil.example","Click")',
    "=cmd|' /C calc'!A0",
    "+44 7700 900123",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
)
# XlsxWriter copies text that starts with <r> and ends with </r> into the file as raw XML;
# this would add a formula cell in Z1 if it got through.
MARKUP = (
    '<r><t>safe</t></r></is></c><c r="Z1"><f>1+1</f><v>2</v></c>'
    '<c r="Z2" t="inlineStr"><is><r><t>x</t></r>'
)
STAFF = (Owner(staff_name="Priya Staffname"),)
INTERNAL_STORY = "Only for us: the night shift INTERNAL-ONLY-XYZ"

# Each sheet's headings and what kind each column is: t text, d date, m money, n number,
# h hours.
LAYOUT: dict[str, list[tuple[str, str]]] = {
    "Sessions": [
        ("Session number", "n"),
        ("Date", "d"),
        ("Project", "t"),
        ("Title", "t"),
        ("Kind", "t"),
        ("Length in hours", "h"),
        ("People who attended", "n"),
        ("Hours contributed", "h"),
    ],
    "Attendance": [
        ("Session number", "n"),
        ("Session date", "d"),
        ("Session title", "t"),
        ("Person ID", "t"),
        ("Status", "t"),
        ("Minutes at the session", "n"),
        ("Preparation minutes", "n"),
    ],
    "Payments": [
        ("Date", "d"),
        ("Person ID", "t"),
        ("Project", "t"),
        ("Kind", "t"),
        ("What for", "t"),
        ("Amount", "m"),
        ("Status", "t"),
        ("Cancelled", "t"),
    ],
    "Actions": [
        ("Project", "t"),
        ("What", "t"),
        ("Owners", "t"),
        ("Due", "d"),
        ("Status", "t"),
        ("Done on", "d"),
    ],
    "Decisions": [
        ("Date", "d"),
        ("Project", "t"),
        ("What was decided", "t"),
        ("How it was decided", "t"),
        ("People on the register who took part", "n"),
    ],
    "You said we did": [
        ("Date", "d"),
        ("Project", "t"),
        ("What was said", "t"),
        ("Response", "t"),
        ("What we did, or why not", "t"),
        ("Status", "t"),
    ],
    "Stories": [("Told in", "t"), ("Title", "t"), ("Story", "t"), ("Themes", "t")],
    "People": [("Person ID", "t"), ("Roles", "t")],
}
NAMED_COLUMNS = {"Stories": [("Told by", "t")], "People": [("Name", "t"), ("Full name", "t")]}


def layout(include_names: bool) -> dict[str, list[tuple[str, str]]]:
    return {
        sheet: columns + (NAMED_COLUMNS.get(sheet, []) if include_names else [])
        for sheet, columns in LAYOUT.items()
    }


@dataclass(frozen=True)
class Seeded:
    cafe: int
    youth: int
    amira: int  # agreed to be named in documents
    bobby: int  # did not
    zoe: int  # agreed to be named
    outsider: int  # only outside the period
    payment_ids: dict[str, int]


def _set(session: Session, model: Any, row_id: int, **values: Any) -> None:
    session.execute(update(model).where(model.id == row_id).values(**values))


def seed(database: Database) -> Seeded:
    """Two projects; people whose database numbers differ from their place in the export;
    sessions, payments, actions, decisions, "you said, we did" and stories in the period and
    outside it; text of every risky kind put straight into the database (as an import or an
    older version might have), so the export cannot rely on the forms refusing it."""
    with database.transaction() as session:
        # Two people who never appear, so database numbers and export IDs cannot coincide.
        add_person(session, preferred_name="Filler One")
        add_person(session, preferred_name="Filler Two")
        cafe = add_project(session, "Carers' café")
        youth = add_project(session, "Youth panel")
        amira = add_person(
            session,
            preferred_name="Amira",
            full_name="Amira Haddad",
            consent_named_in_documents=True,
            consent_date=date(2025, 1, 6),
            consent_method=ConsentMethod.SIGNED_FORM,
            roles=frozenset({Role.LIVED_EXPERIENCE, Role.CARER}),
        )
        bobby = add_person(
            session,
            preferred_name="Bobby",
            full_name="Bobby Secretname",
            consent_named_in_documents=False,
            consent_contact=True,
            consent_date=date(2025, 1, 6),
            consent_method=ConsentMethod.SIGNED_FORM,
            roles=frozenset({Role.CARER}),
        )
        zoe = add_person(
            session,
            preferred_name="Zoë",
            full_name="Zoë Ångström",
            consent_named_in_documents=True,
            consent_date=date(2025, 1, 6),
            consent_method=ConsentMethod.SIGNED_FORM,
            roles=frozenset({Role.PROFESSIONAL}),
        )
        outsider = add_person(session, preferred_name="Olu Outside", full_name="Olu Outside")

        before = add_session(session, cafe, date(2025, 4, 5), title="Before the period")
        attended(session, before, outsider)
        first = add_session(session, cafe, date(2025, 5, 1), title="Planning workshop")
        attended(session, first, zoe, amira)  # 10:00 to 11:30 each
        second = add_session(session, youth, date(2025, 6, 2), title="Panel day")
        attended(session, second, bobby)
        session_service.invite(session, second, [amira])
        session_service.set_attendance(session, second, amira, AttendanceStatus.APOLOGIES)

        ids: dict[str, int] = {}
        ids["amira fee"] = paid_fee(session, amira, 5000, date(2025, 5, 1), project_id=cafe)
        ids["reversal"] = payments.reverse(session, ids["amira fee"], "Paid to the wrong person")
        ids["zoe voucher"] = approved_fee(
            session, zoe, 2000, date(2025, 7, 1), kind=PaymentKind.VOUCHER, project_id=cafe
        )
        payments.cancel(session, ids["zoe voucher"], "Given twice")
        ids["bobby big"] = paid_fee(session, bobby, 123456, date(2025, 8, 1), project_id=youth)
        ids["no project"] = fee(session, bobby, 999, date(2025, 8, 2))
        ids["outside"] = paid_fee(session, outsider, 700, date(2026, 4, 6), project_id=cafe)
        for number, text in enumerate((*RISKY, MARKUP), start=1):
            payment_id = fee(session, zoe, 100 + number, date(2025, 9, number), project_id=cafe)
            _set(session, Payment, payment_id, description=text)
            ids[f"risky {number}"] = payment_id
        _set(session, Project, youth, name="=Youth panel")  # a risky project name too

        today = date(2025, 5, 1)
        due_in = actions.add_action(
            session,
            ActionData(
                project_id=cafe,
                what="Book the room",
                owners=(Owner(participant_id=amira), Owner(staff_name="Priya Staffname")),
                due_on=date(2025, 6, 1),
            ),
            today,
        )
        done_in = actions.add_action(
            session,
            ActionData(
                project_id=cafe,
                what="+Print the cards",
                owners=(Owner(participant_id=bobby),),
                due_on=date(2024, 1, 1),
            ),
            today,
        )
        _set(session, Action, done_in, status=ActionStatus.DONE, completed_on=date(2025, 7, 1))
        still_open = actions.add_action(
            session, ActionData(project_id=youth, what="Find a bigger room", owners=STAFF), today
        )
        created_later = actions.add_action(
            session, ActionData(project_id=cafe, what="Added after the period", owners=STAFF), today
        )
        done_before = actions.add_action(
            session,
            ActionData(
                project_id=cafe, what="Done long ago", due_on=date(2024, 1, 1), owners=STAFF
            ),
            today,
        )
        _set(session, Action, done_before, status=ActionStatus.DONE, completed_on=date(2024, 2, 1))
        for action_id, made in (
            (due_in, datetime(2025, 5, 1, 9, tzinfo=UTC)),
            (done_in, datetime(2024, 1, 1, 9, tzinfo=UTC)),
            (still_open, datetime(2025, 5, 1, 9, tzinfo=UTC)),
            (created_later, datetime(2026, 6, 1, 9, tzinfo=UTC)),
            (done_before, datetime(2024, 1, 1, 9, tzinfo=UTC)),
        ):
            _set(session, Action, action_id, created_at=made)

        decided = decisions.add_decision(
            session,
            DecisionData(
                project_id=cafe,
                decided_on=date(2025, 9, 1),
                what="Meet on Tuesdays",
                method=DecisionMethod.CONSENSUS,
                participant_ids=(amira, bobby),
                others_present="Two ward managers, Dr Secretwitness",
            ),
        )
        _set(session, Decision, decided, what="@Meet on Tuesdays")
        decisions.add_decision(
            session,
            DecisionData(
                project_id=cafe,
                decided_on=date(2026, 5, 1),
                what="After the period",
                method=DecisionMethod.VOTE,
            ),
        )
        said = feedback.add_feedback(
            session,
            FeedbackData(
                project_id=youth,
                said_on=date(2025, 10, 1),
                what_was_said="The room was too cold.",
                participant_id=bobby,
                response_kind=FeedbackResponse.WE_DID,
                response="We moved to the library.",
                status=FeedbackStatus.TOLD_BACK,
            ),
        )
        _set(session, FeedbackItem, said, what_was_said="-The room was too cold.")

        transport = themes.add_theme(session, "Transport")
        stories.add_story(
            session,
            StoryData(
                title="Night shift",
                text=INTERNAL_STORY,
                told_on=date(2025, 6, 1),
                consent=StoryConsent.INTERNAL_ONLY,
                participant_id=zoe,
            ),
            today=date(2026, 11, 1),
        )
        stories.add_story(
            session,
            StoryData(
                title="Two buses",
                text="I'm Bobby and it took two buses to get to the clinic.",
                told_on=date(2025, 6, 12),
                consent=StoryConsent.ANONYMISED,
                participant_id=bobby,
                theme_ids=(transport,),
            ),
            today=date(2026, 11, 1),
        )
        stories.add_story(
            session,
            StoryData(
                title="Finding the café",
                text="The signs helped me find the café.",
                told_on=date(2025, 7, 3),
                consent=StoryConsent.WITH_NAME,
                participant_id=amira,
                project_id=cafe,
            ),
            today=date(2026, 11, 1),
        )
    return Seeded(cafe, youth, amira, bobby, zoe, outsider, ids)


@pytest.fixture
def seeded(database: Database) -> Seeded:
    return seed(database)


def export(
    database: Database, path: Path, include_names: bool = False, **options: Any
) -> ExportSummary:
    with database.reading() as session:
        return export_records(session, path, FIRST, LAST, include_names=include_names, **options)


# --- reading back ---------------------------------------------------------------------------

_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def ooxml_text(value: str) -> str:
    """Undo the _xHHHH_ escapes of the file format (Excel and LibreOffice read them; openpyxl
    leaves them as they are): "_x000D_" is a carriage return, "_x005F_" an underscore."""
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


def read_workbook(path: Path) -> dict[str, list[list[Any]]]:
    workbook = openpyxl.load_workbook(path)
    return {
        sheet.title: [
            [ooxml_text(c.value) if isinstance(c.value, str) else c.value for c in row]
            for row in sheet.iter_rows()
        ]
        for sheet in workbook.worksheets
    }


def read_csv_file(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def libreoffice_sheets(xlsx: Path, folder: Path) -> dict[str, list[list[str]]]:
    """Every sheet of the workbook as LibreOffice shows it (formats applied: DD/MM/YYYY,
    £1,234.50), converted to CSV by LibreOffice itself in a private profile (so parallel
    runs do not share one) and a British locale."""
    out = folder / "libreoffice"
    out.mkdir()
    profile = (folder / "lo-profile").as_uri()
    # 44,34,76: comma, double quote, UTF-8; 1: from line 1; true (9th): as shown;
    # -1: every sheet, each to "<stem>-<sheet>.csv".
    options = "44,34,76,1,,0,false,true,true,false,false,-1"
    environment = {**os.environ, "LANG": "en_GB.UTF-8", "LC_ALL": "en_GB.UTF-8"}
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            f"csv:Text - txt - csv (StarCalc):{options}",
            "--outdir",
            str(out),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env=environment,
    )
    sheets = {}
    for name in SHEET_NAMES:
        with (out / f"{xlsx.stem}-{name}.csv").open(encoding="utf-8", newline="") as stream:
            sheets[name] = list(csv.reader(stream))
    return sheets


needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; CI installs libreoffice-calc-nogui",
)


def as_typed(rows: list[list[Any]], columns: list[tuple[str, str]]) -> list[list[Any]]:
    """openpyxl's cells as the export's own values: dates, pence, minutes-as-hours, text."""
    typed = []
    for row in rows[1:]:
        cells: list[Any] = []
        for (_, kind), value in zip(columns, row, strict=True):
            if value is None:
                cells.append(None if kind != "t" else "")
            elif kind == "d":
                assert isinstance(value, datetime)
                cells.append(value.date())
            elif kind == "m":
                cells.append(round(value * 100))
            else:
                cells.append(value)
        typed.append(cells)
    return typed


def csv_shows(value: Any, kind: str) -> str:
    """How our CSV writes a typed value."""
    if value is None:
        return ""
    if kind == "d":
        return str(value.isoformat())
    if kind == "m":
        return pounds_text(value)
    if kind == "h":
        return f"{value:.2f}"
    if kind == "n":
        return str(value)
    return safe_cell(value)


def libreoffice_shows(value: Any, kind: str) -> str:
    """How LibreOffice shows a typed value in the workbook's formats."""
    if value is None:
        return ""
    if kind == "d":
        return str(value.strftime("%d/%m/%Y"))
    if kind == "m":
        text = f"£{abs(value) / 100:,.2f}"
        return f"-{text}" if value < 0 else text
    if kind == "h":
        return f"{value:.2f}"
    if kind == "n":
        return str(value)
    return str(value)


# --- the tests --------------------------------------------------------------------------------


def test_the_workbook_has_a_sheet_for_each_kind_of_record_typed_and_laid_out(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "records.xlsx"
    summary = export(database, path)
    assert summary.files == (path,)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == list(SHEET_NAMES) == list(LAYOUT)
    for name, columns in LAYOUT.items():
        sheet = workbook[name]
        assert [c.value for c in sheet[1]] == [heading for heading, _ in columns]
        assert all(c.font.bold for c in sheet[1]), name
        assert sheet.freeze_panes == "A2", name
        for number, (heading, kind) in enumerate(columns, start=1):
            letter = get_column_letter(number)
            width = sheet.column_dimensions[letter].width
            assert len(heading) <= width <= 62, (name, heading)
            for cell in sheet[letter][1:]:
                if cell.value is None:
                    continue
                if kind == "d":
                    assert cell.is_date and cell.number_format == "DD/MM/YYYY"
                elif kind == "m":
                    assert cell.data_type == "n" and cell.number_format == '"£"#,##0.00'
                elif kind in "nh":
                    assert cell.data_type == "n", (name, heading)
                else:
                    assert cell.data_type == "s", (name, heading)
    assert summary.rows("Payments") == 5 + len(RISKY) + 1
    assert summary.sheets[2].file is None


def test_payments_are_dated_typed_and_marked(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "records.xlsx"
    export(database, path)
    sheets = read_workbook(path)
    rows = as_typed(sheets["Payments"], LAYOUT["Payments"])
    people = person_ids(sheets)
    amira, zoe, bobby = people["amira"], people["zoe"], people["bobby"]
    expected = [
        [date(2025, 5, 1), amira, "Carers' café", "Fee for time", "Panel interview", 5000,
         "Paid", ""],
        [date(2025, 5, 1), amira, "Carers' café", "Fee for time",
         f"Reversal of payment {seeded.payment_ids['amira fee']}: Paid to the wrong person",
         -5000, "Draft", ""],
        [date(2025, 7, 1), zoe, "Carers' café", "Voucher", "Panel interview", 2000,
         "Cancelled", "Yes"],
        [date(2025, 8, 1), bobby, "=Youth panel", "Fee for time", "Panel interview", 123456,
         "Paid", ""],
        [date(2025, 8, 2), bobby, "", "Fee for time", "Panel interview", 999, "Draft", ""],
    ] + [
        [date(2025, 9, n), zoe, "Carers' café", "Fee for time", text, 100 + n, "Draft", ""]
        for n, text in enumerate((*RISKY, MARKUP), start=1)
    ]  # fmt: skip
    assert rows == expected


def person_ids(sheets: dict[str, list[list[Any]]]) -> dict[str, str]:
    """Who is who, worked out from the sheets alone: Amira and Zoë came to the first session
    (Amira was added first), Bobby to the second."""
    attendance = sheets["Attendance"]
    first = [row[3] for row in attendance[1:] if row[2] == "Planning workshop"]
    second = [row[3] for row in attendance[1:] if row[2] == "Panel day" and row[4] == "Attended"]
    return {"amira": first[0], "zoe": first[1], "bobby": second[0]}


def test_sessions_and_attendance_count_time_as_the_funder_report_does(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "records.xlsx"
    export(database, path)
    sheets = read_workbook(path)
    sessions = as_typed(sheets["Sessions"], LAYOUT["Sessions"])
    assert [row[1:] for row in sessions] == [
        [date(2025, 5, 1), "Carers' café", "Planning workshop", "Workshop", 1.5, 2, 3],
        [date(2025, 6, 2), "=Youth panel", "Panel day", "Workshop", 1.5, 1, 1.5],
    ]
    attendance = as_typed(sheets["Attendance"], LAYOUT["Attendance"])
    assert [row[3:] for row in attendance] == [
        ["P0001", "Attended", 90, 0],
        ["P0002", "Attended", 90, 0],
        ["P0001", "Gave apologies", None, None],
        ["P0003", "Attended", 90, 0],
    ]
    assert "Before the period" not in str(sheets)


def test_person_ids_are_the_same_on_every_sheet_and_are_not_database_numbers(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "records.xlsx"
    export(database, path)
    sheets = read_workbook(path)
    people = person_ids(sheets)
    assert people == {"amira": "P0001", "zoe": "P0002", "bobby": "P0003"}
    numbers = {"amira": seeded.amira, "zoe": seeded.zoe, "bobby": seeded.bobby}
    for who, person_id in people.items():
        assert person_id != f"P{numbers[who]:04d}"
    payments_by = {row[1] for row in sheets["Payments"][1:]}
    assert payments_by == set(people.values())
    actions_sheet = {row[1]: row[2] for row in sheets["Actions"][1:]}
    assert actions_sheet["Book the room"] == f"{people['amira']}, Staff member"
    assert actions_sheet["+Print the cards"] == people["bobby"]
    people_sheet = {row[0]: row[1] for row in sheets["People"][1:]}
    assert people_sheet == {
        people["amira"]: "Person with lived experience; Carer or family member",
        people["zoe"]: "Professional",
        people["bobby"]: "Carer or family member",
    }


def test_actions_decisions_and_feedback_of_the_period(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "records.xlsx"
    export(database, path)
    sheets = read_workbook(path)
    done = as_typed(sheets["Actions"], LAYOUT["Actions"])
    assert [row[1] for row in done] == ["+Print the cards", "Book the room", "Find a bigger room"]
    assert done[0][3:] == [date(2024, 1, 1), "Done", date(2025, 7, 1)]
    assert done[1][3:] == [date(2025, 6, 1), "Not started", None]
    decided = as_typed(sheets["Decisions"], LAYOUT["Decisions"])
    assert decided == [
        [date(2025, 9, 1), "Carers' café", "@Meet on Tuesdays", "Consensus (everyone agreed)", 2]
    ]
    said = as_typed(sheets["You said we did"], LAYOUT["You said we did"])
    assert said == [
        [
            date(2025, 10, 1),
            "=Youth panel",
            "-The room was too cold.",
            "We did",
            "We moved to the library.",
            "Response shared",
        ]
    ]
    assert "Secretwitness" not in str(sheets)  # others present are never exported


def test_one_project_only(seeded: Seeded, database: Database, tmp_path: Path) -> None:
    path = tmp_path / "youth.xlsx"
    summary = export(database, path, project_id=seeded.youth)
    assert summary.project_name == "=Youth panel"
    sheets = read_workbook(path)
    assert [row[2] for row in sheets["Sessions"][1:]] == ["=Youth panel"]
    assert [row[2] for row in sheets["Payments"][1:]] == ["=Youth panel"]
    assert [row[1] for row in sheets["Actions"][1:]] == ["Find a bigger room"]
    assert sheets["Decisions"][1:] == []
    assert len(sheets["You said we did"]) == 2
    assert len(sheets["Stories"]) == 1
    # Amira gave apologies for the panel day, so she is in it, and first.
    assert [row[0] for row in sheets["People"][1:]] == ["P0001", "P0002"]


def test_no_names_by_default(seeded: Seeded, database: Database, tmp_path: Path) -> None:
    summary = export(database, tmp_path / "records.xlsx")
    export(database, tmp_path / "records.csv")
    assert not summary.include_names and summary.people == 3 and summary.people_named == 0
    text = all_text(tmp_path)
    for name in ("Amira", "Haddad", "Bobby", "Secretname", "Zoë", "Ångström", "Priya", "Olu"):
        assert name not in text, name
    sheets = read_workbook(tmp_path / "records.xlsx")
    assert sheets["People"][0] == ["Person ID", "Roles"]
    assert sheets["Stories"][0] == ["Told in", "Title", "Story", "Themes"]


def all_text(folder: Path) -> str:
    """Everything written in the folder's exports: cells of the workbooks, lines of the CSV."""
    found = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".xlsx":
            found.append(str(read_workbook(path)))
        elif path.suffix == ".csv":
            found.append(path.read_text(encoding="utf-8-sig"))
    return "\n".join(found)


def test_names_only_for_people_who_agreed_when_asked(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    summary = export(database, tmp_path / "named.xlsx", include_names=True)
    export(database, tmp_path / "named.csv", include_names=True)
    assert summary.include_names and summary.people == 3 and summary.people_named == 2
    sheets = read_workbook(tmp_path / "named.xlsx")
    people = person_ids(sheets)
    assert sheets["People"][0] == ["Person ID", "Roles", "Name", "Full name"]
    named = {row[0]: row[2:] for row in sheets["People"][1:]}
    assert named == {
        people["amira"]: ["Amira", "Amira Haddad"],
        people["zoe"]: ["Zoë", "Zoë Ångström"],
        people["bobby"]: [None, None],
    }
    tellers = {row[1]: row[4] for row in sheets["Stories"][1:]}
    # A story told anonymously says so, rather than leaving a blank that looks like a slip.
    assert tellers == {"Two buses": "Anonymous", "Finding the café": "Amira"}
    told_by = openpyxl.load_workbook(tmp_path / "named.xlsx")["Stories"].column_dimensions["E"]
    assert told_by.width >= len("Anonymous") + 2  # wide enough to read without widening
    stories_csv = (tmp_path / "named - Stories.csv").read_text(encoding="utf-8-sig")
    assert [line.rsplit(",", 1)[1] for line in stories_csv.splitlines()] == [
        "Told by",
        "Anonymous",
        "Amira",
    ]
    text = all_text(tmp_path)
    for name in ("Bobby", "Secretname", "Priya", "Olu"):
        assert name not in text, name
    assert "Amira Haddad" in text and "Zoë Ångström" in text


def test_stories_only_as_consent_allows(seeded: Seeded, database: Database, tmp_path: Path) -> None:
    for include_names in (False, True):
        folder = tmp_path / f"names-{include_names}"
        folder.mkdir()
        export(database, folder / "records.xlsx", include_names=include_names)
        export(database, folder / "records.csv", include_names=include_names)
        text = all_text(folder)
        assert "INTERNAL-ONLY-XYZ" not in text and "Night shift" not in text
        stories_sheet = read_workbook(folder / "records.xlsx")["Stories"]
        assert [row[:4] for row in stories_sheet[1:]] == [
            ["June 2025", "Two buses", "I'm [name removed] and it took two buses to get to the "
             "clinic.", "Transport"],
            ["July 2025", "Finding the café", "The signs helped me find the café.", None],
        ]  # fmt: skip


def test_formula_injection_is_text_in_the_workbook(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "records.xlsx"
    export(database, path)
    workbook = openpyxl.load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    payments_sheet = workbook["Payments"]
    what_for = {ooxml_text(row[4].value): row[4] for row in payments_sheet.iter_rows(min_row=2)}
    for text in RISKY:
        cell = what_for[text]
        assert cell.data_type == "s"
        assert cell.quotePrefix, repr(text)  # stays text when edited in Excel
    markup = what_for[MARKUP]
    assert markup.data_type == "s" and not markup.quotePrefix
    # Nothing was added beside the columns the export wrote.
    assert payments_sheet.max_column == len(LAYOUT["Payments"])
    assert payments_sheet["Z1"].value is None and payments_sheet["Z2"].value is None
    project = workbook["Sessions"]["C3"]
    assert (project.value, project.data_type, project.quotePrefix) == ("=Youth panel", "s", True)


def test_formula_injection_is_neutralised_in_csv(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    summary = export(database, tmp_path / "records.csv")
    rows = read_csv_file(summary.files[SHEET_NAMES.index("Payments")])
    what_for = [row[4] for row in rows[1:]]
    for text in RISKY:
        assert "'" + text in what_for, repr(text)
    assert MARKUP in what_for
    decisions_rows = read_csv_file(summary.files[SHEET_NAMES.index("Decisions")])
    assert decisions_rows[1][2] == "'@Meet on Tuesdays"
    # Negative amounts are numbers, not text made safe.
    assert [row[5] for row in rows[1:3]] == ["50.00", "-50.00"]


def test_csv_files_have_a_bom_and_the_same_cells_as_the_workbook(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    for include_names in (False, True):
        folder = tmp_path / f"names-{include_names}"
        folder.mkdir()
        export(database, folder / "records.xlsx", include_names=include_names)
        summary = export(database, folder / "records.csv", include_names=include_names)
        assert not (folder / "records.csv").exists()  # only the files named after it
        assert list(summary.files) == csv_file_names(folder / "records.csv")
        assert [f.name for f in summary.files] == [f"records - {n}.csv" for n in SHEET_NAMES]
        assert [s.file for s in summary.sheets] == list(summary.files)
        workbook = read_workbook(folder / "records.xlsx")
        for name, columns in layout(include_names).items():
            file = folder / f"records - {name}.csv"
            assert file.read_bytes().startswith(b"\xef\xbb\xbf"), name
            rows = read_csv_file(file)
            assert rows[0] == [heading for heading, _ in columns]
            expected = [
                [csv_shows(value, kind) for value, (_, kind) in zip(row, columns, strict=True)]
                for row in as_typed(workbook[name], columns)
            ]
            assert rows[1:] == expected, name


@needs_libreoffice
def test_libreoffice_reads_the_workbook_as_openpyxl_does(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    """A second reader: LibreOffice opens the workbook and shows every cell as openpyxl read
    it: the same text (risky text as the literal text, never a formula's result), dates
    shown DD/MM/YYYY and amounts in pounds."""
    path = tmp_path / "records.xlsx"
    export(database, path, include_names=True)
    workbook = read_workbook(path)
    shown = libreoffice_sheets(path, tmp_path)
    for name, columns in layout(True).items():
        assert shown[name][0] == [heading for heading, _ in columns]
        expected = [
            [libreoffice_shows(v, kind) for v, (_, kind) in zip(row, columns, strict=True)]
            for row in as_typed(workbook[name], columns)
        ]
        assert shown[name][1:] == expected, name
    what_for = [row[4] for row in shown["Payments"][1:]]
    for text in (*RISKY, MARKUP):
        assert text in what_for, repr(text)
    amounts = [row[5] for row in shown["Payments"][1:6]]
    assert amounts == ["£50.00", "-£50.00", "£20.00", "£1,234.56", "£9.99"]
    assert shown["Payments"][1][0] == "01/05/2025"


def test_progress_is_reported_up_to_the_whole(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    reports: list[tuple[str, int, int]] = []
    export(database, tmp_path / "r.xlsx", progress=lambda m, d, t: reports.append((m, d, t)))
    assert reports[0] == ("Writing sessions…", 0, reports[0][2])
    assert [d for _, d, _ in reports] == sorted(d for _, d, _ in reports)
    _, done, total = reports[-1]
    assert done == total == 2 + 4 + 15 + 3 + 1 + 1 + 2 + 3


class Stop(Exception):
    pass


def stopping_at(call: int) -> Callable[[], None]:
    calls = iter(range(1, 10_000))

    def check() -> None:
        if next(calls) == call:
            raise Stop

    return check


def calls_made(database: Database, path: Path) -> int:
    calls = 0

    def count() -> None:
        nonlocal calls
        calls += 1

    export(database, path, check_cancelled=count)
    return calls


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_cancelled_export_leaves_nothing_and_keeps_an_earlier_one(
    seeded: Seeded,
    database: Database,
    tmp_path: Path,
    suffix: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # XlsxWriter's own working files go in a folder of the export's, under the system's
    # temporary folder: pointed here, so the test can see that none are left.
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    every = calls_made(database, tmp_path / f"probe{suffix}")
    for made in tmp_path.glob("probe*"):
        made.unlink()
    folder = tmp_path / "out"
    folder.mkdir()
    earlier = folder / f"records{suffix}"
    if suffix == ".csv":
        earlier = csv_file_names(earlier)[2]
    earlier.write_text("an earlier export")
    assert every >= len(SHEET_NAMES) + 1
    for call in range(1, every + 1):  # stopped at every point it can be
        with pytest.raises(Stop):
            export(database, folder / f"records{suffix}", check_cancelled=stopping_at(call))
        assert [p.name for p in folder.iterdir()] == [earlier.name], call
        assert earlier.read_text() == "an earlier export"
        assert list(scratch.iterdir()) == []


def test_a_failed_rename_leaves_no_mixture_of_csv_files(
    seeded: Seeded, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = Path.replace
    renamed: list[str] = []

    def replace(self: Path, target: Any) -> Path:
        if len(renamed) == 3:
            raise PermissionError(13, "Permission denied")
        renamed.append(Path(target).name)
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(RecordsExportProblem, match="Nothing was saved"):
        export(database, folder / "records.csv")
    assert len(renamed) == 3
    assert list(folder.iterdir()) == []


def test_what_cannot_be_saved_is_refused_in_plain_words(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"  # the database is in tmp_path itself
    tmp_path.mkdir()
    with database.reading() as session:
        with pytest.raises(RecordsExportProblem, match=r"does not end in \.xlsx"):
            export_records_xlsx(session, tmp_path / "records.csv", FIRST, LAST)
        with pytest.raises(RecordsExportProblem, match=r"does not end in \.csv"):
            export_records_csv(session, tmp_path / "records.xlsx", FIRST, LAST)
        with pytest.raises(RecordsExportProblem, match=r"does not end in \.xlsx"):
            export_records(session, tmp_path / "records.ods", FIRST, LAST)
        with pytest.raises(RecordsExportProblem, match=r"ends .* before it starts"):
            export_records(session, tmp_path / "records.xlsx", LAST, FIRST)
        with pytest.raises(NotFound, match="no project with the number 999"):
            export_records(session, tmp_path / "records.xlsx", FIRST, LAST, project_id=999)
        with pytest.raises(RecordsExportProblem, match="does not exist"):
            export_records(session, tmp_path / "missing" / "records.xlsx", FIRST, LAST)
        (tmp_path / "records - People.csv").mkdir()
        with pytest.raises(RecordsExportProblem, match="that is a folder"):
            export_records(session, tmp_path / "records.csv", FIRST, LAST)
    assert [p.name for p in tmp_path.iterdir()] == ["records - People.csv"]


def test_an_empty_period_gives_headings_only(database: Database, tmp_path: Path) -> None:
    summary = export(database, tmp_path / "empty.xlsx")
    assert all(sheet.rows == 0 for sheet in summary.sheets)
    sheets = read_workbook(tmp_path / "empty.xlsx")
    assert all(len(rows) == 1 for rows in sheets.values())


def test_the_summary_says_what_was_saved(
    seeded: Seeded, database: Database, tmp_path: Path
) -> None:
    lines = export(database, tmp_path / "records.csv").describe()
    assert lines[0].startswith("Records for all projects, 6 April 2025 to 5 April 2026:")
    assert f"Saved as 8 CSV files, one for each kind of record, in {tmp_path}:" in lines
    assert "  records - Payments.csv" in lines
    assert lines[-1].startswith("People are shown by anonymised IDs")


def test_a_sheet_too_long_for_a_workbook_is_refused_before_anything_is_written(
    seeded: Seeded, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("coprod_desktop.exports.records_export.MAX_SHEET_ROWS", 14)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(RecordsExportProblem, match="The Payments sheet would have 15 rows"):
        export(database, folder / "records.xlsx")
    assert list(folder.iterdir()) == []
    export(database, folder / "records.csv")  # CSV files have no such limit
    assert len(list(folder.iterdir())) == len(SHEET_NAMES)
