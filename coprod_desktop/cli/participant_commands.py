"""``coprod participants ...``: add, edit, show, list, pause, leave and reactivate."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from coprod_desktop.cli.context import opened
from coprod_desktop.cli.dates import money_arg
from coprod_desktop.cli.option_types import (
    CLEAR,
    CONSENT_SCOPES,
    choice_type,
    date_type,
    id_type,
    scope_type,
)
from coprod_desktop.cli.table import format_table
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.exports.participants_csv import write_participants_csv
from coprod_desktop.money import format_money
from coprod_desktop.services import participant_search, participants
from coprod_desktop.services.participant_types import (
    ParticipantData,
    ParticipantQuery,
    ParticipantRecord,
    SortKey,
    StatusFilter,
)
from coprod_desktop.services.validation import FIELD_LABELS
from coprod_desktop.vocabulary import (
    AccessNeed,
    Choice,
    ConsentMethod,
    ContactMethod,
    PaymentPreference,
    Role,
    Status,
)


def _add_detail_options(
    parser: argparse.ArgumentParser, *, name_required: bool, editing: bool = False
) -> None:
    parser.add_argument("--name", required=name_required, help="the name they want us to use")
    parser.add_argument("--full-name")
    parser.add_argument("--pronouns", help="e.g. she/her, they/them")
    parser.add_argument("--email")
    parser.add_argument("--phone", help="UK numbers as 07700 900123; others with +country code")
    parser.add_argument("--address", help="postal address (use \\n between lines)")
    parser.add_argument("--postcode")
    parser.add_argument(
        "--contact",
        type=choice_type(ContactMethod),
        help="best way to contact them: "
        + ", ".join(m.value.replace("_", "-") for m in ContactMethod),
    )
    parser.add_argument(
        "--role",
        action="append",
        type=choice_type(Role),
        help="repeat for several: " + ", ".join(r.value.replace("_", "-") for r in Role),
    )
    parser.add_argument("--role-other", help="describe an 'other' role")
    parser.add_argument(
        "--access-need",
        action="append",
        type=choice_type(AccessNeed),
        help="repeat for several: " + ", ".join(n.value.replace("_", "-") for n in AccessNeed),
    )
    parser.add_argument("--access-other", help="any other access needs, in words")
    parser.add_argument(
        "--consent-date", type=date_type, help="YYYY-MM-DD or DD/MM/YYYY (none: clear it)"
    )
    parser.add_argument(
        "--consent-method",
        type=choice_type(ConsentMethod),
        help=", ".join(m.value.replace("_", "-") for m in ConsentMethod),
    )
    parser.add_argument(
        "--consent-covers",
        action="append",
        type=scope_type,
        help="repeat for several: contact, photos, sharing (anonymised data with funders)",
    )
    parser.add_argument(
        "--payment",
        type=choice_type(PaymentPreference),
        help=", ".join(p.value.replace("_", "-") for p in PaymentPreference),
    )
    parser.add_argument(
        "--weekly-limit",
        type=money_arg("Weekly earnings limit", clearable=True),
        metavar="AMOUNT",
        help="earnings a week (Monday to Sunday) they asked us to keep them under, such as "
        "183.00 (none: stop watching)",
    )
    parser.add_argument(
        "--monthly-limit",
        type=money_arg("Monthly earnings limit", clearable=True),
        metavar="AMOUNT",
        help="earnings a month to keep them under, such as 411.00 for a Universal Credit work "
        "allowance (none: stop watching)",
    )
    parser.add_argument(
        "--month-starts",
        type=_day_of_month,
        metavar="DAY",
        help="the day of the month their months start, 1 to 31 (for Universal Credit, the day "
        "their claim started; 1 if not given)",
    )
    parser.add_argument(
        "--tax-year-limit",
        type=money_arg("Tax-year earnings limit", clearable=True),
        metavar="AMOUNT",
        help="earnings a tax year (6 April to 5 April) to keep them under (none: stop watching)",
    )
    parser.add_argument(
        "--limit-note", metavar="TEXT", help="what the limits are for, e.g. 'permitted work'"
    )
    parser.add_argument("--notes")
    parser.add_argument(
        "--no-consent",
        action="store_true",
        help="clear the consent record (date, how, what it covers), e.g. when it is withdrawn",
    )
    named = parser.add_mutually_exclusive_group()
    named.add_argument(
        "--named-in-documents",
        action="store_true",
        help="they agree to be named in meeting summaries and exports (part of their consent, "
        "so it needs --consent-date and --consent-method too)",
    )
    if editing:  # a new person is not named unless they agree, so only edit needs this
        named.add_argument(
            "--not-named-in-documents",
            action="store_true",
            help="they no longer agree to be named: documents count them instead",
        )


def _day_of_month(text: str) -> int:
    """A whole number for --month-starts; whether it is 1 to 31 the service checks and says."""
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"Day their month starts '{text}' is not a day of the month. Give a number from 1 "
            "to 31, such as 15."
        ) from None


def _apply_options(data: ParticipantData, args: argparse.Namespace) -> ParticipantData:
    """Overlay the options that were given on ``data``; options not given leave a field alone."""
    changes: dict[str, Any] = {}
    text_options = {
        "name": "preferred_name",
        "full_name": "full_name",
        "pronouns": "pronouns",
        "email": "email",
        "phone": "phone",
        "postcode": "postcode",
        "role_other": "role_other",
        "access_other": "access_other",
        "notes": "notes",
        "limit_note": "limit_note",
    }
    for option, field in text_options.items():
        value = getattr(args, option)
        if value is not None:
            changes[field] = value
    if args.address is not None:
        changes["address"] = args.address.replace("\\n", "\n")
    for option, field in (
        ("contact", "preferred_contact"),
        ("consent_method", "consent_method"),
        ("payment", "payment_preference"),
        ("consent_date", "consent_date"),
        ("weekly_limit", "weekly_limit_pence"),
        ("monthly_limit", "monthly_limit_pence"),
        ("month_starts", "limit_month_starts"),
        ("tax_year_limit", "tax_year_limit_pence"),
    ):
        value = getattr(args, option)
        if value is not None:
            changes[field] = None if value is CLEAR else value
    if args.role is not None:
        changes["roles"] = frozenset(r for r in args.role if r is not CLEAR)
        if not changes["roles"] and args.role_other is None:
            changes["role_other"] = ""  # "--role none" leaves no "other" role behind
    if args.access_need is not None:
        changes["access_needs"] = frozenset(n for n in args.access_need if n is not CLEAR)
    if args.consent_covers is not None:
        covered = {c for c in args.consent_covers if c is not CLEAR}
        for scope, field in CONSENT_SCOPES.items():
            changes[field] = scope in covered
    if args.no_consent:
        changes.update(
            consent_date=None,
            consent_method=None,
            consent_contact=False,
            consent_photos=False,
            consent_share_anonymised=False,
            consent_named_in_documents=False,
        )
    # After --no-consent, so that asking for both is refused (no consent is recorded to cover
    # it) rather than one quietly winning.
    if args.named_in_documents:
        changes["consent_named_in_documents"] = True
    if getattr(args, "not_named_in_documents", False):  # an option of edit only
        changes["consent_named_in_documents"] = False
    return replace(data, **changes)


def _add(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    data = _apply_options(ParticipantData(preferred_name=""), args)
    with opened(choice) as database, database.transaction() as session:
        new_id = participants.add_participant(session, data)
    print(new_id)
    return 0


def _edit(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.transaction() as session:
        record = participants.get_participant(session, args.id)
        updated = participants.update_participant(
            session, args.id, _apply_options(record.data, args)
        )
    print(f"Saved {updated.data.preferred_name} (number {updated.id}).")
    return 0


def _describe(record: ParticipantRecord) -> list[tuple[str, str]]:
    data = record.data

    def label_of(value: Choice | None) -> str:
        return value.label if value is not None else ""

    def limit_text(pence: int | None) -> str:
        return "None set" if pence is None else format_money(pence)

    covers = [
        words
        for flag, words in (
            (data.consent_contact, "being contacted"),
            (data.consent_photos, "photographs"),
            (data.consent_share_anonymised, "sharing anonymised data with funders"),
        )
        if flag
    ]
    return [
        ("Number", str(record.id)),
        (FIELD_LABELS["preferred_name"], data.preferred_name),
        (FIELD_LABELS["full_name"], data.full_name),
        (FIELD_LABELS["pronouns"], data.pronouns),
        ("Status", f"{record.status.label} since {record.status_changed_at:%d %B %Y}"),
        (FIELD_LABELS["roles"], ", ".join(r.label for r in Role if r in data.roles)),
        (FIELD_LABELS["role_other"], data.role_other),
        (FIELD_LABELS["email"], data.email),
        (FIELD_LABELS["phone"], data.phone),
        (FIELD_LABELS["address"], data.address.replace("\n", ", ")),
        (FIELD_LABELS["postcode"], data.postcode),
        (FIELD_LABELS["preferred_contact"], label_of(data.preferred_contact)),
        (
            FIELD_LABELS["access_needs"],
            ", ".join(n.label for n in AccessNeed if n in data.access_needs),
        ),
        (FIELD_LABELS["access_other"], data.access_other),
        (
            "Consent",
            f"given {data.consent_date:%d %B %Y} ({label_of(data.consent_method)}), covering "
            + ", ".join(covers)
            if data.consent_date
            else "not recorded",
        ),
        (
            # Shorter than its form label, so the other lines keep their alignment.
            "Named in documents",
            "Yes: they may be named in meeting summaries and exports"
            if data.consent_named_in_documents
            else "No: documents count them, or show a number instead of their name",
        ),
        (FIELD_LABELS["payment_preference"], label_of(data.payment_preference) or "Not asked yet"),
        (FIELD_LABELS["weekly_limit_pence"], limit_text(data.weekly_limit_pence)),
        (FIELD_LABELS["monthly_limit_pence"], limit_text(data.monthly_limit_pence)),
        (FIELD_LABELS["limit_month_starts"], f"Day {data.limit_month_starts or 1} of the month"),
        (FIELD_LABELS["tax_year_limit_pence"], limit_text(data.tax_year_limit_pence)),
        (FIELD_LABELS["limit_note"], data.limit_note),
        (FIELD_LABELS["notes"], data.notes),
        ("Added", f"{record.created_at:%d %B %Y %H:%M} UTC"),
        ("Last changed", f"{record.updated_at:%d %B %Y %H:%M} UTC"),
    ]


def _show(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        record = participants.get_participant(session, args.id)
    lines = _describe(record)
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label + ':':<{width + 1}} {value}")
    return 0


def _list(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    access = args.access_need
    query = ParticipantQuery(
        text=args.search or "",
        role=args.role,
        status=args.status,
        access_need=access if isinstance(access, AccessNeed) else None,
        access_other=access == "other",
        sort=args.sort,
        descending=args.descending,
    )
    with opened(choice) as database, database.reading() as session:
        rows = participant_search.search(session, query)
    if args.format == "csv":
        write_participants_csv(sys.stdout, rows)
        return 0
    if not rows:
        print("No one matches.", file=sys.stderr)
        return 0
    header = ("ID", "Name", "Roles", "Status", "Email", "Phone", "Postcode")
    table = [
        (str(r.id), r.preferred_name, r.roles_text, r.status.label, r.email, r.phone, r.postcode)
        for r in rows
    ]
    print(format_table(header, table))
    print(f"{len(rows):,} {'person' if len(rows) == 1 else 'people'}", file=sys.stderr)
    return 0


def _status_command(status: Status, verb: str) -> Any:
    def handler(args: argparse.Namespace, choice: DatabaseChoice) -> int:
        with opened(choice) as database, database.transaction() as session:
            previous = participants.set_status(session, args.id, status)
            name = participants.get_participant(session, args.id).data.preferred_name
        if previous == status:
            print(f"{name} (number {args.id}) was already {status.label.lower()}.")
        else:
            print(f"{name} (number {args.id}) is now {status.label.lower()} ({verb}).")
        return 0

    return handler


def _access_filter(text: str) -> AccessNeed | str:
    if text.strip().casefold() == "other":
        return "other"
    try:
        return AccessNeed.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{error}, other") from None


def _status_filter(text: str) -> StatusFilter:
    try:
        return StatusFilter(text.strip().casefold())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a status: use " + ", ".join(s.value for s in StatusFilter)
        ) from None


def register(commands: Any) -> None:
    group = commands.add_parser("participants", help="the people on the register")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="add someone; prints their new number")
    _add_detail_options(add, name_required=True)
    add.set_defaults(handler=_add)

    edit = sub.add_parser(
        "edit",
        help="change someone's details (options not given stay as they are)",
        description="Change someone's details. Options not given stay as they are; give an "
        "empty text (--email '') or 'none' (--payment none, --role none) to clear a field.",
    )
    edit.add_argument("id", type=id_type)
    _add_detail_options(edit, name_required=False, editing=True)
    edit.set_defaults(handler=_edit)

    show = sub.add_parser("show", help="everything held about one person")
    show.add_argument("id", type=id_type)
    show.set_defaults(handler=_show)

    listing = sub.add_parser("list", help="list people, optionally searching and filtering")
    listing.add_argument("--search", metavar="TEXT", help="words in name, email, phone or postcode")
    listing.add_argument("--role", type=choice_type(Role, clearable=False))
    listing.add_argument(
        "--status",
        type=_status_filter,
        default=StatusFilter.CURRENT,
        help="current (active or paused; the default), active, paused, left, all",
    )
    listing.add_argument("--access-need", type=_access_filter)
    listing.add_argument(
        "--sort",
        type=SortKey,
        choices=list(SortKey),
        default=SortKey.NAME,
        metavar="KEY",
        help=", ".join(k.value for k in SortKey),
    )
    listing.add_argument("--descending", action="store_true")
    listing.add_argument("--format", choices=("table", "csv"), default="table")
    listing.set_defaults(handler=_list)

    for action, status, verb, text in (
        ("pause", Status.PAUSED, "paused", "pause someone (they stay on the register)"),
        ("leave", Status.LEFT, "archived", "mark someone as having left (archived, not deleted)"),
        ("reactivate", Status.ACTIVE, "active again", "make someone active again"),
    ):
        command = sub.add_parser(action, help=text)
        command.add_argument("id", type=id_type)
        command.set_defaults(handler=_status_command(status, verb))
