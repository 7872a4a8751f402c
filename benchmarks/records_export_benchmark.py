"""The funders' records export at scale: a year of 100,000 payments to 10,000 people.

    .venv/bin/python benchmarks/records_export_benchmark.py [--people 10000]
        [--payments 100000] [--runs 5]

Set-up (once, not timed): a SQLite database with --people people (participants.add_many, one
in five with a role) and one project, then --payments payments over tax year 2025-26 (fees,
expenses, vouchers and thank-yous; draft, approved, paid and cancelled) put in with bulk
inserts.

Timed, interleaved (app, raw, raw five cells; app, raw, …) so that a slow moment of the
machine falls on all of them alike, medians over --runs:

(a) the app: records_export.export_records_xlsx for the year, every sheet (the payments, and
    the People sheet listing everyone paid), from the database to the renamed file;
(b) the floor: XlsxWriter used raw in constant-memory mode on the Payments sheet's rows, the
    same cells (a date, text, an amount in pounds…) with the same formats, already in memory
    (read from the database beforehand, not timed), written with write_datetime,
    write_string and write_number;
(c) for reference, the issue's measure: the same raw writer on five typed cells a row.

Each is timed twice over: on the wall clock, and in processor time used by this process
(time.process_time), which other programs busy on the same machine do not inflate. The ratio
(a) / (b) is printed for both; the target is 1.2 or less. Nothing is asserted (timings belong
in reports, not tests). Results also go to benchmarks/results/records_export_benchmark.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FIRST_DAY = date(2025, 4, 6)
LAST_DAY = date(2026, 4, 5)


def make_database(path: Path, people: int, payments: int) -> float:
    """People, a project and payments, with bulk inserts; returns the seconds it took."""
    from sqlalchemy import insert, select

    from coprod_desktop.services import participants, projects
    from coprod_desktop.services.participant_types import ParticipantData
    from coprod_desktop.services.projects import ProjectData
    from coprod_desktop.storage.models import Participant, Payment
    from coprod_desktop.storage.opening import open_database
    from coprod_desktop.vocabulary import ExpenseType, PaymentKind, PaymentStatus, Role

    started = time.perf_counter()
    database = open_database(f"sqlite:///{path}").database
    roles = [
        frozenset(r)
        for r in ((), (Role.LIVED_EXPERIENCE,), (Role.CARER,), (Role.PROFESSIONAL,), ())
    ]
    with database.transaction() as session:
        participants.add_many(
            session,
            (
                ParticipantData(preferred_name=f"Person {n:05d}", roles=roles[n % len(roles)])
                for n in range(1, people + 1)
            ),
        )
        ids = list(session.scalars(select(Participant.id).order_by(Participant.id)))
        project_id = projects.add_project(session, ProjectData(name="Weekly peer support group"))
    kinds = [
        (PaymentKind.FEE, None, "Weekly group: 2 hours at £25.00 an hour (£50.00)", 5000),
        (PaymentKind.EXPENSE, ExpenseType.PUBLIC_TRANSPORT, "Bus fare to the group", 480),
        (PaymentKind.VOUCHER, None, "Thank-you voucher", 2000),
        (PaymentKind.RECOGNITION, None, "Certificate of thanks", 0),
    ]
    statuses = [PaymentStatus.PAID] * 6 + [
        PaymentStatus.APPROVED,
        PaymentStatus.APPROVED,
        PaymentStatus.DRAFT,
        PaymentStatus.CANCELLED,
    ]
    now = datetime(2026, 4, 10, 12, 0, tzinfo=UTC)
    rows = []
    for n in range(payments):
        kind, expense, description, pence = kinds[n % 7 % len(kinds)]
        status = statuses[n % len(statuses)]
        rows.append(
            {
                "participant_id": ids[(n * 7919) % len(ids)],
                "project_id": project_id,
                "kind": kind,
                "expense_type": expense,
                "description": description,
                "incurred_on": FIRST_DAY + timedelta(days=n % 365),
                "amount_pence": pence + (n % 13) if kind is not PaymentKind.RECOGNITION else 0,
                "status": status,
                "approved_by": "" if status is PaymentStatus.DRAFT else "Sam Okafor",
                "approved_at": None if status is PaymentStatus.DRAFT else now,
                "cancelled_at": now if status is PaymentStatus.CANCELLED else None,
                "cancelled_reason": "Paid twice" if status is PaymentStatus.CANCELLED else "",
            }
        )
    with database.transaction() as session:
        for start in range(0, len(rows), 10_000):
            session.execute(insert(Payment), rows[start : start + 10_000])
    database.close()
    return time.perf_counter() - started


Timing = tuple[float, float]  # (wall clock, processor time) in seconds


def _start() -> Timing:
    return time.perf_counter(), time.process_time()


def _since(started: Timing) -> Timing:
    return time.perf_counter() - started[0], time.process_time() - started[1]


def app_export(path: Path, target: Path) -> Timing:
    from coprod_desktop.exports.records_export import export_records_xlsx
    from coprod_desktop.storage.opening import open_database

    database = open_database(f"sqlite:///{path}").database
    try:
        started = _start()
        with database.reading() as session:
            export_records_xlsx(session, target, FIRST_DAY, LAST_DAY)
        return _since(started)
    finally:
        database.close()


def payment_rows(path: Path) -> tuple[list[str], list[tuple[Any, ...]], list[str]]:
    """The Payments sheet's headings, rows and column kinds, as the app makes them."""
    from coprod_desktop.exports.records_sheets import PersonIds, Scope, payments_sheet
    from coprod_desktop.storage.opening import open_database

    database = open_database(f"sqlite:///{path}").database
    try:
        with database.reading() as session:
            sheet = payments_sheet(
                session, Scope(FIRST_DAY, LAST_DAY), PersonIds.for_register(session)
            )
            rows = list(sheet.rows())
        return (
            [c.heading for c in sheet.columns],
            rows,
            [c.kind.value for c in sheet.columns],
        )
    finally:
        database.close()


