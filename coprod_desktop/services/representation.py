"""The representation report: who took part, question by question, against the population a
project serves, and the same figures with small numbers suppressed for anything shown,
printed or exported.

Counting
--------
The people counted are everyone who *attended* at least one session dated from ``first`` to
``last`` (of one project, or of every project), each once. For each person the latest
monitoring form counts (by the date collected, then the order forms were entered). For each
question the report gives the number of people in each category, plus "Prefer not to say" and
"Not answered" (no form, or the question left blank), which are counted apart and left out of
every percentage. A category's share is among the people who answered; its expected share is
the reference population's, among the people who answered there too
(``Reference.expected_fraction``); the representation ratio is share / expected. Everything is
exact (``Fraction``), never a float. A category is flagged under-represented when its ratio is
below ``threshold_pct`` per cent of the expected share (80 by default: 0.8). When fewer than
``min_response_pct`` per cent of the people answered a question, the report says "Not enough
answers to say" for it and flags nothing.

Small-number suppression (:func:`suppressed`)
---------------------------------------------
Each question is a tree of counts that add up: everyone who took part (shown, the report's
total) = the people who answered + "Prefer not to say" + "Not answered", and the people who
answered = the sum of the categories. The ethnic group questions are one tree of three levels,
since the 19 categories add up to the five groups, which add up to the people who answered
(so the two tables cannot be played against each other); they share the "Prefer not to say",
"Not answered" and "answered" counts.

1. Primary suppression: every count from 1 to 4 (a category, "Prefer not to say",
   "Not answered" or the number who answered) is shown as "fewer than 5".
2. Audit: we assume a reader knows every shown count and total, that a "fewer than 5" is 1 to
   4, that a count "not shown" is at least 5 (it was hidden to protect another) and no more
   than the total, and that counts add up as above. For each suppressed count we work out
   exactly which values it could still have: bottom-up, each count lies within the sum of its
   parts' ranges; top-down, within its total's range less the other parts' ranges. (Each
   level is a sum of independent parts whose ranges are whole intervals, so this gives the
   exact set of possible values, not an approximation.)
3. Secondary suppression: while some suppressed count could have only one value, the smallest
   shown, non-zero count beside it (under the same total) is hidden as "not shown". When
   there is none, we go one level up (the total it belongs to is hidden, or the smallest count
   beside that total). Zeros are never hidden: hiding a 0 protects nothing, since a reader
   would know a hidden count is either 0 or at least 5.
4. If that still leaves a value that can be worked out (a handful of people spread one to a
   category), the whole question is not shown, with a sentence saying why. So is the whole
   report when fewer than 5 people took part.

Shares, ratios and flags are shown only for counts that are shown, and only when the number
who answered is shown (a share of a shown count gives the number who answered away). A flag
beside a suppressed count is shown only when it would be the same for every value the count
could have, so that it tells nobody anything the table does not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.monitoring_standard import (
    AGE_BAND,
    CARER,
    DISABLED,
    ETHNIC_GROUP,
    ETHNIC_GROUP_5,
    ETHNIC_GROUPS,
    GENDER_IDENTITY,
    PREFER_NOT_TO_SAY,
    PREFER_NOT_TO_SAY_LABEL,
    RELIGION,
    SEX,
    SEXUAL_ORIENTATION,
    Question,
    disabled_of,
    ethnic_group_of,
)
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.reference_data import NOT_ANSWERED, Reference, ratio_text
from coprod_desktop.storage.models import (
    MonitoringForm,
    Project,
    ProjectSession,
    SessionAttendance,
)
from coprod_desktop.vocabulary import AttendanceStatus

# The questions reported, in the order they are shown.
REPORTED: tuple[Question, ...] = (
    AGE_BAND,
    SEX,
    GENDER_IDENTITY,
    SEXUAL_ORIENTATION,
    ETHNIC_GROUP_5,
    ETHNIC_GROUP,
    RELIGION,
    DISABLED,
    CARER,
)
NOT_ANSWERED_LABEL = "Not answered"
TOTAL = "total"
TOTAL_LABEL = "Everyone who took part"
UNDER = "Under-represented"
NOT_ENOUGH = "Not enough answers to say"
FEWER_THAN_5 = "fewer than 5"
NOT_SHOWN = "not shown"
SMALLEST_SHOWN = 5  # counts from 1 to SMALLEST_SHOWN - 1 are suppressed
DEFAULT_THRESHOLD_PCT = 80
DEFAULT_MIN_RESPONSE_PCT = 50
HIDDEN_QUESTION = (
    "Not shown: so few people gave some of the answers that the figures could identify "
    "someone, even with small numbers hidden."
)
HIDDEN_REPORT = (
    "Fewer than 5 people took part, so no figures are shown: they could identify someone."
)


# --- the report (exact counts: never printed as they are) ------------------------------------


@dataclass(frozen=True)
class CategoryFigures:
    code: str
    label: str
    people: int
    share: Fraction | None  # among the people who answered; None if nobody answered
    expected: Fraction | None  # the reference's share among those who answered there
    ratio: Fraction | None  # share / expected
    under: bool  # flagged under-represented (never when there are not enough answers)


@dataclass(frozen=True)
class QuestionFigures:
    code: str
    heading: str
    categories: tuple[CategoryFigures, ...]
    prefer_not_to_say: int
    not_answered: int
    people: int

    @property
    def answered(self) -> int:
        return sum(c.people for c in self.categories)

    @property
    def response_rate(self) -> Fraction | None:
        return Fraction(self.answered, self.people) if self.people else None

    def category(self, code: str) -> CategoryFigures:
        for figures in self.categories:
            if figures.code == code:
                return figures
        raise KeyError(code)


@dataclass(frozen=True)
class RepresentationReport:
    first: date
    last: date
    project_id: int | None
    project_name: str  # "All projects" when project_id is None
    reference: Reference
    threshold_pct: int
    min_response_pct: int
    people: int
    questions: tuple[QuestionFigures, ...]

    @property
    def threshold(self) -> Fraction:
        return Fraction(self.threshold_pct, 100)

    def question(self, code: str) -> QuestionFigures:
        for figures in self.questions:
            if figures.code == code:
                return figures
        raise KeyError(code)

    def enough_answers(self, code: str) -> bool:
        figures = self.question(code)
        return enough(figures.answered, figures.people, self.min_response_pct)


def enough(answered: int, people: int, min_response_pct: int) -> bool:
    """Whether ``answered`` of ``people`` is at least ``min_response_pct`` per cent."""
    return people > 0 and answered > 0 and answered * 100 >= min_response_pct * people


def under_represented(share: Fraction, expected: Fraction | None, threshold: Fraction) -> bool:
    return expected is not None and expected > 0 and share / expected < threshold


def attendee_ids(
    session: Session, first: date, last: date, project_id: int | None = None
) -> list[int]:
    """Everyone who attended a session dated ``first`` to ``last`` (of the project), once."""
    query = (
        select(SessionAttendance.participant_id)
        .join(ProjectSession, ProjectSession.id == SessionAttendance.session_id)
        .where(
            SessionAttendance.status == AttendanceStatus.ATTENDED,
            ProjectSession.date >= first,
            ProjectSession.date <= last,
        )
        .distinct()
    )
    if project_id is not None:
        query = query.where(ProjectSession.project_id == project_id)
    return sorted(session.scalars(query))


def latest_forms(session: Session, participant_ids: Iterable[int]) -> dict[int, MonitoringForm]:
    """Each person's latest form: by the date collected, then the order entered."""
    wanted = sorted(set(participant_ids))
    latest: dict[int, MonitoringForm] = {}
    for start in range(0, len(wanted), 500):  # keeps each IN list short for any database
        chunk = wanted[start : start + 500]
        query = (
            select(MonitoringForm)
            .where(MonitoringForm.participant_id.in_(chunk))
            .order_by(MonitoringForm.participant_id, MonitoringForm.collected_on, MonitoringForm.id)
        )
        for form in session.scalars(query):
            latest[form.participant_id] = form  # the last one wins
    return latest


