"""``coprod payments ...``: work out, record, approve, pay, cancel and reverse payments, and make
a person's statement for a tax year.

Approval warns first when payments would take someone over an earnings limit they asked us to
watch, and approves nothing until the warning has been seen and --yes given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coprod_desktop.cli.context import EXIT_INPUT, CommandError, opened
from coprod_desktop.cli.dates import (
    date_arg,
    long_date,
    miles_arg,
    money_arg,
    number_arg,
    tax_year_arg,
)
from coprod_desktop.cli.option_types import choice_type, id_type
from coprod_desktop.cli.table import format_table
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.exports.payments_export import write_payments_csv
from coprod_desktop.money import format_money
from coprod_desktop.services import earnings_limits, payments, statements
from coprod_desktop.services.errors import Conflict
from coprod_desktop.services.payment_generation import (
    SessionPaymentsPreview,
    create_session_payments,
    preview_session_payments,
)
from coprod_desktop.services.payment_search import PaymentQuery, search_payments
from coprod_desktop.services.payment_totals import totals_by_status
from coprod_desktop.services.payments import ExpenseClaim, NewPayment, PaymentRecord
from coprod_desktop.services.policy import RatesRecord
from coprod_desktop.vocabulary import (
    ExpenseType,
    PaymentKind,
    PaymentMethod,
    PaymentStatus,
    Vehicle,
)

HAND_KINDS = (PaymentKind.FEE, PaymentKind.VOUCHER, PaymentKind.RECOGNITION)
LIST_HEADER = ("ID", "Date", "Name", "Kind", "What for", "Project", "Amount", "Status")


def _choices(members: Any) -> str:
    return ", ".join(m.value.replace("_", "-") for m in members)


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def hand_kind(text: str) -> PaymentKind:
    """A kind of payment entered by hand: fee, voucher or recognition (not expense)."""
    try:
        kind = PaymentKind.parse(text)
    except ValueError:
        kind = None
    if kind is PaymentKind.EXPENSE:
        raise argparse.ArgumentTypeError(
            "expenses are recorded with 'coprod payments expense' (mileage, fares, care, food "
            "and drink), which applies the policy's rules"
        )
    if kind is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not one of: {_choices(HAND_KINDS)}")
    return kind


def font_size_arg(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"Text size '{text}' is not a whole number of points, such as 16."
        ) from None


def kind_text(record: PaymentRecord) -> str:
    if record.expense_type is not None:
        return f"Expenses: {record.expense_type.label}"
    return record.kind.label


# --- list ---------------------------------------------------------------------------------------
def _list(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise CommandError(
            f"--to ({long_date(args.date_to)}) is before --from ({long_date(args.date_from)}). "
            "Check both dates.",
            EXIT_INPUT,
        )
    query = PaymentQuery(
        status=args.status,
        participant_id=args.participant,
        project_id=args.project,
        date_from=args.date_from,
        date_to=args.date_to,
    )
    with opened(choice) as database, database.reading() as session:
        records = search_payments(session, query)
    if args.format == "csv":
        write_payments_csv(sys.stdout, records)
        return 0
    if not records:
        print("No payments match.", file=sys.stderr)
        return 0
    table = [
        (
            str(r.id),
            f"{r.incurred_on:%d/%m/%Y}",
            r.participant_name,
            kind_text(r),
            r.description,
            r.project_name,
            format_money(r.amount_pence),
            r.status.label,
        )
        for r in records
    ]
    print(format_table(LIST_HEADER, table))
    print(f"{_plural(len(records), 'payment')}: {totals_by_status(records)}.", file=sys.stderr)
    return 0


# --- generate -----------------------------------------------------------------------------------
def rates_text(rates: RatesRecord) -> str:
    data = rates.data
    source = f"\nAbout these rates: {data.source}" if data.source else ""
    return (
        f"Rates in force from {long_date(data.effective_from)}: "
        f"{format_money(data.hourly_pence)} an hour, half day {format_money(data.half_day_pence)}, "
        f"full day {format_money(data.full_day_pence)}, preparation "
        f"{format_money(data.prep_hourly_pence)} an hour.{source}"
    )


def print_preview(preview: SessionPaymentsPreview) -> None:
    when = long_date(preview.date)
    print(f"Payments for '{preview.title}' (session {preview.session_id}, {when})")
    print(rates_text(preview.rates))
    creating = [line for line in preview.lines if line.will_create]
    skipped = [line for line in preview.lines if not line.will_create]
    if creating:
        print()
        table = [
            (
                f"{line.name} ({line.participant_id})",
                line.kind.label,
                format_money(line.amount_pence),
                line.explanation,
            )
            for line in creating
        ]
        print(format_table(("Name", "Kind", "Amount", "How it was worked out"), table, 120))
    if skipped:
        print()
        print("Left out:")
        for line in skipped:
            print(f"  {line.name} ({line.participant_id}): {line.skip_reason}")
    print()
    print(f"Total: {format_money(preview.total_pence)} for {_plural(len(creating), 'payment')}")


def _generate(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.transaction() as session:
        preview = preview_session_payments(session, args.session)
        print_preview(preview)
        if not preview.lines:
            print(
                "No one is marked as attended, so there is nothing to pay. Mark the register "
                f"with: coprod sessions mark {args.session} --participant N --status attended"
            )
            return 0
        if not any(line.will_create for line in preview.lines):
            print("Nothing new to create.")
            return 0
        if not args.yes:
            print(
                "Nothing has been created yet. To create these as draft payments, run: "
                f"coprod payments generate --session {args.session} --yes"
            )
            return 0
        created = create_session_payments(session, args.session)
    print(
        f"Created {_plural(len(created), 'draft payment')}: "
        + ", ".join(str(i) for i in created)
        + ". Approve them with: coprod payments approve "
        + " ".join(str(i) for i in created)
        + " --by NAME"
    )
    return 0


# --- add, expense -------------------------------------------------------------------------------
def _add(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    amount = args.amount
    if amount is None:
        if args.kind is not PaymentKind.RECOGNITION:
            raise CommandError(
                f"--amount is missing. Give the {args.kind.label.lower()} in pounds, such as "
                "--amount 25.00. Nothing was saved.",
                EXIT_INPUT,
            )
        amount = 0
    new = NewPayment(
        participant_id=args.participant,
        kind=args.kind,
        amount_pence=amount,
        incurred_on=args.date,
        description=args.description or "",
        project_id=args.project,
        session_id=args.session,
        voucher_provider=args.voucher_provider or "",
        voucher_reference=args.voucher_reference or "",
    )
    with opened(choice) as database, database.transaction() as session:
        new_id = payments.add_payment(session, new)
        record = payments.get_payment(session, new_id)
    print(new_id)
    print(
        f"Draft {record.kind.label.lower()} of {format_money(record.amount_pence)} for "
        f"{record.participant_name}.",
        file=sys.stderr,
    )
    return 0


def _expense(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    mileage = args.type is ExpenseType.MILEAGE
    if mileage and args.amount is not None:
        raise CommandError(
            "Mileage is worked out from the distance at the policy's rate: give --miles and "
            "--vehicle instead of --amount. Nothing was saved.",
            EXIT_INPUT,
        )
    if not mileage and (args.miles is not None or args.vehicle is not None):
        raise CommandError(
            "--miles and --vehicle are for mileage claims (--type mileage). For other expenses "
            "give --amount. Nothing was saved.",
            EXIT_INPUT,
        )
    claim = ExpenseClaim(
        participant_id=args.participant,
        expense_type=args.type,
        incurred_on=args.date,
        amount_pence=args.amount,
        vehicle=args.vehicle,
        tenth_miles=args.miles,
        receipt_reference=args.receipt or "",
        description=args.description or "",
        project_id=args.project,
        session_id=args.session,
    )
    with opened(choice) as database, database.transaction() as session:
        new_id = payments.add_expense(session, claim)
        record = payments.get_payment(session, new_id)
    print(new_id)
    print(
        f"Draft expense of {format_money(record.amount_pence)} for {record.participant_name}: "
        f"{record.description}.",
        file=sys.stderr,
    )
    return 0


# --- approve, pay, cancel, reverse --------------------------------------------------------------
def _approve(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    ids = list(dict.fromkeys(args.ids))  # each once, in the order given
    if not args.by.strip():
        raise CommandError(
            "--by is empty. Give the name of the person approving. Nothing was approved.",
            EXIT_INPUT,
        )
    with opened(choice) as database, database.transaction() as session:
        records = [payments.get_payment(session, payment_id) for payment_id in ids]
        for record in records:
            if record.status is not PaymentStatus.DRAFT:
                raise Conflict(
                    f"Payment {record.id} is {record.status.label.lower()}, so it cannot be "
                    "approved: only draft payments can be. Nothing was approved."
                )
        warnings = earnings_limits.check_approval(session, ids)
        for warning in warnings:
            print(f"Warning: {warning.message}", file=sys.stderr)
        if warnings and not args.yes:
            names = sorted({w.name for w in warnings})
            raise CommandError(
                f"Nothing was approved: {_plural(len(warnings), 'earnings limit warning')} "
                f"above. Talk to {' and '.join(names)} first; to approve anyway, run the same "
                "command again with --yes.",
                EXIT_INPUT,
            )
        count = earnings_limits.approve_checked(session, ids, args.by, warnings)
    total = sum(r.amount_pence for r in records)
    print(f"Approved {_plural(count, 'payment')}, {format_money(total)} in all.")
    return 0


def _pay(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.transaction() as session:
        payments.mark_paid(
            session,
            args.id,
            args.date,
            args.method,
            args.reference or "",
            voucher_provider=args.voucher_provider,
            voucher_reference=args.voucher_reference,
        )
        record = payments.get_payment(session, args.id)
    print(
        f"Payment {record.id} ({format_money(record.amount_pence)} to {record.participant_name}) "
        f"is paid: {long_date(args.date)}, {args.method.label.lower()}."
    )
    return 0


def _cancel(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.transaction() as session:
        payments.cancel(session, args.id, args.reason)
        record = payments.get_payment(session, args.id)
    print(
        f"Payment {record.id} ({format_money(record.amount_pence)} to {record.participant_name}) "
        "is cancelled."
    )
    return 0


def _reverse(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.transaction() as session:
        new_id = payments.reverse(session, args.id, args.reason)
        record = payments.get_payment(session, new_id)
    print(new_id)
    print(
        f"Payment {new_id} is a draft for {format_money(record.amount_pence)} putting right "
        f"payment {args.id}. Approve it like any other payment.",
        file=sys.stderr,
    )
    return 0


# --- statement ----------------------------------------------------------------------------------
def _statement(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    path: Path = args.out
    if path.suffix.casefold() != ".pdf":
        raise CommandError(
            f"'{path.name}' does not end in .pdf. Name the statement file ending .pdf, such as "
            "statement.pdf.",
            EXIT_INPUT,
        )
    with opened(choice) as database, database.reading() as session:
        statement = statements.statement_for(session, args.participant, args.tax_year)
    from coprod_desktop.reports.statement_pdf import write_statement_pdf  # slow: load on use

    options: dict[str, Any] = {}
    if args.font_size is not None:
        options["font_size"] = args.font_size
    try:
        write_statement_pdf(statement, path, **options)
    except ValueError as error:
        raise CommandError(f"{error} Nothing was saved.", EXIT_INPUT) from error
    except OSError as error:
        raise CommandError(
            f"Could not save {path}: {error.strerror or error}. Check the folder exists and "
            "the file is not open in another program.",
            EXIT_INPUT,
        ) from error
    print(
        f"Saved the {statement.tax_year.label} statement for {statement.name} "
        f"({_plural(len(statement.lines), 'payment')}) to {path}."
    )
    return 0


def register(commands: Any) -> None:
    group = commands.add_parser("payments", help="fees, vouchers, expenses and thank-yous")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    payment_number = number_arg("a payment")
    project_number = number_arg("a project")
    session_number = number_arg("a session")

    listing = sub.add_parser("list", help="payments, newest first, optionally filtered")
    listing.add_argument(
        "--status",
        type=choice_type(PaymentStatus, clearable=False),
        help=_choices(PaymentStatus),
    )
    listing.add_argument("--participant", type=id_type, metavar="N", help="a person's number")
    listing.add_argument("--project", type=project_number, metavar="ID")
    listing.add_argument(
        "--from",
        dest="date_from",
        type=date_arg("From date"),
        metavar="DATE",
        help="of the session or expense; YYYY-MM-DD or DD/MM/YYYY",
    )
    listing.add_argument("--to", dest="date_to", type=date_arg("To date"), metavar="DATE")
    listing.add_argument("--format", choices=("table", "csv"), default="table")
    listing.set_defaults(handler=_list)

    generate = sub.add_parser(
        "generate",
        help="work out the payments for a session's attendees (a preview unless --yes)",
        description="Work out what everyone marked as attended is due under the rates in force "
        "on the session's date, and show it. With --yes, create them as draft payments.",
    )
    generate.add_argument("--session", type=session_number, metavar="ID", required=True)
    generate.add_argument("--yes", action="store_true", help="create the draft payments")
    generate.set_defaults(handler=_generate)

    add = sub.add_parser("add", help="record a fee, voucher or thank-you; prints its number")
    add.add_argument("--participant", type=id_type, metavar="N", required=True)
    add.add_argument("--kind", type=hand_kind, required=True, help=_choices(HAND_KINDS))
    add.add_argument(
        "--amount",
        type=money_arg("Amount"),
        metavar="AMOUNT",
        help="in pounds, such as 25.00 (leave out for a thank-you)",
    )
    add.add_argument("--date", type=date_arg("Date"), required=True, help="of the work")
    add.add_argument("--description", metavar="TEXT", help="what it is for")
    add.add_argument("--project", type=project_number, metavar="ID")
    add.add_argument("--session", type=session_number, metavar="ID")
    add.add_argument("--voucher-provider", metavar="TEXT", help="e.g. Love2Shop")
    add.add_argument("--voucher-reference", metavar="TEXT", help="the voucher's number")
    add.set_defaults(handler=_add)

    expense = sub.add_parser(
        "expense",
        help="record an expense claim under the policy; prints its number",
        description="Record an expense claim. Mileage is worked out from --miles and "
        "--vehicle at the policy's rate; other expenses are repaid at cost (--amount).",
    )
    expense.add_argument("--participant", type=id_type, metavar="N", required=True)
    expense.add_argument(
        "--type",
        type=choice_type(ExpenseType, clearable=False),
        required=True,
        help=_choices(ExpenseType),
    )
    expense.add_argument("--date", type=date_arg("Date"), required=True)
    expense.add_argument("--amount", type=money_arg("Amount"), metavar="AMOUNT")
    expense.add_argument("--miles", type=miles_arg, metavar="MILES", help="such as 12.5")
    expense.add_argument(
        "--vehicle", type=choice_type(Vehicle, clearable=False), help=_choices(Vehicle)
    )
    expense.add_argument("--receipt", metavar="REF", help="receipt number, or where it is kept")
    expense.add_argument("--description", metavar="TEXT")
    expense.add_argument("--project", type=project_number, metavar="ID")
    expense.add_argument("--session", type=session_number, metavar="ID")
    expense.set_defaults(handler=_expense)

    approve = sub.add_parser(
        "approve",
        help="approve draft payments (warns first about earnings limits)",
        description="Approve draft payments, all or none. If they would take someone over an "
        "earnings limit they asked us to watch, the warning is shown and nothing is approved "
        "unless --yes is given (after talking to them).",
    )
    approve.add_argument("ids", type=payment_number, nargs="+", metavar="ID")
    approve.add_argument("--by", metavar="NAME", required=True, help="who is approving")
    approve.add_argument(
        "--yes", action="store_true", help="approve even though a limit warning is shown"
    )
    approve.set_defaults(handler=_approve)

    pay = sub.add_parser("pay", help="record that an approved payment has been paid")
    pay.add_argument("id", type=payment_number)
    pay.add_argument("--date", type=date_arg("Date paid"), required=True)
    pay.add_argument(
        "--method",
        type=choice_type(PaymentMethod, clearable=False),
        required=True,
        help=_choices(PaymentMethod),
    )
    pay.add_argument("--reference", metavar="REF", help="e.g. the bank transfer's reference")
    pay.add_argument("--voucher-provider", metavar="TEXT")
    pay.add_argument("--voucher-reference", metavar="TEXT")
    pay.set_defaults(handler=_pay)

    cancel = sub.add_parser("cancel", help="cancel a draft or approved payment")
    cancel.add_argument("id", type=payment_number)
    cancel.add_argument("--reason", metavar="TEXT", required=True)
    cancel.set_defaults(handler=_cancel)

    reverse = sub.add_parser(
        "reverse", help="put right a paid payment with a negative one; prints its number"
    )
    reverse.add_argument("id", type=payment_number)
    reverse.add_argument("--reason", metavar="TEXT", required=True)
    reverse.set_defaults(handler=_reverse)

    statement = sub.add_parser(
        "statement", help="a person's payments for a tax year, as a large-print PDF"
    )
    statement.add_argument("--participant", type=id_type, metavar="N", required=True)
    statement.add_argument(
        "--tax-year", type=tax_year_arg, required=True, metavar="YEAR", help="such as 2025-26"
    )
    statement.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    statement.add_argument(
        "--font-size",
        type=font_size_arg,
        metavar="N",
        help="text size in points, 14 to 36 (default 14)",
    )
    statement.set_defaults(handler=_statement)
