"""A session's agenda: its items in order, who leads each and the time allowed.

The agenda is saved whole: ``set_agenda`` replaces every item at once, numbered 1, 2, 3 … in
the order given, so a list that was reordered, shortened or added to is stored as it was shown.
Each problem names the item's number ("Item 3: the title is needed."), so a person can find it
in the list, and every problem goes to the one field ``AGENDA_FIELD``: the screens show them
all beside the agenda.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop import limits
from coprod_desktop.services import sessions
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import Checker, FieldProblem, ValidationError
from coprod_desktop.services.sessions import SessionData, SessionUpdate
from coprod_desktop.storage.models import AgendaItem, ProjectSession
from coprod_desktop.storage.types import utc_now

AGENDA_FIELD = "agenda"
AGENDA_LABEL = "Agenda"
# Sessions run within one day, so no item can be given longer.
MAX_ITEM_MINUTES = 24 * 60
# Far more than any meeting has; stops a pasted file becoming thousands of items.
MAX_ITEMS = 100


@dataclass(frozen=True)
class AgendaItemData:
    title: str
    details: str = ""
    lead: str = ""  # who leads the item: a name, or a role such as "Chair"
    minutes: int | None = None  # time allowed, if agreed


@dataclass(frozen=True)
class AgendaItemRecord:
    id: int
    position: int  # 1, 2, 3 … in the agenda's order
    data: AgendaItemData


def _labels(number: int) -> dict[str, str]:
    return {
        "title": f"Item {number}: the title",
        "details": f"Item {number}: the details text",
        "lead": f"Item {number}: the name of who leads it",
        "minutes": f"Item {number}: the time allowed",
    }


def _check_item(number: int, item: AgendaItemData) -> tuple[AgendaItemData, list[FieldProblem]]:
    check = Checker(_labels(number))
    title = check.single_line("title", item.title, limits.AGENDA_TITLE_MAX)
    if not title and not check.has("title"):
        check.add(
            "title",
            f"Item {number}: the title is needed. Say what the item is about, such as "
            "'Actions from last time', or remove the item.",
        )
    lead = check.single_line("lead", item.lead, limits.STAFF_NAME_MAX)
    details = check.multi_line("details", item.details, limits.DESCRIPTION_MAX)
    minutes = item.minutes
    # bool is an int in Python; True minutes is a mistake, not one minute.
    whole = isinstance(minutes, int) and not isinstance(minutes, bool)
    if minutes is not None and (not whole or not 0 < minutes <= MAX_ITEM_MINUTES):
        check.add(
            "minutes",
            f"Item {number}: the time allowed must be a whole number of minutes from 1 to "
            f"{MAX_ITEM_MINUTES:,}, such as 15. Leave it empty if no time is agreed.",
        )
    clean = replace(item, title=title, lead=lead, details=details)
    return clean, check.problems


def validate_agenda(items: Sequence[AgendaItemData]) -> tuple[AgendaItemData, ...]:
    """The items tidied (spaces trimmed, line breaks made plain), or a ValidationError with
    every problem, each naming its item's number, all under ``AGENDA_FIELD``."""
    problems: list[FieldProblem] = []
    if len(items) > MAX_ITEMS:
        problems.append(
            FieldProblem(
                AGENDA_FIELD,
                f"Agenda has {len(items):,} items, but can have at most {MAX_ITEMS}. "
                "Join some items together.",
                AGENDA_LABEL,
            )
        )
    clean: list[AgendaItemData] = []
    for number, item in enumerate(items, start=1):
        tidy, found = _check_item(number, item)
        clean.append(tidy)
        problems += [FieldProblem(AGENDA_FIELD, p.message, AGENDA_LABEL) for p in found]
    if problems:
        raise ValidationError(problems)
    return tuple(clean)


def _row(session: Session, session_id: int) -> ProjectSession:
    row = session.get(ProjectSession, session_id)
    if row is None:
        raise NotFound(f"There is no session with the number {session_id}.")
    return row


def _record(item: AgendaItem) -> AgendaItemRecord:
    return AgendaItemRecord(
        id=item.id,
        position=item.position,
        data=AgendaItemData(
            title=item.title, details=item.details, lead=item.lead, minutes=item.minutes
        ),
    )


def agenda_of(session: Session, session_id: int) -> list[AgendaItemRecord]:
    """The session's agenda in order (empty if it has none)."""
    _row(session, session_id)
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.session_id == session_id)
        .order_by(AgendaItem.position, AgendaItem.id)
    )
    return [_record(item) for item in items]


def set_agenda(
    session: Session, session_id: int, items: Sequence[AgendaItemData]
) -> list[AgendaItemRecord]:
    """Replace the session's whole agenda with ``items``, in that order (an empty list clears
    it). Nothing changes if any item is wrong (ValidationError) or the agenda is as it was."""
    clean = validate_agenda(items)
    row = _row(session, session_id)
    if tuple(_record(item).data for item in row.agenda) == clean:
        return [_record(item) for item in row.agenda]  # keeps "last changed" honest
    # The old items go (delete-orphan) and the new ones are numbered afresh.
    row.agenda = [
        AgendaItem(
            position=position,
            title=item.title,
            details=item.details,
            lead=item.lead,
            minutes=item.minutes,
        )
        for position, item in enumerate(clean, start=1)
    ]
    row.updated_at = utc_now()
    session.flush()
    return agenda_of(session, session_id)


def save_session_with_agenda(
    session: Session,
    session_id: int | None,
    data: SessionData,
    items: Sequence[AgendaItemData],
) -> SessionUpdate:
    """Add a session (``session_id`` None) or change one, and replace its agenda, as one save.

    Every problem with the session and with its agenda is reported together in one
    ValidationError; nothing is kept then, as long as the caller's transaction is rolled back
    (``database.transaction()`` does that on any error).
    """
    agenda_problems: list[FieldProblem] = []
    clean: tuple[AgendaItemData, ...] = ()
    try:
        clean = validate_agenda(items)
    except ValidationError as error:
        agenda_problems = error.problems
    try:
        if session_id is None:
            new_id = sessions.add_session(session, data)
            update = SessionUpdate(sessions.get_session(session, new_id))
        else:
            update = sessions.update_session(session, session_id, data)
    except ValidationError as error:
        raise ValidationError(error.problems + agenda_problems) from None
    if agenda_problems:
        raise ValidationError(agenda_problems)
    set_agenda(session, update.record.id, clean)
    return replace(update, record=sessions.get_session(session, update.record.id))


# --- in words ---------------------------------------------------------------------------------
def minutes_words(minutes: int) -> str:
    """45 -> '45 minutes', 60 -> '1 hour', 150 -> '2 hours 30 minutes'."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append("1 hour" if hours == 1 else f"{hours:,} hours")
    if rest or not hours:
        parts.append("1 minute" if rest == 1 else f"{rest} minutes")
    return " ".join(parts)


def agenda_minutes_text(items: Iterable[AgendaItemData | AgendaItemRecord]) -> str:
    """How long the agenda runs: 'about 1 hour 30 minutes in all', with how many items have
    no time set if some do; '' when no item has a time."""
    times = [(item.data if isinstance(item, AgendaItemRecord) else item).minutes for item in items]
    given = [m for m in times if m is not None]
    if not given:
        return ""
    text = f"about {minutes_words(sum(given))} in all"
    untimed = len(times) - len(given)
    if untimed == 1:
        text += " (1 item has no time set)"
    elif untimed:
        text += f" ({untimed} items have no time set)"
    return text
