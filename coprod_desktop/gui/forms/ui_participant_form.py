# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QRect,
    QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

class Ui_ParticipantDialog(object):
    def setupUi(self, ParticipantDialog):
        if not ParticipantDialog.objectName():
            ParticipantDialog.setObjectName(u"ParticipantDialog")
        ParticipantDialog.resize(760, 820)
        ParticipantDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ParticipantDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(ParticipantDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.scrollArea = QScrollArea(ParticipantDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollContent = QWidget()
        self.scrollContent.setObjectName(u"scrollContent")
        self.scrollContent.setGeometry(QRect(0, 0, 700, 1200))
        self.contentLayout = QVBoxLayout(self.scrollContent)
        self.contentLayout.setObjectName(u"contentLayout")
        self.aboutGroup = QGroupBox(self.scrollContent)
        self.aboutGroup.setObjectName(u"aboutGroup")
        self.aboutLayout = QFormLayout(self.aboutGroup)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.aboutLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.aboutLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.preferredNameLabel = QLabel(self.aboutGroup)
        self.preferredNameLabel.setObjectName(u"preferredNameLabel")

        self.aboutLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.preferredNameLabel)

        self.preferredNameEdit = QLineEdit(self.aboutGroup)
        self.preferredNameEdit.setObjectName(u"preferredNameEdit")

        self.aboutLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.preferredNameEdit)

        self.fullNameLabel = QLabel(self.aboutGroup)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.aboutLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.aboutGroup)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.aboutLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.pronounsLabel = QLabel(self.aboutGroup)
        self.pronounsLabel.setObjectName(u"pronounsLabel")

        self.aboutLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pronounsLabel)

        self.pronounsEdit = QLineEdit(self.aboutGroup)
        self.pronounsEdit.setObjectName(u"pronounsEdit")

        self.aboutLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pronounsEdit)

        self.rolesLabel = QLabel(self.aboutGroup)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.aboutLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.rolesBox = QWidget(self.aboutGroup)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesLayout = QVBoxLayout(self.rolesBox)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.rolesLayout.setContentsMargins(0, 0, 0, 0)
        self.roleLivedExperience = QCheckBox(self.rolesBox)
        self.roleLivedExperience.setObjectName(u"roleLivedExperience")

        self.rolesLayout.addWidget(self.roleLivedExperience)

        self.roleCarer = QCheckBox(self.rolesBox)
        self.roleCarer.setObjectName(u"roleCarer")

        self.rolesLayout.addWidget(self.roleCarer)

        self.roleProfessional = QCheckBox(self.rolesBox)
        self.roleProfessional.setObjectName(u"roleProfessional")

        self.rolesLayout.addWidget(self.roleProfessional)

        self.roleExpertByLearning = QCheckBox(self.rolesBox)
        self.roleExpertByLearning.setObjectName(u"roleExpertByLearning")

        self.rolesLayout.addWidget(self.roleExpertByLearning)

        self.roleStaff = QCheckBox(self.rolesBox)
        self.roleStaff.setObjectName(u"roleStaff")

        self.rolesLayout.addWidget(self.roleStaff)

        self.roleOther = QCheckBox(self.rolesBox)
        self.roleOther.setObjectName(u"roleOther")

        self.rolesLayout.addWidget(self.roleOther)

        self.roleOtherEdit = QLineEdit(self.rolesBox)
        self.roleOtherEdit.setObjectName(u"roleOtherEdit")

        self.rolesLayout.addWidget(self.roleOtherEdit)


        self.aboutLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rolesBox)


        self.contentLayout.addWidget(self.aboutGroup)

        self.contactGroup = QGroupBox(self.scrollContent)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactLayout = QFormLayout(self.contactGroup)
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.contactLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.emailLabel = QLabel(self.contactGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.contactGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.contactLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.contactGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.contactLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.addressLabel = QLabel(self.contactGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.contactGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMinimumSize(QSize(0, 70))
        self.addressEdit.setMaximumSize(QSize(16777215, 100))

        self.contactLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.postcodeLabel = QLabel(self.contactGroup)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.contactLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeEdit = QLineEdit(self.contactGroup)
        self.postcodeEdit.setObjectName(u"postcodeEdit")

        self.contactLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.preferredContactLabel = QLabel(self.contactGroup)
        self.preferredContactLabel.setObjectName(u"preferredContactLabel")

        self.contactLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.preferredContactLabel)

        self.preferredContactCombo = QComboBox(self.contactGroup)
        self.preferredContactCombo.setObjectName(u"preferredContactCombo")

        self.contactLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.preferredContactCombo)


        self.contentLayout.addWidget(self.contactGroup)

        self.accessGroup = QGroupBox(self.scrollContent)
        self.accessGroup.setObjectName(u"accessGroup")
        self.accessLayout = QFormLayout(self.accessGroup)
        self.accessLayout.setObjectName(u"accessLayout")
        self.accessLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.accessLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.accessNeedsLabel = QLabel(self.accessGroup)
        self.accessNeedsLabel.setObjectName(u"accessNeedsLabel")

        self.accessLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accessNeedsLabel)

        self.accessBox = QWidget(self.accessGroup)
        self.accessBox.setObjectName(u"accessBox")
        self.accessNeedsLayout = QGridLayout(self.accessBox)
        self.accessNeedsLayout.setObjectName(u"accessNeedsLayout")
        self.accessNeedsLayout.setContentsMargins(0, 0, 0, 0)
        self.accessLargePrint = QCheckBox(self.accessBox)
        self.accessLargePrint.setObjectName(u"accessLargePrint")

        self.accessNeedsLayout.addWidget(self.accessLargePrint, 0, 0, 1, 1)

        self.accessEasyRead = QCheckBox(self.accessBox)
        self.accessEasyRead.setObjectName(u"accessEasyRead")

        self.accessNeedsLayout.addWidget(self.accessEasyRead, 0, 1, 1, 1)

        self.accessBsl = QCheckBox(self.accessBox)
        self.accessBsl.setObjectName(u"accessBsl")

        self.accessNeedsLayout.addWidget(self.accessBsl, 1, 0, 1, 1)

        self.accessHearingLoop = QCheckBox(self.accessBox)
        self.accessHearingLoop.setObjectName(u"accessHearingLoop")

        self.accessNeedsLayout.addWidget(self.accessHearingLoop, 1, 1, 1, 1)

        self.accessStepFree = QCheckBox(self.accessBox)
        self.accessStepFree.setObjectName(u"accessStepFree")

        self.accessNeedsLayout.addWidget(self.accessStepFree, 2, 0, 1, 1)

        self.accessQuietSpace = QCheckBox(self.accessBox)
        self.accessQuietSpace.setObjectName(u"accessQuietSpace")

        self.accessNeedsLayout.addWidget(self.accessQuietSpace, 2, 1, 1, 1)


        self.accessLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.accessBox)

        self.accessOtherLabel = QLabel(self.accessGroup)
        self.accessOtherLabel.setObjectName(u"accessOtherLabel")

        self.accessLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.accessOtherLabel)

        self.accessOtherEdit = QPlainTextEdit(self.accessGroup)
        self.accessOtherEdit.setObjectName(u"accessOtherEdit")
        self.accessOtherEdit.setTabChangesFocus(True)
        self.accessOtherEdit.setMinimumSize(QSize(0, 50))
        self.accessOtherEdit.setMaximumSize(QSize(16777215, 80))

        self.accessLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.accessOtherEdit)


        self.contentLayout.addWidget(self.accessGroup)

        self.consentGroup = QGroupBox(self.scrollContent)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentGroup.setCheckable(True)
        self.consentGroup.setChecked(False)
        self.consentLayout = QFormLayout(self.consentGroup)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.consentLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.consentDateLabel = QLabel(self.consentGroup)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.consentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consentDateLabel)

        self.consentDateEdit = QDateEdit(self.consentGroup)
        self.consentDateEdit.setObjectName(u"consentDateEdit")
        self.consentDateEdit.setCalendarPopup(True)

        self.consentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consentDateEdit)

        self.consentMethodLabel = QLabel(self.consentGroup)
        self.consentMethodLabel.setObjectName(u"consentMethodLabel")

        self.consentLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consentMethodLabel)

        self.consentMethodCombo = QComboBox(self.consentGroup)
        self.consentMethodCombo.setObjectName(u"consentMethodCombo")

        self.consentLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consentMethodCombo)

        self.consentCoversLabel = QLabel(self.consentGroup)
        self.consentCoversLabel.setObjectName(u"consentCoversLabel")

        self.consentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consentCoversLabel)

        self.consentCoversBox = QWidget(self.consentGroup)
        self.consentCoversBox.setObjectName(u"consentCoversBox")
        self.consentCoversLayout = QVBoxLayout(self.consentCoversBox)
        self.consentCoversLayout.setObjectName(u"consentCoversLayout")
        self.consentCoversLayout.setContentsMargins(0, 0, 0, 0)
        self.consentContactCheck = QCheckBox(self.consentCoversBox)
        self.consentContactCheck.setObjectName(u"consentContactCheck")

        self.consentCoversLayout.addWidget(self.consentContactCheck)

        self.consentPhotosCheck = QCheckBox(self.consentCoversBox)
        self.consentPhotosCheck.setObjectName(u"consentPhotosCheck")

        self.consentCoversLayout.addWidget(self.consentPhotosCheck)

        self.consentShareCheck = QCheckBox(self.consentCoversBox)
        self.consentShareCheck.setObjectName(u"consentShareCheck")

        self.consentCoversLayout.addWidget(self.consentShareCheck)

        self.consentNamedCheck = QCheckBox(self.consentCoversBox)
        self.consentNamedCheck.setObjectName(u"consentNamedCheck")

        self.consentCoversLayout.addWidget(self.consentNamedCheck)


        self.consentLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consentCoversBox)


        self.contentLayout.addWidget(self.consentGroup)

        self.paymentGroup = QGroupBox(self.scrollContent)
        self.paymentGroup.setObjectName(u"paymentGroup")
        self.paymentLayout = QFormLayout(self.paymentGroup)
        self.paymentLayout.setObjectName(u"paymentLayout")
        self.paymentLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.paymentLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.paymentLabel = QLabel(self.paymentGroup)
        self.paymentLabel.setObjectName(u"paymentLabel")

        self.paymentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paymentLabel)

        self.paymentCombo = QComboBox(self.paymentGroup)
        self.paymentCombo.setObjectName(u"paymentCombo")

        self.paymentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paymentCombo)

        self.limitsHelp = QLabel(self.paymentGroup)
        self.limitsHelp.setObjectName(u"limitsHelp")
        self.limitsHelp.setWordWrap(True)

        self.paymentLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.limitsHelp)

        self.weeklyLimitLabel = QLabel(self.paymentGroup)
        self.weeklyLimitLabel.setObjectName(u"weeklyLimitLabel")

        self.paymentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.weeklyLimitLabel)

        self.weeklyLimitEdit = QLineEdit(self.paymentGroup)
        self.weeklyLimitEdit.setObjectName(u"weeklyLimitEdit")

        self.paymentLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.weeklyLimitEdit)

        self.monthlyLimitLabel = QLabel(self.paymentGroup)
        self.monthlyLimitLabel.setObjectName(u"monthlyLimitLabel")

        self.paymentLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.monthlyLimitLabel)

        self.monthlyLimitEdit = QLineEdit(self.paymentGroup)
        self.monthlyLimitEdit.setObjectName(u"monthlyLimitEdit")

        self.paymentLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.monthlyLimitEdit)

        self.monthStartsLabel = QLabel(self.paymentGroup)
        self.monthStartsLabel.setObjectName(u"monthStartsLabel")

        self.paymentLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.monthStartsLabel)

        self.monthStartsSpin = QSpinBox(self.paymentGroup)
        self.monthStartsSpin.setObjectName(u"monthStartsSpin")
        self.monthStartsSpin.setMinimum(1)
        self.monthStartsSpin.setMaximum(31)
        self.monthStartsSpin.setValue(1)

        self.paymentLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.monthStartsSpin)

        self.yearLimitLabel = QLabel(self.paymentGroup)
        self.yearLimitLabel.setObjectName(u"yearLimitLabel")

        self.paymentLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.yearLimitLabel)

        self.yearLimitEdit = QLineEdit(self.paymentGroup)
        self.yearLimitEdit.setObjectName(u"yearLimitEdit")

        self.paymentLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.yearLimitEdit)

        self.limitNoteLabel = QLabel(self.paymentGroup)
        self.limitNoteLabel.setObjectName(u"limitNoteLabel")

        self.paymentLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.limitNoteLabel)

        self.limitNoteEdit = QLineEdit(self.paymentGroup)
        self.limitNoteEdit.setObjectName(u"limitNoteEdit")

        self.paymentLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.limitNoteEdit)


        self.contentLayout.addWidget(self.paymentGroup)

        self.notesGroup = QGroupBox(self.scrollContent)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 90))
        self.notesEdit.setMaximumSize(QSize(16777215, 120))

        self.notesLayout.addWidget(self.notesEdit)


        self.contentLayout.addWidget(self.notesGroup)

        self.recordInfoLabel = QLabel(self.scrollContent)
        self.recordInfoLabel.setObjectName(u"recordInfoLabel")
        self.recordInfoLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.recordInfoLabel)

        self.scrollArea.setWidget(self.scrollContent)

        self.dialogLayout.addWidget(self.scrollArea)

        self.buttonBox = QDialogButtonBox(ParticipantDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.preferredNameLabel.setBuddy(self.preferredNameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.pronounsLabel.setBuddy(self.pronounsEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.preferredContactLabel.setBuddy(self.preferredContactCombo)
        self.accessOtherLabel.setBuddy(self.accessOtherEdit)
        self.consentDateLabel.setBuddy(self.consentDateEdit)
        self.consentMethodLabel.setBuddy(self.consentMethodCombo)
        self.paymentLabel.setBuddy(self.paymentCombo)
        self.weeklyLimitLabel.setBuddy(self.weeklyLimitEdit)
        self.monthlyLimitLabel.setBuddy(self.monthlyLimitEdit)
        self.monthStartsLabel.setBuddy(self.monthStartsSpin)
        self.yearLimitLabel.setBuddy(self.yearLimitEdit)
        self.limitNoteLabel.setBuddy(self.limitNoteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.preferredNameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.pronounsEdit)
        QWidget.setTabOrder(self.pronounsEdit, self.roleLivedExperience)
        QWidget.setTabOrder(self.roleLivedExperience, self.roleCarer)
        QWidget.setTabOrder(self.roleCarer, self.roleProfessional)
        QWidget.setTabOrder(self.roleProfessional, self.roleExpertByLearning)
        QWidget.setTabOrder(self.roleExpertByLearning, self.roleStaff)
        QWidget.setTabOrder(self.roleStaff, self.roleOther)
        QWidget.setTabOrder(self.roleOther, self.roleOtherEdit)
        QWidget.setTabOrder(self.roleOtherEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.preferredContactCombo)
        QWidget.setTabOrder(self.preferredContactCombo, self.accessLargePrint)
        QWidget.setTabOrder(self.accessLargePrint, self.accessEasyRead)
        QWidget.setTabOrder(self.accessEasyRead, self.accessBsl)
        QWidget.setTabOrder(self.accessBsl, self.accessHearingLoop)
        QWidget.setTabOrder(self.accessHearingLoop, self.accessStepFree)
        QWidget.setTabOrder(self.accessStepFree, self.accessQuietSpace)
        QWidget.setTabOrder(self.accessQuietSpace, self.accessOtherEdit)
        QWidget.setTabOrder(self.accessOtherEdit, self.consentGroup)
        QWidget.setTabOrder(self.consentGroup, self.consentDateEdit)
        QWidget.setTabOrder(self.consentDateEdit, self.consentMethodCombo)
        QWidget.setTabOrder(self.consentMethodCombo, self.consentContactCheck)
        QWidget.setTabOrder(self.consentContactCheck, self.consentPhotosCheck)
        QWidget.setTabOrder(self.consentPhotosCheck, self.consentShareCheck)
        QWidget.setTabOrder(self.consentShareCheck, self.consentNamedCheck)
        QWidget.setTabOrder(self.consentNamedCheck, self.paymentCombo)
        QWidget.setTabOrder(self.paymentCombo, self.weeklyLimitEdit)
        QWidget.setTabOrder(self.weeklyLimitEdit, self.monthlyLimitEdit)
        QWidget.setTabOrder(self.monthlyLimitEdit, self.monthStartsSpin)
        QWidget.setTabOrder(self.monthStartsSpin, self.yearLimitEdit)
        QWidget.setTabOrder(self.yearLimitEdit, self.limitNoteEdit)
        QWidget.setTabOrder(self.limitNoteEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(ParticipantDialog)

        QMetaObject.connectSlotsByName(ParticipantDialog)
    # setupUi

    def retranslateUi(self, ParticipantDialog):
        ParticipantDialog.setWindowTitle(QCoreApplication.translate("ParticipantDialog", u"Person", None))
        self.errorSummary.setText("")
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Person's details", None))
#endif // QT_CONFIG(accessibility)
        self.aboutGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"About them", None))
#if QT_CONFIG(accessibility)
        self.aboutGroup.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"About them", None))
