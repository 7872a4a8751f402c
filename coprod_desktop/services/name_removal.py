"""Taking a person's names out of a text, for stories shared without a name.

A story told anonymously often names its teller anyway ("My name's Amira and…", "Mr Haddad
said…"). Before such a story leaves the app, each of the teller's names is replaced: the whole
name they use, their full name, and every word of those names that is three letters or longer,
in any capitals, with or without accents. Shorter words ("Al", "Jo") are not replaced on their
own: they are too often ordinary words, and the whole names still are.

Matching is cautious rather than tidy: a name that is also a word ("Will", "Hope") is replaced
where it is used as a word too, because leaving a name in is worse than an odd gap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

REMOVED = "[name removed]"

# Words in these scripts are separated by spaces, so a name is only replaced as a whole word
# ("Ann" not inside "Annual"). Other scripts are matched anywhere: Chinese and Japanese have no
# spaces between words, and Arabic joins "and" or "for" to the word that follows.
_SPACED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")
_APOSTROPHE = re.compile(r"['’‘ʼ]")
_MIN_PART_LETTERS = 3


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _spaced(text: str) -> bool:
    return all(
        unicodedata.name(char, "").split(" ")[0] in _SPACED_SCRIPTS
        for char in text
        if char.isalpha()
    )


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


def name_terms(names: Iterable[str]) -> list[str]:
    """The words and phrases to replace for these names, longest first."""
    terms: set[str] = set()
    for name in names:
        words = name.split()
        if not words:
            continue
        candidates = [" ".join(words)]
        # Parts of a name: "Haddad" of "Amira Haddad", "Jean" and "Luc" of "Jean-Luc".
        for word in words:
            candidates += [word, *re.split(r"[-‐]", word)]
        for candidate in candidates:
            candidate = candidate.strip('.,;:()"')
            whole = candidate == " ".join(words)
            if not candidate or (not whole and _letters(candidate) < _MIN_PART_LETTERS):
                continue
            if _letters(candidate) == 0:
                continue  # an emoji or a number on its own is not a name
            terms.add(candidate)
            terms.add(_without_accents(candidate))
    return sorted(terms, key=lambda t: (-len(t), t))


def _pattern(term: str) -> str:
    parts = []
    for word in term.split():
        # Any apostrophe matches any other: Word and phones type ’ where keyboards type '.
        parts.append(_APOSTROPHE.sub("['’‘ʼ]", re.escape(word).replace("\\'", "'")))
    body = r"\s+".join(parts)
    if _spaced(term):
        return rf"(?<!\w){body}(?!\w)"
    return body


def remove_names(text: str, names: Iterable[str]) -> str:
    """``text`` with each of ``names`` (and their longer parts) replaced by "[name removed]"."""
    terms = name_terms(names)
    if not terms or not text:
        return text
    pattern = re.compile("|".join(_pattern(term) for term in terms), re.IGNORECASE)
    # Accents typed differently from the register ("Zoë" in the text for "Zoe") are caught by
    # matching on a copy without accents, made letter by letter so positions stay the same.
    plain = "".join(_one_without_accents(char) for char in text)
    spans = [match.span() for match in pattern.finditer(plain)]
    spans += [match.span() for match in pattern.finditer(text)]
    return _replace(text, spans)


def _one_without_accents(char: str) -> str:
    plain = _without_accents(char)
    return plain if len(plain) == 1 else char


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
