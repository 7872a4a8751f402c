"""``coprod projects ...``: list, add and show projects, with their spending against budget; where
a project is in the cycle of co-production (and moving it on); its values self-checks."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from coprod_desktop.cli.context import opened
from coprod_desktop.cli.dates import date_arg, long_date, money_arg, number_arg
from coprod_desktop.cli.option_types import choice_type
from coprod_desktop.cli.table import format_table
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.exports.csv_safe import write_csv
from coprod_desktop.exports.payments_export import pounds, write_csv_with_amounts
from coprod_desktop.money import format_money
from coprod_desktop.services import cycle, projects, values_check
from coprod_desktop.services.cycle import CYCLE_ORDER, CycleMoveData, describe_current
from coprod_desktop.services.dates import today_here
from coprod_desktop.services.project_spend import ProjectSpend, project_spend
from coprod_desktop.services.projects import ProjectData, ProjectRecord
from coprod_desktop.vocabulary import CycleStage, ProjectStage

HEADER = ("ID", "Name", "Stage", "Start", "End", "Budget", "Committed", "Paid", "Remaining")


def short_stage(stage: ProjectStage) -> str:
    """'Co-design (planning together)' -> 'Co-design', for narrow tables."""
    return stage.label.split(" (", 1)[0]


def _uk(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _add(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    data = ProjectData(
        name=args.name,
        description=(args.description or "").replace("\\n", "\n"),
        start_date=args.start,
        end_date=args.end,
        budget_pence=args.budget,
        stage=args.stage or ProjectStage.CO_DESIGN,
    )
    with opened(choice) as database, database.transaction() as session:
        new_id = projects.add_project(session, data)
    print(new_id)
    return 0


def _list(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        rows = [(p, project_spend(session, p.id)) for p in projects.list_projects(session)]
    if args.format == "csv":
        # Dates as YYYY-MM-DD and amounts as plain numbers (12.50), which spreadsheets read as
        # dates and numbers; an empty budget means none was set.
        write_csv_with_amounts(
            sys.stdout,
            HEADER,
            (
                (
                    p.id,
                    p.data.name,
                    p.data.stage.label,
                    _iso(p.data.start_date),
                    _iso(p.data.end_date),
                    "" if s.budget_pence is None else pounds(s.budget_pence),
                    pounds(s.committed_pence),
                    pounds(s.paid_pence),
                    "" if s.remaining_pence is None else pounds(s.remaining_pence),
                )
                for p, s in rows
            ),
        )
        return 0
    if not rows:
        print("No projects yet. Add one with: coprod projects add --name NAME", file=sys.stderr)
        return 0
    table = [
        (
            str(p.id),
            p.data.name,
            short_stage(p.data.stage),
            _uk(p.data.start_date),
            _uk(p.data.end_date),
            "none" if s.budget_pence is None else format_money(s.budget_pence),
            format_money(s.committed_pence),
            format_money(s.paid_pence),
            "" if s.remaining_pence is None else format_money(s.remaining_pence),
        )
        for p, s in rows
    ]
    print(format_table(HEADER, table))
    print(f"{len(rows):,} project{'' if len(rows) == 1 else 's'}", file=sys.stderr)
    return 0


def describe(project: ProjectRecord, spend: ProjectSpend) -> list[tuple[str, str]]:
    data = project.data

    def day_text(day: date | None) -> str:
        return long_date(day) if day else "not set"

    lines = [
        ("Number", str(project.id)),
        ("Name", data.name),
        ("Stage", data.stage.label),
        ("Description", data.description.replace("\n", " / ")),
        ("Start", day_text(data.start_date)),
        ("End", day_text(data.end_date)),
        ("Budget", project.budget_text),
        ("Drafts", f"{format_money(spend.draft_pence)} (worked out, not yet approved)"),
        ("Committed", f"{format_money(spend.committed_pence)} (approved or paid)"),
        ("Paid", format_money(spend.paid_pence)),
    ]
    remaining = spend.remaining_pence
    if remaining is not None:
        if spend.overspent:
            lines.append(("Remaining", f"Over budget by {format_money(-remaining)}"))
        else:
            lines.append(("Remaining", format_money(remaining)))
    lines += [
        ("Added", f"{project.created_at:%d %B %Y %H:%M} UTC"),
        ("Last changed", f"{project.updated_at:%d %B %Y %H:%M} UTC"),
    ]
    return lines


def print_details(lines: list[tuple[str, str]]) -> None:
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label + ':':<{width + 1}} {value}")


def _show(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        project = projects.get_project(session, args.id)
        spend = project_spend(session, args.id)
    print_details(describe(project, spend))
    return 0


def _cycle(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        project = projects.get_project(session, args.id)
        history = cycle.cycle_history(session, args.id)
    current = history[-1] if history else None
    print(f"{project.data.name}: where it is in the cycle: {describe_current(current)}")
    if history:
        print()
        rows = [(_uk(m.moved_on), m.stage.label, m.note.replace("\n", " / ")) for m in history]
        print(format_table(("Date", "Cycle stage", "Note"), rows, max_width=60))
    else:
        print(f"Place it with: coprod projects move {args.id} --stage STAGE", file=sys.stderr)
    return 0


def _move(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    data = CycleMoveData(
        stage=args.stage,
        moved_on=args.on or today_here(),
        note=(args.note or "").replace("\\n", "\n"),
    )
    with opened(choice) as database, database.transaction() as session:
        name = projects.get_project(session, args.id).data.name
        cycle.move_project(session, args.id, data)
        current = cycle.current_stage(session, args.id)
    print(f"{name}: where it is in the cycle: {describe_current(current)}")
    return 0


CHECKS_HEADER = (
    "ID",
    "Date",
    "Level",
    "With lived experience",
    "Staff",
    "Staff only",
    "Average",
    "Ratings",
)


def _values_checks(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        name = projects.get_project(session, args.id).data.name
        checks = values_check.list_checks(session, args.id)
    if args.format == "csv":
        # One column for each value's rating, so a spreadsheet can chart the trend.
        header = (*CHECKS_HEADER[:-1], *values_check.SHORT_VALUE_LABELS.values())
        write_csv(
            sys.stdout,
            header,
            (
                (
                    c.id,
                    c.data.checked_on.isoformat(),
                    c.data.level.label,
                    c.data.lived_experience_count,
                    c.data.staff_count,
                    "yes" if c.staff_only else "no",
                    c.average_text,
                    *(r.rating for r in c.data.ratings),
                )
                for c in checks
            ),
        )
        return 0
    if not checks:
        print(f"{name}: no values self-checks yet.", file=sys.stderr)
        return 0
    print(f"{name}: values self-checks, oldest first (ratings 1 not yet to 5 fully)")
    print()
    table = [
        (
            str(c.id),
            _uk(c.data.checked_on),
            c.data.level.label,
            str(c.data.lived_experience_count),
            str(c.data.staff_count),
            "STAFF ONLY" if c.staff_only else "no",
            c.average_text,
            " ".join(str(r.rating) for r in c.data.ratings),
        )
        for c in checks
    ]
    print(format_table(CHECKS_HEADER, table))
    order = ", ".join(values_check.SHORT_VALUE_LABELS.values())
    print(f"\nRatings are in this order: {order}.")
    staff_only = sum(1 for c in checks if c.staff_only)
    if staff_only:
        which = "1 check was" if staff_only == 1 else f"{staff_only} checks were"
        print(f"{which} filled in by staff alone: no one with lived experience took part.")
    return 0


def register(commands: Any) -> None:
    group = commands.add_parser("projects", help="projects and their budgets")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="every project with its budget and spending")
    listing.add_argument("--format", choices=("table", "csv"), default="table")
    listing.set_defaults(handler=_list)

    add = sub.add_parser("add", help="add a project; prints its new number")
    add.add_argument("--name", required=True, help="a short name people will recognise")
    add.add_argument("--description", help="what it is for (use \\n between lines)")
    add.add_argument(
        "--start", type=date_arg("Start date"), metavar="DATE", help="YYYY-MM-DD or DD/MM/YYYY"
    )
    add.add_argument(
        "--end", type=date_arg("End date"), metavar="DATE", help="YYYY-MM-DD or DD/MM/YYYY"
    )
    add.add_argument(
        "--budget",
        type=money_arg("Budget"),
        metavar="AMOUNT",
        help="budget for involvement payments in pounds, such as 2500 (leave out for none)",
    )
    add.add_argument(
        "--stage",
        type=choice_type(ProjectStage, clearable=False),
        help=", ".join(s.value.replace("_", "-") for s in ProjectStage) + " (default co-design)",
    )
    add.set_defaults(handler=_add)

    show = sub.add_parser("show", help="one project's details and spending")
    show.add_argument("id", type=number_arg("a project"))
    show.set_defaults(handler=_show)

    where = sub.add_parser(
        "cycle", help="where a project is in the cycle of co-production, and its moves"
    )
    where.add_argument("id", type=number_arg("a project"))
    where.set_defaults(handler=_cycle)

    move = sub.add_parser("move", help="record that a project moved to another cycle stage")
    move.add_argument("id", type=number_arg("a project"))
    move.add_argument(
        "--stage",
        required=True,
        type=choice_type(CycleStage, clearable=False),
        help=", ".join(s.value.replace("_", "-") for s in CYCLE_ORDER),
    )
    move.add_argument(
        "--on",
        type=date_arg("Date moved"),
        metavar="DATE",
        help="the day it moved, YYYY-MM-DD or DD/MM/YYYY (default today)",
    )
    move.add_argument("--note", help="what happened (use \\n between lines)")
    move.set_defaults(handler=_move)

    checks = sub.add_parser("values-checks", help="a project's values self-checks, oldest first")
    checks.add_argument("id", type=number_arg("a project"))
    checks.add_argument("--format", choices=("table", "csv"), default="table")
    checks.set_defaults(handler=_values_checks)