def answer_of(form: MonitoringForm | None, question: str) -> str | None:
    """A person's answer to a reported question: a code, PREFER_NOT_TO_SAY or None."""
    if form is None:
        return None
    source = {ETHNIC_GROUP_5.code: ETHNIC_GROUP.code, DISABLED.code: "disability"}.get(
        question, question
    )
    code: str | None = getattr(form, source)
    if code is None or code == PREFER_NOT_TO_SAY:
        return code
    if question == ETHNIC_GROUP_5.code:
        return ethnic_group_of(code)
    if question == DISABLED.code:
        return disabled_of(code)
    return code


def representation_report(
    session: Session,
    first: date,
    last: date,
    reference: Reference,
    project_id: int | None = None,
    threshold_pct: int = DEFAULT_THRESHOLD_PCT,
    min_response_pct: int = DEFAULT_MIN_RESPONSE_PCT,
) -> RepresentationReport:
    """Who took part from ``first`` to ``last`` (in one project, or all), by category, against
    ``reference``. Raises NotFound for a project that does not exist and ValueError for a
    period that ends before it starts or a percentage out of range."""
    if last < first:
        raise ValueError("The period ends before it starts: the To date must be after From.")
    for name, value in (("threshold", threshold_pct), ("response rate", min_response_pct)):
        if not 0 < value <= 100:
            raise ValueError(f"The {name} must be a percentage from 1 to 100, not {value}.")
    project_name = "All projects"
    if project_id is not None:
        project = session.get(Project, project_id)
        if project is None:
            raise NotFound(f"There is no project with the number {project_id}.")
        project_name = project.name
    people = attendee_ids(session, first, last, project_id)
    forms = latest_forms(session, people)
    threshold = Fraction(threshold_pct, 100)
    questions = []
    for question in REPORTED:
        counts = dict.fromkeys(question.codes, 0)
        prefer = unanswered = 0
        for person in people:
            answer = answer_of(forms.get(person), question.code)
            if answer is None or (answer != PREFER_NOT_TO_SAY and answer not in counts):
                unanswered += 1  # a code this version does not know counts as not answered
            elif answer == PREFER_NOT_TO_SAY:
                prefer += 1
            else:
                counts[answer] += 1
        answered = sum(counts.values())
        sure = enough(answered, len(people), min_response_pct)
        categories = []
        for answer_code, count in counts.items():
            share = Fraction(count, answered) if answered else None
            found = reference.expected_fraction(question.code, answer_code)
            expected = Fraction(*found) if found is not None else None
            ratio = share / expected if share is not None and expected else None
            categories.append(
                CategoryFigures(
                    code=answer_code,
                    label=question.answer(answer_code).label,
                    people=count,
                    share=share,
                    expected=expected,
                    ratio=ratio,
                    under=sure and ratio is not None and ratio < threshold,
                )
            )
        questions.append(
            QuestionFigures(
                question.code, question.short, tuple(categories), prefer, unanswered, len(people)
            )
        )
    return RepresentationReport(
        first=first,
        last=last,
        project_id=project_id,
        project_name=project_name,
        reference=reference,
        threshold_pct=threshold_pct,
        min_response_pct=min_response_pct,
        people=len(people),
        questions=tuple(questions),
    )


