"""The blank diversity monitoring form as a large-print, tagged PDF, for people who prefer paper.

Every question of monitoring_standard is a heading, followed by the question as asked and its
answers as a list, each with a tick box and "Prefer not to say" last. It opens by saying in
plain English that the form is optional, why it is asked, how answers are kept apart and used
only in totals, and that people can ask for their answers to be removed. The group's own
question, if it has one, comes last, with its answers or space to write one in.

The tick box is the character U+2610 (a screen reader says "ballot box", so the list still
reads as choices). Atkinson Hyperlegible has no such character, so the template names fonts
that do for the box alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coprod_desktop import monitoring_standard as standard
from coprod_desktop.monitoring_standard import PREFER_NOT_TO_SAY_LABEL
from coprod_desktop.reports.document import check_font_size, render_pdf

TEMPLATE = "monitoring_form.html"
DEFAULT_FONT_SIZE = 16
TITLE = "Equality and diversity monitoring form"
TICK_BOX = "\u2610"

# Said on the form under a question (monitoring_standard's notes are for reports).
FORM_NOTES = {
    "gender_identity": "This question is for people aged 16 or over.",
    "sexual_orientation": "This question is for people aged 16 or over.",
    "disability": "Tick one box: it answers both questions.",
}
WRITE_IN_PROMPTS = {
    "gender_identity": "If you ticked No, you can write in your gender identity here:",
    "sexual_orientation": "If you ticked Other, you can write in your sexual orientation here:",
    "ethnic_group": "If you ticked one of the \u201cAny other\u201d boxes, you can describe your "
    "ethnic group or background here:",
}

INTRO = (
    "This form is optional. You do not have to answer any question, and every question has "
    "a \u201cPrefer not to say\u201d box. Taking part in {who} does not depend on it in any way."
)
WHY = (
    "We want to hear from everyone in the community, especially people who are not often "
    "heard. Your answers help us see who takes part and who is missing, so that we can do "
    "better at reaching them."
)
KEPT_APART = (
    "Your answers are kept apart from your name and contact details. Only staff who need to "
    "can look at one person\u2019s answers, and each time someone does, it is recorded."
)
TOTALS = (
    "We only ever use the answers added up together, as totals. Any number smaller than 5 is "
    "never shown, so that nobody can be recognised."
)
REMOVAL = (
    "You can ask us at any time to remove your answers, and we will delete them. You can also "
    "ask to see what we hold about you."
)
HOW_TO = "Tick one box for each question you want to answer, or put a cross in it."
OR_NOT_SAY = "Or, if you would rather not say:"
LOCAL_HEADING = "A question from us"
LOCAL_FREE = "Write your answer here:"


@dataclass(frozen=True)
class AnswerGroup:
    heading: str  # "" when the answers are not grouped
    answers: tuple[str, ...]
    lead: str = ""  # a sentence before the answers, when they are not under a heading


@dataclass(frozen=True)
class FormQuestion:
    heading: str
    text: str
    note: str
    groups: tuple[AnswerGroup, ...]
    write_in: str  # the prompt above a space to write in, or ""


def _answer_label(question: standard.Question, answer: standard.Answer) -> str:
    # Gender identity's "No" says it can be written in; on paper the write-in space says so.
    if question.code in WRITE_IN_PROMPTS and answer.label.endswith(")") and " (" in answer.label:
        return answer.label.split(" (")[0]
    return answer.label


def form_questions() -> list[FormQuestion]:
    """The standard questions as the form asks them, numbered, each ending with "Prefer not
    to say"."""
    questions = []
    for number, question in enumerate(standard.QUESTIONS, start=1):
        if question is standard.ETHNIC_GROUP:
            # The 19 categories under their five groups, as the census form sets them out.
            groups = [
                AnswerGroup(
                    group.label,
                    tuple(
                        _answer_label(question, a)
                        for a in question.answers
                        if a.group == group.code
                    ),
                )
                for group in standard.ETHNIC_GROUPS
            ]
            # Set apart, so that it is not read as one of the "Other ethnic group" answers.
            groups.append(AnswerGroup("", (PREFER_NOT_TO_SAY_LABEL,), OR_NOT_SAY))
        else:
            labels = tuple(_answer_label(question, a) for a in question.answers)
            groups = [AnswerGroup("", (*labels, PREFER_NOT_TO_SAY_LABEL))]
        questions.append(
            FormQuestion(
                heading=f"{number}. {question.short}",
                text=question.text,
                note=FORM_NOTES.get(question.code, ""),
                groups=tuple(groups),
                write_in=WRITE_IN_PROMPTS.get(question.code, "") if question.write_in else "",
            )
        )
    return questions


def local_form_question(number: int, text: str, answers: list[str]) -> FormQuestion | None:
    """The group's own question, if it has one: its set answers, or space for a free answer."""
    text = " ".join(text.split())
    if not text:
        return None
    labels = tuple(a for a in (" ".join(line.split()) for line in answers) if a)
    if labels:
        groups = (AnswerGroup("", (*labels, PREFER_NOT_TO_SAY_LABEL)),)
        write_in = ""
    else:
        groups = (AnswerGroup("", (PREFER_NOT_TO_SAY_LABEL,)),)
        write_in = LOCAL_FREE
    return FormQuestion(
        heading=f"{number}. {LOCAL_HEADING}",
        text=text,
        note="",
        groups=groups,
        write_in=write_in,
    )


def write_blank_form_pdf(
    path: Path,
    font_size: int = DEFAULT_FONT_SIZE,
    local_question: str = "",
    local_answers: list[str] | tuple[str, ...] = (),
    organisation: str = "",
) -> None:
    """Save the blank monitoring form as a large-print, tagged PDF (PDF/UA-1) at ``path``.

    ``font_size`` is the body text size in points (14 to 36; 16 by default). ``local_question``
    (with ``local_answers``, or none for a free answer) is the group's own question, if any;
    ``organisation``, if given, is named as the group asking. Raises ValueError for a text size
    out of range and DocumentProblem when the file cannot be saved (nothing is left behind).
    """
    check_font_size(font_size)
    organisation = " ".join(organisation.split())
    questions = form_questions()
    local = local_form_question(len(questions) + 1, local_question, list(local_answers))
    if local is not None:
        questions.append(local)
    context: dict[str, object] = {
        "organisation": organisation,
        "intro": INTRO.format(who=organisation or "our group"),
        "why": WHY,
        "kept_apart": KEPT_APART,
        "totals": TOTALS,
        "removal": REMOVAL,
        "how_to": HOW_TO,
        "questions": questions,
        "tick_box": TICK_BOX,
    }
    render_pdf(TEMPLATE, context, Path(path), title=TITLE, font_size=font_size, author=organisation)
