"""Reference populations as data: the documented CSV format (docs/monitoring.md), read and
checked in plain English, and the 2021 census for England and Wales shipped in resources/.

The CSV has a header row and one row per category:

    question,category,percent,source,date
    sex,female,51.0,"ONS Census 2021, sex (TS008)",2021-03-21

``question`` and ``category`` are the codes in monitoring_standard (plus ``ethnic_group_5`` for
the five high-level ethnic groups, ``disabled`` with ``disabled`` / ``not_disabled``, and the
category ``not_answered`` for people who did not answer, which is left out when shares are
compared). ``percent`` has at most two decimal places. ``source`` and ``date`` (YYYY-MM-DD) say
where each figure comes from; either may be empty. Not every question needs figures.

Shares are kept as integer hundredths of a per cent (basis points): 74.4% is 7440.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from functools import lru_cache

from coprod_desktop.monitoring_standard import BY_CODE, DISABLED, ETHNIC_GROUP_5, Question
from coprod_desktop.resources import resource_path
from coprod_desktop.services.errors import ServiceError

BUILT_IN_NAME = "England and Wales, Census 2021"
BUILT_IN_FILE = ("reference", "census-2021-england-wales.csv")
HEADER = ("question", "category", "percent", "source", "date")
NOT_ANSWERED = "not_answered"
# Questions a reference can give figures for: the form's, and the grouped ones reports use.
REFERENCE_QUESTIONS: dict[str, Question] = {
    **BY_CODE,
    ETHNIC_GROUP_5.code: ETHNIC_GROUP_5,
    DISABLED.code: DISABLED,
}
_PERCENT = re.compile(r"^\d{1,3}(\.\d{1,2})?$")
# Shares of one question may add up to a little more or less than 100% because published
# figures are rounded; beyond this they are probably a mistake (a missing row, a typo).
ROUNDING_ALLOWANCE_BP = 150


class ReferenceProblem(ServiceError):
    """A reference file cannot be used; ``problems`` lists every line that is wrong."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        lines = "\n".join(f"- {p}" for p in problems[:20])
        more = f"\n- and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"The figures were not imported. Please fix {count}:\n{lines}{more}")


@dataclass(frozen=True)
class Figure:
    question: str
    category: str
    share_bp: int  # hundredths of a per cent
    source: str = ""
    published_on: date | None = None


@dataclass(frozen=True)
class Reference:
    """A reference population: its name and area, and its figures by question."""

    name: str
    figures: tuple[Figure, ...]
    area: str = ""
    source: str = ""
    published_on: date | None = None
    population_id: int | None = None  # None for the built-in census
    shares: dict[str, dict[str, int]] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        shares: dict[str, dict[str, int]] = {}
        for figure in self.figures:
            shares.setdefault(figure.question, {})[figure.category] = figure.share_bp
        object.__setattr__(self, "shares", shares)

    def answered_shares(self, question: str) -> dict[str, int]:
        """The question's shares without "not answered" ({} if the reference has none)."""
        return {c: s for c, s in self.shares.get(question, {}).items() if c != NOT_ANSWERED}

    def expected_fraction(self, question: str, category: str) -> tuple[int, int] | None:
        """The category's share among people who answered, as (part, whole) in basis points,
        or None when the reference has no figure for it."""
        answered = self.answered_shares(question)
        if category not in answered or not sum(answered.values()):
            return None
        return answered[category], sum(answered.values())

    @property
    def sources(self) -> list[str]:
        """Each different source named, in the order first given."""
        seen: list[str] = []
        for figure in self.figures:
            if figure.source and figure.source not in seen:
                seen.append(figure.source)
        return seen


def percent_to_bp(text: str) -> int:
    """'74.4' -> 7440. Raises ValueError for anything but 0 to 100 with two decimals at most."""
    value = text.strip().removesuffix("%").strip()
    if not _PERCENT.match(value):
        raise ValueError(f"'{text}' is not a percentage such as 74.4")
    whole, _, decimals = value.partition(".")
    bp = int(whole) * 100 + int((decimals + "00")[:2])
    if bp > 10000:
        raise ValueError(f"'{text}' is more than 100%")
    return bp


def bp_to_percent(share_bp: int) -> str:
    """7440 -> '74.4', 7445 -> '74.45', 5100 -> '51.0'."""
    whole, rest = divmod(share_bp, 100)
    return f"{whole}.{rest:02d}".rstrip("0").rstrip(".") + (".0" if rest == 0 else "")


