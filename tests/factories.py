"""Valid participant data for tests, with any field overridden."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from coprod_desktop.services.participant_types import ParticipantData
from coprod_desktop.vocabulary import Role


def person(**overrides: Any) -> ParticipantData:
    base = ParticipantData(
        preferred_name="Amira",
        full_name="Amira Haddad",
        email="amira@example.org",
        phone="07700 900123",
        postcode="M13 9PL",
        roles=frozenset({Role.LIVED_EXPERIENCE}),
    )
    return replace(base, **overrides)
