"""The Sessions screen: a new session in its dialog, the attendance register (inviting, marking
with the keyboard, minutes), and working out payments. Each check reads back the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.register_dialogs import (
    InviteDialog,
    PaymentsPreviewDialog,
    RegisterDialog,
)
from coprod_desktop.gui.dialogs.session_dialog import SessionDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages.sessions_page import SessionsPage
from coprod_desktop.gui.table_setup import selected_rows
from coprod_desktop.services import payment_generation, sessions
from coprod_desktop.services.dates import long_date
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import (
    AttendanceStatus,
    PaymentBasis,
    PaymentKind,
    PaymentPreference,
    PaymentStatus,
    SessionKind,
)
from tests.gui.conftest import Dialogs, Modals, People
from tests.gui.helpers import click, press, tick, type_text
from tests.gui.payment_seed import (
    SESSION_DAY,
    add_project,
    add_session,
    mark,
    set_preference,
    stored_payments,
    stored_register,
    stored_sessions,
)
from tests.gui.screen_helpers import (
    button,
    choose,
    click_table_row,
    column_texts,
    error_shown,
    has_focus,
    retype,
    row_texts,
    save_with_keyboard,
    select_table_rows,
    sessions_screen,
    set_clock,
    set_day,
    status_message,
)

OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


# --- the session itself -------------------------------------------------------------------------
def test_a_new_online_session_is_saved_with_what_was_entered(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    project = add_project(database, "Youth panel")
    page = sessions_screen(window)
    assert page.form.newButton.isEnabled()
    assert page.form.messageLabel.text() == "No sessions yet. Choose New session to add one."

    def fill(dialog: SessionDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "New session"
        assert f.projectCombo.currentText() == "Youth panel"
        assert has_focus(dialog, f.titleEdit)
        type_text(qtbot, f.titleEdit, "Planning workshop")
        choose(f.kindCombo, SessionKind.WORKSHOP.label)
        set_day(f.dateEdit, date(2025, 11, 4))
        set_clock(f.startEdit, time(13, 30))
        set_clock(f.endEdit, time(15, 0))
        tick(qtbot, f.onlineCheck)
        choose(f.basisCombo, PaymentBasis.HALF_DAY.label)
        retype(qtbot, f.prepSpin, "30")
        assert f.prepSpin.value() == 30
        save_with_keyboard(qtbot, dialog, f.prepSpin)
        assert not dialog.isVisible()

    dialogs.on(SessionDialog, fill)
    click(qtbot, page.form.newButton)

    [stored] = stored_sessions(database)
    data = stored.data
    assert data.project_id == project
    assert data.title == "Planning workshop"
    assert data.kind is SessionKind.WORKSHOP
    assert data.date == date(2025, 11, 4)
    assert (data.start_time, data.end_time) == (time(13, 30), time(15, 0))
    assert data.online and data.place == ""
    assert data.payment_basis is PaymentBasis.HALF_DAY
    assert data.prep_minutes == 30
    assert page.selected_id() == stored.id
    shown = row_texts(page.form.table, 0)
    assert shown["Date"] == "Tue 04 Nov 2025"
    assert shown["Time"] == "13:30–15:00"
    assert shown["Where"] == "Online"
    assert status_message(window) == "Session saved."


def test_a_session_at_a_place_is_saved(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    add_project(database, "Youth panel")
    page = sessions_screen(window)

    def fill(dialog: SessionDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.titleEdit, "Café tasting")
        type_text(qtbot, f.placeEdit, "Community centre")
        save_with_keyboard(qtbot, dialog, f.placeEdit)

    dialogs.on(SessionDialog, fill)
    click(qtbot, page.form.newButton)
    [stored] = stored_sessions(database)
    assert stored.data.place == "Community centre"
    assert not stored.data.online
    # The dialog's defaults: a meeting today from 10:00 to 12:00, paid by the hour.
    assert stored.data.kind is SessionKind.MEETING
    assert stored.data.date == date.today()
    assert (stored.data.start_time, stored.data.end_time) == (time(10, 0), time(12, 0))
    assert stored.data.payment_basis is PaymentBasis.HOURLY
    assert row_texts(page.form.table, 0)["Where"] == "Community centre"


def test_an_end_before_the_start_and_no_place_are_refused(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    add_project(database, "Youth panel")
    page = sessions_screen(window)
    seen: dict[str, str] = {}

    def fill(dialog: SessionDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.titleEdit, "Planning workshop")
        set_clock(f.startEdit, time(14, 0))
        set_clock(f.endEdit, time(13, 0))
        save_with_keyboard(qtbot, dialog, f.endEdit)
        assert dialog.isVisible()
        for field in ("end_time", "place"):
            seen[field] = error_shown(dialog, field).text()
        assert "2 things" in f.errorSummary.text()

    dialogs.on(SessionDialog, fill)
    click(qtbot, page.form.newButton)
    assert seen == {
        "end_time": "⚠ End time (13:00) is not after the start time (14:00). Sessions run "
        "within one day.",
        "place": "⚠ Place is empty. Enter where it happens, or tick Online.",
    }
    assert stored_sessions(database) == []


def test_new_session_waits_for_a_project(window: MainWindow) -> None:
    page = sessions_screen(window)
    assert not page.form.newButton.isEnabled()
    assert page.form.messageLabel.text() == (
        "Add a project first (in Projects); sessions belong to one."
    )


def test_new_times_carry_over_to_the_register_and_the_status_bar_says_so(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    session_id = add_session(database, add_project(database, "Youth panel"))  # 10:00 to 11:30
    mark(database, session_id, AttendanceStatus.ATTENDED, people.amira, people.fatima)
    with database.transaction() as session:
        sessions.set_attendance(
            session, session_id, people.fatima, AttendanceStatus.ATTENDED, session_minutes=60
        )
    page = sessions_screen(window)
    click_table_row(qtbot, page.form.table, 0)

    def later_end(dialog: SessionDialog) -> None:
        set_clock(dialog.form.endEdit, time(13, 0))
        save_with_keyboard(qtbot, dialog, dialog.form.endEdit)
        assert not dialog.isVisible()

    dialogs.on(SessionDialog, later_end)
    click(qtbot, page.form.openButton)
    assert status_message(window) == (
        "Session saved. Updated the time of 1 person on the register."
    )
    register = stored_register(database, session_id)
    assert register[people.amira].session_minutes == 180  # had the whole session
    assert register[people.fatima].session_minutes == 60  # her own time is kept


def test_a_session_with_payments_keeps_its_date(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    session_id = add_session(database, add_project(database, "Youth panel"))
    mark(database, session_id, AttendanceStatus.ATTENDED, people.amira)
    with database.transaction() as session:
        payment_generation.create_session_payments(session, session_id)
    page = sessions_screen(window)
    click_table_row(qtbot, page.form.table, 0)
    seen: list[str] = []

    def move(dialog: SessionDialog) -> None:
        set_day(dialog.form.dateEdit, SESSION_DAY + timedelta(days=1))
        save_with_keyboard(qtbot, dialog, dialog.form.dateEdit)
        assert dialog.isVisible()  # nothing saved: the reason is beside the date
        seen.append(error_shown(dialog, "date").text())

    dialogs.on(SessionDialog, move)
    click(qtbot, page.form.openButton)
    assert seen == [
        f"⚠ Date cannot be changed while this session has 1 payment: it is dated "
        f"{long_date(SESSION_DAY)}, the session's date now. Cancel it first (if paid: reverse "
        "it, and mark the reversal paid once the money is settled), then change the date."
    ]
    [stored] = stored_sessions(database)
    assert stored.data.date == SESSION_DAY


# --- the register -------------------------------------------------------------------------------
def _open_register(
    qtbot: QtBot,
    page: SessionsPage,
    dialogs: Dialogs,
    handle: Callable[[RegisterDialog], None],
    row: int = 0,
) -> None:
    """Open the register of the session on ``row``, handled by ``handle``."""
    dialogs.on(RegisterDialog, handle)
    click_table_row(qtbot, page.form.table, row)
    click(qtbot, page.form.registerButton)


def _row_of(dialog: RegisterDialog, participant_id: int) -> int:
    found = dialog.model.row_where(lambda line: line.participant_id == participant_id)
    assert found is not None, f"person {participant_id} is not on the register"
    return int(found)


def _visible(dialog: InviteDialog) -> list[QListWidgetItem]:
    people = dialog.form.peopleList
    return [people.item(i) for i in range(people.count()) if not people.item(i).isHidden()]


def test_inviting_people_and_marking_them_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    session_id = add_session(database, add_project(database))
    page = sessions_screen(window)
    marked: list[dict[int, AttendanceStatus]] = []

    def invite(dialog: InviteDialog) -> None:
        f = dialog.form
        everyone = [item.text() for item in _visible(dialog)]
        # Everyone current (active or paused); Oliver has left, so is not offered.
        assert sorted(everyone) == sorted(["Amira", "فاطمة", "王芳", "Sam 🌈", "Zoë"])
        assert f.chosenLabel.text() == "0 people ticked"
        # Found by any part of their name, email or postcode.
        for search, name in (
            ("amira", "Amira"),
            ("fatima@", "فاطمة"),
            ("wang", "王芳"),
            ("taylor", "Sam 🌈"),
            ("brennan", "Zoë"),
        ):
            retype(qtbot, f.searchEdit, search)
            shown = _visible(dialog)
            assert [item.text() for item in shown] == [name], search
            f.peopleList.setFocus()
            f.peopleList.setCurrentItem(shown[0])
            press(qtbot, f.peopleList, Qt.Key.Key_Space)
            assert shown[0].checkState() == Qt.CheckState.Checked
        assert f.chosenLabel.text() == "5 people ticked"
        click(qtbot, button(dialog, OK))

    def register(dialog: RegisterDialog) -> None:
        f = dialog.form
        assert dialog.model.rowCount() == 0
        dialogs.on(InviteDialog, invite)
        click(qtbot, f.inviteButton)
        assert dialog.model.rowCount() == 5
        assert f.helpLabel.text().startswith("5 on the register, 0 attended.")
        table = f.table
        table.setFocus()
        select_table_rows(
            table, [_row_of(dialog, p) for p in (people.amira, people.fatima, people.wang)]
        )
        press(qtbot, table, Qt.Key.Key_A)
        # The people just marked stay selected.
        still = [dialog.model.record_at(row).participant_id for row in selected_rows(table)]
        assert sorted(still) == sorted([people.amira, people.fatima, people.wang])
        select_table_rows(table, [_row_of(dialog, people.sam)])
        press(qtbot, table, Qt.Key.Key_D)
        marked.append({p: line.status for p, line in stored_register(database, session_id).items()})
        press(qtbot, table, Qt.Key.Key_I)
        marked.append({p: line.status for p, line in stored_register(database, session_id).items()})
        press(qtbot, table, Qt.Key.Key_P)
        select_table_rows(table, [_row_of(dialog, people.zoe)])
        press(qtbot, table, Qt.Key.Key_D)
        assert f.helpLabel.text().startswith("5 on the register, 3 attended.")
        shown = {
            line.name: str(dialog.model.index(row, 4).data())
            for row, line in enumerate(dialog.model.records)
        }
        # Only people who came have time to pay.
        assert shown == {
            "Amira": "1:30",
            "فاطمة": "1:30",
            "王芳": "1:30",
            "Sam 🌈": "none",
            "Zoë": "none",
        }

    _open_register(qtbot, page, dialogs, register)

    assert [d.split(":")[0] for d in dialogs.opened] == ["RegisterDialog", "InviteDialog"]
    assert marked[0][people.sam] is AttendanceStatus.DID_NOT_ATTEND
    assert marked[1][people.sam] is AttendanceStatus.INVITED
    stored = stored_register(database, session_id)
    assert {p: line.status for p, line in stored.items()} == {
        people.amira: AttendanceStatus.ATTENDED,
        people.fatima: AttendanceStatus.ATTENDED,
        people.wang: AttendanceStatus.ATTENDED,
        people.sam: AttendanceStatus.APOLOGIES,
        people.zoe: AttendanceStatus.DID_NOT_ATTEND,
    }
    # Each starts with the whole session (10:00 to 11:30) and no preparation.
    assert {(line.session_minutes, line.prep_minutes) for line in stored.values()} == {(90, 0)}
    # The sessions table counts them once the register is closed.
    counts = row_texts(page.form.table, 0)
    assert (counts["On register"], counts["Attended"]) == ("5", "3")


def test_changing_one_persons_minutes_is_saved(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    session_id = add_session(database, add_project(database))
    mark(database, session_id, AttendanceStatus.ATTENDED, people.amira, people.wang)
    page = sessions_screen(window)

    def register(dialog: RegisterDialog) -> None:
        f = dialog.form
        click_table_row(qtbot, f.table, _row_of(dialog, people.amira))
        assert f.minutesSpin.isEnabled()
        assert f.minutesSpin.value() == 90
        retype(qtbot, f.minutesSpin, "120")
        press(qtbot, f.minutesSpin, Qt.Key.Key_Tab)
        assert has_focus(dialog, f.prepSpin)
        retype(qtbot, f.prepSpin, "15")
        press(qtbot, f.prepSpin, Qt.Key.Key_Tab)
        row = _row_of(dialog, people.amira)
        assert str(dialog.model.index(row, 4).data()) == "2:15"
        # With two people selected there is no one person's time to change.
        select_table_rows(f.table, [0, 1])
        assert not f.minutesSpin.isEnabled()

    _open_register(qtbot, page, dialogs, register)
    stored = stored_register(database, session_id)
    assert (stored[people.amira].session_minutes, stored[people.amira].prep_minutes) == (120, 15)
    assert stored[people.amira].status is AttendanceStatus.ATTENDED
    assert (stored[people.wang].session_minutes, stored[people.wang].prep_minutes) == (90, 0)


def test_enter_in_the_minutes_box_saves_the_minutes_and_opens_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    """Typing a number and pressing Enter is how people finish a number; it must not open
    the invite dialog (Invite people… is the dialog's first button, so Qt makes it the
    default one)."""
    session_id = add_session(database, add_project(database))
    mark(database, session_id, AttendanceStatus.ATTENDED, people.amira)
    page = sessions_screen(window)

    def register(dialog: RegisterDialog) -> None:
        f = dialog.form
        click_table_row(qtbot, f.table, 0)
        retype(qtbot, f.minutesSpin, "60")
        press(qtbot, f.minutesSpin, Qt.Key.Key_Return)

    # Any dialog the Enter key opens is recorded, and closed at once.
    dialogs.on(InviteDialog, lambda dialog: None)
    _open_register(qtbot, page, dialogs, register)
    assert stored_register(database, session_id)[people.amira].session_minutes == 60
    assert [d.split(":")[0] for d in dialogs.opened] == ["RegisterDialog"]


@pytest.fixture
def confirmed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer the Sessions screen's "are you sure?" questions with yes; record the questions."""
    asked: list[str] = []

    def confirm(_parent: QWidget | None, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr("coprod_desktop.gui.pages.sessions_page.confirm", confirm)
    return asked


def test_someone_with_a_payment_cannot_be_taken_off_the_register(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    modals: Modals,
    confirmed: list[str],
) -> None:
    session_id = add_session(database, add_project(database))
    mark(database, session_id, AttendanceStatus.ATTENDED, people.amira)
    mark(database, session_id, AttendanceStatus.INVITED, people.sam)
    with database.transaction() as session:
        payment_generation.create_session_payments(session, session_id)
    page = sessions_screen(window)

    def register(dialog: RegisterDialog) -> None:
        f = dialog.form
        click_table_row(qtbot, f.table, _row_of(dialog, people.amira))
        click(qtbot, f.removeButton)
        assert dialog.model.row_where(lambda line: line.participant_id == people.amira) is not None
        # Someone without a payment can be taken off.
        click_table_row(qtbot, f.table, _row_of(dialog, people.sam))
        click(qtbot, f.removeButton)
        assert dialog.model.rowCount() == 1

    _open_register(qtbot, page, dialogs, register)

    assert confirmed[0].startswith("Take 1 person off this session's register?")
    assert [box.title for box in modals.boxes] == ["Could not change the register"]
    assert modals.boxes[0].text.startswith("They have payments for this session, so they stay")
    assert list(stored_register(database, session_id)) == [people.amira]


# --- working out payments -----------------------------------------------------------------------
@pytest.fixture
def attended_session(database: Database, people: People) -> int:
    """A 90-minute session that Amira (bank transfer), Fatima (declines payment) and Wang
    (vouchers) attended; Sam gave apologies."""
    set_preference(database, people.amira, PaymentPreference.BANK_TRANSFER)
    set_preference(database, people.fatima, PaymentPreference.DECLINES)
    set_preference(database, people.wang, PaymentPreference.VOUCHER)
    session_id = add_session(database, add_project(database, "Youth panel"))
    mark(database, session_id, AttendanceStatus.ATTENDED, people.amira, people.fatima, people.wang)
    mark(database, session_id, AttendanceStatus.APOLOGIES, people.sam)
    return session_id


def _preview_rows(dialog: PaymentsPreviewDialog) -> dict[str, tuple[str, str, str]]:
    model = dialog.form.table.model()
    return {
        str(model.index(row, 0).data()): (
            str(model.index(row, 1).data()),
            str(model.index(row, 2).data()),
            str(model.index(row, 3).data()),
        )
        for row in range(model.rowCount())
    }


def test_working_out_payments_previews_then_creates_drafts(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    attended_session: int,
) -> None:
    page = sessions_screen(window)
    previews: list[dict[str, tuple[str, str, str]]] = []
    totals: list[str] = []

    def create(dialog: PaymentsPreviewDialog) -> None:
        previews.append(_preview_rows(dialog))
        totals.append(dialog.form.totalLabel.text())
        assert "Nothing is saved until you choose Create payments" in (
            dialog.form.summaryLabel.text()
        )
        # Nothing is saved while the preview is showing.
        assert stored_payments(database) == []
        ok = button(dialog, OK)
        assert ok.text() == "Create payments"
        assert ok.isEnabled()
        click(qtbot, ok)

    dialogs.on(PaymentsPreviewDialog, create)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.paymentsButton)

    hourly = "1 h 30 min at £25.00 an hour (£37.50)"
    assert previews == [
        {
            "Amira": ("Fee for time", "£37.50", hourly),
            "فاطمة": (
                "Thank-you (no money)",
                "£0.00",
                "declines payment: a thank-you is recorded instead",
            ),
            "王芳": ("Voucher", "£37.50", f"voucher for {hourly}"),
        }
    ]
    assert totals == ["3 payments to create, £75.00 in all."]
    created = stored_payments(database)
    assert {(p.participant_id, p.kind, p.amount_pence) for p in created} == {
        (people.amira, PaymentKind.FEE, 3750),
        (people.fatima, PaymentKind.RECOGNITION, 0),
        (people.wang, PaymentKind.VOUCHER, 3750),
    }
    for payment in created:
        assert payment.status is PaymentStatus.DRAFT
        assert payment.session_id == attended_session
        assert payment.incurred_on == SESSION_DAY
        assert payment.project_name == "Youth panel"
        assert payment.minutes == 90
    assert status_message(window) == (
        "Created 3 draft payments (£75.00). Approve them in Payments."
    )


