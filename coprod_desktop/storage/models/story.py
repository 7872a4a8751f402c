"""Stories and the themes a group files them under: lived experience shared, which becomes a
body of evidence (the cycle of co-production, seed 000)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coprod_desktop.limits import PLACE_MAX, STORY_TITLE_MAX, THEME_NAME_MAX
from coprod_desktop.storage.models.base import Base, choice_column
from coprod_desktop.storage.types import UTCDateTime, utc_now
from coprod_desktop.vocabulary import StoryConsent


class Theme(Base):
    """A tag the group defines for stories, such as "waiting times" or "transport"."""

    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(THEME_NAME_MAX))
    # The name folded for comparison, so "Transport" and "transport " are one theme.
    name_key: Mapped[str] = mapped_column(String(THEME_NAME_MAX), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    __table_args__ = ({"sqlite_autoincrement": True},)


class Story(Base):
    """What someone shared, and how they agreed it may be used."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(STORY_TITLE_MAX))  # a short line for lists
    text: Mapped[str] = mapped_column(Text)
    # Who shared it; None means anonymous (by their choice, or not known).
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT")
    )
    told_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(PLACE_MAX), default="")  # where it was shared
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("project_sessions.id", ondelete="SET NULL")
    )
    consent: Mapped[StoryConsent] = mapped_column(
        choice_column(StoryConsent, "story_consent"), default=StoryConsent.INTERNAL_ONLY
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    themes: Mapped[list[StoryTheme]] = relationship(
        back_populates="story", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_stories_told_on", "told_on"),
        Index("ix_stories_participant", "participant_id"),
        {"sqlite_autoincrement": True},
    )


class StoryTheme(Base):
    """A story filed under a theme."""

    __tablename__ = "story_themes"

    story_id: Mapped[int] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True
    )

    story: Mapped[Story] = relationship(back_populates="themes")

    __table_args__ = (Index("ix_story_themes_theme", "theme_id"),)


class DecisionStory(Base):
    """A story that informed a decision: what many voices said, cited where it was used."""

    __tablename__ = "decision_stories"

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), primary_key=True
    )
    story_id: Mapped[int] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_decision_stories_story", "story_id"),)
