"""``coprod report ...``: printable documents made from the register.

    coprod report action-plan --project ID --out FILE.pdf|FILE.docx [--font-size N]

The format follows the file name's ending. More reports (meeting summaries, diversity) join
this group as sub-commands of their own.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coprod_desktop.cli.context import EXIT_INPUT, CommandError, opened
from coprod_desktop.cli.dates import number_arg
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.services.action_plan import action_plan_for
from coprod_desktop.services.dates import today_here

FORMATS = (".pdf", ".docx")


def font_size_arg(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"Text size '{text}' is not a whole number of points, such as 16."
        ) from None


def _plural(count: int, one: str) -> str:
    return f"{count:,} {one if count == 1 else one + 's'}"


def _document_suffix(path: Path, what: str) -> str:
    """'.pdf' or '.docx' from the file name, or a plain-English refusal."""
    suffix = path.suffix.casefold()
    if suffix not in FORMATS:
        ending = f"ends in {path.suffix}" if path.suffix else "has no ending"
        raise CommandError(
            f"'{path.name}' {ending}. Name the {what} file ending .pdf (for printing and "
            "screen readers) or .docx (to open in Word), such as action-plan.pdf. Nothing was "
            "saved.",
            EXIT_INPUT,
        )
    return suffix


def _save(write: Callable[[], None], path: Path) -> None:
    """Run a document writer, turning its problems into plain-English exits."""
    try:
        write()
    except ValueError as error:  # a text size out of range
        raise CommandError(f"{error} Nothing was saved.", EXIT_INPUT) from error
    except OSError as error:
        raise CommandError(
            f"Could not save {path}: {error.strerror or error}. Check the folder exists and "
            "the file is not open in another program.",
            EXIT_INPUT,
        ) from error
    # DocumentProblem (the file could not be saved) is a ServiceError: run_command says why.


def _action_plan(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    path: Path = args.out
    suffix = _document_suffix(path, "action plan")
    with opened(choice) as database, database.reading() as session:
        plan = action_plan_for(session, args.project, today_here())
    options: dict[str, Any] = {}
    if args.font_size is not None:
        options["font_size"] = args.font_size
    # Imported here: WeasyPrint and python-docx are slow to load.
    if suffix == ".pdf":
        from coprod_desktop.reports import action_plan_pdf

        _save(lambda: action_plan_pdf.write_action_plan_pdf(plan, path, **options), path)
    else:
        from coprod_desktop.reports import action_plan_docx

        _save(lambda: action_plan_docx.write_action_plan_docx(plan, path, **options), path)
    print(
        f"Saved the action plan for {plan.project_name} "
        f"({_plural(len(plan.actions), 'action')}) to {path}."
    )
    return 0


def register(commands: Any) -> None:
    group = commands.add_parser("report", help="printable documents: action plans")
    sub = group.add_subparsers(dest="report", metavar="REPORT", required=True)

    plan = sub.add_parser(
        "action-plan",
        help="a project's goals and actions, as a large-print PDF or a Word document",
        description="Save a project's action plan: its shared goals, who is doing what, by "
        "when, and how it is going. The file name's ending chooses the format: .pdf (tagged, "
        "large print) or .docx (Word).",
    )
    plan.add_argument("--project", type=number_arg("a project"), metavar="ID", required=True)
    plan.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.docx")
    plan.add_argument(
        "--font-size",
        type=font_size_arg,
        metavar="N",
        help="text size in points, 14 to 36 (default 16)",
    )
    plan.set_defaults(handler=_action_plan)
