"""Diversity monitoring answers: the standard's categories, recording, looking on purpose (and
logged), removing at someone's request, the latest form for reports, the command line never
showing answers without --reveal, and the blank large-print form."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pikepdf
import pytest
from sqlalchemy import func, select

from coprod_desktop import monitoring_standard as standard
from coprod_desktop.cli import main
from coprod_desktop.monitoring_standard import PREFER_NOT_TO_SAY
from coprod_desktop.reports.monitoring_form_pdf import TITLE, write_blank_form_pdf
from coprod_desktop.services import monitoring
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.monitoring import (
    VIA_APP,
    VIA_COMMAND_LINE,
    MonitoringAnswers,
    MonitoringFormData,
    NotAllowed,
)
from coprod_desktop.services.validation import ValidationError
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import MonitoringAccessLog, MonitoringForm
from coprod_desktop.storage.opening import open_database
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import MonitoringAccess, MonitoringMethod
from tests.core.payment_fixtures import add_person
from tests.core.pdf_checks import chars, pdf_text, tags

TODAY = date(2025, 11, 5)
PAPER = MonitoringMethod.PAPER_FORM

# --- the documented standard -------------------------------------------------------------------
# From the issue (shared/domain.md), written out by hand so that a change to the codes or their
# order in monitoring_standard.py fails here:
#   Age band: under 18, 18-24, 25-34, 35-44, 45-54, 55-64, 65-74, 75+. Sex: Female, Male.
#   Gender identity: same as sex registered at birth Yes/No. Sexual orientation: Straight or
#   heterosexual; Gay or lesbian; Bisexual; Other sexual orientation. Ethnic group, 19 in 5
#   groups: Asian (Bangladeshi; Chinese; Indian; Pakistani; Other Asian), Black (African;
#   Caribbean; Other Black), Mixed (White and Asian; White and Black African; White and Black
#   Caribbean; Other Mixed), White (English, Welsh, Scottish, Northern Irish or British; Irish;
#   Gypsy or Irish Traveller; Roma; Other White), Other (Arab; Any other ethnic group).
#   Religion: No religion; Christian; Buddhist; Hindu; Jewish; Muslim; Sikh; Any other religion.
#   Disability: Yes a lot / Yes a little / Not at all (plus no condition). Carer: yes/no.
#   Every question offers Prefer not to say.
# Each answer: (code, the label as the form words it).
DOCUMENTED: dict[str, list[tuple[str, str]]] = {
    "age_band": [
        ("under_18", "Under 18"),
        ("18_24", "18 to 24"),
        ("25_34", "25 to 34"),
        ("35_44", "35 to 44"),
        ("45_54", "45 to 54"),
        ("55_64", "55 to 64"),
        ("65_74", "65 to 74"),
        ("75_plus", "75 or over"),
    ],
    "sex": [("female", "Female"), ("male", "Male")],
    "gender_identity": [
        ("same", "Yes"),
        ("different", "No (you can write in your gender identity if you want to)"),
    ],
    "sexual_orientation": [
        ("straight", "Straight or heterosexual"),
        ("gay_lesbian", "Gay or lesbian"),
        ("bisexual", "Bisexual"),
        ("other", "Other sexual orientation (you can write it in)"),
    ],
    "ethnic_group": [
        ("bangladeshi", "Bangladeshi"),
        ("chinese", "Chinese"),
        ("indian", "Indian"),
        ("pakistani", "Pakistani"),
        ("other_asian", "Any other Asian background"),
        ("african", "African"),
        ("caribbean", "Caribbean"),
        ("other_black", "Any other Black, Black British or Caribbean background"),
        ("white_asian", "White and Asian"),
        ("white_black_african", "White and Black African"),
        ("white_black_caribbean", "White and Black Caribbean"),
        ("other_mixed", "Any other Mixed or Multiple ethnic background"),
        ("white_british", "English, Welsh, Scottish, Northern Irish or British"),
        ("irish", "Irish"),
        ("gypsy_traveller", "Gypsy or Irish Traveller"),
        ("roma", "Roma"),
        ("other_white", "Any other White background"),
        ("arab", "Arab"),
        ("any_other", "Any other ethnic group"),
    ],
    "religion": [
        ("none", "No religion"),
        ("christian", "Christian (all denominations)"),
        ("buddhist", "Buddhist"),
        ("hindu", "Hindu"),
        ("jewish", "Jewish"),
        ("muslim", "Muslim"),
        ("sikh", "Sikh"),
        ("other", "Any other religion"),
    ],
    "disability": [
        ("yes_a_lot", "Yes, and it reduces my day-to-day activities a lot"),
        ("yes_a_little", "Yes, and it reduces my day-to-day activities a little"),
        ("yes_not_at_all", "Yes, but it does not reduce my day-to-day activities"),
        ("no_condition", "No"),
    ],
    "carer": [("yes", "Yes"), ("no", "No")],
}
ETHNIC_GROUPS = {
    "asian": ["bangladeshi", "chinese", "indian", "pakistani", "other_asian"],
    "black": ["african", "caribbean", "other_black"],
    "mixed": ["white_asian", "white_black_african", "white_black_caribbean", "other_mixed"],
    "white": ["white_british", "irish", "gypsy_traveller", "roma", "other_white"],
    "other": ["arab", "any_other"],
}


def test_the_questions_are_the_documented_ones_in_order() -> None:
    assert [q.code for q in standard.QUESTIONS] == list(DOCUMENTED)


@pytest.mark.parametrize("code", list(DOCUMENTED))
def test_each_questions_answers_match_the_documented_standard(code: str) -> None:
    question = standard.BY_CODE[code]
    assert [(a.code, a.label) for a in question.answers] == DOCUMENTED[code]
    # Every question offers "Prefer not to say", and not answering at all.
    assert standard.valid_answer(question, PREFER_NOT_TO_SAY)
    assert standard.valid_answer(question, None)
    assert question.label_of(PREFER_NOT_TO_SAY) == "Prefer not to say"
    assert not standard.valid_answer(question, "something else")


def test_the_19_ethnic_groups_are_in_their_5_groups() -> None:
    assert len(standard.ETHNIC_GROUP.answers) == 19
    assert [g.code for g in standard.ETHNIC_GROUPS] == list(ETHNIC_GROUPS)
    for group, codes in ETHNIC_GROUPS.items():
        assert [a.code for a in standard.ETHNIC_GROUP.answers if a.group == group] == codes


def test_the_answers_dataclass_has_a_field_for_each_question() -> None:
    answers = MonitoringAnswers()
    for question in standard.QUESTIONS:
        assert answers.answer_to(question.code) is None
        assert answers.label_of(question.code) == "Not answered"


# --- recording, looking, removing ----------------------------------------------------------------
ANSWERS = MonitoringAnswers(
    age_band="45_54",
    sex="female",
    gender_identity="different",
    gender_identity_write_in="  non-binary ",
    ethnic_group="white_black_caribbean",
    religion=PREFER_NOT_TO_SAY,
    disability="yes_a_little",
    carer="yes",
    local_answer="North",
)


def form(
    participant_id: int,
    collected_on: date = date(2025, 3, 4),
    answers: MonitoringAnswers = ANSWERS,
    method: MonitoringMethod = PAPER,
) -> MonitoringFormData:
    return MonitoringFormData(participant_id, collected_on, method, answers)


def log_of(database: Database, participant_id: int) -> list[MonitoringAccess]:
    with database.reading() as session:
        return [e.access for e in monitoring.access_log(session, participant_id)]


def forms_in_table(database: Database, participant_id: int) -> int:
    with database.reading() as session:
        count = session.scalar(
            select(func.count())
            .select_from(MonitoringForm)
            .where(MonitoringForm.participant_id == participant_id)
        )
    return count or 0


def test_a_recorded_form_shows_only_its_date_until_revealed(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session, preferred_name="Amira")
        form_id = monitoring.record_form(session, form(amira), "Jo", VIA_APP, TODAY)
    with database.reading() as session:
        assert monitoring.has_answers(session, amira) == [(form_id, date(2025, 3, 4), PAPER)]
    assert log_of(database, amira) == [MonitoringAccess.RECORDED]

    with database.transaction() as session:
        records = monitoring.reveal_answers(session, amira, "Jo", VIA_APP)
    assert [r.id for r in records] == [form_id]
    record = records[0]
    assert record.is_latest
    assert record.data.method is PAPER
    assert record.data.answers == MonitoringAnswers(
        **{**vars(ANSWERS), "gender_identity_write_in": "non-binary"}  # tidied
    )
    assert record.data.answers.label_of("religion") == "Prefer not to say"
    assert record.data.answers.label_of("sexual_orientation") == "Not answered"


def test_revealing_is_logged_with_who_when_and_from_where(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session, preferred_name="Amira")
        monitoring.record_form(session, form(amira), "Jo", VIA_APP, TODAY)
    before = utc_now()
    with database.transaction() as session:
        monitoring.reveal_answers(session, amira, "  Sam   Patel ", VIA_COMMAND_LINE)
    after = utc_now()
    with database.reading() as session:
        entries = monitoring.access_log(session, amira)
    latest = entries[0]
    assert latest.access is MonitoringAccess.VIEWED
    assert latest.by_whom == "Sam Patel"
    assert latest.via == VIA_COMMAND_LINE
    assert before <= latest.happened_at <= after
    assert latest.happened_at.utcoffset() == timedelta(0)
    assert [e.access for e in entries] == [MonitoringAccess.VIEWED, MonitoringAccess.RECORDED]


def test_revealing_needs_a_name_and_without_one_nothing_is_read_or_logged(
    database: Database,
) -> None:
    with database.transaction() as session:
        amira = add_person(session, preferred_name="Amira")
        monitoring.record_form(session, form(amira), "Jo", VIA_APP, TODAY)
    with (
        pytest.raises(NotAllowed, match="Your name is needed"),
        database.transaction() as session,
    ):
        monitoring.reveal_answers(session, amira, "   ", VIA_APP)
    assert monitoring.check_may_see_answers(" Jo ") == "Jo"
    assert log_of(database, amira) == [MonitoringAccess.RECORDED]


def test_revealing_someone_not_on_the_register(database: Database) -> None:
    with pytest.raises(NotFound, match="number 99"), database.transaction() as session:
        monitoring.reveal_answers(session, 99, "Jo", VIA_APP)


def test_removal_deletes_every_form_and_leaves_only_the_log(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session, preferred_name="Amira")
        sam = add_person(session, preferred_name="Sam")
        monitoring.record_form(session, form(amira, date(2024, 1, 2)), "Jo", VIA_APP, TODAY)
        monitoring.record_form(session, form(amira), "Jo", VIA_APP, TODAY)
        monitoring.record_form(session, form(sam), "Jo", VIA_APP, TODAY)
    with database.transaction() as session:
        assert monitoring.remove_answers(session, amira, "Jo", VIA_APP) == 2
    assert forms_in_table(database, amira) == 0
    assert forms_in_table(database, sam) == 1  # nobody else's
    assert log_of(database, amira) == [
        MonitoringAccess.REMOVED,
        MonitoringAccess.RECORDED,
        MonitoringAccess.RECORDED,
    ]
    with database.reading() as session:
        assert monitoring.has_answers(session, amira) == []
        assert set(monitoring.latest_answers_for(session, [amira, sam])) == {sam}
        # The log holds who, when and what was done: no answers.
        columns = set(MonitoringAccessLog.__table__.columns.keys())
        assert not columns & {q.code for q in standard.QUESTIONS}

    # Removed, then revealed: nothing to see (and the look is still logged).
    with database.transaction() as session:
        assert monitoring.reveal_answers(session, amira, "Jo", VIA_APP) == []
    assert log_of(database, amira)[0] is MonitoringAccess.VIEWED


def test_removing_when_there_is_nothing_is_logged_too(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session, preferred_name="Amira")
        assert monitoring.remove_answers(session, amira, "Jo", VIA_APP) == 0
    assert log_of(database, amira) == [MonitoringAccess.REMOVED]


def test_the_latest_form_wins_by_date_collected_then_the_last_added(database: Database) -> None:
    older = MonitoringAnswers(age_band="35_44")
    newer = MonitoringAnswers(age_band="45_54")
    same_day_later = MonitoringAnswers(age_band="55_64")
    with database.transaction() as session:
        amira = add_person(session, preferred_name="Amira")
        sam = add_person(session, preferred_name="Sam")
        never = add_person(session, preferred_name="Never asked")
        # Amira's newer form is typed in first, her older paper form later: the date counts.
        new_id = monitoring.record_form(
            session, form(amira, date(2025, 6, 1), newer), "Jo", VIA_APP, TODAY
        )
        old_id = monitoring.record_form(
            session, form(amira, date(2024, 6, 1), older), "Jo", VIA_APP, TODAY
        )
        monitoring.record_form(session, form(sam, date(2025, 6, 1), older), "Jo", VIA_APP, TODAY)
        monitoring.record_form(
            session, form(sam, date(2025, 6, 1), same_day_later), "Jo", VIA_APP, TODAY
        )
    with database.reading() as session:
        latest = monitoring.latest_answers_for(session, iter([amira, sam, never, amira]))
        assert latest == {amira: newer, sam: same_day_later}
        assert [f.form_id for f in monitoring.has_answers(session, amira)] == [new_id, old_id]
    with database.transaction() as session:
        records = monitoring.reveal_answers(session, amira, "Jo", VIA_APP)
    assert [(r.id, r.is_latest) for r in records] == [(new_id, True), (old_id, False)]
    # Reading for reports is not looking: only the one reveal is logged.
    assert log_of(database, amira).count(MonitoringAccess.VIEWED) == 1


def test_invalid_answers_are_refused_all_at_once_and_nothing_is_saved(
    database: Database,
) -> None:
    bad = MonitoringAnswers(
        age_band="99",
        sex="woman",
        ethnic_group="indian",
        ethnic_group_write_in="Gujarati",
        sexual_orientation_write_in="queer",
    )
    with database.transaction() as session:
        amira = add_person(session, preferred_name="Amira")
    with pytest.raises(ValidationError) as caught, database.transaction() as session:
        monitoring.record_form(
            session, form(amira, TODAY + timedelta(days=1), bad), "Jo", VIA_APP, TODAY
        )
    error = caught.value
    assert {p.field for p in error.problems} == {
        "collected_on",
        "age_band",
        "sex",
        "ethnic_group_write_in",
        "sexual_orientation_write_in",
    }
    (age,) = error.for_field("age_band")
    assert age.message.startswith("Age: '99' is not one of its answers.")
    assert "45_54 (45 to 54)" in age.message and "prefer_not_to_say" in age.message
    (day,) = error.for_field("collected_on")
    assert day.message == (
        "Date collected (6 November 2025) is in the future. Give the day the form was filled "
        "in, 5 November 2025 or before."
    )
    (orientation,) = error.for_field("sexual_orientation_write_in")
    assert orientation.message == (
        "Sexual orientation (written in) goes with the answer 'Other sexual orientation', but "
        "the answer is 'Not answered'. Choose that answer, or clear what is written in."
    )
    (ethnic,) = error.for_field("ethnic_group_write_in")
    assert "one of the answers 'Any other Asian background'," in ethnic.message
    assert "but the answer is 'Indian'. Choose one of them" in ethnic.message
    assert forms_in_table(database, amira) == 0
    assert log_of(database, amira) == []


def test_a_write_in_with_its_other_answer_is_kept(database: Database) -> None:
    answers = MonitoringAnswers(ethnic_group="other_asian", ethnic_group_write_in="Nepali")
    with database.transaction() as session:
        amira = add_person(session, preferred_name="Amira")
        monitoring.record_form(session, form(amira, answers=answers), "Jo", VIA_APP, TODAY)
        (record,) = monitoring.reveal_answers(session, amira, "Jo", VIA_APP)
    assert record.data.answers.write_in_for("ethnic_group") == "Nepali"


def test_a_form_for_someone_not_on_the_register_or_too_long(database: Database) -> None:
    answers = MonitoringAnswers(local_answer="x" * 501)
    with pytest.raises(ValidationError) as caught, database.transaction() as session:
        monitoring.record_form(session, form(42, answers=answers), "Jo", VIA_APP, TODAY)
    messages = [p.message for p in caught.value.problems]
    assert messages == [
        "Person: there is no one with the number 42 on the register. Choose someone from the "
        "register.",
        "Answer to your own question is 501 characters long, but can be at most 500. Please "
        "shorten it.",
    ]


# --- the group's own question --------------------------------------------------------------------
def test_the_local_question_is_set_replaced_and_cleared(database: Database) -> None:
    with database.transaction() as session:
        assert monitoring.get_local_question(session) is None
        monitoring.set_local_question(session, "Which part of town?", ["North", "", " South "])
        first = monitoring.get_local_question(session)
        assert first is not None
        assert (first.text, first.answers) == ("Which part of town?", ("North", "South"))
        monitoring.set_local_question(session, "How did you hear about us?", [])
        second = monitoring.get_local_question(session)
        assert second is not None
        assert (second.text, second.answers) == ("How did you hear about us?", ())
        monitoring.clear_local_question(session)
        assert monitoring.get_local_question(session) is None


def test_a_local_question_with_problems_is_refused(database: Database) -> None:
    with pytest.raises(ValidationError) as caught, database.transaction() as session:
        monitoring.set_local_question(session, " ", ["North", "north", "Prefer not to say"])
    fields = [p.field for p in caught.value.problems]
    assert fields == ["text", "answers", "answers"]
    assert "every question offers already" in caught.value.problems[2].message


# --- the command line ----------------------------------------------------------------------------
def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


# What the form below answered, in words: none may appear without --reveal.
SHOWN_ANSWERS = ("45 to 54", "Female", "non-binary", "White and Black Caribbean", "North")


@pytest.fixture
def recorded(capsys: pytest.CaptureFixture[str], database_url: str) -> int:
    database = open_database(database_url).database
    try:
        with database.transaction() as session:
            amira = add_person(session, preferred_name="Amira")
    finally:
        database.close()
    code, out, err = run(
        capsys,
        database_url,
        *("monitoring", "record", "--participant", str(amira), "--collected", "2025-03-04"),
        *("--method", "paper-form", "--age-band", "45-54", "--sex", "Female"),
        *("--gender-identity", "different", "--gender-identity-write-in", "non-binary"),
        *("--ethnic-group", "white-black-caribbean", "--religion", "prefer-not-to-say"),
        *("--local-answer", "North", "--by", "Jo"),
    )
    assert code == 0, err
    assert "Recorded monitoring form 1 for Amira" in out
    for answer in SHOWN_ANSWERS:
        assert answer not in out + err
    return amira


def cli_log(database_url: str, participant_id: int) -> list[tuple[MonitoringAccess, str, str]]:
    database = open_database(database_url).database
    try:
        with database.reading() as session:
            return [
                (e.access, e.by_whom, e.via) for e in monitoring.access_log(session, participant_id)
            ]
    finally:
        database.close()


def test_status_and_show_never_print_an_answer_without_reveal(
    capsys: pytest.CaptureFixture[str], database_url: str, recorded: int
) -> None:
    code, out, err = run(capsys, database_url, "monitoring", "status", "--participant", "1")
    assert code == 0, err
    assert "4 March 2025" in out and "Paper form" in out
    assert "--reveal" in err
    for answer in SHOWN_ANSWERS:
        assert answer not in out + err

    code, out, err = run(capsys, database_url, "monitoring", "show", "--participant", "1")
    assert code == 2
    assert out == ""
    assert "Nothing was shown" in err
    assert "special-category" in err and "access log" in err
    assert "coprod monitoring show --participant 1 --reveal" in err
    for answer in SHOWN_ANSWERS:
        assert answer not in out + err
    assert cli_log(database_url, recorded) == [(MonitoringAccess.RECORDED, "Jo", VIA_COMMAND_LINE)]


def test_show_with_reveal_prints_the_answers_and_logs_the_look(
    capsys: pytest.CaptureFixture[str], database_url: str, recorded: int
) -> None:
    code, out, err = run(
        capsys, database_url, "monitoring", "show", "--participant", "1", "--reveal", "--by", "Sam"
    )
    assert code == 0, err
    for answer in SHOWN_ANSWERS:
        assert answer in out
    assert "Religion: Prefer not to say" in out
    assert "Gender identity: No: non-binary" in out
    assert "Sexual orientation: Not answered" in out
    assert "recorded in the access log, by Sam" in err
    assert cli_log(database_url, recorded)[0] == (MonitoringAccess.VIEWED, "Sam", VIA_COMMAND_LINE)

    code, out, err = run(capsys, database_url, "monitoring", "log", "--participant", "1")
    assert code == 0, err
    assert "Answers looked at" in out and "Sam" in out and "Answers recorded" in out
    for answer in SHOWN_ANSWERS:
        assert answer not in out


def test_by_defaults_to_the_computers_user_name(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    recorded: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "coordinator")
    code, _out, err = run(
        capsys, database_url, "monitoring", "show", "--participant", "1", "--reveal"
    )
    assert code == 0, err
    assert cli_log(database_url, recorded)[0][1] == "coordinator"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_remove_asks_first_and_refuses_unless_confirmed(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    recorded: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    remove = ("monitoring", "remove", "--participant", "1", "--by", "Jo")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: --yes is needed
    code, out, err = run(capsys, database_url, *remove)
    assert code == 2
    assert "Nothing was removed" in err and "--yes" in err

    monkeypatch.setattr("sys.stdin", Terminal("no\n"))
    code, out, err = run(capsys, database_url, *remove)
    assert code == 2
    assert "Remove them all?" in err and "Nothing was removed." in err
    assert [a for a, _, _ in cli_log(database_url, recorded)] == [MonitoringAccess.RECORDED]

    monkeypatch.setattr("sys.stdin", Terminal("yes\n"))
    code, out, err = run(capsys, database_url, *remove)
    assert code == 0, err
    assert "Removed 1 monitoring form of Amira" in out
    assert cli_log(database_url, recorded)[0] == (MonitoringAccess.REMOVED, "Jo", VIA_COMMAND_LINE)

    code, out, err = run(
        capsys, database_url, "monitoring", "show", "--participant", "1", "--reveal", "--by", "Jo"
    )
    assert code == 0, err
    assert "has no monitoring answers" in out


def test_record_with_a_wrong_code_says_what_is_allowed(
    capsys: pytest.CaptureFixture[str], database_url: str, recorded: int
) -> None:
    code, _out, err = run(
        capsys,
        database_url,
        *("monitoring", "record", "--participant", "1", "--collected", "2025-03-04"),
        *("--method", "online", "--sex", "woman", "--carer", "maybe"),
    )
    assert code == 2
    assert "Please fix 2 things" in err
    assert "Sex: 'woman' is not one of its answers" in err
    assert "Caring: 'maybe' is not one of its answers" in err


def test_local_question_and_blank_form_on_the_command_line(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys,
        database_url,
        *("monitoring", "local-question", "--set", "Which part of town do you live in?"),
        *("--answer", "Northfield", "--answer", "Southgate"),
    )
    assert code == 0, err
    assert "Which part of town do you live in?" in out and "- Southgate" in out
    path = tmp_path / "form.pdf"
    code, out, err = run(capsys, database_url, "monitoring", "blank-form", "--out", str(path))
    assert code == 0, err
    text = pdf_text(path)
    assert "Which part of town do you live in?" in text and "Southgate" in text
    code, out, err = run(
        capsys, database_url, "monitoring", "blank-form", "--out", str(tmp_path / "form.txt")
    )
    assert code == 2 and "Nothing was saved" in err


# --- the blank form ------------------------------------------------------------------------------
LOCAL_QUESTION = "Which part of town do you live in?"
LOCAL_ANSWERS = ["Northfield", "Riverside & <Old Town>"]


@dataclass
class Made:
    pdf: dict[int, Path]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    """The blank form at 16 (the default, no question of the group's own) and 24 point."""
    folder = tmp_path_factory.mktemp("forms")
    with pytest.MonkeyPatch.context() as patch:  # font caches go in the test's own folder
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        pdfs = {16: folder / "form-16.pdf", 24: folder / "form-24.pdf"}
        write_blank_form_pdf(pdfs[16])
        write_blank_form_pdf(
            pdfs[24], 24, LOCAL_QUESTION, LOCAL_ANSWERS, organisation="Riverside Network"
        )
        yield Made(pdfs)


@pytest.mark.parametrize("size", [16, 24])
def test_the_form_is_tagged_with_its_language_and_title(made: Made, size: int) -> None:
    with pikepdf.open(made.pdf[size]) as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) == "en-GB"
        assert str(pdf.docinfo.Title) == TITLE
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
    found = tags(made.pdf[size])
    assert found.count("/H1") == 1
    questions = len(standard.QUESTIONS) + (1 if size == 24 else 0)
    # About this form, your name, each question, thank you.
    assert found.count("/H2") == 3 + questions
    assert found.count("/H3") == 5  # the five ethnic groups
    assert found.count("/L") >= questions


