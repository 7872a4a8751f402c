"""Find people on the register: search words and filters, in a chosen order.

The register shows up to tens of thousands of people, so the GUI asks for the matching ids in
order (one cheap query) and then for the details of only the rows on screen (``load_rows``).
The command line uses ``search`` which does both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from coprod_desktop.services.participant_types import ParticipantQuery, ParticipantRow, SortKey
from coprod_desktop.services.text_folding import search_tokens
from coprod_desktop.storage.models import Participant, ParticipantAccessNeed, ParticipantRole
from coprod_desktop.vocabulary import AccessNeed, Role

_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.NAME: Participant.sort_name,
    # In the order people think of them (active, paused, left), not alphabetical.
    SortKey.STATUS: case({"active": 0, "paused": 1, "left": 2}, value=Participant.status, else_=3),
    SortKey.EMAIL: func.lower(Participant.email),
    SortKey.PHONE: Participant.phone,
    SortKey.POSTCODE: Participant.postcode,
    SortKey.UPDATED: Participant.updated_at,
    SortKey.ID: Participant.id,
}


# Roles and needs are listed in the order the vocabulary declares them, most central first.
_ROLE_ORDER = list(Role)
_NEED_ORDER = list(AccessNeed)


def _escape_like(token: str) -> str:
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filters(query: ParticipantQuery) -> list[ColumnElement[bool]]:
    """The WHERE conditions for ``query``. Values are plain strings and numbers, because
    ``search_ids`` hands them to the driver without SQLAlchemy's type conversions."""
    conditions: list[ColumnElement[bool]] = []
    for token in search_tokens(query.text):
        conditions.append(Participant.search_text.like(f"%{_escape_like(token)}%", escape="\\"))
    statuses = query.status.statuses
    if len(statuses) < 3:
        conditions.append(Participant.status.in_([s.value for s in statuses]))
    if query.role is not None:
        conditions.append(
            exists().where(
                and_(
                    ParticipantRole.participant_id == Participant.id,
                    ParticipantRole.role == query.role.value,
                )
            )
        )
    if query.access_need is not None:
        conditions.append(
            exists().where(
                and_(
                    ParticipantAccessNeed.participant_id == Participant.id,
                    ParticipantAccessNeed.need == query.access_need.value,
                )
            )
        )
    if query.access_other:
        conditions.append(Participant.access_other != "")
    return conditions


def _ordered_ids(query: ParticipantQuery) -> Select[int]:
    sort_expression: ColumnElement[Any] = _SORT_COLUMNS[query.sort]
    if query.descending:
        order = [sort_expression.desc(), Participant.id.desc()]
    else:
        order = [sort_expression.asc(), Participant.id.asc()]
    return select(Participant.id).where(*filters(query)).order_by(*order)


def search_ids(session: Session, query: ParticipantQuery) -> list[int]:
    """Ids of everyone matching ``query``, in its order.

    Run on the driver's own cursor: SQLAlchemy's result rows cost about a microsecond each,
    which for an empty search over 50,000 people was most of the time a keystroke took.
    The statement is still built and compiled by SQLAlchemy, for whichever database this is.
    """
    connection = session.connection()
    compiled = _ordered_ids(query).compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    params: Any = compiled.construct_params()
    if compiled.positional:
        params = tuple(params[name] for name in compiled.positiontup or ())
    driver_error = connection.dialect.loaded_dbapi.Error
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        return [row[0] for row in cursor.fetchall()]
    except driver_error as error:
        # Wrapped as SQLAlchemy would, so callers explain it like any other database error.
        raise DBAPIError.instance(
            str(compiled), params, error, driver_error, dialect=connection.dialect
        ) from error
    finally:
        cursor.close()


def count_all(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Participant)) or 0)


def load_rows(session: Session, ids: Sequence[int]) -> dict[int, ParticipantRow]:
    """The register lines for ``ids`` (any that no longer exist are simply absent)."""
    if not ids:
        return {}
    wanted = list(ids)
    # Plain column tuples, not ORM objects: this runs for every screenful of the register.
    roles: dict[int, list[Role]] = {}
    for participant_id, role in session.execute(
        select(ParticipantRole.participant_id, ParticipantRole.role).where(
            ParticipantRole.participant_id.in_(wanted)
        )
    ):
        roles.setdefault(participant_id, []).append(role)
    needs: dict[int, list[AccessNeed]] = {}
    for participant_id, need in session.execute(
        select(ParticipantAccessNeed.participant_id, ParticipantAccessNeed.need).where(
            ParticipantAccessNeed.participant_id.in_(wanted)
        )
    ):
        needs.setdefault(participant_id, []).append(need)
    columns = select(
        Participant.id,
        Participant.preferred_name,
        Participant.full_name,
        Participant.pronouns,
        Participant.role_other,
        Participant.status,
        Participant.email,
        Participant.phone,
        Participant.postcode,
        Participant.access_other,
        Participant.updated_at,
    ).where(Participant.id.in_(wanted))
    rows: dict[int, ParticipantRow] = {}
    for row in session.execute(columns):
        rows[row.id] = ParticipantRow(
            id=row.id,
            preferred_name=row.preferred_name,
            full_name=row.full_name,
            pronouns=row.pronouns,
            roles=tuple(sorted(roles.get(row.id, []), key=_ROLE_ORDER.index)),
            role_other=row.role_other,
            status=row.status,
            email=row.email,
            phone=row.phone,
            postcode=row.postcode,
            access_needs=tuple(sorted(needs.get(row.id, []), key=_NEED_ORDER.index)),
            access_other=row.access_other,
            updated_at=row.updated_at,
        )
    return rows


def search(
    session: Session, query: ParticipantQuery, limit: int | None = None
) -> list[ParticipantRow]:
    """Everyone matching ``query``, in order, with their register details."""
    ids = search_ids(session, query)
    if limit is not None:
        ids = ids[:limit]
    rows: list[ParticipantRow] = []
    # SQLite limits how many values one IN (...) may hold, so look them up in chunks.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found = load_rows(session, chunk)
        rows.extend(found[i] for i in chunk if i in found)
    return rows
