"""Stories: what someone shared of their lived experience, filed under themes, which together
become the body of evidence a strategic group draws on (the cycle of co-production, seed 000).

Each story keeps the consent given for its use, and that consent decides where it may go:

* internal only: seen in this app and nowhere else;
* anonymised: may appear in reports and exports without the teller's name, the place, the
  session or the exact day, and with the teller's names taken out of the text;
* with name: may appear with the name the teller uses.

Everything else in the app that prints, exports or summarises stories (meeting summaries,
funder reports, CSV) must get them from ``stories_for_output`` and counts from
``shareable_evidence``: they are the only way a story leaves the app, and they apply the rules
above. ``list_stories`` and ``evidence_by_theme`` are for the app's own screens.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from coprod_desktop import limits
from coprod_desktop.services.dates import MONTHS, long_date, today_here
from coprod_desktop.services.decisions import decision_label, session_title
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.services.name_removal import remove_names
from coprod_desktop.services.text_folding import fold
from coprod_desktop.storage.models import (
    Decision,
    DecisionStory,
    Participant,
    Project,
    ProjectSession,
    Story,
    StoryTheme,
    Theme,
)
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import StoryConsent

STORY_LABELS = {
    "title": "Title",
    "text": "What they shared",
    "participant_id": "Shared by",
    "told_on": "Told on",
    "place": "Where",
    "project_id": "Project",
    "session_id": "Session",
    "consent": "How it may be used",
    "theme_ids": "Themes",
}

ANONYMOUS = "Anonymous"
NO_THEME = "No theme yet"

# What each consent means, in a sentence, for the form and the guide.
CONSENT_HINTS = {
    StoryConsent.INTERNAL_ONLY: (
        "Only people using this app can read it. It never appears in a printout or export."
    ),
    StoryConsent.ANONYMISED: (
        "It can appear in reports and exports, without their name, the place or the exact day."
    ),
    StoryConsent.WITH_NAME: (
        "It can appear in reports and exports with the name they use. Choose this only if "
        "they said yes to it."
    ),
}

# The consents under which a story may leave the app (a new kind of consent stays in).
SHAREABLE = (StoryConsent.ANONYMISED, StoryConsent.WITH_NAME)


@dataclass(frozen=True)
class StoryData:
    title: str
    text: str
    told_on: date
    consent: StoryConsent
    participant_id: int | None = None  # None: anonymous
    place: str = ""
    project_id: int | None = None
    session_id: int | None = None
    # As read back: in the order of the theme names (alphabetical).
    theme_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class StoryRecord:
    id: int
    data: StoryData
    teller_name: str | None  # their preferred name; None when anonymous
    theme_names: tuple[str, ...]
    project_name: str | None
    session_title: str | None  # "Title (date)"
    # What it led to: the decisions that cite it, (number, "Decision 3, 4 November 2025: …"),
    # oldest first.
    decisions: tuple[tuple[int, str], ...] = ()

    @property
    def shared_by(self) -> str:
        return self.teller_name if self.teller_name is not None else ANONYMOUS

    @property
    def themes_text(self) -> str:
        return ", ".join(self.theme_names)


@dataclass(frozen=True)
class StoryQuery:
    theme_id: int | None = None
    project_id: int | None = None
    participant_id: int | None = None
    date_from: date | None = None  # told on or after
    date_to: date | None = None  # told on or before
    consent: StoryConsent | None = None


@dataclass(frozen=True)
class ThemeEvidence:
    """One theme's stories over a period: how many, and from how many voices."""

    theme_id: int | None  # None: the stories not filed under any theme yet
    name: str
    story_count: int
    # Different people who told them: each named teller once, each anonymous story as one.
    teller_count: int
    story_ids: tuple[int, ...]  # newest first

    @property
    def sentence(self) -> str:
        return evidence_sentence(self.name, self.story_count, self.teller_count)


@dataclass(frozen=True)
class SharedStory:
    """A story as it may appear outside the app (see ``stories_for_output``)."""

    id: int
    title: str
    text: str
    told_in: str  # the month and year only: "March 2026"
    themes: tuple[str, ...]
    teller: str | None  # the name they use, only when they agreed to be named
    anonymised: bool