#endif // QT_CONFIG(accessibility)
        self.preferredNameLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Name they want us to use (required):", None))
#if QT_CONFIG(accessibility)
        self.preferredNameEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Name they want us to use (required)", None))
#endif // QT_CONFIG(accessibility)
        self.preferredNameEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"For example a first name or nickname", None))
        self.fullNameLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"If different, for letters and payments", None))
        self.pronounsLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Pron&ouns:", None))
#if QT_CONFIG(accessibility)
        self.pronounsEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Pronouns", None))
#endif // QT_CONFIG(accessibility)
        self.pronounsEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"For example she/her, they/them", None))
        self.rolesLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Roles:", None))
#if QT_CONFIG(accessibility)
        self.rolesBox.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Roles", None))
#endif // QT_CONFIG(accessibility)
        self.roleLivedExperience.setText(QCoreApplication.translate("ParticipantDialog", u"Person with lived experience", None))
        self.roleCarer.setText(QCoreApplication.translate("ParticipantDialog", u"Carer or family member", None))
        self.roleProfessional.setText(QCoreApplication.translate("ParticipantDialog", u"Professional", None))
        self.roleExpertByLearning.setText(QCoreApplication.translate("ParticipantDialog", u"Expert by learning", None))
        self.roleStaff.setText(QCoreApplication.translate("ParticipantDialog", u"Staff", None))
        self.roleOther.setText(QCoreApplication.translate("ParticipantDialog", u"Other role", None))
