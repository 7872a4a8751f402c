"""Who may be named in a document, and lists of names in words.

Summaries, action plans and exports name a person only if they agreed to be named in documents
(``Participant.consent_named_in_documents``); everyone else is "a group member" or counted.
Staff who are not on the register are always named.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from unicodedata import bidirectional

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services.actions import ActionRecord
from coprod_desktop.storage.models import Participant

GROUP_MEMBER = "a group member"
GROUP_MEMBERS = "group members"
NEEDS_NEW_OWNER = "needs a new owner"

# Unicode's first-strong isolate and its end: the text between is laid out on its own.
ISOLATE_START = "\u2068"
ISOLATE_END = "\u2069"


def isolated(name: str) -> str:
    """A name in a right-to-left script (Arabic, Hebrew) set apart from what is around it, so
    that in "Amira, שרה, نور and 2 others" each name keeps its place in the list; otherwise
    the two names would run together as one right-to-left phrase and swap places."""
    if any(bidirectional(char) in ("R", "AL") for char in name):
        return f"{ISOLATE_START}{name}{ISOLATE_END}"
    return name


def and_list(items: Sequence[str]) -> str:
    """'Amira', 'Amira and Bea', 'Amira, Bea and Cal'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def named_people(session: Session, participant_ids: Iterable[int]) -> set[int]:
    """Which of these people agreed to be named in documents."""
    wanted = set(participant_ids)
    if not wanted:
        return set()
    return set(
        session.scalars(
            select(Participant.id).where(
                Participant.id.in_(wanted), Participant.consent_named_in_documents.is_(True)
            )
        )
    )


def owners_in_words(action: ActionRecord, named: Collection[int]) -> str:
    """Who is doing an action, naming only those who may be named:
    'Amira, Priya (staff) and 2 group members'; 'A group member: needs a new owner'."""
    names: list[str] = []
    unnamed = 0
    for owner in action.owners:
        participant_id = owner.owner.participant_id
        if participant_id is None:
            names.append(isolated(owner.name))  # staff: "Priya (staff)"
        elif participant_id in named:
            name = isolated(owner.name)
            names.append(f"{name} (has left)" if owner.has_left else name)
        else:
            unnamed += 1
    if unnamed == 1:
        names.append(GROUP_MEMBER)
    elif unnamed:
        names.append(f"{unnamed:,} {GROUP_MEMBERS}")
    text = and_list(names) or "Nobody yet"
    text = text[0].upper() + text[1:]
    return f"{text}: {NEEDS_NEW_OWNER}" if action.needs_new_owner else text