def evidence_sentence(name: str, stories: int, people: int) -> str:
    """A theme's count in words, as the evidence view says it: "Transport: 7 stories from 6
    people"."""
    story_word = "story" if stories == 1 else "stories"
    people_word = "person" if people == 1 else "people"
    return f"{name}: {stories:,} {story_word} from {people:,} {people_word}"


def month_year(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


# --- checking -------------------------------------------------------------------------------
def validate_story(session: Session, data: StoryData, today: date | None = None) -> StoryData:
    """``data`` tidied, or ValidationError with every problem. A session without a project
    takes the session's project."""
    check = Checker(STORY_LABELS)
    title = check.single_line("title", data.title, limits.STORY_TITLE_MAX)
    check.required("title", title, "a few words to find it by, such as 'Two buses to the clinic'")
    text = check.multi_line("text", data.text, limits.STORY_TEXT_MAX)
    check.required("text", text, "what they shared, in their words if you can")
    place = check.single_line("place", data.place, limits.PLACE_MAX)
    today = today or today_here()
    if data.told_on > today:
        check.add(
            "told_on",
            f"Told on: {long_date(data.told_on)} is in the future. Record a story after it was "
            "told: choose today or an earlier day.",
        )
    if data.participant_id is not None and session.get(Participant, data.participant_id) is None:
        check.add(
            "participant_id",
            f"Shared by: there is nobody with the number {data.participant_id} on the register. "
            "Choose someone from the list, or tick Anonymous.",
        )
    if data.participant_id is None and data.consent is StoryConsent.WITH_NAME:
        check.add(
            "consent",
            "How it may be used: a story shared anonymously cannot be used with a name. Say who "
            f"shared it, or choose '{StoryConsent.ANONYMISED.label}' or "
            f"'{StoryConsent.INTERNAL_ONLY.label}'.",
        )
    project_id = data.project_id
    project = session.get(Project, project_id) if project_id is not None else None
    if project_id is not None and project is None:
        check.add("project_id", f"Project: there is no project with the number {project_id}.")
    if data.session_id is not None:
        found = session.get(ProjectSession, data.session_id)
        if found is None:
            check.add(
                "session_id", f"Session: there is no session with the number {data.session_id}."
            )
        elif project_id is None:
            project_id = found.project_id
        elif project is not None and found.project_id != project.id:
            check.add(
                "session_id",
                f"Session: that session belongs to another project: {found.project.name}. "
                f"Choose a session of {project.name}, or leave it empty.",
            )
    theme_ids = tuple(dict.fromkeys(data.theme_ids))
    if theme_ids:
        known = set(session.scalars(select(Theme.id).where(Theme.id.in_(theme_ids))))
        for theme_id in theme_ids:
            if theme_id not in known:
                check.add(
                    "theme_ids",
                    f"Themes: there is no theme with the number {theme_id}. Choose themes "
                    "from the list.",
                )
    check.raise_if_any()
    return replace(
        data, title=title, text=text, place=place, project_id=project_id, theme_ids=theme_ids
    )


# --- reading --------------------------------------------------------------------------------
def _teller_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(Participant.id, Participant.preferred_name).where(Participant.id.in_(ids))
    )
    return dict(rows.all())


def _project_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Project.id, Project.name).where(Project.id.in_(ids)))
    return dict(rows.all())


def _themes_of(session: Session, story_ids: set[int]) -> dict[int, list[tuple[int, str]]]:
    """Each story's themes, (number, name), by name."""
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    if story_ids:
        rows = session.execute(
            select(StoryTheme.story_id, Theme.id, Theme.name)
            .join(Theme, Theme.id == StoryTheme.theme_id)
            .where(StoryTheme.story_id.in_(story_ids))
            .order_by(Theme.name_key, Theme.id)
        )
        for story_id, theme_id, name in rows:
            found[story_id].append((theme_id, name))
    return found


