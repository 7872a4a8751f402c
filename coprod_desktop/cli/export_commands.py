"""``coprod export ...``: files for other people's systems, such as finance's spreadsheet and
the records a funder asks for."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from coprod_desktop.cli.context import EXIT_INPUT, CommandError, opened
from coprod_desktop.cli.dates import date_arg, long_date, number_arg
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.exports.payments_export import (
    ExportFileError,
    check_export_path,
    write_payments_export,
)
from coprod_desktop.money import format_money
from coprod_desktop.services.finance_export import (
    amount_to_pay,
    open_period_warning,
    payments_for_export,
)


def _payments(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    path: Path = args.out
    try:
        check_export_path(path)
    except ExportFileError as error:
        raise CommandError(f"{error} Nothing was saved.", EXIT_INPUT) from None
    if args.date_to < args.date_from:
        raise CommandError(
            f"--to ({long_date(args.date_to)}) is before --from ({long_date(args.date_from)}). "
            "Check both dates. Nothing was saved.",
            EXIT_INPUT,
        )
    warning = open_period_warning(args.date_to, date.today())
    if warning:
        print(f"Warning: {warning}", file=sys.stderr)
    with opened(choice) as database, database.reading() as session:
        records = payments_for_export(session, args.date_from, args.date_to)
    try:
        write_payments_export(records, path)
    except OSError as error:
        raise CommandError(
            f"Could not save {path}: {error.strerror or error}. Check the folder exists, that "
            "you can save there, and that the file is not open in another program.",
            EXIT_INPUT,
        ) from error
    cancellations = sum(1 for r in records if r.is_cancellation)
    count = len(records) - cancellations
    # Cancelled rows tell finance not to pay; their amounts are not money to pay.
    summary = (
        f"Saved {count:,} payment{'' if count == 1 else 's'} approved "
        f"{long_date(args.date_from)} to {long_date(args.date_to)} "
        f"({format_money(amount_to_pay(records))})"
    )
    if not cancellations:
        print(f"{summary} to {path}.")
    else:
        print(
            f"{summary}, and {cancellations:,} cancellation{'' if cancellations == 1 else 's'}, "
            f"to {path}."
        )
        print(
            f"{'1 payment' if cancellations == 1 else f'{cancellations:,} payments'} that had "
            f"been approved {'was' if cancellations == 1 else 'were'} cancelled in that period: "
            "marked Cancelled in the file, with the day and the reason, so that finance does "
            f"not pay {'it' if cancellations == 1 else 'them'}."
        )
    if not records:
        print(
            "No payments were approved or cancelled in that period; the file has the headings "
            "only.",
            file=sys.stderr,
        )
    return 0


def _records(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    # Imported here: `coprod` starts without loading the export's modules.
    from coprod_desktop.exports.records_export import check_period, export_records

    path: Path = args.out
    if path.suffix.casefold() not in (".xlsx", ".csv"):
        raise CommandError(
            f"'{path.name}' does not end in .xlsx or .csv. Name the file ending .xlsx for an "
            "Excel workbook or .csv for CSV files, such as records.xlsx. Nothing was saved.",
            EXIT_INPUT,
        )
    check_period(args.date_from, args.date_to)
    with opened(choice) as database, database.reading() as session:
        summary = export_records(
            session,
            path,
            args.date_from,
            args.date_to,
            project_id=args.project,
            include_names=args.include_names,
        )
    for line in summary.describe():
        print(line)
    return 0


def register(commands: Any) -> None:
    group = commands.add_parser("export", help="files for other systems (finance, funders)")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    payments = sub.add_parser(
        "payments",
        help="payments approved (or cancelled after approval) in a period, for finance",
        description="Save the payments approved between two dates (and approved or paid now) "
        "for the finance team, with the payments approved before that were cancelled between "
        "them, marked Cancelled: an Excel workbook if FILE ends .xlsx, a CSV file if it ends "
        ".csv.",
    )
    payments.add_argument(
        "--from",
        dest="date_from",
        type=date_arg("From date"),
        required=True,
        metavar="DATE",
        help="first day of approval (or cancellation); YYYY-MM-DD or DD/MM/YYYY",
    )
    payments.add_argument(
        "--to",
        dest="date_to",
        type=date_arg("To date"),
        required=True,
        metavar="DATE",
        help="last day of approval (or cancellation)",
    )
    payments.add_argument("--out", type=Path, required=True, metavar="FILE")
    payments.set_defaults(handler=_payments)

    records = sub.add_parser(
        "records",
        help="the records a funder asks for, for a period: sessions, payments, actions…",
        description="Save the records of a period for a funder: sessions, attendance, "
        "payments, actions, decisions, 'you said, we did', stories (only as their consent "
        "allows) and the people involved. If FILE ends .xlsx: one Excel workbook with a sheet "
        "for each kind of record. If it ends .csv: one CSV file for each, named "
        "'<name> - Sessions.csv' and so on, in FILE's folder. People are shown by anonymised "
        "IDs (P0001 and so on) unless you add --include-names.",
    )
    records.add_argument(
        "--from",
        dest="date_from",
        type=date_arg("From date"),
        required=True,
        metavar="DATE",
        help="first day of the period; YYYY-MM-DD or DD/MM/YYYY",
    )
    records.add_argument(
        "--to",
        dest="date_to",
        type=date_arg("To date"),
        required=True,
        metavar="DATE",
        help="last day of the period",
    )
    records.add_argument(
        "--project",
        type=number_arg("a project"),
        metavar="ID",
        help="only this project's records (see `coprod projects list`); all projects if left out",
    )
    records.add_argument(
        "--include-names",
        action="store_true",
        help="add the names of people who agreed to be named in documents (everyone else is "
        "still shown only by an anonymised ID)",
    )
    records.add_argument("--out", type=Path, required=True, metavar="FILE")
    records.set_defaults(handler=_records)
