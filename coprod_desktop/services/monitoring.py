"""People's diversity monitoring answers: kept apart from the register, shown only on purpose.

Monitoring answers are special-category personal data (ethnicity, health, sexuality, religion),
so this module is the one door to them:

- ``record_form`` adds a form. A person may have several over the years; reports use the
  latest (by the date collected, then the most recently added) and the others keep their dates.
- ``has_answers`` says only *when* forms were collected and how, never what they say, so any
  screen may show it.
- ``reveal_answers`` is the only way to read one person's answers. It first asks
  ``check_may_see_answers`` (where staff roles will plug in), then writes who looked, when and
  from where to the access log, in the caller's transaction: the look and its record are saved
  together or not at all.
- ``remove_answers`` deletes every form of a person, at their request; only the log entry that
  it was done stays.
- ``latest_answers_for`` gives answers without logging, for aggregate reports only.

Recording, looking and removing are all logged with the name given (or the computer's user),
and the log itself holds no answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from coprod_desktop import monitoring_standard as standard
from coprod_desktop.monitoring_standard import PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.errors import NotFound, ServiceError
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.storage.models import (
    LocalQuestion,
    MonitoringAccessLog,
    MonitoringForm,
    Participant,
)
from coprod_desktop.storage.models.monitoring import WRITE_IN_MAX
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import MonitoringAccess, MonitoringMethod

# Where a look, recording or removal came from (the log's "via"; at most 20 characters).
VIA_APP = "app"
VIA_COMMAND_LINE = "command line"
VIA_CHOICES = (VIA_APP, VIA_COMMAND_LINE)

BY_WHOM_MAX = 100  # MonitoringAccessLog.by_whom
LOCAL_ANSWER_MAX = 500  # MonitoringForm.local_answer: an answer to the group's own question
LOCAL_QUESTION_MAX = 500  # LocalQuestion.text
LOCAL_ANSWERS_MAX = 20  # set answers to the group's own question: more would not fit a form

# The answers a write-in may go with ("please describe"): the "other" or "different" ones.
# A write-in beside any other answer (say "Indian" and "Gujarati") would be held for no purpose,
# since reports count the answer's code alone; collecting only what is needed is the rule for
# special-category data. So it is refused, with a message saying which answer to tick.
WRITE_IN_ANSWERS: dict[str, tuple[str, ...]] = {
    "gender_identity": ("different",),
    "sexual_orientation": ("other",),
    "ethnic_group": ("other_asian", "other_black", "other_mixed", "other_white", "any_other"),
}

MONITORING_LABELS = {
    "participant_id": "Person",
    "collected_on": "Date collected",
    "method": "How it was collected",
    **{q.code: q.short for q in standard.QUESTIONS},
    "gender_identity_write_in": "Gender identity (written in)",
    "sexual_orientation_write_in": "Sexual orientation (written in)",
    "ethnic_group_write_in": "Ethnic group (written in)",
    "local_answer": "Answer to your own question",
}

LOCAL_QUESTION_LABELS = {
    "text": "Your own question",
    "answers": "Its answers",
}


class NotAllowed(ServiceError):
    """The person asking may not see individual monitoring answers."""


@dataclass(frozen=True)
class MonitoringAnswers:
    """One form's answers: a code from monitoring_standard for each question, PREFER_NOT_TO_SAY,
    or None when it was not answered. The field names are the questions' codes."""

    age_band: str | None = None
    sex: str | None = None
    gender_identity: str | None = None
    sexual_orientation: str | None = None
    ethnic_group: str | None = None
    religion: str | None = None
    disability: str | None = None
    carer: str | None = None
    gender_identity_write_in: str = ""
    sexual_orientation_write_in: str = ""
    ethnic_group_write_in: str = ""
    local_answer: str = ""  # the answer to the group's own question, as given

    def answer_to(self, question_code: str) -> str | None:
        """The answer to a question by its code ("age_band"), as monitoring_standard names it."""
        if question_code not in standard.BY_CODE:
            raise KeyError(f"'{question_code}' is not a monitoring question")
        value: str | None = getattr(self, question_code)
        return value

    def label_of(self, question_code: str) -> str:
        """The answer in words: its label, "Prefer not to say" or "Not answered"."""
        return standard.BY_CODE[question_code].label_of(self.answer_to(question_code))

    def write_in_for(self, question_code: str) -> str:
        """The write-in beside a question's answer, or ""."""
        value: str = getattr(self, f"{question_code}_write_in", "")
        return value


