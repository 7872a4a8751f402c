# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outreach_plans.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_OutreachPlansDialog(object):
    def setupUi(self, OutreachPlansDialog):
        if not OutreachPlansDialog.objectName():
            OutreachPlansDialog.setObjectName(u"OutreachPlansDialog")
        OutreachPlansDialog.resize(1240, 480)
        OutreachPlansDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(OutreachPlansDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(OutreachPlansDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.table = QTableView(OutreachPlansDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.table)

        self.actionsLabel = QLabel(OutreachPlansDialog)
        self.actionsLabel.setObjectName(u"actionsLabel")
        self.actionsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.actionsLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.openButton = QPushButton(OutreachPlansDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.addActionButton = QPushButton(OutreachPlansDialog)
        self.addActionButton.setObjectName(u"addActionButton")

        self.buttonRow.addWidget(self.addActionButton)

        self.printButton = QPushButton(OutreachPlansDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.dialogLayout.addLayout(self.buttonRow)

        self.buttonBox = QDialogButtonBox(OutreachPlansDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.table, self.openButton)
        QWidget.setTabOrder(self.openButton, self.addActionButton)
        QWidget.setTabOrder(self.addActionButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.buttonBox)

        self.retranslateUi(OutreachPlansDialog)

        QMetaObject.connectSlotsByName(OutreachPlansDialog)
    # setupUi

    def retranslateUi(self, OutreachPlansDialog):
        OutreachPlansDialog.setWindowTitle(QCoreApplication.translate("OutreachPlansDialog", u"Outreach plans", None))
        self.introLabel.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("OutreachPlansDialog", u"Outreach plans", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("OutreachPlansDialog", u"Press Enter to open the selected plan.", None))
#endif // QT_CONFIG(accessibility)
        self.actionsLabel.setText("")
        self.openButton.setText(QCoreApplication.translate("OutreachPlansDialog", u"&Open\u2026", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("OutreachPlansDialog", u"Open the selected plan", None))
#endif // QT_CONFIG(accessibility)
        self.addActionButton.setText(QCoreApplication.translate("OutreachPlansDialog", u"&Add action\u2026", None))
#if QT_CONFIG(accessibility)
        self.addActionButton.setAccessibleName(QCoreApplication.translate("OutreachPlansDialog", u"Add an outreach action to the selected plan", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("OutreachPlansDialog", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("OutreachPlansDialog", u"Print the selected plan", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

