"""Add, change, pause, archive and reactivate the people on the register."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, selectinload

from coprod_desktop.services.errors import Conflict, NotFound, ServiceError
from coprod_desktop.services.participant_types import ParticipantData, ParticipantRecord
from coprod_desktop.services.text_folding import digits, fold
from coprod_desktop.services.validation import validate_participant
from coprod_desktop.storage.models import Participant, ParticipantAccessNeed, ParticipantRole
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import Status

# Columns copied one-to-one between ParticipantData and the Participant table.
_PLAIN_FIELDS = (
    "preferred_name",
    "full_name",
    "pronouns",
    "email",
    "phone",
    "address",
    "postcode",
    "preferred_contact",
    "role_other",
    "access_other",
    "consent_date",
    "consent_method",
    "consent_contact",
    "consent_photos",
    "consent_share_anonymised",
    "consent_named_in_documents",
    "payment_preference",
    "weekly_limit_pence",
    "monthly_limit_pence",
    "limit_month_starts",
    "tax_year_limit_pence",
    "limit_note",
    "notes",
)


def search_fields(data: ParticipantData) -> dict[str, str]:
    """The derived columns the register searches and sorts on (see storage/models.py)."""
    parts = [fold(data.preferred_name), fold(data.full_name), data.email.casefold()]
    if data.phone:
        national = digits(data.phone)
        parts.append(national)
        if national.startswith("0"):
            # Also findable as typed from abroad: +44 7700 900123.
            parts.append("44" + national[1:])
    if data.postcode:
        parts += [data.postcode.casefold(), data.postcode.replace(" ", "").casefold()]
    return {"search_text": "\n".join(p for p in parts if p), "sort_name": fold(data.preferred_name)}


def _to_record(participant: Participant) -> ParticipantRecord:
    values: dict[str, Any] = {name: getattr(participant, name) for name in _PLAIN_FIELDS}
    data = ParticipantData(
        **values,
        roles=frozenset(r.role for r in participant.roles),
        access_needs=frozenset(n.need for n in participant.access_needs),
    )
    return ParticipantRecord(
        id=participant.id,
        data=data,
        status=participant.status,
        status_changed_at=participant.status_changed_at,
        created_at=participant.created_at,
        updated_at=participant.updated_at,
        version=participant.version,
    )


def _load(session: Session, participant_id: int) -> Participant:
    participant = session.get(
        Participant,
        participant_id,
        options=[selectinload(Participant.roles), selectinload(Participant.access_needs)],
    )
    if participant is None:
        raise NotFound(
            f"There is no one with the number {participant_id} on the register. They may have "
            "been removed; refresh the list and try again."
        )
    return participant


def _check_version(participant: Participant, expected_version: int | None) -> None:
    if expected_version is not None and participant.version != expected_version:
        raise Conflict(
            f"{participant.preferred_name}'s record was changed by someone else after you opened "
            "it. Nothing was saved. Close it, open it again to see their changes, then redo yours."
        )


def _apply(participant: Participant, data: ParticipantData) -> None:
    for name in _PLAIN_FIELDS:
        setattr(participant, name, getattr(data, name))
    for name, value in search_fields(data).items():
        setattr(participant, name, value)
    wanted_roles = set(data.roles)
    participant.roles = [r for r in participant.roles if r.role in wanted_roles] + [
        ParticipantRole(role=role)
        for role in sorted(wanted_roles - {r.role for r in participant.roles})
    ]
    wanted_needs = set(data.access_needs)
    participant.access_needs = [n for n in participant.access_needs if n.need in wanted_needs] + [
        ParticipantAccessNeed(need=need)
        for need in sorted(wanted_needs - {n.need for n in participant.access_needs})
    ]


def add_participant(
    session: Session,
    data: ParticipantData,
    *,
    today: date | None = None,
) -> int:
    """Add someone to the register (active from now) and return their number."""
    clean = validate_participant(data, today=today)
    now = utc_now()
    participant = Participant(
        status=Status.ACTIVE, status_changed_at=now, created_at=now, updated_at=now, version=1
    )
    _apply(participant, clean)
    session.add(participant)
    session.flush()
    return participant.id


def get_participant(session: Session, participant_id: int) -> ParticipantRecord:
    return _to_record(_load(session, participant_id))


def update_participant(
    session: Session,
    participant_id: int,
    data: ParticipantData,
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> ParticipantRecord:
    """Replace someone's details; ``expected_version`` guards against overwriting another edit."""
    clean = validate_participant(data, today=today)
    participant = _load(session, participant_id)
    _check_version(participant, expected_version)
    if _to_record(participant).data == clean:
        return _to_record(participant)  # nothing changed: keep the "last updated" time honest
    _apply(participant, clean)
    participant.updated_at = utc_now()
    session.flush()
    return _to_record(participant)


def set_status(
    session: Session,
    participant_id: int,
    status: Status,
    *,
    expected_version: int | None = None,
) -> Status:
    """Pause, archive (``LEFT``) or reactivate someone; return the status they had before."""
    participant = _load(session, participant_id)
    _check_version(participant, expected_version)
    previous = participant.status
    if previous != status:
        participant.status = status
        participant.status_changed_at = participant.updated_at = utc_now()
        session.flush()
    return previous


