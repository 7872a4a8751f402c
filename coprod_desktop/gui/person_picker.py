"""Choose a person by typing part of their name (a register can hold thousands of people)."""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

_NUMBER = re.compile(r"\(number (\d+)\)\s*$")


def person_label(participant_id: int, name: str) -> str:
    return f"{name} (number {participant_id})"


class PersonPicker:
    """A line edit that completes "Name (number 12)" from any part of the name."""

    def __init__(
        self, edit: QLineEdit, people: list[tuple[int, str]], extra: list[str] | None = None
    ) -> None:
        """``extra``: more names offered while typing that are not people on the register
        (members of staff, say); chosen() does not resolve them, the caller does."""
        self.edit = edit
        self._by_label = {person_label(pid, name): pid for pid, name in people}
        self._by_name: dict[str, list[int]] = {}
        for pid, name in people:
            self._by_name.setdefault(name.casefold(), []).append(pid)
        offered = list(self._by_label) + list(extra or [])
        completer = QCompleter(QStringListModel(offered, edit), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)

    def set_person(self, participant_id: int | None, name: str = "") -> None:
        self.edit.setText(person_label(participant_id, name) if participant_id else "")

    def chosen(self) -> tuple[int | None, str]:
        """(the person's number, "") or (None, why not)."""
        text = self.edit.text().strip()
        if not text:
            return None, "Person is missing. Start typing their name and choose from the list."
        if text in self._by_label:
            return self._by_label[text], ""
        number = _NUMBER.search(text)
        if number:
            return int(number.group(1)), ""
        matches = self._by_name.get(text.casefold(), [])
        if len(matches) == 1:
            return matches[0], ""
        if len(matches) > 1:
            return None, (
                f"Person: there are {len(matches)} people called '{text}'. Choose the right one "
                "from the list (it shows their numbers)."
            )
        return None, f"Person: no one called '{text}' is on the register. Choose from the list."
