"""Action plans at scale: many projects, each with goals and a long list of actions.

    .venv/bin/python benchmarks/actions_benchmark.py [--projects 50] [--actions 200] [--runs 5]

Set-up (once, not timed): 200 people, --projects projects each with 4 shared goals and
--actions actions (two owners each: a person and a member of staff; due dates spread over a
year around today, so about half are overdue or done; a progress note on every third).

Timed, medians over --runs:
(a) the Actions screen's queries: every open action (actions.list_actions, open only), the
    overdue ones, one person's, and one project's goals with their progress;
(b) one project's action plan: action_plan_for, then the large-print PDF and the Word file.

Baselines in the same run, for the ratios: the same open actions read by a plain sqlite3
SELECT joining owners and people (the database's floor), and a one-line PDF/UA document from
bare WeasyPrint (the PDF engine's floor). Nothing is asserted; results also go to
benchmarks/results/actions_benchmark.json.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 24)


def _median(work: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def make_database(path: Path, project_count: int, per_project: int) -> dict[str, int]:
    from coprod_desktop.services import actions, goals, participants, projects
    from coprod_desktop.services.actions import ActionData, Owner
    from coprod_desktop.services.goals import GoalData
    from coprod_desktop.services.participant_types import ParticipantData
    from coprod_desktop.services.projects import ProjectData
    from coprod_desktop.storage.opening import open_database
    from coprod_desktop.vocabulary import ActionStatus

    database = open_database(f"sqlite:///{path}").database
    statuses = list(ActionStatus)
    with database.transaction() as session:
        people = [
            participants.add_participant(session, ParticipantData(preferred_name=f"Person {n}"))
            for n in range(200)
        ]
        first_project = 0
        for p in range(project_count):
            project = projects.add_project(session, ProjectData(name=f"Project {p}"))
            first_project = first_project or project
            goal_ids = [
                goals.add_goal(session, GoalData(project_id=project, title=f"Goal {g}"))
                for g in range(4)
            ]
            for a in range(per_project):
                status = statuses[a % len(statuses)]
                action_id = actions.add_action(
                    session,
                    ActionData(
                        project_id=project,
                        what=f"Action {a} of project {p}",
                        owners=(
                            Owner(participant_id=people[(p * per_project + a) % len(people)]),
                            Owner(staff_name="Priya Shah"),
                        ),
                        due_on=TODAY + timedelta(days=(a * 7) % 365 - 180),
                        status=status,
                        dropped_reason="No longer needed" if status is ActionStatus.DROPPED else "",
                        goal_id=goal_ids[a % 4],
                    ),
                    TODAY,
                )
                if a % 3 == 0:
                    actions.add_note(session, action_id, TODAY, "Progress so far")
    database.close()
    return {"project": first_project, "person": people[0]}


def raw_open_actions(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT a.id, a.what, a.due_on, a.status, group_concat(p.preferred_name) "
            "FROM actions a JOIN action_owners o ON o.action_id = a.id "
            "LEFT JOIN participants p ON p.id = o.participant_id "
            "WHERE a.status IN ('not_started', 'in_progress') "
            "GROUP BY a.id ORDER BY a.due_on"
        ).fetchall()
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=50)
    parser.add_argument("--actions", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from coprod_desktop.reports.action_plan_docx import write_action_plan_docx
    from coprod_desktop.reports.action_plan_pdf import write_action_plan_pdf
    from coprod_desktop.reports.document import import_weasyprint
    from coprod_desktop.services import actions, goals
    from coprod_desktop.services.action_plan import action_plan_for
    from coprod_desktop.services.actions import ActionQuery
    from coprod_desktop.storage.opening import open_database

    results: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "actions.sqlite3"
        start = time.perf_counter()
        ids = make_database(path, args.projects, args.actions)
        results["set_up_s"] = time.perf_counter() - start
        database = open_database(f"sqlite:///{path}").database

        def listing(query: ActionQuery) -> Callable[[], int]:
            def work() -> int:
                with database.reading() as session:
                    return len(actions.list_actions(session, query))

            return work

        results["open_s"], results["open_count"] = _median(
            listing(ActionQuery(today=TODAY, open_only=True)), args.runs
        )
        results["overdue_s"], results["overdue_count"] = _median(
            listing(ActionQuery(today=TODAY, overdue_only=True)), args.runs
        )
        results["person_s"], _ = _median(
            listing(ActionQuery(today=TODAY, owner_id=ids["person"])), args.runs
        )

        def project_goals() -> int:
            with database.reading() as session:
                return len(goals.list_goals(session, ids["project"]))

        results["goals_s"], _ = _median(project_goals, args.runs)
        results["raw_open_s"], _ = _median(lambda: raw_open_actions(path), args.runs)

        def plan() -> Any:
            with database.reading() as session:
                return action_plan_for(session, ids["project"], TODAY)

        results["plan_s"], the_plan = _median(plan, args.runs)
        results["pdf_s"], _ = _median(
            lambda: write_action_plan_pdf(the_plan, Path(folder) / "plan.pdf"), args.runs
        )
        results["docx_s"], _ = _median(
            lambda: write_action_plan_docx(the_plan, Path(folder) / "plan.docx"), args.runs
        )
        weasyprint = import_weasyprint()
        results["bare_pdf_s"], _ = _median(
            lambda: weasyprint.HTML(string="<html lang='en-GB'><p>One line</p></html>").write_pdf(
                pdf_variant="pdf/ua-1"
            ),
            args.runs,
        )
        database.close()

    ms = {k: v * 1000 for k, v in results.items() if k.endswith("_s")}
    rows = [
        ("projects x actions", f"{args.projects} x {args.actions}"),
        ("set-up (not a result)", f"{results['set_up_s']:.1f} s"),
        (
            "(a) every open action (median)",
            f"{ms['open_s']:.0f} ms ({results['open_count']:,} actions)",
        ),
        ("      baseline: raw sqlite3 SELECT", f"{ms['raw_open_s']:.0f} ms"),
        ("      ratio app / raw", f"{results['open_s'] / results['raw_open_s']:.1f}"),
        (
            "    overdue actions (median)",
            f"{ms['overdue_s']:.0f} ms ({results['overdue_count']:,} actions)",
        ),
        ("    one person's actions (median)", f"{ms['person_s']:.0f} ms"),
        ("    one project's goals and progress", f"{ms['goals_s']:.1f} ms"),
        ("(b) one project's plan gathered (median)", f"{ms['plan_s']:.0f} ms"),
        ("    action plan PDF at 16 pt (median)", f"{ms['pdf_s']:.0f} ms"),
        ("      baseline: one-line PDF/UA, bare WeasyPrint", f"{ms['bare_pdf_s']:.0f} ms"),
        ("      ratio plan / bare", f"{results['pdf_s'] / results['bare_pdf_s']:.1f}"),
        ("    action plan Word file (median)", f"{ms['docx_s']:.0f} ms"),
    ]
    width = max(len(label) for label, _ in rows) + 2
    for label, value in rows:
        print(f"{label:<{width}}{value}")
    out = HERE / "results" / "actions_benchmark.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
