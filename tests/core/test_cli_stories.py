"""``coprod stories list`` and ``coprod stories themes``: only what may leave the app, in a table
or a spreadsheet-safe CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from coprod_desktop.cli import main
from coprod_desktop.services import stories, themes
from coprod_desktop.services.name_removal import REMOVED
from coprod_desktop.services.stories import StoryData
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import StoryConsent
from tests.core.payment_fixtures import NAMED_IN_DOCUMENTS, add_person, add_project

TODAY = date.today()
SECRET = "Quokka-lighthouse-4412"  # only in the internal-only story


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


@dataclass(frozen=True)
class Told:
    internal: int
    anonymised: int
    named: int
    formula: int
    other_project: int
    cafe: int


@pytest.fixture
def told(database_url: str) -> Told:
    """An internal-only story, an anonymised one whose text names its teller, one shared with a
    name, and one (in another project, older) whose title looks like a spreadsheet formula."""
    database = open_database(database_url).database
    recent = TODAY - timedelta(days=10)
    try:
        with database.transaction() as session:
            cafe = add_project(session)
            panel = add_project(session, "Youth panel")
            amira = add_person(session, preferred_name="Amira", full_name="Amira Haddad")
            zoe = add_person(
                session,
                preferred_name="Zoë",
                full_name="Zoë Brennan",
                **NAMED_IN_DOCUMENTS,
            )
            transport = themes.add_theme(session, "Transport")
            waiting = themes.add_theme(session, "Waiting times")

            def add(**values: object) -> int:
                data = StoryData(
                    **{
                        "title": "A story",
                        "text": "What was said.",
                        "told_on": recent,
                        "consent": StoryConsent.ANONYMISED,
                        "project_id": cafe,
                        **values,
                    }  # type: ignore[arg-type]
                )
                return stories.add_story(session, data)

            ids = Told(
                internal=add(
                    title=f"Confidential {SECRET}",
                    text=f"Only for us: {SECRET}",
                    consent=StoryConsent.INTERNAL_ONLY,
                    participant_id=zoe,
                    theme_ids=(transport, waiting),
                ),
                anonymised=add(
                    title="Haddad family buses",
                    text="I'm Amira Haddad and I take two buses. Everyone calls me AMIRA.",
                    participant_id=amira,
                    place="Bramble Street Hall",
                    theme_ids=(transport,),
                ),
                named=add(
                    title="Peer group",
                    text="The Thursday group kept me going.",
                    consent=StoryConsent.WITH_NAME,
                    participant_id=zoe,
                    theme_ids=(waiting,),
                ),
                formula=add(
                    title='=HYPERLINK("http://x","click")',
                    text="-2 buses +1 taxi",
                    told_on=TODAY - timedelta(days=400),
                    project_id=panel,
                    theme_ids=(transport,),
                ),
                other_project=panel,
                cafe=cafe,
            )
    finally:
        database.close()
    return ids


def _csv_rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out)))


def test_the_table_shows_only_what_may_leave_the_app(
    capsys: pytest.CaptureFixture[str], database_url: str, told: Told
) -> None:
    code, out, err = run(capsys, database_url, "stories", "list")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["ID", "Told", "in", "Title"]
    ids = [int(line.split()[0]) for line in lines[2:]]
    assert ids == [told.formula, told.anonymised, told.named]  # oldest first
    everything = out + err
    assert SECRET not in everything
    assert "amira" not in everything.casefold()
    assert "haddad" not in everything.casefold()
    assert "Bramble" not in everything
    assert REMOVED in out
    assert "Zoë" in out  # shared with her name
    assert err.strip() == (
        "3 stories, 2 anonymised. Stories marked internal only are not listed or counted here."
    )


def test_csv_is_formula_safe_and_keeps_the_consent_rules(
    capsys: pytest.CaptureFixture[str], database_url: str, told: Told
) -> None:
    code, out, err = run(capsys, database_url, "stories", "list", "--format", "csv")
    assert code == 0, err
    rows = _csv_rows(out)
    assert list(rows[0]) == ["ID", "Told in", "Title", "What they shared", "Shared by", "Themes"]
    by_id = {int(r["ID"]): r for r in rows}
    assert set(by_id) == {told.formula, told.anonymised, told.named}
    assert SECRET not in out
    assert "amira" not in out.casefold()
    anonymised = by_id[told.anonymised]
    assert anonymised["Shared by"] == "Anonymous"
    assert anonymised["Title"] == f"{REMOVED} family buses"
    assert anonymised["What they shared"] == (
        f"I'm {REMOVED} and I take two buses. Everyone calls me {REMOVED}."
    )
    assert anonymised["Themes"] == "Transport"
    assert by_id[told.named]["Shared by"] == "Zoë"
    formula = by_id[told.formula]
    assert formula["Title"] == '\'=HYPERLINK("http://x","click")'
    assert formula["What they shared"] == "'-2 buses +1 taxi"


def test_no_names_anonymises_stories_shared_with_a_name(
    capsys: pytest.CaptureFixture[str], database_url: str, told: Told
) -> None:
    code, out, err = run(capsys, database_url, "stories", "list", "--no-names", "--format", "csv")
    assert code == 0, err
    assert {r["Shared by"] for r in _csv_rows(out)} == {"Anonymous"}
    assert "Zoë" not in out


def test_filters(capsys: pytest.CaptureFixture[str], database_url: str, told: Told) -> None:
    def ids(*options: str) -> list[int]:
        code, out, err = run(capsys, database_url, "stories", "list", "--format", "csv", *options)
        assert code == 0, err
        return [int(row["ID"]) for row in _csv_rows(out)]

    assert ids("--theme", "transport") == [told.formula, told.anonymised]
    assert ids("--theme", "Waiting Times") == [told.named]  # never the internal one
    assert ids("--project", str(told.other_project)) == [told.formula]
    recent = (TODAY - timedelta(days=30)).isoformat()
    assert ids("--from", recent) == [told.anonymised, told.named]
    assert ids("--to", recent) == [told.formula]
    assert ids("--from", recent, "--to", recent) == []


def test_unknown_theme_project_and_backwards_period_are_said_plainly(
    capsys: pytest.CaptureFixture[str], database_url: str, told: Told
) -> None:
    code, _out, err = run(capsys, database_url, "stories", "list", "--theme", "Parking")
    assert code == 3
    assert "There is no theme called 'Parking'. Themes: Transport, Waiting times." in err
    code, _out, err = run(capsys, database_url, "stories", "list", "--project", "99")
    assert code == 3
    code, _out, err = run(
        capsys, database_url, "stories", "themes", "--from", "2026-02-01", "--to", "2026-01-01"
    )
    assert code == 2
    assert "The period ends before it starts" in err


def test_theme_counts_leave_internal_only_stories_out(
    capsys: pytest.CaptureFixture[str], database_url: str, told: Told
) -> None:
    code, out, err = run(capsys, database_url, "stories", "themes")
    assert code == 0, err
    assert out.splitlines()[2:] == ["Transport      2", "Waiting times  1"]
    assert "internal only are not listed or counted" in err
    code, out, err = run(capsys, database_url, "stories", "themes", "--format", "csv")
    assert code == 0, err
    assert _csv_rows(out) == [
        {"Theme": "Transport", "Stories": "2"},
        {"Theme": "Waiting times", "Stories": "1"},
    ]
    code, out, err = run(
        capsys, database_url, "stories", "themes", "--project", str(told.cafe), "--format", "csv"
    )
    assert _csv_rows(out) == [
        {"Theme": "Transport", "Stories": "1"},
        {"Theme": "Waiting times", "Stories": "1"},
    ]


def test_an_empty_list_says_so(capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    code, out, err = run(capsys, database_url, "stories", "list")
    assert code == 0
    assert out == ""
    assert err.startswith("No stories match.")
