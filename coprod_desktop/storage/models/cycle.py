"""Where each project stands in the cycle of co-production, kept as a history of moves."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from coprod_desktop.storage.models.base import Base, choice_column
from coprod_desktop.storage.types import UTCDateTime, utc_now
from coprod_desktop.vocabulary import CycleStage


class CycleMove(Base):
    """A project moving to a stage of the cycle on a date.

    The project's current stage is its latest move (by date, then by entry), so the history and
    the current stage can never disagree.
    """

    __tablename__ = "cycle_moves"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    stage: Mapped[CycleStage] = mapped_column(choice_column(CycleStage, "cycle_stage"))
    moved_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    __table_args__ = (
        Index("ix_cycle_moves_project", "project_id", "moved_on"),
        {"sqlite_autoincrement": True},
    )
