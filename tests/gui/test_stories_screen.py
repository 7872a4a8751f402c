"""The Stories screen: a story through its form (who shared it, consent, themes, a new theme from
the form), a contradictory consent shown beside its field, what a story led to, the filters,
deleting after asking, managing themes, the evidence by theme with its counts and the stories
behind a theme, and a decision citing a story. Each check reads back what the database holds."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.decision_dialog import DecisionDialog
from coprod_desktop.gui.dialogs.story_dialog import NO_SESSION, NOT_CITED, StoryDialog
from coprod_desktop.gui.dialogs.theme_dialogs import ThemeDialog, ThemesDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages.decisions_page import DecisionsPage
from coprod_desktop.gui.pages.stories_page import StoriesPage, months_before
from coprod_desktop.gui.person_picker import person_label
from coprod_desktop.services import stories, themes
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.stories import CONSENT_HINTS, StoryData, StoryRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import AttendanceStatus, StoryConsent
from tests.gui.conftest import Dialogs, People
from tests.gui.decision_seed import add_decision, stored_decision, stored_decisions
from tests.gui.helpers import click, press, show_active, tick, type_text
from tests.gui.payment_seed import SESSION_DAY, add_project, add_session, mark
from tests.gui.screen_helpers import (
    button,
    choose,
    click_table_row,
    column_texts,
    error_shown,
    headers,
    row_texts,
    save_with_keyboard,
    set_day,
    status_message,
)
from tests.gui.test_accessibility import (
    _clashes,
    _describe,
    _focusable,
    _labels_with_buddies,
    _mnemonic,
    _tab_through,
    _unnamed,
)
from tests.gui.test_screens_accessibility import _texts

TOLD = date(2025, 11, 4)


def stories_screen(window: MainWindow) -> StoriesPage:
    screen = window.show_screen("Stories")
    assert isinstance(screen, StoriesPage)
    screen.refresh()
    return screen


def add_theme(database: Database, name: str) -> int:
    with database.transaction() as session:
        return themes.add_theme(session, name)


def add_story(database: Database, title: str = "Two buses", **overrides: Any) -> int:
    values: dict[str, Any] = {
        "title": title,
        "text": f"What was said in {title}.",
        "told_on": TOLD,
        "consent": StoryConsent.ANONYMISED,
    }
    values.update(overrides)
    with database.transaction() as session:
        return stories.add_story(session, StoryData(**values))


def stored_story(database: Database, story_id: int) -> StoryRecord:
    with database.reading() as session:
        return stories.get_story(session, story_id)


def stored_stories(database: Database) -> list[StoryRecord]:
    with database.reading() as session:
        return stories.list_stories(session)


def list_texts(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


# --- a new story --------------------------------------------------------------------------------
def test_a_new_story_is_stored_with_its_themes(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    project = add_project(database, "Carers' café")
    meeting = add_session(database, project, title="Planning workshop")
    mark(database, meeting, AttendanceStatus.ATTENDED, people.amira)
    transport = add_theme(database, "Transport")
    add_theme(database, "Waiting times")
    page = stories_screen(window)
    assert page.form.messageLabel.text() == (
        "No stories yet. Choose New story to record what someone shared."
    )
    seen: dict[str, object] = {}

    def name_theme(theme: ThemeDialog) -> None:
        assert theme.windowTitle() == "New theme"
        type_text(qtbot, theme.form.nameEdit, "Cost of taking part")
        click(qtbot, button(theme, QDialogButtonBox.StandardButton.Save))
        assert not theme.isVisible()

    def fill(dialog: StoryDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "New story"
        assert f.anonymousCheck.isChecked()
        assert dialog.consent() is StoryConsent.INTERNAL_ONLY  # the safe choice
        assert f.consentHint.text() == CONSENT_HINTS[StoryConsent.INTERNAL_ONLY]
        assert list_texts(f.ledToList) == [NOT_CITED]
        type_text(qtbot, f.titleEdit, "Two buses to the clinic")
        type_text(qtbot, f.textEdit, "I take two buses.")
        press(qtbot, f.textEdit, Qt.Key.Key_Return)
        type_text(qtbot, f.textEdit, "I still miss my slot.")
        f.personEdit.setText(person_label(people.amira, "Amira"))
        assert not f.anonymousCheck.isChecked()  # naming someone unticks it
        set_day(f.dateEdit, TOLD)
        type_text(qtbot, f.placeEdit, "Community centre")
        choose(f.projectCombo, "Carers' café")
        assert f.sessionCombo.currentText() == NO_SESSION
        choose(f.sessionCombo, f"Planning workshop ({long_date(SESSION_DAY)})")
        choose(f.consentCombo, StoryConsent.WITH_NAME.label)
        assert f.consentHint.text() == CONSENT_HINTS[StoryConsent.WITH_NAME]
        assert f.consentCombo.accessibleDescription() == CONSENT_HINTS[StoryConsent.WITH_NAME]
        dialog.tick_theme("Transport")
        dialogs.on(ThemeDialog, name_theme)
        click(qtbot, f.newThemeButton)
        seen["themes"] = list_texts(f.themesList)
        assert dialog.theme_ids()[0] == transport
        show_active(qtbot, dialog)
        save_with_keyboard(qtbot, dialog, f.titleEdit)
        assert not dialog.isVisible()

    dialogs.on(StoryDialog, fill)
    click(qtbot, page.form.newButton)

    assert seen["themes"] == ["Transport", "Waiting times", "Cost of taking part"]
    [stored] = stored_stories(database)
    data = stored.data
    assert data.title == "Two buses to the clinic"
    assert data.text == "I take two buses.\nI still miss my slot."
    assert data.participant_id == people.amira
    assert data.told_on == TOLD
    assert data.place == "Community centre"
    assert data.project_id == project
    assert data.session_id == meeting
    assert data.consent is StoryConsent.WITH_NAME
    assert stored.theme_names == ("Cost of taking part", "Transport")
    assert page.selected_id() == stored.id
    assert headers(page.form.table) == [
        "Date",
        "Title",
        "Shared by",
        "How it may be used",
        "Themes",
        "Project",
    ]
    assert row_texts(page.form.table, 0) == {
        "Date": "4 November 2025",
        "Title": "Two buses to the clinic",
        "Shared by": "Amira",
        "How it may be used": "With their name",
        "Themes": "Cost of taking part, Transport",
        "Project": "Carers' café",
    }
    assert status_message(window) == "Story saved."
    # The new theme is offered as a filter too.
    assert page.form.themeFilter.findText("Cost of taking part") >= 0


def test_an_anonymous_story_cannot_be_used_with_a_name(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    page = stories_screen(window)
    seen: dict[str, str] = {}

    def fill(dialog: StoryDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.titleEdit, "Nobody rang back")
        type_text(qtbot, f.textEdit, "Four months and no call.")
        choose(f.consentCombo, StoryConsent.WITH_NAME.label)
        save_with_keyboard(qtbot, dialog, f.titleEdit)
        assert dialog.isVisible()
        seen["message"] = error_shown(dialog, "consent").text()
        # Naming who shared it puts it right.
        f.personEdit.setText(person_label(people.zoe, "Zoë"))
        save_with_keyboard(qtbot, dialog, f.titleEdit)
        assert not dialog.isVisible()

    dialogs.on(StoryDialog, fill)
    click(qtbot, page.form.newButton)
    assert "a story shared anonymously cannot be used with a name" in seen["message"]
    [stored] = stored_stories(database)
    assert stored.data.participant_id == people.zoe
    assert stored.data.project_id is None
    assert column_texts(page.form.table, "Shared by") == ["Zoë"]


def test_ticking_anonymous_clears_the_name_and_an_unknown_name_is_shown(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    page = stories_screen(window)
    seen: dict[str, str] = {}

    def fill(dialog: StoryDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.titleEdit, "A title")
        type_text(qtbot, f.textEdit, "Some text")
        type_text(qtbot, f.personEdit, "Nobody Known")
        save_with_keyboard(qtbot, dialog, f.titleEdit)
        seen["message"] = error_shown(dialog, "participant_id").text()
        tick(qtbot, f.anonymousCheck)
        assert f.personEdit.text() == ""
        save_with_keyboard(qtbot, dialog, f.titleEdit)
        assert not dialog.isVisible()

    dialogs.on(StoryDialog, fill)
    click(qtbot, page.form.newButton)
    assert "no one called 'Nobody Known' is on the register" in seen["message"]
    assert "Or tick Anonymous." in seen["message"]
    [stored] = stored_stories(database)
    assert stored.data.participant_id is None
    assert stored.data.consent is StoryConsent.INTERNAL_ONLY
    assert column_texts(page.form.table, "Shared by") == ["Anonymous"]


def test_a_name_not_understood_is_shown_with_every_other_problem_at_once(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    page = stories_screen(window)
    seen: dict[str, object] = {}

    def fill(dialog: StoryDialog) -> None:
        f = dialog.form
        # No title or text, a name nobody has, and "with their name": one Save shows it all.
        type_text(qtbot, f.personEdit, "Nobody Known")
        choose(f.consentCombo, StoryConsent.WITH_NAME.label)
        save_with_keyboard(qtbot, dialog, f.placeEdit)
        assert dialog.isVisible()
        seen["summary"] = f.errorSummary.text()
        seen["shown"] = {
            field: error_shown(dialog, field).text()
            for field in ("title", "text", "participant_id")
        }
        # A name was typed, so "with their name" is no contradiction to report.
        seen["consent"] = dialog.findChild(QLabel, "consentError")
        seen["focus"] = dialog.focusWidget() is f.titleEdit  # the first problem, top down
        # Put right in one round: the story is saved.
        type_text(qtbot, f.titleEdit, "Nobody rang back")
        type_text(qtbot, f.textEdit, "Four months and no call.")
        f.personEdit.setText(person_label(people.zoe, "Zoë"))
        save_with_keyboard(qtbot, dialog, f.titleEdit)
        assert not dialog.isVisible()

    dialogs.on(StoryDialog, fill)
    click(qtbot, page.form.newButton)
    assert seen["summary"] == (
        "⚠ Nothing was saved. Please fix 3 things, marked below: Title, What they shared, "
        "Shared by."
    )
    shown = seen["shown"]
    assert isinstance(shown, dict)
    assert shown["title"].startswith("⚠ Title is empty.")
    assert shown["text"].startswith("⚠ What they shared is empty.")
    assert "no one called 'Nobody Known' is on the register" in shown["participant_id"]
    assert seen["consent"] is None and seen["focus"] is True
    [stored] = stored_stories(database)
    assert (stored.data.participant_id, stored.data.consent) == (
        people.zoe,
        StoryConsent.WITH_NAME,
    )


# --- changing one, and what it led to -----------------------------------------------------------
def test_a_story_shows_what_it_led_to_and_keeps_its_links_when_changed(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    project = add_project(database, "Carers' café")
    meeting = add_session(database, project)
    waiting = add_theme(database, "Waiting times")
    story = add_story(
        database,
        "Waiting months",
        participant_id=people.amira,
        project_id=project,
        session_id=meeting,
        theme_ids=(waiting,),
    )
    decision = add_decision(
        database, project, "Ring everyone back within a week", story_ids=(story,)
    )
    page = stories_screen(window)
    seen: dict[str, object] = {}

    def change(dialog: StoryDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == f"Story {story}: Waiting months"
        seen["led to"] = list_texts(f.ledToList)
        assert f.sessionCombo.currentData() == meeting
        assert dialog.theme_ids() == (waiting,)
        assert f.personEdit.text() == person_label(people.amira, "Amira")
        f.titleEdit.selectAll()
        type_text(qtbot, f.titleEdit, "Waiting four months")
        save_with_keyboard(qtbot, dialog, f.titleEdit)
        assert not dialog.isVisible()

    dialogs.on(StoryDialog, change)
    click_table_row(qtbot, page.form.table, 0)
    press(qtbot, page.form.table, Qt.Key.Key_Return)  # Enter opens it

    assert seen["led to"] == [
        f"Decision {decision}, {long_date(SESSION_DAY)}: Ring everyone back within a week"
    ]
    stored = stored_story(database, story)
    assert stored.data.title == "Waiting four months"
    assert stored.data.session_id == meeting
    assert stored.data.participant_id == people.amira
    assert stored.data.theme_ids == (waiting,)
    assert stored_decision(database, decision).data.story_ids == (story,)


# --- the list -----------------------------------------------------------------------------------
def test_the_filters_by_project_theme_and_period(window: MainWindow, database: Database) -> None:
    cafe = add_project(database, "Carers' café")
    panel = add_project(database, "Youth panel")
    transport = add_theme(database, "Transport")
    page = stories_screen(window)
    page.today = date(2026, 3, 20)
    add_story(database, "Old café story", told_on=date(2025, 1, 10), project_id=cafe)
    add_story(
        database,
        "New café story",
        told_on=date(2026, 3, 1),
        project_id=cafe,
        theme_ids=(transport,),
    )
    add_story(database, "Panel story", told_on=date(2026, 1, 5), project_id=panel)
    page.refresh()
    assert column_texts(page.form.table, "Title") == [
        "New café story",
        "Panel story",
        "Old café story",
    ]
    assert page.form.countLabel.text() == "3 stories"
    choose(page.form.projectFilter, "Carers' café")
    assert column_texts(page.form.table, "Title") == ["New café story", "Old café story"]
    choose(page.form.themeFilter, "Transport")
    assert column_texts(page.form.table, "Title") == ["New café story"]
    assert page.form.countLabel.text() == "1 story"
    choose(page.form.themeFilter, "All themes")
    choose(page.form.projectFilter, "All projects")
    choose(page.form.periodFilter, "The last 3 months")
    assert column_texts(page.form.table, "Title") == ["New café story", "Panel story"]
    choose(page.form.periodFilter, "The last month")
    assert column_texts(page.form.table, "Title") == ["New café story"]
    choose(page.form.projectFilter, "Youth panel")
    assert page.model.rowCount() == 0
    assert page.form.messageLabel.text() == (
        "No stories match. Choose another project, theme or period above."
    )


def test_months_before_keeps_the_day_or_takes_the_months_last() -> None:
    assert months_before(date(2026, 3, 20), 3) == date(2025, 12, 20)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 12) == date(2025, 1, 15)


def test_deleting_a_story_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = add_project(database, "Carers' café")
    story = add_story(database, "Two buses")
    add_decision(database, project, "Pay fares on the day", story_ids=(story,))
    page = stories_screen(window)
    asked: list[str] = []
    answer = {"value": False}

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return answer["value"]

    monkeypatch.setattr("coprod_desktop.gui.pages.stories_page.confirm", confirm)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.deleteButton)
    assert len(stored_stories(database)) == 1  # not without a yes
    assert asked == [
        "Delete the story 'Two buses' (Anonymous, 4 November 2025)? This cannot be undone. "
        "1 decision cites it: they are kept, without it."
    ]
    answer["value"] = True
    click(qtbot, page.form.deleteButton)
    assert stored_stories(database) == []
    assert [d.data.story_ids for d in stored_decisions(database)] == [()]
    assert status_message(window) == "Story deleted."
    assert page.model.rowCount() == 0


def test_themes_can_be_renamed_and_deleted_keeping_their_stories(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    transport = add_theme(database, "Transport")
    add_theme(database, "Waiting")
    story = add_story(database, "Two buses", theme_ids=(transport,))
    page = stories_screen(window)
    monkeypatch.setattr(
        "coprod_desktop.gui.dialogs.theme_dialogs.confirm", lambda *_args: True, raising=True
    )
    seen: dict[str, object] = {}

    def rename(theme: ThemeDialog) -> None:
        assert theme.windowTitle() == "Rename the theme Transport"
        theme.form.nameEdit.selectAll()
        type_text(qtbot, theme.form.nameEdit, "Travel")
        click(qtbot, button(theme, QDialogButtonBox.StandardButton.Save))

    def manage(listing: ThemesDialog) -> None:
        table = listing.form.table
        seen["before"] = [
            (r["Theme"], r["Stories"]) for r in (row_texts(table, i) for i in range(2))
        ]
        dialogs.on(ThemeDialog, rename)
        click_table_row(qtbot, table, 0)
        click(qtbot, listing.form.renameButton)
        seen["after"] = column_texts(table, "Theme")
        click_table_row(qtbot, table, 0)
        click(qtbot, listing.form.deleteButton)
        seen["left"] = column_texts(table, "Theme")
        seen["message"] = listing.form.messageLabel.text()

    dialogs.on(ThemesDialog, manage)
    click(qtbot, page.form.themesButton)
    assert seen["before"] == [("Transport", "1"), ("Waiting", "0")]
    assert seen["after"] == ["Travel", "Waiting"]
    assert seen["left"] == ["Waiting"]
    assert seen["message"] == "The theme 'Travel' was deleted."
    assert stored_story(database, story).theme_names == ()
    assert page.form.themeFilter.findText("Travel") < 0


# --- evidence by theme --------------------------------------------------------------------------
def test_the_evidence_view_counts_stories_and_voices_and_lists_a_themes_stories(
    qtbot: QtBot, window: MainWindow, database: Database, people: People
) -> None:
    cafe = add_project(database, "Carers' café")
    panel = add_project(database, "Youth panel")
    transport = add_theme(database, "Transport")
    waiting = add_theme(database, "Waiting times")
    day = date(2025, 11, 4)
    add_story(
        database, "Bus one", participant_id=people.amira, theme_ids=(transport,), project_id=cafe
    )
    add_story(
        database,
        "Bus two",
        participant_id=people.amira,
        theme_ids=(transport, waiting),
        project_id=cafe,
        told_on=date(2025, 11, 20),
        consent=StoryConsent.INTERNAL_ONLY,
    )
    add_story(database, "Bus three", theme_ids=(transport,), project_id=panel)  # anonymous
    add_story(
        database, "Long wait", participant_id=people.wang, theme_ids=(waiting,), project_id=cafe
    )
    add_story(database, "Untagged", participant_id=people.wang, project_id=cafe)
    add_story(database, "Too old", theme_ids=(waiting,), told_on=date(2024, 1, 1))
    page = stories_screen(window)
    f = page.form
    f.tabs.setCurrentWidget(f.evidenceTab)
    page.set_period(date(2025, 1, 1), day.replace(month=12))
    assert headers(f.evidenceTable) == ["Theme", "Stories", "Voices"]
    assert [tuple(row_texts(f.evidenceTable, r).values()) for r in range(3)] == [
        ("Transport", "3", "2"),  # Amira twice, and one anonymous voice
        ("Waiting times", "2", "2"),
        ("No theme yet", "1", "1"),
    ]
    # The first theme is chosen, and said in words.
    assert f.summaryLabel.text() == (
        "Transport: 3 stories from 2 people, told from 1 January 2025 to 4 December 2025."
    )
    assert column_texts(f.themeStoriesTable, "Title") == ["Bus two", "Bus three", "Bus one"]
    assert column_texts(f.themeStoriesTable, "How it may be used")[0] == (
        StoryConsent.INTERNAL_ONLY.label
    )
    click_table_row(qtbot, f.evidenceTable, 1)
    assert f.summaryLabel.text().startswith("Waiting times: 2 stories from 2 people")
    assert column_texts(f.themeStoriesTable, "Title") == ["Bus two", "Long wait"]
    # One project; the chosen theme stays chosen.
    choose(f.evidenceProjectFilter, "Carers' café")
    assert [tuple(row_texts(f.evidenceTable, r).values()) for r in range(3)] == [
        ("Transport", "2", "1"),
        ("Waiting times", "2", "2"),
        ("No theme yet", "1", "1"),
    ]
    assert f.summaryLabel.text().startswith("Waiting times: 2 stories from 2 people")
    # A backwards period is said, not counted.
    page.set_period(date(2025, 12, 1), date(2025, 1, 1))
    assert f.evidenceTable.model().rowCount() == 0
    assert f.summaryLabel.text() == (
        "The period ends before it starts. Choose an end date on or after the start date."
    )
    page.set_period(date(2020, 1, 1), date(2020, 12, 31))
    assert f.summaryLabel.text() == "No stories were told in this period."


def test_a_story_opens_from_the_evidence_view(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    transport = add_theme(database, "Transport")
    add_story(database, "Bus one", theme_ids=(transport,))
    page = stories_screen(window)
    f = page.form
    f.tabs.setCurrentWidget(f.evidenceTab)
    page.set_period(date(2025, 1, 1), date(2025, 12, 31))
    opened: list[str] = []
    dialogs.on(StoryDialog, lambda d: opened.append(d.form.titleEdit.text()))
    click_table_row(qtbot, f.themeStoriesTable, 0)
    press(qtbot, f.themeStoriesTable, Qt.Key.Key_Return)
    click(qtbot, f.openStoryButton)
    assert opened == ["Bus one", "Bus one"]


# --- a decision cites stories -------------------------------------------------------------------
def test_a_decision_cites_the_stories_that_informed_it(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    project = add_project(database, "Carers' café")
    older = add_story(database, "Two buses", participant_id=people.amira)
    add_story(database, "Long wait", told_on=date(2025, 11, 20))
    screen = window.show_screen("Decisions")
    assert isinstance(screen, DecisionsPage)
    screen.refresh()
    seen: dict[str, object] = {}

    def fill(dialog: DecisionDialog) -> None:
        f = dialog.form
        seen["offered"] = list_texts(f.storiesList)
        type_text(qtbot, f.whatEdit, "Pay bus fares on the day")
        dialog.tick_story("Two buses (4 November 2025, Amira)")
        save_with_keyboard(qtbot, dialog, f.whatEdit)
        assert not dialog.isVisible()

    dialogs.on(DecisionDialog, fill)
    click(qtbot, screen.form.newButton)
    assert seen["offered"] == [
        "Long wait (20 November 2025, Anonymous)",
        "Two buses (4 November 2025, Amira)",
    ]
    [decision] = stored_decisions(database)
    assert decision.data.project_id == project
    assert decision.data.story_ids == (older,)
    assert stored_story(database, older).decisions[0][0] == decision.id

    def check(dialog: DecisionDialog) -> None:
        seen["ticked"] = dialog.story_ids()
        assert not dialog.is_changed()
        dialog.tick_story("Long wait (20 November 2025, Anonymous)")
        assert dialog.is_changed()  # ticking a story counts as a change

    dialogs.on(DecisionDialog, check)
    click_table_row(qtbot, screen.form.table, 0)
    click(qtbot, screen.form.openButton)
    assert seen["ticked"] == (older,)


# --- keyboard and screen readers ----------------------------------------------------------------
def _dialog(qtbot: QtBot) -> StoryDialog:
    dialog = StoryDialog(
        lambda _data: 1,
        [(1, "Carers' café")],
        [(1, "Amira"), (2, "Oliver (has left)")],
        lambda _project: [(7, "Planning workshop (4 November 2025)")],
        [(1, "Transport"), (2, "Waiting times")],
        lambda _parent: None,
    )
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def test_the_story_dialog_names_everything_and_its_mnemonics_are_unique(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert len(_focusable(dialog)) > 10
    assert _unnamed(dialog) == []
    assert [
        _describe(label) for label in _labels_with_buddies(dialog) if not _mnemonic(label.text())
    ] == []
    assert _clashes(_texts(dialog)) == {}


def test_tab_goes_through_the_story_dialog_in_order(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    f = dialog.form
    f.titleEdit.setFocus()
    qtbot.waitUntil(f.titleEdit.hasFocus)
    save = f.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    visited = _tab_through(qtbot, dialog, save)
    order = [
        f.titleEdit,
        f.textEdit,
        f.personEdit,
        f.anonymousCheck,
        f.dateEdit,
        f.placeEdit,
        f.projectCombo,
        f.sessionCombo,
        f.consentCombo,
        f.themesList,
        f.newThemeButton,
        f.ledToList,
        save,
    ]
    reached = [w for w in dict.fromkeys(visited) if w in order]
    assert reached == order, [_describe(w) for w in visited]
    assert "\t" not in f.textEdit.toPlainText()


def test_ticking_a_theme_counts_as_a_change(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert not dialog.is_changed()
    dialog.tick_theme("Waiting times")
    assert dialog.is_changed()


def test_the_theme_dialogs_name_everything(qtbot: QtBot, database: Database) -> None:
    add_theme(database, "Transport")
    for built in (ThemeDialog(lambda _n, _d: 1), ThemesDialog(database)):
        qtbot.addWidget(built)
        show_active(qtbot, built)
        assert len(_focusable(built)) >= 2
        assert _unnamed(built) == []
        assert [
            _describe(label) for label in _labels_with_buddies(built) if not _mnemonic(label.text())
        ] == []
        assert _clashes(_texts(built)) == {}