def _citing(session: Session, story_ids: set[int]) -> dict[int, list[tuple[int, str]]]:
    """The decisions citing each story, oldest first."""
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    if story_ids:
        rows = session.execute(
            select(DecisionStory.story_id, Decision.id, Decision.decided_on, Decision.what)
            .join(Decision, Decision.id == DecisionStory.decision_id)
            .where(DecisionStory.story_id.in_(story_ids))
            .order_by(Decision.decided_on, Decision.id)
        )
        for story_id, decision_id, decided_on, what in rows:
            found[story_id].append((decision_id, decision_label(decision_id, decided_on, what)))
    return found


def _records(session: Session, stories: list[Story]) -> list[StoryRecord]:
    """Records for many stories, with every name they show fetched in a few queries."""
    if not stories:
        return []
    ids = {s.id for s in stories}
    tellers = _teller_names(
        session, {s.participant_id for s in stories if s.participant_id is not None}
    )
    projects = _project_names(session, {s.project_id for s in stories if s.project_id is not None})
    session_ids = {s.session_id for s in stories if s.session_id is not None}
    sessions = (
        {
            row.id: session_title(row)
            for row in session.scalars(
                select(ProjectSession).where(ProjectSession.id.in_(session_ids))
            )
        }
        if session_ids
        else {}
    )
    themes = _themes_of(session, ids)
    citing = _citing(session, ids)
    return [
        StoryRecord(
            id=story.id,
            data=StoryData(
                title=story.title,
                text=story.text,
                told_on=story.told_on,
                consent=story.consent,
                participant_id=story.participant_id,
                place=story.place,
                project_id=story.project_id,
                session_id=story.session_id,
                theme_ids=tuple(theme_id for theme_id, _ in themes[story.id]),
            ),
            teller_name=tellers.get(story.participant_id)
            if story.participant_id is not None
            else None,
            theme_names=tuple(name for _, name in themes[story.id]),
            project_name=projects.get(story.project_id) if story.project_id is not None else None,
            session_title=sessions.get(story.session_id) if story.session_id is not None else None,
            decisions=tuple(citing[story.id]),
        )
        for story in stories
    ]


def _load(session: Session, story_id: int) -> Story:
    story = session.get(Story, story_id)
    if story is None:
        raise NotFound(f"There is no story with the number {story_id}.")
    return story


def get_story(session: Session, story_id: int) -> StoryRecord:
    return _records(session, [_load(session, story_id)])[0]


def get_stories(session: Session, story_ids: Iterable[int]) -> list[StoryRecord]:
    """The stories with these numbers (unknown ones left out), newest first."""
    wanted = set(story_ids)
    if not wanted:
        return []
    query = (
        select(Story).where(Story.id.in_(wanted)).order_by(Story.told_on.desc(), Story.id.desc())
    )
    return _records(session, list(session.scalars(query)))


def list_stories(session: Session, query: StoryQuery | None = None) -> list[StoryRecord]:
    """Every story matching ``query``, whatever its consent (for the app's own screens), newest
    first (by the day told, then the most recently added)."""
    query = query or StoryQuery()
    statement = select(Story).order_by(Story.told_on.desc(), Story.id.desc())
    if query.theme_id is not None:
        statement = statement.where(
            Story.id.in_(select(StoryTheme.story_id).where(StoryTheme.theme_id == query.theme_id))
        )
    if query.project_id is not None:
        statement = statement.where(Story.project_id == query.project_id)
    if query.participant_id is not None:
        statement = statement.where(Story.participant_id == query.participant_id)
    if query.date_from is not None:
        statement = statement.where(Story.told_on >= query.date_from)
    if query.date_to is not None:
        statement = statement.where(Story.told_on <= query.date_to)
    if query.consent is not None:
        statement = statement.where(Story.consent == query.consent)
    return _records(session, list(session.scalars(statement)))


# --- changing -------------------------------------------------------------------------------
def _set_themes(story: Story, theme_ids: tuple[int, ...]) -> None:
    """Make the themes exactly ``theme_ids``, touching only those that change (deleting a row
    and inserting the same one in one flush would collide on the primary key)."""
    wanted = set(theme_ids)
    story.themes = [t for t in story.themes if t.theme_id in wanted]
    have = {t.theme_id for t in story.themes}
    story.themes.extend(StoryTheme(theme_id=tid) for tid in theme_ids if tid not in have)