def raw_xlsx(
    target: Path, headings: list[str], rows: list[tuple[Any, ...]], kinds: list[str]
) -> Timing:
    """XlsxWriter as its documentation shows it, in constant-memory mode: typed writes."""
    import xlsxwriter

    started = _start()
    workbook = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    sheet = workbook.add_worksheet("Payments")
    bold = workbook.add_format({"bold": True})
    day = workbook.add_format({"num_format": "DD/MM/YYYY"})
    money = workbook.add_format({"num_format": '"£"#,##0.00'})
    for col, heading in enumerate(headings):
        sheet.write_string(0, col, heading, bold)
    for number, row in enumerate(rows, start=1):
        for col, (kind, value) in enumerate(zip(kinds, row, strict=True)):
            if value is None or value == "":
                continue
            if kind == "date":
                sheet.write_datetime(number, col, value, day)
            elif kind == "money":
                sheet.write_number(number, col, value / 100, money)
            elif kind == "number":
                sheet.write_number(number, col, value)
            else:
                sheet.write_string(number, col, value)
    workbook.close()
    return _since(started)


def raw_five(target: Path, rows: list[tuple[Any, ...]]) -> Timing:
    """The issue's measure: 100,000 x 5 typed cells (date, text, text, amount, text)."""
    import xlsxwriter

    started = _start()
    workbook = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    sheet = workbook.add_worksheet("Payments")
    day = workbook.add_format({"num_format": "DD/MM/YYYY"})
    money = workbook.add_format({"num_format": '"£"#,##0.00'})
    for number, row in enumerate(rows, start=1):
        sheet.write_datetime(number, 0, row[0], day)
        sheet.write_string(number, 1, row[1])
        sheet.write_string(number, 2, row[3])
        sheet.write_number(number, 3, row[5] / 100, money)
        sheet.write_string(number, 4, row[6])
    workbook.close()
    return _since(started)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--payments", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        database = folder / "records.sqlite3"
        print(f"Setting up {args.people:,} people and {args.payments:,} payments…", flush=True)
        setup = make_database(database, args.people, args.payments)
        print(f"  done in {setup:.1f} s", flush=True)
        headings, rows, kinds = payment_rows(database)
        times: dict[str, list[Timing]] = {"app": [], "raw": [], "raw, 5 cells": []}
        runs: list[tuple[str, Callable[[], Timing]]] = [
            ("app", lambda: app_export(database, folder / "app.xlsx")),
            ("raw", lambda: raw_xlsx(folder / "raw.xlsx", headings, rows, kinds)),
            ("raw, 5 cells", lambda: raw_five(folder / "five.xlsx", rows)),
        ]
        for number in range(1, args.runs + 1):
            line = []
            for name, work in runs:
                times[name].append(work())
                wall, cpu = times[name][-1]
                line.append(f"{name} {wall:.2f} s ({cpu:.2f} s processor)")
            print(f"  run {number}: " + ", ".join(line), flush=True)
        app_bytes = (folder / "app.xlsx").stat().st_size
        raw_bytes = (folder / "raw.xlsx").stat().st_size

    def median(name: str, which: int) -> float:
        return statistics.median(t[which] for t in times[name])

    app, raw, five = (median(n, 0) for n in ("app", "raw", "raw, 5 cells"))
    app_cpu, raw_cpu, five_cpu = (median(n, 1) for n in ("app", "raw", "raw, 5 cells"))
    cells = len(rows) * len(headings)
    report = [
        ("payments x columns", f"{len(rows):,} x {len(headings)} ({cells:,} cells)"),
        ("(a) app: export_records_xlsx, every sheet (median)", f"{app:.2f} s"),
        ("      processor time (median)", f"{app_cpu:.2f} s"),
        ("      rows per second", f"{len(rows) / app:,.0f}"),
        ("      file size", f"{app_bytes / 1e6:.1f} MB"),
        ("(b) raw XlsxWriter, constant memory, same cells (median)", f"{raw:.2f} s"),
        ("      processor time (median)", f"{raw_cpu:.2f} s"),
        ("      file size", f"{raw_bytes / 1e6:.1f} MB"),
        ("    ratio app / raw, wall clock (target 1.2 or less)", f"{app / raw:.2f}"),
        ("    ratio app / raw, processor time", f"{app_cpu / raw_cpu:.2f}"),
        ("(c) raw XlsxWriter, 5 typed cells a row (median)", f"{five:.2f} s"),
        ("      processor time (median)", f"{five_cpu:.2f} s"),
    ]
    width = max(len(k) for k, _ in report)
    print()
    for key, value in report:
        print(f"{key:<{width}}  {value}")
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    (results / "records_export_benchmark.json").write_text(
        json.dumps(
            {
                "people": args.people,
                "payments": args.payments,
                "runs": args.runs,
                "set_up_s": setup,
                "columns": len(headings),
                "app_s": app,
                "raw_same_cells_s": raw,
                "raw_five_cells_s": five,
                "ratio_app_to_raw": app / raw,
                "app_processor_s": app_cpu,
                "raw_same_cells_processor_s": raw_cpu,
                "raw_five_cells_processor_s": five_cpu,
                "ratio_app_to_raw_processor": app_cpu / raw_cpu,
                "every_run_wall_and_processor_s": times,
            },
            indent=2,
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
