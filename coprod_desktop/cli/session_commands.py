"""``coprod sessions ...``: list, add and show sessions; their purpose and agenda; invite people,
mark the register, show it."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from coprod_desktop.cli.context import EXIT_INPUT, CommandError, opened
from coprod_desktop.cli.dates import date_arg, long_date, minutes_arg, number_arg, time_arg
from coprod_desktop.cli.option_types import choice_type, id_type
from coprod_desktop.cli.table import format_table
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.exports.csv_safe import write_csv
from coprod_desktop.services import agenda, projects, sessions
from coprod_desktop.services.agenda import AgendaItemData, AgendaItemRecord, agenda_minutes_text
from coprod_desktop.services.sessions import SESSION_LABELS, SessionData, SessionRecord
from coprod_desktop.vocabulary import AttendanceStatus, PaymentBasis, SessionKind

HEADER = ("ID", "Date", "Time", "Title", "Kind", "Project", "Where", "Invited", "Attended")


def _choices(enum_class: Any) -> str:
    return ", ".join(m.value.replace("_", "-") for m in enum_class)


def _times(record: SessionRecord) -> str:
    return f"{record.data.start_time:%H:%M}–{record.data.end_time:%H:%M}"


def _add(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    if not (args.place or "").strip() and not args.online:
        raise CommandError(
            "Say where the session happens: --place TEXT, or --online (or both, for a session "
            "that is in a room and online). Nothing was saved.",
            EXIT_INPUT,
        )
    data = SessionData(
        project_id=args.project,
        title=args.title,
        kind=args.kind,
        date=args.date,
        start_time=args.start,
        end_time=args.end,
        place=args.place or "",
        online=args.online,
        access_support=(args.access_support or "").replace("\\n", "\n"),
        payment_basis=args.basis or PaymentBasis.HOURLY,
        prep_minutes=args.prep_minutes or 0,
        purpose=(args.purpose or "").replace("\\n", "\n"),
    )
    with opened(choice) as database, database.transaction() as session:
        projects.get_project(session, args.project)  # no such project: exit 3, plainly said
        new_id = sessions.add_session(session, data)
    print(new_id)
    return 0


def _list(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        if args.project is not None:
            projects.get_project(session, args.project)
        records = sessions.list_sessions(session, args.project)
        counts = sessions.attendance_counts(session)
    if args.format == "csv":
        # Dates as YYYY-MM-DD, which spreadsheets read as dates.
        write_csv(
            sys.stdout,
            HEADER,
            (
                (
                    r.id,
                    r.data.date.isoformat(),
                    _times(r),
                    r.data.title,
                    r.data.kind.label,
                    r.project_name,
                    r.where,
                    *counts.get(r.id, (0, 0)),
                )
                for r in records
            ),
        )
        return 0
    if not records:
        print("No sessions yet.", file=sys.stderr)
        return 0
    table = [
        (
            str(r.id),
            f"{r.data.date:%d/%m/%Y}",
            _times(r),
            r.data.title,
            r.data.kind.label,
            r.project_name,
            r.where,
            *(str(n) for n in counts.get(r.id, (0, 0))),
        )
        for r in records
    ]
    print(format_table(HEADER, table))
    print(f"{len(records):,} session{'' if len(records) == 1 else 's'}", file=sys.stderr)
    return 0


def _register(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        record = sessions.get_session(session, args.id)
        lines = sessions.register(session, args.id)
    print(
        f"{record.data.title} ({record.project_name}), {long_date(record.data.date)} "
        f"{_times(record)}, {record.where}"
    )
    if not lines:
        print(
            f"No one is on the register yet. Invite people with: coprod sessions invite "
            f"{args.id} --participant N"
        )
        return 0
    header = ("ID", "Name", "Status", "Session minutes", "Prep minutes", "Total minutes")
    table = [
        (
            str(line.participant_id),
            line.name,
            line.status.label,
            str(line.session_minutes),
            str(line.prep_minutes),
            str(line.minutes),
        )
        for line in lines
    ]
    print(format_table(header, table))
    attended = sum(1 for line in lines if line.status is AttendanceStatus.ATTENDED)
    print(f"{len(lines):,} on the register, {attended:,} attended", file=sys.stderr)
    return 0


def _invite(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.transaction() as session:
        record = sessions.get_session(session, args.id)
        added = sessions.invite(session, args.id, args.participant)
    already = len(set(args.participant)) - added
    message = f"Invited {added} {'person' if added == 1 else 'people'} to {record.data.title}"
    if already:
        message += f" ({already} already on the register)"
    print(message + ".")
    return 0


def _mark(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.transaction() as session:
        sessions.set_attendance(
            session,
            args.id,
            args.participant,
            args.status,
            session_minutes=args.minutes,
            prep_minutes=args.prep_minutes,
        )
        line = sessions.register_line(session, args.id, args.participant)
    print(
        f"{line.name} (number {line.participant_id}): {line.status.label.lower()}, "
        f"{line.session_minutes} minutes at the session and {line.prep_minutes} preparing."
    )
    return 0


# --- one session, its purpose and agenda ------------------------------------------------------
def _agenda_lines(items: list[AgendaItemRecord]) -> list[str]:
    """Each item numbered, with who leads it and its time; details indented beneath."""
    lines = []
    for item in items:
        data = item.data
        extra = []
        if data.lead:
            extra.append(f"led by {data.lead}")
        if data.minutes:
            extra.append(agenda.minutes_words(data.minutes))
        lines.append(f"{item.position}. {data.title}" + (f" ({', '.join(extra)})" if extra else ""))
        lines += [f"   {line}" for line in data.details.splitlines()]
    return lines


def _show(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        record = sessions.get_session(session, args.id)
        items = agenda.agenda_of(session, args.id)
        on_register, came = sessions.attendance_counts(session).get(args.id, (0, 0))
    data = record.data
    details = [
        ("Number", str(record.id)),
        (SESSION_LABELS["title"], data.title),
        (SESSION_LABELS["project_id"], f"{record.project_name} (number {data.project_id})"),
        (SESSION_LABELS["kind"], data.kind.label),
        (SESSION_LABELS["date"], f"{data.date:%A} {long_date(data.date)}"),
        ("Time", f"{_times(record)} ({agenda.minutes_words(data.minutes)})"),
        ("Where", record.where),
        (SESSION_LABELS["access_support"], data.access_support.replace("\n", "; ") or "None"),
        (SESSION_LABELS["payment_basis"], data.payment_basis.label),
        (SESSION_LABELS["prep_minutes"], agenda.minutes_words(data.prep_minutes)),
        ("Register", f"{on_register:,} on the register, {came:,} attended"),
    ]
    width = max(len(label) for label, _ in details)
    for label, value in details:
        print(f"{label + ':':<{width + 1}} {value}")
    print()
    print(f"{SESSION_LABELS['purpose']}:")
    print("  " + (data.purpose.replace("\n", "\n  ") if data.purpose else "Not written yet."))
    print()
    _print_agenda(args.id, items)
    return 0


def _print_agenda(session_id: int, items: list[AgendaItemRecord]) -> None:
    if not items:
        print(
            "Agenda: none yet. Add one with: coprod sessions set-agenda "
            f"{session_id} --item 'Title|who leads|minutes|details'"
        )
        return
    total = agenda_minutes_text(items)
    print("Agenda" + (f" ({total})" if total else "") + ":")
    for line in _agenda_lines(items):
        print(f"  {line}")


def _agenda(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        record = sessions.get_session(session, args.id)
        items = agenda.agenda_of(session, args.id)
    print(f"{record.data.title} ({record.project_name}), {long_date(record.data.date)}")
    _print_agenda(args.id, items)
    return 0


def _agenda_item(text: str) -> AgendaItemData:
    """'Title|who leads|minutes|details': only the title is needed; details may contain '|'."""
    title, lead, minutes, details = [*text.split("|", 3), "", "", ""][:4]
    time_allowed: int | None = None
    if minutes.strip():
        try:
            time_allowed = int(minutes.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"in '{text}' the time allowed, '{minutes.strip()}', is not a whole number of "
                "minutes. Write the item as 'Title|who leads|minutes|details', such as "
                "'Welcome and access check|Chair|10'."
            ) from None
    return AgendaItemData(
        title=title, lead=lead, minutes=time_allowed, details=details.replace("\\n", "\n")
    )


def _set_agenda(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    items: list[AgendaItemData] = [] if args.clear else args.item
    with opened(choice) as database, database.transaction() as session:
        record = sessions.get_session(session, args.id)
        saved = agenda.set_agenda(session, args.id, items)
    if not saved:
        print(f"Cleared the agenda of {record.data.title}.")
        return 0
    total = agenda_minutes_text(saved)
    count = "1 item" if len(saved) == 1 else f"{len(saved)} items"
    print(
        f"Saved an agenda of {count} for {record.data.title}"
        + (f", {total}" if total else "")
        + "."
    )
    return 0


def _set_purpose(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.transaction() as session:
        record = sessions.get_session(session, args.id)
        purpose = args.purpose.replace("\\n", "\n")
        sessions.update_session(session, args.id, replace(record.data, purpose=purpose))
    what = "Saved what it is for" if purpose.strip() else "Cleared what it is for"
    print(f"{what}: {record.data.title}.")
    return 0


def register(commands: Any) -> None:
    group = commands.add_parser("sessions", help="sessions (meetings, workshops, …) and registers")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    session_number = number_arg("a session")

    listing = sub.add_parser("list", help="sessions, most recent first")
    listing.add_argument("--project", type=number_arg("a project"), metavar="ID")
    listing.add_argument("--format", choices=("table", "csv"), default="table")
    listing.set_defaults(handler=_list)

    add = sub.add_parser(
        "add",
        help="add a session; prints its new number",
        description="Add a session to a project. Say where it happens with --place, --online, "
        "or both.",
    )
    add.add_argument("--project", type=number_arg("a project"), metavar="ID", required=True)
    add.add_argument("--title", required=True, help="such as 'Planning workshop'")
    add.add_argument(
        "--kind",
        type=choice_type(SessionKind, clearable=False),
        required=True,
        help=_choices(SessionKind),
    )
    add.add_argument(
        "--date", type=date_arg("Date"), required=True, help="YYYY-MM-DD or DD/MM/YYYY"
    )
    add.add_argument(
        "--start", type=time_arg("Start time"), required=True, metavar="HH:MM", help="e.g. 10:00"
    )
    add.add_argument(
        "--end", type=time_arg("End time"), required=True, metavar="HH:MM", help="e.g. 11:30"
    )
    add.add_argument("--place", metavar="TEXT", help="where it happens")
    add.add_argument("--online", action="store_true", help="it happens online")
    add.add_argument("--access-support", metavar="TEXT", help="access support arranged")
    add.add_argument(
        "--basis",
        type=choice_type(PaymentBasis, clearable=False),
        help="how time is paid: " + _choices(PaymentBasis) + " (default hourly)",
    )
    add.add_argument(
        "--prep-minutes",
        type=minutes_arg("Preparation time"),
        metavar="N",
        help="agreed preparation time, paid at the preparation rate",
    )
    add.add_argument(
        "--purpose",
        metavar="TEXT",
        help="what the session is for, in a sentence or two (use \\n between lines)",
    )
    add.set_defaults(handler=_add)

    show = sub.add_parser("show", help="everything about one session, with its agenda")
    show.add_argument("id", type=session_number)
    show.set_defaults(handler=_show)

    show_agenda = sub.add_parser("agenda", help="a session's agenda")
    show_agenda.add_argument("id", type=session_number)
    show_agenda.set_defaults(handler=_agenda)

    set_agenda = sub.add_parser(
        "set-agenda",
        help="replace a session's agenda",
        description="Replace a session's whole agenda with the items given, in order. Each "
        "--item is 'Title|who leads|minutes|details'; only the title is needed (for example "
        "--item 'Welcome and access check|Chair|10' --item 'Any other business'). Use "
        "\\n for a line break in the details.",
    )
    set_agenda.add_argument("id", type=session_number)
    items = set_agenda.add_mutually_exclusive_group(required=True)
    items.add_argument(
        "--item",
        type=_agenda_item,
        action="append",
        metavar="'TITLE|LEAD|MINUTES|DETAILS'",
        help="an agenda item; repeat for each, in order",
    )
    items.add_argument("--clear", action="store_true", help="remove every item")
    set_agenda.set_defaults(handler=_set_agenda)

    set_purpose = sub.add_parser("set-purpose", help="change what a session is for ('' clears it)")
    set_purpose.add_argument("id", type=session_number)
    set_purpose.add_argument("purpose", metavar="TEXT", help="use \\n between lines")
    set_purpose.set_defaults(handler=_set_purpose)

    show_register = sub.add_parser("register", help="a session's attendance register")
    show_register.add_argument("id", type=session_number)
    show_register.set_defaults(handler=_register)

    invite = sub.add_parser("invite", help="put people on a session's register")
    invite.add_argument("id", type=session_number)
    invite.add_argument(
        "--participant",
        type=id_type,
        action="append",
        required=True,
        metavar="N",
        help="a person's number; repeat for several",
    )
    invite.set_defaults(handler=_invite)

    mark = sub.add_parser("mark", help="mark whether someone came, and for how long")
    mark.add_argument("id", type=session_number)
    mark.add_argument("--participant", type=id_type, required=True, metavar="N")
    mark.add_argument(
        "--status",
        type=choice_type(AttendanceStatus, clearable=False),
        required=True,
        help=_choices(AttendanceStatus),
    )
    mark.add_argument(
        "--minutes",
        type=minutes_arg("Time at the session"),
        metavar="N",
        help="minutes at the session, if not all of it",
    )
    mark.add_argument(
        "--prep-minutes",
        type=minutes_arg("Preparation time"),
        metavar="N",
        help="minutes preparing",
    )
    mark.set_defaults(handler=_mark)