#if QT_CONFIG(accessibility)
        self.roleOtherEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Describe the other role", None))
#endif // QT_CONFIG(accessibility)
        self.roleOtherEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"Describe the other role", None))
        self.contactGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Contact details", None))
#if QT_CONFIG(accessibility)
        self.contactGroup.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Contact details", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("ParticipantDialog", u"E&mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"name@example.org", None))
        self.phoneLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"07700 900123, or +33 \u2026 for other countries", None))
        self.addressLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Postal a&ddress:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Postal address", None))
#endif // QT_CONFIG(accessibility)
        self.postcodeLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Post&code:", None))
#if QT_CONFIG(accessibility)
        self.postcodeEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"For example SW1A 1AA", None))
        self.preferredContactLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Best way to contact them:", None))
#if QT_CONFIG(accessibility)
        self.preferredContactCombo.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Best way to contact them", None))
#endif // QT_CONFIG(accessibility)
        self.accessGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Access needs", None))
#if QT_CONFIG(accessibility)
        self.accessGroup.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Access needs", None))
#endif // QT_CONFIG(accessibility)
        self.accessNeedsLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Needs:", None))
#if QT_CONFIG(accessibility)
        self.accessBox.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Access needs", None))
#endif // QT_CONFIG(accessibility)
        self.accessLargePrint.setText(QCoreApplication.translate("ParticipantDialog", u"Large print", None))
        self.accessEasyRead.setText(QCoreApplication.translate("ParticipantDialog", u"Easy read", None))
        self.accessBsl.setText(QCoreApplication.translate("ParticipantDialog", u"BSL interpreter", None))
        self.accessHearingLoop.setText(QCoreApplication.translate("ParticipantDialog", u"Hearing loop", None))
        self.accessStepFree.setText(QCoreApplication.translate("ParticipantDialog", u"Step-free access", None))
        self.accessQuietSpace.setText(QCoreApplication.translate("ParticipantDialog", u"Quiet space", None))
        self.accessOtherLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Other access n&eeds:", None))
