"""Outreach plans: services.outreach (and reference_data.ratio_text)."""

from __future__ import annotations

import subprocess
from datetime import date
from fractions import Fraction
from pathlib import Path

import pdfplumber
import pikepdf
import pytest

from coprod_desktop.reports.outreach_pdf import write_outreach_pdf
from coprod_desktop.services import actions, outreach
from coprod_desktop.services.actions import ActionData, Owner
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.services.outreach import OutreachData, StartingFigures
from coprod_desktop.services.reference_data import BUILT_IN_NAME, ratio_text
from coprod_desktop.storage.database import Database
from tests.core.payment_fixtures import add_project

TODAY = date(2026, 11, 24)
AT_START = StartingFigures(share_bp=125, expected_bp=400, ratio=Fraction(125, 400))


def a_plan(project_id: int | None, **changes: object) -> OutreachData:
    values: dict[str, object] = {
        "question": "ethnic_group_5",
        "category": "black",
        "title": "Reaching Black carers",
        "started_on": TODAY,
        "project_id": project_id,
        "who_they_are": "Carers at the Pentecostal church's Saturday club",
        "barriers": "Meetings in the day; nobody they know is on the group",
        "trusted_places": "The church; the barber's on King Street",
        "at_start": AT_START,
    }
    values.update(changes)
    return OutreachData(**values)  # type: ignore[arg-type]


def test_ratio_text_is_exact_and_rounds_halves_up() -> None:
    assert ratio_text(Fraction(3, 5)) == "0.60"
    assert ratio_text(Fraction(125, 400)) == "0.31"  # 0.3125
    assert ratio_text(Fraction(1, 200)) == "0.01"  # 0.005, half up
    assert ratio_text(Fraction(7, 4)) == "1.75"


def test_a_plan_keeps_its_persona_and_the_figures_when_it_started(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        plan_id = outreach.start_plan(session, a_plan(project))
        record = outreach.get_plan(session, plan_id, TODAY)
    assert record.group_label == (
        "Ethnic group (5 groups): Black, Black British, Black Welsh, Caribbean or African"
    )
    assert record.project_name == "Carers' café" and record.reference_name == BUILT_IN_NAME
    assert record.data.barriers == "Meetings in the day; nobody they know is on the group"
    assert record.data.at_start.text == (
        "1.25% of the people who answered, against 4.0% expected (a representation ratio of 0.31)."
    )


def test_editing_changes_the_persona_not_the_group_or_the_figures(database: Database) -> None:
    with database.transaction() as session:
        plan_id = outreach.start_plan(session, a_plan(None))
        edited = outreach.update_plan(
            session,
            plan_id,
            a_plan(None, needs="Evening meetings", category="asian", at_start=StartingFigures()),
        )
    assert edited.data.needs == "Evening meetings"
    assert edited.data.category == "black" and edited.data.at_start.ratio == Fraction(31, 100)
    assert edited.project_name == "All projects"


def test_outreach_actions_are_ordinary_actions_linked_to_the_plan(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        plan_id = outreach.start_plan(session, a_plan(project))
        first = outreach.add_outreach_action(
            session,
            plan_id,
            ActionData(project, "Visit the Saturday club", (Owner(staff_name="Priya"),)),
            TODAY,
        )
        other = actions.add_action(
            session, ActionData(project, "Print a flyer", (Owner(staff_name="Jo"),)), TODAY
        )
        outreach.link_action(session, plan_id, other)
        outreach.link_action(session, plan_id, other)  # twice is once
        record = outreach.get_plan(session, plan_id, TODAY)
        assert sorted(a.id for a in record.actions) == [first, other]
        outreach.unlink_action(session, plan_id, other)
        assert [a.id for a in outreach.get_plan(session, plan_id, TODAY).actions] == [first]
        # The action itself is on the action plan as any other.
        assert actions.get_action(session, first).data.what == "Visit the Saturday club"
        with pytest.raises(NotFound):
            outreach.link_action(session, plan_id, 999)


def test_a_plan_needs_a_title_and_a_real_group(database: Database) -> None:
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        outreach.start_plan(session, a_plan(None, title=" ", category="purple"))
    assert {p.field for p in caught.value.problems} == {"title", "category"}


def test_lists_and_the_change_since_the_start(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        panel = add_project(session, "Youth panel")
        mine = outreach.start_plan(session, a_plan(cafe))
        everyone = outreach.start_plan(session, a_plan(None, title="All projects plan"))
        outreach.start_plan(session, a_plan(panel, title="Panel plan"))
        listed = [p.id for p in outreach.list_plans(session, cafe, TODAY)]
        record = outreach.get_plan(session, mine, TODAY)
    assert sorted(listed) == sorted([mine, everyone])
    assert outreach.change_since_start(record, Fraction(1, 2)) == (
        "Better represented than on 24 November 2026: ratio 0.31 then, 0.50 now."
    )
    assert outreach.change_since_start(record, None) == (
        "There are not enough answers to compare with the start."
    )
    with database.reading() as session, pytest.raises(NotFound):
        outreach.get_plan(session, 12345)


@pytest.mark.parametrize("size", [16, 24])
def test_the_plan_prints_as_a_tagged_large_print_pdf(
    database: Database, tmp_path: Path, size: int
) -> None:
    with database.transaction() as session:
        project = add_project(session)
        plan_id = outreach.start_plan(
            session, a_plan(project, needs="Meetings after 6pm <and> childcare & food")
        )
        outreach.add_outreach_action(
            session,
            plan_id,
            ActionData(project, "Visit the Saturday club", (Owner(staff_name="Priya"),),
                       due_on=date(2026, 11, 20)),
            TODAY,
        )  # fmt: skip
        record = outreach.get_plan(session, plan_id, TODAY)
    path = tmp_path / "outreach.pdf"
    write_outreach_pdf(record, path, TODAY, font_size=size)
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, check=True, text=True
        ).stdout.split()
    )
    for expected in (
        "Outreach plan: Reaching Black carers",
        "Meetings after 6pm <and> childcare & food",
        "The barber's on King Street",
        "a representation ratio of 0.31",
        "Visit the Saturday club",
        "Overdue",
    ):
        assert expected.casefold() in text.casefold(), expected
    assert text.count("Outreach plan:") == 1  # the heading, said once
    with pikepdf.open(path) as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) == "en-GB"
        assert str(pdf.docinfo.Title) == "Outreach plan: Reaching Black carers"
    with pdfplumber.open(path) as pdf:
        assert min(c["size"] for page in pdf.pages for c in page.chars) >= size - 0.01