@dataclass(frozen=True)
class MonitoringFormData:
    participant_id: int
    collected_on: date
    method: MonitoringMethod
    answers: MonitoringAnswers = MonitoringAnswers()


@dataclass(frozen=True)
class MonitoringFormRecord:
    id: int
    data: MonitoringFormData
    created_at: datetime
    is_latest: bool  # the one reports use


class FormDate(NamedTuple):
    """That a form exists, when and how it was collected: never what it says."""

    form_id: int
    collected_on: date
    method: MonitoringMethod


@dataclass(frozen=True)
class AccessRecord:
    """One entry of the access log. It holds no answers."""

    id: int
    participant_id: int | None  # None once the person was deleted from the register
    happened_at: datetime  # UTC
    access: MonitoringAccess
    by_whom: str
    via: str


@dataclass(frozen=True)
class LocalQuestionRecord:
    id: int
    text: str
    answers: tuple[str, ...]  # none: a free answer
    created_at: datetime


# --- who may see answers -------------------------------------------------------------------------
def check_may_see_answers(by_whom: str) -> str:
    """Whether ``by_whom`` may see one person's monitoring answers; their name, tidied.

    The single place the decision is made: reveal_answers calls it before anything is read. For
    now anyone who gives a name may look (each look is logged under that name). When staff
    accounts and roles arrive, this is where a role is checked: raise NotAllowed for anyone
    whose role does not allow it, and every way of seeing answers (app and command line) will
    follow.
    """
    name = _name_for_log(by_whom)
    return name


def _name_for_log(by_whom: str) -> str:
    """The name the log records; refused when empty or too long."""
    name = " ".join(by_whom.split())
    if not name:
        raise NotAllowed(
            "Your name is needed: each time someone's monitoring answers are looked at, "
            "recorded or removed, the log keeps who did it. Give your name and try again."
        )
    if len(name) > BY_WHOM_MAX:
        raise NotAllowed(
            f"Your name is {len(name):,} characters long, but the log keeps at most "
            f"{BY_WHOM_MAX}. Please give a shorter form of it."
        )
    return name


def _check_via(via: str) -> str:
    # Set by the program, not typed by people: a wrong one is a mistake in the code.
    if via not in VIA_CHOICES:
        raise ValueError(f"via must be one of {VIA_CHOICES}, not {via!r}")
    return via


def _log(
    session: Session, participant_id: int, access: MonitoringAccess, by: str, via: str
) -> None:
    session.add(
        MonitoringAccessLog(
            participant_id=participant_id,
            happened_at=utc_now(),
            access=access,
            by_whom=by,
            via=via,
        )
    )


def _person(session: Session, participant_id: int) -> Participant:
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFound(f"There is no one with the number {participant_id} on the register.")
    return participant


# --- checking a form -----------------------------------------------------------------------------
def _answer_list(question: standard.Question) -> str:
    codes = ", ".join(f"{a.code} ({a.label})" for a in question.answers)
    return f"{codes}, or {PREFER_NOT_TO_SAY} ({PREFER_NOT_TO_SAY_LABEL})"


def validate_form(session: Session, data: MonitoringFormData, today: date) -> MonitoringFormData:
    """The form tidied, or ValidationError listing every problem. ``today`` is this computer's
    date (dates.today_here()): a form cannot have been collected after it."""
    check = Checker(MONITORING_LABELS)
    if session.get(Participant, data.participant_id) is None:
        check.add(
            "participant_id",
            f"Person: there is no one with the number {data.participant_id} on the register. "
            "Choose someone from the register.",
        )
    if data.collected_on > today:
        check.add(
            "collected_on",
            f"Date collected ({long_date(data.collected_on)}) is in the future. Give the day "
            f"the form was filled in, {long_date(today)} or before.",
        )
    if not isinstance(data.method, MonitoringMethod):
        methods = ", ".join(m.label for m in MonitoringMethod)
        check.add("method", f"How it was collected: choose one of {methods}.")
    answers = data.answers
    for question in standard.QUESTIONS:
        code = answers.answer_to(question.code)
        if not standard.valid_answer(question, code):
            check.add(
                question.code,
                f"{question.short}: '{code}' is not one of its answers. Use one of "
                f"{_answer_list(question)}; leave it empty if it was not answered.",
            )
    write_ins: dict[str, str] = {}
    for question_code, allowed in WRITE_IN_ANSWERS.items():
        field = f"{question_code}_write_in"
        text = check.single_line(field, answers.write_in_for(question_code), WRITE_IN_MAX)
        code = answers.answer_to(question_code)
        if text and code not in allowed and not check.has(question_code):
            question = standard.BY_CODE[question_code]
            # "No (you can write in ...)" is "No" here: the message says the rest.
            names = [f"'{question.answer(a).label.split(' (')[0]}'" for a in allowed]
            if len(names) == 1:
                goes_with, choose = f"the answer {names[0]}", "Choose that answer"
            else:
                listed = ", ".join(names[:-1]) + f" or {names[-1]}"
                goes_with, choose = f"one of the answers {listed}", "Choose one of them"
            check.add(
                field,
                f"{check.label(field)} goes with {goes_with}, but the answer is "
                f"'{question.label_of(code)}'. {choose}, or clear what is written in.",
            )
        write_ins[field] = text
    local = check.single_line("local_answer", answers.local_answer, LOCAL_ANSWER_MAX)
    check.raise_if_any()
    return replace(data, answers=replace(answers, local_answer=local, **write_ins))