def add_story(session: Session, data: StoryData, today: date | None = None) -> int:
    """Record a story; ``today`` (this computer's date unless given) is the latest day it can
    have been told."""
    clean = validate_story(session, data, today)
    now = utc_now()
    story = Story(
        title=clean.title,
        text=clean.text,
        participant_id=clean.participant_id,
        told_on=clean.told_on,
        place=clean.place,
        project_id=clean.project_id,
        session_id=clean.session_id,
        consent=clean.consent,
        created_at=now,
        updated_at=now,
    )
    _set_themes(story, clean.theme_ids)
    session.add(story)
    session.flush()
    return story.id


def update_story(
    session: Session, story_id: int, data: StoryData, today: date | None = None
) -> StoryRecord:
    """Save a change; the themes become exactly those given."""
    clean = validate_story(session, data, today)
    story = _load(session, story_id)
    story.title = clean.title
    story.text = clean.text
    story.participant_id = clean.participant_id
    story.told_on = clean.told_on
    story.place = clean.place
    story.project_id = clean.project_id
    story.session_id = clean.session_id
    story.consent = clean.consent
    _set_themes(story, clean.theme_ids)
    story.updated_at = utc_now()
    session.flush()
    return get_story(session, story_id)


def delete_story(session: Session, story_id: int) -> None:
    """Delete a story; decisions that cited it no longer do (they are kept)."""
    story = _load(session, story_id)
    session.execute(delete(DecisionStory).where(DecisionStory.story_id == story_id))
    session.delete(story)
    session.flush()


# --- evidence -------------------------------------------------------------------------------
def _in_period(
    session: Session,
    date_from: date | None,
    date_to: date | None,
    project_id: int | None,
    consents: tuple[StoryConsent, ...] | None = None,
) -> list[tuple[int, int | None, date]]:
    """(number, teller, day told) of the stories in the period, newest first."""
    query = select(Story.id, Story.participant_id, Story.told_on).order_by(
        Story.told_on.desc(), Story.id.desc()
    )
    if date_from is not None:
        query = query.where(Story.told_on >= date_from)
    if date_to is not None:
        query = query.where(Story.told_on <= date_to)
    if project_id is not None:
        query = query.where(Story.project_id == project_id)
    if consents is not None:
        query = query.where(Story.consent.in_(consents))
    return [(row[0], row[1], row[2]) for row in session.execute(query)]


def _voices(tellers: list[int | None]) -> int:
    """Each named person once; each anonymous story as a voice of its own."""
    return len({t for t in tellers if t is not None}) + sum(1 for t in tellers if t is None)


def _evidence(
    session: Session,
    date_from: date | None,
    date_to: date | None,
    project_id: int | None,
    consents: tuple[StoryConsent, ...] | None,
) -> tuple[list[ThemeEvidence], ThemeEvidence | None]:
    stories = _in_period(session, date_from, date_to, project_id, consents)
    if not stories:
        return [], None
    teller = {story_id: participant_id for story_id, participant_id, _ in stories}
    order = [story_id for story_id, _, _ in stories]
    filed: dict[int, set[int]] = defaultdict(set)  # theme -> its stories
    names: dict[int, str] = {}
    tagged: set[int] = set()
    for theme_id, name, story_id in session.execute(
        select(Theme.id, Theme.name, StoryTheme.story_id)
        .join(StoryTheme, StoryTheme.theme_id == Theme.id)
        .where(StoryTheme.story_id.in_(teller))
    ):
        filed[theme_id].add(story_id)
        names[theme_id] = name
        tagged.add(story_id)
    rows = [
        ThemeEvidence(
            theme_id=theme_id,
            name=names[theme_id],
            story_count=len(ids),
            teller_count=_voices([teller[s] for s in ids]),
            story_ids=tuple(s for s in order if s in ids),
        )
        for theme_id, ids in filed.items()
    ]
    rows.sort(key=lambda r: (-r.story_count, fold(r.name), r.theme_id or 0))
    untagged = [s for s in order if s not in tagged]
    none_yet = (
        ThemeEvidence(
            theme_id=None,
            name=NO_THEME,
            story_count=len(untagged),
            teller_count=_voices([teller[s] for s in untagged]),
            story_ids=tuple(untagged),
        )
        if untagged
        else None
    )
    return rows, none_yet