def ratio_text(ratio: Fraction) -> str:
    """A representation ratio to two decimal places, halves rounded up: Fraction(3, 5) -> '0.60'.

    Exact (no floats), so the same ratio always prints the same."""
    hundredths = int(ratio * 100 + Fraction(1, 2))
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def parse_reference_csv(text: str, name: str, area: str = "") -> Reference:
    """Read figures in the documented format; every problem is reported at once, by line."""
    problems: list[str] = []
    if text.startswith("\ufeff"):  # Excel's byte-order mark
        text = text[1:]
    rows = list(csv.reader(io.StringIO(text)))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    if not rows:
        raise ReferenceProblem(["The file is empty. It needs a header row, then the figures."])
    # Columns are found by their names, so they may come in any order and source or date may
    # be left out; a column the format does not have is refused rather than misread.
    header = [cell.strip().lower() for cell in rows[0]]
    unknown = [name for name in header if name not in HEADER]
    missing = [name for name in HEADER[:3] if name not in header]
    if unknown or missing or len(set(header)) != len(header):
        raise ReferenceProblem(
            [
                "Line 1 must be the header 'question,category,percent,source,date' (source "
                f"and date may be left out); it is '{','.join(rows[0])}'."
            ]
        )
    column = {name: header.index(name) for name in header}
    figures: list[Figure] = []
    seen: set[tuple[str, str]] = set()
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = [cell.strip() for cell in row] + [""] * len(HEADER)

        def cell(name: str, cells: list[str] = cells) -> str:
            return cells[column[name]] if name in column else ""

        question_code, category, percent = cell("question"), cell("category"), cell("percent")
        source, day_text = cell("source"), cell("date")
        question = REFERENCE_QUESTIONS.get(question_code)
        if question is None:
            problems.append(
                f"Line {number}: '{question_code}' is not a question. Use one of: "
                f"{', '.join(REFERENCE_QUESTIONS)}."
            )
            continue
        if category != NOT_ANSWERED and category not in question.codes:
            problems.append(
                f"Line {number}: '{category}' is not a category of {question_code}. Use one "
                f"of: {', '.join((*question.codes, NOT_ANSWERED))}."
            )
            continue
        if (question_code, category) in seen:
            problems.append(f"Line {number}: {question_code}, {category} is given twice.")
            continue
        seen.add((question_code, category))
        try:
            share = percent_to_bp(percent)
        except ValueError as error:
            problems.append(f"Line {number}: {error}.")
            continue
        published: date | None = None
        if day_text:
            try:
                published = date.fromisoformat(day_text)
            except ValueError:
                problems.append(f"Line {number}: the date '{day_text}' is not YYYY-MM-DD.")
                continue
        figures.append(Figure(question_code, category, share, source, published))
    totals: dict[str, int] = {}
    for figure in figures:
        totals[figure.question] = totals.get(figure.question, 0) + figure.share_bp
    for question_code, total in totals.items():
        if abs(total - 10000) > ROUNDING_ALLOWANCE_BP:
            problems.append(
                f"{question_code}: the percentages add up to {bp_to_percent(total)}%, not "
                "100%. Check for a missing or mistyped line (include not_answered if the "
                "source gives it)."
            )
    if not figures and not problems:
        problems.append("There are no figures after the header row.")
    if problems:
        raise ReferenceProblem(problems)
    dated = [f.published_on for f in figures if f.published_on is not None]
    return Reference(
        name=name,
        area=area,
        figures=tuple(figures),
        published_on=max(dated) if dated else None,
        source="; ".join(dict.fromkeys(f.source for f in figures if f.source)),
    )


def reference_csv(reference: Reference) -> str:
    """The reference in the documented format (what parse_reference_csv reads back)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for f in reference.figures:
        day = f.published_on.isoformat() if f.published_on else ""
        writer.writerow([f.question, f.category, bp_to_percent(f.share_bp), f.source, day])
    return out.getvalue()


@lru_cache(maxsize=1)
def built_in_reference() -> Reference:
    """The 2021 census for England and Wales, from resources/ (read once)."""
    path = resource_path(*BUILT_IN_FILE)
    if path is None:
        raise ReferenceProblem(
            [f"The census figures ({'/'.join(BUILT_IN_FILE)}) are missing from this "
             "installation. Reinstall the app, or import your own figures."]
        )  # fmt: skip
    return parse_reference_csv(path.read_text(encoding="utf-8"), BUILT_IN_NAME, "England and Wales")