@pytest.mark.parametrize("size", [16, 24])
def test_the_form_has_every_question_and_answer_and_prefer_not_to_say(
    made: Made, size: int
) -> None:
    text = pdf_text(made.pdf[size])
    for question in standard.QUESTIONS:
        assert question.short in text
        assert " ".join(question.text.split()) in text
        for answer in question.answers:
            # On paper "No (you can write in ...)" is "No", with a space to write in below.
            label = answer.label.split(" (")[0] if question.write_in else answer.label
            assert label in text
    for group in standard.ETHNIC_GROUPS:
        assert group.label in text
    questions = len(standard.QUESTIONS) + (1 if size == 24 else 0)
    assert text.count("Prefer not to say") >= questions
    assert text.count("\u2610") == sum(len(q.answers) + 1 for q in standard.QUESTIONS) + (
        len(LOCAL_ANSWERS) + 1 if size == 24 else 0
    )


def test_the_form_says_it_is_optional_why_and_how_answers_are_kept(made: Made) -> None:
    text = pdf_text(made.pdf[16])
    assert "This form is optional. You do not have to answer any question" in text
    assert "Why we ask:" in text
    assert "kept apart from your name and contact details" in text
    assert "only ever use the answers added up together, as totals" in text
    assert "ask us at any time to remove your answers" in text
    assert LOCAL_QUESTION not in text