# --- suppression ---------------------------------------------------------------------------

SHOWN = "shown"
PRIMARY = "primary"  # 1 to 4: "fewer than 5"
SECONDARY = "secondary"  # hidden to protect another: "not shown"


@dataclass(eq=False)
class _Node:
    """One count in a tree of counts that add up (see the module's docstring)."""

    name: str
    value: int
    children: list[_Node] = field(default_factory=list)
    parent: _Node | None = None
    status: str = SHOWN

    def add(self, child: _Node) -> _Node:
        child.parent = self
        self.children.append(child)
        return child

    def walk(self) -> Iterable[_Node]:
        yield self
        for child in self.children:
            yield from child.walk()


Interval = tuple[int, int]


def _bounds(node: _Node, total: int) -> Interval:
    """What a reader knows of one count from how it is shown."""
    if node.status == PRIMARY:
        return 1, SMALLEST_SHOWN - 1
    if node.status == SECONDARY:
        # The rule is public: the count hidden to protect another is the smallest shown
        # non-zero one beside it, so every count still shown beside it is at least as big.
        siblings = node.parent.children if node.parent is not None else []
        shown = [s.value for s in siblings if s.status == SHOWN and s.value > 0]
        high = min(shown) if shown else total
        return SMALLEST_SHOWN, max(SMALLEST_SHOWN, high)
    return node.value, node.value


