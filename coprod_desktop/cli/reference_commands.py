"""``coprod references ...``: the populations projects are compared with in the diversity
report. The 2021 census for England and Wales is built in ("builtin"); a group adds its own
area's figures from a CSV file in the format docs/monitoring.md describes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coprod_desktop.cli.context import EXIT_INPUT, CommandError, opened
from coprod_desktop.cli.dates import number_arg
from coprod_desktop.cli.table import format_table
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.services import projects, references
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.reference_data import (
    NOT_ANSWERED,
    REFERENCE_QUESTIONS,
    Reference,
    bp_to_percent,
)
from coprod_desktop.services.references import BUILT_IN_WORD


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _list(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        found = references.list_references(session)
    rows = [
        (
            BUILT_IN_WORD if s.id is None else str(s.id),
            s.name,
            s.area,
            long_date(s.published_on) if s.published_on else "",
            str(s.figure_count),
        )
        for s in found
    ]
    print(format_table(("ID", "Name", "Area", "Figures dated", "Figures"), rows, max_width=40))
    return 0


def _reference_id(text: str) -> int | None:
    """'builtin' (or 'built-in') for the census, else a reference's number."""
    if text.strip().casefold() in (BUILT_IN_WORD, "built-in"):
        return None
    value: int = number_arg("a reference population")(text)
    return value


def _category_label(question: str, category: str) -> str:
    if category == NOT_ANSWERED:
        return "Not answered"
    return REFERENCE_QUESTIONS[question].answer(category).label


def _print_reference(reference: Reference) -> None:
    print(reference.name + (f" ({reference.area})" if reference.area else ""))
    if reference.published_on:
        print(f"Figures dated {long_date(reference.published_on)}")
    for source in reference.sources:
        print(f"Source: {source}")
    print()
    rows = [
        (
            REFERENCE_QUESTIONS[f.question].short,
            _category_label(f.question, f.category),
            f"{bp_to_percent(f.share_bp)}%",
            f.question,
            f.category,
        )
        for f in reference.figures
    ]
    header = ("Question", "Category", "Percent", "Question code", "Category code")
    print(format_table(header, rows, max_width=40))


def _show(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        if args.format == "csv":
            # Exactly the import format, unchanged, so that it imports back as it was.
            sys.stdout.write(references.export_reference_csv(session, args.reference))
            return 0
        reference = references.get_reference(session, args.reference)
    _print_reference(reference)
    return 0


def read_text_file(path: Path) -> str:
    """A file's text, UTF-8 with or without Excel's byte-order mark, or a plain-English error."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CommandError(
            f"There is no file called '{path}'. Check the name.", EXIT_INPUT
        ) from None
    except IsADirectoryError:
        raise CommandError(f"'{path}' is a folder, not a CSV file.", EXIT_INPUT) from None
    except OSError as error:
        raise CommandError(
            f"'{path}' could not be read ({error.strerror or error}).", EXIT_INPUT
        ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(
            f"'{path}' is not UTF-8 text. In Excel, save it with 'Save as type: CSV UTF-8 "
            "(Comma delimited)', then import it again.",
            EXIT_INPUT,
        ) from None


def _import(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    text = read_text_file(Path(args.file))
    with opened(choice) as database, database.transaction() as session:
        population_id = references.import_reference_csv(session, text, args.name, args.area)
        reference = references.get_reference(session, population_id)
    print(
        f"Imported '{reference.name}' as reference {population_id}, with "
        f"{_plural(len(reference.figures), 'figure')}. Compare a project with it with: "
        f"coprod references use --project ID --reference {population_id}"
    )
    return 0


def _use(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    population_id = None if args.built_in else args.reference
    with opened(choice) as database, database.transaction() as session:
        project = projects.get_project(session, args.project)
        references.choose_for_project(session, args.project, population_id)
        reference = references.get_reference(session, population_id)
    print(f"Project {project.id} ({project.data.name}) is now compared with '{reference.name}'.")
    return 0


def _delete(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.transaction() as session:
        reference = references.get_reference(session, args.reference_id)
        if not args.yes:
            # Checked now too, so the preview does not suggest --yes for a refusal.
            references.check_can_delete(session, args.reference_id)
            print(
                f"Nothing was deleted. To delete '{reference.name}' "
                f"({_plural(len(reference.figures), 'figure')}), run: "
                f"coprod references delete {args.reference_id} --yes"
            )
            return 0
        references.delete_reference(session, args.reference_id)
    print(f"Deleted '{reference.name}'.")
    return 0


def register(commands: Any) -> None:
    group = commands.add_parser(
        "references", help="populations to compare who takes part with (census, your area)"
    )
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = sub.add_parser(
        "list",
        help="the built-in census and your own reference populations",
        description="List the reference populations: the built-in 2021 census for England and "
        "Wales (ID 'builtin') first, then the ones you imported or typed in.",
    )
    listing.set_defaults(handler=_list)

    show = sub.add_parser(
        "show",
        help="a reference population's figures",
        description="Show a reference population's figures. --format csv writes them in the "
        "import format (docs/monitoring.md), to edit and import as your own.",
    )
    show.add_argument(
        "reference",
        nargs="?",
        default=None,
        type=_reference_id,
        metavar="ID",
        help=f"a reference's number, or {BUILT_IN_WORD} (the default)",
    )
    show.add_argument("--format", choices=("table", "csv"), default="table")
    show.set_defaults(handler=_show)

    importing = sub.add_parser(
        "import",
        help="add your area's figures from a CSV file",
        description="Add a reference population from a CSV file with the columns question, "
        "category, percent, source, date (see docs/monitoring.md). Every problem in the file "
        "is listed by line, and nothing is imported until there are none.",
    )
    importing.add_argument("file", metavar="FILE", help="a CSV file (UTF-8)")
    importing.add_argument("--name", required=True, help="a name for it, such as 'Leeds 2021'")
    importing.add_argument("--area", default="", help="the area it covers, such as 'Leeds'")
    importing.set_defaults(handler=_import)

    use = sub.add_parser(
        "use",
        help="choose the reference a project is compared with",
        description="Choose which reference population a project's diversity report compares "
        "with. Without a choice, a project uses the built-in census.",
    )
    use.add_argument("--project", required=True, type=number_arg("a project"), metavar="ID")
    which = use.add_mutually_exclusive_group(required=True)
    which.add_argument("--reference", type=number_arg("a reference population"), metavar="ID")
    which.add_argument(
        "--built-in", action="store_true", help="go back to the 2021 census for England and Wales"
    )
    use.set_defaults(handler=_use)

    deleting = sub.add_parser(
        "delete",
        help="delete one of your reference populations (shows it unless --yes)",
        description="Delete a reference population you added. One a project uses cannot be "
        "deleted: choose another for the project first. The built-in census cannot be deleted.",
    )
    deleting.add_argument("reference_id", type=number_arg("a reference population"), metavar="ID")
    deleting.add_argument("--yes", action="store_true", help="delete it")
    deleting.set_defaults(handler=_delete)
