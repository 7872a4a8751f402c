# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_RegisterDialog(object):
    def setupUi(self, RegisterDialog):
        if not RegisterDialog.objectName():
            RegisterDialog.setObjectName(u"RegisterDialog")
        RegisterDialog.resize(820, 600)
        RegisterDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(RegisterDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sessionLabel = QLabel(RegisterDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.sessionLabel)

        self.helpLabel = QLabel(RegisterDialog)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.helpLabel)

        self.table = QTableView(RegisterDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.table)

        self.minutesRow = QHBoxLayout()
        self.minutesRow.setObjectName(u"minutesRow")
        self.minutesLabel = QLabel(RegisterDialog)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.minutesRow.addWidget(self.minutesLabel)

        self.minutesSpin = QSpinBox(RegisterDialog)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMaximum(1440)

        self.minutesRow.addWidget(self.minutesSpin)

        self.prepLabel = QLabel(RegisterDialog)
        self.prepLabel.setObjectName(u"prepLabel")

        self.minutesRow.addWidget(self.prepLabel)

        self.prepSpin = QSpinBox(RegisterDialog)
        self.prepSpin.setObjectName(u"prepSpin")
        self.prepSpin.setMaximum(1440)

        self.minutesRow.addWidget(self.prepSpin)

        self.minutesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minutesRow.addItem(self.minutesSpacer)


        self.dialogLayout.addLayout(self.minutesRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.inviteButton = QPushButton(RegisterDialog)
        self.inviteButton.setObjectName(u"inviteButton")

        self.buttonRow.addWidget(self.inviteButton)

        self.attendedButton = QPushButton(RegisterDialog)
        self.attendedButton.setObjectName(u"attendedButton")

        self.buttonRow.addWidget(self.attendedButton)

        self.apologiesButton = QPushButton(RegisterDialog)
        self.apologiesButton.setObjectName(u"apologiesButton")

        self.buttonRow.addWidget(self.apologiesButton)

        self.absentButton = QPushButton(RegisterDialog)
        self.absentButton.setObjectName(u"absentButton")

        self.buttonRow.addWidget(self.absentButton)

        self.removeButton = QPushButton(RegisterDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.regSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.regSpacer)

        self.buttonBox = QDialogButtonBox(RegisterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.prepLabel.setBuddy(self.prepSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.prepSpin)
        QWidget.setTabOrder(self.prepSpin, self.inviteButton)
        QWidget.setTabOrder(self.inviteButton, self.attendedButton)
        QWidget.setTabOrder(self.attendedButton, self.apologiesButton)
        QWidget.setTabOrder(self.apologiesButton, self.absentButton)
        QWidget.setTabOrder(self.absentButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.buttonBox)

        self.retranslateUi(RegisterDialog)

        QMetaObject.connectSlotsByName(RegisterDialog)
    # setupUi

    def retranslateUi(self, RegisterDialog):
        RegisterDialog.setWindowTitle(QCoreApplication.translate("RegisterDialog", u"Attendance register", None))
        self.sessionLabel.setText("")
        self.helpLabel.setText(QCoreApplication.translate("RegisterDialog", u"Select a person and press A (attended), P (gave apologies), D (did not attend) or I (invited only). Minutes can be changed below.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Attendance register", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("RegisterDialog", u"Press A, P, D or I to record attendance", None))
#endif // QT_CONFIG(accessibility)
        self.minutesLabel.setText(QCoreApplication.translate("RegisterDialog", u"&Time at the session for the selected person:", None))
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Time at the session in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.minutesSpin.setSuffix(QCoreApplication.translate("RegisterDialog", u" minutes", None))
        self.prepLabel.setText(QCoreApplication.translate("RegisterDialog", u"Prepa&ration:", None))
#if QT_CONFIG(accessibility)
        self.prepSpin.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Preparation time in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.prepSpin.setSuffix(QCoreApplication.translate("RegisterDialog", u" minutes", None))
        self.inviteButton.setText(QCoreApplication.translate("RegisterDialog", u"&Invite people\u2026", None))
#if QT_CONFIG(accessibility)
        self.inviteButton.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Invite people to this session", None))
#endif // QT_CONFIG(accessibility)
        self.attendedButton.setText(QCoreApplication.translate("RegisterDialog", u"&Attended", None))
#if QT_CONFIG(accessibility)
        self.attendedButton.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Mark the selected people as attended", None))
#endif // QT_CONFIG(accessibility)
        self.apologiesButton.setText(QCoreApplication.translate("RegisterDialog", u"A&pologies", None))
#if QT_CONFIG(accessibility)
        self.apologiesButton.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Mark the selected people as having given apologies", None))
#endif // QT_CONFIG(accessibility)
        self.absentButton.setText(QCoreApplication.translate("RegisterDialog", u"&Did not attend", None))
#if QT_CONFIG(accessibility)
        self.absentButton.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Mark the selected people as not attending", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("RegisterDialog", u"Re&move\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Take the selected people off the register", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

