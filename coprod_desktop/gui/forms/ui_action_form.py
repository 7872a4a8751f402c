# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(720, 640)
        ActionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ActionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(ActionDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.whatLabel = QLabel(ActionDialog)
        self.whatLabel.setObjectName(u"whatLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.whatEdit = QLineEdit(ActionDialog)
        self.whatEdit.setObjectName(u"whatEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whatEdit)

        self.projectLabel = QLabel(ActionDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(ActionDialog)
        self.projectCombo.setObjectName(u"projectCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.goalLabel = QLabel(ActionDialog)
        self.goalLabel.setObjectName(u"goalLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goalCombo = QComboBox(ActionDialog)
        self.goalCombo.setObjectName(u"goalCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.goalCombo)

        self.ownersLabel = QLabel(ActionDialog)
        self.ownersLabel.setObjectName(u"ownersLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ownersLabel)

        self.ownersLayout = QVBoxLayout()
        self.ownersLayout.setObjectName(u"ownersLayout")
        self.ownersList = QListWidget(ActionDialog)
        self.ownersList.setObjectName(u"ownersList")
        self.ownersList.setMaximumSize(QSize(16777215, 96))

        self.ownersLayout.addWidget(self.ownersList)

        self.personRow = QHBoxLayout()
        self.personRow.setObjectName(u"personRow")
        self.personLabel = QLabel(ActionDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.personRow.addWidget(self.personLabel)

        self.personEdit = QLineEdit(ActionDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.personRow.addWidget(self.personEdit)

        self.addPersonButton = QPushButton(ActionDialog)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.personRow.addWidget(self.addPersonButton)


        self.ownersLayout.addLayout(self.personRow)

        self.staffRow = QHBoxLayout()
        self.staffRow.setObjectName(u"staffRow")
        self.staffLabel = QLabel(ActionDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.staffRow.addWidget(self.staffLabel)

        self.staffEdit = QLineEdit(ActionDialog)
        self.staffEdit.setObjectName(u"staffEdit")

        self.staffRow.addWidget(self.staffEdit)

        self.addStaffButton = QPushButton(ActionDialog)
        self.addStaffButton.setObjectName(u"addStaffButton")

        self.staffRow.addWidget(self.addStaffButton)


        self.ownersLayout.addLayout(self.staffRow)

        self.removeRow = QHBoxLayout()
        self.removeRow.setObjectName(u"removeRow")
        self.removeOwnerButton = QPushButton(ActionDialog)
        self.removeOwnerButton.setObjectName(u"removeOwnerButton")

        self.removeRow.addWidget(self.removeOwnerButton)

        self.removeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeRow.addItem(self.removeSpacer)


        self.ownersLayout.addLayout(self.removeRow)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.ownersLayout)

        self.dueLabel = QLabel(ActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueRow = QHBoxLayout()
        self.dueRow.setObjectName(u"dueRow")
        self.dueEdit = QDateEdit(ActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.dueRow.addWidget(self.dueEdit)

        self.noDueCheck = QCheckBox(ActionDialog)
        self.noDueCheck.setObjectName(u"noDueCheck")

        self.dueRow.addWidget(self.noDueCheck)

        self.dueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueRow.addItem(self.dueSpacer)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.dueRow)

        self.statusLabel = QLabel(ActionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ActionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.reasonLabel = QLabel(ActionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(ActionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.sessionLabel = QLabel(ActionDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(ActionDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.decisionLabel = QLabel(ActionDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionCombo = QComboBox(ActionDialog)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.notesLabel = QLabel(ActionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesLayout = QVBoxLayout()
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesList = QListWidget(ActionDialog)
        self.notesList.setObjectName(u"notesList")
        self.notesList.setWordWrap(True)
        self.notesList.setMinimumSize(QSize(0, 90))
        self.notesList.setMaximumSize(QSize(16777215, 150))

        self.notesLayout.addWidget(self.notesList)

        self.noteButtonRow = QHBoxLayout()
        self.noteButtonRow.setObjectName(u"noteButtonRow")
        self.addNoteButton = QPushButton(ActionDialog)
        self.addNoteButton.setObjectName(u"addNoteButton")

        self.noteButtonRow.addWidget(self.addNoteButton)

        self.noteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteButtonRow.addItem(self.noteSpacer)


        self.notesLayout.addLayout(self.noteButtonRow)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.notesLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.whatLabel.setBuddy(self.whatEdit)
        self.projectLabel.setBuddy(self.projectCombo)
        self.goalLabel.setBuddy(self.goalCombo)
        self.ownersLabel.setBuddy(self.ownersList)
        self.personLabel.setBuddy(self.personEdit)
        self.staffLabel.setBuddy(self.staffEdit)
        self.dueLabel.setBuddy(self.dueEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.notesLabel.setBuddy(self.notesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whatEdit, self.projectCombo)
        QWidget.setTabOrder(self.projectCombo, self.goalCombo)
        QWidget.setTabOrder(self.goalCombo, self.ownersList)
        QWidget.setTabOrder(self.ownersList, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.addPersonButton)
        QWidget.setTabOrder(self.addPersonButton, self.staffEdit)
        QWidget.setTabOrder(self.staffEdit, self.addStaffButton)
        QWidget.setTabOrder(self.addStaffButton, self.removeOwnerButton)
        QWidget.setTabOrder(self.removeOwnerButton, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.noDueCheck)
        QWidget.setTabOrder(self.noDueCheck, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.decisionCombo)
        QWidget.setTabOrder(self.decisionCombo, self.notesList)
        QWidget.setTabOrder(self.notesList, self.addNoteButton)
        QWidget.setTabOrder(self.addNoteButton, self.buttonBox)

        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Action", None))
        self.errorSummary.setText("")
        self.whatLabel.setText(QCoreApplication.translate("ActionDialog", u"&What is to be done (required):", None))
#if QT_CONFIG(accessibility)
        self.whatEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"What is to be done (required)", None))
#endif // QT_CONFIG(accessibility)
        self.whatEdit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"For example: Book the room for May", None))
        self.projectLabel.setText(QCoreApplication.translate("ActionDialog", u"&Project:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
        self.goalLabel.setText(QCoreApplication.translate("ActionDialog", u"&Goal it serves:", None))
#if QT_CONFIG(accessibility)
        self.goalCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Goal it serves", None))
#endif // QT_CONFIG(accessibility)
        self.ownersLabel.setText(QCoreApplication.translate("ActionDialog", u"Who is &doing it (required):", None))
#if QT_CONFIG(accessibility)
        self.ownersList.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Who is doing it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownersList.setAccessibleDescription(QCoreApplication.translate("ActionDialog", u"Everyone doing this action. Select one and choose Remove to take them off.", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("ActionDialog", u"&From the register:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Someone on the register to add", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"Start typing a name", None))
        self.addPersonButton.setText(QCoreApplication.translate("ActionDialog", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.addPersonButton.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Add this person", None))
#endif // QT_CONFIG(accessibility)
        self.staffLabel.setText(QCoreApplication.translate("ActionDialog", u"Staff na&me:", None))
#if QT_CONFIG(accessibility)
        self.staffEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Name of a member of staff to add", None))
#endif // QT_CONFIG(accessibility)
        self.staffEdit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"Someone not on the register", None))
        self.addStaffButton.setText(QCoreApplication.translate("ActionDialog", u"Add s&taff", None))
#if QT_CONFIG(accessibility)
        self.addStaffButton.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Add this member of staff", None))
#endif // QT_CONFIG(accessibility)
        self.removeOwnerButton.setText(QCoreApplication.translate("ActionDialog", u"Remo&ve", None))
#if QT_CONFIG(accessibility)
        self.removeOwnerButton.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Remove the selected person from who is doing it", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("ActionDialog", u"Due &by:", None))
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Due by", None))
#endif // QT_CONFIG(accessibility)
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("ActionDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.noDueCheck.setAccessibleName(QCoreApplication.translate("ActionDialog", u"No due date", None))
#endif // QT_CONFIG(accessibility)
        self.noDueCheck.setText(QCoreApplication.translate("ActionDialog", u"No d&ue date", None))
        self.statusLabel.setText(QCoreApplication.translate("ActionDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("ActionDialog", u"Why it was dr&opped:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Why it was dropped", None))
#endif // QT_CONFIG(accessibility)
        self.sessionLabel.setText(QCoreApplication.translate("ActionDialog", u"S&ession it came from:", None))
#if QT_CONFIG(accessibility)
        self.sessionCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Session it came from", None))
#endif // QT_CONFIG(accessibility)
        self.decisionLabel.setText(QCoreApplication.translate("ActionDialog", u"De&cision it came from:", None))
#if QT_CONFIG(accessibility)
        self.decisionCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Decision it came from", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("ActionDialog", u"P&rogress notes:", None))
#if QT_CONFIG(accessibility)
        self.notesList.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Progress notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesList.setAccessibleDescription(QCoreApplication.translate("ActionDialog", u"Dated notes of how the action is going, oldest first.", None))
#endif // QT_CONFIG(accessibility)
        self.addNoteButton.setText(QCoreApplication.translate("ActionDialog", u"Add &note\u2026", None))
#if QT_CONFIG(accessibility)
        self.addNoteButton.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Add a progress note", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