#if QT_CONFIG(accessibility)
        self.accessOtherEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Other access needs", None))
#endif // QT_CONFIG(accessibility)
        self.consentGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Consen&t has been given", None))
#if QT_CONFIG(accessibility)
        self.consentGroup.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Consent has been given", None))
#endif // QT_CONFIG(accessibility)
        self.consentDateLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Date &given:", None))
#if QT_CONFIG(accessibility)
        self.consentDateEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Date consent was given", None))
#endif // QT_CONFIG(accessibility)
        self.consentDateEdit.setDisplayFormat(QCoreApplication.translate("ParticipantDialog", u"dd/MM/yyyy", None))
        self.consentMethodLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Ho&w it was recorded:", None))
#if QT_CONFIG(accessibility)
        self.consentMethodCombo.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"How consent was recorded", None))
#endif // QT_CONFIG(accessibility)
        self.consentCoversLabel.setText(QCoreApplication.translate("ParticipantDialog", u"It covers:", None))
#if QT_CONFIG(accessibility)
        self.consentCoversBox.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"What consent covers", None))
#endif // QT_CONFIG(accessibility)
        self.consentContactCheck.setText(QCoreApplication.translate("ParticipantDialog", u"Being contacted", None))
        self.consentPhotosCheck.setText(QCoreApplication.translate("ParticipantDialog", u"Photographs", None))
        self.consentShareCheck.setText(QCoreApplication.translate("ParticipantDialog", u"Sharing anonymised information with funders", None))
        self.consentNamedCheck.setText(QCoreApplication.translate("ParticipantDialog", u"Being named &in meeting summaries and exports", None))
