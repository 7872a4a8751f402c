"""Payments at scale: a year of weekly sessions, each with 200 people who came.

    .venv/bin/python benchmarks/payments_benchmark.py [--people 200] [--weeks 52] [--runs 5]

Set-up (once, not timed in the results): 200 people (participants.add_many; one in ten with a
weekly earnings limit to watch, one in ten with a tax-year limit), one project, 52 weekly
two-hour sessions with half an hour's preparation, everyone invited and marked as attended.
Each run starts from a copy of that database, so every run does the same work.

(a) Generating and approving the year's payments, as the app would, in two transactions:
    payment_generation.create_session_payments for all 52 sessions (about 10,400 drafts),
    then finding the drafts, earnings_limits.check_approval for all of them and
    payments.approve(...) of all of them.
(b) The busiest person's statement for the tax year (statements.statement_for) and, when
    coprod_desktop.reports.statement_pdf is there, rendering it to a PDF.

Baselines measured in the same run, for the ratios: the same payment rows inserted, then
approved, by plain sqlite3 statements (the database's floor), and a one-line PDF/UA document
from bare WeasyPrint (the PDF engine's floor).

Medians over --runs, rates (payments per second) and ratios to the baselines are printed;
nothing is asserted (timings belong in reports, not tests). Results also go to
benchmarks/results/payments_benchmark.json.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FIRST_SESSION = date(2025, 4, 7)  # the first Monday of tax year 2025-26
APPROVER = "Benchmark Approver"


def _clock() -> float:
    return time.perf_counter()


def make_template(path: Path, people: int, weeks: int) -> dict[str, float]:
    """The database every run copies: people, a project, weekly sessions, full registers."""
    from datetime import time as clock_time

    from coprod_desktop.services import participant_search, participants, projects, sessions
    from coprod_desktop.services.participant_types import (
        ParticipantData,
        ParticipantQuery,
        SortKey,
        StatusFilter,
    )
    from coprod_desktop.services.projects import ProjectData
    from coprod_desktop.services.sessions import SessionData
    from coprod_desktop.storage.opening import open_database
    from coprod_desktop.vocabulary import AttendanceStatus, PaymentPreference, SessionKind

    preferences = (
        [PaymentPreference.BANK_TRANSFER] * 6
        + [PaymentPreference.CASH, PaymentPreference.VOUCHER]
        + [PaymentPreference.DECLINES, None]
    )
    people_data = [
        ParticipantData(
            preferred_name=f"Person {n:03d}",
            payment_preference=preferences[n % len(preferences)],
            weekly_limit_pence=19550 if n % 10 == 3 else None,
            tax_year_limit_pence=100000 if n % 10 == 5 else None,
            limit_note={3: "ESA permitted work", 5: "Trading allowance"}.get(n % 10, ""),
        )
        for n in range(1, people + 1)
    ]
    timings: dict[str, float] = {}
    database = open_database(f"sqlite:///{path}").database
    started = _clock()
    with database.transaction() as session:
        participants.add_many(session, people_data)
        ids = participant_search.search_ids(
            session, ParticipantQuery(status=StatusFilter.ALL, sort=SortKey.ID)
        )
        project_id = projects.add_project(
            session,
            ProjectData(
                name="Weekly peer support group",
                start_date=FIRST_SESSION,
                end_date=FIRST_SESSION + timedelta(weeks=weeks),
            ),
        )
        for week in range(weeks):
            session_id = sessions.add_session(
                session,
                SessionData(
                    project_id=project_id,
                    title=f"Weekly group, week {week + 1}",
                    kind=SessionKind.MEETING,
                    date=FIRST_SESSION + timedelta(weeks=week),
                    start_time=clock_time(10, 0),
                    end_time=clock_time(12, 0),
                    place="Community Hall",
                    prep_minutes=30,
                ),
            )
            sessions.invite(session, session_id, ids)
            for participant_id in ids:
                sessions.set_attendance(
                    session, session_id, participant_id, AttendanceStatus.ATTENDED
                )
    timings["setup_s"] = _clock() - started
    database.close()
    return timings


def run_once(template: Path, copy: Path) -> dict[str, float]:
    """Generate, check and approve every payment of the year in a fresh copy of the template."""
    from coprod_desktop.services import earnings_limits, payment_generation, payments, sessions
    from coprod_desktop.services.payment_search import PaymentQuery, search_payments
    from coprod_desktop.storage.opening import open_database
    from coprod_desktop.vocabulary import PaymentStatus

    shutil.copyfile(template, copy)
    database = open_database(f"sqlite:///{copy}").database
    result: dict[str, float] = {}
    started = _clock()
    with database.transaction() as session:
        session_ids = [s.id for s in sessions.list_sessions(session)]
        created = 0
        for session_id in session_ids:
            created += len(payment_generation.create_session_payments(session, session_id))
    result["generate_s"] = _clock() - started  # including the commit
    result["created"] = created

    started = _clock()
    with database.transaction() as session:
        drafts = [r.id for r in search_payments(session, PaymentQuery(status=PaymentStatus.DRAFT))]
        found = _clock()
        warnings = earnings_limits.check_approval(session, drafts)
        checked = _clock()
        approved = payments.approve(session, drafts, APPROVER)
        approved_at = _clock()
    committed = _clock()
    result.update(
        find_drafts_s=found - started,
        check_limits_s=checked - found,
        approve_s=approved_at - checked,
        approve_commit_s=committed - approved_at,
        approve_total_s=committed - started,
        approved=approved,
        limit_warnings=len(warnings),
    )
    database.close()
    return result


def raw_baseline(template: Path, made: Path, copy: Path) -> dict[str, float]:
    """The floor: the same payment rows written, then approved, by plain sqlite3 statements.

    The rows are the ones the app made in ``made``; they go into a fresh copy of the template
    with one executemany and one UPDATE, each its own transaction, as cheap as SQLite allows.
    """
    import sqlite3

    # Column names come from our own schema (PRAGMA table_info), never from input.
    with sqlite3.connect(made) as source:
        columns = [row[1] for row in source.execute("PRAGMA table_info(payments)")]
        rows = source.execute(f"SELECT {', '.join(columns)} FROM payments").fetchall()  # noqa: S608
    status_at = columns.index("status")
    drafts = [(*row[:status_at], "draft", *row[status_at + 1 :]) for row in rows]
    shutil.copyfile(template, copy)
    connection = sqlite3.connect(copy, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    started = _clock()
    connection.execute("BEGIN")
    connection.executemany(
        f"INSERT INTO payments ({', '.join(columns)}) "  # noqa: S608
        f"VALUES ({', '.join('?' for _ in columns)})",
        drafts,
    )
    connection.execute("COMMIT")
    inserted = _clock()
    connection.execute("BEGIN")
    connection.execute(
        "UPDATE payments SET status = 'approved', approved_by = ?, approved_at = ? "
        "WHERE status = 'draft'",
        (APPROVER, "2025-04-07 12:00:00.000000"),
    )
    connection.execute("COMMIT")
    updated = _clock()
    connection.close()
    return {"raw_insert_s": inserted - started, "raw_approve_s": updated - inserted}


def bare_pdf_seconds(runs: int) -> float:
    """WeasyPrint's own floor: a one-line PDF/UA-1 document in the system font, as bare as
    it gets (the statement adds pages, tables, tags and the embedded Atkinson Hyperlegible)."""
    import weasyprint

    html = (
        '<html lang="en-GB"><head><title>Bare</title></head>'
        "<body><h1>Payment statement</h1><p>One line.</p></body></html>"
    )
    times = []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "bare.pdf"
        for _ in range(runs):
            started = _clock()
            weasyprint.HTML(string=html).write_pdf(target, pdf_variant="pdf/ua-1")
            times.append(_clock() - started)
    return statistics.median(times)


def bench_statement(path: Path, runs: int, font_size: int) -> dict[str, Any]:
    from coprod_desktop.services.payment_search import PaymentQuery, search_payments
    from coprod_desktop.services.statements import statement_for
    from coprod_desktop.storage.opening import open_database
    from coprod_desktop.tax_year import TaxYear

    database = open_database(f"sqlite:///{path}").database
    year = TaxYear.of(FIRST_SESSION)
    with database.reading() as session:
        counts = Counter(p.participant_id for p in search_payments(session, PaymentQuery()))
    busiest, lines = counts.most_common(1)[0]
    result: dict[str, Any] = {"busiest_person": busiest, "busiest_payments": lines}
    times = []
    for _ in range(runs):
        started = _clock()
        with database.reading() as session:
            statement = statement_for(session, busiest, year)
        times.append(_clock() - started)
    result["statement_lines"] = len(statement.lines)
    result["statement_s"] = statistics.median(times)

    writer = _statement_pdf_writer()
    if writer is None:
        result["pdf"] = "coprod_desktop.reports.statement_pdf.write_statement_pdf not found"
    else:
        pdf_times = []
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "statement.pdf"
            for _ in range(runs):
                started = _clock()
                writer(statement, target, font_size=font_size)
                pdf_times.append(_clock() - started)
            result["pdf_s"] = statistics.median(pdf_times)
            result["pdf_bytes"] = target.stat().st_size
            result["pdf_pages"] = _pages(target)
    database.close()
    return result


def _statement_pdf_writer() -> Callable[..., Any] | None:
    try:
        module = importlib.import_module("coprod_desktop.reports.statement_pdf")
    except ImportError:
        return None
    writer = getattr(module, "write_statement_pdf", None)
    return writer if callable(writer) else None


def _pages(pdf: Path) -> int | None:
    try:
        pikepdf = importlib.import_module("pikepdf")
    except ImportError:
        return None
    with pikepdf.open(pdf) as document:
        return len(document.pages)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=200, help="attendees at every session")
    parser.add_argument("--weeks", type=int, default=52, help="weekly sessions")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--font-size", type=int, default=14, help="for the statement PDF")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "template.sqlite3"
        print(
            f"Setting up {args.people:,} people and {args.weeks} weekly sessions "
            f"({args.people * args.weeks:,} places on registers)…",
            flush=True,
        )
        setup = make_template(template, args.people, args.weeks)
        print(f"  done in {setup['setup_s']:.1f} s")
        runs = []
        for number in range(1, args.runs + 1):
            runs.append(run_once(template, Path(folder) / "run.sqlite3"))
            print(
                f"  run {number}: generate {runs[-1]['generate_s']:.2f} s, "
                f"check and approve {runs[-1]['approve_total_s']:.2f} s",
                flush=True,
            )
        statement = bench_statement(Path(folder) / "run.sqlite3", args.runs, args.font_size)
        baselines = [
            raw_baseline(template, Path(folder) / "run.sqlite3", Path(folder) / "raw.sqlite3")
            for _ in range(args.runs)
        ]
        bare_pdf = bare_pdf_seconds(args.runs) if "pdf_s" in statement else None
    raw_insert = statistics.median(b["raw_insert_s"] for b in baselines)
    raw_approve = statistics.median(b["raw_approve_s"] for b in baselines)

    def median(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    payments_made = int(runs[-1]["created"])
    generate, total = median("generate_s"), median("approve_total_s")
    check, approve = median("check_limits_s"), median("approve_s")
    report: list[tuple[str, str]] = [
        ("sessions x attendees", f"{args.weeks} x {args.people:,}"),
        ("draft payments made", f"{payments_made:,}"),
        ("(a) generate all sessions' payments (median)", f"{generate:.2f} s"),
        ("      payments per second", f"{payments_made / generate:,.0f}"),
        ("      per session", f"{generate / args.weeks * 1000:.0f} ms"),
        ("      baseline: same rows, raw sqlite3 INSERT", f"{raw_insert * 1000:.0f} ms"),
        ("      ratio app / raw", f"{generate / raw_insert:.1f}"),
        ("    find the drafts (median)", f"{median('find_drafts_s') * 1000:.0f} ms"),
        ("    check earnings limits (median)", f"{check * 1000:.0f} ms"),
        ("      payments per second", f"{payments_made / check:,.0f}"),
        ("      limit warnings", f"{int(runs[-1]['limit_warnings']):,}"),
        ("    approve (median)", f"{approve * 1000:.0f} ms"),
        ("      payments per second", f"{payments_made / approve:,.0f}"),
        ("    commit (median)", f"{median('approve_commit_s') * 1000:.0f} ms"),
        ("    find + check + approve + commit (median)", f"{total:.2f} s"),
        ("      payments per second", f"{payments_made / total:,.0f}"),
        ("      baseline: raw sqlite3 UPDATE of them all", f"{raw_approve * 1000:.0f} ms"),
        ("      ratio app / raw", f"{total / raw_approve:.1f}"),
        ("    generate and approve, all in (median)", f"{generate + total:.2f} s"),
        (
            "(b) statement for the busiest person (median)",
            f"{statement['statement_s'] * 1000:.0f} ms ({statement['statement_lines']:,} lines)",
        ),
        (
            "      lines per second",
            f"{statement['statement_lines'] / statement['statement_s']:,.0f}",
        ),
    ]
    if "pdf_s" in statement:
        pages = statement.get("pdf_pages")
        report += [
            (
                f"    statement PDF at {args.font_size} pt (median)",
                f"{statement['pdf_s'] * 1000:.0f} ms"
                + (f" ({pages} pages, " if pages else " (")
                + f"{statement['pdf_bytes'] / 1000:.0f} kB)",
            ),
            (
                "      lines per second",
                f"{statement['statement_lines'] / statement['pdf_s']:,.0f}",
            ),
            (
                "      baseline: one-line PDF/UA, bare WeasyPrint",
                f"{(bare_pdf or 0) * 1000:.0f} ms",
            ),
            ("      ratio statement / bare", f"{statement['pdf_s'] / (bare_pdf or 1):.1f}"),
        ]
    else:
        report.append(("    statement PDF", str(statement["pdf"])))
    width = max(len(k) for k, _ in report)
    print()
    for key, value in report:
        print(f"{key:<{width}}  {value}")
    results_dir = HERE / "results"
    results_dir.mkdir(exist_ok=True)
    (results_dir / "payments_benchmark.json").write_text(
        json.dumps(
            {
                "people": args.people,
                "weeks": args.weeks,
                "runs": args.runs,
                "font_size": args.font_size,
                **setup,
                "payments": payments_made,
                "medians": {
                    key: median(key)
                    for key in (
                        "generate_s",
                        "find_drafts_s",
                        "check_limits_s",
                        "approve_s",
                        "approve_commit_s",
                        "approve_total_s",
                    )
                },
                "payments_per_second": {
                    "generate": payments_made / generate,
                    "check_limits": payments_made / check,
                    "approve": payments_made / approve,
                    "find_check_approve_commit": payments_made / total,
                },
                "statement": statement,
                "baselines": {
                    "raw_insert_s": raw_insert,
                    "raw_approve_s": raw_approve,
                    "bare_pdf_s": bare_pdf,
                },
                "every_run": runs,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
