"""validate_participant: every rule, and messages a person can act on."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest

from coprod_desktop import limits
from coprod_desktop.services.participant_types import ParticipantData
from coprod_desktop.services.validation import (
    FIELD_LABELS,
    ValidationError,
    normalise_email,
    normalise_phone,
    normalise_postcode,
    validate_participant,
)
from coprod_desktop.vocabulary import ConsentMethod, ContactMethod, Role
from tests.factories import person

TODAY = date(2026, 11, 24)


def problems_of(data: ParticipantData) -> list[tuple[str, str]]:
    """(field, message) for each problem; fails the test if the data is accepted."""
    with pytest.raises(ValidationError) as caught:
        validate_participant(data, today=TODAY)
    return [(p.field, p.message) for p in caught.value.problems]


def only_problem(data: ParticipantData) -> tuple[str, str]:
    found = problems_of(data)
    assert len(found) == 1, found
    return found[0]


def clean(data: ParticipantData) -> ParticipantData:
    return validate_participant(data, today=TODAY)


# --- Names ---------------------------------------------------------------------------------------


def test_valid_person_is_returned_unchanged() -> None:
    data = person()
    assert clean(data) == data


def test_empty_name_is_refused() -> None:
    field, message = only_problem(person(preferred_name=""))
    assert field == "preferred_name"
    assert message.startswith("Name they want us to use is empty.")
    assert "first name or a nickname is fine" in message


@pytest.mark.parametrize("blank", [" ", "   ", "\t", " \n ", "\u00a0\u2003"])
def test_whitespace_only_name_is_refused(blank: str) -> None:
    field, message = only_problem(person(preferred_name=blank))
    assert field == "preferred_name"
    assert "is empty" in message


def test_ten_thousand_character_name_names_its_length_and_the_limit() -> None:
    field, message = only_problem(person(preferred_name="a" * 10_000))
    assert field == "preferred_name"
    assert message == (
        "Name they want us to use is 10,000 characters long, but can be at most 200. "
        "Please shorten it."
    )


def test_name_at_the_limit_is_accepted_and_one_more_is_refused() -> None:
    at_limit = "n" * limits.PREFERRED_NAME_MAX
    assert clean(person(preferred_name=at_limit)).preferred_name == at_limit
    field, message = only_problem(person(preferred_name=at_limit + "n"))
    assert field == "preferred_name"
    assert "201 characters" in message
    assert "at most 200" in message


def test_limits_count_characters_after_composing_accents() -> None:
    # 200 letters typed as e + combining acute: 400 code points, 200 characters once composed.
    decomposed = "e\u0301" * limits.PREFERRED_NAME_MAX
    assert clean(person(preferred_name=decomposed)).preferred_name == "é" * 200


def test_long_notes_message_quotes_length_and_limit() -> None:
    field, message = only_problem(person(notes="x" * 20_001))
    assert field == "notes"
    assert message.startswith("Notes is 20,001 characters long, but can be at most 20,000.")


@pytest.mark.parametrize(
    "name",
    [
        "Zoë 🌈",
        "👩🏽‍🦱 Ama",  # skin tone and zero-width joiner must survive
        "Aoife 🇮🇪",
        "فاطمة الزهراء",
        "محمد علي",
        "שרה כהן",
        "שָׂרָה",  # Hebrew with vowel points
        "王芳",
        "Nguyễn Thị Lan",
        "Łukasz Żółć",
    ],
)
def test_emoji_and_right_to_left_names_are_accepted_unchanged(name: str) -> None:
    assert unicodedata.is_normalized("NFC", name)
    result = clean(person(preferred_name=name, full_name=name))
    assert result.preferred_name == name
    assert result.full_name == name


def test_decomposed_accents_are_stored_composed() -> None:
    result = clean(person(preferred_name="Jose\u0301", full_name="Sio\u0301bhan"))
    assert result.preferred_name == "José"
    assert len(result.preferred_name) == 4
    assert result.full_name == "Sióbhan"


@pytest.mark.parametrize(
    "name",
    [
        "<b>Sam</b>",
        "Tom & Jerry",
        'Seán "Shaz" O\'Brien',
        "Ana-María D'Souza",
        "Robert'); DROP TABLE participants;--",
        "&amp; &lt;script&gt;",
        "100% {name} \\n",
    ],
)
def test_markup_ampersands_and_quotes_are_kept_verbatim(name: str) -> None:
    result = clean(person(preferred_name=name, notes=name))
    assert result.preferred_name == name
    assert result.notes == name


# --- Control characters and line breaks ----------------------------------------------------------


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x08", "\x1b", "\x7f", "\x9b"])
@pytest.mark.parametrize("field", ["preferred_name", "full_name", "address", "notes"])
def test_control_characters_are_refused(field: str, control: str) -> None:
    data = person(**{field: f"Am{control}ira"})
    found_field, message = only_problem(data)
    assert found_field == field
    assert message == (
        f"{FIELD_LABELS[field]} contains invisible control characters, probably pasted in by "
        "accident. Please retype it."
    )


def test_line_breaks_and_tabs_in_single_line_fields_are_tidied() -> None:
    result = clean(
        person(
            preferred_name="Amira\nJane",
            full_name="  Amira \n\n  Haddad\t ",
            pronouns="she/\nher",
            role_other="Peer\tresearcher",
        )
    )
    assert result.preferred_name == "Amira Jane"
    assert result.full_name == "Amira Haddad"
    assert result.pronouns == "she/ her"
    assert result.role_other == "Peer researcher"


def test_windows_line_breaks_in_single_line_fields_are_tidied() -> None:
    # Text pasted from a Windows program ends its lines with CR LF; that is a line break, not
    # an invisible control character typed by accident.
    result = clean(person(preferred_name="Amira\r\nJane", full_name="Amira\r\nHaddad"))
    assert result.preferred_name == "Amira Jane"
    assert result.full_name == "Amira Haddad"


def test_multi_line_fields_keep_line_breaks_and_tabs_but_tidy_the_ends() -> None:
    result = clean(
        person(
            address="  12 High Street  \r\nManchester\rUK\n\n",
            notes="First line   \r\n\tIndented second line\n",
            access_other="Needs breaks\nQuiet room",
        )
    )
    assert result.address == "12 High Street\nManchester\nUK"
    assert result.notes == "First line\n\tIndented second line"
    assert result.access_other == "Needs breaks\nQuiet room"


def test_runs_of_spaces_in_single_line_fields_become_one() -> None:
    assert clean(person(preferred_name="  Mary   Ann  ")).preferred_name == "Mary Ann"


# --- Email ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    ["amira", "amira@", "amira example.org", "Amira <amira@example.org>", "amira@@example.org"],
)
def test_invalid_email_names_the_field_and_the_value(email: str) -> None:
    field, message = only_problem(person(email=email))
    assert field == "email"
    assert message.startswith(f"Email '{email}' is not a complete email address: ")
    assert "name@example.org" in message
    assert message.endswith("or leave it empty.")


def test_invalid_email_message_explains_the_reason_in_the_sentence() -> None:
    _, message = only_problem(person(email="amira@"))
    assert message == (
        "Email 'amira@' is not a complete email address: there must be something after the "
        "@-sign. Check it looks like name@example.org, or leave it empty."
    )


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Amira@EXAMPLE.ORG", "Amira@example.org"),
        ("amira@Example.Org", "amira@example.org"),
        ("  amira@example.org  ", "amira@example.org"),
    ],
)
def test_email_domain_is_normalised_and_spaces_trimmed(typed: str, stored: str) -> None:
    assert clean(person(email=typed)).email == stored


def test_empty_email_is_allowed() -> None:
    assert clean(person(email="")).email == ""


def test_normalise_email_reports_the_reason() -> None:
    assert normalise_email("Amira@EXAMPLE.ORG") == ("Amira@example.org", "")
    address, reason = normalise_email("amira example.org")
    assert address is None
    assert "@-sign" in reason


# --- Phone ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("07700900123", "07700 900123"),
        ("07700 900 123", "07700 900123"),
        ("07700-900-123", "07700 900123"),
        ("+447700900123", "07700 900123"),
        ("+44 7700 900123", "07700 900123"),
        ("+44 (0)7700 900123", "07700 900123"),
        ("0044 7700 900123", "07700 900123"),
        ("02079460123", "020 7946 0123"),
        ("(0161) 496 0000", "0161 496 0000"),
        ("+33 1 42 68 53 00", "+33 1 42 68 53 00"),
        ("+33142685300", "+33 1 42 68 53 00"),
    ],
)
def test_phone_numbers_are_laid_out(typed: str, stored: str) -> None:
    assert clean(person(phone=typed)).phone == stored
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("phone", ["12345", "999", "077009001234", "0770090012", "call me", "abc"])
def test_invalid_phone_is_refused(phone: str) -> None:
    field, message = only_problem(person(phone=phone))
    assert field == "phone"
    assert message.startswith(f"Phone '{phone}' is not a valid UK phone number.")
    assert "07700 900123" in message
    assert normalise_phone(phone) is None


@pytest.mark.parametrize("phone", ["07700 ABCDEF", "07700 9001ab"])
def test_phone_with_letters_is_refused_not_turned_into_digits(phone: str) -> None:
    # Letters in a phone box are a mistake (a name or note typed in the wrong place); they must
    # not be silently read as keypad digits and saved as a different number.
    field, _ = only_problem(person(phone=phone))
    assert field == "phone"


# --- Postcode ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("sw1a1aa", "SW1A 1AA"),
        ("  m13 9pl ", "M13 9PL"),
        ("sw1a   1aa", "SW1A 1AA"),
        ("EC1A1BB", "EC1A 1BB"),
        ("b338th", "B33 8TH"),
        ("gir0aa", "GIR 0AA"),
    ],
)
def test_postcode_is_laid_out(typed: str, stored: str) -> None:
    assert clean(person(postcode=typed)).postcode == stored
    assert normalise_postcode(typed) == stored


@pytest.mark.parametrize("postcode", ["SW1A", "12345", "SW1A 1AAA", "SW1A 1CA", "not sure", "1AA"])
def test_bad_postcode_is_refused(postcode: str) -> None:
    field, message = only_problem(person(postcode=postcode))
    assert field == "postcode"
    assert message.startswith(f"Postcode '{postcode}' does not look like a UK postcode.")
    assert "SW1A 1AA" in message
    assert normalise_postcode(postcode) is None


# --- Preferred contact ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "missing", "what"),
    [
        (ContactMethod.EMAIL, {"email": ""}, "email address"),
        (ContactMethod.PHONE, {"phone": ""}, "phone number"),
        (ContactMethod.TEXT_MESSAGE, {"phone": ""}, "phone number"),
        (ContactMethod.POST, {"address": "", "postcode": ""}, "postal address or postcode"),
    ],
)
def test_preferred_contact_needs_matching_details(
    method: ContactMethod, missing: dict[str, str], what: str
) -> None:
    field, message = only_problem(person(preferred_contact=method, **missing))
    assert field == "preferred_contact"
    assert message == (
        f"Best way to contact them is '{method.label}', but there is no {what}. "
        f"Add the {what}, or choose another way."
    )


@pytest.mark.parametrize(
    "data",
    [
        person(preferred_contact=ContactMethod.EMAIL, phone=""),
        person(preferred_contact=ContactMethod.TEXT_MESSAGE, email=""),
        person(preferred_contact=ContactMethod.POST, address="1 High St", postcode=""),
        person(preferred_contact=ContactMethod.POST, address=""),  # the postcode is enough
        person(preferred_contact=ContactMethod.IN_PERSON, email="", phone="", postcode=""),
    ],
)
def test_preferred_contact_with_its_details_is_accepted(data: ParticipantData) -> None:
    assert clean(data).preferred_contact == data.preferred_contact


# --- Consent -------------------------------------------------------------------------------------


def consented(**overrides: object) -> ParticipantData:
    values: dict[str, object] = {
        "consent_date": TODAY - timedelta(days=10),
        "consent_method": ConsentMethod.SIGNED_FORM,
        "consent_contact": True,
    }
    values.update(overrides)
    return person(**values)


def test_complete_consent_is_accepted() -> None:
    data = consented(consent_photos=True, consent_share_anonymised=True)
    assert clean(data) == data


def test_consent_given_today_is_accepted() -> None:
    assert clean(consented(consent_date=TODAY)).consent_date == TODAY


def test_consent_date_in_the_future_is_refused() -> None:
    field, message = only_problem(consented(consent_date=TODAY + timedelta(days=1)))
    assert field == "consent_date"
    assert message == (
        "Date consent was given (25 November 2026) is in the future. "
        "Enter the day they actually gave consent."
    )


def test_consent_date_before_1900_is_refused() -> None:
    field, message = only_problem(consented(consent_date=date(1026, 11, 24)))
    assert field == "consent_date"
    assert "too long ago" in message
    assert "1026-11-24" in message


@pytest.mark.parametrize(
    "choice", ["consent_contact", "consent_photos", "consent_share_anonymised"]
)
def test_consent_choices_need_a_date_and_a_method(choice: str) -> None:
    found = problems_of(person(**{choice: True}))
    fields = [field for field, _ in found]
    assert fields == ["consent_date", "consent_method"]
    assert found[0][1].startswith("Date consent was given is missing.")
    assert found[1][1].startswith("How consent was recorded is missing.")


def test_consent_choice_with_date_but_no_method_is_refused() -> None:
    field, message = only_problem(consented(consent_method=None))
    assert field == "consent_method"
    assert "How consent was recorded is missing" in message


def test_consent_date_without_anything_agreed_is_refused() -> None:
    field, message = only_problem(consented(consent_contact=False))
    assert field == "consent_covers"
    assert message.startswith("What consent covers is empty.")
    assert "being contacted, photographs, or sharing anonymised information" in message


def test_consent_method_alone_asks_for_a_date_and_a_scope() -> None:
    found = problems_of(person(consent_method=ConsentMethod.VERBAL))
    assert [field for field, _ in found] == ["consent_date", "consent_covers"]
    assert "is missing" in found[0][1]
    assert "What consent covers is empty" in found[1][1]


def test_no_consent_at_all_is_fine() -> None:
    result = clean(person())
    assert result.consent_date is None
    assert result.consent_method is None
    assert not result.consent_contact


# --- Roles ---------------------------------------------------------------------------------------


def test_describing_another_role_adds_the_other_role() -> None:
    result = clean(person(roles=frozenset({Role.CARER}), role_other="  Peer researcher "))
    assert result.roles == frozenset({Role.CARER, Role.OTHER})
    assert result.role_other == "Peer researcher"


def test_other_role_alone_is_enough() -> None:
    result = clean(person(roles=frozenset(), role_other="Volunteer driver"))
    assert result.roles == frozenset({Role.OTHER})


def test_blank_role_description_does_not_add_the_other_role() -> None:
    result = clean(person(roles=frozenset({Role.CARER}), role_other="   "))
    assert result.roles == frozenset({Role.CARER})
    assert result.role_other == ""


# --- All problems together, in plain English -----------------------------------------------------


def test_every_problem_is_reported_at_once() -> None:
    data = person(
        preferred_name="",
        email="amira@",
        phone="12345",
        postcode="nowhere",
        preferred_contact=ContactMethod.POST,
        consent_date=TODAY + timedelta(days=3),
        consent_method=ConsentMethod.VERBAL,
        consent_contact=True,
        notes="bell\x07",
    )
    with pytest.raises(ValidationError) as caught:
        validate_participant(data, today=TODAY)
    error = caught.value
    assert [p.field for p in error.problems] == [
        "preferred_name",
        "email",
        "phone",
        "postcode",
        "notes",
        "consent_date",
    ]
    text = str(error)
    assert text.startswith("Nothing was saved. Please fix 6 things:\n- Name they want us to use")
    assert text.count("\n- ") == 6
    assert [p.field for p in error.for_field("phone")] == ["phone"]
    assert error.for_field("pronouns") == []


def test_one_problem_is_counted_in_the_singular() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_participant(person(preferred_name=""), today=TODAY)
    assert str(caught.value).startswith("Nothing was saved. Please fix 1 thing:\n- ")


@pytest.mark.parametrize(
    "data",
    [
        person(preferred_name=""),
        person(full_name="x" * 301),
        person(pronouns="y" * 61),
        person(email="nope"),
        person(phone="12345"),
        person(postcode="ZZZ"),
        person(address="1 High St\x00"),
        person(preferred_contact=ContactMethod.EMAIL, email=""),
        person(role_other="r" * 201),
        person(access_other="a" * 1001),
        person(consent_contact=True),
        person(consent_date=TODAY + timedelta(days=1), consent_method=ConsentMethod.VERBAL),
    ],
)
def test_messages_are_plain_english_starting_with_the_field_label(data: ParticipantData) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_participant(data, today=TODAY)
    for problem in caught.value.problems:
        assert problem.label == FIELD_LABELS[problem.field]
        assert problem.message.startswith(problem.label), problem
        assert problem.message.endswith("."), problem
        for jargon in ("Error", "Exception", "None", "\\x", "regex", "NFC", "varchar"):
            assert jargon not in problem.message, problem


def test_validation_is_idempotent() -> None:
    data = person(
        preferred_name="  Jose\u0301  ",
        email="Jose@EXAMPLE.org",
        phone="+447700900123",
        postcode="sw1a1aa",
        role_other="Peer researcher",
        notes="a  \r\nb",
    )
    once = clean(data)
    assert clean(once) == once


# --- earnings limits ----------------------------------------------------------------------------
@pytest.mark.parametrize("day", [0, 32, -5])
def test_the_day_a_month_starts_must_be_a_day_of_the_month(day: int) -> None:
    field, message = only_problem(person(monthly_limit_pence=41100, limit_month_starts=day))
    assert field == "limit_month_starts"
    assert message.startswith(
        f"Day their month starts must be a day of the month, 1 to 31, not {day}."
    )


def test_months_from_the_first_are_stored_as_no_day() -> None:
    assert clean(person(limit_month_starts=1)).limit_month_starts is None
    assert clean(person(limit_month_starts=15)).limit_month_starts == 15


def test_a_negative_monthly_limit_is_refused() -> None:
    field, message = only_problem(person(monthly_limit_pence=-1))
    assert field == "monthly_limit_pence"
    assert message.startswith("Monthly earnings limit must be between £0 and £1,000,000.")
