# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'story_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StoryDialog(object):
    def setupUi(self, StoryDialog):
        if not StoryDialog.objectName():
            StoryDialog.setObjectName(u"StoryDialog")
        StoryDialog.resize(760, 760)
        StoryDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(StoryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(StoryDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.titleLabel = QLabel(StoryDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(StoryDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.textLabel = QLabel(StoryDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(StoryDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMinimumSize(QSize(0, 90))
        self.textEdit.setMaximumSize(QSize(16777215, 160))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.personLabel = QLabel(StoryDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.sharedByRow = QHBoxLayout()
        self.sharedByRow.setObjectName(u"sharedByRow")
        self.personEdit = QLineEdit(StoryDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.sharedByRow.addWidget(self.personEdit)

        self.anonymousCheck = QCheckBox(StoryDialog)
        self.anonymousCheck.setObjectName(u"anonymousCheck")

        self.sharedByRow.addWidget(self.anonymousCheck)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.sharedByRow)

        self.dateLabel = QLabel(StoryDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(StoryDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.placeLabel = QLabel(StoryDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(StoryDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.projectLabel = QLabel(StoryDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(StoryDialog)
        self.projectCombo.setObjectName(u"projectCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.projectCombo.sizePolicy().hasHeightForWidth())
        self.projectCombo.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.sessionLabel = QLabel(StoryDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(StoryDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")
        sizePolicy1.setHeightForWidth(self.sessionCombo.sizePolicy().hasHeightForWidth())
        self.sessionCombo.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.consentLabel = QLabel(StoryDialog)
        self.consentLabel.setObjectName(u"consentLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentLayout = QVBoxLayout()
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentCombo = QComboBox(StoryDialog)
        self.consentCombo.setObjectName(u"consentCombo")
        sizePolicy1.setHeightForWidth(self.consentCombo.sizePolicy().hasHeightForWidth())
        self.consentCombo.setSizePolicy(sizePolicy1)

        self.consentLayout.addWidget(self.consentCombo)

        self.consentHint = QLabel(StoryDialog)
        self.consentHint.setObjectName(u"consentHint")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.consentHint.sizePolicy().hasHeightForWidth())
        self.consentHint.setSizePolicy(sizePolicy2)
        self.consentHint.setWordWrap(True)

        self.consentLayout.addWidget(self.consentHint)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.consentLayout)

        self.themesLabel = QLabel(StoryDialog)
        self.themesLabel.setObjectName(u"themesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.themesLabel)

        self.themesLayout = QVBoxLayout()
        self.themesLayout.setObjectName(u"themesLayout")
        self.themesList = QListWidget(StoryDialog)
        self.themesList.setObjectName(u"themesList")
        self.themesList.setMinimumSize(QSize(0, 80))
        self.themesList.setMaximumSize(QSize(16777215, 140))

        self.themesLayout.addWidget(self.themesList)

        self.themeButtonRow = QHBoxLayout()
        self.themeButtonRow.setObjectName(u"themeButtonRow")
        self.newThemeButton = QPushButton(StoryDialog)
        self.newThemeButton.setObjectName(u"newThemeButton")

        self.themeButtonRow.addWidget(self.newThemeButton)

        self.themeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.themeButtonRow.addItem(self.themeSpacer)


        self.themesLayout.addLayout(self.themeButtonRow)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.themesLayout)

        self.ledToLabel = QLabel(StoryDialog)
        self.ledToLabel.setObjectName(u"ledToLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.ledToLabel)

        self.ledToList = QListWidget(StoryDialog)
        self.ledToList.setObjectName(u"ledToList")
        self.ledToList.setWordWrap(True)
        self.ledToList.setMinimumSize(QSize(0, 50))
        self.ledToList.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ledToList)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(StoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.textLabel.setBuddy(self.textEdit)
        self.personLabel.setBuddy(self.personEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.projectLabel.setBuddy(self.projectCombo)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.consentLabel.setBuddy(self.consentCombo)
        self.themesLabel.setBuddy(self.themesList)
        self.ledToLabel.setBuddy(self.ledToList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.anonymousCheck)
        QWidget.setTabOrder(self.anonymousCheck, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.projectCombo)
        QWidget.setTabOrder(self.projectCombo, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.consentCombo)
        QWidget.setTabOrder(self.consentCombo, self.themesList)
        QWidget.setTabOrder(self.themesList, self.newThemeButton)
        QWidget.setTabOrder(self.newThemeButton, self.ledToList)
        QWidget.setTabOrder(self.ledToList, self.buttonBox)

        self.retranslateUi(StoryDialog)

        QMetaObject.connectSlotsByName(StoryDialog)
    # setupUi

    def retranslateUi(self, StoryDialog):
        StoryDialog.setWindowTitle(QCoreApplication.translate("StoryDialog", u"Story", None))
        self.errorSummary.setText("")
        self.titleLabel.setText(QCoreApplication.translate("StoryDialog", u"&Title (required):", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("StoryDialog", u"Title (required)", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("StoryDialog", u"A few words to find it by, for example: Two buses to the clinic", None))
        self.textLabel.setText(QCoreApplication.translate("StoryDialog", u"&What they shared (required):", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("StoryDialog", u"What they shared (required)", None))
#endif // QT_CONFIG(accessibility)
        self.textEdit.setPlaceholderText(QCoreApplication.translate("StoryDialog", u"In their words if you can", None))
        self.personLabel.setText(QCoreApplication.translate("StoryDialog", u"Shared &by:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("StoryDialog", u"Who shared it, from the register", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("StoryDialog", u"Start typing a name, or tick Anonymous", None))
        self.anonymousCheck.setText(QCoreApplication.translate("StoryDialog", u"A&nonymous", None))
        self.dateLabel.setText(QCoreApplication.translate("StoryDialog", u"Told &on:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("StoryDialog", u"Date it was told", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("StoryDialog", u"dd/MM/yyyy", None))
        self.placeLabel.setText(QCoreApplication.translate("StoryDialog", u"Whe&re:", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("StoryDialog", u"Where it was shared", None))
#endif // QT_CONFIG(accessibility)
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("StoryDialog", u"For example: at the carers' caf\u00e9, or on the phone", None))
        self.projectLabel.setText(QCoreApplication.translate("StoryDialog", u"&Project:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("StoryDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
        self.sessionLabel.setText(QCoreApplication.translate("StoryDialog", u"S&ession:", None))
#if QT_CONFIG(accessibility)
        self.sessionCombo.setAccessibleName(QCoreApplication.translate("StoryDialog", u"Session it was shared at", None))
#endif // QT_CONFIG(accessibility)
        self.consentLabel.setText(QCoreApplication.translate("StoryDialog", u"How it may be &used:", None))
#if QT_CONFIG(accessibility)
        self.consentCombo.setAccessibleName(QCoreApplication.translate("StoryDialog", u"How it may be used", None))
#endif // QT_CONFIG(accessibility)
        self.consentHint.setText("")
        self.themesLabel.setText(QCoreApplication.translate("StoryDialog", u"The&mes:", None))
#if QT_CONFIG(accessibility)
        self.themesList.setAccessibleName(QCoreApplication.translate("StoryDialog", u"Themes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themesList.setAccessibleDescription(QCoreApplication.translate("StoryDialog", u"Tick each theme the story is about. Space ticks or unticks the selected one.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newThemeButton.setAccessibleName(QCoreApplication.translate("StoryDialog", u"Add a new theme", None))
#endif // QT_CONFIG(accessibility)
        self.newThemeButton.setText(QCoreApplication.translate("StoryDialog", u"&Add a theme\u2026", None))
        self.ledToLabel.setText(QCoreApplication.translate("StoryDialog", u"What it &led to:", None))
#if QT_CONFIG(accessibility)
        self.ledToList.setAccessibleName(QCoreApplication.translate("StoryDialog", u"Decisions this story informed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ledToList.setAccessibleDescription(QCoreApplication.translate("StoryDialog", u"Decisions that cite this story. Choose the stories a decision drew on in the Decisions screen.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