def evidence_by_theme(
    session: Session,
    date_from: date | None,
    date_to: date | None,
    project_id: int | None = None,
) -> list[ThemeEvidence]:
    """Stories told in the period (both days included), grouped by theme: the most stories
    first (then by name), and last a row for the stories not filed under
    any theme yet. A story under two themes counts under both. Every story counts, whatever its
    consent: this is for the app's own screen (``shareable_evidence`` is for anything that
    leaves it)."""
    rows, none_yet = _evidence(session, date_from, date_to, project_id, None)
    return rows + ([none_yet] if none_yet is not None else [])


def shareable_evidence(
    session: Session,
    date_from: date | None,
    date_to: date | None,
    project_id: int | None = None,
) -> list[tuple[str, int]]:
    """(theme, number of stories) over the stories that may leave the app (internal-only ones
    are not counted), most first: for reports and exports."""
    rows, _ = _evidence(session, date_from, date_to, project_id, SHAREABLE)
    return [(row.name, row.story_count) for row in rows]


# --- the only way out -----------------------------------------------------------------------
def stories_for_output(
    session: Session,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    project_id: int | None = None,
    session_id: int | None = None,
    theme_id: int | None = None,
    allow_names: bool = True,
) -> list[SharedStory]:
    """The stories that may appear outside the app, as they may appear there, oldest first.

    Internal-only stories are never returned. Anonymised ones come without the teller, the
    place, the session or the day (only the month), and with the teller's names taken out of
    the title and text. Stories shared with a name carry the name the teller uses, if their
    register record also says they may be named in documents, and unless ``allow_names`` is
    False (a document that names nobody); otherwise they are anonymised too.
    """
    query = (
        select(Story)
        .options(selectinload(Story.themes))
        .where(Story.consent.in_(SHAREABLE))
        .order_by(Story.told_on, Story.id)
    )
    if date_from is not None:
        query = query.where(Story.told_on >= date_from)
    if date_to is not None:
        query = query.where(Story.told_on <= date_to)
    if project_id is not None:
        query = query.where(Story.project_id == project_id)
    if session_id is not None:
        query = query.where(Story.session_id == session_id)
    if theme_id is not None:
        query = query.where(
            Story.id.in_(select(StoryTheme.story_id).where(StoryTheme.theme_id == theme_id))
        )
    stories = list(session.scalars(query))
    if not stories:
        return []
    teller_ids = {s.participant_id for s in stories if s.participant_id is not None}
    tellers = {
        row.id: (row.preferred_name, row.full_name)
        for row in session.execute(
            select(Participant.id, Participant.preferred_name, Participant.full_name).where(
                Participant.id.in_(teller_ids)
            )
        )
    }
    # A name is printed only when both the story and the person's register record allow it:
    # someone who has said "do not name me in documents" is never named, whatever a story says.
    may_be_named = set(
        session.scalars(
            select(Participant.id).where(
                Participant.id.in_(teller_ids), Participant.consent_named_in_documents.is_(True)
            )
        )
    )
    themes = _themes_of(session, {s.id for s in stories})
    shared = []
    for story in stories:
        names = tellers.get(story.participant_id) if story.participant_id is not None else None
        named = (
            allow_names
            and story.consent is StoryConsent.WITH_NAME
            and story.participant_id in may_be_named
            and names is not None
            and bool(names[0])
        )
        title, text = story.title, story.text
        if not named and names is not None:
            title = remove_names(title, names)
            text = remove_names(text, names)
        shared.append(
            SharedStory(
                id=story.id,
                title=title,
                text=text,
                told_in=month_year(story.told_on),
                themes=tuple(name for _, name in themes[story.id]),
                teller=names[0] if named and names is not None else None,
                anonymised=not named,
            )
        )
    return shared
