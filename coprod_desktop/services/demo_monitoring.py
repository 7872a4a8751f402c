"""Sample diversity monitoring answers for the demo people.

Most people answered a form (on paper, online or in conversation); some were never asked; some
chose "Prefer not to say" for one question or another. The answers are skewed the way small
community groups often are (older, more women, fewer young people, fewer Black, Mixed and
Gypsy or Irish Traveller people than the population), so the representation report has
under-represented groups to find. A few people have an older form as well, replaced by a newer
one, as happens when forms are refreshed.

Written straight to the tables in bulk (a few thousand rows for a large sample), each recorded
in the access log as a real recording would be.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from coprod_desktop.monitoring_standard import PREFER_NOT_TO_SAY
from coprod_desktop.storage.models import MonitoringAccessLog, MonitoringForm
from coprod_desktop.vocabulary import MonitoringAccess, MonitoringMethod

RECORDED_BY = "Sample data"

# (code, weight): weights are the sample's own mix, not the population's.
AGE = (
    ("under_18", 2),
    ("18_24", 4),
    ("25_34", 9),
    ("35_44", 14),
    ("45_54", 20),
    ("55_64", 22),
    ("65_74", 19),
    ("75_plus", 10),
)
SEX = (("female", 66), ("male", 34))
GENDER = (("same", 97), ("different", 3))
ORIENTATION = (("straight", 88), ("gay_lesbian", 5), ("bisexual", 4), ("other", 3))
ETHNIC = (
    ("white_british", 70),
    ("irish", 2),
    ("other_white", 7),
    ("indian", 4),
    ("pakistani", 5),
    ("bangladeshi", 3),
    ("chinese", 1),
    ("other_asian", 1),
    ("african", 1),
    ("caribbean", 1),
    ("white_black_caribbean", 1),
    ("arab", 1),
    ("any_other", 1),
)
RELIGION = (
    ("christian", 45),
    ("none", 33),
    ("muslim", 10),
    ("hindu", 3),
    ("sikh", 3),
    ("jewish", 1),
    ("buddhist", 1),
    ("other", 1),
)
DISABILITY = (
    ("yes_a_lot", 14),
    ("yes_a_little", 16),
    ("yes_not_at_all", 8),
    ("no_condition", 62),
)
CARER = (("yes", 38), ("no", 62))


@dataclass
class MonitoringSummary:
    people_with_answers: int = 0
    never_asked: int = 0
    forms: int = 0
    prefer_not_to_say: int = 0  # answers, across all questions


def _pick(rng: random.Random, options: Sequence[tuple[str, int]]) -> str:
    codes = [code for code, _ in options]
    weights = [weight for _, weight in options]
    return rng.choices(codes, weights)[0]


def add_demo_monitoring(
    session: Session, participant_ids: Sequence[int], seed: int | None, today: date
) -> MonitoringSummary:
    """Answers for about four in five of ``participant_ids``."""
    rng = random.Random(f"coprod-demo-monitoring:{seed}") if seed is not None else random.Random()
    summary = MonitoringSummary()
    forms: list[MonitoringForm] = []
    log: list[MonitoringAccessLog] = []
    for participant_id in participant_ids:
        if rng.random() < 0.2:
            summary.never_asked += 1
            continue
        summary.people_with_answers += 1
        # One in eight has an older form too, replaced by a newer one (the newer one counts).
        days = [rng.randint(1, 700)]
        if rng.random() < 0.125:
            days.append(days[0] + rng.randint(200, 400))
        for days_ago in sorted(days):
            answers: dict[str, str | None] = {
                "age_band": _pick(rng, AGE),
                "sex": _pick(rng, SEX),
                "gender_identity": _pick(rng, GENDER),
                "sexual_orientation": _pick(rng, ORIENTATION),
                "ethnic_group": _pick(rng, ETHNIC),
                "religion": _pick(rng, RELIGION),
                "disability": _pick(rng, DISABILITY),
                "carer": _pick(rng, CARER),
            }
            for question in answers:
                if rng.random() < 0.04:
                    answers[question] = PREFER_NOT_TO_SAY
            # Some questions are left blank (not answered), more often the personal ones.
            if rng.random() < 0.1:
                answers["sexual_orientation"] = None
            summary.prefer_not_to_say += sum(1 for a in answers.values() if a == PREFER_NOT_TO_SAY)
            collected = today - timedelta(days=days_ago)
            forms.append(
                MonitoringForm(
                    participant_id=participant_id,
                    collected_on=collected,
                    method=rng.choice(list(MonitoringMethod)),
                    **answers,
                )
            )
            log.append(
                MonitoringAccessLog(
                    participant_id=participant_id,
                    access=MonitoringAccess.RECORDED,
                    by_whom=RECORDED_BY,
                    via="app",
                )
            )
    session.add_all(forms)
    session.add_all(log)
    session.flush()
    summary.forms = len(forms)
    return summary
