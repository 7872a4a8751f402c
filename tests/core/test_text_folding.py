"""fold, digits and search_tokens: the text the register stores for searching and sorting."""

from __future__ import annotations

import unicodedata

import pytest

from coprod_desktop.services.text_folding import digits, fold, search_tokens


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Siobhán ŁUKASZ", "siobhan lukasz"),
        ("José García", "jose garcia"),
        ("Nguyễn Thị", "nguyen thi"),
        ("Ștefan Țurcanu", "stefan turcanu"),
        ("Zoë Brontë", "zoe bronte"),
        ("Straße", "strasse"),
        ("Ærøskøbing", "aeroskobing"),
        ("Œuvre", "oeuvre"),
        ("Þóra Ðoð", "thora dod"),
        ("Đorđe", "dorde"),
        ("Ħamrun", "hamrun"),
        ("İstanbul", "istanbul"),
        ("Işık", "isik"),
    ],
)
def test_fold_drops_case_and_accents_in_latin_script(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Ωμέγα", "ωμεγα"),
        ("ΟΔΥΣΣΕΑΣ", "οδυσσεασ"),
        ("Οδυσσέας", "οδυσσεασ"),  # final sigma folds to the same letter as capital sigma
        ("ДМИТРИЙ", "дмитрии"),
        ("Дмитрий", "дмитрии"),
        ("Ёлка", "елка"),
    ],
)
def test_fold_drops_case_and_accents_in_greek_and_cyrillic(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_makes_capital_and_small_letters_equal() -> None:
    assert fold("ΟΔΥΣΣΕΑΣ") == fold("Οδυσσέας")
    assert fold("ДМИТРИЙ") == fold("дмитрий")
    assert fold("ŁUKASZ") == fold("lukasz")


def test_fold_removes_hebrew_points_and_arabic_short_vowels() -> None:
    assert fold("שָׂרָה") == "שרה"
    assert fold("فَاطِمَة") == "فاطمة"
    assert fold("مُحَمَّد") == "محمد"


@pytest.mark.parametrize("text", ["हिन्दी", "தமிழ்", "ਪੰਜਾਬੀ", "বাংলা", "ગુજરાતી"])
def test_fold_keeps_vowel_signs_that_are_part_of_the_spelling(text: str) -> None:
    assert fold(text) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("text", ["王芳", "李小龍", "ガラス", "김민준", "ሰላም", "فاطمة", "שרה"])
def test_fold_leaves_scripts_without_case_or_optional_accents_alone(text: str) -> None:
    assert fold(text) == text


def test_fold_unifies_compatibility_forms() -> None:
    assert fold("ＡＢＣ") == "abc"  # full-width letters
    assert fold("ﬁona") == "fiona"  # ligature
    assert fold("０７７００") == "07700"  # full-width digits


def test_fold_gives_the_same_answer_for_composed_and_decomposed_input() -> None:
    assert fold("Jose\u0301") == fold("Jos\u00e9") == "jose"


def test_fold_returns_nfc() -> None:
    for text in ["Ivan Ёлкин", "김민준", "ガ", "Siobhán"]:
        assert unicodedata.is_normalized("NFC", fold(text))


def test_fold_of_empty_text() -> None:
    assert fold("") == ""


def test_digits_keeps_only_digits() -> None:
    assert digits("+44 (0)7700-900 123") == "4407700900123"
    assert digits("no digits") == ""
    assert digits("") == ""


@pytest.mark.parametrize(
    ("query", "tokens"),
    [
        ("Amira Haddad", ["amira", "haddad"]),
        ("  José   GARCÍA  ", ["jose", "garcia"]),
        ("07700 900123", ["07700", "900123"]),
        ("(0161) 496-0000", ["0161", "4960000"]),
        ("+44", ["44"]),
        ("+447700900123", ["447700900123"]),
        ("07700.900.123", ["07700900123"]),
        ("Jo-Anne", ["jo-anne"]),
        ("2nd", ["2nd"]),
        ("amira@example.org", ["amira@example.org"]),
        ("sw1a 1aa", ["sw1a", "1aa"]),
        ("100%", ["100%"]),
        ("", []),
        ("   ", []),
    ],
)
def test_search_tokens(query: str, tokens: list[str]) -> None:
    assert search_tokens(query) == tokens


def test_symbols_without_digits_are_kept_as_words() -> None:
    # Only tokens with a digit are phone-like; a lone "+" or "-" is a (literal) search word.
    assert search_tokens("+") == ["+"]
    assert search_tokens("-") == ["-"]