def possible_values(root: _Node) -> dict[int, Interval]:
    """For each count (by id()), the smallest and largest value it could have, given what is
    shown. Exact for a tree of sums whose parts have whole intervals of values."""
    total = root.value
    up: dict[int, Interval] = {}

    def bottom_up(node: _Node) -> Interval:
        low, high = _bounds(node, total)
        if node.children:
            parts = [bottom_up(c) for c in node.children]
            low = max(low, sum(p[0] for p in parts))
            high = min(high, sum(p[1] for p in parts))
        up[id(node)] = (low, high)
        return low, high

    bottom_up(root)
    result: dict[int, Interval] = {id(root): up[id(root)]}

    def top_down(node: _Node) -> None:
        low, high = result[id(node)]
        parts = [up[id(c)] for c in node.children]
        all_low = sum(p[0] for p in parts)
        all_high = sum(p[1] for p in parts)
        for child, (c_low, c_high) in zip(node.children, parts, strict=True):
            others_low, others_high = all_low - c_low, all_high - c_high
            result[id(child)] = (max(c_low, low - others_high), min(c_high, high - others_low))
            top_down(child)

    top_down(root)
    return result


def _disclosed(root: _Node) -> _Node | None:
    ranges = possible_values(root)
    for node in root.walk():
        if node.status != SHOWN:
            low, high = ranges[id(node)]
            if low >= high:
                return node
    return None


def _hide_one_more(node: _Node) -> bool:
    """Hide the smallest shown non-zero count beside ``node``, or higher up; False if none.

    A hidden count that adds up its parts (the number who answered) is pinned by them when they
    are all shown: then the smallest of its parts is hidden first. Without this, 1 to 4 people
    saying "prefer not to say" while everyone else answered would cost the whole question.
    """
    parts = [c for c in node.children if c.status == SHOWN and c.value > 0]
    if node.status != SHOWN and parts:
        min(parts, key=lambda c: c.value).status = SECONDARY
        return True
    level = node
    while level.parent is not None:
        parent = level.parent
        beside = [
            c for c in parent.children if c is not level and c.status == SHOWN and c.value > 0
        ]
        if beside:
            min(beside, key=lambda c: c.value).status = SECONDARY
            return True
        if parent.parent is None:
            return False  # the total of everyone is always shown
        if parent.status == SHOWN:
            parent.status = SECONDARY
            return True
        level = parent
    return False


def protect(root: _Node) -> bool:
    """Suppress small counts in the tree, and enough others that none can be worked out.
    False when that is not possible (the question is then not shown at all)."""
    for node in root.walk():
        if node is not root and 0 < node.value < SMALLEST_SHOWN:
            node.status = PRIMARY
    while (found := _disclosed(root)) is not None:
        if not _hide_one_more(found):
            return False
    return True


def _question_tree(figures: QuestionFigures) -> tuple[_Node, dict[str, _Node]]:
    root = _Node(TOTAL, figures.people)
    answered = root.add(_Node("answered", figures.answered))
    nodes = {
        PREFER_NOT_TO_SAY: root.add(_Node(PREFER_NOT_TO_SAY, figures.prefer_not_to_say)),
        NOT_ANSWERED: root.add(_Node(NOT_ANSWERED, figures.not_answered)),
        "answered": answered,
        TOTAL: root,
    }
    for category in figures.categories:
        nodes[category.code] = answered.add(_Node(category.code, category.people))
    return root, nodes


