"""Make text comparable for searching and sorting, in every script.

SQLite's own LOWER() and LIKE only understand ASCII letters, so "ÉMILE" would never match
"emile" and "Ωμέγα" would never match "ωμεγα". Folding in Python before storing and before
searching gives the same answers on SQLite and PostgreSQL, whatever the script.
"""

from __future__ import annotations

import re
import unicodedata

# Accents that people often leave out when typing: Latin/Greek/Cyrillic diacritics, Hebrew
# points and Arabic short vowels. Other combining marks (Indic vowel signs, the virama) are part
# of the spelling and are kept.
_OPTIONAL_MARKS = re.compile("[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670]")
# Letters that do not decompose into a base letter plus an accent.
_LETTER_FOLDS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)
_PHONE_LIKE = re.compile(r"^[+(]?[\d()\-.+]*\d[\d()\-.]*$")
_NOT_DIGIT = re.compile(r"\D")


# Apostrophes, straight or curly (Word and phones type ’), are left out, so "O’Neill",
# "o'neill" and "oneill" all find each other.
_APOSTROPHES = str.maketrans(dict.fromkeys("'’‘ʼ`´", ""))


def fold(text: str) -> str:
    """Case-fold and drop optional accents: fold("Siobhán ŁUKASZ") == "siobhan lukasz"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = _OPTIONAL_MARKS.sub("", decomposed).translate(_LETTER_FOLDS)
    return unicodedata.normalize("NFC", stripped.translate(_APOSTROPHES))


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def search_tokens(query: str) -> list[str]:
    """Split a search into words that must all appear somewhere in the record.

    A word that looks like part of a phone number ("07700", "(0161)", "+44") is reduced to its
    digits, because phone numbers are indexed as digits.
    """
    tokens = []
    for token in fold(query).split():
        if _PHONE_LIKE.match(token):
            token = digits(token)
        if token:
            tokens.append(token)
    return tokens
