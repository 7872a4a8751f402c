"""``coprod demo-data``: fill a database with made-up people, projects, sessions and payments so
a new user can try the app."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from coprod_desktop.cli.context import EXIT_INPUT, CommandError, opened
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.services import demo_data, participant_search
from coprod_desktop.vocabulary import PaymentKind, PaymentStatus

MAX_PEOPLE = 1_000_000


def _count(text: str) -> int:
    try:
        value = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 1 <= value <= MAX_PEOPLE:
        raise argparse.ArgumentTypeError(f"choose between 1 and {MAX_PEOPLE:,} people")
    return value


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None


def _demo(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    started = time.monotonic()
    shown = [0.0]

    def progress(done: int) -> None:
        # Progress only for runs long enough to wonder about, and only to a terminal.
        now = time.monotonic()
        if sys.stderr.isatty() and now - started > 1 and now - shown[0] > 0.2:
            shown[0] = now
            print(f"\rAdding sample people: {done:,} of {args.people:,}", end="", file=sys.stderr)

    def step(what: str) -> None:
        if sys.stderr.isatty() and time.monotonic() - started > 1:
            shown[0] = time.monotonic()
            print(f"\r\033[K{what}…", end="", file=sys.stderr)

    with opened(choice) as database:
        with database.reading() as session:
            existing = participant_search.count_all(session)
        if existing and not args.add_to_existing:
            raise CommandError(
                f"The register at {database.location} already has {existing:,} people. Adding "
                "made-up people would mix them with real ones. Use a new database (for example "
                "coprod --db sample.sqlite3 demo-data ...), or add --add-to-existing if this is "
                "a test database.",
                EXIT_INPUT,
            )
        with database.transaction() as session:
            summary = demo_data.add_demo_data(session, args.people, args.seed, progress, step=step)
    if sys.stderr.isatty() and shown[0]:
        print(file=sys.stderr)
    print(f"Added {summary.people:,} sample people to {database.location}.")
    for line in summary_lines(summary):
        print(f"  {line}")
    return 0


def _counted(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def summary_lines(summary: demo_data.DemoSummary) -> list[str]:
    """What else was added, in words: projects, sessions, payments by status and kind."""
    made = summary.projects
    if not made.projects:
        return []
    paid = made.payments
    kinds = made.kinds
    lines = [
        f"{_counted(made.projects, 'project', 'projects')}, "
        f"{_counted(made.sessions, 'session', 'sessions')} "
        f"({made.upcoming_sessions:,} still to come), "
        f"{_counted(made.register_places, 'place', 'places')} on registers",
        f"{_counted(sum(paid.values()), 'payment', 'payments')}: "
        + ", ".join(f"{paid[s]:,} {s.label.lower()}" for s in PaymentStatus)
        + (f" (including {made.reversals} reversal)" if made.reversals == 1 else ""),
        "by kind: "
        + ", ".join(
            _counted(kinds[kind], one, many)
            for kind, one, many in (
                (PaymentKind.FEE, "fee", "fees"),
                (PaymentKind.VOUCHER, "voucher", "vouchers"),
                (PaymentKind.EXPENSE, "expense claim", "expense claims"),
                (PaymentKind.RECOGNITION, "thank-you", "thank-yous"),
            )
        ),
    ]
    if made.rate_change is not None:
        lines.append(
            f"sample rates 10% higher from {made.rate_change.day} {made.rate_change:%B %Y} "
            "(see the Policy screen)"
        )
    plans = summary.plans
    if plans.actions:
        lines.append(
            f"{_counted(plans.goals, 'shared goal', 'shared goals')} and "
            f"{_counted(plans.actions, 'action', 'actions')} ({plans.overdue:,} overdue, "
            f"{plans.needing_new_owner:,} needing a new owner), "
            f"{_counted(plans.decisions, 'decision', 'decisions')}, "
            f"{_counted(plans.feedback, 'feedback item', 'feedback items')} "
            f"({plans.feedback_answered:,} with a response)"
        )
    monitoring = summary.monitoring
    if monitoring.forms:
        lines.append(
            f"diversity monitoring answers for {monitoring.people_with_answers:,} "
            f"{'person' if monitoring.people_with_answers == 1 else 'people'} "
            f"({monitoring.never_asked:,} never asked, {monitoring.prefer_not_to_say:,} "
            "answers 'prefer not to say')"
        )
    if made.limits_set:
        lines.append(
            f"{_counted(made.limits_set, 'person has', 'people have')} an earnings limit to watch"
        )
    meetings = summary.meetings
    if meetings.agendas:
        lines.append(
            f"agendas for {_counted(meetings.agendas, 'session', 'sessions')} "
            f"({_counted(meetings.items, 'item', 'items')}); "
            f"{_counted(meetings.named_people, 'person agreed', 'people agreed')} "
            "to be named in documents"
        )
    stories = summary.stories
    if stories.stories:
        lines.append(
            f"{_counted(stories.stories, 'story', 'stories')} under "
            f"{_counted(stories.themes, 'theme', 'themes')} ({stories.internal_only:,} internal "
            f"only, {stories.anonymised:,} anonymised, {stories.with_name:,} with a name; "
            f"{stories.cited:,} cited by decisions)"
        )
    journey = summary.journey
    if journey.moves or journey.checks:
        lines.append(
            f"{_counted(journey.moves, 'move', 'moves')} round the cycle, "
            f"{_counted(journey.checks, 'values self-check', 'values self-checks')} "
            f"({journey.staff_only_checks:,} by staff alone)"
        )
    development = summary.development
    if development.entries:
        lines.append(
            f"{_counted(development.entries, 'development log entry', 'development log entries')}"
            f" for {_counted(development.people, 'person', 'people')}"
        )
    return lines


def register(commands: Any) -> None:
    demo = commands.add_parser(
        "demo-data",
        help="add made-up sample people (names from many cultures), with projects, sessions "
        "and payments, to try the app",
    )
    demo.add_argument("--people", type=_count, required=True, metavar="N")
    demo.add_argument(
        "--seed", type=_seed, metavar="S", help="same seed (on the same day), same sample data"
    )
    demo.add_argument(
        "--add-to-existing",
        action="store_true",
        help="allow adding to a register that already has people in it",
    )
    demo.set_defaults(handler=_demo)
