"""``coprod report funder``: the funder report for a period, as a large-print tagged PDF.

    coprod report funder --from DATE --to DATE [--project ID] --out FILE.pdf
        [--font-size N] [--organisation NAME]

Registered by report_commands.register (it imports this module there, since this one uses its
helpers).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coprod_desktop.cli.context import EXIT_INPUT, CommandError, opened
from coprod_desktop.cli.dates import date_arg, number_arg
from coprod_desktop.cli.report_commands import _save, font_size_arg
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.services.dates import today_here


def _funder(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    # Imported here: every coprod command registers this one, and only this one needs them.
    from coprod_desktop.services.funder_report import count_text, funder_report, hours_text

    path: Path = args.out
    if path.suffix.casefold() != ".pdf":
        ending = f"ends in {path.suffix}" if path.suffix else "has no ending"
        raise CommandError(
            f"'{path.name}' {ending}. Name the funder report file ending .pdf, such as "
            "funder-report.pdf. (For the records behind it, use coprod export records.) "
            "Nothing was saved.",
            EXIT_INPUT,
        )
    if args.last < args.first:
        raise CommandError(
            f"The period ends ({args.last.isoformat()}) before it starts "
            f"({args.first.isoformat()}): give a --to date on or after the --from date. "
            "Nothing was saved.",
            EXIT_INPUT,
        )
    with opened(choice) as database, database.reading() as session:
        report = funder_report(session, args.first, args.last, args.project, today=today_here())
    # Imported here: WeasyPrint is slow to load.
    from coprod_desktop.reports.funder_report_pdf import write_funder_report_pdf

    options: dict[str, Any] = {"organisation": args.organisation or ""}
    if args.font_size is not None:
        options["font_size"] = args.font_size
    _save(lambda: write_funder_report_pdf(report, path, **options), path)
    print(
        f"Saved the funder report for {report.project_name}, {report.period_text} "
        f"({count_text(report.sessions, 'session')}, "
        f"{count_text(report.people, 'person', 'people')}, {hours_text(report.minutes)}) "
        f"to {path}."
    )
    return 0


def add_funder_report(sub: Any) -> None:
    """Add ``funder`` to the ``coprod report`` sub-commands."""
    funder = sub.add_parser(
        "funder",
        help="what the group did over a period, for funders, as a large-print PDF",
        description="Save the funder report for a period (of one project, or all): sessions, "
        "people involved by role, time given, payments by kind against the budget, diversity "
        "against the reference population (counts from 1 to 4 hidden), actions completed, "
        "'you said, we did', anonymised stories by theme, and where each project stands in "
        "the cycle of co-production with its latest values self-check. Nobody is named. The "
        "PDF is tagged for screen readers and in large print.",
    )
    funder.add_argument(
        "--from", dest="first", type=date_arg("From date"), required=True, metavar="DATE"
    )
    funder.add_argument(
        "--to", dest="last", type=date_arg("To date"), required=True, metavar="DATE"
    )
    funder.add_argument(
        "--project", type=number_arg("a project"), metavar="ID", help="one project (default: all)"
    )
    funder.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    funder.add_argument(
        "--font-size",
        type=font_size_arg,
        metavar="N",
        help="text size in points, 14 to 36 (default 16)",
    )
    funder.add_argument(
        "--organisation", metavar="NAME", help="your group's name, printed as who it is from"
    )
    funder.set_defaults(handler=_funder)
