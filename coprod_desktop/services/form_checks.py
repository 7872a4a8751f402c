"""Checking forms: every problem reported at once, each tied to its field, in plain English.

A message always starts with the field's label, says what is wrong and how to put it right, so
the GUI can show it beside the field and the command line can print it as it is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from coprod_desktop.services.errors import ServiceError


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str  # a whole sentence or two, starting with the field's label
    label: str = ""  # the field's name as people see it


class ValidationError(ServiceError):
    """One or more fields are wrong; nothing was saved."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        count = "1 thing" if len(problems) == 1 else f"{len(problems)} things"
        lines = "\n".join(f"- {p.message}" for p in problems)
        super().__init__(f"Nothing was saved. Please fix {count}:\n{lines}")

    def for_field(self, field: str) -> list[FieldProblem]:
        return [p for p in self.problems if p.field == field]


# Control characters (other than tab and newline in multi-line fields) are invisible on screen,
# break CSV files and are almost always pasted in by accident.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_BREAKS = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


class Checker:
    """Collects every problem in a form; each message starts with the field's label."""

    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels
        self.problems: list[FieldProblem] = []

    def label(self, field: str) -> str:
        return self.labels.get(field, field)

    def add(self, field: str, message: str) -> None:
        self.problems.append(FieldProblem(field, message, self.label(field)))

    def has(self, field: str) -> bool:
        return any(p.field == field for p in self.problems)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

    def _length_message(self, field: str, length: int, limit: int) -> str:
        return (
            f"{self.label(field)} is {length:,} characters long, but can be at most {limit:,}. "
            "Please shorten it."
        )

    def single_line(self, field: str, value: str, limit: int) -> str:
        value = unicodedata.normalize("NFC", value).strip()
        # Tabs and line breaks (Windows' too) are tidied below; other control characters are not.
        if _CONTROL_SINGLE_LINE.search(value.translate(_LINE_BREAKS)):
            self.add(
                field,
                f"{self.label(field)} contains invisible control characters, probably pasted "
                "in by accident. Please retype it.",
            )
        # Line breaks and runs of spaces in a one-line field are tidied, not refused.
        value = " ".join(value.split())
        if len(value) > limit:
            self.add(field, self._length_message(field, len(value), limit))
        return value

    def required(self, field: str, value: str, what: str) -> None:
        if not value:
            self.add(field, f"{self.label(field)} is empty. Please enter {what}.")

    def multi_line(self, field: str, value: str, limit: int) -> str:
        value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
        value = "\n".join(line.rstrip() for line in value.strip().split("\n"))
        if _CONTROL.search(value):
            self.add(
                field,
                f"{self.label(field)} contains invisible control characters, probably pasted "
                "in by accident. Please retype it.",
            )
        if len(value) > limit:
            self.add(field, self._length_message(field, len(value), limit))
        return value