# --- recording, looking, removing ----------------------------------------------------------------
def record_form(
    session: Session, data: MonitoringFormData, by_whom: str, via: str, today: date
) -> int:
    """Add a form (it replaces the older ones in reports; they keep their dates) and log it.
    Returns the new form's number."""
    by = _name_for_log(by_whom)
    _check_via(via)
    clean = validate_form(session, data, today)
    form = MonitoringForm(
        participant_id=clean.participant_id,
        collected_on=clean.collected_on,
        method=clean.method,
        created_at=utc_now(),
        **vars(clean.answers),
    )
    session.add(form)
    _log(session, clean.participant_id, MonitoringAccess.RECORDED, by, via)
    session.flush()
    return form.id


def has_answers(session: Session, participant_id: int) -> list[FormDate]:
    """When each of the person's forms was collected and how, newest first (the first is the
    one reports use). Never the answers: safe to show anyone, and not logged."""
    rows = session.execute(
        select(MonitoringForm.id, MonitoringForm.collected_on, MonitoringForm.method)
        .where(MonitoringForm.participant_id == participant_id)
        .order_by(MonitoringForm.collected_on.desc(), MonitoringForm.id.desc())
    )
    return [FormDate(form_id, collected_on, method) for form_id, collected_on, method in rows]


def _answers(form: MonitoringForm) -> MonitoringAnswers:
    return MonitoringAnswers(
        age_band=form.age_band,
        sex=form.sex,
        gender_identity=form.gender_identity,
        sexual_orientation=form.sexual_orientation,
        ethnic_group=form.ethnic_group,
        religion=form.religion,
        disability=form.disability,
        carer=form.carer,
        gender_identity_write_in=form.gender_identity_write_in,
        sexual_orientation_write_in=form.sexual_orientation_write_in,
        ethnic_group_write_in=form.ethnic_group_write_in,
        local_answer=form.local_answer,
    )


def reveal_answers(
    session: Session, participant_id: int, by_whom: str, via: str
) -> list[MonitoringFormRecord]:
    """Every form of the person, newest first, with their answers: the ONLY way to read one
    person's answers. Checks check_may_see_answers, then logs the look (with the time, UTC) in
    this transaction, even when there is nothing to see: the look is what the log is for.
    Call it inside a transaction (database.transaction()), not a read-only one."""
    by = check_may_see_answers(by_whom)
    _check_via(via)
    _person(session, participant_id)
    forms = session.scalars(
        select(MonitoringForm)
        .where(MonitoringForm.participant_id == participant_id)
        .order_by(MonitoringForm.collected_on.desc(), MonitoringForm.id.desc())
    ).all()
    _log(session, participant_id, MonitoringAccess.VIEWED, by, via)
    session.flush()
    return [
        MonitoringFormRecord(
            id=form.id,
            data=MonitoringFormData(
                participant_id=form.participant_id,
                collected_on=form.collected_on,
                method=form.method,
                answers=_answers(form),
            ),
            created_at=form.created_at,
            is_latest=number == 0,
        )
        for number, form in enumerate(forms)
    ]


def remove_answers(session: Session, participant_id: int, by_whom: str, via: str) -> int:
    """Delete every form of the person (at their request), so they count nowhere any more, and
    log that it was done. Returns how many forms were removed (0 is logged too: the request
    was met)."""
    by = _name_for_log(by_whom)
    _check_via(via)
    _person(session, participant_id)
    removed = len(has_answers(session, participant_id))
    session.execute(
        delete(MonitoringForm)
        .where(MonitoringForm.participant_id == participant_id)
        .execution_options(synchronize_session="fetch")
    )
    _log(session, participant_id, MonitoringAccess.REMOVED, by, via)
    session.flush()
    return removed


