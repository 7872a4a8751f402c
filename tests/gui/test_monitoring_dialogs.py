"""One person's diversity monitoring in the app: the forms on record by their dates only, the
answers shown only after a confirmation (and logged with the time and name), recording a form,
removing the answers, the access log, and the Person menu's way in. Each check reads back the
database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMenu,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop import monitoring_standard as standard
from coprod_desktop.gui.dialogs import monitoring_dialogs
from coprod_desktop.gui.dialogs.monitoring_dialogs import (
    AccessLogDialog,
    AnswersDialog,
    MonitoringDialog,
    RecordFormDialog,
    RevealDialog,
)
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.monitoring_standard import PREFER_NOT_TO_SAY
from coprod_desktop.services import monitoring, participants
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.monitoring import (
    VIA_APP,
    MonitoringAnswers,
    MonitoringFormData,
)
from coprod_desktop.services.participant_types import ParticipantData
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import MonitoringAccess, MonitoringMethod
from tests.gui.conftest import Dialogs, Modals, People
from tests.gui.helpers import click, show_active
from tests.gui.screen_helpers import choose, set_day
from tests.gui.test_accessibility import (
    _clashes,
    _describe,
    _labels_with_buddies,
    _mnemonic,
    _unnamed,
)
from tests.gui.test_screens_accessibility import _texts

FIRST = MonitoringAnswers(
    age_band="45_54",
    sex="female",
    sexual_orientation="bisexual",
    ethnic_group="caribbean",
    religion="muslim",
    disability=PREFER_NOT_TO_SAY,
)
SECOND = MonitoringAnswers(religion="jewish", carer="yes", ethnic_group="irish")
# Answer labels distinctive enough that seeing one anywhere means an answer was shown.
TELL_TALE = [
    "Muslim",
    "Bisexual",
    "Caribbean",
    "45 to 54",
    "Jewish",
    "Irish",
    "Female",
    standard.PREFER_NOT_TO_SAY_LABEL,
]


def add_person(database: Database, name: str = "Amira") -> int:
    with database.transaction() as session:
        return participants.add_participant(session, ParticipantData(preferred_name=name))


def add_form(
    database: Database,
    person: int,
    collected_on: date,
    method: MonitoringMethod,
    answers: MonitoringAnswers,
) -> int:
    with database.transaction() as session:
        return monitoring.record_form(
            session,
            MonitoringFormData(person, collected_on, method, answers),
            "Setup",
            VIA_APP,
            date(2026, 1, 1),
        )


@pytest.fixture
def person(database: Database) -> int:
    """Amira, with two forms on record."""
    amira = add_person(database)
    add_form(database, amira, date(2024, 2, 10), MonitoringMethod.ONLINE, SECOND)
    add_form(database, amira, date(2025, 5, 3), MonitoringMethod.PAPER_FORM, FIRST)
    return amira


def log_of(database: Database, person: int) -> list[monitoring.AccessRecord]:
    with database.reading() as session:
        return monitoring.access_log(session, person)


def forms_of(database: Database, person: int) -> list[monitoring.FormDate]:
    with database.reading() as session:
        return monitoring.has_answers(session, person)


def open_dialog(qtbot: QtBot, database: Database, person: int) -> MonitoringDialog:
    dialog = MonitoringDialog(database, person, "Amira")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def shown_texts(top: QWidget) -> list[str]:
    """Every text the dialog shows: labels, list items, table cells and headers, buttons."""
    texts = [top.windowTitle()]
    texts += [label.text() for label in top.findChildren(QLabel)]
    texts += [button.text() for button in top.findChildren(QAbstractButton)]
    for widget in top.findChildren(QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    for table in top.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                texts.append(item.text() if item is not None else "")
    return texts


def list_texts(dialog: MonitoringDialog) -> list[str]:
    return [dialog.formsList.item(i).text() for i in range(dialog.formsList.count())]


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def table_rows(table: QTableWidget) -> list[list[str]]:
    return [
        [cell_text(table, row, column) for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


# --- dates only ---------------------------------------------------------------------------------
def test_opening_shows_the_dates_but_no_answer_and_logs_nothing(
    qtbot: QtBot, database: Database, person: int
) -> None:
    before = log_of(database, person)
    dialog = open_dialog(qtbot, database, person)
    assert list_texts(dialog) == [
        "Form collected 3 May 2025, on paper (the one reports use)",
        "Form collected 10 February 2024, online",
    ]
    assert "Amira (person" in dialog.whoLabel.text()
    texts = shown_texts(dialog)
    for answer in TELL_TALE:
        assert not any(answer in text for text in texts), answer
    every_label = {a.label for q in standard.QUESTIONS for a in q.answers}
    assert every_label.isdisjoint(texts)
    assert log_of(database, person) == before
    assert all(e.access is MonitoringAccess.RECORDED for e in before)


def test_a_person_without_forms_is_told_so_and_cannot_show_or_remove(
    qtbot: QtBot, database: Database
) -> None:
    dialog = open_dialog(qtbot, database, add_person(database, "Zoë"))
    assert list_texts(dialog) == ["No monitoring forms on record."]
    assert not dialog.showButton.isEnabled()
    assert not dialog.removeButton.isEnabled()
    assert dialog.recordButton.isEnabled() and dialog.logButton.isEnabled()


# --- showing answers ----------------------------------------------------------------------------
def test_confirming_shows_the_answers_and_logs_one_look(
    qtbot: QtBot, database: Database, person: int, dialogs: Dialogs
) -> None:
    asked: list[str] = []
    shown: list[list[list[str]]] = []

    def confirm_look(ask: RevealDialog) -> None:
        asked.append(ask.messageLabel.text())
        ask.nameEdit.setText("Priya Shah")
        click(qtbot, ask.showButton)

    def read(answers: AnswersDialog) -> None:
        shown.append(table_rows(answers.answersTable))
        assert (
            not answers.answersTable.editTriggers()
            & answers.answersTable.EditTrigger.AllEditTriggers
        )

    dialogs.on(RevealDialog, confirm_look)
    dialogs.on(AnswersDialog, read)
    dialog = open_dialog(qtbot, database, person)
    start = datetime.now(UTC) - timedelta(seconds=1)
    click(qtbot, dialog.showButton)
    end = datetime.now(UTC) + timedelta(seconds=1)

    assert asked == [
        "These answers are special-category personal data. Looking at them is recorded with "
        "the time and your name. Show Amira's answers?"
    ]
    [rows] = shown
    latest = "Form collected 3 May 2025, on paper (the one reports use)"
    older = "Form collected 10 February 2024, online"
    assert [latest, "Religion", "Muslim"] in rows
    assert [latest, "Sexual orientation", "Bisexual"] in rows
    assert [latest, "Disability", "Prefer not to say"] in rows
    assert [latest, "Caring", "Not answered"] in rows
    assert [older, "Religion", "Jewish"] in rows
    assert [older, "Caring", "Yes"] in rows
    assert len(rows) == 2 * len(standard.QUESTIONS)

    views = [e for e in log_of(database, person) if e.access is MonitoringAccess.VIEWED]
    assert len(views) == 1
    assert views[0].by_whom == "Priya Shah"
    assert views[0].via == VIA_APP
    assert start <= views[0].happened_at <= end


def test_declining_shows_nothing_and_logs_nothing(
    qtbot: QtBot, database: Database, person: int, dialogs: Dialogs
) -> None:
    def decline(ask: RevealDialog) -> None:
        cancel = ask.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None and cancel.isDefault()  # Enter is the safe answer
        click(qtbot, cancel)

    dialogs.on(RevealDialog, decline)  # AnswersDialog has no handler: opening it would fail
    before = log_of(database, person)
    dialog = open_dialog(qtbot, database, person)
    click(qtbot, dialog.showButton)
    assert dialogs.opened == ["RevealDialog: Show monitoring answers"]
    assert log_of(database, person) == before


def test_a_look_needs_a_name(
    qtbot: QtBot, database: Database, person: int, dialogs: Dialogs, modals: Modals
) -> None:
    def no_name(ask: RevealDialog) -> None:
        ask.nameEdit.clear()
        click(qtbot, ask.showButton)
        assert ask.isVisible()  # still asking

    dialogs.on(RevealDialog, no_name)
    before = log_of(database, person)
    dialog = open_dialog(qtbot, database, person)
    click(qtbot, dialog.showButton)
    assert [box.title for box in modals.boxes] == ["Your name is needed"]
    assert log_of(database, person) == before


# --- recording ----------------------------------------------------------------------------------
def test_recording_a_form_stores_exactly_the_chosen_answers(
    qtbot: QtBot, database: Database, dialogs: Dialogs
) -> None:
    amira = add_person(database)

    def fill(form: RecordFormDialog) -> None:
        f = form.f
        # "Not answered" first, then the answers, then "Prefer not to say".
        religion = f.combos["religion"]
        assert religion.itemText(0) == "Not answered"
        assert religion.itemText(religion.count() - 1) == "Prefer not to say"
        set_day(f.dateEdit, date(2025, 5, 3))
        choose(f.methodCombo, "In conversation")
        choose(f.combos["religion"], "Muslim")
        choose(f.combos["sex"], "Prefer not to say")
        write_in = f.write_ins["sexual_orientation"]
        assert not write_in.isEnabled()  # only beside "Other sexual orientation"
        choose(f.combos["sexual_orientation"], "Other sexual orientation (you can write it in)")
        assert write_in.isEnabled()
        write_in.setText("Pansexual")
        f.byEdit.setText("Priya Shah")
        click(qtbot, f.buttonBox.button(QDialogButtonBox.StandardButton.Save))

    dialogs.on(RecordFormDialog, fill)
    dialog = open_dialog(qtbot, database, amira)
    click(qtbot, dialog.recordButton)

    assert list_texts(dialog) == ["Form collected 3 May 2025, in conversation"]
    with database.reading() as session:
        stored = monitoring.latest_answers_for(session, [amira])
    assert stored == {
        amira: MonitoringAnswers(
            religion="muslim",
            sex=PREFER_NOT_TO_SAY,
            sexual_orientation="other",
            sexual_orientation_write_in="Pansexual",
        )
    }
    [entry] = log_of(database, amira)
    assert (entry.access, entry.by_whom, entry.via) == (
        MonitoringAccess.RECORDED,
        "Priya Shah",
        VIA_APP,
    )


def test_the_groups_own_question_is_on_the_form(
    qtbot: QtBot, database: Database, dialogs: Dialogs
) -> None:
    amira = add_person(database)
    with database.transaction() as session:
        monitoring.set_local_question(session, "Which part of town?", ["North", "South"])

    def fill(form: RecordFormDialog) -> None:
        assert form.f.localCombo is not None
        choose(form.f.localCombo, "South")
        click(qtbot, form.f.buttonBox.button(QDialogButtonBox.StandardButton.Save))

    dialogs.on(RecordFormDialog, fill)
    dialog = open_dialog(qtbot, database, amira)
    click(qtbot, dialog.recordButton)
    with database.reading() as session:
        assert monitoring.latest_answers_for(session, [amira])[amira].local_answer == "South"


# --- removing -----------------------------------------------------------------------------------
def test_removing_deletes_every_form_after_asking(
    qtbot: QtBot,
    database: Database,
    person: int,
    modals: Modals,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    questions: list[str] = []

    def yes(_parent: object, _title: str, text: str, _action: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(monitoring_dialogs, "confirm", yes)
    dialog = open_dialog(qtbot, database, person)
    click(qtbot, dialog.removeButton)
    assert questions == [
        "This deletes every monitoring form Amira has given. It cannot be undone. Remove them?"
    ]
    assert forms_of(database, person) == []
    assert list_texts(dialog) == ["No monitoring forms on record."]
    assert [box.text for box in modals.boxes] == [
        "2 forms were removed. Amira's answers no longer count anywhere."
    ]
    assert log_of(database, person)[0].access is MonitoringAccess.REMOVED


def test_not_confirming_the_removal_keeps_the_forms(
    qtbot: QtBot, database: Database, person: int, modals: Modals
) -> None:
    dialog = open_dialog(qtbot, database, person)
    click(qtbot, dialog.removeButton)  # the message box is closed without choosing
    assert [box.title for box in modals.boxes] == ["Remove monitoring answers"]
    assert len(forms_of(database, person)) == 2


# --- the access log -----------------------------------------------------------------------------
def test_the_access_log_shows_each_entry_without_answers(
    qtbot: QtBot, database: Database, person: int, dialogs: Dialogs
) -> None:
    with database.transaction() as session:
        monitoring.reveal_answers(session, person, "Priya Shah", VIA_APP)
    shown: list[list[list[str]]] = []
    texts: list[str] = []

    def read(log: AccessLogDialog) -> None:
        shown.append(table_rows(log.logTable))
        texts.extend(shown_texts(log))

    dialogs.on(AccessLogDialog, read)
    dialog = open_dialog(qtbot, database, person)
    click(qtbot, dialog.logButton)
    [rows] = shown
    assert [row[1:] for row in rows] == [
        ["Answers looked at", "Priya Shah", "the app"],
        ["Answers recorded", "Setup", "the app"],
        ["Answers recorded", "Setup", "the app"],
    ]
    newest = log_of(database, person)[0].happened_at.astimezone()
    assert rows[0][0] == f"{long_date(newest.date())}, {newest:%H:%M}"
    for answer in TELL_TALE:
        assert not any(answer in text for text in texts), answer


# --- accessibility ------------------------------------------------------------------------------
def _check_accessible(dialog: QWidget) -> None:
    assert _unnamed(dialog) == []
    missing = [
        f"{_describe(label)}: {label.text()!r}"
        for label in _labels_with_buddies(dialog)
        if not _mnemonic(label.text())
    ]
    assert missing == []
    assert _clashes(_texts(dialog)) == {}


def test_every_dialog_is_named_with_unique_mnemonics(
    qtbot: QtBot, database: Database, person: int, dialogs: Dialogs
) -> None:
    with database.transaction() as session:
        monitoring.set_local_question(session, "Which part of town?", [])
    checked: list[str] = []

    def check(dialog: QDialog) -> None:
        _check_accessible(dialog)
        checked.append(type(dialog).__name__)

    def confirm_look(ask: RevealDialog) -> None:
        check(ask)
        click(qtbot, ask.showButton)

    for kind in (AnswersDialog, AccessLogDialog, RecordFormDialog):
        dialogs.on(kind, check)
    dialogs.on(RevealDialog, confirm_look)
    dialog = open_dialog(qtbot, database, person)
    _check_accessible(dialog)
    for button in (dialog.showButton, dialog.logButton, dialog.recordButton):
        click(qtbot, button)
    assert checked == ["RevealDialog", "AnswersDialog", "AccessLogDialog", "RecordFormDialog"]


def test_the_keyboard_reaches_every_button(qtbot: QtBot, database: Database, person: int) -> None:
    dialog = open_dialog(qtbot, database, person)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.recordButton)
    visited: list[QWidget] = []
    for _ in range(12):
        focused = dialog.focusWidget()
        assert focused is not None
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)  # type: ignore[no-untyped-call]
    close = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    wanted = [
        dialog.formsList,
        dialog.recordButton,
        dialog.showButton,
        dialog.removeButton,
        dialog.logButton,
        close,
    ]
    assert all(widget in visited for widget in wanted), [_describe(w) for w in visited]


# --- the Person menu ----------------------------------------------------------------------------
def person_menu(window: MainWindow) -> QMenu:
    for action in window.menuBar().actions():
        if action.text() == "&Person":
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError("no Person menu")


def test_the_person_menu_opens_the_dialog_for_the_selected_person(
    window: MainWindow, people: People, dialogs: Dialogs
) -> None:
    menu = person_menu(window)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert "Diversity &monitoring…" in texts
    assert _clashes(texts) == {}
    [action] = [a for a in menu.actions() if a.text() == "Diversity &monitoring…"]

    page = window.participants_page
    page.form.table.clearSelection()
    menu.aboutToShow.emit()
    assert not action.isEnabled()  # no one selected

    opened: list[tuple[int, str]] = []

    def seen(dialog: MonitoringDialog) -> None:
        opened.append((dialog.participant_id, dialog.name))

    dialogs.on(MonitoringDialog, seen)
    assert page.select_id(people.zoe)
    menu.aboutToShow.emit()
    assert action.isEnabled()
    action.trigger()
    assert opened == [(people.zoe, "Zoë")]
