"""One plain sentence totalling a list of payments by status, for lists and screens.

A single "in all" figure mixed money paid with drafts nobody has approved and payments that
were cancelled, which misled (£225 "in all" where £75 had been paid). So each status that
has payments gets its own figure, and cancelled ones are never added in.
"""

from __future__ import annotations

from collections.abc import Iterable

from coprod_desktop.money import format_money
from coprod_desktop.services.payments import PaymentRecord
from coprod_desktop.vocabulary import PaymentStatus

# In the order money moves: paid first, as the figure people most often want.
_ORDER = (PaymentStatus.PAID, PaymentStatus.APPROVED, PaymentStatus.DRAFT)


def totals_by_status(records: Iterable[PaymentRecord]) -> str:
    """'£75.00 paid, £37.50 approved, not yet paid, £12.50 draft (2 cancelled, not counted)'."""
    sums: dict[PaymentStatus, int] = {}
    cancelled = 0
    for record in records:
        if record.status is PaymentStatus.CANCELLED:
            cancelled += 1
        else:
            sums[record.status] = sums.get(record.status, 0) + record.amount_pence
    parts = [f"{format_money(sums[s])} {_WORDS[s]}" for s in _ORDER if s in sums]
    text = ", ".join(parts) if parts else "no money"
    if cancelled:
        text += f" ({cancelled} cancelled, not counted)"
    return text


_WORDS = {
    PaymentStatus.PAID: "paid",
    PaymentStatus.APPROVED: "approved, not yet paid",
    PaymentStatus.DRAFT: "draft",
}
