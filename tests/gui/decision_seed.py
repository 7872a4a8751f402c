"""Decisions, actions and "you said, we did" items put straight into a test's database through
the services, for the GUI tests of the Decisions and You said, we did screens, and ways to read
them back."""

from __future__ import annotations

from datetime import date
from typing import Any

from coprod_desktop.services import actions, decisions, feedback
from coprod_desktop.services.actions import ActionData, Owner
from coprod_desktop.services.decisions import DecisionData, DecisionRecord
from coprod_desktop.services.feedback import FeedbackData, FeedbackRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import DecisionMethod
from tests.gui.payment_seed import SESSION_DAY

TODAY = date(2025, 11, 20)


# --- decisions ----------------------------------------------------------------------------------
def add_decision(
    database: Database,
    project_id: int,
    what: str = "Open the café on Saturdays",
    day: date = SESSION_DAY,
    **overrides: Any,
) -> int:
    values: dict[str, Any] = {
        "project_id": project_id,
        "decided_on": day,
        "what": what,
        "method": DecisionMethod.CONSENSUS,
    }
    values.update(overrides)
    with database.transaction() as session:
        return decisions.add_decision(session, DecisionData(**values))


def stored_decision(database: Database, decision_id: int) -> DecisionRecord:
    with database.reading() as session:
        return decisions.get_decision(session, decision_id)


def stored_decisions(database: Database) -> list[DecisionRecord]:
    """Every decision, newest first."""
    with database.reading() as session:
        return decisions.list_decisions(session)


# --- actions ------------------------------------------------------------------------------------
def add_action(
    database: Database, project_id: int, what: str, decision_id: int | None = None
) -> int:
    """An action a member of staff is doing, optionally coming from a decision."""
    with database.transaction() as session:
        return actions.add_action(
            session,
            ActionData(
                project_id=project_id,
                what=what,
                owners=(Owner(staff_name="Priya Shah"),),
                decision_id=decision_id,
            ),
            TODAY,
        )


# --- feedback -----------------------------------------------------------------------------------
def add_feedback(
    database: Database,
    project_id: int,
    what_was_said: str = "The room is too cold",
    day: date = SESSION_DAY,
    **overrides: Any,
) -> int:
    values: dict[str, Any] = {
        "project_id": project_id,
        "said_on": day,
        "what_was_said": what_was_said,
    }
    values.update(overrides)
    with database.transaction() as session:
        return feedback.add_feedback(session, FeedbackData(**values))


def stored_feedback(database: Database, feedback_id: int) -> FeedbackRecord:
    with database.reading() as session:
        return feedback.get_feedback(session, feedback_id)


def stored_feedback_items(database: Database) -> list[FeedbackRecord]:
    """Every item, newest first."""
    with database.reading() as session:
        return feedback.list_feedback(session)
