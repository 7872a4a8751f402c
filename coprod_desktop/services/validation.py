"""Check and tidy a participant's details, with messages that say which field, what is wrong
and how to fix it (the general machinery is in form_checks.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from coprod_desktop import limits
from coprod_desktop.money import MAX_PENCE
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.form_checks import Checker, FieldProblem, ValidationError
from coprod_desktop.services.participant_types import ParticipantData
from coprod_desktop.vocabulary import ContactMethod, Role

__all__ = [
    "FIELD_LABELS",
    "FieldProblem",
    "ValidationError",
    "normalise_email",
    "normalise_phone",
    "normalise_postcode",
    "validate_participant",
]

FIELD_LABELS: dict[str, str] = {
    "preferred_name": "Name they want us to use",
    "full_name": "Full name",
    "pronouns": "Pronouns",
    "email": "Email",
    "phone": "Phone",
    "address": "Postal address",
    "postcode": "Postcode",
    "preferred_contact": "Best way to contact them",
    "roles": "Roles",
    "role_other": "Other role",
    "access_needs": "Access needs",
    "access_other": "Other access needs",
    "consent_date": "Date consent was given",
    "consent_method": "How consent was recorded",
    "consent_covers": "What consent covers",
    "consent_named_in_documents": "May be named in meeting summaries and exports",
    "payment_preference": "Payment preference",
    "weekly_limit_pence": "Weekly earnings limit",
    "monthly_limit_pence": "Monthly earnings limit",
    "limit_month_starts": "Day their month starts",
    "tax_year_limit_pence": "Tax-year earnings limit",
    "limit_note": "About the limits",
    "notes": "Notes",
}


_UK_POSTCODE = re.compile(r"^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2})$")


def _sentence_part(text: str) -> str:
    """'There must be something after the @-sign.' -> 'there must be something after the @-sign'."""
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:]


def normalise_postcode(value: str) -> str | None:
    """'sw1a1aa' -> 'SW1A 1AA'; None if it is not a UK postcode."""
    compact = "".join(value.split()).upper()
    if not _UK_POSTCODE.match(compact):
        return None
    return f"{compact[:-3]} {compact[-3:]}"


def normalise_email(value: str) -> tuple[str | None, str]:
    """Return (normalised address, "") or (None, the reason it is not valid)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        # Deliverability needs the network and would slow typing; syntax is what we can check.
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError as error:
        return None, str(error)
    return result.normalized, ""


_UK_MOBILE = re.compile(r"^07\d{9}$")


def normalise_phone(value: str) -> str | None:
    """A UK number in the usual national layout (07700 900123); others in +33-style layout."""
    import phonenumbers  # loads lazily: only when a phone is saved

    # The library reads letters as keypad digits (07700 ABCDEF -> 07700 222333), which would
    # save a number nobody typed. Only an extension marker may contain letters.
    if re.search(r"[^\W\d_]", re.sub(r"(?i)\b(ext\.?|extension|x)\s*\d+$", "", value)):
        return None
    try:
        number = phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException:
        return None
    uk = phonenumbers.region_code_for_country_code(number.country_code or 0) == "GB"
    national = "0" + str(number.national_number) if uk else ""
    # Any 07 + 9 digits is a UK mobile shape. The library's list of allocated ranges lags behind
    # Ofcom (and excludes the 07700 900xxx range kept for examples), and refusing a real
    # person's new number would be worse than accepting an unallocated one.
    if not phonenumbers.is_valid_number(number) and not (uk and _UK_MOBILE.match(national)):
        return None
    layout = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if uk
        else (phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    )
    return str(phonenumbers.format_number(number, layout))