def _ethnic_tree(
    five: QuestionFigures, nineteen: QuestionFigures
) -> tuple[_Node, dict[str, _Node], dict[str, _Node]]:
    """One tree for both ethnic group questions: 19 categories within 5 groups."""
    root = _Node(TOTAL, nineteen.people)
    answered = root.add(_Node("answered", nineteen.answered))
    shared = {
        PREFER_NOT_TO_SAY: root.add(_Node(PREFER_NOT_TO_SAY, nineteen.prefer_not_to_say)),
        NOT_ANSWERED: root.add(_Node(NOT_ANSWERED, nineteen.not_answered)),
        "answered": answered,
        TOTAL: root,
    }
    groups = {
        g.code: answered.add(_Node(g.code, five.category(g.code).people)) for g in ETHNIC_GROUPS
    }
    leaves = {
        c.code: groups[ethnic_group_of(c.code)].add(_Node(c.code, c.people))
        for c in nineteen.categories
    }
    return root, {**shared, **groups}, {**shared, **leaves}


# --- the suppressed table: what is shown, printed and exported -------------------------------


@dataclass(frozen=True)
class ShownRow:
    """One line of a question's table as it may be shown: never a count from 1 to 4."""

    question: str
    category: str  # the answer's code, PREFER_NOT_TO_SAY, NOT_ANSWERED or TOTAL
    label: str
    people: int | None  # None when suppressed
    people_text: str  # the count, "fewer than 5" or "not shown"
    share_text: str = ""  # "30.0%", or "" when not shown or not applicable
    expected_text: str = ""
    ratio_text: str = ""
    flag: str = ""  # "Under-represented", "Not enough answers to say" or ""
    suppression: str = SHOWN  # SHOWN, PRIMARY or SECONDARY
    apart: bool = False  # "Prefer not to say" and "Not answered": left out of the shares
    total: bool = False
    under: bool = False
    share_bp: int | None = None  # hundredths of a per cent, when shown
    expected_bp: int | None = None
    ratio: Fraction | None = None  # when shown

    @property
    def is_category(self) -> bool:
        return not (self.apart or self.total)


@dataclass(frozen=True)
class SuppressedTable:
    question: str
    heading: str
    rows: tuple[ShownRow, ...]  # categories, then prefer not to say, not answered, the total
    answered_text: str  # "34 of the 40 people answered (85.0%)." or why not
    enough: bool  # shares and flags can be given
    hidden: bool = False  # the whole question is not shown (see note)
    note: str = ""

    @property
    def categories(self) -> tuple[ShownRow, ...]:
        return tuple(r for r in self.rows if r.is_category)

    @property
    def under(self) -> tuple[ShownRow, ...]:
        return tuple(r for r in self.rows if r.under)


@dataclass(frozen=True)
class SuppressedReport:
    report: RepresentationReport  # for the period, project and reference (never printed raw)
    people_text: str
    tables: tuple[SuppressedTable, ...]
    hidden: bool = False
    note: str = ""

    def table(self, question: str) -> SuppressedTable:
        for table in self.tables:
            if table.question == question:
                return table
        raise KeyError(question)


def percent_text(value: Fraction) -> str:
    """A share as a percentage to one decimal place, halves up: Fraction(3, 8) -> '37.5%'."""
    tenths = int(value * 1000 + Fraction(1, 2))
    return f"{tenths // 10}.{tenths % 10}%"


def to_bp(value: Fraction) -> int:
    """A share in hundredths of a per cent, halves up."""
    return int(value * 10000 + Fraction(1, 2))


def count_text(node: _Node) -> str:
    if node.status == PRIMARY:
        return FEWER_THAN_5
    if node.status == SECONDARY:
        return NOT_SHOWN
    return f"{node.value:,}"


def _flag_for_range(
    low: int, high: int, answered: int, expected: Fraction | None, threshold: Fraction
) -> bool | None:
    """The flag every value from low to high would get, or None if they differ."""
    flags = {under_represented(Fraction(v, answered), expected, threshold) for v in (low, high)}
    # share / expected grows with the count, so the two ends decide it.
    return flags.pop() if len(flags) == 1 else None


