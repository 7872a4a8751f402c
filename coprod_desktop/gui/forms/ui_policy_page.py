# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PolicyPage(object):
    def setupUi(self, PolicyPage):
        if not PolicyPage.objectName():
            PolicyPage.setObjectName(u"PolicyPage")
        PolicyPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(PolicyPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headingLabel = QLabel(PolicyPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.pageLayout.addWidget(self.headingLabel)

        self.table = QTableView(PolicyPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.pageLayout.addWidget(self.table)

        self.sourceHeading = QLabel(PolicyPage)
        self.sourceHeading.setObjectName(u"sourceHeading")

        self.pageLayout.addWidget(self.sourceHeading)

        self.sourceView = QPlainTextEdit(PolicyPage)
        self.sourceView.setObjectName(u"sourceView")
        self.sourceView.setReadOnly(True)
        self.sourceView.setTabChangesFocus(True)
        self.sourceView.setMaximumSize(QSize(16777215, 110))

        self.pageLayout.addWidget(self.sourceView)

        self.messageLabel = QLabel(PolicyPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(PolicyPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.openButton = QPushButton(PolicyPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.table, self.sourceView)
        QWidget.setTabOrder(self.sourceView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)

        self.retranslateUi(PolicyPage)

        QMetaObject.connectSlotsByName(PolicyPage)
    # setupUi

    def retranslateUi(self, PolicyPage):
#if QT_CONFIG(accessibility)
        PolicyPage.setAccessibleName(QCoreApplication.translate("PolicyPage", u"Rewards policy", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("PolicyPage", u"Rewards policy", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("PolicyPage", u"Rewards policy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PolicyPage", u"Rates, newest first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("PolicyPage", u"Each set of rates is in force from its date until the next", None))
#endif // QT_CONFIG(accessibility)
        self.sourceHeading.setText(QCoreApplication.translate("PolicyPage", u"Where the selected rates come from:", None))
#if QT_CONFIG(accessibility)
        self.sourceView.setAccessibleName(QCoreApplication.translate("PolicyPage", u"Where the selected rates come from", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("PolicyPage", u"&New rates\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("PolicyPage", u"Add rates in force from a date", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("PolicyPage", u"&Open\u2026", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("PolicyPage", u"See or correct the selected rates", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

