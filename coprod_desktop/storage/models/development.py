"""A participant's development log: skills, training, roles and references, with dates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coprod_desktop.limits import DEVELOPMENT_TEXT_MAX
from coprod_desktop.storage.models.base import Base, choice_column
from coprod_desktop.storage.types import UTCDateTime, utc_now
from coprod_desktop.vocabulary import DevelopmentKind


class DevelopmentEntry(Base):
    """Something a participant gained or did: "chaired the March meeting", "safeguarding
    training", "reference for a peer support job"."""

    __tablename__ = "development_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="RESTRICT"))
    kind: Mapped[DevelopmentKind] = mapped_column(
        choice_column(DevelopmentKind, "development_kind")
    )
    happened_on: Mapped[date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(String(DEVELOPMENT_TEXT_MAX))
    details: Mapped[str] = mapped_column(Text, default="")
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    __table_args__ = (
        Index("ix_development_entries_participant", "participant_id", "happened_on"),
        {"sqlite_autoincrement": True},
    )
