"""Which payments a reversal has taken back.

A reversal takes a payment back only once it is settled (marked paid): until then it can still
be cancelled, and the payment it would reverse stands. Every question of the kind "does this
person still have a payment for this session?" asks it this way, so that moving a session,
working out its payments again and counting who has been paid agree.
"""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from coprod_desktop.storage.models import Payment
from coprod_desktop.vocabulary import PaymentStatus


def taken_back() -> Select[int | None]:
    """The ids of payments that a settled reversal has taken back, as a subquery."""
    reversal = aliased(Payment)
    return select(reversal.reverses_id).where(
        reversal.reverses_id.is_not(None), reversal.status == PaymentStatus.PAID
    )
