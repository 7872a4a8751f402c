"""Themes: the tags a group files its stories under ("waiting times", "transport", "feeling
listened to"), so that many stories become a body of evidence (seed 000).

A group defines its own themes. Names are compared folded (capitals, accents and extra spaces
ignored), so "Transport" and "transport " are one theme. Deleting a theme keeps its stories;
they are only untagged.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coprod_desktop import limits
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.services.text_folding import fold
from coprod_desktop.storage.models import StoryTheme, Theme

THEME_LABELS = {"name": "Theme name", "description": "Description"}


@dataclass(frozen=True)
class ThemeRecord:
    id: int
    name: str
    description: str
    story_count: int  # every story filed under it, whatever its consent


def theme_key(name: str) -> str:
    """The folded name that makes a theme unique: theme_key(" Café  Access") == "cafe access"."""
    # Folding can lengthen a name (æ becomes ae); the column holds THEME_NAME_MAX characters.
    return fold(" ".join(name.split()))[: limits.THEME_NAME_MAX]


def _load(session: Session, theme_id: int) -> Theme:
    theme = session.get(Theme, theme_id)
    if theme is None:
        raise NotFound(f"There is no theme with the number {theme_id}.")
    return theme


def _checked(
    session: Session, name: str, description: str, theme_id: int | None
) -> tuple[str, str, str]:
    """(name, description, key) tidied, or ValidationError with every problem."""
    check = Checker(THEME_LABELS)
    clean = check.single_line("name", name, limits.THEME_NAME_MAX)
    check.required("name", clean, "a short name, such as 'Transport' or 'Waiting times'")
    text = check.multi_line("description", description, limits.DESCRIPTION_MAX)
    key = theme_key(clean)
    if clean and not check.has("name"):
        query = select(Theme).where(Theme.name_key == key)
        if theme_id is not None:
            query = query.where(Theme.id != theme_id)
        same = session.scalars(query).first()
        if same is not None:
            check.add(
                "name",
                f"Theme name: there is already a theme called '{same.name}'. Use that one, or "
                "choose a different name.",
            )
    check.raise_if_any()
    return clean, text, key


def add_theme(session: Session, name: str, description: str = "") -> int:
    clean, text, key = _checked(session, name, description, None)
    theme = Theme(name=clean, name_key=key, description=text)
    session.add(theme)
    session.flush()
    return theme.id


def rename_theme(
    session: Session, theme_id: int, name: str, description: str | None = None
) -> ThemeRecord:
    """Give a theme a new name (and description, unless None: kept as it is). Its stories keep
    it, under the new name."""
    theme = _load(session, theme_id)
    clean, text, key = _checked(
        session, name, theme.description if description is None else description, theme_id
    )
    theme.name = clean
    theme.name_key = key
    theme.description = text
    session.flush()
    return get_theme(session, theme_id)


def delete_theme(session: Session, theme_id: int) -> int:
    """Delete a theme; its stories stay, no longer filed under it. Returns how many were."""
    theme = _load(session, theme_id)
    untagged = session.execute(delete(StoryTheme).where(StoryTheme.theme_id == theme_id))
    session.delete(theme)
    session.flush()
    return int(getattr(untagged, "rowcount", 0) or 0)


def _counts(session: Session) -> dict[int, int]:
    return {
        theme_id: int(count)
        for theme_id, count in session.execute(
            select(StoryTheme.theme_id, func.count()).group_by(StoryTheme.theme_id)
        )
    }


def get_theme(session: Session, theme_id: int) -> ThemeRecord:
    theme = _load(session, theme_id)
    count = session.scalar(
        select(func.count()).select_from(StoryTheme).where(StoryTheme.theme_id == theme_id)
    )
    return ThemeRecord(theme.id, theme.name, theme.description, int(count or 0))


def list_themes(session: Session) -> list[ThemeRecord]:
    """Every theme, by name (capitals and accents ignored)."""
    counts = _counts(session)
    rows = session.scalars(select(Theme).order_by(Theme.name_key, Theme.id))
    return [ThemeRecord(t.id, t.name, t.description, counts.get(t.id, 0)) for t in rows]


def find_theme(session: Session, name: str) -> ThemeRecord | None:
    """The theme with this name (capitals, accents and extra spaces ignored), if there is one."""
    theme_id = session.scalar(select(Theme.id).where(Theme.name_key == theme_key(name)))
    return get_theme(session, theme_id) if theme_id is not None else None
