"""The values self-check: a group rating together how well it lives co-production's values."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coprod_desktop.storage.models.base import Base, choice_column
from coprod_desktop.storage.types import UTCDateTime, utc_now
from coprod_desktop.vocabulary import CoproductionLevel, CoproductionValue


class ValuesCheck(Base):
    """One self-check by a project's group on a date."""

    __tablename__ = "values_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("project_sessions.id", ondelete="SET NULL")
    )
    checked_on: Mapped[date] = mapped_column(Date)
    level: Mapped[CoproductionLevel] = mapped_column(
        choice_column(CoproductionLevel, "coproduction_level")
    )
    # Who filled it in, counted separately so a check done by staff alone shows as such.
    lived_experience_count: Mapped[int] = mapped_column(Integer, default=0)  # and carers
    staff_count: Mapped[int] = mapped_column(Integer, default=0)  # staff and professionals
    comments: Mapped[str] = mapped_column(Text, default="")  # about the check as a whole
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    ratings: Mapped[list[ValuesRating]] = relationship(
        back_populates="check", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint(
            "lived_experience_count >= 0 AND staff_count >= 0", name="counts_not_negative"
        ),
        CheckConstraint("lived_experience_count + staff_count >= 1", name="someone_took_part"),
        Index("ix_values_checks_project", "project_id", "checked_on"),
        {"sqlite_autoincrement": True},
    )


class ValuesRating(Base):
    """A rating from 1 (not yet) to 5 (fully) for one value, with the group's comments."""

    __tablename__ = "values_ratings"

    check_id: Mapped[int] = mapped_column(
        ForeignKey("values_checks.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[CoproductionValue] = mapped_column(
        choice_column(CoproductionValue, "coproduction_value"), primary_key=True
    )
    rating: Mapped[int] = mapped_column(Integer)
    comments: Mapped[str] = mapped_column(Text, default="")

    check: Mapped[ValuesCheck] = relationship(back_populates="ratings")

    __table_args__ = (CheckConstraint("rating BETWEEN 1 AND 5", name="rating_1_to_5"),)
