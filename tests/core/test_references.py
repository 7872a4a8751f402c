"""Reference populations: the shipped census, importing and typing in a group's own figures,
choosing one per project, and ``coprod references ...``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coprod_desktop.cli import main
from coprod_desktop.services import references
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.services.reference_data import (
    BUILT_IN_NAME,
    REFERENCE_QUESTIONS,
    ReferenceProblem,
    built_in_reference,
    parse_reference_csv,
    reference_csv,
)
from coprod_desktop.services.references import ReferenceInUse
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import ReferenceFigure, ReferencePopulation
from coprod_desktop.storage.opening import open_database
from tests.core.payment_fixtures import add_project

GOOD = (
    "question,category,percent,source,date\n"
    'sex,female,50.5,"Leeds, Census 2021 (TS008)",2021-03-21\n'
    'sex,male,49.5,"Leeds, Census 2021 (TS008)",2021-03-21\n'
    "religion,christian,40.25,Leeds TS030,2021-03-21\n"
    "religion,none,45,Leeds TS030,2021-03-21\n"
    "religion,muslim,8.75,Leeds TS030,2021-03-21\n"
    "religion,not_answered,6,Leeds TS030,2021-03-21\n"
)
QUESTIONS = (
    "age_band, sex, gender_identity, sexual_orientation, ethnic_group, religion, disability, "
    "carer, ethnic_group_5, disabled"
)


def stored(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        populations = session.scalar(select(func.count()).select_from(ReferencePopulation))
        figures = session.scalar(select(func.count()).select_from(ReferenceFigure))
    return populations or 0, figures or 0


def problems_of(database: Database, text: str, name: str = "Leeds 2021") -> list[str]:
    before = stored(database)
    with pytest.raises(ReferenceProblem) as caught, database.transaction() as session:
        references.import_reference_csv(session, text, name)
    assert str(caught.value).startswith("The figures were not imported. Please fix ")
    assert stored(database) == before
    return caught.value.problems


# --- the shipped census -------------------------------------------------------------------


def test_the_shipped_census_has_the_published_figures_and_round_trips() -> None:
    census = built_in_reference()
    assert census.name == BUILT_IN_NAME
    assert census.published_on == date(2021, 3, 21)
    assert census.shares["ethnic_group"]["white_british"] == 7440
    assert census.shares["religion"]["muslim"] == 650
    assert census.shares["disabled"]["disabled"] == 1780
    assert census.shares["sex"]["female"] == 5100
    assert census.shares["ethnic_group_5"] == {
        "white": 8170,
        "asian": 930,
        "black": 400,
        "mixed": 290,
        "other": 210,
    }
    assert census.shares["gender_identity"]["not_answered"] == 600
    assert any("TS021" in s for s in census.sources)
    assert parse_reference_csv(reference_csv(census), census.name, census.area) == census


def test_the_census_comes_first_in_the_list_and_cannot_be_deleted_or_renamed_to(
    database: Database,
) -> None:
    with database.transaction() as session:
        references.import_reference_csv(session, GOOD, "Leeds 2021", "Leeds")
        summaries = references.list_references(session)
        assert (summaries[0].id, summaries[0].name) == (None, BUILT_IN_NAME)
        assert summaries[0].figure_count == len(built_in_reference().figures)
        leeds = summaries[1]
        assert (leeds.name, leeds.area, leeds.figure_count) == ("Leeds 2021", "Leeds", 6)
        assert leeds.published_on == date(2021, 3, 21)
        assert leeds.source == "Leeds, Census 2021 (TS008); Leeds TS030"
    problems = problems_of_name(database, BUILT_IN_NAME.upper())
    assert problems == [
        f"Name '{BUILT_IN_NAME.upper()}' is the name of the built-in census figures. Please "
        "choose another name, such as your area and the year."
    ]


def problems_of_name(database: Database, name: str) -> list[str]:
    before = stored(database)
    with pytest.raises(ReferenceProblem) as caught, database.transaction() as session:
        references.import_reference_csv(session, GOOD, name)
    assert stored(database) == before
    return caught.value.problems


def test_the_guide_lists_every_question_and_category_code() -> None:
    guide = (Path(__file__).parents[2] / "docs" / "monitoring.md").read_text(encoding="utf-8")
    for question in REFERENCE_QUESTIONS.values():
        assert f"`{question.code}`" in guide
        for code in question.codes:
            assert f"`{code}`" in guide, (question.code, code)
    for table in ("TS008", "TS021", "TS030", "TS038", "TS077", "TS078"):
        assert table in guide


# --- importing a file ---------------------------------------------------------------------


def test_a_good_file_is_stored_exactly(database: Database) -> None:
    text = "\ufeff" + GOOD.replace("\n", "\r\n").replace("religion,none", "\r\nreligion,none")
    with database.transaction() as session:
        population_id = references.import_reference_csv(session, text, "  Leeds   2021 ", "Leeds")
    with database.reading() as session:
        reference = references.get_reference(session, population_id)
    assert reference.name == "Leeds 2021"
    assert reference.population_id == population_id
    assert reference.shares == {
        "sex": {"female": 5050, "male": 4950},
        "religion": {"none": 4500, "christian": 4025, "muslim": 875, "not_answered": 600},
    }
    # Shown in the order the form asks, whatever the file's order.
    assert [f.category for f in reference.figures][2:] == [
        "none",
        "christian",
        "muslim",
        "not_answered",
    ]
    assert reference.published_on == date(2021, 3, 21)


def test_every_problem_in_a_bad_file_is_reported_by_line_and_nothing_is_stored(
    database: Database,
) -> None:
    text = (
        "question,category,percent,source,date\n"
        "sex,female,51,,\n"
        "sex,woman,49,,\n"
        "age,18_24,10,,\n"
        "religion,none,12.345,,\n"
        "religion,christian,101,,\n"
        "religion,muslim,88,,\n"
        "religion,muslim,88,,\n"
        "carer,yes,20,,2021-31-03\n"
    )
    assert problems_of(database, text) == [
        "Line 3: 'woman' is not a category of sex. Use one of: female, male, not_answered.",
        f"Line 4: 'age' is not a question. Use one of: {QUESTIONS}.",
        "Line 5: '12.345' is not a percentage such as 74.4.",
        "Line 6: '101' is more than 100%.",
        "Line 8: religion, muslim is given twice.",
        "Line 9: the date '2021-31-03' is not YYYY-MM-DD.",
        "sex: the percentages add up to 51.0%, not 100%. Check for a missing or mistyped line "
        "(include not_answered if the source gives it).",
        "religion: the percentages add up to 88.0%, not 100%. Check for a missing or mistyped "
        "line (include not_answered if the source gives it).",
    ]


def test_totals_may_be_off_by_rounding_but_no_more(database: Database) -> None:
    header = "question,category,percent\n"
    with database.transaction() as session:
        references.import_reference_csv(session, header + "sex,female,51.5\nsex,male,50\n", "A")
    assert problems_of(database, header + "sex,female,51.6\nsex,male,50\n", "B") == [
        "sex: the percentages add up to 101.6%, not 100%. Check for a missing or mistyped line "
        "(include not_answered if the source gives it)."
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The file is empty. It needs a header row, then the figures."),
        ("\ufeff\n\n", "The file is empty. It needs a header row, then the figures."),
        (
            "Question;Category;Percent\nsex;female;51\n",
            "Line 1 must be the header 'question,category,percent,source,date' (source and "
            "date may be left out); it is 'Question;Category;Percent'.",
        ),
        (
            "category,question,amount\n",
            "Line 1 must be the header 'question,category,percent,source,date' (source and "
            "date may be left out); it is 'category,question,amount'.",
        ),
        ("question,category,percent,source,date\n\n", "There are no figures after the header row."),
    ],
)
def test_files_without_figures(database: Database, text: str, message: str) -> None:
    assert problems_of(database, text) == [message]


def test_the_header_may_be_in_capitals_and_percent_signs_are_fine(database: Database) -> None:
    text = "Question,Category,Percent\r\nsex,female,51%\r\nsex,male, 49.0 %\r\n"
    with database.transaction() as session:
        population_id = references.import_reference_csv(session, text, "Percent signs")
        assert references.get_reference(session, population_id).shares["sex"] == {
            "female": 5100,
            "male": 4900,
        }


def test_name_problems_come_with_the_file_problems(database: Database) -> None:
    with database.transaction() as session:
        references.import_reference_csv(session, GOOD, "Leeds 2021")
    problems = problems_of_name(database, "leeds 2021")
    assert len(problems) == 1
    assert problems[0].startswith("Name 'leeds 2021' is already used by reference ")
    with pytest.raises(ReferenceProblem) as caught, database.transaction() as session:
        references.import_reference_csv(session, "question,category,percent\nsex,f,1\n", "  ")
    assert caught.value.problems == [
        "Name is empty. Please enter a name people will recognise, such as 'Leeds 2021'.",
        "Line 2: 'f' is not a category of sex. Use one of: female, male, not_answered.",
    ]
    assert stored(database)[0] == 1


# --- typing figures in --------------------------------------------------------------------


def test_figures_typed_in_are_stored_with_their_source(database: Database) -> None:
    with database.transaction() as session:
        population_id = references.add_reference_by_hand(
            session,
            "Kirklees 2021",
            "Kirklees",
            "ONS Census 2021 (TS038)",
            date(2021, 3, 21),
            [("disabled", "disabled", "19.5"), ("disabled", "not_disabled", "80.5 ")],
        )
        reference = references.get_reference(session, population_id)
    assert reference.shares == {"disabled": {"disabled": 1950, "not_disabled": 8050}}
    assert reference.sources == ["ONS Census 2021 (TS038)"]
    assert reference.area == "Kirklees"
    assert reference.published_on == date(2021, 3, 21)


def test_figures_typed_in_meet_the_same_checks_numbered_by_row(database: Database) -> None:
    with pytest.raises(ValidationError) as caught, database.transaction() as session:
        references.add_reference_by_hand(
            session,
            BUILT_IN_NAME,
            "",
            "",
            None,
            [
                ("sex", "female", "51"),
                ("sex", "woman", "49"),
                ("sex", "female", "12.345"),
                ("religion", "none", ">100"),
            ],
        )
    error = caught.value
    assert [p.field for p in error.problems] == ["name", "figures", "figures", "figures", "figures"]
    assert [p.message for p in error.for_field("figures")] == [
        "Row 2: 'woman' is not a category of sex. Use one of: female, male, not_answered.",
        "Row 3: sex, female is given twice.",
        "Row 4: '>100' is not a percentage such as 74.4.",
        "sex: the percentages add up to 51.0%, not 100%. Check for a missing or mistyped line "
        "(include not_answered if the source gives it).",
    ]
    with pytest.raises(ValidationError) as caught, database.transaction() as session:
        references.add_reference_by_hand(session, "Empty", "", "", None, [])
    assert [p.message for p in caught.value.problems] == [
        "There are no figures. Please enter at least one question, category and percent."
    ]
    assert stored(database) == (0, 0)


# --- per project --------------------------------------------------------------------------


def test_each_project_uses_its_choice_or_the_census(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        panel = add_project(session, "Youth panel")
        leeds = references.import_reference_csv(session, GOOD, "Leeds 2021")
        assert references.reference_for_project(session, cafe) == built_in_reference()
        references.choose_for_project(session, cafe, leeds)
    with database.reading() as session:
        assert references.reference_for_project(session, cafe).name == "Leeds 2021"
        assert references.chosen_for_project(session, cafe) == leeds
        assert references.reference_for_project(session, panel).name == BUILT_IN_NAME
        assert references.reference_for_project(session, None).name == BUILT_IN_NAME
    with database.transaction() as session:
        references.choose_for_project(session, cafe, leeds)  # choosing again is fine
        references.choose_for_project(session, cafe, None)
        assert references.reference_for_project(session, cafe).name == BUILT_IN_NAME
        with pytest.raises(NotFound, match="no reference population with the number 99"):
            references.choose_for_project(session, cafe, 99)
        with pytest.raises(NotFound, match="no project with the number 99"):
            references.choose_for_project(session, 99, leeds)


def test_a_reference_in_use_is_not_deleted(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        panel = add_project(session, "Youth panel")
        leeds = references.import_reference_csv(session, GOOD, "Leeds 2021")
        references.choose_for_project(session, cafe, leeds)
        references.choose_for_project(session, panel, leeds)
    with pytest.raises(ReferenceInUse) as caught, database.transaction() as session:
        references.delete_reference(session, leeds)
    assert str(caught.value) == (
        f"'Leeds 2021' was not deleted: 2 projects use it (Carers' café ({cafe}), Youth panel "
        f"({panel})). Choose another reference for them first."
    )
    with database.transaction() as session:
        references.choose_for_project(session, cafe, None)
        references.choose_for_project(session, panel, None)
        references.delete_reference(session, leeds)
    assert stored(database) == (0, 0)


def test_rename_and_replace_figures(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        leeds = references.import_reference_csv(session, GOOD, "Leeds")
        references.choose_for_project(session, cafe, leeds)
        references.rename_reference(session, leeds, "Leeds 2021", "Leeds")
        references.replace_figures(session, leeds, "question,category,percent\nsex,female,100\n")
    with database.reading() as session:
        reference = references.reference_for_project(session, cafe)
    assert (reference.name, reference.area, reference.shares) == (
        "Leeds 2021",
        "Leeds",
        {"sex": {"female": 10000}},
    )
    with pytest.raises(ReferenceProblem), database.transaction() as session:
        references.replace_figures(session, leeds, "question,category,percent\nsex,x,1\n")
    with database.reading() as session:
        assert references.get_reference(session, leeds).shares == {"sex": {"female": 10000}}


def test_an_export_imports_back_identically(database: Database) -> None:
    with database.transaction() as session:
        census_copy = references.import_reference_csv(
            session, references.export_reference_csv(session, None), "Census copy"
        )
        first = references.export_reference_csv(session, census_copy)
        again = references.import_reference_csv(session, first, "Census copy 2")
        assert references.export_reference_csv(session, again) == first
        a = references.get_reference(session, census_copy)
        b = references.get_reference(session, again)
    assert a.figures == b.figures
    assert a.shares == built_in_reference().shares


def test_find_by_number_or_name(database: Database) -> None:
    with database.transaction() as session:
        leeds = references.import_reference_csv(session, GOOD, "Leeds 2021")
        assert references.find_reference(session, "builtin").name == BUILT_IN_NAME
        assert references.find_reference(session, str(leeds)).name == "Leeds 2021"
        assert references.find_reference(session, "LEEDS 2021").population_id == leeds
        with pytest.raises(NotFound, match="no reference population called 'York'"):
            references.find_reference(session, "York")


# --- the command line ---------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project_id(database_url: str) -> int:
    database = open_database(database_url).database
    try:
        with database.transaction() as session:
            return add_project(session)
    finally:
        database.close()


def test_cli_import_list_show_use_delete(
    capsys: pytest.CaptureFixture[str], database_url: str, project_id: int, tmp_path: Path
) -> None:
    figures = tmp_path / "figures.csv"
    figures.write_text(GOOD, encoding="utf-8-sig")  # as Excel saves "CSV UTF-8"
    code, out, err = run(
        capsys, database_url, "references", "import", str(figures), "--name", "Leeds 2021",
        "--area", "Leeds",
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == (
        "Imported 'Leeds 2021' as reference 1, with 6 figures. Compare a project with it with: "
        "coprod references use --project ID --reference 1"
    )

    code, out, err = run(capsys, database_url, "references", "list")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "Name", "Area", "Figures", "dated", "Figures"]
    assert lines[2].startswith(f"builtin  {BUILT_IN_NAME}")
    assert lines[3].split()[:4] == ["1", "Leeds", "2021", "Leeds"]
    assert lines[3].split()[-1] == "6"

    code, out, err = run(capsys, database_url, "references", "show", "1")
    assert code == 0, err
    assert out.splitlines()[0] == "Leeds 2021 (Leeds)"
    muslim = next(line for line in out.splitlines() if line.endswith("muslim"))
    assert muslim.split() == ["Religion", "Muslim", "8.75%", "religion", "muslim"]
    code, out, err = run(capsys, database_url, "references", "show")
    assert code == 0, err
    assert out.startswith(f"{BUILT_IN_NAME} (England and Wales)\nFigures dated 21 March 2021\n")
    assert "Source: ONS Census 2021, religion (TS030)" in out

    code, out, err = run(
        capsys, database_url, "references", "use", "--project", str(project_id), "--reference", "1"
    )
    assert code == 0, err
    assert out.strip() == f"Project {project_id} (Carers' café) is now compared with 'Leeds 2021'."

    code, out, err = run(capsys, database_url, "references", "delete", "1")
    assert code == 2
    assert err.strip() == (
        f"coprod: 'Leeds 2021' was not deleted: the project Carers' café ({project_id}) uses "
        "it. Choose another reference for it first."
    )
    code, out, err = run(
        capsys, database_url, "references", "use", "--project", str(project_id), "--built-in"
    )
    assert code == 0, err
    assert out.strip().endswith(f"is now compared with '{BUILT_IN_NAME}'.")

    code, out, err = run(capsys, database_url, "references", "delete", "1")
    assert code == 0, err
    assert out.strip() == (
        "Nothing was deleted. To delete 'Leeds 2021' (6 figures), run: "
        "coprod references delete 1 --yes"
    )
    code, out, err = run(capsys, database_url, "references", "delete", "1", "--yes")
    assert (code, out.strip()) == (0, "Deleted 'Leeds 2021'.")
    code, out, err = run(capsys, database_url, "references", "show", "1")
    assert code == 3
    assert "There is no reference population with the number 1." in err


def test_cli_a_bad_file_lists_every_problem_and_exits_2(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "question,category,percent\nsex,female,51\nsex,male,49\nreligion,sikh,12.345\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, database_url, "references", "import", str(bad), "--name", "X")
    assert (code, out) == (2, "")
    assert err == (
        "coprod: The figures were not imported. Please fix 1 problem:\n"
        "- Line 4: '12.345' is not a percentage such as 74.4.\n"
    )
    code, out, err = run(
        capsys, database_url, "references", "import", str(tmp_path / "nope.csv"), "--name", "X"
    )
    assert code == 2
    assert "There is no file called" in err
    latin = tmp_path / "latin.csv"
    latin.write_bytes("question,category,percent,source\nsex,female,51,Café\n".encode("latin-1"))
    code, out, err = run(capsys, database_url, "references", "import", str(latin), "--name", "X")
    assert code == 2
    assert "is not UTF-8 text" in err
    code, out, err = run(capsys, database_url, "references", "list")
    assert len(out.splitlines()) == 3  # the census only


def test_cli_show_csv_imports_back_identically(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    code, census_csv, err = run(capsys, database_url, "references", "show", "--format", "csv")
    assert code == 0, err
    assert census_csv == reference_csv(built_in_reference())
    path = tmp_path / "census.csv"
    path.write_text(census_csv, encoding="utf-8")
    code, _, err = run(capsys, database_url, "references", "import", str(path), "--name", "A")
    assert code == 0, err
    code, first, err = run(capsys, database_url, "references", "show", "1", "--format", "csv")
    assert code == 0, err
    path.write_text(first, encoding="utf-8")
    code, _, err = run(capsys, database_url, "references", "import", str(path), "--name", "B")
    assert code == 0, err
    code, second, err = run(capsys, database_url, "references", "show", "2", "--format", "csv")
    assert code == 0, err
    assert second == first
    database = open_database(database_url).database
    try:
        with database.reading() as session:
            a = references.get_reference(session, 1)
            b = references.get_reference(session, 2)
    finally:
        database.close()
    assert a.figures == b.figures
    assert a.shares == built_in_reference().shares


def test_each_figure_keeps_its_own_source_and_date(database: Database) -> None:
    """The census file names a different table for each question: imported under another
    name and written back out, it has the same lines (in the order the form asks)."""
    shipped = reference_csv(built_in_reference())
    with database.transaction() as session:
        population = references.import_reference_csv(session, shipped, "Copy of the census")
        written = references.export_reference_csv(session, population)
        assert sorted(written.splitlines()) == sorted(shipped.splitlines())
        copy = references.get_reference(session, population)
    assert sorted(copy.sources) == sorted(built_in_reference().sources)


def test_columns_are_found_by_their_names() -> None:
    from coprod_desktop.services.reference_data import parse_reference_csv

    text = "category,date,question,percent\nfemale,2021-03-21,sex,51\nmale,2021-03-21,sex,49\n"
    reference = parse_reference_csv(text, "Reordered")
    assert [(f.question, f.category, f.share_bp, f.source) for f in reference.figures] == [
        ("sex", "female", 5100, ""),
        ("sex", "male", 4900, ""),
    ]
    assert reference.published_on == date(2021, 3, 21)  # the date is a date, not a source
    with pytest.raises(ReferenceProblem):
        parse_reference_csv("question,category,percent,colour\nsex,female,51,red\n", "Odd")
