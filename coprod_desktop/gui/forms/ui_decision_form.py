# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(760, 860)
        DecisionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DecisionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(DecisionDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.projectLabel = QLabel(DecisionDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(DecisionDialog)
        self.projectCombo.setObjectName(u"projectCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.projectCombo.sizePolicy().hasHeightForWidth())
        self.projectCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.dateLabel = QLabel(DecisionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(DecisionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy1)
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.sessionLabel = QLabel(DecisionDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(DecisionDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")
        sizePolicy.setHeightForWidth(self.sessionCombo.sizePolicy().hasHeightForWidth())
        self.sessionCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.whatLabel = QLabel(DecisionDialog)
        self.whatLabel.setObjectName(u"whatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.whatEdit = QPlainTextEdit(DecisionDialog)
        self.whatEdit.setObjectName(u"whatEdit")
        self.whatEdit.setTabChangesFocus(True)
        self.whatEdit.setMinimumSize(QSize(0, 70))
        self.whatEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.whatEdit)

        self.methodLabel = QLabel(DecisionDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(DecisionDialog)
        self.methodCombo.setObjectName(u"methodCombo")
        sizePolicy.setHeightForWidth(self.methodCombo.sizePolicy().hasHeightForWidth())
        self.methodCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.peopleLabel = QLabel(DecisionDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleLayout = QVBoxLayout()
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleList = QListWidget(DecisionDialog)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setMinimumSize(QSize(0, 70))
        self.peopleList.setMaximumSize(QSize(16777215, 110))

        self.peopleLayout.addWidget(self.peopleList)

        self.personRow = QHBoxLayout()
        self.personRow.setObjectName(u"personRow")
        self.personLabel = QLabel(DecisionDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.personRow.addWidget(self.personLabel)

        self.personEdit = QLineEdit(DecisionDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.personRow.addWidget(self.personEdit)

        self.addPersonButton = QPushButton(DecisionDialog)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.personRow.addWidget(self.addPersonButton)


        self.peopleLayout.addLayout(self.personRow)

        self.peopleButtonRow = QHBoxLayout()
        self.peopleButtonRow.setObjectName(u"peopleButtonRow")
        self.attendedButton = QPushButton(DecisionDialog)
        self.attendedButton.setObjectName(u"attendedButton")

        self.peopleButtonRow.addWidget(self.attendedButton)

        self.removePersonButton = QPushButton(DecisionDialog)
        self.removePersonButton.setObjectName(u"removePersonButton")

        self.peopleButtonRow.addWidget(self.removePersonButton)

        self.peopleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleButtonRow.addItem(self.peopleSpacer)


        self.peopleLayout.addLayout(self.peopleButtonRow)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.peopleLayout)

        self.othersLabel = QLabel(DecisionDialog)
        self.othersLabel.setObjectName(u"othersLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.othersLabel)

        self.othersEdit = QLineEdit(DecisionDialog)
        self.othersEdit.setObjectName(u"othersEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.othersEdit)

        self.changesLabel = QLabel(DecisionDialog)
        self.changesLabel.setObjectName(u"changesLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.changesLabel)

        self.changesEdit = QPlainTextEdit(DecisionDialog)
        self.changesEdit.setObjectName(u"changesEdit")
        self.changesEdit.setTabChangesFocus(True)
        self.changesEdit.setMinimumSize(QSize(0, 70))
        self.changesEdit.setMaximumSize(QSize(16777215, 120))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.changesEdit)

        self.storiesLabel = QLabel(DecisionDialog)
        self.storiesLabel.setObjectName(u"storiesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.storiesLabel)

        self.storiesList = QListWidget(DecisionDialog)
        self.storiesList.setObjectName(u"storiesList")
        self.storiesList.setMinimumSize(QSize(0, 60))
        self.storiesList.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.storiesList)

        self.ledToLabel = QLabel(DecisionDialog)
        self.ledToLabel.setObjectName(u"ledToLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.ledToLabel)

        self.ledToList = QListWidget(DecisionDialog)
        self.ledToList.setObjectName(u"ledToList")
        self.ledToList.setWordWrap(True)
        self.ledToList.setMinimumSize(QSize(0, 60))
        self.ledToList.setMaximumSize(QSize(16777215, 100))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ledToList)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(DecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.projectLabel.setBuddy(self.projectCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.whatLabel.setBuddy(self.whatEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.peopleLabel.setBuddy(self.peopleList)
        self.personLabel.setBuddy(self.personEdit)
        self.othersLabel.setBuddy(self.othersEdit)
        self.changesLabel.setBuddy(self.changesEdit)
        self.storiesLabel.setBuddy(self.storiesList)
        self.ledToLabel.setBuddy(self.ledToList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.projectCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.whatEdit)
        QWidget.setTabOrder(self.whatEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.peopleList)
        QWidget.setTabOrder(self.peopleList, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.addPersonButton)
        QWidget.setTabOrder(self.addPersonButton, self.attendedButton)
        QWidget.setTabOrder(self.attendedButton, self.removePersonButton)
        QWidget.setTabOrder(self.removePersonButton, self.othersEdit)
        QWidget.setTabOrder(self.othersEdit, self.changesEdit)
        QWidget.setTabOrder(self.changesEdit, self.storiesList)
        QWidget.setTabOrder(self.storiesList, self.ledToList)
        QWidget.setTabOrder(self.ledToList, self.buttonBox)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Decision", None))
        self.errorSummary.setText("")
        self.projectLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Project:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Date decided:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Date decided", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("DecisionDialog", u"dd/MM/yyyy", None))
        self.sessionLabel.setText(QCoreApplication.translate("DecisionDialog", u"S&ession:", None))
#if QT_CONFIG(accessibility)
        self.sessionCombo.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Session it was decided at", None))
#endif // QT_CONFIG(accessibility)
        self.whatLabel.setText(QCoreApplication.translate("DecisionDialog", u"&What was decided (required):", None))
#if QT_CONFIG(accessibility)
        self.whatEdit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"What was decided (required)", None))
#endif // QT_CONFIG(accessibility)
        self.whatEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"For example: Open the caf\u00e9 on Saturdays from March", None))
        self.methodLabel.setText(QCoreApplication.translate("DecisionDialog", u"&How it was decided:", None))
#if QT_CONFIG(accessibility)
        self.methodCombo.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"How it was decided", None))
#endif // QT_CONFIG(accessibility)
        self.peopleLabel.setText(QCoreApplication.translate("DecisionDialog", u"Who took pa&rt:", None))
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Who took part", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleDescription(QCoreApplication.translate("DecisionDialog", u"People on the register who took part. Select one and choose Remove to take them off.", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("DecisionDialog", u"&From the register:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Someone on the register to add", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"Start typing a name", None))
#if QT_CONFIG(accessibility)
        self.addPersonButton.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Add this person", None))
#endif // QT_CONFIG(accessibility)
        self.addPersonButton.setText(QCoreApplication.translate("DecisionDialog", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.attendedButton.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Add everyone who attended the session", None))
#endif // QT_CONFIG(accessibility)
        self.attendedButton.setText(QCoreApplication.translate("DecisionDialog", u"Add everyone who a&ttended the session", None))
#if QT_CONFIG(accessibility)
        self.removePersonButton.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Remove the selected person from who took part", None))
#endif // QT_CONFIG(accessibility)
        self.removePersonButton.setText(QCoreApplication.translate("DecisionDialog", u"Remo&ve", None))
        self.othersLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Others present:", None))
#if QT_CONFIG(accessibility)
        self.othersEdit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Others who took part, not on the register", None))
#endif // QT_CONFIG(accessibility)
        self.othersEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"People not on the register, such as: two visitors from the council", None))
        self.changesLabel.setText(QCoreApplication.translate("DecisionDialog", u"What it chan&ges:", None))
#if QT_CONFIG(accessibility)
        self.changesEdit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"What it changes", None))
#endif // QT_CONFIG(accessibility)
        self.changesEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"For example: the caf\u00e9 needs two more volunteers on Saturdays", None))
        self.storiesLabel.setText(QCoreApplication.translate("DecisionDialog", u"Stories that &informed it:", None))
#if QT_CONFIG(accessibility)
        self.storiesList.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Stories that informed it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.storiesList.setAccessibleDescription(QCoreApplication.translate("DecisionDialog", u"Tick each story the decision drew on. Space ticks or unticks the selected one.", None))
#endif // QT_CONFIG(accessibility)
        self.ledToLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Led to these actions:", None))
#if QT_CONFIG(accessibility)
        self.ledToList.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Actions this decision led to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ledToList.setAccessibleDescription(QCoreApplication.translate("DecisionDialog", u"Actions that came from this decision. Add them in the Actions screen.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

