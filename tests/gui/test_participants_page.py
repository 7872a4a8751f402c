"""The register screen, driven with the keyboard and mouse: search, filters, sorting, buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.participant_dialog import ParticipantDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages.participants_page import ACCESS_OTHER, ParticipantsPage
from coprod_desktop.services.participant_types import SortKey, StatusFilter
from coprod_desktop.vocabulary import AccessNeed, Role
from tests.gui.conftest import Modals, People
from tests.gui.helpers import (
    CTRL,
    click,
    click_header,
    click_row,
    column_shown,
    names_shown,
    press,
    search_for,
)

# Everyone current (active or paused), sorted by name: Latin, then Arabic, then Chinese script.
CURRENT_BY_NAME = ["Amira (she/her)", "Sam 🌈", "Zoë", "فاطمة", "王芳"]


def _choose(qtbot: QtBot, page: ParticipantsPage, combo: QComboBox, data: object) -> None:
    """Pick an entry of a filter combo with the keyboard (Home, then Down until it is chosen)."""
    wanted = combo.findData(data)
    assert wanted >= 0, f"{data!r} is not offered"
    combo.setFocus()
    press(qtbot, combo, Qt.Key.Key_Home)
    for _ in range(wanted):
        press(qtbot, combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == wanted


# --- what is shown at first ---------------------------------------------------------------------
def test_register_lists_current_people_sorted_by_name(window: MainWindow, people: People) -> None:
    page = window.participants_page
    assert names_shown(page) == CURRENT_BY_NAME
    assert page.form.countLabel.text() == "Showing 5 of 6 people"
    assert not page.form.emptyLabel.isVisible()
    # Other columns show the stored values as typed and tidied.
    row = page.model.row_of(people.amira)
    assert row is not None
    assert page.model.index(row, 1).data() == "Amira Haddad"
    assert page.model.index(row, 2).data() == "Person with lived experience"
    assert page.model.index(row, 3).data() == "Active"
    assert page.model.index(row, 5).data() == "07700 900123"
    assert page.model.index(row, 6).data() == "M13 9PL"
    assert page.model.index(row, 7).data() == "Large print"
    zoe = page.model.row_of(people.zoe)
    assert zoe is not None
    assert page.model.index(zoe, 3).data() == "Paused"


def test_empty_register_says_how_to_add_the_first_person(window: MainWindow) -> None:
    page = window.participants_page
    assert page.model.rowCount() == 0
    assert page.form.emptyLabel.isVisible()
    assert page.form.emptyLabel.text() == (
        "No one is on the register yet. Choose New person (Ctrl+N) to add the first."
    )
    assert page.form.countLabel.text() == "No one yet"
    assert page.form.newButton.isEnabled()
    for button in (
        page.form.openButton,
        page.form.pauseButton,
        page.form.leaveButton,
        page.form.reactivateButton,
    ):
        assert not button.isEnabled(), button.objectName()


# --- searching ----------------------------------------------------------------------------------
def test_typing_narrows_the_register_and_clearing_restores_it(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    page = window.participants_page
    search_for(qtbot, page, "ami")
    assert page.model.rowCount() == 1
    assert names_shown(page) == ["Amira (she/her)"]
    assert page.model.id_at(0) == people.amira
    assert page.form.countLabel.text() == "Showing 1 of 6 people"

    # Backspace three times: every person current is back, in the same order.
    for _ in range(3):
        press(qtbot, page.form.searchEdit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: page.model.query.text == "")
    assert names_shown(page) == CURRENT_BY_NAME
    assert page.form.countLabel.text() == "Showing 5 of 6 people"


def test_escape_clears_the_search(qtbot: QtBot, window: MainWindow, people: People) -> None:
    page = window.participants_page
    search_for(qtbot, page, "zzzz")
    assert page.model.rowCount() == 0
    press(qtbot, page.form.searchEdit, Qt.Key.Key_Escape)
    assert page.form.searchEdit.text() == ""
    qtbot.waitUntil(lambda: page.model.query.text == "")
    assert names_shown(page) == CURRENT_BY_NAME


def test_search_finds_names_in_every_script(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    page = window.participants_page
    for typed, expected_id, expected_name in (
        ("فاطمة", people.fatima, "فاطمة"),
        ("王", people.wang, "王芳"),
        ("🌈", people.sam, "Sam 🌈"),
        ("zoe", people.zoe, "Zoë"),  # accents are optional when searching
        ("HADDAD", people.amira, "Amira (she/her)"),
    ):
        page.form.searchEdit.clear()
        search_for(qtbot, page, typed)
        assert names_shown(page) == [expected_name], typed
        assert page.model.id_at(0) == expected_id


def test_search_by_phone_and_postcode_as_people_type_them(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    page = window.participants_page
    for typed in ("07700 900123", "+44 7700 900123", "m139pl", "M13 9PL"):
        page.form.searchEdit.clear()
        search_for(qtbot, page, typed)
        assert [page.model.id_at(r) for r in range(page.model.rowCount())] == [people.amira], typed


def test_every_word_must_match(qtbot: QtBot, window: MainWindow, people: People) -> None:
    page = window.participants_page
    search_for(qtbot, page, "amira example")
    assert names_shown(page) == ["Amira (she/her)"]
    search_for(qtbot, page, " nobody")
    assert names_shown(page) == []


def test_no_match_explains_what_to_do(qtbot: QtBot, window: MainWindow, people: People) -> None:
    page = window.participants_page
    search_for(qtbot, page, "Oliver")  # he has left: hidden from the usual list
    assert page.model.rowCount() == 0
    assert page.form.emptyLabel.isVisible()
    text = page.form.emptyLabel.text()
    assert text.startswith("No one matches.")
    assert "Status: Left or Everyone" in text
    assert page.form.countLabel.text() == "Showing 0 of 6 people"


# --- filters ------------------------------------------------------------------------------------
def test_role_filter(qtbot: QtBot, window: MainWindow, people: People) -> None:
    page = window.participants_page
    _choose(qtbot, page, page.form.roleFilter, Role.CARER)
    assert page.model.query.role == Role.CARER
    assert names_shown(page) == ["Zoë", "فاطمة"]
    _choose(qtbot, page, page.form.roleFilter, Role.LIVED_EXPERIENCE)
    assert names_shown(page) == ["Amira (she/her)", "王芳"]
    _choose(qtbot, page, page.form.roleFilter, None)
    assert names_shown(page) == CURRENT_BY_NAME


def test_status_filter(qtbot: QtBot, window: MainWindow, people: People) -> None:
    page = window.participants_page
    combo = page.form.statusFilter
    _choose(qtbot, page, combo, StatusFilter.LEFT)
    assert names_shown(page) == ["Oliver"]
    assert column_shown(page, 3) == ["Left"]
    _choose(qtbot, page, combo, StatusFilter.PAUSED)
    assert names_shown(page) == ["Zoë"]
    _choose(qtbot, page, combo, StatusFilter.ACTIVE)
    assert names_shown(page) == ["Amira (she/her)", "Sam 🌈", "فاطمة", "王芳"]
    _choose(qtbot, page, combo, StatusFilter.ALL)
    assert names_shown(page) == ["Amira (she/her)", "Oliver", "Sam 🌈", "Zoë", "فاطمة", "王芳"]
    assert page.form.countLabel.text() == "Showing all 6 people"


def test_access_filter(qtbot: QtBot, window: MainWindow, people: People) -> None:
    page = window.participants_page
    _choose(qtbot, page, page.form.accessFilter, AccessNeed.BSL_INTERPRETER)
    assert names_shown(page) == ["فاطمة"]
    _choose(qtbot, page, page.form.accessFilter, ACCESS_OTHER)
    assert names_shown(page) == ["Sam 🌈"]
    assert column_shown(page, 7) == ["Breaks every hour"]
    _choose(qtbot, page, page.form.accessFilter, AccessNeed.QUIET_SPACE)
    assert names_shown(page) == []
    assert page.form.emptyLabel.text().startswith("No one matches.")


def test_filters_and_search_combine(qtbot: QtBot, window: MainWindow, people: People) -> None:
    page = window.participants_page
    _choose(qtbot, page, page.form.roleFilter, Role.CARER)
    search_for(qtbot, page, "brennan")
    assert names_shown(page) == ["Zoë"]
    assert page.form.countLabel.text() == "Showing 1 of 6 people"


def test_the_selected_person_stays_selected_while_filtering(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    page = window.participants_page
    click_row(qtbot, page, people.amira)
    _choose(qtbot, page, page.form.roleFilter, Role.LIVED_EXPERIENCE)  # one step down
    assert names_shown(page) == ["Amira (she/her)", "王芳"]
    assert page.selected_id() == people.amira
    assert page.form.pauseButton.isEnabled()


# --- sorting ------------------------------------------------------------------------------------
def test_clicking_the_sorted_header_sorts_descending(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    page = window.participants_page
    header = page.form.table.horizontalHeader()
    click_header(qtbot, page.form.table, 0)
    assert page.model.query.sort is SortKey.NAME
    assert page.model.query.descending
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert names_shown(page) == list(reversed(CURRENT_BY_NAME))
    click_header(qtbot, page.form.table, 0)
    assert not page.model.query.descending
    assert names_shown(page) == CURRENT_BY_NAME


def test_sorting_by_email(qtbot: QtBot, window: MainWindow, people: People) -> None:
    page = window.participants_page
    header = page.form.table.horizontalHeader()
    click_header(qtbot, page.form.table, 4)
    assert page.model.query.sort is SortKey.EMAIL
    ascending = [
        "amira@example.org",
        "fatima@example.org",
        "sam@example.org",
        "wang.fang@example.org",
        "zoe@example.org",
    ]
    # The first click on a new column sorts in the direction its arrow shows.
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.model.query.descending is descending
    assert column_shown(page, 4) == (list(reversed(ascending)) if descending else ascending)
    click_header(qtbot, page.form.table, 4)
    assert page.model.query.descending is not descending
    assert column_shown(page, 4) == (ascending if descending else list(reversed(ascending)))


def test_clicking_an_unsortable_header_keeps_the_arrow_on_the_real_sort(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    page = window.participants_page
    table = page.form.table
    header = table.horizontalHeader()
    click_header(qtbot, table, 0)  # name, descending
    click_header(qtbot, table, 2)  # roles: cannot be sorted
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.model.query.sort is SortKey.NAME and page.model.query.descending
    assert names_shown(page) == list(reversed(CURRENT_BY_NAME))
    # And the next click on Name still flips the real order.
    click_header(qtbot, table, 0)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert names_shown(page) == CURRENT_BY_NAME


# --- the selected person's buttons ---------------------------------------------------------------
def _enabled(page: ParticipantsPage) -> dict[str, bool]:
    form = page.form
    return {
        "open": form.openButton.isEnabled(),
        "pause": form.pauseButton.isEnabled(),
        "leave": form.leaveButton.isEnabled(),
        "reactivate": form.reactivateButton.isEnabled(),
    }


def test_buttons_follow_the_selected_persons_status(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    page = window.participants_page
    assert _enabled(page) == {"open": False, "pause": False, "leave": False, "reactivate": False}
    click_row(qtbot, page, people.amira)  # active
    assert _enabled(page) == {"open": True, "pause": True, "leave": True, "reactivate": False}
    click_row(qtbot, page, people.zoe)  # paused
    assert _enabled(page) == {"open": True, "pause": False, "leave": True, "reactivate": True}
    # When the selected person is filtered out, nothing is selected and nothing is offered.
    search_for(qtbot, page, "nobody at all")
    assert page.selected_id() is None
    assert _enabled(page) == {"open": False, "pause": False, "leave": False, "reactivate": False}


def test_buttons_for_someone_who_has_left(qtbot: QtBot, window: MainWindow, people: People) -> None:
    page = window.participants_page
    _choose(qtbot, page, page.form.statusFilter, StatusFilter.LEFT)
    click_row(qtbot, page, people.oliver)
    assert _enabled(page) == {"open": True, "pause": False, "leave": False, "reactivate": True}


def test_arrow_keys_move_the_selection_and_the_buttons_follow(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    page = window.participants_page
    click_row(qtbot, page, people.sam)  # row 1; Zoë (paused) is next
    press(qtbot, page.form.table, Qt.Key.Key_Down)
    assert page.selected_id() == people.zoe
    assert _enabled(page)["reactivate"] and not _enabled(page)["pause"]


# --- opening and finding --------------------------------------------------------------------------
def test_enter_on_the_table_opens_the_selected_person(
    qtbot: QtBot, window: MainWindow, people: People, modals: Modals
) -> None:
    page = window.participants_page
    modals.fill_in = lambda dialog: None  # look, then close
    click_row(qtbot, page, people.wang)
    with qtbot.waitSignal(
        page.open_requested, timeout=2000, check_params_cb=lambda i: i == people.wang
    ):
        press(qtbot, page.form.table, Qt.Key.Key_Return)
    assert [r.id if r else None for r in modals.opened] == [people.wang]
    opened = modals.opened[0]
    assert opened is not None and opened.data.preferred_name == "王芳"


def test_open_button_opens_the_selected_person(
    qtbot: QtBot, window: MainWindow, people: People, modals: Modals
) -> None:
    page = window.participants_page
    titles: list[str] = []

    def look(dialog: ParticipantDialog) -> None:
        titles.append(dialog.windowTitle())

    modals.fill_in = look
    click_row(qtbot, page, people.sam)
    with qtbot.waitSignal(page.open_requested, timeout=2000):
        click(qtbot, page.form.openButton)
    assert titles == ["Sam 🌈: details"]


def test_ctrl_f_focuses_the_search_and_selects_what_was_typed(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    page = window.participants_page
    search_for(qtbot, page, "sam")
    click_row(qtbot, page, people.sam)
    page.form.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.table)
    press(qtbot, page.form.table, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.searchEdit)
    assert page.form.searchEdit.selectedText() == "sam"
    # Typing now replaces the old search.
    search_for(qtbot, page, "zoe")
    assert page.form.searchEdit.text() == "zoe"
    assert names_shown(page) == ["Zoë"]


def test_ctrl_n_asks_for_a_new_person(
    qtbot: QtBot, window: MainWindow, people: People, modals: Modals
) -> None:
    titles: list[str] = []
    modals.fill_in = lambda dialog: titles.append(dialog.windowTitle())
    press(qtbot, window.participants_page.form.searchEdit, Qt.Key.Key_N, CTRL)
    assert titles == ["New person"]
    assert modals.opened == [None]