#if QT_CONFIG(accessibility)
        self.consentNamedCheck.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"May be named in meeting summaries and exports", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.consentNamedCheck.setToolTip(QCoreApplication.translate("ParticipantDialog", u"If not ticked, summaries and exports count them, or show a number instead of their name", None))
#endif // QT_CONFIG(tooltip)
        self.paymentGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Payment", None))
#if QT_CONFIG(accessibility)
        self.paymentGroup.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Payment", None))
#endif // QT_CONFIG(accessibility)
        self.paymentLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Pa&yment preference:", None))
#if QT_CONFIG(accessibility)
        self.paymentCombo.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Payment preference", None))
#endif // QT_CONFIG(accessibility)
        self.limitsHelp.setText(QCoreApplication.translate("ParticipantDialog", u"Some people ask us to watch how much they earn (for example a benefit's permitted-work limit, or Universal Credit's monthly work allowance). The app warns before a payment would take them over. For Universal Credit, their month starts on the day of the month their claim started.", None))
        self.weeklyLimitLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Wee&kly earnings limit:", None))
#if QT_CONFIG(accessibility)
        self.weeklyLimitEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Weekly earnings limit", None))
#endif // QT_CONFIG(accessibility)
        self.weeklyLimitEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"In pounds, such as 195.50 (leave empty for none)", None))
        self.monthlyLimitLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Mont&hly earnings limit:", None))
