"""A project's action plan: shared goals, the actions that serve them, who owns each action and
the dated notes on its progress."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coprod_desktop.limits import ACTION_TEXT_MAX, GOAL_TITLE_MAX, REASON_MAX, STAFF_NAME_MAX
from coprod_desktop.storage.models.base import Base, choice_column
from coprod_desktop.storage.types import UTCDateTime, utc_now
from coprod_desktop.vocabulary import ActionStatus, GoalStatus


class SharedGoal(Base):
    """What success looks like for a project, agreed together, and how the group will know."""

    __tablename__ = "shared_goals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(GOAL_TITLE_MAX))
    success_looks_like: Mapped[str] = mapped_column(Text, default="")
    how_we_will_know: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[GoalStatus] = mapped_column(
        choice_column(GoalStatus, "goal_status"), default=GoalStatus.AGREED
    )
    agreed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    __table_args__ = (
        Index("ix_shared_goals_project", "project_id"),
        {"sqlite_autoincrement": True},
    )


class Action(Base):
    """Something to be done, by whom and by when, and where it came from."""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    # The goal it serves; SET NULL keeps the action if a goal is ever removed.
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("shared_goals.id", ondelete="SET NULL"))
    # Where it came from, if anywhere: a session, or a decision.
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("project_sessions.id", ondelete="SET NULL")
    )
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id", ondelete="SET NULL"))
    what: Mapped[str] = mapped_column(String(ACTION_TEXT_MAX))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        choice_column(ActionStatus, "action_status"), default=ActionStatus.NOT_STARTED
    )
    dropped_reason: Mapped[str] = mapped_column(String(REASON_MAX), default="")
    completed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    owners: Mapped[list[ActionOwner]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionOwner.id"
    )
    notes: Mapped[list[ActionNote]] = relationship(
        back_populates="action",
        cascade="all, delete-orphan",
        order_by="(ActionNote.noted_on, ActionNote.id)",
    )

    __table_args__ = (
        # Dropping needs a reason: kept by the database as well as the service.
        CheckConstraint(
            "status <> 'dropped' OR length(dropped_reason) > 0", name="dropped_has_reason"
        ),
        Index("ix_actions_project", "project_id", "status"),
        Index("ix_actions_due", "status", "due_on"),
        {"sqlite_autoincrement": True},
    )


class ActionOwner(Base):
    """One owner of an action: someone on the register, or a member of staff by name."""

    __tablename__ = "action_owners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT")
    )
    staff_name: Mapped[str] = mapped_column(String(STAFF_NAME_MAX), default="")

    action: Mapped[Action] = relationship(back_populates="owners")

    __table_args__ = (
        CheckConstraint("(participant_id IS NULL) <> (staff_name = '')", name="a_person_or_a_name"),
        Index("ix_action_owners_action", "action_id"),
        Index("ix_action_owners_participant", "participant_id"),
    )


class ActionNote(Base):
    """A dated note of progress on an action."""

    __tablename__ = "action_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    noted_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    action: Mapped[Action] = relationship(back_populates="notes")

    __table_args__ = (Index("ix_action_notes_action", "action_id"),)
