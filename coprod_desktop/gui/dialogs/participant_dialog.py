"""The detail form for one person: add someone new, or see and change their record.

The dialog only gathers and shows data. Saving is done by the ``save`` function it is given
(which calls the services); if that raises a ``ValidationError`` the problems are shown beside
their fields and nothing is lost, and if the database is busy the form stays open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)

from coprod_desktop.gui.choices import chosen, fill, select
from coprod_desktop.gui.form_fields import NOT_SET, ErrorDisplay, money_text, read_money
from coprod_desktop.gui.forms.ui_participant_form import Ui_ParticipantDialog
from coprod_desktop.gui.messages import show_error
from coprod_desktop.money import MoneyError, parse_money
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.errors import ServiceError
from coprod_desktop.services.form_checks import FieldProblem
from coprod_desktop.services.participant_types import ParticipantData, ParticipantRecord
from coprod_desktop.services.validation import FIELD_LABELS, ValidationError
from coprod_desktop.storage.problems import DatabaseProblem
from coprod_desktop.vocabulary import (
    AccessNeed,
    ConsentMethod,
    ContactMethod,
    PaymentPreference,
    Role,
)

# Saves the data (for an existing record, checking it is still at ``version``) and returns the
# record as stored.
SaveFunction = Callable[[ParticipantData, ParticipantRecord | None], ParticipantRecord]

log = logging.getLogger(__name__)


def _quiet_money(text: str) -> int | None:
    """For telling whether the form changed: the amount, or None if empty or not money
    (Save reads it properly and explains any mistake)."""
    try:
        return parse_money(text) if text.strip() else None
    except MoneyError:
        return None


class ParticipantDialog(QDialog):
    def __init__(
        self,
        save: SaveFunction,
        record: ParticipantRecord | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_ParticipantDialog()
        self.form.setupUi(self)
        self._save_function = save
        self.record = record
        self.saved: ParticipantRecord | None = None
        self._today = today or date.today()

        f = self.form
        self._roles: dict[Role, QCheckBox] = {
            Role.LIVED_EXPERIENCE: f.roleLivedExperience,
            Role.CARER: f.roleCarer,
            Role.PROFESSIONAL: f.roleProfessional,
            Role.EXPERT_BY_LEARNING: f.roleExpertByLearning,
            Role.STAFF: f.roleStaff,
            Role.OTHER: f.roleOther,
        }
        self._needs: dict[AccessNeed, QCheckBox] = {
            AccessNeed.LARGE_PRINT: f.accessLargePrint,
            AccessNeed.EASY_READ: f.accessEasyRead,
            AccessNeed.BSL_INTERPRETER: f.accessBsl,
            AccessNeed.HEARING_LOOP: f.accessHearingLoop,
            AccessNeed.STEP_FREE: f.accessStepFree,
            AccessNeed.QUIET_SPACE: f.accessQuietSpace,
        }
        # Which widget shows the problems with which field.
        self._field_widgets: dict[str, QWidget] = {
            "preferred_name": f.preferredNameEdit,
            "full_name": f.fullNameEdit,
            "pronouns": f.pronounsEdit,
            "email": f.emailEdit,
            "phone": f.phoneEdit,
            "address": f.addressEdit,
            "postcode": f.postcodeEdit,
            "preferred_contact": f.preferredContactCombo,
            "roles": f.rolesBox,
            "role_other": f.roleOtherEdit,
            "access_other": f.accessOtherEdit,
            "consent_date": f.consentDateEdit,
            "consent_method": f.consentMethodCombo,
            "consent_covers": f.consentCoversBox,
            "payment_preference": f.paymentCombo,
            "weekly_limit_pence": f.weeklyLimitEdit,
            "monthly_limit_pence": f.monthlyLimitEdit,
            "limit_month_starts": f.monthStartsSpin,
            "tax_year_limit_pence": f.yearLimitEdit,
            "limit_note": f.limitNoteEdit,
            "notes": f.notesEdit,
        }
        self._fill_choices()
        # The date starts "Not set" rather than today, so that a consent given last month is
        # never recorded as given today just because nobody changed the date.
        f.consentDateEdit.setMaximumDate(
            QDate(self._today.year, self._today.month, self._today.day)
        )
        f.consentDateEdit.setMinimumDate(NOT_SET)
        f.consentDateEdit.setSpecialValueText("Not set")
        f.consentDateEdit.calendarWidget().installEventFilter(self)
        f.roleOther.toggled.connect(f.roleOtherEdit.setEnabled)
        self.errors = ErrorDisplay(f.errorSummary, self._field_widgets)
        f.recordInfoLabel.setTextFormat(Qt.TextFormat.PlainText)

        save_button = f.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save_button.setAccessibleName("Save")
        save_button.setToolTip("Save (Ctrl+S)")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        f.buttonBox.accepted.connect(self.save)
        f.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        app = QApplication.instance()
        self._watching_focus = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._keep_focus_visible)

        self._load(record.data if record else ParticipantData(preferred_name=""))
        self._loaded = self.data()
        if record is None:
            self.setWindowTitle("New person")
        else:
            self.setWindowTitle(f"{record.data.preferred_name}: details")
            f.recordInfoLabel.setText(
                f"Number {record.id}. Status: {record.status.label} since "
                f"{long_date(record.status_changed_at)}. Added {long_date(record.created_at)}; "
                f"last changed {long_date(record.updated_at)} at {record.updated_at:%H:%M} (UTC)."
            )
        f.preferredNameEdit.setFocus()

    # --- filling the form ---------------------------------------------------------------------
    def _fill_choices(self) -> None:
        f = self.form
        fill(f.preferredContactCombo, "Not known", ((c.label, c) for c in ContactMethod))
        fill(f.consentMethodCombo, "Choose how…", ((c.label, c) for c in ConsentMethod))
        fill(f.paymentCombo, "Not asked yet", ((c.label, c) for c in PaymentPreference))

    def _load(self, data: ParticipantData) -> None:
        f = self.form
        f.preferredNameEdit.setText(data.preferred_name)
        f.fullNameEdit.setText(data.full_name)
        f.pronounsEdit.setText(data.pronouns)
        f.emailEdit.setText(data.email)
        f.phoneEdit.setText(data.phone)
        f.addressEdit.setPlainText(data.address)
        f.postcodeEdit.setText(data.postcode)
        select(f.preferredContactCombo, data.preferred_contact)
        for role, box in self._roles.items():
            box.setChecked(role in data.roles)
        f.roleOtherEdit.setText(data.role_other)
        f.roleOtherEdit.setEnabled(Role.OTHER in data.roles)
        for need, box in self._needs.items():
            box.setChecked(need in data.access_needs)
        f.accessOtherEdit.setPlainText(data.access_other)
        consent_given = data.consent_date is not None or data.consent_method is not None
        f.consentGroup.setChecked(consent_given)
        when = data.consent_date
        f.consentDateEdit.setDate(QDate(when.year, when.month, when.day) if when else NOT_SET)
        select(f.consentMethodCombo, data.consent_method)
        f.consentContactCheck.setChecked(data.consent_contact)
        f.consentPhotosCheck.setChecked(data.consent_photos)
        f.consentShareCheck.setChecked(data.consent_share_anonymised)
        f.consentNamedCheck.setChecked(data.consent_named_in_documents)
        select(f.paymentCombo, data.payment_preference)
        f.weeklyLimitEdit.setText(money_text(data.weekly_limit_pence))
        f.monthlyLimitEdit.setText(money_text(data.monthly_limit_pence))
        f.monthStartsSpin.setValue(data.limit_month_starts or 1)
        f.yearLimitEdit.setText(money_text(data.tax_year_limit_pence))
        f.limitNoteEdit.setText(data.limit_note)
        f.notesEdit.setPlainText(data.notes)

    def data(self) -> ParticipantData:
        """What the form holds now, as typed (the services tidy and check it)."""
        f = self.form
        consent = f.consentGroup.isChecked()
        picked = f.consentDateEdit.date()
        return ParticipantData(
            preferred_name=f.preferredNameEdit.text(),
            full_name=f.fullNameEdit.text(),
            pronouns=f.pronounsEdit.text(),
            email=f.emailEdit.text(),
            phone=f.phoneEdit.text(),
            address=f.addressEdit.toPlainText(),
            postcode=f.postcodeEdit.text(),
            preferred_contact=chosen(f.preferredContactCombo, ContactMethod),
            roles=frozenset(role for role, box in self._roles.items() if box.isChecked()),
            role_other=f.roleOtherEdit.text() if f.roleOther.isChecked() else "",
            access_needs=frozenset(need for need, box in self._needs.items() if box.isChecked()),
            access_other=f.accessOtherEdit.toPlainText(),
            consent_date=(
                date(picked.year(), picked.month(), picked.day())
                if consent and picked != NOT_SET
                else None
            ),
            consent_method=chosen(f.consentMethodCombo, ConsentMethod) if consent else None,
            consent_contact=consent and f.consentContactCheck.isChecked(),
            consent_photos=consent and f.consentPhotosCheck.isChecked(),
            consent_share_anonymised=consent and f.consentShareCheck.isChecked(),
            consent_named_in_documents=consent and f.consentNamedCheck.isChecked(),
            payment_preference=chosen(f.paymentCombo, PaymentPreference),
            weekly_limit_pence=_quiet_money(f.weeklyLimitEdit.text()),
            monthly_limit_pence=_quiet_money(f.monthlyLimitEdit.text()),
            # 1 is what no day means; kept as None so an untouched form is unchanged.
            limit_month_starts=f.monthStartsSpin.value() if f.monthStartsSpin.value() > 1 else None,
            tax_year_limit_pence=_quiet_money(f.yearLimitEdit.text()),
            limit_note=f.limitNoteEdit.text(),
            notes=f.notesEdit.toPlainText(),
        )

    def is_changed(self) -> bool:
        return self.data() != self._loaded

    # --- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        self.errors.clear()
        problems: list[FieldProblem] = []
        weekly = read_money(
            self.form.weeklyLimitEdit,
            "weekly_limit_pence",
            FIELD_LABELS["weekly_limit_pence"],
            problems,
            optional=True,
        )
        monthly = read_money(
            self.form.monthlyLimitEdit,
            "monthly_limit_pence",
            FIELD_LABELS["monthly_limit_pence"],
            problems,
            optional=True,
        )
        yearly = read_money(
            self.form.yearLimitEdit,
            "tax_year_limit_pence",
            FIELD_LABELS["tax_year_limit_pence"],
            problems,
            optional=True,
        )
        if problems:
            self._show_errors(ValidationError(problems))
            return
        data = replace(
            self.data(),
            weekly_limit_pence=weekly,
            monthly_limit_pence=monthly,
            tax_year_limit_pence=yearly,
        )
        try:
            self.saved = self._save_function(data, self.record)
        except ValidationError as error:
            self._show_errors(error)
            return
        except DatabaseProblem as problem:
            show_error(
                self,
                "Could not save",
                f"{problem.message}\n\nYour changes are still in the form. Try saving again.",
            )
            return
        except ServiceError as error:
            show_error(self, "Could not save", str(error))
            return
        except Exception as error:  # never lose the form to an unexpected error
            log.exception("saving a participant failed")
            show_error(
                self,
                "Could not save",
                f"Something went wrong while saving ({error}).\n\nYour changes are still in "
                "the form. Try saving again; if it keeps happening, copy what you typed "
                "somewhere safe.",
            )
            return
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The date picker opens on today's month, not on January 1900, while no date is set.
        calendar = self.form.consentDateEdit.calendarWidget()
        if (
            watched is calendar
            and event.type() == QEvent.Type.Show
            and self.form.consentDateEdit.date() == NOT_SET
        ):
            calendar.setCurrentPage(self._today.year, self._today.month)
        return super().eventFilter(watched, event)

    def _show_errors(self, error: ValidationError) -> None:
        self.errors.show(error)
        focused = self.focusWidget()
        if focused is not None and self.form.scrollContent.isAncestorOf(focused):
            self.form.scrollArea.ensureWidgetVisible(focused)

    def _keep_focus_visible(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Tabbing through a long form must scroll the focused field into view.
        if new is not None and self.form.scrollContent.isAncestorOf(new):
            self.form.scrollArea.ensureWidgetVisible(new, 20, 40)

    # --- closing without losing work ----------------------------------------------------------
    def reject(self) -> None:
        if self.saved is None and self.is_changed():
            answer = QMessageBox.question(
                self,
                "Unsaved changes",
                "You have changed this form but not saved it. Save the changes?",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()

    def done(self, result: int) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._watching_focus:
            app.focusChanged.disconnect(self._keep_focus_visible)
            self._watching_focus = False
        super().done(result)