def test_the_groups_own_question_is_on_the_form(made: Made) -> None:
    text = pdf_text(made.pdf[24])
    assert f"9. A question from us {LOCAL_QUESTION}" in text
    assert "Riverside & <Old Town>" in text  # escaped, printed as typed
    assert "Riverside Network" in text


@pytest.mark.parametrize("size", [16, 24])
def test_no_character_is_smaller_than_the_size_asked_for(made: Made, size: int) -> None:
    sizes = [c["size"] for c in chars(made.pdf[size])]
    assert sizes
    assert min(sizes) >= size - 0.01


def test_a_text_size_out_of_range_saves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    with pytest.raises(ValueError, match="too small"):
        write_blank_form_pdf(path, 12)
    assert not path.exists()


def test_removed_answers_are_gone_from_the_report_too(database: Database) -> None:
    """Everywhere: the representation report made after removal counts them as not answered."""
    from coprod_desktop.services.reference_data import built_in_reference
    from coprod_desktop.services.representation import representation_report
    from tests.core.payment_fixtures import add_project, add_session, attended

    with database.transaction() as session:
        meeting = add_session(session, add_project(session), date(2025, 6, 1))
        people = [add_person(session, preferred_name=f"P{n}") for n in range(6)]
        attended(session, meeting, *people)
        for person in people:
            answers = MonitoringAnswers(sex="female")
            data = MonitoringFormData(person, date(2025, 5, 1), MonitoringMethod.ONLINE, answers)
            monitoring.record_form(session, data, "Jo", VIA_APP, TODAY)

    def sex_counts() -> tuple[int, int]:
        with database.reading() as session:
            report = representation_report(
                session, date(2025, 1, 1), date(2025, 12, 31), built_in_reference()
            )
        sex = next(q for q in report.questions if q.code == "sex")
        return next(c.people for c in sex.categories if c.code == "female"), sex.not_answered

    assert sex_counts() == (6, 0)
    with database.transaction() as session:
        monitoring.remove_answers(session, people[0], "Jo", VIA_APP)
    assert sex_counts() == (5, 1)
