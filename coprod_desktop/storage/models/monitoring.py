"""Diversity monitoring: people's answers (kept apart from the register, special-category data),
a log of every time someone's answers were looked at, recorded or removed, the group's own
local question, reference populations to compare with, and outreach plans for groups found
under-represented."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coprod_desktop.storage.models.base import Base, choice_column
from coprod_desktop.storage.types import UTCDateTime, utc_now
from coprod_desktop.vocabulary import MonitoringAccess, MonitoringMethod

CODE_MAX = 40  # an answer's code (monitoring_standard)
WRITE_IN_MAX = 200


class MonitoringForm(Base):
    """One filled-in monitoring form. A person may have several over the years: reports use
    the latest (by the date collected), and the dates of the others are kept. Every answer is
    optional: None is "not answered", "prefer_not_to_say" is an answer."""

    __tablename__ = "monitoring_forms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # CASCADE: if a person is ever deleted, nothing of their monitoring stays behind.
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    collected_on: Mapped[date] = mapped_column(Date)
    method: Mapped[MonitoringMethod] = mapped_column(
        choice_column(MonitoringMethod, "monitoring_method")
    )
    age_band: Mapped[str | None] = mapped_column(String(CODE_MAX))
    sex: Mapped[str | None] = mapped_column(String(CODE_MAX))
    gender_identity: Mapped[str | None] = mapped_column(String(CODE_MAX))
    gender_identity_write_in: Mapped[str] = mapped_column(String(WRITE_IN_MAX), default="")
    sexual_orientation: Mapped[str | None] = mapped_column(String(CODE_MAX))
    sexual_orientation_write_in: Mapped[str] = mapped_column(String(WRITE_IN_MAX), default="")
    ethnic_group: Mapped[str | None] = mapped_column(String(CODE_MAX))
    ethnic_group_write_in: Mapped[str] = mapped_column(String(WRITE_IN_MAX), default="")
    religion: Mapped[str | None] = mapped_column(String(CODE_MAX))
    disability: Mapped[str | None] = mapped_column(String(CODE_MAX))
    carer: Mapped[str | None] = mapped_column(String(CODE_MAX))
    # The answer to the group's own question (LocalQuestion), as given.
    local_answer: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    __table_args__ = (
        Index("ix_monitoring_forms_participant", "participant_id", "collected_on"),
        {"sqlite_autoincrement": True},
    )


class MonitoringAccessLog(Base):
    """Each deliberate look at someone's individual answers, and each recording or removal:
    when, by whom (the name given, or the computer's user), and from where (app or command
    line). It holds no answers itself, so it stays when answers are removed."""

    __tablename__ = "monitoring_access_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    happened_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    access: Mapped[MonitoringAccess] = mapped_column(
        choice_column(MonitoringAccess, "monitoring_access")
    )
    by_whom: Mapped[str] = mapped_column(String(100))
    via: Mapped[str] = mapped_column(String(20))  # "app" or "command line"

    __table_args__ = (Index("ix_monitoring_access_log_participant", "participant_id"),)


class LocalQuestion(Base):
    """The group's own optional question (such as "Which part of town do you live in?"), with
    its answers one per line, or none for a free answer. The latest active one is asked."""

    __tablename__ = "monitoring_local_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(String(500))
    answers: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class ReferencePopulation(Base):
    """Figures to compare who takes part with, for a group's own area: imported from CSV or
    entered by hand. (The 2021 census for England and Wales is read from resources/.)"""

    __tablename__ = "reference_populations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    area: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(Text, default="")
    published_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    figures: Mapped[list[ReferenceFigure]] = relationship(
        back_populates="population", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("name"), {"sqlite_autoincrement": True})


class ReferenceFigure(Base):
    """One category's share of the population, in hundredths of a per cent (74.4% is 7440),
    so that figures published to two decimal places are kept exactly, without floats."""

    __tablename__ = "reference_figures"

    population_id: Mapped[int] = mapped_column(
        ForeignKey("reference_populations.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[str] = mapped_column(String(CODE_MAX), primary_key=True)
    category: Mapped[str] = mapped_column(String(CODE_MAX), primary_key=True)
    share_bp: Mapped[int] = mapped_column(Integer)
    # Where this figure comes from (a census table, say) and its date: kept per figure, since
    # one file often brings figures from several tables.
    source: Mapped[str] = mapped_column(String(500), default="")
    published_on: Mapped[date | None] = mapped_column(Date)

    population: Mapped[ReferencePopulation] = relationship(back_populates="figures")

    __table_args__ = (
        CheckConstraint("share_bp >= 0 AND share_bp <= 10000", name="share_is_a_percentage"),
    )


class ProjectReference(Base):
    """Which imported reference population a project is compared with; without a row, the
    2021 census for England and Wales shipped in resources/."""

    __tablename__ = "project_references"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    population_id: Mapped[int] = mapped_column(
        ForeignKey("reference_populations.id", ondelete="CASCADE")
    )


class OutreachPlan(Base):
    """A plan to reach a group found under-represented: a persona of who they are, and
    outreach actions (OutreachAction, from the action plans), with the representation figures
    when it started, so the next report shows whether they changed."""

    __tablename__ = "outreach_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    question: Mapped[str] = mapped_column(String(CODE_MAX))
    category: Mapped[str] = mapped_column(String(CODE_MAX))
    population_id: Mapped[int | None] = mapped_column(
        ForeignKey("reference_populations.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(300))
    who_they_are: Mapped[str] = mapped_column(Text, default="")
    aspirations: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    barriers: Mapped[str] = mapped_column(Text, default="")
    trusted_places: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[date] = mapped_column(Date)
    # The figures when it started (hundredths: a ratio of 0.45 is 45, a share of 3.1% is 310);
    # None where the report could not say (too few answers).
    ratio_at_start: Mapped[int | None] = mapped_column(Integer)
    share_at_start_bp: Mapped[int | None] = mapped_column(Integer)
    expected_share_bp: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    __table_args__ = ({"sqlite_autoincrement": True},)


class OutreachAction(Base):
    """An action (from the action plans) taken for an outreach plan."""

    __tablename__ = "outreach_actions"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("outreach_plans.id", ondelete="CASCADE"), primary_key=True
    )
    action_id: Mapped[int] = mapped_column(
        ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True
    )
