"""The fixed lists the register uses: roles, access needs, consent, payment and contact choices.

Each list is a ``StrEnum`` whose values are what the database stores (short, stable, English
identifiers) and whose ``label`` is what people read on screen and in exports. Keeping both here,
free of Qt and SQLAlchemy, lets the GUI, the command line and the storage layer share one truth.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Choice(StrEnum):
    """A stored value with a plain-English label."""

    @property
    def label(self) -> str:
        # Keyed by class as well as value: StrEnum members compare equal to their string, so
        # ContactMethod.EMAIL and ConsentMethod.EMAIL would collide in a flat dictionary.
        return _LABELS[type(self)][self.value]

    @classmethod
    def parse(cls, text: str) -> Self:
        """Accept the stored value, a hyphenated spelling or the label, in any case.

        The command line is typed by people, so ``lived-experience``, ``lived_experience`` and
        ``Person with lived experience`` all mean the same role.
        """
        wanted = text.strip().casefold().replace("-", "_").replace(" ", "_")
        for member in cls:
            if wanted in (member.value, member.label.casefold().replace(" ", "_")):
                return member
        choices = ", ".join(m.value.replace("_", "-") for m in cls)
        raise ValueError(f"'{text}' is not one of: {choices}")


class Role(Choice):
    LIVED_EXPERIENCE = "lived_experience"
    CARER = "carer"
    PROFESSIONAL = "professional"
    EXPERT_BY_LEARNING = "expert_by_learning"
    STAFF = "staff"
    OTHER = "other"


class AccessNeed(Choice):
    """Needs from a fixed list; anything else is written in ``access_other``."""

    LARGE_PRINT = "large_print"
    EASY_READ = "easy_read"
    BSL_INTERPRETER = "bsl_interpreter"
    HEARING_LOOP = "hearing_loop"
    STEP_FREE = "step_free"
    QUIET_SPACE = "quiet_space"


class ContactMethod(Choice):
    EMAIL = "email"
    PHONE = "phone"
    TEXT_MESSAGE = "text_message"
    POST = "post"
    IN_PERSON = "in_person"


class ConsentMethod(Choice):
    SIGNED_FORM = "signed_form"
    EASY_READ_FORM = "easy_read_form"
    VERBAL = "verbal"
    EMAIL = "email"
    ONLINE_FORM = "online_form"
    OTHER = "other"


class PaymentPreference(Choice):
    """How someone chooses to receive rewards (see docs/domain: some people must not be paid)."""

    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    VOUCHER = "voucher"
    CHARITY = "charity"
    EXPENSES_ONLY = "expenses_only"
    DECLINES = "declines"


class Status(Choice):
    ACTIVE = "active"
    PAUSED = "paused"
    LEFT = "left"


_LABELS: dict[type[Choice], dict[str, str]] = {
    Role: {
        Role.LIVED_EXPERIENCE.value: "Person with lived experience",
        Role.CARER.value: "Carer or family member",
        Role.PROFESSIONAL.value: "Professional",
        Role.EXPERT_BY_LEARNING.value: "Expert by learning",
        Role.STAFF.value: "Staff",
        Role.OTHER.value: "Other role",
    },
    AccessNeed: {
        AccessNeed.LARGE_PRINT.value: "Large print",
        AccessNeed.EASY_READ.value: "Easy read",
        AccessNeed.BSL_INTERPRETER.value: "BSL interpreter",
        AccessNeed.HEARING_LOOP.value: "Hearing loop",
        AccessNeed.STEP_FREE.value: "Step-free access",
        AccessNeed.QUIET_SPACE.value: "Quiet space",
    },
    ContactMethod: {
        ContactMethod.EMAIL.value: "Email",
        ContactMethod.PHONE.value: "Phone call",
        ContactMethod.TEXT_MESSAGE.value: "Text message",
        ContactMethod.POST.value: "Letter by post",
        ContactMethod.IN_PERSON.value: "In person",
    },
    ConsentMethod: {
        ConsentMethod.SIGNED_FORM.value: "Signed consent form",
        ConsentMethod.EASY_READ_FORM.value: "Easy read consent form",
        ConsentMethod.VERBAL.value: "Said yes out loud, noted by staff",
        ConsentMethod.EMAIL.value: "By email",
        ConsentMethod.ONLINE_FORM.value: "Online form",
        ConsentMethod.OTHER.value: "Another way",
    },
    PaymentPreference: {
        PaymentPreference.BANK_TRANSFER.value: "Bank transfer",
        PaymentPreference.CASH.value: "Cash, with a signed receipt",
        PaymentPreference.VOUCHER.value: "Voucher",
        PaymentPreference.CHARITY.value: "Paid to a charity of their choice",
        PaymentPreference.EXPENSES_ONLY.value: "Expenses only",
        PaymentPreference.DECLINES.value: "Declines payment (recognition instead)",
    },
    Status: {
        Status.ACTIVE.value: "Active",
        Status.PAUSED.value: "Paused",
        Status.LEFT.value: "Left",
    },
}
