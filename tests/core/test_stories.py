"""Stories and evidence: themes, checking a story, the evidence view's counts on a hand-made set
with a known answer, decisions citing stories (and a story showing what it led to), and the
consent rules on everything that lets a story leave the app."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from coprod_desktop.services import decisions, sessions, stories, themes
from coprod_desktop.services.decisions import DecisionData
from coprod_desktop.services.demo_data import add_demo_data
from coprod_desktop.services.demo_stories import THEMES, StoriesSummary
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.services.name_removal import REMOVED, remove_names
from coprod_desktop.services.stories import SharedStory, StoryData, StoryQuery, ThemeEvidence
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import AttendanceStatus, DecisionMethod, StoryConsent
from tests.core.payment_fixtures import NAMED_IN_DOCUMENTS, add_person, add_project, add_session

TODAY = date(2026, 3, 20)
DAY = date(2026, 1, 14)


def a_story(**overrides: Any) -> StoryData:
    values: dict[str, Any] = {
        "title": "Two buses to the clinic",
        "text": "I take two buses and still miss my slot.",
        "told_on": DAY,
        "consent": StoryConsent.ANONYMISED,
    }
    values.update(overrides)
    return StoryData(**values)


def add(session: Session, **overrides: Any) -> int:
    return stories.add_story(session, a_story(**overrides), today=TODAY)


def problems(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in error.value.problems}


# --- themes -------------------------------------------------------------------------------------
def test_themes_are_unique_whatever_the_capitals_accents_or_spaces(database: Database) -> None:
    with database.transaction() as session:
        transport = themes.add_theme(session, "  Transport ", "Getting there")
        with pytest.raises(ValidationError) as error:
            themes.add_theme(session, "TRANSPORT")
        assert problems(error) == {
            "name": "Theme name: there is already a theme called 'Transport'. Use that one, "
            "or choose a different name."
        }
        cafe = themes.add_theme(session, "Café  access")
        with pytest.raises(ValidationError):
            themes.add_theme(session, "cafe ACCESS")
        with pytest.raises(ValidationError) as error:
            themes.add_theme(session, "   ")
        assert problems(error)["name"].startswith("Theme name is empty.")
        with pytest.raises(ValidationError) as error:
            themes.add_theme(session, "x" * 81)
        assert "at most 80" in problems(error)["name"]
        # Renaming to its own name in other capitals is fine; to another theme's name is not.
        renamed = themes.rename_theme(session, transport, "TRANSPORT and travel")
        assert renamed.name == "TRANSPORT and travel"
        assert renamed.description == "Getting there"  # kept
        with pytest.raises(ValidationError):
            themes.rename_theme(session, cafe, "transport AND travel")
        found = themes.find_theme(session, "transport and TRAVEL ")
        assert found is not None and found.id == transport
        assert themes.find_theme(session, "Nothing like it") is None
        with pytest.raises(NotFound):
            themes.rename_theme(session, 999, "Anything")


def test_deleting_a_theme_keeps_its_stories(database: Database) -> None:
    with database.transaction() as session:
        transport = themes.add_theme(session, "Transport")
        waiting = themes.add_theme(session, "Waiting times")
        story = add(session, theme_ids=(transport, waiting))
        add(session, theme_ids=(transport,))
        assert [(t.name, t.story_count) for t in themes.list_themes(session)] == [
            ("Transport", 2),
            ("Waiting times", 1),
        ]
        assert themes.delete_theme(session, transport) == 2
    with database.reading() as session:
        assert [t.name for t in themes.list_themes(session)] == ["Waiting times"]
        record = stories.get_story(session, story)
        assert record.theme_names == ("Waiting times",)
        assert record.data.theme_ids == (waiting,)
        assert len(stories.list_stories(session)) == 2


# --- checking a story ---------------------------------------------------------------------------
def test_every_problem_is_reported_at_once_in_plain_english(database: Database) -> None:
    with database.transaction() as session, pytest.raises(ValidationError) as error:
        stories.add_story(
            session,
            a_story(
                title="  ",
                text="\n",
                told_on=date(2026, 3, 21),
                consent=StoryConsent.WITH_NAME,
                participant_id=None,
                theme_ids=(404,),
                place="x" * 301,
            ),
            today=TODAY,
        )
    found = problems(error)
    assert found == {
        "title": "Title is empty. Please enter a few words to find it by, such as 'Two buses "
        "to the clinic'.",
        "text": "What they shared is empty. Please enter what they shared, in their words if "
        "you can.",
        "told_on": "Told on: 21 March 2026 is in the future. Record a story after it was told: "
        "choose today or an earlier day.",
        "consent": "How it may be used: a story shared anonymously cannot be used with a name. "
        "Say who shared it, or choose 'Anonymised in reports' or 'Internal only (never printed "
        "or exported)'.",
        "theme_ids": "Themes: there is no theme with the number 404. Choose themes from the list.",
        "place": "Where is 301 characters long, but can be at most 300. Please shorten it.",
    }
    assert "a story shared anonymously cannot be used with a name" in str(error.value)


def test_a_session_must_belong_to_the_storys_project(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        panel = add_project(session, "Youth panel")
        panel_session = add_session(session, panel, DAY)
        with pytest.raises(ValidationError) as error:
            add(session, project_id=cafe, session_id=panel_session)
        assert problems(error) == {
            "session_id": "Session: that session belongs to another project: Youth panel. "
            "Choose a session of Carers' café, or leave it empty."
        }
        with pytest.raises(ValidationError) as error:
            add(session, participant_id=999)
        assert problems(error)["participant_id"].startswith(
            "Shared by: there is nobody with the number 999 on the register."
        )
        # A session alone brings its project with it.
        story = add(session, session_id=panel_session)
        record = stories.get_story(session, story)
    assert record.data.project_id == panel
    assert record.project_name == "Youth panel"
    assert record.session_title == "Planning workshop (14 January 2026)"


def test_a_story_is_stored_tidied_and_changed_and_deleted(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        meeting = add_session(session, project, DAY)
        amira = add_person(session, preferred_name="Amira")
        transport = themes.add_theme(session, "Transport")
        waiting = themes.add_theme(session, "Waiting times")
        story = add(
            session,
            title="  Two   buses ",
            text="  First line  \r\nSecond line \n",
            participant_id=amira,
            place=" Community centre ",
            project_id=project,
            session_id=meeting,
            consent=StoryConsent.WITH_NAME,
            theme_ids=(waiting, transport, waiting),
        )
        record = stories.get_story(session, story)
        assert record.data == StoryData(
            title="Two buses",
            text="First line\nSecond line",
            told_on=DAY,
            consent=StoryConsent.WITH_NAME,
            participant_id=amira,
            place="Community centre",
            project_id=project,
            session_id=meeting,
            theme_ids=(transport, waiting),  # by name
        )
        assert record.teller_name == record.shared_by == "Amira"
        assert record.theme_names == ("Transport", "Waiting times")
        assert record.themes_text == "Transport, Waiting times"
        assert record.decisions == ()
        changed = stories.update_story(
            session,
            story,
            replace(
                record.data,
                participant_id=None,
                consent=StoryConsent.INTERNAL_ONLY,
                theme_ids=(waiting,),
            ),
            today=TODAY,
        )
        assert changed.shared_by == stories.ANONYMOUS
        assert changed.teller_name is None
        assert changed.theme_names == ("Waiting times",)
        stories.delete_story(session, story)
        with pytest.raises(NotFound):
            stories.get_story(session, story)
        assert themes.list_themes(session)[1].story_count == 0


def test_list_stories_filters(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        panel = add_project(session, "Youth panel")
        amira = add_person(session, preferred_name="Amira")
        transport = themes.add_theme(session, "Transport")
        ids = {
            "old": add(session, told_on=date(2025, 6, 1), project_id=cafe, theme_ids=(transport,)),
            "mid": add(session, told_on=date(2025, 9, 1), project_id=panel, participant_id=amira),
            "new": add(
                session,
                told_on=date(2026, 1, 1),
                project_id=cafe,
                consent=StoryConsent.INTERNAL_ONLY,
                theme_ids=(transport,),
            ),
        }

    def listed(**query: Any) -> list[int]:
        with database.reading() as session:
            return [r.id for r in stories.list_stories(session, StoryQuery(**query))]

    assert listed() == [ids["new"], ids["mid"], ids["old"]]  # newest first, every consent
    assert listed(theme_id=transport) == [ids["new"], ids["old"]]
    assert listed(project_id=panel) == [ids["mid"]]
    assert listed(participant_id=amira) == [ids["mid"]]
    assert listed(date_from=date(2025, 9, 1), date_to=date(2025, 12, 31)) == [ids["mid"]]
    assert listed(consent=StoryConsent.INTERNAL_ONLY) == [ids["new"]]
    with database.reading() as session:
        assert [r.id for r in stories.get_stories(session, [ids["old"], ids["new"], 999])] == [
            ids["new"],
            ids["old"],
        ]


# --- the evidence view: a hand-made set with a known answer -------------------------------------
@dataclass(frozen=True)
class HandMade:
    project: int
    other_project: int
    transport: int
    waiting: int
    staff: int
    unused: int
    ids: dict[str, int]


@pytest.fixture
def hand_made(database: Database) -> HandMade:
    """Ten stories. In the period (2025-10-01 to 2026-03-20), of project P unless said:

    s1  A  Transport, Waiting  internal only
    s2  A  Transport           anonymised
    s3  B  Transport           with name
    s4  -  Transport           anonymised (anonymous)
    s5  -  Transport, Staff    internal only (anonymous)
    s6  C  Waiting             anonymised
    s7  B  (no theme)          with name
    s8  -  (no theme)          internal only (anonymous)
    s9  A  Transport           anonymised, told before the period
    s10 C  Staff               with name, of project Q
    """
    internal, anonymised, named = (
        StoryConsent.INTERNAL_ONLY,
        StoryConsent.ANONYMISED,
        StoryConsent.WITH_NAME,
    )
    with database.transaction() as session:
        p = add_project(session, "P")
        q = add_project(session, "Q")
        a = add_person(session, preferred_name="A person")
        b = add_person(session, preferred_name="B person")
        c = add_person(session, preferred_name="C person")
        transport = themes.add_theme(session, "Transport")
        waiting = themes.add_theme(session, "Waiting times")
        staff = themes.add_theme(session, "Staff attitudes")
        unused = themes.add_theme(session, "Digital exclusion")
        plan = {
            "s1": (a, (transport, waiting), internal, DAY, p),
            "s2": (a, (transport,), anonymised, DAY, p),
            "s3": (b, (transport,), named, DAY, p),
            "s4": (None, (transport,), anonymised, DAY, p),
            "s5": (None, (transport, staff), internal, DAY, p),
            "s6": (c, (waiting,), anonymised, date(2025, 10, 1), p),
            "s7": (b, (), named, TODAY, p),
            "s8": (None, (), internal, DAY, p),
            "s9": (a, (transport,), anonymised, date(2025, 9, 30), p),
            "s10": (c, (staff,), named, DAY, q),
        }
        ids = {
            key: add(
                session,
                title=f"Story {key}",
                participant_id=teller,
                theme_ids=tagged,
                consent=consent,
                told_on=day,
                project_id=project,
            )
            for key, (teller, tagged, consent, day, project) in plan.items()
        }
    return HandMade(p, q, transport, waiting, staff, unused, ids)


PERIOD = (date(2025, 10, 1), TODAY)


def _counts(rows: list[ThemeEvidence]) -> list[tuple[str, int, int]]:
    return [(r.name, r.story_count, r.teller_count) for r in rows]


def test_evidence_by_theme_counts_stories_and_voices(
    database: Database, hand_made: HandMade
) -> None:
    with database.reading() as session:
        rows = stories.evidence_by_theme(session, *PERIOD)
        in_p = stories.evidence_by_theme(session, *PERIOD, project_id=hand_made.project)
        ever = stories.evidence_by_theme(session, None, None)
    assert _counts(rows) == [
        ("Transport", 5, 4),  # A twice, B, and two anonymous voices
        ("Staff attitudes", 2, 2),  # an anonymous voice and C (ties go by name)
        ("Waiting times", 2, 2),
        ("No theme yet", 2, 2),  # B, and one anonymous voice
    ]
    assert rows[0].sentence == "Transport: 5 stories from 4 people"
    assert rows[0].theme_id == hand_made.transport
    assert rows[-1].theme_id is None
    ids = hand_made.ids
    assert set(rows[0].story_ids) == {ids[k] for k in ("s1", "s2", "s3", "s4", "s5")}
    assert set(rows[-1].story_ids) == {ids["s7"], ids["s8"]}
    assert rows[-1].story_ids[0] == ids["s7"]  # newest first
    assert _counts(in_p) == [
        ("Transport", 5, 4),
        ("Waiting times", 2, 2),
        ("Staff attitudes", 1, 1),
        ("No theme yet", 2, 2),
    ]
    assert _counts(ever)[0] == ("Transport", 6, 4)  # s9 too: A again
    assert stories.evidence_sentence("Staff attitudes", 1, 1) == (
        "Staff attitudes: 1 story from 1 person"
    )


def test_shareable_evidence_leaves_internal_only_stories_out(
    database: Database, hand_made: HandMade
) -> None:
    with database.reading() as session:
        assert stories.shareable_evidence(session, *PERIOD) == [
            ("Transport", 3),  # s2, s3, s4 (s1 and s5 are internal only)
            ("Staff attitudes", 1),  # s10 (s5 is internal only)
            ("Waiting times", 1),  # s6
        ]
        assert stories.shareable_evidence(session, *PERIOD, project_id=hand_made.other_project) == [
            ("Staff attitudes", 1)
        ]
        assert stories.shareable_evidence(session, date(2020, 1, 1), date(2020, 12, 31)) == []


# --- decisions cite stories, stories show what they led to --------------------------------------
def test_decisions_cite_stories_and_stories_show_what_they_led_to(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        older = add(session, title="Older story", told_on=date(2025, 12, 1))
        newer = add(session, title="Newer story")
        third = add(session, title="Third story")
        decision = decisions.add_decision(
            session,
            DecisionData(
                project_id=project,
                decided_on=date(2026, 2, 3),
                what="Pay bus fares on the day",
                method=DecisionMethod.CONSENSUS,
                story_ids=(newer, older, newer),
            ),
        )
        record = decisions.get_decision(session, decision)
        assert record.data.story_ids == record.story_ids == (older, newer)  # oldest first, once
        assert record.stories == ((older, "Older story"), (newer, "Newer story"))
        label = f"Decision {decision}, 3 February 2026: Pay bus fares on the day"
        assert stories.get_story(session, older).decisions == ((decision, label),)
        assert stories.get_story(session, third).decisions == ()
        # Changing the decision replaces what it cites.
        changed = decisions.update_decision(
            session, decision, replace(record.data, story_ids=(third, newer))
        )
        assert changed.data.story_ids == (newer, third)
        assert stories.get_story(session, older).decisions == ()
        assert stories.get_story(session, third).decisions == ((decision, label),)
        with pytest.raises(ValidationError) as error:
            decisions.update_decision(session, decision, replace(record.data, story_ids=(999,)))
        assert problems(error) == {
            "story_ids": "Stories that informed it: there is no story with the number 999. "
            "Choose stories from the list."
        }
        # Deleting a story keeps the decision; it just no longer cites it.
        stories.delete_story(session, third)
        assert decisions.get_decision(session, decision).data.story_ids == (newer,)
        assert [d.story_ids for d in decisions.list_decisions(session)] == [(newer,)]


# --- consent: the only way out ------------------------------------------------------------------
SECRET = "Zanzibar-marmalade-7731"  # only in the internal-only story


@dataclass(frozen=True)
class Told:
    internal: int
    anonymised: int
    named: int
    anonymous: int
    project: int
    meeting: int


@pytest.fixture
def told(database: Database) -> Told:
    with database.transaction() as session:
        project = add_project(session)
        meeting = add_session(session, project, DAY, place="Bramble Street Hall")
        amira = add_person(session, preferred_name="Amira", full_name="Amira Haddad")
        zoe = add_person(
            session,
            preferred_name="Zoë",
            full_name="Zoë Brennan-Okafor",
            **NAMED_IN_DOCUMENTS,
        )
        transport = themes.add_theme(session, "Transport")
        internal = add(
            session,
            title=f"Private: {SECRET}",
            text=f"Something said in confidence: {SECRET}.",
            consent=StoryConsent.INTERNAL_ONLY,
            participant_id=amira,
            project_id=project,
            theme_ids=(transport,),
        )
        anonymised = add(
            session,
            title="Amira's two buses",
            text="My name is AMIRA HADDAD. My son calls me amira; the nurse said "
            "'Mrs Haddad, you're late'. Zoe from the group helped.",
            consent=StoryConsent.ANONYMISED,
            participant_id=amira,
            place="Bramble Street Hall",
            project_id=project,
            session_id=meeting,
            theme_ids=(transport,),
            told_on=date(2026, 3, 2),
        )
        named = add(
            session,
            title="Zoë on the peer group",
            text="Zoe here: the Thursday group kept me going.",
            consent=StoryConsent.WITH_NAME,
            participant_id=zoe,
            project_id=project,
        )
        anonymous = add(
            session,
            title="Nobody rang back",
            text="Four months and no call.",
            consent=StoryConsent.ANONYMISED,
            project_id=project,
        )
    return Told(internal, anonymised, named, anonymous, project, meeting)


def _everything_said(found: list[SharedStory]) -> str:
    return "\n".join(repr(s) for s in found)


def test_internal_only_stories_never_leave_the_app(database: Database, told: Told) -> None:
    with database.reading() as session:
        outputs = [
            stories.stories_for_output(session),
            stories.stories_for_output(session, allow_names=False),
            stories.stories_for_output(session, project_id=told.project),
            stories.stories_for_output(session, date_from=DAY, date_to=TODAY),
        ]
        evidence = stories.shareable_evidence(session, None, None)
    for found in outputs:
        assert told.internal not in {s.id for s in found}
        assert SECRET not in _everything_said(found)
    assert evidence == [("Transport", 1)]  # the anonymised story only


def test_anonymised_stories_leave_without_names_or_identifying_details(
    database: Database, told: Told
) -> None:
    with database.reading() as session:
        found = {s.id: s for s in stories.stories_for_output(session)}
        by_session = stories.stories_for_output(session, session_id=told.meeting)
    assert [s.id for s in by_session] == [told.anonymised]
    story = found[told.anonymised]
    assert story.anonymised
    assert story.teller is None
    assert story.title == f"{REMOVED}'s two buses"
    assert story.text == (
        f"My name is {REMOVED}. My son calls me {REMOVED}; the nurse said "
        f"'Mrs {REMOVED}, you're late'. Zoe from the group helped."
    )
    assert story.told_in == "March 2026"
    assert story.themes == ("Transport",)
    said = repr(story).casefold()
    for identifying in ("amira", "haddad", "bramble", "2026-03-02", "2 march", "planning"):
        assert identifying not in said
    # Nothing else about it could carry the place, the session or the day.
    assert {f.name for f in dataclasses.fields(SharedStory)} == {
        "id",
        "title",
        "text",
        "told_in",
        "themes",
        "teller",
        "anonymised",
    }
    anonymous = found[told.anonymous]
    assert anonymous.teller is None and anonymous.anonymised
    assert anonymous.text == "Four months and no call."


def test_named_stories_carry_the_name_unless_names_are_not_allowed(
    database: Database, told: Told
) -> None:
    with database.reading() as session:
        named = {s.id: s for s in stories.stories_for_output(session)}[told.named]
        nameless = stories.stories_for_output(session, allow_names=False)
    assert named.teller == "Zoë"
    assert not named.anonymised
    assert named.text == "Zoe here: the Thursday group kept me going."  # as told
    as_anonymous = {s.id: s for s in nameless}[told.named]
    assert as_anonymous.teller is None and as_anonymous.anonymised
    assert as_anonymous.title == f"{REMOVED} on the peer group"
    assert as_anonymous.text == f"{REMOVED} here: the Thursday group kept me going."
    assert all(s.teller is None for s in nameless)
    assert "zoë" not in _everything_said(nameless).casefold()


def test_names_are_taken_out_whole_and_in_parts() -> None:
    names = ("Jean-Luc", "Jean-Luc Ó Briain")
    assert remove_names("JEAN-LUC said Jean and Luc; O Briain; Ó Briain's; Lucas", names) == (
        f"{REMOVED} said {REMOVED} and {REMOVED}; O {REMOVED}; Ó {REMOVED}'s; Lucas"
    )
    # Scripts without spaces between words lose the name wherever it is.
    assert remove_names("王芳说她等了很久", ("王芳",)) == f"{REMOVED}说她等了很久"
    assert remove_names("قالت وفاطمة", ("فاطمة",)) == f"قالت و{REMOVED}"
    # Curly and straight apostrophes are the same; short parts alone are left.
    assert remove_names("O’Neill and Al", ("Al O'Neill",)) == f"{REMOVED} and Al"
    assert remove_names("Nothing to take out", ()) == "Nothing to take out"


def test_names_are_found_however_capitals_fold() -> None:
    names = ("Jürgen", "Jürgen Strauß")
    assert remove_names("Ich bin Jürgen STRAUSS, call me Juergen Strauss", names) == (
        f"Ich bin {REMOVED}, call me {REMOVED}"
    )
    # German spellings without umlauts, and without the accent at all.
    assert remove_names("JUERGEN, Jurgen, JÜRGEN; strauss's", names) == (
        f"{REMOVED}, {REMOVED}, {REMOVED}; {REMOVED}'s"
    )
    assert remove_names("Lukasz or ŁUKASZ", ("Łukasz",)) == f"{REMOVED} or {REMOVED}"
    assert remove_names("ΣΊΣΥΦΟΣ and Σίσυφος", ("Σίσυφος",)) == f"{REMOVED} and {REMOVED}"


def test_text_around_a_name_is_kept_when_folding_changes_its_length() -> None:
    # "ß" folds to two letters and a separately typed accent to none: the rest stays exact.
    assert remove_names("Straße: Zoe\u0308 said ﬁne, Zoë", ("Zoë",)) == (
        f"Straße: {REMOVED} said ﬁne, {REMOVED}"
    )
    assert remove_names("ﬁona and Fiona’s", ("Fiona",)) == f"{REMOVED} and {REMOVED}’s"
    assert remove_names("Meet STRAUß!", ("Strauss",)) == f"Meet {REMOVED}!"


def test_hyphenated_names_are_found_joined_or_spaced() -> None:
    text = "Ji-hoon, Jihoon, Ji hoon, JI‑HOON, Hoon; Ji stays"
    assert remove_names(text, ("Ji-hoon",)) == (
        f"{REMOVED}, {REMOVED}, {REMOVED}, {REMOVED}, {REMOVED}; Ji stays"
    )
    assert remove_names("Jeanluc Ó Briain", ("Jean-Luc Ó Briain",)) == REMOVED
    # Apostrophes likewise, and the part after one is a part of the name.
    assert remove_names("O'Neill, ONeill, O Neill, Mr Neill", ("O’Neill",)) == (
        f"{REMOVED}, {REMOVED}, {REMOVED}, Mr {REMOVED}"
    )


# --- demo data ----------------------------------------------------------------------------------
def _demo(path: Path) -> tuple[StoriesSummary, list[tuple[object, ...]]]:
    database = open_database(f"sqlite:///{path}").database
    try:
        with database.transaction() as session:
            # The sample data includes the stories (services.demo_stories).
            summary = add_demo_data(session, 60, seed=3, today=TODAY).stories
        with database.reading() as session:
            shown: list[tuple[object, ...]] = [
                (
                    r.data,
                    r.teller_name,
                    r.theme_names,
                    r.project_name,
                    r.decisions,
                )
                for r in stories.list_stories(session)
            ]
            checks_demo(session, summary)
    finally:
        database.close()
    return summary, shown


def checks_demo(session: Session, summary: StoriesSummary) -> None:
    records = stories.list_stories(session)
    assert summary.themes == 10
    assert {t.name for t in themes.list_themes(session)} == {name for name, _ in THEMES}
    assert summary.stories == len(records)
    by_consent = {c: sum(1 for r in records if r.data.consent is c) for c in StoryConsent}
    assert (summary.internal_only, summary.anonymised, summary.with_name) == (
        by_consent[StoryConsent.INTERNAL_ONLY],
        by_consent[StoryConsent.ANONYMISED],
        by_consent[StoryConsent.WITH_NAME],
    )
    assert all(by_consent.values()), by_consent  # every kind of consent appears
    assert any(r.teller_name is None for r in records)  # some anonymous
    assert summary.cited == len({r.id for r in records if r.decisions}) > 0
    per_project: dict[int | None, int] = {}
    for record in records:
        data = record.data
        per_project[data.project_id] = per_project.get(data.project_id, 0) + 1
        assert 1 <= len(data.theme_ids) <= 3
        assert date(2025, 3, 20) <= data.told_on <= TODAY
        if data.participant_id is not None:
            # The teller came to the session the story was told at, of that project.
            assert data.session_id is not None
            register = sessions.register(session, data.session_id)
            assert any(
                line.participant_id == data.participant_id
                and line.status is AttendanceStatus.ATTENDED
                for line in register
            )
        else:
            assert data.consent is not StoryConsent.WITH_NAME
    assert all(2 <= count <= 4 for count in per_project.values()), per_project
    # The story that names its teller in its text loses the name when shared.
    shared = {s.id: s for s in stories.stories_for_output(session)}
    for record in records:
        if record.teller_name and record.data.consent is StoryConsent.ANONYMISED:
            assert record.teller_name not in shared[record.id].text
    assert any(REMOVED in s.text for s in shared.values())


def test_demo_stories_are_realistic_and_repeatable(tmp_path: Path) -> None:
    first_summary, first = _demo(tmp_path / "first.sqlite3")
    second_summary, second = _demo(tmp_path / "second.sqlite3")
    assert first_summary == second_summary
    assert first == second
