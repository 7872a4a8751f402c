"""``coprod report ...``: printable documents made from the register.

    coprod report action-plan --project ID --out FILE.pdf|FILE.docx [--font-size N]
    coprod report diversity --from DATE --to DATE [--project ID] [--reference NAME]
        [--threshold 80] --out FILE.pdf|FILE.csv|FILE.xlsx [--font-size N]

The format follows the file name's ending. More reports (meeting summaries, diversity) join
this group as sub-commands of their own.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coprod_desktop.cli.context import EXIT_INPUT, CommandError, opened
from coprod_desktop.cli.dates import date_arg, number_arg
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


DIVERSITY_FORMATS = (".pdf", ".csv", ".xlsx")


def percent_arg(text: str) -> int:
    try:
        value = int(text.strip().removesuffix("%"))
    except ValueError:
        value = -1
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError(
            f"Threshold '{text}' is not a whole percentage from 1 to 100, such as 80 (a group "
            "is flagged when its share is below 80% of the share expected)."
        )
    return value


def _diversity(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    from coprod_desktop.services import references
    from coprod_desktop.services.representation import representation_report, suppressed

    path: Path = args.out
    suffix = path.suffix.casefold()
    if suffix not in DIVERSITY_FORMATS:
        ending = f"ends in {path.suffix}" if path.suffix else "has no ending"
        raise CommandError(
            f"'{path.name}' {ending}. Name the diversity report file ending .pdf (for printing "
            "and screen readers), .csv or .xlsx (for a spreadsheet), such as diversity.pdf. "
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
    if args.font_size is not None and suffix != ".pdf":
        raise CommandError(
            "--font-size is for PDF reports only; a spreadsheet has no text size. Nothing was "
            "saved.",
            EXIT_INPUT,
        )
    with opened(choice) as database, database.reading() as session:
        if args.reference is not None:
            reference = references.find_reference(session, args.reference)
        else:
            reference = references.reference_for_project(session, args.project)
        report = representation_report(
            session,
            args.first,
            args.last,
            reference,
            project_id=args.project,
            threshold_pct=args.threshold,
        )
    shown = suppressed(report)
    if suffix == ".pdf":
        from coprod_desktop.reports.diversity_pdf import write_diversity_pdf

        options: dict[str, Any] = {"made_on": today_here()}
        if args.font_size is not None:
            options["font_size"] = args.font_size
        _save(lambda: write_diversity_pdf(shown, path, **options), path)
    else:
        from coprod_desktop.exports.diversity_export import write_diversity_export

        def export() -> None:
            write_diversity_export(shown, path)

        _save(export, path)
    print(
        f"Saved the diversity report for {report.project_name} ({shown.people_text} "
        # The word follows what is shown: "fewer than 5 person" would say it was one.
        f"{'person' if shown.people_text == '1' else 'people'}, compared with {reference.name}) "
        f"to {path}."
    )
    return 0


def register(commands: Any) -> None:
    group = commands.add_parser("report", help="printable documents: action plans, diversity")
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

    diversity = sub.add_parser(
        "diversity",
        help="who took part against the local population, with small numbers hidden",
        description="Save the representation report: the people who attended at least one "
        "session in the period (of one project, or all), by category of each monitoring "
        "question, against a reference population, with groups under-represented flagged. "
        "Counts from 1 to 4 are shown as 'fewer than 5'. The file name's ending chooses the "
        "format: .pdf (tagged, large print), .csv or .xlsx.",
    )
    diversity.add_argument(
        "--from", dest="first", type=date_arg("From date"), required=True, metavar="DATE"
    )
    diversity.add_argument(
        "--to", dest="last", type=date_arg("To date"), required=True, metavar="DATE"
    )
    diversity.add_argument(
        "--project", type=number_arg("a project"), metavar="ID", help="one project (default: all)"
    )
    diversity.add_argument(
        "--reference",
        metavar="NAME",
        help="a reference population by name or number, or 'builtin' for the 2021 census "
        "(default: the one the project uses)",
    )
    diversity.add_argument(
        "--threshold",
        type=percent_arg,
        default=80,
        metavar="PERCENT",
        help="flag a group whose share is below this per cent of the expected share (80)",
    )
    diversity.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|.csv|.xlsx")
    diversity.add_argument(
        "--font-size",
        type=font_size_arg,
        metavar="N",
        help="text size in points for a PDF, 14 to 36 (default 16)",
    )
    diversity.set_defaults(handler=_diversity)
    # Imported here: difference_commands imports this module.
    from coprod_desktop.cli.difference_commands import add_difference_report

    add_difference_report(sub)
    from coprod_desktop.cli.meeting_report_commands import add_meeting_reports

    add_meeting_reports(sub)
    from coprod_desktop.cli.funder_report_commands import add_funder_report

    add_funder_report(sub)
