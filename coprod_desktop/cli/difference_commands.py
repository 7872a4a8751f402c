"""``coprod development ...`` and ``coprod report difference``: each person's development log,
and their "the difference you made" letter.

    coprod development list --participant ID [--format table|csv]
    coprod development add --participant ID --kind KIND --what TEXT [--on DATE]
        [--details TEXT] [--project ID]
    coprod report difference --participant ID --from DATE --to DATE --out FILE.pdf|FILE.docx
        [--font-size N] [--organisation NAME]

The letter's text size is 16 points, or 18 for someone whose access needs include large print,
unless --font-size says otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coprod_desktop.cli.context import EXIT_INPUT, CommandError, opened
from coprod_desktop.cli.dates import date_arg, number_arg
from coprod_desktop.cli.option_types import choice_type
from coprod_desktop.cli.report_commands import FORMATS, _save, font_size_arg
from coprod_desktop.cli.table import format_table
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.exports.csv_safe import write_csv
from coprod_desktop.services import development, participants
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.development import DevelopmentData
from coprod_desktop.services.difference import count_text, difference_for, minutes_in_words
from coprod_desktop.vocabulary import DevelopmentKind

HEADER = ("ID", "Date", "Kind", "What", "Project")
CSV_HEADER = ("ID", "Date", "Kind", "What", "Details", "Project")


# --- coprod development ----------------------------------------------------------------------
def _list(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        person = participants.get_participant(session, args.participant)
        found = development.list_entries(session, args.participant)
    if args.format == "csv":
        # Dates as YYYY-MM-DD, which spreadsheets read as dates; text made safe (csv_safe).
        write_csv(
            sys.stdout,
            CSV_HEADER,
            (
                (
                    r.id,
                    r.data.happened_on.isoformat(),
                    r.data.kind.label,
                    r.data.what,
                    r.data.details,
                    r.project_name,
                )
                for r in found
            ),
        )
        return 0
    name = person.data.preferred_name
    if not found:
        print(f"{name}'s development log is empty.", file=sys.stderr)
        return 0
    rows = [
        (
            str(r.id),
            long_date(r.data.happened_on),
            r.data.kind.label,
            r.data.what,
            r.project_name,
        )
        for r in found
    ]
    print(format_table(HEADER, rows, max_width=40))
    print(f"{name}: {count_text(len(found), 'entry', 'entries')}, newest first", file=sys.stderr)
    return 0


def _add(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    today = today_here()
    data = DevelopmentData(
        participant_id=args.participant,
        kind=args.kind,
        happened_on=args.on or today,
        what=args.what,
        details=args.details or "",
        project_id=args.project,
    )
    with opened(choice) as database, database.transaction() as session:
        entry_id = development.add_entry(session, data, today)
        record = development.get_entry(session, entry_id)
        name = participants.get_participant(session, args.participant).data.preferred_name
    print(f"Added entry {entry_id} to {name}'s development log: {record.label}.")
    return 0


def register(commands: Any) -> None:
    group = commands.add_parser(
        "development", help="each person's development log: skills, training, roles, references"
    )
    sub = group.add_subparsers(dest="development", metavar="ACTION", required=True)

    listing = sub.add_parser(
        "list",
        help="one person's development log, newest first",
        description="List the skills gained, training attended, roles taken on and references "
        "given that are logged for one person, newest first.",
    )
    listing.add_argument("--participant", type=number_arg("a person"), metavar="ID", required=True)
    listing.add_argument("--format", choices=("table", "csv"), default="table")
    listing.set_defaults(handler=_list)

    add = sub.add_parser(
        "add",
        help="add an entry to a person's development log",
        description="Log something a person gained or did: a skill, training, a role they "
        "took on (such as chairing a meeting) or a reference given for them. The date is "
        "today unless --on gives an earlier one.",
    )
    add.add_argument("--participant", type=number_arg("a person"), metavar="ID", required=True)
    add.add_argument(
        "--kind",
        type=choice_type(DevelopmentKind, clearable=False),
        required=True,
        help=", ".join(k.value for k in DevelopmentKind),
    )
    add.add_argument("--what", required=True, metavar="TEXT", help="such as 'Public speaking'")
    add.add_argument("--on", type=date_arg("Date"), metavar="DATE", help="when (default today)")
    add.add_argument("--details", metavar="TEXT", help="anything more to say")
    add.add_argument("--project", type=number_arg("a project"), metavar="ID")
    add.set_defaults(handler=_add)


# --- coprod report difference ------------------------------------------------------------------
def _difference(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    path: Path = args.out
    suffix = path.suffix.casefold()
    if suffix not in FORMATS:
        ending = f"ends in {path.suffix}" if path.suffix else "has no ending"
        raise CommandError(
            f"'{path.name}' {ending}. Name the letter's file ending .pdf (for printing and "
            "screen readers) or .docx (to open in Word), such as letter.pdf. Nothing was saved.",
            EXIT_INPUT,
        )
    with opened(choice) as database, database.reading() as session:
        letter = difference_for(session, args.participant, args.first, args.last, today_here())
    # Imported here: WeasyPrint and python-docx are slow to load.
    from coprod_desktop.reports.difference_letter_pdf import suggested_font_size

    font_size = args.font_size if args.font_size is not None else suggested_font_size(letter)
    organisation = args.organisation or ""
    if suffix == ".pdf":
        from coprod_desktop.reports.difference_letter_pdf import write_difference_letter_pdf

        _save(
            lambda: write_difference_letter_pdf(
                letter, path, font_size=font_size, organisation=organisation
            ),
            path,
        )
    else:
        from coprod_desktop.reports.difference_letter_docx import write_difference_letter_docx

        _save(
            lambda: write_difference_letter_docx(
                letter, path, font_size=font_size, organisation=organisation
            ),
            path,
        )
    print(
        f"Saved the letter for {letter.preferred_name} ({letter.period_text}: "
        f"{count_text(letter.session_count, 'session')}, "
        f"{minutes_in_words(letter.total_minutes)}, "
        f"{count_text(len(letter.decisions), 'decision')}) in {font_size}-point text to {path}."
    )
    return 0


def add_difference_report(sub: Any) -> None:
    """Add ``difference`` to ``coprod report`` (``sub`` is that group's sub-commands)."""
    letter = sub.add_parser(
        "difference",
        help="a person's 'the difference you made' letter, as a large-print PDF or Word file",
        description="Save a personal letter of thanks for one person and a period: the "
        "sessions they came to and their time, the decisions they helped make, what they said "
        "and what was done, and their development log, ending with a line for their CV. The "
        "file name's ending chooses the format: .pdf (tagged, large print) or .docx (Word).",
    )
    letter.add_argument("--participant", type=number_arg("a person"), metavar="ID", required=True)
    letter.add_argument(
        "--from", dest="first", type=date_arg("From date"), required=True, metavar="DATE"
    )
    letter.add_argument(
        "--to", dest="last", type=date_arg("To date"), required=True, metavar="DATE"
    )
    letter.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.docx")
    letter.add_argument(
        "--font-size",
        type=font_size_arg,
        metavar="N",
        help="text size in points, 14 to 36 (default 16, or 18 for someone who asked for "
        "large print)",
    )
    letter.add_argument(
        "--organisation", metavar="NAME", help="your group's name, to sign the letter with"
    )
    letter.set_defaults(handler=_difference)