def access_log(session: Session, participant_id: int | None = None) -> list[AccessRecord]:
    """The access log, newest first; one person's entries, or everyone's. No answers."""
    query = select(MonitoringAccessLog).order_by(
        MonitoringAccessLog.happened_at.desc(), MonitoringAccessLog.id.desc()
    )
    if participant_id is not None:
        query = query.where(MonitoringAccessLog.participant_id == participant_id)
    return [
        AccessRecord(
            id=entry.id,
            participant_id=entry.participant_id,
            happened_at=entry.happened_at,
            access=entry.access,
            by_whom=entry.by_whom,
            via=entry.via,
        )
        for entry in session.scalars(query)
    ]


# SQLite allows 32,766 bound values in a query (999 before 3.32); this stays well under both.
_IDS_PER_QUERY = 900


def latest_answers_for(
    session: Session, participant_ids: Iterable[int]
) -> dict[int, MonitoringAnswers]:
    """Each person's latest answers (by the date collected, then the form added last), for
    people who have a form.

    FOR AGGREGATE REPORTS ONLY: the result must only ever be counted, never shown or exported
    person by person. It is not logged, because counting is not looking; showing one person's
    answers goes through reveal_answers, which is.
    """
    wanted = list(dict.fromkeys(participant_ids))
    latest: dict[int, MonitoringAnswers] = {}
    for start in range(0, len(wanted), _IDS_PER_QUERY):
        chunk = wanted[start : start + _IDS_PER_QUERY]
        forms = session.scalars(
            select(MonitoringForm)
            .where(MonitoringForm.participant_id.in_(chunk))
            .order_by(
                MonitoringForm.participant_id,
                MonitoringForm.collected_on,
                MonitoringForm.id,
            )
        )
        for form in forms:
            latest[form.participant_id] = _answers(form)  # later rows replace earlier ones
    return latest


# --- the group's own question --------------------------------------------------------------------
def validate_local_question(text: str, answer_lines: list[str]) -> tuple[str, tuple[str, ...]]:
    """The question and its answers tidied (blank lines dropped), or ValidationError."""
    check = Checker(LOCAL_QUESTION_LABELS)
    question = check.single_line("text", text, LOCAL_QUESTION_MAX)
    check.required("text", question, "the question, such as 'Which part of town do you live in?'")
    answers: list[str] = []
    seen: set[str] = set()
    for number, line in enumerate(answer_lines, start=1):
        answer = check.single_line("answers", line, LOCAL_ANSWER_MAX)
        if not answer:
            continue
        folded = answer.casefold()
        if folded == PREFER_NOT_TO_SAY_LABEL.casefold():
            check.add(
                "answers",
                f"Its answers: answer {number} is '{PREFER_NOT_TO_SAY_LABEL}', which every "
                "question offers already. Please leave it out.",
            )
        elif folded in seen:
            check.add(
                "answers",
                f"Its answers: '{answer}' is given twice. Please give each answer once.",
            )
        seen.add(folded)
        answers.append(answer)
    if len(answers) > LOCAL_ANSWERS_MAX:
        check.add(
            "answers",
            f"Its answers: there are {len(answers)}, but a form has room for at most "
            f"{LOCAL_ANSWERS_MAX}. Please combine some, or give none for a free answer.",
        )
    check.raise_if_any()
    return question, tuple(answers)


def set_local_question(session: Session, text: str, answers_lines: list[str]) -> int:
    """Ask the group's own question from now on (with set answers, or none for a free answer).
    The one asked before is kept, inactive: answers already given were to its wording."""
    question, answers = validate_local_question(text, answers_lines)
    clear_local_question(session)
    row = LocalQuestion(
        text=question, answers="\n".join(answers), active=True, created_at=utc_now()
    )
    session.add(row)
    session.flush()
    return row.id


def get_local_question(session: Session) -> LocalQuestionRecord | None:
    """The group's own question being asked now, or None."""
    row = session.scalars(
        select(LocalQuestion)
        .where(LocalQuestion.active.is_(True))
        .order_by(LocalQuestion.created_at.desc(), LocalQuestion.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return LocalQuestionRecord(
        id=row.id,
        text=row.text,
        answers=tuple(line for line in row.answers.split("\n") if line),
        created_at=row.created_at,
    )


def clear_local_question(session: Session) -> None:
    """Stop asking the group's own question (answers already given are kept)."""
    session.execute(
        update(LocalQuestion)
        .where(LocalQuestion.active.is_(True))
        .values(active=False)
        .execution_options(synchronize_session=False)
    )
    session.flush()
