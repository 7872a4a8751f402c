""" "The difference you made" as a large-print, tagged PDF letter: thanks for one person's time,
what they took part in and helped decide, what they said and what was done, and what they
learned, ending in a line they can put on their CV.

The words come from services.difference (the Word letter says the same). Up to 20 points the
sessions are a table (date, session, project); above that three columns no longer fit across
A4 in large print, so each session is a line of a list.
"""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.reports.document import check_font_size, render_pdf
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.difference import (
    DifferenceLetter,
    decision_line,
    development_line,
    feedback_lines,
    letter_words,
    session_rows,
    stories_sentence,
    time_rows,
)

TEMPLATE = "difference_letter.html"
DEFAULT_FONT_SIZE = 16
LARGE_PRINT_FONT_SIZE = 18  # for someone whose access needs ask for large print
# Up to this text size the sessions are one table.
TABLE_MAX_FONT_SIZE = 20

TIME_INTRO = (
    "Your time, in numbers. Time preparing is the reading and preparation agreed for each session."
)
NO_SESSIONS = "There are no sessions recorded for you in this period."
PROJECTS_INTRO = "The projects you were part of:"
DECISIONS_INTRO = "You took part in making these decisions:"
FEEDBACK_INTRO = "The points you raised, and the group's response to each:"
CV_INTRO = "If it helps, you can copy this into your CV or an application form:"


def suggested_font_size(letter: DifferenceLetter) -> int:
    """18 point for someone whose access needs include large print, otherwise 16."""
    return LARGE_PRINT_FONT_SIZE if letter.large_print else DEFAULT_FONT_SIZE


def for_whom(letter: DifferenceLetter) -> str:
    """Their preferred name, with their full name after it when that says more."""
    full = letter.full_name.strip()
    if full and full != letter.preferred_name:
        return f"{letter.preferred_name} ({full})"
    return letter.preferred_name


def letter_context(
    letter: DifferenceLetter, font_size: int, organisation: str
) -> dict[str, object]:
    """What the template (and the DOCX writer) fill in; every value is plain text."""
    return {
        "for_whom": for_whom(letter),
        "organisation": organisation,
        "period": letter.period_text,
        "made_on": long_date(letter.today),
        "words": letter_words(letter, organisation),
        "time_intro": TIME_INTRO,
        "time_rows": time_rows(letter),
        "sessions": session_rows(letter),
        "sessions_as_table": font_size <= TABLE_MAX_FONT_SIZE,
        "no_sessions": NO_SESSIONS,
        "projects_intro": PROJECTS_INTRO,
        "projects": list(letter.projects),
        "decisions_intro": DECISIONS_INTRO,
        "decisions": [decision_line(d) for d in letter.decisions],
        "feedback_intro": FEEDBACK_INTRO,
        "feedback": [feedback_lines(f) for f in letter.feedback],
        "stories": stories_sentence(letter),
        "story_decisions": [decision_line(d) for d in letter.decisions_from_stories],
        "development": [
            (group.heading, [development_line(line) for line in group.entries])
            for group in letter.development
        ],
        "cv_intro": CV_INTRO,
    }


def write_difference_letter_pdf(
    letter: DifferenceLetter,
    path: Path,
    *,
    font_size: int = DEFAULT_FONT_SIZE,
    organisation: str = "",
) -> None:
    """Save ``letter`` as a large-print, tagged PDF (PDF/UA-1) at ``path``.

    ``font_size`` is the body text size in points (14 to 36; 16 by default). ``organisation``,
    if given, is named as the group saying thank you. Raises ValueError for a text size out of
    range and DocumentProblem when the file cannot be saved (nothing is left behind).
    """
    check_font_size(font_size)
    organisation = organisation.strip()
    render_pdf(
        TEMPLATE,
        letter_context(letter, font_size, organisation),
        Path(path),
        title=letter.title,
        font_size=font_size,
        author=organisation,
    )
