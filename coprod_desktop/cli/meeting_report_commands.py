"""``coprod report pack`` and ``coprod report summary``: accessible meeting papers.

    coprod report pack --session ID --out FILE.pdf|FILE.docx [--font-size N] [--easy-read]
        [--paper a4|a3] [--high-contrast]
    coprod report summary --session ID --out FILE.pdf|FILE.docx [the same options]
    coprod report summary --project ID --from DATE --to DATE --out FILE.pdf|FILE.docx [...]

The format follows the file name's ending. ``report_commands.register`` adds these to the
``report`` group through :func:`add_meeting_reports`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coprod_desktop.cli.context import EXIT_INPUT, CommandError, opened
from coprod_desktop.cli.dates import date_arg, number_arg
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.reports.document_options import (
    DEFAULT_SIZE,
    MAX_SIZE,
    MIN_SIZE,
    PAPERS,
    DocumentOptions,
)
from coprod_desktop.services import meeting_documents
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.meeting_documents import MeetingSummary, ProjectSummary

FORMATS = (".pdf", ".docx")


def _size(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"Text size '{text}' is not a whole number of points, such as 16."
        ) from None


def _paper(text: str) -> str:
    wanted = text.strip().upper()
    if wanted not in PAPERS:
        raise argparse.ArgumentTypeError(f"Paper '{text}' is not one this app prints: a4 or a3.")
    return wanted


def _suffix(path: Path, what: str, example: str) -> str:
    suffix = path.suffix.casefold()
    if suffix not in FORMATS:
        ending = f"ends in {path.suffix}" if path.suffix else "has no ending"
        raise CommandError(
            f"'{path.name}' {ending}. Name the {what} file ending .pdf (for printing and "
            f"screen readers) or .docx (to open in Word), such as {example}. Nothing was saved.",
            EXIT_INPUT,
        )
    return suffix


def _options(args: argparse.Namespace) -> DocumentOptions:
    try:
        return DocumentOptions(
            font_size=args.font_size,
            easy_read=args.easy_read,
            paper=args.paper,
            high_contrast=args.high_contrast,
        )
    except ValueError as error:
        raise CommandError(f"{error} Nothing was saved.", EXIT_INPUT) from error


def _save(write: Callable[[], None], path: Path) -> None:
    """Run a writer; a folder that cannot be written to is explained. DocumentProblem (the file
    could not be saved) is a ServiceError, which run_command says in words."""
    try:
        write()
    except OSError as error:
        raise CommandError(
            f"Could not save {path}: {error.strerror or error}. Check the folder exists and "
            "the file is not open in another program.",
            EXIT_INPUT,
        ) from error


def _how(options: DocumentOptions) -> str:
    """'16 point, easy read, A3, high contrast'."""
    parts = [f"{options.font_size} point"]
    if options.easy_read:
        parts.append("easy read")
    parts.append(options.paper)
    if options.high_contrast:
        parts.append("high contrast")
    return ", ".join(parts)


def _pack(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    path: Path = args.out
    suffix = _suffix(path, "meeting pack", "meeting-pack.pdf")
    options = _options(args)
    with opened(choice) as database, database.reading() as session:
        pack = meeting_documents.meeting_pack(session, args.session, today_here())
    # Imported here: WeasyPrint and python-docx are slow to load.
    if suffix == ".pdf":
        from coprod_desktop.reports.meeting_pdf import write_meeting_pack_pdf

        _save(lambda: write_meeting_pack_pdf(pack, path, options), path)
    else:
        from coprod_desktop.reports.meeting_docx import write_meeting_pack_docx

        _save(lambda: write_meeting_pack_docx(pack, path, options), path)
    print(
        f"Saved the meeting pack for {pack.session.title} ({long_date(pack.session.day)}) "
        f"to {path} ({_how(options)})."
    )
    return 0


def _summary(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    path: Path = args.out
    suffix = _suffix(path, "summary", "summary.pdf")
    if (args.session is None) == (args.project is None):
        raise CommandError(
            "Give either --session ID (the summary of one session) or --project ID with --from "
            "and --to (a project's summary for a period). Nothing was saved.",
            EXIT_INPUT,
        )
    if args.session is not None and (args.first is not None or args.last is not None):
        raise CommandError(
            "--from and --to are for a project's summary (with --project); a session's summary "
            "covers that session. Nothing was saved.",
            EXIT_INPUT,
        )
    if args.project is not None and (args.first is None or args.last is None):
        raise CommandError(
            "A project's summary needs the period: give --from DATE and --to DATE, such as "
            "--from 2026-01-01 --to 2026-03-31. Nothing was saved.",
            EXIT_INPUT,
        )
    if args.project is not None and args.last < args.first:
        raise CommandError(
            f"The period ends ({args.last.isoformat()}) before it starts "
            f"({args.first.isoformat()}): give a --to date on or after the --from date. "
            "Nothing was saved.",
            EXIT_INPUT,
        )
    options = _options(args)
    summary: MeetingSummary | ProjectSummary
    with opened(choice) as database, database.reading() as session:
        if args.session is not None:
            summary = meeting_documents.meeting_summary(session, args.session, today_here())
            what = (
                f"the meeting summary for {summary.session.title} "
                f"({long_date(summary.session.day)})"
            )
        else:
            summary = meeting_documents.project_summary(
                session, args.project, args.first, args.last, today_here()
            )
            what = f"the summary of {summary.project_name} from {summary.period}"
    _save(lambda: _write_summary(summary, path, suffix, options), path)
    print(f"Saved {what} to {path} ({_how(options)}).")
    return 0


def _write_summary(
    summary: MeetingSummary | ProjectSummary, path: Path, suffix: str, options: DocumentOptions
) -> None:
    # Imported here: WeasyPrint and python-docx are slow to load.
    if suffix == ".pdf":
        from coprod_desktop.reports import meeting_pdf

        if isinstance(summary, ProjectSummary):
            meeting_pdf.write_project_summary_pdf(summary, path, options)
        else:
            meeting_pdf.write_meeting_summary_pdf(summary, path, options)
    else:
        from coprod_desktop.reports import meeting_docx

        if isinstance(summary, ProjectSummary):
            meeting_docx.write_project_summary_docx(summary, path, options)
        else:
            meeting_docx.write_meeting_summary_docx(summary, path, options)


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.docx")
    parser.add_argument(
        "--font-size",
        type=_size,
        default=DEFAULT_SIZE,
        metavar="N",
        help=f"text size in points, {MIN_SIZE} to {MAX_SIZE} (default {DEFAULT_SIZE})",
    )
    parser.add_argument(
        "--easy-read",
        action="store_true",
        help="one idea on each line, shorter sentences and more space",
    )
    parser.add_argument(
        "--paper",
        type=_paper,
        default="A4",
        metavar="a4|a3",
        help="paper size (default a4)",
    )
    parser.add_argument(
        "--high-contrast",
        action="store_true",
        help="yellow text on black, for reading on screen (uses a lot of ink if printed)",
    )


def add_meeting_reports(sub: Any) -> None:
    """Add ``pack`` and ``summary`` to the ``coprod report`` sub-commands ``sub``."""
    pack = sub.add_parser(
        "pack",
        help="a meeting pack to send before a session, as large print PDF or Word",
        description="Save the meeting pack for a session: what it is for, when and where, the "
        "access arrangements, the agenda, what happened last time and the open actions. The "
        "file name's ending chooses the format: .pdf (tagged, large print) or .docx (Word).",
    )
    pack.add_argument("--session", type=number_arg("a session"), metavar="ID", required=True)
    _add_options(pack)
    pack.set_defaults(handler=_pack)

    summary = sub.add_parser(
        "summary",
        help="a summary of a session, or of a project for a period, as large print PDF or Word",
        description="Save the summary of one session (--session): who took part (named only "
        "if they agreed), what was decided, the actions, 'you said, we did', the stories "
        "shared and the next session. Or a project's summary for a period (--project with "
        "--from and --to). The file name's ending chooses the format: .pdf or .docx.",
    )
    summary.add_argument("--session", type=number_arg("a session"), metavar="ID")
    summary.add_argument("--project", type=number_arg("a project"), metavar="ID")
    summary.add_argument("--from", dest="first", type=date_arg("From date"), metavar="DATE")
    summary.add_argument("--to", dest="last", type=date_arg("To date"), metavar="DATE")
    _add_options(summary)
    summary.set_defaults(handler=_summary)
