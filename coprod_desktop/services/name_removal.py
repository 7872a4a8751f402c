"""Taking a person's names out of a text, for stories shared without a name.

A story told anonymously often names its teller anyway ("My name's Amira and…", "Mr Haddad
said…"). Before such a story leaves the app, each of the teller's names is replaced: the whole
name they use, their full name, and every word of those names that is three letters or longer,
in any capitals, with or without accents. Shorter words ("Al", "Jo") are not replaced on their
own: they are too often ordinary words, and the whole names still are.

Spellings are compared the way the register's search compares them (``text_folding.fold``):
capitals, accents and letters such as "ß" and "ss" or "Ł" and "L" count as the same. A name
with a hyphen or an apostrophe is also found written together or with a space ("Ji-hoon",
"Jihoon", "Ji hoon"; "O'Neill", "ONeill", "O Neill"), and German names are also found spelt
without umlauts ("Jürgen" as "Juergen").

Matching is cautious rather than tidy: a name that is also a word ("Will", "Hope") is replaced
where it is used as a word too, because leaving a name in is worse than an odd gap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from coprod_desktop.services.text_folding import fold

REMOVED = "[name removed]"

# Words in these scripts are separated by spaces, so a name is only replaced as a whole word
# ("Ann" not inside "Annual"). Other scripts are matched anywhere: Chinese and Japanese have no
# spaces between words, and Arabic joins "and" or "for" to the word that follows.
_SPACED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")
_APOSTROPHES = "'’‘ʼ"
_HYPHENS = "-‐‑"
# Any apostrophe matches any other: Word and phones type ’ where keyboards type '.
_ANY_APOSTROPHE = "['’‘ʼ]"
# Inside a name, a hyphen or an apostrophe may also be typed as a space or left out.
_JOINS = {
    **dict.fromkeys(_HYPHENS, r"(?:[-‐‑]|\s+)?"),
    **dict.fromkeys(_APOSTROPHES, r"(?:['’‘ʼ]|\s+)?"),
}
_NAME_MARKS = re.compile(f"([{re.escape(_APOSTROPHES + _HYPHENS)}])")
_MIN_PART_LETTERS = 3
# German spellings without umlauts ("ß" becomes "ss" anyway when folded).
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
# Text without these characters is folded in one step, by str.lower().
_KEPT_AS_TYPED = frozenset(_APOSTROPHES + "`´")


class _Folds(dict[int, str]):
    """Each character's folded form, worked out once and remembered (``str.translate`` table).

    Apostrophes are kept, so "Briain's" still ends after "Briain". ``irregular`` holds the
    characters that fold to more or fewer than one ("ß" to "ss", a lone accent to nothing),
    which is when positions in the folded copy differ from those in the text.
    """

    def __init__(self) -> None:
        super().__init__()
        self.irregular: set[str] = set()

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = char.casefold() if char in _KEPT_AS_TYPED else fold(char)
        if len(folded) != 1:
            # Added before the table entry, so no thread sees the entry without this.
            self.irregular.add(char)
        self[code] = folded
        return folded


_FOLDS = _Folds()


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_FOLDS)


def _folded_with_origins(text: str) -> tuple[str, list[int] | None]:
    """The folded copy of ``text`` and, when positions moved, where each of its characters came
    from in ``text`` (None means the positions are the same)."""
    if text.isascii():
        return text.lower(), None
    folded = text.translate(_FOLDS)
    if _FOLDS.irregular.isdisjoint(text):
        return folded, None
    origins: list[int] = []
    for index, char in enumerate(text):
        origins += [index] * len(_FOLDS[ord(char)])
    return folded, origins


def _spaced(text: str) -> bool:
    return all(
        unicodedata.name(char, "").split(" ")[0] in _SPACED_SCRIPTS
        for char in text
        if char.isalpha()
    )


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


def name_terms(names: Iterable[str]) -> list[str]:
    """The words and phrases to replace for these names, folded, longest first."""
    terms: set[str] = set()
    for name in names:
        words = name.split()
        if not words:
            continue
        candidates = [" ".join(words)]
        # Parts of a name: "Haddad" of "Amira Haddad", "Jean" and "Luc" of "Jean-Luc",
        # "Neill" of "O'Neill".
        for word in words:
            candidates += [word, *_NAME_MARKS.split(word)[::2]]
        for candidate in candidates:
            candidate = candidate.strip('.,;:()"')
            whole = candidate == " ".join(words)
            if not candidate or (not whole and _letters(candidate) < _MIN_PART_LETTERS):
                continue
            if _letters(candidate) == 0:
                continue  # an emoji or a number on its own is not a name
            composed = unicodedata.normalize("NFC", candidate)
            terms.add(_folded(composed))
            terms.add(_folded(composed.casefold().translate(_UMLAUTS)))
    return sorted(terms, key=lambda t: (-len(t), t))


def _word_pattern(word: str) -> str:
    pieces = _NAME_MARKS.split(word)  # words and the hyphens or apostrophes between them
    out = [re.escape(pieces[0])]
    for index in range(1, len(pieces), 2):
        mark, before, after = pieces[index], pieces[index - 1], pieces[index + 1]
        if before and after:
            out.append(_JOINS[mark])
        else:
            out.append(_ANY_APOSTROPHE if mark in _APOSTROPHES else re.escape(mark))
        out.append(re.escape(after))
    return "".join(out)


def _pattern(term: str) -> str:
    body = r"\s+".join(_word_pattern(word) for word in term.split())
    if _spaced(term):
        return rf"(?<!\w){body}(?!\w)"
    return body


@lru_cache(maxsize=1024)
def _compiled(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for all of a teller's names, made once however many stories they told."""
    terms = name_terms(names)
    if not terms:
        return None
    return re.compile("|".join(_pattern(term) for term in terms))


def remove_names(text: str, names: Iterable[str]) -> str:
    """``text`` with each of ``names`` (and their longer parts) replaced by "[name removed]"."""
    if not text:
        return text
    pattern = _compiled(tuple(names))
    if pattern is None:
        return text
    # Matching runs on a folded copy of the text; positions found there are mapped back.
    folded, origins = _folded_with_origins(text)
    spans = [match.span() for match in pattern.finditer(folded)]
    if origins is not None:
        spans = [_original_span(start, end, origins, len(text)) for start, end in spans]
    return _replace(text, spans)


def _original_span(start: int, end: int, origins: list[int], length: int) -> tuple[int, int]:
    # The end reaches up to the next character kept in the folded copy, so an accent typed as a
    # separate character after a name goes with it; and never stops inside a character that
    # folded to several ("ß").
    after = origins[end] if end < len(origins) else length
    return origins[start], max(after, origins[end - 1] + 1)


def _replace(text: str, spans: list[tuple[int, int]]) -> str:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out = []
    last = 0
    for start, end in merged:
        out.append(text[last:start])
        out.append(REMOVED)
        last = end
    out.append(text[last:])
    return "".join(out)
