"""The register: participants, their roles and their access needs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coprod_desktop.limits import (
    ACCESS_OTHER_MAX,
    ADDRESS_MAX,
    EMAIL_MAX,
    FULL_NAME_MAX,
    LIMIT_NOTE_MAX,
    PHONE_MAX,
    POSTCODE_MAX,
    PREFERRED_NAME_MAX,
    PRONOUNS_MAX,
    ROLE_OTHER_MAX,
)
from coprod_desktop.storage.models.base import ONLY_ON, Base, choice_column
from coprod_desktop.storage.types import UTCDateTime, utc_now
from coprod_desktop.vocabulary import (
    AccessNeed,
    ConsentMethod,
    ContactMethod,
    PaymentPreference,
    Role,
    Status,
)


class Participant(Base):
    """Someone on the register: a person with lived experience, a carer, a professional…"""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    preferred_name: Mapped[str] = mapped_column(String(PREFERRED_NAME_MAX))
    full_name: Mapped[str] = mapped_column(String(FULL_NAME_MAX), default="")
    pronouns: Mapped[str] = mapped_column(String(PRONOUNS_MAX), default="")
    email: Mapped[str] = mapped_column(String(EMAIL_MAX), default="")
    phone: Mapped[str] = mapped_column(String(PHONE_MAX), default="")
    address: Mapped[str] = mapped_column(String(ADDRESS_MAX), default="")
    postcode: Mapped[str] = mapped_column(String(POSTCODE_MAX), default="")
    preferred_contact: Mapped[ContactMethod | None] = mapped_column(
        choice_column(ContactMethod, "contact_method")
    )
    role_other: Mapped[str] = mapped_column(String(ROLE_OTHER_MAX), default="")
    access_other: Mapped[str] = mapped_column(String(ACCESS_OTHER_MAX), default="")

    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_method: Mapped[ConsentMethod | None] = mapped_column(
        choice_column(ConsentMethod, "consent_method")
    )
    consent_contact: Mapped[bool] = mapped_column(Boolean(name="consent_contact"), default=False)
    consent_photos: Mapped[bool] = mapped_column(Boolean(name="consent_photos"), default=False)
    consent_share_anonymised: Mapped[bool] = mapped_column(
        Boolean(name="consent_share_anonymised"), default=False
    )
    # May their name be printed in meeting summaries and exports (else they are counted, or
    # shown by an anonymised ID)?
    consent_named_in_documents: Mapped[bool] = mapped_column(
        Boolean(name="consent_named_in_documents"), default=False, server_default=false()
    )

    payment_preference: Mapped[PaymentPreference | None] = mapped_column(
        choice_column(PaymentPreference, "payment_preference")
    )
    # Earnings the person has asked the group to watch (for example a benefit's permitted-work
    # limit): the app warns before a payment would take them over. Pence; None = no limit.
    weekly_limit_pence: Mapped[int | None] = mapped_column(Integer)
    monthly_limit_pence: Mapped[int | None] = mapped_column(Integer)
    # The day of the month the person's months start (a Universal Credit assessment period
    # starts on the day of the claim); None means the 1st.
    limit_month_starts: Mapped[int | None] = mapped_column(Integer)
    tax_year_limit_pence: Mapped[int | None] = mapped_column(Integer)
    limit_note: Mapped[str] = mapped_column(String(LIMIT_NOTE_MAX), default="", server_default="")
    status: Mapped[Status] = mapped_column(choice_column(Status, "status"), default=Status.ACTIVE)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    notes: Mapped[str] = mapped_column(Text, default="")

    # Derived from the fields above by services.participants so that searching 50,000 people is
    # one scan of one column: case-folded, accents removed, phone digits and postcode both ways.
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(String(PREFERRED_NAME_MAX), default="")

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    # Optimistic locking: two people editing the same record on a shared database must not
    # silently overwrite each other.
    version: Mapped[int] = mapped_column(Integer, default=1)

    roles: Mapped[list[ParticipantRole]] = relationship(
        back_populates="participant",
        cascade="all, delete-orphan",
        order_by="ParticipantRole.role",
    )
    access_needs: Mapped[list[ParticipantAccessNeed]] = relationship(
        back_populates="participant",
        cascade="all, delete-orphan",
        order_by="ParticipantAccessNeed.need",
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declared form
    __table_args__ = (
        # Covers the register's default listing (sorted by name, filtered by status) so that it
        # is read from the index alone.
        Index("ix_participants_sort", "sort_name", "id", "status"),
        # On SQLite, searching reads this index alone, already in name order: every search
        # word is tested against search_text here, with no table lookups and no sorting.
        # (PostgreSQL limits an index entry to about 2.7 kB, which very long names in several
        # scripts could pass, and its planner does well without it.)
        Index(
            "ix_participants_search",
            "sort_name",
            "id",
            "status",
            "search_text",
            info={ONLY_ON: "sqlite"},
        ).ddl_if(dialect="sqlite"),
        # A person's number is never given to anyone else, even after a record is removed
        # (SQLite would otherwise reuse the highest number).
        {"sqlite_autoincrement": True},
    )


class ParticipantRole(Base):
    __tablename__ = "participant_roles"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(choice_column(Role, "role"), primary_key=True)
    participant: Mapped[Participant] = relationship(back_populates="roles")

    __table_args__ = (Index("ix_participant_roles_role", "role", "participant_id"),)


class ParticipantAccessNeed(Base):
    __tablename__ = "participant_access_needs"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    need: Mapped[AccessNeed] = mapped_column(
        choice_column(AccessNeed, "access_need"), primary_key=True
    )
    participant: Mapped[Participant] = relationship(back_populates="access_needs")

    __table_args__ = (Index("ix_participant_access_needs_need", "need", "participant_id"),)
