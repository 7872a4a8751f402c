"""``coprod stories ...``: the stories that may be shared, and how many fall under each theme.

Whatever leaves the app by this command comes from ``stories.stories_for_output`` and
``stories.shareable_evidence``: stories marked internal only never appear, and anonymised ones
appear without their teller's name, the place or the exact day.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sqlalchemy.orm import Session

from coprod_desktop.cli.context import EXIT_INPUT, EXIT_NOT_FOUND, CommandError, opened
from coprod_desktop.cli.dates import date_arg, number_arg
from coprod_desktop.cli.table import format_table
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.exports.csv_safe import write_csv
from coprod_desktop.services import projects, stories, themes

LIST_HEADER = ("ID", "Told in", "Title", "Shared by", "Themes", "What they shared")
LIST_CSV_HEADER = ("ID", "Told in", "Title", "What they shared", "Shared by", "Themes")
THEMES_HEADER = ("Theme", "Stories")
NOT_COUNTED = "Stories marked internal only are not listed or counted here."


def _check_period(args: argparse.Namespace) -> None:
    if args.date_from is not None and args.date_to is not None and args.date_to < args.date_from:
        raise CommandError(
            "The period ends before it starts: give a --to date on or after --from.", EXIT_INPUT
        )


def _theme_id(session: Session, name: str | None) -> int | None:
    if name is None:
        return None
    found = themes.find_theme(session, name)
    if found is None:
        known = ", ".join(t.name for t in themes.list_themes(session)) or "none yet"
        raise CommandError(f"There is no theme called '{name}'. Themes: {known}.", EXIT_NOT_FOUND)
    return found.id


def _list(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    _check_period(args)
    with opened(choice) as database, database.reading() as session:
        if args.project is not None:
            projects.get_project(session, args.project)  # an unknown number is said plainly
        found = stories.stories_for_output(
            session,
            date_from=args.date_from,
            date_to=args.date_to,
            project_id=args.project,
            theme_id=_theme_id(session, args.theme),
            allow_names=not args.no_names,
        )
    if args.format == "csv":
        write_csv(
            sys.stdout,
            LIST_CSV_HEADER,
            (
                (
                    s.id,
                    s.told_in,
                    s.title,
                    s.text,
                    s.teller or stories.ANONYMOUS,
                    ", ".join(s.themes),
                )
                for s in found
            ),
        )
        return 0
    if not found:
        print(f"No stories match. {NOT_COUNTED}", file=sys.stderr)
        return 0
    rows = [
        (
            str(s.id),
            s.told_in,
            s.title,
            s.teller or stories.ANONYMOUS,
            ", ".join(s.themes),
            s.text,
        )
        for s in found
    ]
    print(format_table(LIST_HEADER, rows, max_width=40))
    anonymised = sum(1 for s in found if s.anonymised)
    count = f"{len(found):,} {'story' if len(found) == 1 else 'stories'}"
    print(f"{count}, {anonymised:,} anonymised. {NOT_COUNTED}", file=sys.stderr)
    return 0


def _themes(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    _check_period(args)
    with opened(choice) as database, database.reading() as session:
        if args.project is not None:
            projects.get_project(session, args.project)
        counts = stories.shareable_evidence(session, args.date_from, args.date_to, args.project)
    if args.format == "csv":
        write_csv(sys.stdout, THEMES_HEADER, counts)
        return 0
    if not counts:
        print(f"No stories with a theme match. {NOT_COUNTED}", file=sys.stderr)
        return 0
    print(format_table(THEMES_HEADER, [(name, f"{count:,}") for name, count in counts]))
    print(NOT_COUNTED, file=sys.stderr)
    return 0


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--project", type=number_arg("a project"), metavar="ID")
    parser.add_argument(
        "--from", dest="date_from", type=date_arg("From"), metavar="DATE", help="told on or after"
    )
    parser.add_argument(
        "--to", dest="date_to", type=date_arg("To"), metavar="DATE", help="told on or before"
    )
    parser.add_argument("--format", choices=("table", "csv"), default="table")


def register(commands: Any) -> None:
    group = commands.add_parser("stories", help="stories that may be shared, and their themes")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = sub.add_parser(
        "list",
        help="stories that may be shared, oldest first (never those marked internal only)",
        description="List the stories whose consent lets them leave the app. Stories marked "
        "internal only are never shown. Anonymised stories are shown without the teller's "
        "name (it is taken out of the text too), the place or the exact day.",
    )
    listing.add_argument("--theme", metavar="NAME", help="only stories under this theme")
    _filters(listing)
    listing.add_argument(
        "--no-names",
        action="store_true",
        help="name nobody: show stories shared with a name as anonymised too",
    )
    listing.set_defaults(handler=_list)

    counts = sub.add_parser(
        "themes",
        help="how many stories that may be shared fall under each theme",
        description="Count, for each theme, the stories whose consent lets them be shared "
        "(stories marked internal only are not counted), most first.",
    )
    _filters(counts)
    counts.set_defaults(handler=_themes)
