"""``coprod projects ...``: list, add and show projects, with their spending against budget."""

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
from coprod_desktop.exports.payments_export import pounds, write_csv_with_amounts
from coprod_desktop.money import format_money
from coprod_desktop.services import projects
from coprod_desktop.services.project_spend import ProjectSpend, project_spend
from coprod_desktop.services.projects import ProjectData, ProjectRecord
from coprod_desktop.vocabulary import ProjectStage

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
