"""Made-up people for trying the app: ``coprod demo-data --people N --seed S``.

Names come from many cultures (see demo_names.py) so a new register immediately shows accents,
right-to-left and non-Latin scripts. Contact details use ranges reserved for fiction (Ofcom's
drama numbers, example.org addresses), so no real person is contacted by mistake.

``add_demo_data`` adds the people and then sample projects, sessions, registers and payments for
them (see demo_projects.py), all in the caller's transaction.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from coprod_desktop.services import participant_search, participants
from coprod_desktop.services.demo_development import DevelopmentSummary, add_demo_development
from coprod_desktop.services.demo_journey import JourneySummary, add_demo_journey
from coprod_desktop.services.demo_meetings import MeetingsSummary, add_demo_meetings
from coprod_desktop.services.demo_monitoring import MonitoringSummary, add_demo_monitoring
from coprod_desktop.services.demo_names import NAME_POOLS, NamePool
from coprod_desktop.services.demo_plans import PlansSummary, add_demo_plans
from coprod_desktop.services.demo_projects import DemoPerson, ProjectsSummary, add_demo_projects
from coprod_desktop.services.demo_stories import StoriesSummary, add_demo_stories
from coprod_desktop.services.participant_types import (
    ParticipantData,
    ParticipantQuery,
    SortKey,
    StatusFilter,
)
from coprod_desktop.services.text_folding import fold
from coprod_desktop.vocabulary import (
    AccessNeed,
    ConsentMethod,
    ContactMethod,
    PaymentPreference,
    Role,
    Status,
)

# Outward codes from towns and cities across the UK; inward parts are made up at random.
_OUTWARD = (
    "B11",
    "B12",
    "B19",
    "BD3",
    "BD8",
    "BS5",
    "CF10",
    "CF24",
    "E1",
    "E7",
    "E13",
    "EH7",
    "G42",
    "HA0",
    "L8",
    "LE4",
    "LE5",
    "LS8",
    "LS11",
    "M13",
    "M14",
    "M16",
    "N15",
    "N17",
    "NE4",
    "NG7",
    "NW10",
    "OL8",
    "PR1",
    "S3",
    "SE15",
    "SW2",
    "SW9",
    "UB1",
    "W12",
    "WV2",
    "BT7",
    "AB24",
    "PL4",
)
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_STREETS = (
    "High Street",
    "Station Road",
    "Church Lane",
    "Victoria Road",
    "Park Avenue",
    "Mill Lane",
    "Queen's Road",
    "Green Lane",
    "Albert Street",
    "Canal Side",
    "Orchard Close",
    "Heol y Parc",
)
_LANDLINES = ("020 7946 0{:03d}", "0161 496 0{:03d}", "0113 496 0{:03d}", "0121 496 0{:03d}")
_PRONOUNS = ("she/her", "he/him", "they/them", "she/they", "he/they")
_OTHER_NEEDS = (
    "Needs a break every 45 minutes",
    "Prefers afternoon meetings",
    "Brings an assistance dog",
    "Papers sent a week before meetings",
    "Needs a Polish interpreter",
    "Uses a wheelchair; needs an accessible toilet",
    "Prefers to join by phone",
)
_NOTES = (
    "Met at the carers' café.",
    "Interested in the peer-support project.",
    "Happy to help with interview panels.",
    "Would like training in chairing meetings.",
    "Keen to share their story at the launch event.",
)


def _pick_pool(rng: random.Random) -> NamePool:
    return rng.choices(NAME_POOLS, weights=[p.weight for p in NAME_POOLS])[0]


def _name(rng: random.Random, pool: NamePool) -> tuple[str, str, str]:
    """(preferred name, full name, latin form for the email address)."""
    given_latin, given_native = rng.choice(pool.given)
    family_latin, family_native = rng.choice(pool.family)
    use_native = bool(given_native and family_native) and rng.random() < 0.5
    given, family = (given_native, family_native) if use_native else (given_latin, family_latin)
    separator = "" if use_native and pool.family_first and _is_cjk(given) else " "
    full = f"{family}{separator}{given}" if pool.family_first else f"{given} {family}"
    email_name = f"{fold(given_latin)}.{fold(family_latin)}"
    return given, full if rng.random() < 0.8 else "", email_name


def _is_cjk(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text)


def _email_local(name: str, number: int) -> str:
    local = "".join(ch for ch in name if ch.isascii() and (ch.isalnum() or ch == "."))
    return f"{local.strip('.') or 'person'}{number}"


def _postcode(rng: random.Random) -> str:
    letters = rng.choice(_INWARD_LETTERS) + rng.choice(_INWARD_LETTERS)
    return f"{rng.choice(_OUTWARD)} {rng.randint(1, 9)}{letters}"


def _roles(rng: random.Random) -> frozenset[Role]:
    first = rng.choices(
        (Role.LIVED_EXPERIENCE, Role.CARER, Role.PROFESSIONAL, Role.EXPERT_BY_LEARNING, Role.STAFF),
        weights=(55, 20, 13, 6, 6),
    )[0]
    roles = {first}
    if rng.random() < 0.2:
        roles.add(rng.choice((Role.LIVED_EXPERIENCE, Role.CARER, Role.EXPERT_BY_LEARNING)))
    return frozenset(roles)


def _access(rng: random.Random) -> tuple[frozenset[AccessNeed], str]:
    if rng.random() > 0.35:
        return frozenset(), ""
    needs = frozenset(rng.sample(list(AccessNeed), k=rng.choice((1, 1, 1, 2))))
    other = rng.choice(_OTHER_NEEDS) if rng.random() < 0.25 else ""
    return needs, other


def make_person(rng: random.Random, number: int, today: date) -> tuple[ParticipantData, Status]:
    pool = _pick_pool(rng)
    preferred, full, email_name = _name(rng, pool)
    email = f"{_email_local(email_name, number)}@example.org" if rng.random() < 0.75 else ""
    phone = ""
    if rng.random() < 0.85:
        phone = (
            f"07700 900{rng.randint(0, 999):03d}"
            if rng.random() < 0.8
            else rng.choice(_LANDLINES).format(rng.randint(0, 999))
        )
    has_address = rng.random() < 0.6
    address = f"{rng.randint(1, 180)} {rng.choice(_STREETS)}" if has_address else ""
    postcode = _postcode(rng) if has_address or rng.random() < 0.3 else ""
    contact_options = [ContactMethod.IN_PERSON]
    if email:
        contact_options += [ContactMethod.EMAIL] * 3
    if phone:
        contact_options += [ContactMethod.PHONE, ContactMethod.TEXT_MESSAGE] * 2
    if address:
        contact_options.append(ContactMethod.POST)
    roles = _roles(rng)
    needs, other_need = _access(rng)
    consented = rng.random() < 0.85
    data = ParticipantData(
        preferred_name=preferred,
        full_name=full,
        pronouns=rng.choice(_PRONOUNS) if rng.random() < 0.5 else "",
        email=email,
        phone=phone,
        address=address,
        postcode=postcode,
        preferred_contact=rng.choice(contact_options) if rng.random() < 0.9 else None,
        roles=roles,
        access_needs=needs,
        access_other=other_need,
        consent_date=today - timedelta(days=rng.randint(0, 730)) if consented else None,
        consent_method=rng.choice(list(ConsentMethod)) if consented else None,
        consent_contact=consented,
        consent_photos=consented and rng.random() < 0.5,
        consent_share_anonymised=consented and rng.random() < 0.7,
        payment_preference=rng.choices(
            [None, *PaymentPreference], weights=(15, 35, 10, 15, 5, 10, 10)
        )[0],
        notes=rng.choice(_NOTES) if rng.random() < 0.15 else "",
    )
    status = rng.choices((Status.ACTIVE, Status.PAUSED, Status.LEFT), weights=(80, 12, 8))[0]
    return data, status


def generate_people(
    count: int, seed: int | None = None, today: date | None = None
) -> Iterator[tuple[ParticipantData, Status]]:
    """``count`` made-up people; the same seed always gives the same people."""
    rng = random.Random(seed)
    today = today or date.today()
    for number in range(1, count + 1):
        yield make_person(rng, number, today)


def add_demo_people(
    session: Session,
    count: int,
    seed: int | None = None,
    progress: Callable[[int], None] | None = None,
    today: date | None = None,
) -> int:
    """Only the people (no projects or payments)."""
    return len(_add_people(session, count, seed, progress, today))


def _all_ids(session: Session) -> list[int]:
    query = ParticipantQuery(status=StatusFilter.ALL, sort=SortKey.ID)
    return participant_search.search_ids(session, query)


def _add_people(
    session: Session,
    count: int,
    seed: int | None,
    progress: Callable[[int], None] | None,
    today: date | None,
) -> list[DemoPerson]:
    people = list(generate_people(count, seed, today))
    before = set(_all_ids(session))
    participants.add_many(
        session,
        (data for data, _ in people),
        statuses=[status for _, status in people],
        progress=progress,
    )
    # Bulk inserts number people in the order given, after anyone already there.
    new_ids = [i for i in _all_ids(session) if i not in before]
    return [
        DemoPerson(id=i, data=data, status=status)
        for i, (data, status) in zip(new_ids, people, strict=True)
    ]


@dataclass(frozen=True)
class DemoSummary:
    people: int
    projects: ProjectsSummary
    plans: PlansSummary = field(default_factory=PlansSummary)
    monitoring: MonitoringSummary = field(default_factory=MonitoringSummary)
    meetings: MeetingsSummary = field(default_factory=MeetingsSummary)
    stories: StoriesSummary = field(default_factory=StoriesSummary)
    journey: JourneySummary = field(default_factory=JourneySummary)
    development: DevelopmentSummary = field(default_factory=DevelopmentSummary)


def add_demo_data(
    session: Session,
    count: int,
    seed: int | None = None,
    progress: Callable[[int], None] | None = None,
    *,
    today: date | None = None,
    step: Callable[[str], None] | None = None,
) -> DemoSummary:
    """``count`` sample people, then sample projects, sessions, registers and payments for them,
    plans, monitoring, and the co-production journey: agendas, stories, cycle moves, values
    self-checks and development logs.

    The same seed (and the same ``today``) gives the same data. Everything goes through the
    services, in the caller's transaction, so it is all added or none of it. ``progress`` is
    told how many people have been added so far; ``step`` what is being added after them.
    """
    today = today or date.today()
    basics = add_demo_basics(session, count, seed, progress, today=today, step=step)
    if not basics.projects.projects:
        return basics
    # After the plans: stories cite decisions, and agendas look back at them.
    return replace(
        basics,
        meetings=add_demo_meetings(session, seed, today, step),
        stories=add_demo_stories(session, seed, today, step),
        journey=add_demo_journey(session, seed, today, step),
        development=add_demo_development(session, seed, today, step),
    )


def add_demo_basics(
    session: Session,
    count: int,
    seed: int | None = None,
    progress: Callable[[int], None] | None = None,
    *,
    today: date | None = None,
    step: Callable[[str], None] | None = None,
) -> DemoSummary:
    """The people, projects, sessions, payments, plans and monitoring answers only: what each
    later part of the sample data (stories, the cycle, …) is built on, so it can be tested on
    its own."""
    today = today or date.today()
    people = _add_people(session, count, seed, progress, today)
    made = add_demo_projects(session, people, seed, today, step)
    plans = add_demo_plans(session, seed, today, step) if made.projects else PlansSummary()
    if step is not None:
        step("Adding sample diversity monitoring answers")
    monitoring = add_demo_monitoring(session, [p.id for p in people], seed, today)
    return DemoSummary(people=len(people), projects=made, plans=plans, monitoring=monitoring)
