"""The funder report for a busy year: 10,000 people and 100,000 payments.

    .venv/bin/python benchmarks/funder_report_benchmark.py [--runs 5] [--rebuild]

Set-up (once, cached in the temporary folder, not timed in the results): a database filled
straight through SQLAlchemy Core bulk inserts (the services would take minutes to enter this
much): 10,000 people (each with one or two roles, four in five with a monitoring form), 20
projects (15 with a budget), 2,000 sessions over the tax year 2025-26 with 30 people at each
(60,000 attendances, with preparation time), 100,000 payments (60,000 fees, 30,000 expenses,
5,000 vouchers and 5,000 thank-yous; one in 50 cancelled, a fifth not yet paid), 2,000 actions,
600 "you said, we did" items, 1,000 stories under 10 themes (a third internal-only), cycle moves
and a values self-check for every project.

Timed, medians over --runs: services.funder_report.funder_report for the whole year and all
projects, then writing its PDF (16 point), each on its own and together, against the target of
3 seconds for both. WeasyPrint is imported before the first run (its import, about 0.4 s, is
paid once per session of the app, and is printed apart). Nothing is asserted; results also go
to benchmarks/results/funder_report_benchmark.json.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CACHE = Path(tempfile.gettempdir()) / "coprod-funder-benchmark-v1.sqlite3"
FIRST, LAST = date(2025, 4, 6), date(2026, 4, 5)
TODAY = date(2026, 4, 20)
TARGET_S = 3.0
PEOPLE = 10_000
PROJECTS = 20
SESSIONS = 2_000
PER_SESSION = 30
PAYMENTS = 100_000


def _median(work: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Median seconds over ``runs``: by the clock, and of this process's CPU time (the clock
    alone misleads on a computer busy with other work)."""
    clock, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        clock.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(clock), statistics.median(cpu)


def _chunks(rows: list[dict[str, Any]], size: int = 5_000) -> list[list[dict[str, Any]]]:
    return [rows[i : i + size] for i in range(0, len(rows), size)]


