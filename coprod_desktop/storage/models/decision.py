"""The decision log and "you said, we did": what was decided, how and by whom; what people said
and what the group did about it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coprod_desktop.storage.models.base import Base, choice_column
from coprod_desktop.storage.types import UTCDateTime, utc_now
from coprod_desktop.vocabulary import DecisionMethod, FeedbackResponse, FeedbackStatus


class Decision(Base):
    """A decision, kept open and documented."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("project_sessions.id", ondelete="SET NULL")
    )
    decided_on: Mapped[date] = mapped_column()
    what: Mapped[str] = mapped_column(Text)  # what was decided
    method: Mapped[DecisionMethod] = mapped_column(choice_column(DecisionMethod, "decision_method"))
    what_it_changes: Mapped[str] = mapped_column(Text, default="")
    # Others who took part and are not on the register ("two ward managers"), in words.
    others_present: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    people: Mapped[list[DecisionPerson]] = relationship(
        back_populates="decision", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_decisions_project", "project_id", "decided_on"),
        {"sqlite_autoincrement": True},
    )


class DecisionPerson(Base):
    """Someone on the register who took part in a decision."""

    __tablename__ = "decision_people"

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT"), primary_key=True
    )

    decision: Mapped[Decision] = relationship(back_populates="people")

    __table_args__ = (Index("ix_decision_people_participant", "participant_id"),)


class FeedbackItem(Base):
    """Something someone said, and the group's response: "you said, we did"."""

    __tablename__ = "feedback_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("project_sessions.id", ondelete="SET NULL")
    )
    said_on: Mapped[date] = mapped_column()
    what_was_said: Mapped[str] = mapped_column(Text)
    # Who said it; None means anonymous (by their choice, or not recorded).
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT")
    )
    response_kind: Mapped[FeedbackResponse] = mapped_column(
        choice_column(FeedbackResponse, "feedback_response"), default=FeedbackResponse.NOT_YET
    )
    response: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[FeedbackStatus] = mapped_column(
        choice_column(FeedbackStatus, "feedback_status"), default=FeedbackStatus.OPEN
    )
    # What it led to, if anything: an action taken, a decision made.
    action_id: Mapped[int | None] = mapped_column(ForeignKey("actions.id", ondelete="SET NULL"))
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    __table_args__ = (
        Index("ix_feedback_items_project", "project_id", "said_on"),
        {"sqlite_autoincrement": True},
    )