#if QT_CONFIG(accessibility)
        self.monthlyLimitEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Monthly earnings limit", None))
#endif // QT_CONFIG(accessibility)
        self.monthlyLimitEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"In pounds, such as 411.00 (leave empty for none)", None))
        self.monthStartsLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Day their month st&arts:", None))
#if QT_CONFIG(accessibility)
        self.monthStartsSpin.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Day their month starts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.monthStartsSpin.setAccessibleDescription(QCoreApplication.translate("ParticipantDialog", u"The day of the month each of their months starts, 1 to 31. For Universal Credit, the day of the month their claim started.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.monthStartsSpin.setToolTip(QCoreApplication.translate("ParticipantDialog", u"For Universal Credit, the day of the month their claim started (their assessment period). Otherwise leave it at 1.", None))
#endif // QT_CONFIG(tooltip)
        self.yearLimitLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Ta&x-year earnings limit:", None))
#if QT_CONFIG(accessibility)
        self.yearLimitEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Tax-year earnings limit", None))
#endif // QT_CONFIG(accessibility)
        self.yearLimitEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"In pounds (leave empty for none)", None))
        self.limitNoteLabel.setText(QCoreApplication.translate("ParticipantDialog", u"What the &limits are for:", None))
#if QT_CONFIG(accessibility)
        self.limitNoteEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"What the limits are for", None))
#endif // QT_CONFIG(accessibility)
        self.limitNoteEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"For example: ESA permitted work", None))
        self.notesGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notesGroup.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.recordInfoLabel.setText("")
    # retranslateUi

