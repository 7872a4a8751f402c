"""Sample themes and stories for the demo projects, and decisions that cite them.

Added after the projects, sessions, registers and decisions (demo_projects, demo_plans), from
what is already in the database: each story is told by someone who came to one of the
project's sessions in the last year (or anonymously), under one to three themes, with every
kind of consent, so the Stories screen, the evidence view and the consent rules all have
something to show. One story names its teller in its text, so the anonymised version shows the
name taken out. Everything goes through the services, as a user's changes would.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from coprod_desktop.services import decisions, projects, stories, themes
from coprod_desktop.services import sessions as sessions_service
from coprod_desktop.services.sessions import SessionRecord
from coprod_desktop.services.stories import StoryData
from coprod_desktop.storage.models import Participant
from coprod_desktop.vocabulary import AttendanceStatus, StoryConsent

THEMES = (
    ("Waiting times", "How long people wait, and what waiting is like."),
    ("Transport", "Getting there: buses, lifts, taxis and the cost of them."),
    ("Feeling listened to", "Whether people felt heard, and whether anything came back."),
    ("Information in plain English", "Letters, leaflets and forms people can understand."),
    ("Cost of taking part", "Fares, care cover and other costs of coming to sessions."),
    ("Staff attitudes", "How staff treated people, for better and for worse."),
    ("Access to buildings", "Steps, ramps, lifts, hearing loops and quiet spaces."),
    ("Peer support", "What people gain from others who have been there too."),
    ("Digital exclusion", "People left out when things move online."),
    ("Carers' needs", "What carers and family members need for themselves."),
)

# (title, what they shared, themes). "{name}" is the teller's name, where they gave it.
STORIES = (
    (
        "Two buses to every appointment",
        "I have to take two buses to get to the clinic, and if the first one is late I miss my "
        "slot. Last month it took me nearly two hours each way.",
        ("Transport", "Waiting times"),
    ),
    (
        "Waiting months for a first call",
        "I waited four months for anyone to ring me back. Nobody told me where I was on the "
        "list, so I kept phoning and felt like a nuisance.",
        ("Waiting times", "Feeling listened to"),
    ),
    (
        "The letter I couldn't understand",
        "The letter about my appointment was full of words I didn't know. My neighbour had to "
        "read it for me. I'd have thrown it away otherwise.",
        ("Information in plain English",),
    ),
    (
        "Someone came back to tell me",
        "At the last workshop someone wrote down what I said and came back to tell me what "
        "happened. That's the first time that has happened in years.",
        ("Feeling listened to", "Staff attitudes"),
    ),
    (
        "Paying to take part",
        "I want to come to the meetings, but the bus fare and someone to sit with my dad cost "
        "more than I have left at the end of the month.",
        ("Cost of taking part", "Carers' needs", "Transport"),
    ),
    (
        "The receptionist who remembered me",
        "One of the receptionists remembered my name and asked how my son was. It sounds small, "
        "but it made me want to come back.",
        ("Staff attitudes",),
    ),
    (
        "Steps at the front door",
        "The building has three steps at the front and the ramp is round the back by the bins. "
        "I use a wheelchair and I felt like an afterthought.",
        ("Access to buildings",),
    ),
    (
        "Meeting people who get it",
        "Talking to others who have been through the same thing helped more than anything. I "
        "didn't feel like the only one any more.",
        ("Peer support", "Feeling listened to"),
    ),
    (
        "Everything is online now",
        "I don't have a computer and my phone is old. Every form is online now, so I wait for my "
        "granddaughter to visit before I can fill anything in.",
        ("Digital exclusion", "Information in plain English"),
    ),
    (
        "Nobody asked how I was coping",
        "I've cared for my wife for eight years. Everyone asks about her, which is right, but "
        "nobody has ever asked me how I'm managing.",
        ("Carers' needs", "Feeling listened to"),
    ),
    (
        "Made to feel it was my fault",
        "I was ten minutes late because the lift at the station was broken, and the nurse made "
        "me feel like I'd done it on purpose.",
        ("Staff attitudes", "Transport", "Access to buildings"),
    ),
    (
        "The hearing loop nobody could switch on",
        "I asked for the hearing loop and nobody knew how to switch it on. I sat through the "
        "whole meeting guessing what people said.",
        ("Access to buildings", "Feeling listened to"),
    ),
    (
        "Expenses took six weeks",
        "I paid my own taxi fares to the panel and waited six weeks to get the money back. I "
        "can't afford to do that again.",
        ("Cost of taking part",),
    ),
    (
        "A video call I couldn't join",
        "They moved the group online and sent a link. I couldn't get the sound to work and "
        "nobody answered the phone to help.",
        ("Digital exclusion",),
    ),
    (
        "The easy read version",
        "When they sent the easy read version I understood it straight away. I could tell my "
        "support worker what I wanted for the first time.",
        ("Information in plain English", "Feeling listened to"),
    ),
    (
        "I nearly gave up",
        "My name's {name}. I nearly gave up on the service after the third cancelled "
        "appointment. What kept me going was the peer group on Thursdays.",
        ("Waiting times", "Peer support"),
    ),
    (
        "Someone to sit with my mum",
        "The group paid for someone to sit with my mum so I could come. Without that I'd never "
        "have been able to take part.",
        ("Carers' needs", "Cost of taking part"),
    ),
    (
        "Met at the door",
        "Someone met me at the door at my first meeting and sat with me. I was so nervous I'd "
        "have turned round and gone home otherwise.",
        ("Peer support", "Staff attitudes"),
    ),
)

NAMED_IN_TEXT = next(i for i, story in enumerate(STORIES) if "{name}" in story[1])

PLACES = ("At the carers' café", "On the phone", "At a home visit", "At the drop-in")


@dataclass(frozen=True)
class StoriesSummary:
    themes: int = 0
    stories: int = 0
    internal_only: int = 0
    anonymised: int = 0
    with_name: int = 0
    cited: int = 0  # stories cited by at least one decision


class _Teller:
    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.theme_ids: dict[str, int] = {}
        self.number = 0
        self.counts = dict.fromkeys(StoryConsent, 0)
        # Whether the story that names its teller in its text has been told (anonymised).
        self.named_in_text = False
        self.added = 0
        self.cited: set[int] = set()

    def make_themes(self) -> int:
        made = 0
        for name, description in THEMES:
            found = themes.find_theme(self.session, name)
            if found is None:
                self.theme_ids[name] = themes.add_theme(self.session, name, description)
                made += 1
            else:
                self.theme_ids[name] = found.id
        return made

    def _attended(self, meeting: SessionRecord) -> list[int]:
        return [
            line.participant_id
            for line in sessions_service.register(self.session, meeting.id)
            if line.status is AttendanceStatus.ATTENDED
        ]

    def _consent(self, named: bool) -> StoryConsent:
        roll = self.rng.random()
        if not named:
            return StoryConsent.INTERNAL_ONLY if roll < 0.4 else StoryConsent.ANONYMISED
        if roll < 0.3:
            return StoryConsent.INTERNAL_ONLY
        if roll < 0.65:
            return StoryConsent.ANONYMISED
        return StoryConsent.WITH_NAME

    def tell(self, project_id: int) -> list[tuple[int, date]]:
        """2 to 4 stories for a project: (number, day told)."""
        year_ago = self.today - timedelta(days=365)
        meetings = [
            s
            for s in sessions_service.list_sessions(self.session, project_id)
            if year_ago <= s.data.date <= self.today
        ]
        told = []
        for _ in range(self.rng.randint(2, 4)):
            meeting = self.rng.choice(meetings) if meetings else None
            came = self._attended(meeting) if meeting is not None else []
            teller = self.rng.choice(came) if came and self.rng.random() < 0.8 else None
            consent = self._consent(teller is not None)
            title, text, theme_names = STORIES[
                (self.number + self.rng.randint(0, 2)) % len(STORIES)
            ]
            self.number += 1
            anonymised = teller is not None and consent is StoryConsent.ANONYMISED
            if anonymised and not self.named_in_text:
                # Shows the teller's name taken out of an anonymised story's text.
                title, text, theme_names = STORIES[NAMED_IN_TEXT]
                self.named_in_text = True
            if meeting is not None:
                day = meeting.data.date
                place = meeting.data.place
            else:
                day = self.today - timedelta(days=self.rng.randint(0, 364))
                place = self.rng.choice(PLACES)
            if teller is not None:
                person = self.session.get(Participant, teller)
                text = text.replace("{name}", person.preferred_name if person else "")
            else:
                text = text.replace("My name's {name}. ", "")
            data = StoryData(
                title=title,
                text=text,
                told_on=day,
                consent=consent,
                participant_id=teller,
                place=place,
                project_id=project_id,
                session_id=meeting.id if meeting is not None else None,
                theme_ids=tuple(self.theme_ids[n] for n in theme_names),
            )
            story_id = stories.add_story(self.session, data, today=self.today)
            self.counts[consent] += 1
            self.added += 1
            told.append((story_id, day))
        return told

    def cite(self, project_id: int, told: list[tuple[int, date]]) -> None:
        """The project's latest decision cites the stories told before it (at most two)."""
        found = decisions.list_decisions(self.session, project_id)
        if not found:
            return
        latest = found[0]
        before = [story_id for story_id, day in told if day <= latest.data.decided_on]
        if not before:
            return
        chosen = tuple(self.rng.sample(before, k=min(len(before), self.rng.randint(1, 2))))
        decisions.update_decision(self.session, latest.id, replace(latest.data, story_ids=chosen))
        self.cited.update(chosen)


def add_demo_stories(
    session: Session,
    seed: int | None,
    today: date,
    step: Callable[[str], None] | None = None,
) -> StoriesSummary:
    """Ten themes, two to four stories for every project, and decisions citing some of them.
    The same seed (and the same ``today``) on the same demo data gives the same stories."""
    if step is not None:
        step("Adding sample stories and themes")
    rng = random.Random(f"coprod-demo-stories:{seed}") if seed is not None else random.Random()
    teller = _Teller(session, rng, today)
    made = teller.make_themes()
    for project in reversed(projects.list_projects(session)):
        told = teller.tell(project.id)
        teller.cite(project.id, told)
    return StoriesSummary(
        themes=made,
        stories=teller.added,
        internal_only=teller.counts[StoryConsent.INTERNAL_ONLY],
        anonymised=teller.counts[StoryConsent.ANONYMISED],
        with_name=teller.counts[StoryConsent.WITH_NAME],
        cited=len(teller.cited),
    )
