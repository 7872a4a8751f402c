"""A meeting pack, meeting summary or project summary laid out as a list of blocks (headings,
paragraphs, lists, tables) that the PDF (meeting_pdf.py) and the Word document (meeting_docx.py)
both print, so the two always say the same.

Two ways of saying it:

* **Standard**: short plain-English sentences; tables where a row reads well across the page.
* **Easy read**: one idea on each line (every sentence its own paragraph or list item), shorter
  sentences, no tables, more space. The facts are the same.

Tables give way to one record after another when the page is too narrow for the text size
(A4 above 18 point), as in the action plan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from coprod_desktop.reports.document import PageLayout
from coprod_desktop.reports.document_options import DocumentOptions
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.meeting_documents import (
    ActionLine,
    AgendaLine,
    DecisionLine,
    FeedbackLine,
    MeetingPack,
    MeetingSummary,
    Outcomes,
    ProjectSummary,
    SessionFacts,
    plural,
    time_words,
)
from coprod_desktop.services.naming import isolated
from coprod_desktop.services.stories import SharedStory

# A table needs about this many characters of the body text across the page to read well.
TABLE_MIN_EMS = 27


# --- blocks ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Line:
    """A line of text; with ``label`` it reads "Label: text" (the label in bold). ``strong``
    stresses it (overdue, needs a new owner); the words say so too, never bold alone."""

    text: str
    label: str = ""
    strong: bool = False


@dataclass(frozen=True)
class Heading:
    kind: ClassVar[str] = "heading"
    level: int
    text: str


@dataclass(frozen=True)
class Paragraphs:
    """Each line its own paragraph."""

    kind: ClassVar[str] = "paragraphs"
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Items:
    """A list; each item is one or more lines (the first is the item, the rest go under it)."""

    kind: ClassVar[str] = "items"
    items: tuple[tuple[Line, ...], ...]
    ordered: bool = False


@dataclass(frozen=True)
class Table:
    """A table with a header row; ``widths`` are the columns' shares of the page width;
    ``stressed`` are (row, column) cells to print in bold, counting rows from 0 after the
    header."""

    kind: ClassVar[str] = "table"
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    stressed: tuple[tuple[int, int], ...] = ()


Block = Heading | Paragraphs | Items | Table


@dataclass(frozen=True)
class Content:
    """A whole document: its title, the blocks of its header (the title and facts) and the
    rest."""

    title: str
    header: tuple[Block, ...]
    body: tuple[Block, ...]
    easy_read: bool

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.header + self.body


# --- helpers --------------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=\S)")


def sentences(text: str) -> list[str]:
    """Typed text as one sentence (or one typed line) at a time, for easy read."""
    found: list[str] = []
    for line in text.splitlines():
        found.extend(part.strip() for part in _SENTENCE_END.split(line.strip()) if part.strip())
    return found


def full_stop(text: str) -> str:
    """Text on one line, ending in a full stop unless it already ends a sentence."""
    line = " ".join(text.split())
    return line if not line or line.endswith((".", "!", "?", "…", ":")) else line + "."


class Writer:
    """Builds the blocks, saying each thing the standard or the easy-read way."""

    def __init__(self, options: DocumentOptions) -> None:
        self.options = options
        self.easy = options.easy_read
        layout = PageLayout(options.font_size, options.paper)
        self.tables = not self.easy and layout.content_width / options.font_size >= TABLE_MIN_EMS
        self.blocks: list[Block] = []

    def heading(self, text: str, level: int = 2) -> None:
        self.blocks.append(Heading(level, text))

    def say(self, standard: str | Sequence[str], easy: Sequence[str] | None = None) -> None:
        """Fixed text: ``standard`` as one paragraph (or several); for easy read, ``easy``
        (one sentence a line), or the standard words split into sentences."""
        paragraphs = [standard] if isinstance(standard, str) else list(standard)
        if self.easy:
            lines = (
                list(easy) if easy is not None else [s for p in paragraphs for s in sentences(p)]
            )
        else:
            lines = paragraphs
        self.blocks.append(Paragraphs(tuple(Line(text) for text in lines)))

    def typed(self, text: str, label: str = "") -> None:
        """What people typed: kept as typed, or one sentence a line for easy read."""
        if self.easy:
            parts = sentences(text)
            if not parts:
                return
            lines = [Line(parts[0], label)] + [Line(part) for part in parts[1:]]
            self.blocks.append(Paragraphs(tuple(lines)))
        else:
            self.blocks.append(Paragraphs((Line(text, label),)))

    def facts(self, lines: Sequence[Line]) -> None:
        self.blocks.append(Paragraphs(tuple(self._one_idea_a_line(lines))))

    def items(self, items: Sequence[Sequence[Line]], *, ordered: bool = False) -> None:
        if items:
            shaped = tuple(tuple(self._one_idea_a_line(item)) for item in items)
            self.blocks.append(Items(shaped, ordered))

    def _one_idea_a_line(self, lines: Sequence[Line]) -> list[Line]:
        """For easy read, a line of two sentences becomes two lines (the label stays on the
        first); otherwise the lines as they are."""
        if not self.easy:
            return list(lines)
        shaped: list[Line] = []
        for line in lines:
            parts = sentences(line.text) or [line.text]
            shaped.append(Line(parts[0], line.label, line.strong))
            shaped.extend(Line(part, strong=line.strong) for part in parts[1:])
        return shaped

    def table(self, table: Table) -> None:
        self.blocks.append(table)

    def typed_lines(self, text: str, label: str = "") -> list[Line]:
        """Lines for a list item: typed text split for easy read, else kept whole."""
        if not text.strip():
            return []
        if self.easy:
            parts = sentences(text)
            return [Line(parts[0], label)] + [Line(part) for part in parts[1:]]
        return [Line(text, label)]


def _fact_lines(facts: SessionFacts) -> list[Line]:
    return [
        Line(facts.date_text, "Date"),
        Line(facts.time_text, "Time"),
        Line(facts.where, "Place"),
    ]


def _when_where_easy(facts: SessionFacts, first: str) -> list[str]:
    return [
        f"{first} {facts.date_text}.",
        f"It starts at {time_words(facts.start)}.",
        f"It ends at {time_words(facts.end)}.",
        facts.where_sentence,
    ]


# --- sections shared by the documents -------------------------------------------------------
ACTION_HEADER = ("What", "Who", "By when", "Status")
ACTION_WIDTHS = (0.34, 0.24, 0.24, 0.18)


def _actions(w: Writer, actions: Sequence[ActionLine], *, status: bool = True) -> None:
    if w.tables:
        header = ACTION_HEADER if status else ACTION_HEADER[:3]
        widths = ACTION_WIDTHS if status else (0.44, 0.28, 0.28)
        rows = []
        stressed = []
        for number, action in enumerate(actions):
            row = [action.what, action.who, action.due]
            if status:
                row.append(action.status)
            rows.append(tuple(row))
            if action.needs_new_owner:
                stressed.append((number, 1))
            if action.overdue:
                stressed.append((number, 2))
        w.table(
            Table(
                "Actions: who does what by when",
                header,
                tuple(rows),
                widths,
                tuple(stressed),
            )
        )
        return
    items = []
    for action in actions:
        lines = [
            Line(full_stop(action.what)),
            Line(full_stop(action.who), "Who", strong=action.needs_new_owner),
            Line(full_stop(action.due), "By when", strong=action.overdue),
        ]
        if status and not w.easy:
            lines.append(Line(full_stop(action.status), "Status"))
        elif status:
            lines.append(Line(full_stop(action.status), "How it is going"))
        items.append(lines)
    w.items(items)


def _decisions(w: Writer, decisions: Sequence[DecisionLine], *, dated: bool) -> None:
    items = []
    for decision in decisions:
        lines = w.typed_lines(decision.what)
        if dated:
            lines.append(Line(f"{long_date(decision.decided_on)}.", "Decided on"))
        lines.append(Line(full_stop(decision.how), "How we decided"))
        lines += w.typed_lines(decision.what_it_changes, "What it changes")
        items.append(lines)
    w.items(items)


def _feedback(w: Writer, feedback: Sequence[FeedbackLine]) -> None:
    w.items(
        [[Line(full_stop(item.you_said), "You said"), _we_did(item.we_did)] for item in feedback]
    )


def _we_did(text: str) -> Line:
    """'We did: moved rooms.' as a labelled line; 'No response yet.' as it is."""
    label, sep, rest = text.partition(": ")
    return Line(rest, label) if sep else Line(text)


def _stories(w: Writer, stories: Sequence[SharedStory], none: str) -> None:
    if not stories:
        w.say(none)
        return
    w.say(
        "People shared these stories and agreed that we can print them. We only name someone "
        "when they have said we may.",
        [
            "People shared these stories.",
            "They said we can print them.",
            "We only name someone if they said we may.",
        ],
    )
    items = []
    for story in stories:
        lines = [Line(full_stop(story.title), strong=True), *w.typed_lines(story.text)]
        if story.teller:
            lines.append(Line(f"{isolated(story.teller)}, {story.told_in}.", "Told by"))
        else:
            lines.append(Line(f"{story.told_in}. We do not name the person.", "Told in"))
        if story.themes:
            lines.append(Line(full_stop(", ".join(story.themes)), "Themes"))
        items.append(lines)
    w.items(items)


def _outcome_sections(w: Writer, outcomes: Outcomes, *, level: int, dated: bool, when: str) -> None:
    """What was decided, the actions agreed, and "you said, we did", each under a heading."""
    w.heading("What we decided", level)
    if outcomes.decisions:
        _decisions(w, outcomes.decisions, dated=dated)
    else:
        w.say(f"We did not write down any decisions {when}.")
    w.heading("Actions: who does what by when", level)
    if outcomes.actions:
        _actions(w, outcomes.actions)
    else:
        w.say(f"We did not agree any actions {when}.")
    w.heading("You said, we did", level)
    if outcomes.feedback:
        w.say(
            "These are things people told us, and what we did about them. We do not say who "
            "said them.",
            [
                "These are things people told us.",
                "It says what we did about them.",
                "We do not say who told us.",
            ],
        )
        _feedback(w, outcomes.feedback)
    else:
        w.say(f"Nobody raised anything for \u201cyou said, we did\u201d {when}.")


def _title(w: Writer, title: str, facts: Sequence[Line]) -> tuple[Block, ...]:
    w.heading(title, 1)
    w.facts(facts)
    header = tuple(w.blocks)
    w.blocks.clear()
    return header


# --- the meeting pack -----------------------------------------------------------------------
AGENDA_HEADER = ("Item", "What we will talk about", "Who leads it", "Time")
AGENDA_WIDTHS = (0.11, 0.51, 0.22, 0.16)


def pack_content(pack: MeetingPack, options: DocumentOptions) -> Content:
    w = Writer(options)
    facts = pack.session
    header = _title(
        w,
        pack.title,
        [Line(pack.project_name, "Project"), Line(long_date(pack.made_on), "Made on")],
    )
    w.say(
        f"This pack is for our meeting on {facts.date_text}. It says what the meeting is for, "
        "when and where it is, and what we will talk about. It also says what happened last "
        "time.",
        [
            "This pack is about our next meeting.",
            "It tells you what the meeting is for.",
            "It tells you when and where it is.",
            "It tells you what we will talk about.",
            "It tells you what happened last time.",
        ],
    )

    w.heading("What the meeting is for")
    if facts.purpose:
        w.typed(facts.purpose)
    else:
        w.say(
            "Nobody has written down what this meeting is for yet. Ask the person who invited you."
        )

    w.heading("When and where")
    if w.easy:
        w.say(_when_where_easy(facts, "The meeting is on"), None)
    else:
        w.facts([Line(facts.title, "Meeting"), *_fact_lines(facts), Line(facts.kind, "Kind")])

    w.heading("Access arrangements")
    if facts.access_support:
        w.say("We have arranged this support:", ["We have arranged this support:"])
        w.typed(facts.access_support)
    else:
        w.say("We have not written down any support for this meeting yet.")
    if pack.access_needs:
        w.say(
            "People coming have told us about these needs. We do not say whose they are.",
            [
                "People coming told us what they need.",
                "We do not say who needs what.",
            ],
        )
        w.items([[Line(sentence)] for sentence in pack.access_needs])
    else:
        w.say("Nobody coming has told us about an access need yet.")
    w.say(
        "Tell us if you need anything else, so that we can arrange it.",
        ["Tell us if you need something else.", "We will try to arrange it."],
    )

    w.heading("What we will talk about")
    _agenda(w, pack.agenda)

    w.heading("What happened last time")
    if pack.last_time is None:
        w.say("This is the first meeting of this project, so there is nothing from last time.")
    else:
        w.say(f"Our last meeting was {pack.last_time.label}.")
        if pack.last_time_outcomes.empty:
            w.say(
                "We did not write down any decisions, actions or \u201cyou said, we did\u201d "
                "from that meeting."
            )
        else:
            _outcome_sections(
                w, pack.last_time_outcomes, level=3, dated=False, when="at that meeting"
            )

    w.heading("Open actions")
    if pack.open_actions:
        overdue = sum(1 for a in pack.open_actions if a.overdue)
        count = plural(len(pack.open_actions), "action is", "actions are")
        standard = f"{count} not finished yet, for the whole project."
        easy = [f"{count} not finished yet."]
        if overdue:
            late = "1 of them is overdue." if overdue == 1 else f"{overdue:,} of them are overdue."
            standard += f" {late} It says \u201cOverdue\u201d beside them."
            easy.append(late)
        w.say(standard, easy)
        _actions(w, pack.open_actions, status=False)
    else:
        w.say("There are no open actions for this project.")
    return Content(pack.title, header, tuple(w.blocks), options.easy_read)


def _agenda(w: Writer, agenda: Sequence[AgendaLine]) -> None:
    if not agenda:
        w.say("Nobody has written the agenda yet.")
        return
    if w.tables:
        rows = []
        for item in agenda:
            what = f"{item.title}\n{item.details}" if item.details else item.title
            rows.append(
                (str(item.number), what, item.lead or "Not named", item.time_allowed or "Not set")
            )
        w.table(Table("The agenda", AGENDA_HEADER, tuple(rows), AGENDA_WIDTHS))
        return
    items = []
    for item in agenda:
        lines = [Line(full_stop(item.title), strong=True), *w.typed_lines(item.details)]
        if w.easy:
            if item.lead:
                lines.append(Line(f"{item.lead} leads this."))
            if item.minutes:
                lines.append(Line(f"We have {item.time_allowed} for this."))
        else:
            if item.lead:
                lines.append(Line(item.lead, "Who leads it"))
            if item.minutes:
                lines.append(Line(item.time_allowed, "Time"))
        items.append(lines)
    w.items(items, ordered=True)


# --- the meeting summary --------------------------------------------------------------------
def summary_content(summary: MeetingSummary, options: DocumentOptions) -> Content:
    w = Writer(options)
    facts = summary.session
    header = _title(
        w,
        summary.title,
        [
            Line(summary.project_name, "Project"),
            *_fact_lines(facts),
            Line(long_date(summary.made_on), "Made on"),
        ],
    )
    w.say(
        f"This is a summary of our meeting on {facts.date_text}. It says who took part, what "
        "we decided and what happens next.",
        [
            "This is about our meeting.",
            "It says who came.",
            "It says what we decided.",
            "It says what happens next.",
        ],
    )

    w.heading("Who took part")
    people = summary.took_part
    w.say(people.count_sentence)
    if people.names:
        if w.easy:
            w.items([[Line(name)] for name in people.names])
            if people.others_line:
                w.say(people.others_line)
        else:
            w.say(people.names_sentence)
    if people.others:
        w.say("We only name people who have said we may.")

    _outcome_sections(w, summary.outcomes, level=2, dated=False, when="at this meeting")

    w.heading("Stories shared")
    withheld = summary.withheld_stories
    if summary.stories or not withheld:
        _stories(w, summary.stories, "There are no stories from this meeting to share here.")
    if withheld:
        one = withheld == 1
        shared = "1 more story was" if one else f"{withheld:,} more stories were"
        it = "it" if one else "them"
        w.say(
            f"{shared} shared at this meeting without a name. We do not print {it} here: so "
            f"few people took part that you could tell who shared {it}.",
            [
                f"{shared} shared without a name.",
                f"We do not print {it} here.",
                f"So few people came that you could tell who shared {it}.",
            ],
        )

    w.heading("Next meeting")
    following = summary.next_session
    if following is None:
        w.say(
            "The next meeting has not been arranged yet. We will tell you when it is.",
            ["We have not arranged the next meeting yet.", "We will tell you when it is."],
        )
    else:
        if w.easy:
            w.say(_when_where_easy(following, "Our next meeting is on"), None)
        else:
            w.facts([Line(following.title, "Meeting"), *_fact_lines(following)])
        if following.access_support:
            w.typed(following.access_support, "Support arranged")
        else:
            w.say("We have not written down any support for it yet. Tell us what you need.")
    return Content(summary.title, header, tuple(w.blocks), options.easy_read)


# --- the project summary --------------------------------------------------------------------
SESSION_HEADER = ("Date", "Meeting", "Where", "People who took part")
SESSION_WIDTHS = (0.27, 0.31, 0.24, 0.18)


def project_content(summary: ProjectSummary, options: DocumentOptions) -> Content:
    w = Writer(options)
    header = _title(
        w,
        summary.title,
        [
            Line(summary.project_name, "Project"),
            Line(summary.period, "Period"),
            Line(long_date(summary.made_on), "Made on"),
        ],
    )
    w.say(
        f"This summary says what happened in {summary.project_name} from "
        f"{long_date(summary.date_from)} to {long_date(summary.date_to)}: our meetings, what we "
        "decided, the actions we agreed, \u201cyou said, we did\u201d and the stories shared.",
        [
            "This summary is about our project.",
            f"It starts on {long_date(summary.date_from)}.",
            f"It ends on {long_date(summary.date_to)}.",
            "It says what we decided and what we agreed to do.",
        ],
    )

    w.heading("Meetings")
    if summary.sessions:
        w.say(
            f"We held {plural(len(summary.sessions), 'meeting', 'meetings')}. We count the "
            "people who took part in each.",
            [
                f"We had {plural(len(summary.sessions), 'meeting', 'meetings')}.",
                "We say how many people came to each.",
            ],
        )
        if w.tables:
            rows = tuple(
                (s.session.date_text, s.session.title, s.session.where, f"{s.took_part:,}")
                for s in summary.sessions
            )
            w.table(Table("Meetings", SESSION_HEADER, rows, SESSION_WIDTHS))
        else:
            items = []
            for s in summary.sessions:
                lines = [Line(full_stop(s.session.title), strong=True)]
                if w.easy:
                    lines += [
                        Line(f"{s.session.date_text}."),
                        Line(full_stop(s.session.where)),
                        Line(f"{plural(s.took_part, 'person', 'people')} came."),
                    ]
                else:
                    lines += [
                        Line(s.session.date_text, "Date"),
                        Line(s.session.where, "Where"),
                        Line(f"{s.took_part:,}", "People who took part"),
                    ]
                items.append(lines)
            w.items(items)
    else:
        w.say("We held no meetings in this period.")

    _outcome_sections(w, summary.outcomes, level=2, dated=True, when="in this period")

    w.heading("Stories shared")
    _stories(w, summary.stories, "There are no stories from this period to share here.")
    return Content(summary.title, header, tuple(w.blocks), options.easy_read)
