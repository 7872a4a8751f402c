"""Projects, their sessions, and who came to each session."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coprod_desktop.limits import (
    ACCESS_SUPPORT_MAX,
    AGENDA_TITLE_MAX,
    PLACE_MAX,
    PROJECT_NAME_MAX,
    SESSION_TITLE_MAX,
    STAFF_NAME_MAX,
)
from coprod_desktop.storage.models.base import Base, choice_column
from coprod_desktop.storage.types import UTCDateTime, utc_now
from coprod_desktop.vocabulary import AttendanceStatus, PaymentBasis, ProjectStage, SessionKind


class Project(Base):
    """A piece of co-produced work, such as the redesign of a carers' café."""

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(PROJECT_NAME_MAX))
    description: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    budget_pence: Mapped[int | None] = mapped_column(Integer)  # for involvement payments
    stage: Mapped[ProjectStage] = mapped_column(
        choice_column(ProjectStage, "project_stage"), default=ProjectStage.CO_DESIGN
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    sessions: Mapped[list[ProjectSession]] = relationship(
        back_populates="project", order_by="ProjectSession.date"
    )

    __table_args__ = (
        CheckConstraint("budget_pence IS NULL OR budget_pence >= 0", name="budget_not_negative"),
        {"sqlite_autoincrement": True},
    )


class ProjectSession(Base):
    """A meeting, workshop, panel, training day or event within a project."""

    __tablename__ = "project_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(SESSION_TITLE_MAX))
    kind: Mapped[SessionKind] = mapped_column(choice_column(SessionKind, "session_kind"))
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(PLACE_MAX), default="")  # "" with online
    online: Mapped[bool] = mapped_column(default=False)
    access_support: Mapped[str] = mapped_column(String(ACCESS_SUPPORT_MAX), default="")
    payment_basis: Mapped[PaymentBasis] = mapped_column(
        choice_column(PaymentBasis, "payment_basis"), default=PaymentBasis.HOURLY
    )
    # Preparation time agreed for everyone invited (reading papers, say); each attendee's
    # record can differ.
    prep_minutes: Mapped[int] = mapped_column(Integer, default=0)
    # What the session is for, in a sentence or two, for the meeting pack.
    purpose: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    project: Mapped[Project] = relationship(back_populates="sessions")
    attendance: Mapped[list[SessionAttendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )

    __table_args__ = (
        CheckConstraint("end_time > start_time", name="ends_after_start"),
        CheckConstraint("prep_minutes >= 0", name="prep_not_negative"),
        Index("ix_project_sessions_project", "project_id", "date"),
        {"sqlite_autoincrement": True},
    )


class SessionAttendance(Base):
    """One invited person at one session: did they come, and for how long."""

    __tablename__ = "session_attendance"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("project_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT"), primary_key=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(
        choice_column(AttendanceStatus, "attendance_status"), default=AttendanceStatus.INVITED
    )
    session_minutes: Mapped[int] = mapped_column(Integer, default=0)  # time at the session
    prep_minutes: Mapped[int] = mapped_column(Integer, default=0)  # agreed preparation time

    session: Mapped[ProjectSession] = relationship(back_populates="attendance")

    __table_args__ = (
        CheckConstraint("session_minutes >= 0 AND prep_minutes >= 0", name="minutes_not_negative"),
        Index("ix_session_attendance_participant", "participant_id"),
    )


class AgendaItem(Base):
    """One item on a session's agenda, in order."""

    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("project_sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 … within the session
    title: Mapped[str] = mapped_column(String(AGENDA_TITLE_MAX))
    details: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(String(STAFF_NAME_MAX), default="")  # who leads this item
    minutes: Mapped[int | None] = mapped_column(Integer)  # time allowed, if agreed

    session: Mapped[ProjectSession] = relationship(back_populates="agenda")

    __table_args__ = (
        CheckConstraint("minutes IS NULL OR minutes > 0", name="minutes_positive"),
        Index("ix_agenda_items_session", "session_id", "position"),
        {"sqlite_autoincrement": True},
    )
