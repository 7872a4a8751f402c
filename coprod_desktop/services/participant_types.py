"""The shapes of participant data passed between the services, the GUI and the command line.

Plain dataclasses with no database or Qt imports, so the GUI can build its screens before the
database layer (slow to import) has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from coprod_desktop.vocabulary import (
    AccessNeed,
    ConsentMethod,
    ContactMethod,
    PaymentPreference,
    Role,
    Status,
)


@dataclass(frozen=True)
class ParticipantData:
    """Everything a person can type or choose about a participant."""

    preferred_name: str
    full_name: str = ""
    pronouns: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    postcode: str = ""
    preferred_contact: ContactMethod | None = None
    roles: frozenset[Role] = frozenset()
    role_other: str = ""
    access_needs: frozenset[AccessNeed] = frozenset()
    access_other: str = ""
    consent_date: date | None = None
    consent_method: ConsentMethod | None = None
    consent_contact: bool = False
    consent_photos: bool = False
    consent_share_anonymised: bool = False
    # May their name be printed in meeting summaries and exports? If not, documents count them
    # or show an anonymised number instead.
    consent_named_in_documents: bool = False
    payment_preference: PaymentPreference | None = None
    # Earnings they asked us to watch (pence), e.g. a benefit's permitted-work limit.
    weekly_limit_pence: int | None = None
    monthly_limit_pence: int | None = None
    # The day their months start (1 to 31; a Universal Credit assessment period starts on the
    # day of the claim). None: the 1st.
    limit_month_starts: int | None = None
    tax_year_limit_pence: int | None = None
    limit_note: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ParticipantRecord:
    """A participant as stored: their data plus what the app keeps about the record."""

    id: int
    data: ParticipantData
    status: Status
    status_changed_at: datetime
    created_at: datetime
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the register: enough to list, sort and recognise someone."""

    id: int
    preferred_name: str
    full_name: str
    pronouns: str
    roles: tuple[Role, ...]
    role_other: str
    status: Status
    email: str
    phone: str
    postcode: str
    access_needs: tuple[AccessNeed, ...]
    access_other: str
    updated_at: datetime

    @property
    def roles_text(self) -> str:
        return ", ".join(
            self.role_other if role is Role.OTHER and self.role_other else role.label
            for role in self.roles
        )

    @property
    def access_text(self) -> str:
        parts = [need.label for need in self.access_needs]
        if self.access_other:
            parts.append(self.access_other)
        return ", ".join(parts)


class StatusFilter(StrEnum):
    CURRENT = "current"  # active or paused: the default, people who have left are archived
    ACTIVE = "active"
    PAUSED = "paused"
    LEFT = "left"
    ALL = "all"

    @property
    def label(self) -> str:
        return {
            StatusFilter.CURRENT: "Active or paused",
            StatusFilter.ACTIVE: "Active only",
            StatusFilter.PAUSED: "Paused only",
            StatusFilter.LEFT: "Left (archived)",
            StatusFilter.ALL: "Everyone",
        }[self]

    @property
    def statuses(self) -> tuple[Status, ...]:
        return {
            StatusFilter.CURRENT: (Status.ACTIVE, Status.PAUSED),
            StatusFilter.ACTIVE: (Status.ACTIVE,),
            StatusFilter.PAUSED: (Status.PAUSED,),
            StatusFilter.LEFT: (Status.LEFT,),
            StatusFilter.ALL: (Status.ACTIVE, Status.PAUSED, Status.LEFT),
        }[self]


class SortKey(StrEnum):
    NAME = "name"
    STATUS = "status"
    EMAIL = "email"
    PHONE = "phone"
    POSTCODE = "postcode"
    UPDATED = "updated"
    ID = "id"


@dataclass(frozen=True)
class ParticipantQuery:
    """What the register is showing: search words and filters, all of which must match."""

    text: str = ""
    role: Role | None = None
    status: StatusFilter = StatusFilter.CURRENT
    access_need: AccessNeed | None = None
    access_other: bool = False  # only people with a written-in ("other") access need
    sort: SortKey = SortKey.NAME
    descending: bool = False
