"""``coprod projects cycle``, ``coprod projects move`` and ``coprod projects values-checks``."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from coprod_desktop.cli import main
from coprod_desktop.services import cycle, values_check
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.values_check import RatingData, ValuesCheckData
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import CoproductionLevel, CoproductionValue, CycleStage


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", url, *args])
    assert exit_info.value.code == 2
    return capsys.readouterr().err


def add_project(capsys: pytest.CaptureFixture[str], url: str, name: str = "Youth panel") -> int:
    code, out, err = run(capsys, url, "projects", "add", "--name", name)
    assert code == 0, err
    return int(out)


def test_moving_a_project_round_the_cycle_and_reading_its_history(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    project = add_project(capsys, database_url)
    code, out, err = run(capsys, database_url, "projects", "cycle", str(project))
    assert code == 0
    assert out == "Youth panel: where it is in the cycle: Not placed on the cycle yet\n"
    assert "coprod projects move 1 --stage STAGE" in err

    code, out, _ = run(
        capsys,
        database_url,
        "projects",
        "move",
        str(project),
        "--stage",
        "stories",
        "--on",
        "01/03/2025",
        "--note",
        "Workshops began\\nat the library",
    )
    assert code == 0
    assert out == "Youth panel: where it is in the cycle: Stories shared (since 1 March 2025)\n"
    # The label works as well as the stored name; no date means today.
    code, out, _ = run(
        capsys, database_url, "projects", "move", str(project), "--stage", "Collective evidence"
    )
    assert code == 0
    today = today_here()
    assert out == (
        f"Youth panel: where it is in the cycle: Collective evidence (since {long_date(today)})\n"
    )

    code, out, _ = run(capsys, database_url, "projects", "cycle", str(project))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        f"Youth panel: where it is in the cycle: Collective evidence (since {long_date(today)})"
    )
    assert lines[2].split() == ["Date", "Cycle", "stage", "Note"]
    assert lines[4].split("  ")[0] == "01/03/2025"
    assert "Stories shared" in lines[4] and "Workshops began / at the library" in lines[4]
    assert f"{today:%d/%m/%Y}" in lines[5] and "Collective evidence" in lines[5]

    database = open_database(database_url).database
    try:
        with database.reading() as session:
            history = cycle.cycle_history(session, project)
    finally:
        database.close()
    assert [(m.stage, m.note) for m in history] == [
        (CycleStage.STORIES, "Workshops began\nat the library"),
        (CycleStage.COLLECTIVE_EVIDENCE, ""),
    ]


def test_moves_the_cycle_refuses(capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    project = add_project(capsys, database_url)
    assert run(capsys, database_url, "projects", "move", "1", "--stage", "evaluation")[0] == 0
    code, out, err = run(capsys, database_url, "projects", "move", "1", "--stage", "evaluation")
    assert (code, out) == (2, "")
    assert "Youth panel is already at Evaluation" in err
    assert "Choose the stage it has moved to." in err
    err = refused(capsys, database_url, "projects", "move", "1", "--stage", "somewhere")
    assert "'somewhere' is not one of: lived-experience, stories, collective-evidence" in err
    code, _, err = run(
        capsys, database_url, "projects", "move", str(project), "--stage", "stories", "--on",
        "2999-01-01",
    )  # fmt: skip
    assert code == 2 and "is in the future" in err
    code, _, err = run(capsys, database_url, "projects", "cycle", "9")
    assert code == 3 and "There is no project with the number 9." in err


def _add_checks(database_url: str, project: int) -> None:
    database = open_database(database_url).database
    try:
        with database.transaction() as session:
            for day, lived, ratings in (
                (date(2025, 3, 3), 0, (2, 3, 2, 3, 2)),
                (date(2025, 6, 3), 4, (3, 3, 3, 4, 3)),
            ):
                values_check.add_check(
                    session,
                    ValuesCheckData(
                        project_id=project,
                        checked_on=day,
                        level=CoproductionLevel.INTERMEDIATE,
                        lived_experience_count=lived,
                        staff_count=2,
                        ratings=tuple(
                            RatingData(v, r)
                            for v, r in zip(CoproductionValue, ratings, strict=True)
                        ),
                    ),
                )
    finally:
        database.close()


def test_values_checks_as_a_table_and_as_csv(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    project = add_project(capsys, database_url)
    code, out, err = run(capsys, database_url, "projects", "values-checks", str(project))
    assert (code, out) == (0, "")
    assert err == "Youth panel: no values self-checks yet.\n"
    _add_checks(database_url, project)

    code, out, _ = run(capsys, database_url, "projects", "values-checks", str(project))
    assert code == 0
    lines = out.splitlines()
    assert (
        lines[0] == "Youth panel: values self-checks, oldest first (ratings 1 not yet to 5 fully)"
    )
    assert lines[4].split() == [
        "1", "03/03/2025", "Intermediate", "0", "2", "STAFF", "ONLY", "2.4", "2", "3", "2", "3",
        "2",
    ]  # fmt: skip
    assert lines[5].split() == [
        "2", "03/06/2025", "Intermediate", "4", "2", "no", "3.2", "3", "3", "3", "4", "3",
    ]  # fmt: skip
    assert lines[-2] == (
        "Ratings are in this order: Sharing power, All perspectives and skills, Respecting "
        "knowledge, Reciprocity, Relationships."
    )
    assert lines[-1] == (
        "1 check was filled in by staff alone: no one with lived experience took part."
    )

    code, out, _ = run(
        capsys, database_url, "projects", "values-checks", str(project), "--format", "csv"
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == [
        "ID", "Date", "Level", "With lived experience", "Staff", "Staff only", "Average",
        "Sharing power", "All perspectives and skills", "Respecting knowledge", "Reciprocity",
        "Relationships",
    ]  # fmt: skip
    assert rows[1:] == [
        ["1", "2025-03-03", "Intermediate", "0", "2", "yes", "2.4", "2", "3", "2", "3", "2"],
        ["2", "2025-06-03", "Intermediate", "4", "2", "no", "3.2", "3", "3", "3", "4", "3"],
    ]
