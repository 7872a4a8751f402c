"""The decision log and "you said, we did": services.decisions and services.feedback."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.orm import Session

from coprod_desktop.services import decisions, feedback, participants
from coprod_desktop.services.decisions import DecisionData
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.feedback import FeedbackData
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import Action, Decision, FeedbackItem
from coprod_desktop.vocabulary import DecisionMethod, FeedbackResponse, FeedbackStatus, Status
from tests.core.payment_fixtures import add_person, add_project, add_session

DAY = date(2025, 11, 4)
# Emoji (one with a joiner), Arabic and Hebrew (right to left), and characters that mean
# something in HTML and XML: all kept exactly as typed.
AWKWARD = 'Café ☕ 👩🏽‍🦯 مرحبا بكم שלום <b>&amp; 5 < 6 & "quotes"</b>'


def problems(caught: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in caught.value.problems}


def a_decision(project_id: int, **changes: object) -> DecisionData:
    values: dict[str, object] = {
        "project_id": project_id,
        "decided_on": DAY,
        "what": "Open the café on Saturdays",
        "method": DecisionMethod.CONSENSUS,
    }
    values.update(changes)
    return DecisionData(**values)  # type: ignore[arg-type]


def an_item(project_id: int, **changes: object) -> FeedbackData:
    values: dict[str, object] = {
        "project_id": project_id,
        "said_on": DAY,
        "what_was_said": "The room is too cold",
    }
    values.update(changes)
    return FeedbackData(**values)  # type: ignore[arg-type]


def add_action(session: Session, project_id: int, what: str = "Fix the heating") -> int:
    action = Action(project_id=project_id, what=what)
    session.add(action)
    session.flush()
    return action.id


# --- decisions: adding, reading, changing, listing ----------------------------------------------
def test_add_and_get_a_decision(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        zara = add_person(session, preferred_name="Zara")
        ben = add_person(session, preferred_name="Ben")
        decision_id = decisions.add_decision(
            session,
            a_decision(
                project_id,
                session_id=session_id,
                what="  Open the café\r\non Saturdays.  ",
                method=DecisionMethod.CONSENT,
                what_it_changes="Two more volunteers needed",
                others_present="Two ward managers",
                participant_ids=(zara, ben, zara),  # picked twice: took part once
            ),
        )
    with database.reading() as session:
        record = decisions.get_decision(session, decision_id)
    assert record.id == decision_id
    assert record.data == DecisionData(
        project_id=project_id,
        decided_on=DAY,
        what="Open the café\non Saturdays.",
        method=DecisionMethod.CONSENT,
        session_id=session_id,
        what_it_changes="Two more volunteers needed",
        others_present="Two ward managers",
        participant_ids=(ben, zara),  # in the order of the people, by name
    )
    assert record.project_name == "Carers' café"
    assert record.session_title == "Planning workshop (4 November 2025)"
    assert record.people == ((ben, "Ben"), (zara, "Zara"))
    assert record.people_names == "Ben, Zara"
    assert record.label == f"Decision {decision_id}, 4 November 2025: Open the café on Saturdays."
    assert record.created_at == record.updated_at


def test_a_decision_without_session_or_people(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        record = decisions.get_decision(
            session, decisions.add_decision(session, a_decision(project_id))
        )
    assert record.session_title == ""
    assert record.people == ()
    assert record.data.participant_ids == ()
    assert record.data.what_it_changes == record.data.others_present == ""


def test_a_decision_label_shows_the_first_60_characters() -> None:
    what = "We agreed " + "x" * 100
    label = decisions.decision_label(3, DAY, what)
    assert label == f"Decision 3, 4 November 2025: {what[:60]}…"
    assert decisions.decision_label(3, DAY, "Short\nand  sweet") == (
        "Decision 3, 4 November 2025: Short and sweet"
    )


def test_update_a_decision_replaces_the_people(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        amira = add_person(session, preferred_name="Amira")
        ben = add_person(session, preferred_name="Ben")
        cleo = add_person(session, preferred_name="Cleo")
        decision_id = decisions.add_decision(
            session, a_decision(project_id, participant_ids=(amira, ben))
        )
    with database.transaction() as session:
        record = decisions.update_decision(
            session,
            decision_id,
            a_decision(
                project_id,
                what="Open on Saturdays and Sundays",
                method=DecisionMethod.VOTE,
                decided_on=date(2025, 11, 5),
                participant_ids=(cleo, ben),  # Ben stays, Amira goes, Cleo joins
            ),
        )
    assert record.people == ((ben, "Ben"), (cleo, "Cleo"))
    assert record.data.what == "Open on Saturdays and Sundays"
    assert record.data.method is DecisionMethod.VOTE
    assert record.updated_at >= record.created_at
    with database.reading() as session:
        assert decisions.get_decision(session, decision_id) == record
    with database.transaction() as session:
        emptied = decisions.update_decision(session, decision_id, a_decision(project_id))
    assert emptied.people == ()


def test_list_decisions_newest_first_then_by_number(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        garden = add_project(session, "Garden")
        first = decisions.add_decision(session, a_decision(cafe, decided_on=date(2025, 10, 1)))
        second = decisions.add_decision(session, a_decision(cafe, decided_on=date(2025, 11, 1)))
        third = decisions.add_decision(session, a_decision(cafe, decided_on=date(2025, 10, 1)))
        other = decisions.add_decision(session, a_decision(garden, decided_on=date(2025, 9, 1)))
    with database.reading() as session:
        assert [d.id for d in decisions.list_decisions(session)] == [second, third, first, other]
        assert [d.id for d in decisions.list_decisions(session, cafe)] == [second, third, first]
        assert [d.project_name for d in decisions.list_decisions(session, garden)] == ["Garden"]
        assert decisions.list_decisions(session, garden + 100) == []


def test_unknown_decision_is_not_found(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
    with database.reading() as session, pytest.raises(NotFound) as caught:
        decisions.get_decision(session, 7)
    assert str(caught.value) == "There is no decision with the number 7."
    with database.transaction() as session, pytest.raises(NotFound):
        decisions.update_decision(session, 7, a_decision(project_id))


# --- decisions: checks --------------------------------------------------------------------------
def test_what_was_decided_is_required(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        decisions.add_decision(session, a_decision(project_id, what=" \n "))
    assert problems(caught) == {
        "what": "What was decided is empty. Please enter what the group decided, such as "
        "'Open the café on Saturdays'."
    }


def test_every_decision_problem_is_reported_at_once(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        garden = add_project(session, "Garden")
        garden_session = add_session(session, garden, DAY)
        amira = add_person(session)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        decisions.add_decision(
            session,
            a_decision(cafe, what="", session_id=garden_session, participant_ids=(amira, 998, 999)),
        )
    assert [p.field for p in caught.value.problems] == [
        "what",
        "session_id",
        "participant_ids",
        "participant_ids",
    ]
    found = caught.value.for_field("session_id")[0].message
    assert found == (
        "Session: that session belongs to another project: Garden. Choose a session of "
        "Carers' café, or leave it empty."
    )
    assert [p.message for p in caught.value.for_field("participant_ids")] == [
        "Who took part: there is nobody with the number 998 on the register. Choose people "
        "from the list.",
        "Who took part: there is nobody with the number 999 on the register. Choose people "
        "from the list.",
    ]
    with database.reading() as session:
        assert decisions.list_decisions(session) == []


def test_unknown_project_and_session_are_refused(database: Database) -> None:
    with database.transaction() as session:
        add_project(session)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        decisions.add_decision(session, a_decision(404, session_id=405))
    assert problems(caught) == {
        "project_id": "Project: choose one of the projects in the list.",
        "session_id": "Session: there is no session with the number 405.",
    }


def test_a_decision_may_be_dated_before_its_session(database: Database) -> None:
    """Decided by email before the meeting, say, and written up there: not refused."""
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        decision_id = decisions.add_decision(
            session, a_decision(project_id, session_id=session_id, decided_on=date(2025, 10, 1))
        )
        assert decisions.get_decision(session, decision_id).data.decided_on == date(2025, 10, 1)


def test_someone_who_leaves_stays_on_the_decision(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        sam = add_person(session, preferred_name="Sam")
        decision_id = decisions.add_decision(
            session, a_decision(project_id, participant_ids=(sam,))
        )
    with database.transaction() as session:
        participants.set_status(session, sam, Status.LEFT)
    with database.transaction() as session:
        assert decisions.get_decision(session, decision_id).people == ((sam, "Sam"),)
        # Edited after they left: they are still recorded, as history.
        record = decisions.update_decision(
            session, decision_id, a_decision(project_id, what="Changed", participant_ids=(sam,))
        )
        assert record.people == ((sam, "Sam"),)
        # And a decision written up later can still name them.
        later = decisions.add_decision(session, a_decision(project_id, participant_ids=(sam,)))
        assert decisions.get_decision(session, later).people == ((sam, "Sam"),)
        assert [d.people for d in decisions.list_decisions(session)] == [((sam, "Sam"),)] * 2


def test_a_decision_that_others_point_at_keeps_its_project(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        garden = add_project(session, "Garden")
        linked = decisions.add_decision(session, a_decision(cafe))
        alone = decisions.add_decision(session, a_decision(cafe))
        feedback.add_feedback(session, an_item(cafe, decision_id=linked))
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        decisions.update_decision(session, linked, a_decision(garden))
    assert problems(caught) == {
        "project_id": "Project cannot be changed for this decision: 1 action or feedback item "
        "of its project points at it. Add a new decision to the other project instead."
    }
    with database.transaction() as session:
        # Nothing points at this one, so a decision filed under the wrong project can move.
        assert decisions.update_decision(session, alone, a_decision(garden)).project_name == (
            "Garden"
        )


# --- feedback: adding, reading, changing, listing -----------------------------------------------
def test_add_and_get_feedback(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        amira = add_person(session)
        action_id = add_action(session, project_id)
        decision_id = decisions.add_decision(session, a_decision(project_id))
        item_id = feedback.add_feedback(
            session,
            an_item(
                project_id,
                what_was_said="  The room is too cold\r\nin winter ",
                participant_id=amira,
                session_id=session_id,
                response_kind=FeedbackResponse.WE_DID,
                response="Moved to the library",
                status=FeedbackStatus.TOLD_BACK,
                action_id=action_id,
                decision_id=decision_id,
            ),
        )
    with database.reading() as session:
        record = feedback.get_feedback(session, item_id)
    assert record.id == item_id
    assert record.data == FeedbackData(
        project_id=project_id,
        said_on=DAY,
        what_was_said="The room is too cold\nin winter",
        participant_id=amira,
        session_id=session_id,
        response_kind=FeedbackResponse.WE_DID,
        response="Moved to the library",
        status=FeedbackStatus.TOLD_BACK,
        action_id=action_id,
        decision_id=decision_id,
    )
    assert record.project_name == "Carers' café"
    assert record.session_title == "Planning workshop (4 November 2025)"
    assert record.said_by == "Amira"
    assert record.action_text == "Fix the heating"
    assert record.decision_text == "4 November 2025: Open the café on Saturdays"
    assert record.you_said_we_did == (
        "You said: The room is too cold in winter. We did: Moved to the library."
    )
    assert record.created_at == record.updated_at


def test_anonymous_feedback_says_so(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        record = feedback.get_feedback(session, feedback.add_feedback(session, an_item(project_id)))
    assert record.said_by == "Anonymous"
    assert record.data.participant_id is None
    assert record.data.response_kind is FeedbackResponse.NOT_YET
    assert record.data.status is FeedbackStatus.OPEN
    assert record.session_title == record.action_text == record.decision_text == ""
    assert record.you_said_we_did == "You said: The room is too cold. No response yet."


@pytest.mark.parametrize(
    ("kind", "response", "line"),
    [
        (FeedbackResponse.WE_DID, "moved to the library", "We did: moved to the library."),
        (
            FeedbackResponse.COULD_NOT,
            "the building is not ours!",
            "We could not, because: the building is not ours!",
        ),
        (FeedbackResponse.IN_PROGRESS, "Asking\nthe council", "In progress: Asking the council."),
        (FeedbackResponse.NOT_YET, "a draft, not shared yet", "No response yet."),
    ],
)
def test_you_said_we_did_in_one_line(
    database: Database, kind: FeedbackResponse, response: str, line: str
) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        item_id = feedback.add_feedback(
            session,
            an_item(project_id, what_was_said="Too cold?", response_kind=kind, response=response),
        )
        record = feedback.get_feedback(session, item_id)
    assert record.you_said_we_did == f"You said: Too cold? {line}"


def test_update_feedback(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        ben = add_person(session, preferred_name="Ben")
        item_id = feedback.add_feedback(session, an_item(project_id))
    with database.transaction() as session:
        record = feedback.update_feedback(
            session,
            item_id,
            an_item(
                project_id,
                participant_id=ben,
                response_kind=FeedbackResponse.COULD_NOT,
                response="The heating is the landlord's",
                status=FeedbackStatus.CLOSED,
            ),
        )
    assert record.said_by == "Ben"
    assert record.data.status is FeedbackStatus.CLOSED
    with database.reading() as session:
        assert feedback.get_feedback(session, item_id) == record


def test_list_feedback_newest_first_and_filtered(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        garden = add_project(session, "Garden")
        workshop = add_session(session, cafe, DAY)
        old = feedback.add_feedback(session, an_item(cafe, said_on=date(2025, 10, 1)))
        new = feedback.add_feedback(
            session,
            an_item(
                cafe,
                said_on=date(2025, 11, 1),
                session_id=workshop,
                response_kind=FeedbackResponse.WE_DID,
                response="Done",
                status=FeedbackStatus.TOLD_BACK,
            ),
        )
        same_day = feedback.add_feedback(session, an_item(cafe, said_on=date(2025, 10, 1)))
        elsewhere = feedback.add_feedback(session, an_item(garden, said_on=date(2025, 12, 1)))
    with database.reading() as session:
        assert [f.id for f in feedback.list_feedback(session)] == [elsewhere, new, same_day, old]
        assert [f.id for f in feedback.list_feedback(session, project_id=cafe)] == [
            new,
            same_day,
            old,
        ]
        opened = feedback.list_feedback(session, project_id=cafe, status=FeedbackStatus.OPEN)
        assert [f.id for f in opened] == [same_day, old]
        assert [f.id for f in feedback.list_feedback(session, session_id=workshop)] == [new]
        assert feedback.list_feedback(session, status=FeedbackStatus.CLOSED) == []


def test_unknown_feedback_is_not_found(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
    with database.reading() as session, pytest.raises(NotFound) as caught:
        feedback.get_feedback(session, 12)
    assert str(caught.value) == "There is no feedback item with the number 12."
    with database.transaction() as session, pytest.raises(NotFound):
        feedback.update_feedback(session, 12, an_item(project_id))


# --- feedback: checks ---------------------------------------------------------------------------
def test_what_was_said_is_required(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        feedback.add_feedback(session, an_item(project_id, what_was_said="   "))
    assert problems(caught) == {
        "what_was_said": "What was said is empty. Please enter what was said, in their words "
        "if you can."
    }


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (
            FeedbackResponse.WE_DID,
            "Our response is empty. You chose 'We did', so please say what you did.",
        ),
        (
            FeedbackResponse.COULD_NOT,
            "Our response is empty. You chose 'We could not, because', so please say why not.",
        ),
        (
            FeedbackResponse.IN_PROGRESS,
            "Our response is empty. You chose 'In progress', so please say what is happening.",
        ),
    ],
)
def test_a_response_needs_words(database: Database, kind: FeedbackResponse, message: str) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        feedback.add_feedback(session, an_item(project_id, response_kind=kind, response=" \n"))
    assert problems(caught) == {"response": message}


@pytest.mark.parametrize("status", [FeedbackStatus.TOLD_BACK, FeedbackStatus.CLOSED])
def test_shared_or_closed_needs_a_response(database: Database, status: FeedbackStatus) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        feedback.add_feedback(session, an_item(project_id, status=status, response="Typed"))
    assert problems(caught) == {
        "status": "Status: give the response before marking it shared or closed. Under "
        "'What happened', choose what was done with it and describe it."
    }


def test_links_from_another_project_are_refused(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        garden = add_project(session, "Garden")
        garden_session = add_session(session, garden, DAY)
        garden_action = add_action(session, garden)
        garden_decision = decisions.add_decision(session, a_decision(garden))
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        feedback.add_feedback(
            session,
            an_item(
                cafe,
                session_id=garden_session,
                action_id=garden_action,
                decision_id=garden_decision,
            ),
        )
    assert problems(caught) == {
        "session_id": "Session: that session belongs to another project: Garden. Choose one of "
        "Carers' café, or leave it empty.",
        "action_id": "Action it led to: that action belongs to another project: Garden. Choose "
        "one of Carers' café, or leave it empty.",
        "decision_id": "Decision it led to: that decision belongs to another project: Garden. "
        "Choose one of Carers' café, or leave it empty.",
    }


def test_unknown_people_project_and_links_are_refused(database: Database) -> None:
    with database.transaction() as session:
        add_project(session)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        feedback.add_feedback(
            session,
            an_item(404, participant_id=501, session_id=502, action_id=503, decision_id=504),
        )
    assert problems(caught) == {
        "participant_id": "Who said it: there is nobody with the number 501 on the register. "
        "Choose someone from the list, or leave it anonymous.",
        "project_id": "Project: choose one of the projects in the list.",
        "session_id": "Session: there is no session with the number 502.",
        "action_id": "Action it led to: there is no action with the number 503.",
        "decision_id": "Decision it led to: there is no decision with the number 504.",
    }
    with database.reading() as session:
        assert feedback.list_feedback(session) == []


def test_someone_who_has_left_can_still_be_named(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        sam = add_person(session, preferred_name="Sam")
        participants.set_status(session, sam, Status.LEFT)
        item_id = feedback.add_feedback(session, an_item(project_id, participant_id=sam))
        assert feedback.get_feedback(session, item_id).said_by == "Sam"


# --- links survive edits ------------------------------------------------------------------------
def test_links_survive_edits_of_the_item_the_decision_and_the_action(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        amira = add_person(session)
        action_id = add_action(session, project_id)
        decision_id = decisions.add_decision(
            session, a_decision(project_id, participant_ids=(amira,))
        )
        item = an_item(project_id, action_id=action_id, decision_id=decision_id)
        item_id = feedback.add_feedback(session, item)
    with database.transaction() as session:
        feedback.update_feedback(
            session,
            item_id,
            replace(
                item,
                what_was_said="The room is far too cold",
                response_kind=FeedbackResponse.IN_PROGRESS,
                response="Heating being fixed",
            ),
        )
    with database.transaction() as session:
        decisions.update_decision(
            session,
            decision_id,
            a_decision(project_id, what="Fix the heating first", participant_ids=()),
        )
    with database.transaction() as session:
        action = session.get_one(Action, action_id)
        action.what = "Fix the heating before December"
        action.decision_id = decision_id
        session.flush()
    with database.reading() as session:
        record = feedback.get_feedback(session, item_id)
        stored = session.get_one(FeedbackItem, item_id)
        assert (stored.action_id, stored.decision_id) == (action_id, decision_id)
        assert session.get_one(Action, action_id).decision_id == decision_id
        assert session.get_one(Decision, decision_id).id == decision_id
    assert (record.data.action_id, record.data.decision_id) == (action_id, decision_id)
    assert record.action_text == "Fix the heating before December"
    assert record.decision_text == "4 November 2025: Fix the heating first"
    assert record.data.what_was_said == "The room is far too cold"


# --- any text, kept literally; limits quoted ----------------------------------------------------
def test_any_text_is_stored_literally(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        person_id = add_person(session, preferred_name="Zoë 🌻")
        decision_id = decisions.add_decision(
            session,
            a_decision(
                project_id,
                what=AWKWARD,
                what_it_changes=AWKWARD,
                others_present=AWKWARD,
                participant_ids=(person_id,),
            ),
        )
        item_id = feedback.add_feedback(
            session,
            an_item(
                project_id,
                what_was_said=AWKWARD,
                participant_id=person_id,
                response_kind=FeedbackResponse.WE_DID,
                response=AWKWARD,
                decision_id=decision_id,
            ),
        )
    with database.reading() as session:
        decision = decisions.get_decision(session, decision_id)
        item = feedback.get_feedback(session, item_id)
    assert decision.data.what == decision.data.what_it_changes == AWKWARD
    assert decision.data.others_present == AWKWARD
    assert decision.people == ((person_id, "Zoë 🌻"),)
    assert item.data.what_was_said == item.data.response == AWKWARD
    assert item.said_by == "Zoë 🌻"
    assert item.you_said_we_did == f"You said: {AWKWARD}. We did: {AWKWARD}."
    assert item.decision_text == f"4 November 2025: {AWKWARD}"


def test_text_over_the_limit_is_refused_with_the_limit_quoted(database: Database) -> None:
    too_long = "a" * 10_000
    with database.transaction() as session:
        project_id = add_project(session)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        decisions.add_decision(
            session,
            a_decision(
                project_id, what=too_long, what_it_changes=too_long, others_present=too_long
            ),
        )
    assert problems(caught) == {
        "what": "What was decided is 10,000 characters long, but can be at most 5,000. "
        "Please shorten it.",
        "what_it_changes": "What it changes is 10,000 characters long, but can be at most "
        "5,000. Please shorten it.",
        "others_present": "Others who took part is 10,000 characters long, but can be at most "
        "5,000. Please shorten it.",
    }
    with database.transaction() as session, pytest.raises(ValidationError) as caught_item:
        feedback.add_feedback(
            session,
            an_item(
                project_id,
                what_was_said=too_long,
                response_kind=FeedbackResponse.WE_DID,
                response=too_long,
            ),
        )
    # Only the length is reported for the response: it is not empty, just too long.
    assert problems(caught_item) == {
        "what_was_said": "What was said is 10,000 characters long, but can be at most 5,000. "
        "Please shorten it.",
        "response": "Our response is 10,000 characters long, but can be at most 5,000. "
        "Please shorten it.",
    }
    with database.reading() as session:
        assert decisions.list_decisions(session) == []
        assert feedback.list_feedback(session) == []


def test_text_at_the_limit_is_kept(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        decision_id = decisions.add_decision(session, a_decision(project_id, what="é" * 5_000))
        item_id = feedback.add_feedback(session, an_item(project_id, what_was_said="😀" * 5_000))
    with database.reading() as session:
        assert decisions.get_decision(session, decision_id).data.what == "é" * 5_000
        assert feedback.get_feedback(session, item_id).data.what_was_said == "😀" * 5_000
