"""``coprod monitoring ...``: people's diversity monitoring answers, kept apart, shown on purpose.

    coprod monitoring record --participant ID --collected DATE --method HOW [--age-band CODE ...]
    coprod monitoring status --participant ID            (when forms were collected; no answers)
    coprod monitoring show --participant ID --reveal     (the answers; the look is logged)
    coprod monitoring remove --participant ID [--yes]    (at their request; deletes every form)
    coprod monitoring log [--participant ID]
    coprod monitoring local-question [--set TEXT --answer A --answer B | --clear]
    coprod monitoring blank-form --out FILE.pdf [--font-size N]

Only ``show --reveal`` ever prints what someone answered; nothing else here does, so output
of the other commands can be pasted into an email or a support request. ``--by`` names who is
doing it for the access log; it defaults to this computer's user name.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from coprod_desktop import monitoring_standard as standard
from coprod_desktop.cli.context import EXIT_INPUT, CommandError, opened
from coprod_desktop.cli.dates import date_arg, number_arg
from coprod_desktop.cli.option_types import choice_type
from coprod_desktop.cli.table import format_table
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.monitoring_standard import PREFER_NOT_TO_SAY
from coprod_desktop.services import monitoring, participants
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.monitoring import (
    VIA_COMMAND_LINE,
    MonitoringAnswers,
    MonitoringFormData,
    MonitoringFormRecord,
)
from coprod_desktop.vocabulary import MonitoringMethod

WRITE_IN_OPTIONS = {
    "gender_identity": "gender identity, if they answered 'different'",
    "sexual_orientation": "sexual orientation, if they answered 'other'",
    "ethnic_group": "ethnic group or background, for one of the 'any other' answers",
}


def _option(code: str) -> str:
    return "--" + code.replace("_", "-")


def answer_code(text: str) -> str:
    """An answer's code as typed ("45-54", "Prefer-not-to-say", "75+") -> "45_54" and so on.
    Whether it is an answer to the question is checked by the service, which lists every
    problem at once with the answers allowed."""
    return text.strip().casefold().replace("+", "_plus").replace("-", "_").replace(" ", "_")


answer_code.__name__ = "answer"  # argparse names the type in some messages


def _by(args: argparse.Namespace) -> str:
    """Who is doing it, for the log: --by, else this computer's user name (or "" if it has
    none, which the service refuses with a message asking for --by)."""
    if args.by is not None:
        return str(args.by)
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _who(session: Any, participant_id: int) -> str:
    record = participants.get_participant(session, participant_id)
    return f"{record.data.preferred_name} (person {participant_id})"


def _plural(count: int, one: str) -> str:
    return f"{count:,} {one if count == 1 else one + 's'}"


def _hint_show(participant_id: int) -> str:
    return (
        "Their answers are hidden. To see them (the look is recorded in the access log), run: "
        f"coprod monitoring show --participant {participant_id} --reveal"
    )


# --- record ------------------------------------------------------------------------------------
def _record(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    values: dict[str, Any] = {q.code: getattr(args, q.code) for q in standard.QUESTIONS}
    for code in WRITE_IN_OPTIONS:
        values[f"{code}_write_in"] = getattr(args, f"{code}_write_in") or ""
    values["local_answer"] = args.local_answer or ""
    data = MonitoringFormData(
        participant_id=args.participant,
        collected_on=args.collected,
        method=args.method,
        answers=MonitoringAnswers(**values),
    )
    with opened(choice) as database, database.transaction() as session:
        form_id = monitoring.record_form(session, data, _by(args), VIA_COMMAND_LINE, today_here())
        who = _who(session, args.participant)
        forms = monitoring.has_answers(session, args.participant)
    # Said without the answers, so the confirmation is safe to show anyone.
    print(
        f"Recorded monitoring form {form_id} for {who}, collected on "
        f"{long_date(args.collected)} ({args.method.label})."
    )
    if forms and forms[0].form_id != form_id:
        print(
            f"Reports still use their form collected on {long_date(forms[0].collected_on)}, "
            "which is newer.",
            file=sys.stderr,
        )
    elif len(forms) > 1:
        print("It replaces their older form in reports; the older one is kept.", file=sys.stderr)
    return 0


# --- status: dates only --------------------------------------------------------------------------
def _status(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        who = _who(session, args.participant)
        forms = monitoring.has_answers(session, args.participant)
    if not forms:
        print(f"{who} has no monitoring answers.")
        return 0
    rows = [
        (
            str(form.form_id),
            long_date(form.collected_on),
            form.method.label,
            "Yes" if number == 0 else "No (replaced)",
        )
        for number, form in enumerate(forms)
    ]
    print(f"{who}: {_plural(len(forms), 'monitoring form')}.")
    print(format_table(("Form", "Collected on", "How", "Used in reports"), rows))
    print(_hint_show(args.participant), file=sys.stderr)
    return 0


# --- show: answers, on purpose -------------------------------------------------------------------
def _answer_text(answers: MonitoringAnswers, question: standard.Question) -> str:
    code = answers.answer_to(question.code)
    label = question.label_of(code)
    if code not in (None, PREFER_NOT_TO_SAY) and label.endswith(")") and question.write_in:
        label = label.split(" (")[0]  # "No (you can write in ...)": a form's wording
    written = answers.write_in_for(question.code)
    return f"{label}: {written}" if written else label


def form_lines(record: MonitoringFormRecord) -> list[str]:
    """One form as lines of text: a heading line, then one line for each answer."""
    data = record.data
    used = ": the one reports use" if record.is_latest else ": replaced by a newer form"
    lines = [
        f"Form {record.id}, collected on {long_date(data.collected_on)} ({data.method.label}){used}"
    ]
    for question in standard.QUESTIONS:
        lines.append(f"  {question.short}: {_answer_text(data.answers, question)}")
    if data.answers.local_answer:
        lines.append(f"  Your own question: {data.answers.local_answer}")
    return lines


def _show(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    if not args.reveal:
        # Refused before the database is opened: nothing is read, so nothing needs logging.
        raise CommandError(
            "Nothing was shown. Monitoring answers are special-category personal data "
            "(ethnicity, health, sexuality, religion), so one person's answers stay hidden "
            "unless someone deliberately asks to see them, and every look is recorded in the "
            "access log with the name given and the time. To see them, run: coprod monitoring "
            f"show --participant {args.participant} --reveal [--by YOUR-NAME]. To see only "
            f"when forms were collected: coprod monitoring status --participant "
            f"{args.participant}",
            EXIT_INPUT,
        )
    by = _by(args)
    with opened(choice) as database, database.transaction() as session:
        who = _who(session, args.participant)
        records = monitoring.reveal_answers(session, args.participant, by, VIA_COMMAND_LINE)
    if not records:
        print(f"{who} has no monitoring answers.")
    else:
        print(f"{who}: {_plural(len(records), 'monitoring form')}, newest first.")
        for record in records:
            print()
            print("\n".join(form_lines(record)))
    print(f"This look was recorded in the access log, by {' '.join(by.split())}.", file=sys.stderr)
    return 0


# --- remove, at their request --------------------------------------------------------------------
def _confirmed(question: str) -> bool:
    """Ask on the terminal; anything but "yes" (or "y") is no."""
    print(question, end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip().casefold() in ("yes", "y")


def _remove(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    by = _by(args)
    with opened(choice) as database:
        with database.reading() as session:
            who = _who(session, args.participant)
            count = len(monitoring.has_answers(session, args.participant))
        if not args.yes:
            if not sys.stdin.isatty():
                raise CommandError(
                    f"Nothing was removed. {who} has {_plural(count, 'monitoring form')}. To "
                    "remove them all, run the command again with --yes.",
                    EXIT_INPUT,
                )
            if not _confirmed(
                f"{who} has {_plural(count, 'monitoring form')}. Remove them all? This "
                "deletes their answers for good; the access log keeps only that they were "
                "removed. Type yes to remove them: "
            ):
                raise CommandError("Nothing was removed.", EXIT_INPUT)
        with database.transaction() as session:
            removed = monitoring.remove_answers(session, args.participant, by, VIA_COMMAND_LINE)
    if removed:
        print(f"Removed {_plural(removed, 'monitoring form')} of {who}.")
    else:
        print(f"{who} had no monitoring answers to remove; the request was logged.")
    return 0


# --- the access log ------------------------------------------------------------------------------
def _log(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database, database.reading() as session:
        if args.participant is not None:
            participants.get_participant(session, args.participant)  # an unknown number is said
        entries = monitoring.access_log(session, args.participant)
    if not entries:
        print("The access log is empty.", file=sys.stderr)
        return 0
    rows = []
    for entry in entries:
        local = entry.happened_at.astimezone()  # stored in UTC, shown in this computer's time
        rows.append(
            (
                f"{long_date(local.date())} {local:%H:%M}",
                entry.access.label,
                "removed" if entry.participant_id is None else str(entry.participant_id),
                entry.by_whom,
                entry.via,
            )
        )
    print(format_table(("When", "What", "Person", "By", "From"), rows, max_width=40))
    return 0


# --- the group's own question --------------------------------------------------------------------
def _local_question(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    if args.answer and args.set is None:
        raise CommandError(
            '--answer goes with --set: give the question with --set "..." and each of its '
            "answers with --answer. Nothing was changed.",
            EXIT_INPUT,
        )
    with opened(choice) as database:
        if args.set is not None:
            with database.transaction() as session:
                monitoring.set_local_question(session, args.set, list(args.answer or []))
        elif args.clear:
            with database.transaction() as session:
                monitoring.clear_local_question(session)
            print("The form no longer asks a question of your own.")
            return 0
        with database.reading() as session:
            question = monitoring.get_local_question(session)
    if question is None:
        print("The form asks no question of your own. Add one with --set.")
        return 0
    print(f"Your own question: {question.text}")
    if question.answers:
        for answer in question.answers:
            print(f"  - {answer}")
    else:
        print("  (a free answer)")
    return 0


# --- the blank form ------------------------------------------------------------------------------
def font_size_arg(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"Text size '{text}' is not a whole number of points, such as 16."
        ) from None


def _blank_form(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    path: Path = args.out
    if path.suffix.casefold() != ".pdf":
        raise CommandError(
            f"'{path.name}' does not end in .pdf. Name the form's file ending .pdf, such as "
            "monitoring-form.pdf. Nothing was saved.",
            EXIT_INPUT,
        )
    with opened(choice) as database, database.reading() as session:
        question = monitoring.get_local_question(session)
    # Imported here: WeasyPrint is slow to load.
    from coprod_desktop.reports.monitoring_form_pdf import write_blank_form_pdf

    try:
        write_blank_form_pdf(
            path,
            font_size=args.font_size,
            local_question=question.text if question else "",
            local_answers=list(question.answers) if question else [],
            organisation=args.organisation or "",
        )
    except ValueError as error:  # a text size out of range
        raise CommandError(f"{error} Nothing was saved.", EXIT_INPUT) from error
    # DocumentProblem (the file could not be saved) is a ServiceError: run_command says why.
    print(f"Saved the blank monitoring form to {path}.")
    return 0


# --- the commands --------------------------------------------------------------------------------
def _add_by(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by",
        metavar="NAME",
        help="who is doing it, for the access log (default: this computer's user name)",
    )


def register(commands: Any) -> None:
    group = commands.add_parser(
        "monitoring",
        help="diversity monitoring answers (kept apart; shown only on purpose)",
        description="Record, look at and remove people's diversity monitoring answers. "
        "Answers are hidden unless you ask to see them with 'show --reveal', and every look, "
        "recording and removal is kept in the access log.",
    )
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    person = number_arg("a person")

    record = sub.add_parser(
        "record",
        help="record a filled-in monitoring form",
        description="Record someone's monitoring form. Every answer is optional: leave a "
        "question out if it was not answered, or give prefer-not-to-say. A newer form "
        "replaces the older one in reports; the older one is kept with its date.",
    )
    record.add_argument("--participant", type=person, metavar="ID", required=True)
    record.add_argument(
        "--collected",
        type=date_arg("Date collected"),
        metavar="DATE",
        required=True,
        help="the day the form was filled in (YYYY-MM-DD or DD/MM/YYYY)",
    )
    record.add_argument(
        "--method",
        type=choice_type(MonitoringMethod, clearable=False),
        required=True,
        metavar="HOW",
        help=", ".join(m.value.replace("_", "-") for m in MonitoringMethod),
    )
    for question in standard.QUESTIONS:
        codes = ", ".join(a.code.replace("_", "-") for a in question.answers)
        record.add_argument(
            _option(question.code),
            dest=question.code,
            type=answer_code,
            metavar="CODE",
            help=f"{question.short}: {codes} or prefer-not-to-say",
        )
    for code, what in WRITE_IN_OPTIONS.items():
        record.add_argument(
            _option(code) + "-write-in",
            dest=f"{code}_write_in",
            metavar="TEXT",
            help=f"their own words for their {what}",
        )
    record.add_argument(
        "--local-answer", metavar="TEXT", help="their answer to your group's own question"
    )
    _add_by(record)
    record.set_defaults(handler=_record)

    status = sub.add_parser(
        "status",
        help="when someone's forms were collected (never their answers)",
        description="Show when each of someone's monitoring forms was collected and how, and "
        "which one reports use. Their answers are not shown.",
    )
    status.add_argument("--participant", type=person, metavar="ID", required=True)
    status.set_defaults(handler=_status)

    show = sub.add_parser(
        "show",
        help="someone's answers: needs --reveal, and the look is logged",
        description="Show someone's monitoring answers, every form newest first. This needs "
        "--reveal, and each look is recorded in the access log with your name and the time.",
    )
    show.add_argument("--participant", type=person, metavar="ID", required=True)
    show.add_argument(
        "--reveal", action="store_true", help="yes, show their answers (the look is logged)"
    )
    _add_by(show)
    show.set_defaults(handler=_show)

    remove = sub.add_parser(
        "remove",
        help="delete every monitoring form of someone, at their request",
        description="Delete all of someone's monitoring answers, at their request. They then "
        "count nowhere; the access log keeps only that they were removed, by whom and when. "
        "Asks first, unless --yes is given.",
    )
    remove.add_argument("--participant", type=person, metavar="ID", required=True)
    remove.add_argument("--yes", action="store_true", help="remove without asking")
    _add_by(remove)
    remove.set_defaults(handler=_remove)

    log = sub.add_parser(
        "log",
        help="who looked at, recorded or removed answers, and when",
        description="The access log, newest first: every look at someone's answers, every "
        "form recorded and every removal, with who and when. It holds no answers.",
    )
    log.add_argument("--participant", type=person, metavar="ID")
    log.set_defaults(handler=_log)

    local = sub.add_parser(
        "local-question",
        help="your group's own question on the form: show, set or clear it",
        description="Show the question of your own the form asks, set a new one (with "
        "--answer for each set answer, or none for a free answer) or stop asking it.",
    )
    which = local.add_mutually_exclusive_group()
    which.add_argument("--set", metavar="TEXT", help="the question to ask from now on")
    which.add_argument("--clear", action="store_true", help="stop asking a question of your own")
    local.add_argument(
        "--answer", action="append", metavar="TEXT", help="one of its answers (repeat for each)"
    )
    local.set_defaults(handler=_local_question)

    blank = sub.add_parser(
        "blank-form",
        help="the blank form as a large-print PDF, for people who prefer paper",
        description="Save the blank monitoring form as a tagged, large-print PDF, with your "
        "group's own question if you have one.",
    )
    blank.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    blank.add_argument(
        "--font-size",
        type=font_size_arg,
        default=16,
        metavar="N",
        help="text size in points, 14 to 36 (default 16)",
    )
    blank.add_argument("--organisation", metavar="NAME", help="your group's name, to print on it")
    blank.set_defaults(handler=_blank_form)