def _table(
    report: RepresentationReport,
    figures: QuestionFigures,
    nodes: dict[str, _Node],
    ranges: dict[int, Interval],
) -> SuppressedTable:
    answered_node = nodes["answered"]
    answered_shown = answered_node.status == SHOWN
    answered = figures.answered
    sure = answered_shown and enough(answered, figures.people, report.min_response_pct)
    rows = []
    for category in figures.categories:
        node = nodes[category.code]
        expected_bp = to_bp(category.expected) if category.expected is not None else None
        row = ShownRow(
            question=figures.code,
            category=category.code,
            label=category.label,
            people=category.people if node.status == SHOWN else None,
            people_text=count_text(node),
            expected_text=percent_text(category.expected) if category.expected is not None else "",
            suppression=node.status,
            expected_bp=expected_bp,
        )
        if not answered_shown or not answered:
            row = replace(row, flag=NOT_ENOUGH)
        elif node.status == SHOWN:
            assert category.share is not None
            row = replace(
                row,
                share_text=percent_text(category.share),
                share_bp=to_bp(category.share),
                ratio_text=ratio_text(category.ratio) if category.ratio is not None else "",
                ratio=category.ratio,
                under=sure and category.under,
                flag=(UNDER if category.under else "") if sure else NOT_ENOUGH,
            )
        elif not sure:
            row = replace(row, flag=NOT_ENOUGH)
        else:
            low, high = ranges[id(node)]
            same = _flag_for_range(low, high, answered, category.expected, report.threshold)
            if same:
                row = replace(row, flag=UNDER, under=True)
        rows.append(row)
    for code, label in (
        (PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL),
        (NOT_ANSWERED, NOT_ANSWERED_LABEL),
    ):
        node = nodes[code]
        rows.append(
            ShownRow(
                figures.code,
                code,
                label,
                node.value if node.status == SHOWN else None,
                count_text(node),
                suppression=node.status,
                apart=True,
            )
        )
    rows.append(
        ShownRow(
            figures.code, TOTAL, TOTAL_LABEL, figures.people, f"{figures.people:,}", total=True
        )
    )
    if answered_shown:
        rate = percent_text(Fraction(answered, figures.people)) if figures.people else "0.0%"
        answered_text = f"{answered:,} of the {figures.people:,} people answered ({rate})."
    else:
        answered_text = (
            f"{count_text(answered_node).capitalize()} of the {figures.people:,} people answered."
        )
    if not sure:
        answered_text += (
            f" That is fewer than {report.min_response_pct}%, not enough to say how well each "
            "group is represented."
            if answered_shown
            else " That is not enough to say how well each group is represented."
        )
    return SuppressedTable(figures.code, figures.heading, tuple(rows), answered_text, sure)


def _hidden_table(figures: QuestionFigures) -> SuppressedTable:
    return SuppressedTable(
        figures.code, figures.heading, (), HIDDEN_QUESTION, False, hidden=True, note=HIDDEN_QUESTION
    )


def suppressed(report: RepresentationReport) -> SuppressedReport:
    """The report as it may be shown, printed or exported: no count from 1 to 4, and nothing
    from which one could be worked out (the rule is in the module's docstring)."""
    if 0 < report.people < SMALLEST_SHOWN:
        return SuppressedReport(
            report,
            FEWER_THAN_5,
            tuple(_hidden_table(q) for q in report.questions),
            hidden=True,
            note=HIDDEN_REPORT,
        )
    tables: dict[str, SuppressedTable] = {}
    for figures in report.questions:
        if figures.code in (ETHNIC_GROUP_5.code, ETHNIC_GROUP.code):
            continue
        root, nodes = _question_tree(figures)
        if protect(root):
            tables[figures.code] = _table(report, figures, nodes, possible_values(root))
        else:
            tables[figures.code] = _hidden_table(figures)
    five, nineteen = report.question(ETHNIC_GROUP_5.code), report.question(ETHNIC_GROUP.code)
    root, five_nodes, nineteen_nodes = _ethnic_tree(five, nineteen)
    if protect(root):
        ranges = possible_values(root)
        tables[five.code] = _table(report, five, five_nodes, ranges)
        tables[nineteen.code] = _table(report, nineteen, nineteen_nodes, ranges)
    else:
        tables[five.code] = _hidden_table(five)
        tables[nineteen.code] = _hidden_table(nineteen)
    return SuppressedReport(
        report,
        f"{report.people:,}",
        tuple(tables[q.code] for q in report.questions),
    )


def shown_counts(table: SuppressedTable) -> Sequence[str]:
    """Every count text of a table (for checks: none may be from 1 to 4)."""
    return [row.people_text for row in table.rows]