def test_working_out_payments_again_creates_nothing_new(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    dialogs: Dialogs,
    attended_session: int,
) -> None:
    with database.transaction() as session:
        payment_generation.create_session_payments(session, attended_session)
    before = stored_payments(database)
    page = sessions_screen(window)
    seen: list[tuple[bool, str, list[str]]] = []

    def again(dialog: PaymentsPreviewDialog) -> None:
        ok = button(dialog, OK)
        seen.append(
            (
                ok.isEnabled(),
                dialog.form.totalLabel.text(),
                [how for _kind, _amount, how in _preview_rows(dialog).values()],
            )
        )
        click(qtbot, ok)  # disabled: does nothing
        click(qtbot, button(dialog, CANCEL))

    dialogs.on(PaymentsPreviewDialog, again)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.paymentsButton)

    [(enabled, total, hows)] = seen
    assert not enabled
    assert total == "Nothing to create: no one has attended, or everyone already has a payment."
    assert all(how.endswith("(skipped: already has a payment for this session)") for how in hows)
    assert len(hows) == 3
    assert stored_payments(database) == before


def test_sessions_filter_by_project(window: MainWindow, database: Database) -> None:
    youth = add_project(database, "Youth panel", start=date(2025, 9, 1))
    cafe = add_project(database, "Carers' café", start=date(2025, 4, 1))
    add_session(database, youth, title="Youth planning")
    add_session(database, cafe, title="Café tasting")
    page = sessions_screen(window)
    assert sorted(column_texts(page.form.table, "Session")) == ["Café tasting", "Youth planning"]
    choose(page.form.projectFilter, "Youth panel")
    assert column_texts(page.form.table, "Session") == ["Youth planning"]
    assert page.project_filter() == youth
    choose(page.form.projectFilter, "All projects")
    assert page.form.countLabel.text() == "2 sessions"
