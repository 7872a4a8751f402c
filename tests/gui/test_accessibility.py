"""Screen readers and keyboard users: names for everything focusable, mnemonics, tab order."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.participant_dialog import ParticipantDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.services.participant_types import ParticipantData, ParticipantRecord
from coprod_desktop.storage.database import Database
from tests.gui.conftest import People
from tests.gui.helpers import press, saving_to, show_active, stored

_MNEMONIC = re.compile(r"&([^&\s])")


def _inside_composite(widget: QWidget, top: QWidget) -> bool:
    """Parts Qt builds inside a combo box or date edit (its popup list, its line edit).

    A screen reader reaches those through the combo box or date edit itself, which is named.
    """
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def _focusable(top: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in [top, *top.findChildren(QWidget)]
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not _inside_composite(widget, top)
    ]


def _accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).strip()


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


def _mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text)
    return found.group(1).casefold() if found else None


def _unnamed(top: QWidget) -> list[str]:
    return [_describe(w) for w in _focusable(top) if not _accessible_name(w)]


@pytest.fixture
def new_dialog(qtbot: QtBot, database: Database) -> ParticipantDialog:
    dialog = ParticipantDialog(saving_to(database))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def _record(database: Database) -> ParticipantRecord:
    return saving_to(database)(ParticipantData(preferred_name="Amira"), None)


# --- names --------------------------------------------------------------------------------------
def test_every_focusable_widget_in_the_main_window_has_a_name(
    window: MainWindow, people: People
) -> None:
    focusable = _focusable(window)
    # The check must really look at the register's controls, not an empty list.
    names = {w.objectName() for w in focusable}
    assert {"searchEdit", "roleFilter", "table", "newButton", "leaveButton"} <= names
    assert _unnamed(window) == []


def test_every_focusable_widget_in_the_detail_form_has_a_name(
    qtbot: QtBot, new_dialog: ParticipantDialog, database: Database
) -> None:
    focusable = _focusable(new_dialog)
    assert len(focusable) > 30
    assert _unnamed(new_dialog) == []
    # An existing record and a form showing problems, too.
    existing = ParticipantDialog(saving_to(database), _record(database))
    qtbot.addWidget(existing)
    existing.form.preferredNameEdit.clear()
    existing.form.emailEdit.setText("not an email")
    existing.save()
    assert existing.form.errorSummary.isVisibleTo(existing)
    assert _unnamed(existing) == []


def test_names_say_what_a_field_is_for(new_dialog: ParticipantDialog, window: MainWindow) -> None:
    form = new_dialog.form
    assert _accessible_name(form.preferredNameEdit) == "Name they want us to use (required)"
    assert _accessible_name(form.roleCarer) == "Carer or family member"
    save = form.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert _accessible_name(save) == "Save"
    page = window.participants_page
    assert _accessible_name(page.form.searchEdit) == "Search the register"
    assert _accessible_name(page.form.table) == "People on the register"


def test_problems_are_read_out_with_their_field(
    new_dialog: ParticipantDialog, qtbot: QtBot
) -> None:
    press(
        qtbot, new_dialog.form.preferredNameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    edit = new_dialog.form.preferredNameEdit
    interface = QAccessible.queryAccessibleInterface(edit)
    assert interface is not None
    description = interface.text(QAccessible.Text.Description) or edit.accessibleDescription()
    assert description.startswith("Name they want us to use is empty.")
    label = new_dialog.findChild(QLabel, "preferred_nameError")
    assert isinstance(label, QLabel)
    # Read out as its own text (the message), with the field named in its description.
    assert _accessible_name(label).startswith("⚠ Name they want us to use is empty.")
    assert label.accessibleDescription() == "Problem with name they want us to use"


# --- mnemonics ----------------------------------------------------------------------------------
def _labels_with_buddies(top: QWidget) -> list[QLabel]:
    return [label for label in top.findChildren(QLabel) if label.buddy() is not None]


def test_every_label_with_a_buddy_has_a_mnemonic(
    new_dialog: ParticipantDialog, window: MainWindow
) -> None:
    for top in (new_dialog, window):
        labels = _labels_with_buddies(top)
        assert len(labels) >= 4
        missing = [
            f"{_describe(label)}: {label.text()!r}"
            for label in labels
            if not _mnemonic(label.text())
        ]
        assert missing == []


def _mnemonics(texts: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for text in texts:
        key = _mnemonic(text)
        if key is not None:
            found.setdefault(key, []).append(text)
    return found


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    return {key: used for key, used in _mnemonics(texts).items() if len(used) > 1}


def test_mnemonics_in_the_detail_form_are_unique(new_dialog: ParticipantDialog) -> None:
    texts = [label.text() for label in new_dialog.findChildren(QLabel)]
    texts += [button.text() for button in new_dialog.findChildren(QAbstractButton)]
    texts += [box.title() for box in new_dialog.findChildren(QGroupBox) if box.isCheckable()]
    assert len(_mnemonics(texts)) >= 12
    assert _clashes(texts) == {}


def test_mnemonics_in_the_main_window_are_unique(window: MainWindow) -> None:
    """Alt+letter must do one thing: a clash makes Qt only move the focus between the two."""
    page = window.participants_page
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [label.text() for label in page.findChildren(QLabel)]
    texts += [button.text() for button in page.findChildren(QAbstractButton) if button.text()]
    assert len(_mnemonics(texts)) >= 10
    assert _clashes(texts) == {}


# --- the keyboard -------------------------------------------------------------------------------
def _tab_through(qtbot: QtBot, top: QWidget, stop: QWidget, limit: int = 80) -> list[QWidget]:
    visited: list[QWidget] = []
    for _ in range(limit):
        focused = top.focusWidget()
        assert focused is not None
        visited.append(focused)
        if focused is stop:
            break
        press(qtbot, focused, Qt.Key.Key_Tab)
    return visited


def test_the_detail_forms_tab_order_starts_at_the_name_and_reaches_save(
    qtbot: QtBot, new_dialog: ParticipantDialog
) -> None:
    form = new_dialog.form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.preferredNameEdit)
    save = form.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    visited = _tab_through(qtbot, new_dialog, save)
    assert visited[0] is form.preferredNameEdit
    assert visited[-1] is save, [_describe(w) for w in visited]
    order = [
        form.preferredNameEdit,
        form.fullNameEdit,
        form.pronounsEdit,
        form.roleLivedExperience,
        form.emailEdit,
        form.phoneEdit,
        form.addressEdit,
        form.postcodeEdit,
        form.preferredContactCombo,
        form.accessLargePrint,
        form.accessOtherEdit,
        form.consentGroup,
        form.paymentCombo,
        form.notesEdit,
        save,
    ]
    positions = [visited.index(widget) for widget in order]
    assert positions == sorted(positions)
    # Nothing is visited that cannot be used: disabled fields are skipped.
    assert form.roleOtherEdit not in visited
    assert form.consentMethodCombo not in visited
    assert all(widget.isEnabled() for widget in visited)


def test_multi_line_fields_let_tab_move_on(new_dialog: ParticipantDialog, qtbot: QtBot) -> None:
    edits = new_dialog.findChildren(QPlainTextEdit) + new_dialog.findChildren(QTextEdit)
    assert {e.objectName() for e in edits} >= {"addressEdit", "accessOtherEdit", "notesEdit"}
    for edit in edits:
        assert edit.tabChangesFocus(), edit.objectName()
    notes = new_dialog.form.notesEdit
    notes.setFocus()
    press(qtbot, notes, Qt.Key.Key_Tab)
    assert notes.toPlainText() == ""
    assert new_dialog.focusWidget() is not notes


def test_the_register_tab_order(qtbot: QtBot, window: MainWindow, people: People) -> None:
    form = window.participants_page.form
    form.searchEdit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.searchEdit)
    visited = _tab_through(qtbot, window, form.newButton)
    order = [
        form.searchEdit,
        form.roleFilter,
        form.statusFilter,
        form.accessFilter,
        form.table,
        form.newButton,
    ]
    assert [w for w in visited if w in order] == order


def test_focus_starts_in_the_search_box(window: MainWindow) -> None:
    assert window.focusWidget() is window.participants_page.form.searchEdit


def test_a_new_forms_focus_starts_at_the_name(new_dialog: ParticipantDialog) -> None:
    assert new_dialog.focusWidget() is new_dialog.form.preferredNameEdit


def test_an_existing_forms_focus_starts_at_the_name(qtbot: QtBot, database: Database) -> None:
    record = _record(database)
    dialog = ParticipantDialog(saving_to(database), stored(database, record.id))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.focusWidget() is dialog.form.preferredNameEdit


def test_the_window_has_its_icon(window: MainWindow) -> None:
    assert not window.windowIcon().isNull()


def test_changing_messages_are_read_out_as_their_text(
    qtbot: QtBot, window: MainWindow, people: object
) -> None:
    """A label whose text changes must not hide it behind a fixed accessible name."""
    page = window.participants_page
    for label in (page.form.countLabel, page.form.emptyLabel, window.location_label):
        assert label.accessibleName() == ""
    interface = QAccessible.queryAccessibleInterface(page.form.countLabel)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name).startswith("Showing ")


def _ring_pixels(widget: QWidget) -> int:
    from coprod_desktop.gui.style import FOCUS_COLOUR

    image = widget.grab().toImage()
    target = FOCUS_COLOUR
    count = 0
    for x in range(image.width()):
        for y in (0, 1, 2, image.height() - 3, image.height() - 2, image.height() - 1):
            colour = image.pixelColor(x, y)
            if (
                abs(colour.red() - target.red()) < 40
                and abs(colour.green() - target.green()) < 40
                and abs(colour.blue() - target.blue()) < 40
            ):
                count += 1
    return count


@pytest.mark.parametrize("name", ["newButton", "searchEdit", "roleFilter"])
def test_keyboard_focus_is_drawn_as_a_strong_ring(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    from coprod_desktop.gui.style import AccessibleStyle

    assert isinstance(QApplication.style(), AccessibleStyle)
    form = window.participants_page.form
    widget = getattr(form, name)
    assert isinstance(widget, QWidget)
    form.table.setFocus()
    qtbot.waitUntil(form.table.hasFocus)
    unfocused = _ring_pixels(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    # Two pixels of dark blue along the top and bottom edges: at least one full edge's worth.
    assert _ring_pixels(widget) >= widget.width() + unfocused
