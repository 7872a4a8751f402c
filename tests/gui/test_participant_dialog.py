"""The detail form, typed into and saved with the keyboard, checked against the database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.participant_dialog import ParticipantDialog, SaveFunction
from coprod_desktop.services.participant_types import ParticipantData, ParticipantRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.problems import locked
from coprod_desktop.vocabulary import AccessNeed, ConsentMethod, ContactMethod, Role
from tests.gui.conftest import Modals
from tests.gui.helpers import (
    CTRL,
    click,
    count_stored,
    press,
    saving_to,
    show_active,
    stored,
    tick,
    type_text,
)


def _dialog(
    qtbot: QtBot, save: SaveFunction, record: ParticipantRecord | None = None
) -> ParticipantDialog:
    dialog = ParticipantDialog(save, record)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def _press_ctrl_s(qtbot: QtBot, dialog: ParticipantDialog) -> None:
    focused = dialog.focusWidget() or dialog
    press(qtbot, focused, Qt.Key.Key_S, CTRL)


def _choose(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    wanted = combo.findData(data)
    assert wanted >= 0, f"{data!r} is not offered"
    press(qtbot, combo, Qt.Key.Key_Home)
    for _ in range(wanted):
        press(qtbot, combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == wanted


def _error_label(dialog: ParticipantDialog, field: str) -> QLabel:
    label = dialog.findChild(QLabel, f"{field}Error")
    assert isinstance(label, QLabel), f"no error label for {field}"
    return label


def _add(database: Database, data: ParticipantData) -> ParticipantRecord:
    return saving_to(database)(data, None)


# --- adding someone -----------------------------------------------------------------------------
def test_new_person_is_saved_with_tidied_values(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    form = dialog.form
    assert dialog.windowTitle() == "New person"
    type_text(qtbot, form.preferredNameEdit, "  Priya  ")
    type_text(qtbot, form.fullNameEdit, "Priya   Patel")
    type_text(qtbot, form.pronounsEdit, "she/her")
    tick(qtbot, form.roleCarer)
    form.roleStaff.setFocus()
    press(qtbot, form.roleStaff, Qt.Key.Key_Space)
    type_text(qtbot, form.emailEdit, "Priya@EXAMPLE.org")
    type_text(qtbot, form.phoneEdit, "07700900456")
    type_text(qtbot, form.postcodeEdit, "sw1a1aa")
    tick(qtbot, form.accessEasyRead)
    type_text(qtbot, form.notesEdit, "Prefers mornings")

    _press_ctrl_s(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.saved is not None
    assert count_stored(database) == 1
    record = stored(database, dialog.saved.id)
    assert record.data.preferred_name == "Priya"
    assert record.data.full_name == "Priya Patel"
    assert record.data.pronouns == "she/her"
    assert record.data.email == "Priya@example.org"
    assert record.data.phone == "07700 900456"
    assert record.data.postcode == "SW1A 1AA"
    assert record.data.roles == {Role.CARER, Role.STAFF}
    assert record.data.access_needs == {AccessNeed.EASY_READ}
    assert record.data.notes == "Prefers mornings"
    assert record.data.consent_date is None
    assert record == dialog.saved


def test_names_in_other_scripts_and_emoji_are_saved_exactly(
    qtbot: QtBot, database: Database
) -> None:
    for name in ("فاطمة الزهراء", "王芳", "Sam 🌈✨", "Zoë Ní Bhriain"):
        dialog = _dialog(qtbot, saving_to(database))
        type_text(qtbot, dialog.form.preferredNameEdit, name)
        click(qtbot, dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save))
        assert dialog.saved is not None, name
        assert stored(database, dialog.saved.id).data.preferred_name == name
    assert count_stored(database) == 4


def test_other_role_is_described_in_its_own_field(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    form = dialog.form
    assert not form.roleOtherEdit.isEnabled()
    type_text(qtbot, form.preferredNameEdit, "Kwame")
    tick(qtbot, form.roleOther)
    assert form.roleOtherEdit.isEnabled()
    type_text(qtbot, form.roleOtherEdit, "Peer researcher")
    _press_ctrl_s(qtbot, dialog)
    assert dialog.saved is not None
    data = stored(database, dialog.saved.id).data
    assert data.roles == {Role.OTHER}
    assert data.role_other == "Peer researcher"


# --- problems are shown beside their fields -----------------------------------------------------
def test_empty_name_is_refused_and_explained_beside_the_field(
    qtbot: QtBot, database: Database
) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    form = dialog.form
    type_text(qtbot, form.preferredNameEdit, "   ")  # only spaces
    click(qtbot, form.emailEdit)
    type_text(qtbot, form.emailEdit, "someone@example.org")
    assert dialog.focusWidget() is form.emailEdit

    _press_ctrl_s(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.saved is None
    assert count_stored(database) == 0
    assert form.errorSummary.isVisible()
    assert form.errorSummary.text() == (
        "⚠ Nothing was saved. Please fix 1 thing, marked below: Name they want us to use."
    )
    label = _error_label(dialog, "preferred_name")
    assert label.isVisible()
    assert label.text().startswith("⚠ Name they want us to use is empty.")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert form.preferredNameEdit.accessibleDescription().startswith(
        "Name they want us to use is empty."
    )
    # The focus goes to the field to fix, and what was typed elsewhere is kept.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.preferredNameEdit)
    assert form.emailEdit.text() == "someone@example.org"

    # Fixing it and saving again clears the messages and saves.
    form.preferredNameEdit.clear()
    type_text(qtbot, form.preferredNameEdit, "Ada")
    _press_ctrl_s(qtbot, dialog)
    assert dialog.saved is not None
    assert not form.errorSummary.isVisible()
    assert not label.isVisible()
    assert form.preferredNameEdit.accessibleDescription() == ""
    assert stored(database, dialog.saved.id).data.email == "someone@example.org"


def test_a_10000_character_name_is_refused_with_its_length(
    qtbot: QtBot, database: Database
) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    form = dialog.form
    clipboard = QApplication.clipboard()
    clipboard.setText("x" * 10_000)
    form.preferredNameEdit.setFocus()
    press(qtbot, form.preferredNameEdit, Qt.Key.Key_V, CTRL)  # paste
    clipboard.clear()
    assert len(form.preferredNameEdit.text()) == 10_000

    _press_ctrl_s(qtbot, dialog)

    assert count_stored(database) == 0
    label = _error_label(dialog, "preferred_name")
    assert label.isVisible()
    assert "10,000" in label.text()
    assert "at most 200" in label.text()
    assert "Name they want us to use" in form.errorSummary.text()


def test_several_problems_are_all_listed_and_focus_goes_to_the_first(
    qtbot: QtBot, database: Database
) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    form = dialog.form
    type_text(qtbot, form.preferredNameEdit, "Jo")
    type_text(qtbot, form.emailEdit, "jo@")
    type_text(qtbot, form.phoneEdit, "12345")
    type_text(qtbot, form.postcodeEdit, "not a postcode")
    click(qtbot, form.postcodeEdit)
    _press_ctrl_s(qtbot, dialog)
    assert count_stored(database) == 0
    assert form.errorSummary.text() == (
        "⚠ Nothing was saved. Please fix 3 things, marked below: Email, Phone, Postcode."
    )
    for field in ("email", "phone", "postcode"):
        assert _error_label(dialog, field).isVisible(), field
    assert _error_label(dialog, "email").text().startswith("⚠ Email 'jo@' is not a complete")
    assert dialog.focusWidget() is form.emailEdit


def test_markup_in_a_name_is_saved_verbatim_and_shown_as_plain_text(
    qtbot: QtBot, database: Database
) -> None:
    name = "<b>bold</b> & co"
    dialog = _dialog(qtbot, saving_to(database))
    type_text(qtbot, dialog.form.preferredNameEdit, name)
    type_text(qtbot, dialog.form.emailEdit, "<i>x</i>")  # invalid: its message quotes it
    _press_ctrl_s(qtbot, dialog)
    label = _error_label(dialog, "email")
    assert "'<i>x</i>'" in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.form.errorSummary.textFormat() == Qt.TextFormat.PlainText

    dialog.form.emailEdit.clear()
    _press_ctrl_s(qtbot, dialog)
    assert dialog.saved is not None
    record = stored(database, dialog.saved.id)
    assert record.data.preferred_name == name

    again = _dialog(qtbot, saving_to(database), record)
    assert again.windowTitle() == f"{name}: details"
    assert again.form.preferredNameEdit.text() == name
    assert again.form.recordInfoLabel.textFormat() == Qt.TextFormat.PlainText


def test_a_database_problem_keeps_the_form_open_with_what_was_typed(
    qtbot: QtBot, modals: Modals
) -> None:
    def busy(_data: ParticipantData, _record: ParticipantRecord | None) -> ParticipantRecord:
        raise locked("/tmp/register.sqlite3")

    dialog = _dialog(qtbot, busy)
    type_text(qtbot, dialog.form.preferredNameEdit, "Ola")
    _press_ctrl_s(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.saved is None
    assert dialog.form.preferredNameEdit.text() == "Ola"
    assert [box.title for box in modals.boxes] == ["Could not save"]
    assert "being used by another program" in modals.boxes[0].text
    assert "Your changes are still in the form" in modals.boxes[0].text
    assert modals.boxes[0].plain_text


def test_best_way_to_contact_needs_the_matching_detail(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    form = dialog.form
    type_text(qtbot, form.preferredNameEdit, "Rhys")
    form.preferredContactCombo.setFocus()
    _choose(qtbot, form.preferredContactCombo, ContactMethod.EMAIL)
    _press_ctrl_s(qtbot, dialog)
    assert count_stored(database) == 0
    label = _error_label(dialog, "preferred_contact")
    assert label.isVisible()
    assert "there is no email address" in label.text()

    type_text(qtbot, form.emailEdit, "rhys@example.org")
    _press_ctrl_s(qtbot, dialog)
    assert dialog.saved is not None
    assert stored(database, dialog.saved.id).data.preferred_contact is ContactMethod.EMAIL


# --- changing someone ---------------------------------------------------------------------------
def test_editing_an_existing_record(qtbot: QtBot, database: Database) -> None:
    record = _add(
        database,
        ParticipantData(
            preferred_name="Amira",
            email="amira@example.org",
            phone="07700 900123",
            roles=frozenset({Role.LIVED_EXPERIENCE, Role.CARER}),
        ),
    )
    dialog = _dialog(qtbot, saving_to(database), record)
    form = dialog.form
    assert dialog.windowTitle() == "Amira: details"
    assert form.preferredNameEdit.text() == "Amira"
    assert form.phoneEdit.text() == "07700 900123"
    assert form.roleLivedExperience.isChecked() and form.roleCarer.isChecked()
    assert not form.roleStaff.isChecked()
    assert form.recordInfoLabel.text().startswith(f"Number {record.id}. Status: Active since ")

    form.phoneEdit.setFocus()
    press(qtbot, form.phoneEdit, Qt.Key.Key_A, CTRL)
    type_text(qtbot, form.phoneEdit, "+33 1 42 68 53 00")
    tick(qtbot, form.roleCarer)  # untick
    _press_ctrl_s(qtbot, dialog)

    assert dialog.saved is not None
    after = stored(database, record.id)
    assert after.data.phone == "+33 1 42 68 53 00"
    assert after.data.roles == {Role.LIVED_EXPERIENCE}
    assert after.data.email == "amira@example.org"
    assert after.version == record.version + 1
    assert count_stored(database) == 1


def test_saving_an_unchanged_record_changes_nothing(qtbot: QtBot, database: Database) -> None:
    record = _add(database, ParticipantData(preferred_name="Kept", email="kept@example.org"))
    dialog = _dialog(qtbot, saving_to(database), record)
    _press_ctrl_s(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = stored(database, record.id)
    assert after.version == record.version
    assert after.updated_at == record.updated_at


# --- consent ------------------------------------------------------------------------------------
def test_consent_is_saved_when_the_group_is_ticked(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    form = dialog.form
    type_text(qtbot, form.preferredNameEdit, "Femi")
    assert not form.consentGroup.isChecked()
    assert not form.consentMethodCombo.isEnabled()
    form.consentGroup.setFocus()
    press(qtbot, form.consentGroup, Qt.Key.Key_Space)
    assert form.consentGroup.isChecked()
    assert form.consentMethodCombo.isEnabled()
    form.consentDateEdit.setDate(QDate(2024, 5, 17))
    form.consentMethodCombo.setFocus()
    _choose(qtbot, form.consentMethodCombo, ConsentMethod.VERBAL)
    tick(qtbot, form.consentContactCheck)
    _press_ctrl_s(qtbot, dialog)

    assert dialog.saved is not None
    data = stored(database, dialog.saved.id).data
    assert data.consent_date == date(2024, 5, 17)
    assert data.consent_method is ConsentMethod.VERBAL
    assert data.consent_contact
    assert not data.consent_photos
    assert not data.consent_share_anonymised


def test_consent_that_covers_nothing_is_refused(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    form = dialog.form
    type_text(qtbot, form.preferredNameEdit, "Femi")
    form.consentGroup.setChecked(True)
    form.consentMethodCombo.setFocus()
    _choose(qtbot, form.consentMethodCombo, ConsentMethod.SIGNED_FORM)
    _press_ctrl_s(qtbot, dialog)
    assert count_stored(database) == 0
    label = _error_label(dialog, "consent_covers")
    assert label.isVisible()
    assert label.text().startswith("⚠ What consent covers is empty.")
    assert "What consent covers" in form.errorSummary.text()
    # The date starts "Not set": it must be given, never assumed to be today.
    assert form.consentDateEdit.text() == "Not set"
    date_label = _error_label(dialog, "consent_date")
    assert date_label.isVisible()
    assert date_label.text().startswith("⚠ Date consent was given is missing.")
    # Giving the date and ticking what it covers is enough to save.
    form.consentDateEdit.setDate(QDate(2026, 10, 30))
    tick(qtbot, form.consentShareCheck)
    _press_ctrl_s(qtbot, dialog)
    assert dialog.saved is not None
    data = stored(database, dialog.saved.id).data
    assert data.consent_method is ConsentMethod.SIGNED_FORM
    assert data.consent_share_anonymised
    assert data.consent_date == date(2026, 10, 30)


def test_unticking_the_consent_group_saves_no_consent(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    form = dialog.form
    type_text(qtbot, form.preferredNameEdit, "Femi")
    form.consentGroup.setFocus()
    press(qtbot, form.consentGroup, Qt.Key.Key_Space)
    tick(qtbot, form.consentPhotosCheck)
    assert form.consentPhotosCheck.isChecked()
    press(qtbot, form.consentGroup, Qt.Key.Key_Space)  # changed their mind
    assert not form.consentGroup.isChecked()
    _press_ctrl_s(qtbot, dialog)
    assert dialog.saved is not None
    data = stored(database, dialog.saved.id).data
    assert data.consent_date is None
    assert data.consent_method is None
    assert not data.consent_photos


# --- closing without losing work ----------------------------------------------------------------
def test_closing_an_unchanged_form_does_not_ask(qtbot: QtBot, modals: Modals) -> None:
    dialog = _dialog(qtbot, _never_called)
    press(qtbot, dialog.form.preferredNameEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert modals.questions == []


def _never_called(_data: ParticipantData, _record: ParticipantRecord | None) -> ParticipantRecord:
    raise AssertionError("nothing should be saved")


def test_cancel_on_the_question_keeps_the_form_open(
    qtbot: QtBot, database: Database, modals: Modals
) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    type_text(qtbot, dialog.form.preferredNameEdit, "Half typed")
    modals.answer = QMessageBox.StandardButton.Cancel
    press(qtbot, dialog.form.preferredNameEdit, Qt.Key.Key_Escape)
    assert len(modals.questions) == 1
    assert "not saved" in modals.questions[0]
    assert dialog.isVisible()
    assert dialog.form.preferredNameEdit.text() == "Half typed"
    assert count_stored(database) == 0


def test_discard_on_the_question_closes_without_saving(
    qtbot: QtBot, database: Database, modals: Modals
) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    type_text(qtbot, dialog.form.preferredNameEdit, "Half typed")
    modals.answer = QMessageBox.StandardButton.Discard
    dialog.close()  # the window's close button
    assert len(modals.questions) == 1
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.saved is None
    assert count_stored(database) == 0


def test_save_on_the_question_saves_and_closes(
    qtbot: QtBot, database: Database, modals: Modals
) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    type_text(qtbot, dialog.form.preferredNameEdit, "Nearly lost")
    modals.answer = QMessageBox.StandardButton.Save
    click(qtbot, dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel))
    assert len(modals.questions) == 1
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None
    assert stored(database, dialog.saved.id).data.preferred_name == "Nearly lost"


def test_save_on_the_question_with_a_problem_keeps_the_form_open(
    qtbot: QtBot, database: Database, modals: Modals
) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    type_text(qtbot, dialog.form.emailEdit, "no name given@")
    modals.answer = QMessageBox.StandardButton.Save
    press(qtbot, dialog.form.emailEdit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.form.errorSummary.isVisible()
    assert count_stored(database) == 0


# --- earnings limits ----------------------------------------------------------------------------
def test_a_monthly_limit_and_the_day_their_month_starts_are_saved(
    qtbot: QtBot, database: Database
) -> None:
    dialog = _dialog(qtbot, saving_to(database))
    form = dialog.form
    type_text(qtbot, form.preferredNameEdit, "Amira")
    type_text(qtbot, form.monthlyLimitEdit, "411")
    form.monthStartsSpin.setFocus()
    form.monthStartsSpin.selectAll()
    type_text(qtbot, form.monthStartsSpin, "15")
    type_text(qtbot, form.limitNoteEdit, "UC work allowance")
    _press_ctrl_s(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert count_stored(database) == 1
    saved = stored(database, 1)
    assert (saved.data.monthly_limit_pence, saved.data.limit_month_starts) == (41100, 15)
    assert saved.data.limit_note == "UC work allowance"

    # Opened again, the form shows them; a monthly limit that is not money is refused beside it.
    again = _dialog(qtbot, saving_to(database), saved)
    assert again.form.monthlyLimitEdit.text() == "411.00"
    assert again.form.monthStartsSpin.value() == 15
    again.form.monthlyLimitEdit.selectAll()
    type_text(qtbot, again.form.monthlyLimitEdit, "lots")
    _press_ctrl_s(qtbot, again)
    assert again.isVisible()
    assert (
        _error_label(again, "monthly_limit_pence")
        .text()
        .startswith("⚠ Monthly earnings limit 'lots' is not an amount of money.")
    )
    assert stored(database, 1).data.monthly_limit_pence == 41100
