"""``coprod actions ...``: the action plans' actions, for a quick look or a spreadsheet."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coprod_desktop.cli.context import EXIT_NOT_FOUND, CommandError, opened
from coprod_desktop.cli.dates import number_arg
from coprod_desktop.cli.option_types import choice_type
from coprod_desktop.cli.table import format_table
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.exports.payments_export import write_csv_with_amounts
from coprod_desktop.services import actions, participants, projects
from coprod_desktop.services.actions import ActionQuery, ActionRecord
from coprod_desktop.services.dates import today_here
from coprod_desktop.vocabulary import ActionStatus

HEADER = ("ID", "What", "Who", "Due", "Status", "Project", "Goal")
CSV_HEADER = (
    "ID",
    "What",
    "Who",
    "Due",
    "Status",
    "Overdue",
    "Days overdue",
    "Needs a new owner",
    "Reason dropped",
    "Done on",
    "Project",
    "Goal",
    "Came from session",
    "Came from decision",
)


def _who(record: ActionRecord) -> str:
    names = record.owner_names
    # The flag first, so a long list of owners clipped in the table never hides it.
    return f"Needs a new owner: {names}" if record.needs_new_owner else names


def _list(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    today = today_here()
    with opened(choice) as database, database.reading() as session:
        # Unknown numbers and names are said plainly, rather than listing nothing.
        if args.project is not None:
            projects.get_project(session, args.project)
        if args.owner is not None:
            participants.get_participant(session, args.owner)
        staff = ""
        if args.staff is not None:
            staff = actions.find_staff_name(session, args.staff) or ""
            if not staff:
                known = ", ".join(actions.staff_names(session)) or "none yet"
                raise CommandError(
                    f"No member of staff called '{args.staff}' owns an action. Staff who do: "
                    f"{known}.",
                    EXIT_NOT_FOUND,
                )
        query = ActionQuery(
            today=today,
            project_id=args.project,
            owner_id=args.owner,
            staff_name=staff,
            open_only=not args.all,
            overdue_only=args.overdue,
        )
        found = actions.list_actions(session, query)
    if args.format == "csv":
        # Dates as YYYY-MM-DD, which spreadsheets read as dates; text made safe (csv_safe).
        write_csv_with_amounts(
            sys.stdout,
            CSV_HEADER,
            (
                (
                    r.id,
                    r.data.what,
                    r.owner_names,
                    r.data.due_on.isoformat() if r.data.due_on else "",
                    r.data.status.label,
                    "Yes" if r.is_overdue(today) else "No",
                    r.days_overdue(today),
                    "Yes" if r.needs_new_owner else "No",
                    r.data.dropped_reason,
                    r.completed_on.isoformat() if r.completed_on else "",
                    r.project_name,
                    r.goal_title,
                    r.session_title,
                    r.decision_text,
                )
                for r in found
            ),
        )
        return 0
    if not found:
        print(
            "No actions match."
            + ("" if args.all else " Add --all to include actions done or dropped."),
            file=sys.stderr,
        )
        return 0
    rows = [
        (
            str(r.id),
            r.data.what,
            _who(r),
            # "overdue" in words, for terminals and screen readers without colour.
            r.due_text(today),
            r.status_text,
            r.project_name,
            r.goal_title,
        )
        for r in found
    ]
    print(format_table(HEADER, rows, max_width=40))
    overdue = sum(1 for r in found if r.is_overdue(today))
    orphaned = sum(1 for r in found if r.needs_new_owner)
    summary = f"{len(found):,} action{'' if len(found) == 1 else 's'}, {overdue:,} overdue"
    if orphaned:
        summary += f", {orphaned:,} needing a new owner"
    print(summary, file=sys.stderr)
    return 0


def _set_status(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.transaction() as session:
        record = actions.set_status(
            session, args.action_id, args.status, today_here(), reason=args.reason or ""
        )
    print(f"Action {record.id} ({record.data.what}): {record.status_text}.")
    return 0


def register(commands: Any) -> None:
    group = commands.add_parser("actions", help="actions from the projects' action plans")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = sub.add_parser(
        "list",
        help="open actions, soonest due first (overdue ones say so)",
        description="List actions still to do (not started or in progress), soonest due "
        "first. An action whose owner has left the group says it needs a new owner.",
    )
    listing.add_argument("--project", type=number_arg("a project"), metavar="ID")
    listing.add_argument(
        "--owner", type=number_arg("a person"), metavar="ID", help="a person on the register"
    )
    listing.add_argument(
        "--staff", metavar="NAME", help="a member of staff (not on the register), by name"
    )
    listing.add_argument("--overdue", action="store_true", help="only those past their due date")
    listing.add_argument("--all", action="store_true", help="also those done or dropped")
    listing.add_argument("--format", choices=("table", "csv"), default="table")
    listing.set_defaults(handler=_list)

    status = sub.add_parser(
        "set-status",
        help="mark an action not started, in progress, done or dropped",
        description="Change an action's status. Dropping one needs --reason.",
    )
    status.add_argument("action_id", type=number_arg("an action"), metavar="ID")
    status.add_argument(
        "status",
        type=choice_type(ActionStatus, clearable=False),
        help=", ".join(s.value.replace("_", "-") for s in ActionStatus),
    )
    status.add_argument("--reason", metavar="TEXT", help="why it was dropped")
    status.set_defaults(handler=_set_status)