def validate_participant(data: ParticipantData, *, today: date | None = None) -> ParticipantData:
    """Return ``data`` tidied (trimmed, postcode and phone laid out) or raise ValidationError."""
    today = today or date.today()
    check = Checker(FIELD_LABELS)

    name = check.single_line("preferred_name", data.preferred_name, limits.PREFERRED_NAME_MAX)
    if not name:
        check.add(
            "preferred_name",
            "Name they want us to use is empty. Please enter the name this person wants to be "
            "called: a first name or a nickname is fine.",
        )
    full_name = check.single_line("full_name", data.full_name, limits.FULL_NAME_MAX)
    pronouns = check.single_line("pronouns", data.pronouns, limits.PRONOUNS_MAX)

    email = check.single_line("email", data.email, limits.EMAIL_MAX)
    if email and not check.has("email"):
        normalised, reason = normalise_email(email)
        if normalised is None:
            check.add(
                "email",
                f"Email '{email}' is not a complete email address: {_sentence_part(reason)}. "
                "Check it looks like name@example.org, or leave it empty.",
            )
        else:
            email = normalised

    phone = check.single_line("phone", data.phone, limits.PHONE_MAX)
    if phone and not check.has("phone"):
        normalised_phone = normalise_phone(phone)
        if normalised_phone is None:
            check.add(
                "phone",
                f"Phone '{phone}' is not a valid UK phone number. UK numbers have 11 digits and "
                "start with 0, like 07700 900123; numbers from other countries start with + and "
                "the country code.",
            )
        else:
            phone = normalised_phone

    address = check.multi_line("address", data.address, limits.ADDRESS_MAX)
    # The layout check below is what matters; the length limit only stops absurd input.
    postcode = check.single_line("postcode", data.postcode, 100)
    if postcode:
        tidy = normalise_postcode(postcode)
        if tidy is None:
            check.add(
                "postcode",
                f"Postcode '{postcode}' does not look like a UK postcode. Check it against an "
                "envelope or letter (for example SW1A 1AA), or leave it empty.",
            )
        else:
            postcode = tidy

    role_other = check.single_line("role_other", data.role_other, limits.ROLE_OTHER_MAX)
    roles = set(data.roles)
    if role_other:
        # Describing another role means they have one; ticking "Other" as well is redundant.
        roles.add(Role.OTHER)
    access_other = check.multi_line("access_other", data.access_other, limits.ACCESS_OTHER_MAX)
    notes = check.multi_line("notes", data.notes, limits.NOTES_MAX)
    limit_note = check.single_line("limit_note", data.limit_note, limits.LIMIT_NOTE_MAX)
    for field in ("weekly_limit_pence", "monthly_limit_pence", "tax_year_limit_pence"):
        amount = getattr(data, field)
        if amount is not None and not 0 <= amount <= MAX_PENCE:
            check.add(
                field,
                f"{FIELD_LABELS[field]} must be between £0 and £1,000,000. Leave it empty if "
                "they have not asked us to watch a limit.",
            )

    starts = data.limit_month_starts
    if starts is not None and not 1 <= starts <= 31:
        check.add(
            "limit_month_starts",
            f"Day their month starts must be a day of the month, 1 to 31, not {starts}. For "
            "Universal Credit it is the day of the month their claim started.",
        )
    elif starts == 1:
        starts = None  # the 1st is what no day means: stored one way only

    _check_contact(
        check, data.preferred_contact, email=email, phone=phone, post=address or postcode
    )
    _check_consent(check, data, today)

    if check.problems:
        raise ValidationError(check.problems)
    return replace(
        data,
        preferred_name=name,
        full_name=full_name,
        pronouns=pronouns,
        email=email,
        phone=phone,
        address=address,
        postcode=postcode,
        roles=frozenset(roles),
        role_other=role_other,
        access_other=access_other,
        notes=notes,
        limit_note=limit_note,
        limit_month_starts=starts,
    )


def _check_contact(
    check: Checker, method: ContactMethod | None, *, email: str, phone: str, post: str
) -> None:
    needs = {
        ContactMethod.EMAIL: (email, "email address"),
        ContactMethod.PHONE: (phone, "phone number"),
        ContactMethod.TEXT_MESSAGE: (phone, "phone number"),
        ContactMethod.POST: (post, "postal address or postcode"),
    }
    if method in needs and not needs[method][0]:
        what = needs[method][1]
        check.add(
            "preferred_contact",
            f"Best way to contact them is '{method.label}', but there is no {what}. "
            f"Add the {what}, or choose another way.",
        )


def _check_consent(check: Checker, data: ParticipantData, today: date) -> None:
    # Being named in documents is consent like the others: recorded with a date and how.
    covers_something = (
        data.consent_contact
        or data.consent_photos
        or data.consent_share_anonymised
        or data.consent_named_in_documents
    )
    if data.consent_date is not None:
        if data.consent_date > today:
            check.add(
                "consent_date",
                f"Date consent was given ({long_date(data.consent_date)}) is in the future. "
                "Enter the day they actually gave consent.",
            )
        elif data.consent_date.year < 1900:
            check.add(
                "consent_date",
                f"Date consent was given ({data.consent_date.isoformat()}) is too long ago to be "
                "right. Check the year.",
            )
    recorded = data.consent_date is not None or data.consent_method is not None
    if covers_something or recorded:
        if data.consent_date is None:
            check.add(
                "consent_date",
                "Date consent was given is missing. Enter the day they gave consent, or clear "
                "the consent choices if they have not given it yet.",
            )
        if data.consent_method is None:
            check.add(
                "consent_method",
                "How consent was recorded is missing. Choose how they gave it (for example a "
                "signed form, or said yes out loud and staff noted it).",
            )
        if not covers_something:
            check.add(
                "consent_covers",
                "What consent covers is empty. Tick what they agreed to: being contacted, "
                "photographs, or sharing anonymised information with funders (or being named "
                "in meeting summaries and exports).",
            )