def build(path: Path) -> float:
    """Fill a new database at ``path``; returns the seconds it took."""
    from sqlalchemy import insert

    from coprod_desktop.monitoring_standard import (
        AGE_BAND,
        CARER,
        DISABILITY,
        ETHNIC_GROUP,
        PREFER_NOT_TO_SAY,
        RELIGION,
        SEX,
        SEXUAL_ORIENTATION,
    )
    from coprod_desktop.storage import models as m
    from coprod_desktop.storage.opening import open_database
    from coprod_desktop.vocabulary import (
        ActionStatus,
        AttendanceStatus,
        CoproductionLevel,
        CoproductionValue,
        CycleStage,
        ExpenseType,
        FeedbackResponse,
        MonitoringMethod,
        PaymentKind,
        PaymentStatus,
        Role,
        SessionKind,
        StoryConsent,
    )

    started = time.perf_counter()
    path.unlink(missing_ok=True)
    rng = random.Random(8)
    now = datetime(2026, 4, 1, tzinfo=UTC)
    database = open_database(f"sqlite:///{path}").database
    days = (LAST - FIRST).days + 1
    with database.transaction() as session:

        def put(table: Any, rows: list[dict[str, Any]]) -> None:
            for chunk in _chunks(rows):
                session.execute(insert(table), chunk)

        put(
            m.Participant.__table__,
            [
                {
                    "preferred_name": f"Person {n:05d}",
                    "sort_name": f"person {n:05d}",
                    "search_text": f"person {n:05d}",
                }
                for n in range(1, PEOPLE + 1)
            ],
        )
        roles = list(Role)
        role_rows = []
        for person in range(1, PEOPLE + 1):
            first = roles[0] if rng.random() < 0.6 else rng.choice(roles)
            role_rows.append({"participant_id": person, "role": first})
            if rng.random() < 0.15:
                second = rng.choice([r for r in roles if r is not first])
                role_rows.append({"participant_id": person, "role": second})
        put(m.ParticipantRole.__table__, role_rows)

        def answer(codes: tuple[str, ...]) -> str | None:
            roll = rng.random()
            if roll < 0.08:
                return None
            if roll < 0.14:
                return PREFER_NOT_TO_SAY
            return rng.choice(codes)

        put(
            m.MonitoringForm.__table__,
            [
                {
                    "participant_id": person,
                    "collected_on": FIRST - timedelta(days=rng.randrange(400)),
                    "method": MonitoringMethod.ONLINE,
                    "age_band": answer(AGE_BAND.codes),
                    "sex": answer(SEX.codes),
                    "sexual_orientation": answer(SEXUAL_ORIENTATION.codes),
                    "ethnic_group": answer(ETHNIC_GROUP.codes),
                    "religion": answer(RELIGION.codes),
                    "disability": answer(DISABILITY.codes),
                    "carer": answer(CARER.codes),
                }
                for person in range(1, PEOPLE + 1)
                if rng.random() < 0.8
            ],
        )
        put(
            m.Project.__table__,
            [
                {
                    "name": f"Project {p:02d}",
                    "budget_pence": 5_000_000 + p * 100_000 if p % 4 else None,
                }
                for p in range(1, PROJECTS + 1)
            ],
        )
        kinds = list(SessionKind)
        session_rows = []
        for s in range(SESSIONS):
            session_rows.append(
                {
                    "project_id": s % PROJECTS + 1,
                    "title": f"Session {s}",
                    "kind": kinds[s % len(kinds)],
                    "date": FIRST + timedelta(days=s * days // SESSIONS),
                    "start_time": clock_time(10, 0),
                    "end_time": clock_time(12, 0),
                    "prep_minutes": 30 if s % 3 == 0 else 0,
                }
            )
        put(m.ProjectSession.__table__, session_rows)
        attendance_rows: list[dict[str, Any]] = []
        for s in range(SESSIONS):
            for person in rng.sample(range(1, PEOPLE + 1), PER_SESSION):
                came = rng.random() < 0.9
                attendance_rows.append(
                    {
                        "session_id": s + 1,
                        "participant_id": person,
                        "status": AttendanceStatus.ATTENDED if came else AttendanceStatus.APOLOGIES,
                        "session_minutes": 120 if came else 0,
                        "prep_minutes": 30 if came and s % 3 == 0 else 0,
                    }
                )
        put(m.SessionAttendance.__table__, attendance_rows)

        mix = [PaymentKind.FEE] * 60 + [PaymentKind.EXPENSE] * 30
        mix += [PaymentKind.VOUCHER] * 5 + [PaymentKind.RECOGNITION] * 5
        payment_rows = []
        for n in range(PAYMENTS):
            kind = mix[n % len(mix)]
            attendance = attendance_rows[n % len(attendance_rows)]
            roll = rng.random()
            status = (
                PaymentStatus.CANCELLED
                if roll < 0.02
                else PaymentStatus.DRAFT
                if roll < 0.12
                else PaymentStatus.APPROVED
                if roll < 0.22
                else PaymentStatus.PAID
            )
            day = session_rows[attendance["session_id"] - 1]["date"]
            amount = {
                PaymentKind.FEE: 5_000,
                PaymentKind.EXPENSE: rng.randrange(200, 3_000),
                PaymentKind.VOUCHER: 2_000,
                PaymentKind.RECOGNITION: 0,
            }[kind]
            payment_rows.append(
                {
                    "participant_id": attendance["participant_id"],
                    "project_id": session_rows[attendance["session_id"] - 1]["project_id"],
                    "session_id": attendance["session_id"],
                    "kind": kind,
                    "expense_type": ExpenseType.PUBLIC_TRANSPORT
                    if kind is PaymentKind.EXPENSE
                    else None,
                    "incurred_on": day,
                    "amount_pence": amount,
                    "status": status,
                    "paid_on": day if status is PaymentStatus.PAID else None,
                    "description": "Benchmark",
                    "created_at": now,
                }
            )
        put(m.Payment.__table__, payment_rows)

        statuses = list(ActionStatus)
        put(
            m.Action.__table__,
            [
                {
                    "project_id": a % PROJECTS + 1,
                    "what": f"Action {a}",
                    "status": statuses[a % len(statuses)],
                    "dropped_reason": "Not needed"
                    if statuses[a % len(statuses)] is ActionStatus.DROPPED
                    else "",
                    "completed_on": FIRST + timedelta(days=a % days)
                    if statuses[a % len(statuses)] is ActionStatus.DONE
                    else None,
                }
                for a in range(2_000)
            ],
        )
        responses = list(FeedbackResponse)
        put(
            m.FeedbackItem.__table__,
            [
                {
                    "project_id": f % PROJECTS + 1,
                    "said_on": FIRST + timedelta(days=f % days),
                    "what_was_said": f"Something said, number {f}",
                    "response_kind": responses[f % len(responses)],
                    "response": ""
                    if responses[f % len(responses)] is FeedbackResponse.NOT_YET
                    else f"What the group did about {f}",
                }
                for f in range(600)
            ],
        )
        put(
            m.Theme.__table__,
            [{"name": f"Theme {t}", "name_key": f"theme {t}"} for t in range(10)],
        )
        consents = list(StoryConsent)
        put(
            m.Story.__table__,
            [
                {
                    "title": f"Story {s}",
                    "text": f"What happened, story {s}. " * 8,
                    "participant_id": s * 7 % PEOPLE + 1,
                    "told_on": FIRST + timedelta(days=s % days),
                    "project_id": s % PROJECTS + 1,
                    "consent": consents[s % len(consents)],
                }
                for s in range(1_000)
            ],
        )
        put(
            m.StoryTheme.__table__,
            [{"story_id": s + 1, "theme_id": s % 10 + 1} for s in range(1_000)],
        )
        stages = list(CycleStage)
        put(
            m.CycleMove.__table__,
            [
                {"project_id": p, "stage": stages[p % len(stages)], "moved_on": FIRST}
                for p in range(1, PROJECTS + 1)
            ],
        )
        put(
            m.ValuesCheck.__table__,
            [
                {
                    "project_id": p,
                    "checked_on": date(2026, 3, 1),
                    "level": CoproductionLevel.INTERMEDIATE,
                    "lived_experience_count": p % 3,
                    "staff_count": 2,
                }
                for p in range(1, PROJECTS + 1)
            ],
        )
        put(
            m.ValuesRating.__table__,
            [
                {"check_id": p, "value": value, "rating": (p + i) % 5 + 1}
                for p in range(1, PROJECTS + 1)
                for i, value in enumerate(CoproductionValue)
            ],
        )
    database.close()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    args = parser.parse_args(argv)

    results: dict[str, float | int] = {}
    if args.rebuild or not CACHE.exists():
        results["build_s"] = round(build(CACHE), 2)
        print(f"Built {CACHE} in {results['build_s']:.1f} s", file=sys.stderr)

    from sqlalchemy import func, select

    from coprod_desktop.reports.document import import_weasyprint
    from coprod_desktop.reports.funder_report_pdf import write_funder_report_pdf
    from coprod_desktop.services.funder_report import funder_report
    from coprod_desktop.storage.models import Participant, Payment, SessionAttendance
    from coprod_desktop.storage.opening import open_database

    started = time.perf_counter()
    import_weasyprint()
    results["weasyprint_import_s"] = time.perf_counter() - started
    database = open_database(f"sqlite:///{CACHE}").database
    with database.reading() as session:
        results["people"] = session.scalar(select(func.count()).select_from(Participant)) or 0
        results["payments"] = session.scalar(select(func.count()).select_from(Payment)) or 0
        results["attendances"] = (
            session.scalar(select(func.count()).select_from(SessionAttendance)) or 0
        )

    def report() -> Any:
        with database.reading() as session:
            return funder_report(session, FIRST, LAST, today=TODAY)

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "funder.pdf"
        made = report()

        def pdf() -> None:
            write_funder_report_pdf(made, target, organisation="Benchmark Network")

        def both() -> None:
            write_funder_report_pdf(report(), target, organisation="Benchmark Network")

        results["report_s"], results["report_cpu_s"] = _median(report, args.runs)
        results["pdf_s"], results["pdf_cpu_s"] = _median(pdf, args.runs)
        results["total_s"], results["total_cpu_s"] = _median(both, args.runs)
        results["pdf_bytes"] = target.stat().st_size
    database.close()
    results["ratio_to_target"] = results["total_s"] / TARGET_S
    print(
        f"Funder report, {results['people']:,} people, {results['payments']:,} payments, "
        f"{results['attendances']:,} attendances (medians of {args.runs} runs):"
    )
    print("                                 clock      CPU")
    for label, key in (
        ("counting (funder_report)", "report"),
        ("writing the PDF (16 point)", "pdf"),
        ("both", "total"),
    ):
        print(f"  {label:28} {results[key + '_s']:7.3f} s {results[key + '_cpu_s']:7.3f} s")
    print(
        f"  both against the {TARGET_S:.0f} s target: {results['ratio_to_target']:.2f} x by the "
        f"clock, {results['total_cpu_s'] / TARGET_S:.2f} x in CPU time"
    )
    print(f"  (WeasyPrint import, once:     {results['weasyprint_import_s']:.3f} s)")
    out = HERE / "results" / "funder_report_benchmark.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2, default=float) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