def remove_participant(
    session: Session, participant_id: int, *, expected_version: int | None = None
) -> ParticipantRecord:
    """Delete a record completely and return what it held (used to undo adding someone)."""
    participant = _load(session, participant_id)
    _check_version(participant, expected_version)
    record = _to_record(participant)
    session.delete(participant)
    session.flush()
    return record


def restore_participant(session: Session, record: ParticipantRecord) -> None:
    """Put back a record exactly as ``remove_participant`` returned it (redo of an add).

    Not validated again: the data was valid when it was saved, and checking it against today's
    rules (a consent date "in the future" across midnight, say) must not block putting it back.
    """
    participant = Participant(
        id=record.id,
        status=record.status,
        status_changed_at=record.status_changed_at,
        created_at=record.created_at,
        updated_at=record.updated_at,
        version=record.version,
    )
    _apply(participant, record.data)
    session.add(participant)
    session.flush()
    # The ORM numbers a new row's version 1 whatever it is given; put the old number back so
    # that undo steps remembered against it (an edit made before the removal) still apply.
    session.execute(
        update(Participant)
        .where(Participant.id == record.id)
        .values(version=record.version)
        .execution_options(synchronize_session=False)
    )
    session.expire(participant)


def add_many(
    session: Session,
    people: Iterable[ParticipantData],
    *,
    statuses: Sequence[Status] | None = None,
    batch_size: int = 2000,
    progress: Callable[[int], None] | None = None,
    created_at: datetime | None = None,
) -> int:
    """Add many people quickly (bulk inserts), each validated as ``add_participant`` would.

    Used by sample data; the caller's transaction makes it all-or-nothing. Returns the count.
    """
    now = created_at or utc_now()
    added = 0
    batch: list[tuple[dict[str, Any], ParticipantData]] = []

    def flush_batch() -> None:
        nonlocal added
        if not batch:
            return
        rows = [row for row, _ in batch]
        ids = (
            session.execute(
                insert(Participant).returning(Participant.id, sort_by_parameter_order=True), rows
            )
            .scalars()
            .all()
        )
        role_rows = [
            {"participant_id": pid, "role": role}
            for pid, (_, data) in zip(ids, batch, strict=True)
            for role in data.roles
        ]
        need_rows = [
            {"participant_id": pid, "need": need}
            for pid, (_, data) in zip(ids, batch, strict=True)
            for need in data.access_needs
        ]
        if role_rows:
            session.execute(insert(ParticipantRole), role_rows)
        if need_rows:
            session.execute(insert(ParticipantAccessNeed), need_rows)
        added += len(batch)
        batch.clear()
        if progress is not None:
            progress(added)

    for index, data in enumerate(people):
        clean = validate_participant(data)
        status = statuses[index] if statuses is not None else Status.ACTIVE
        row: dict[str, Any] = {name: getattr(clean, name) for name in _PLAIN_FIELDS}
        row.update(search_fields(clean))
        row.update(
            status=status,
            status_changed_at=now,
            created_at=now,
            updated_at=now,
            version=1,
        )
        batch.append((row, clean))
        if len(batch) >= batch_size:
            flush_batch()
    flush_batch()
    return added


def current_version(session: Session, participant_id: int) -> int:
    """The record's version number now (it goes up by one with every change)."""
    return _load(session, participant_id).version


def set_named_in_documents(
    session: Session, participant_ids: Iterable[int], named: bool, *, batch_size: int = 500
) -> int:
    """Record for many people at once whether they may be named in meeting summaries and
    exports, as their detail forms would one by one: each record that changes gets a new
    version and "last changed" time. Return how many changed.

    Saying yes is part of their consent, so it needs consent recorded (a date and how it was
    given): if anyone has none, nothing changes and the ServiceError names them.
    """
    wanted = list(dict.fromkeys(participant_ids))
    found: dict[int, tuple[str, bool]] = {}
    for start in range(0, len(wanted), batch_size):
        chunk = wanted[start : start + batch_size]
        rows = session.execute(
            select(Participant.id, Participant.preferred_name, Participant.consent_date).where(
                Participant.id.in_(chunk)
            )
        )
        found.update({pid: (name, consent is not None) for pid, name, consent in rows})
    missing = [pid for pid in wanted if pid not in found]
    if missing:
        raise NotFound(
            f"There is no one with the number {missing[0]} on the register. Nothing was changed."
        )
    if named:
        unrecorded = [f"{found[pid][0]} ({pid})" for pid in wanted if not found[pid][1]]
        if unrecorded:
            shown = ", ".join(unrecorded[:5]) + (" and others" if len(unrecorded) > 5 else "")
            raise ServiceError(
                f"No consent is recorded for {shown}, so they cannot be named in documents. "
                "Record their consent (the date and how it was given) first. Nothing was changed."
            )
    changed = 0
    now = utc_now()
    for start in range(0, len(wanted), batch_size):
        chunk = wanted[start : start + batch_size]
        result = session.execute(
            update(Participant)
            .where(
                Participant.id.in_(chunk),
                Participant.consent_named_in_documents.is_not(named),
            )
            .values(
                consent_named_in_documents=named,
                version=Participant.version + 1,
                updated_at=now,
            )
            .execution_options(synchronize_session="fetch")
        )
        changed += result.rowcount  # type: ignore[attr-defined]
    session.flush()
    return changed
