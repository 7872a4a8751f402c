# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sessions_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_SessionsPage(object):
    def setupUi(self, SessionsPage):
        if not SessionsPage.objectName():
            SessionsPage.setObjectName(u"SessionsPage")
        SessionsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(SessionsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headingLabel = QLabel(SessionsPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.pageLayout.addWidget(self.headingLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.projectLabel = QLabel(SessionsPage)
        self.projectLabel.setObjectName(u"projectLabel")

        self.filterRow.addWidget(self.projectLabel)

        self.projectFilter = QComboBox(SessionsPage)
        self.projectFilter.setObjectName(u"projectFilter")

        self.filterRow.addWidget(self.projectFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.countLabel = QLabel(SessionsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterRow)

        self.table = QTableView(SessionsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.pageLayout.addWidget(self.table)

        self.messageLabel = QLabel(SessionsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(SessionsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.openButton = QPushButton(SessionsPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.registerButton = QPushButton(SessionsPage)
        self.registerButton.setObjectName(u"registerButton")

        self.buttonRow.addWidget(self.registerButton)

        self.packButton = QPushButton(SessionsPage)
        self.packButton.setObjectName(u"packButton")

        self.buttonRow.addWidget(self.packButton)

        self.summaryButton = QPushButton(SessionsPage)
        self.summaryButton.setObjectName(u"summaryButton")

        self.buttonRow.addWidget(self.summaryButton)

        self.projectSummaryButton = QPushButton(SessionsPage)
        self.projectSummaryButton.setObjectName(u"projectSummaryButton")

        self.buttonRow.addWidget(self.projectSummaryButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.paymentsButton = QPushButton(SessionsPage)
        self.paymentsButton.setObjectName(u"paymentsButton")

        self.buttonRow.addWidget(self.paymentsButton)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.projectLabel.setBuddy(self.projectFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.projectFilter, self.table)
        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.packButton)
        QWidget.setTabOrder(self.packButton, self.summaryButton)
        QWidget.setTabOrder(self.summaryButton, self.projectSummaryButton)
        QWidget.setTabOrder(self.projectSummaryButton, self.paymentsButton)

        self.retranslateUi(SessionsPage)

        QMetaObject.connectSlotsByName(SessionsPage)
    # setupUi

    def retranslateUi(self, SessionsPage):
#if QT_CONFIG(accessibility)
        SessionsPage.setAccessibleName(QCoreApplication.translate("SessionsPage", u"Sessions", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("SessionsPage", u"Sessions", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("SessionsPage", u"Sessions", None))
#endif // QT_CONFIG(accessibility)
        self.projectLabel.setText(QCoreApplication.translate("SessionsPage", u"Pro&ject:", None))
#if QT_CONFIG(accessibility)
        self.projectFilter.setAccessibleName(QCoreApplication.translate("SessionsPage", u"Show sessions of project", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("SessionsPage", u"Sessions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("SessionsPage", u"Press Enter to open the selected session's register.", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("SessionsPage", u"&New session\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("SessionsPage", u"New session", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("SessionsPage", u"&Details\u2026", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("SessionsPage", u"Change the selected session's details", None))
#endif // QT_CONFIG(accessibility)
        self.registerButton.setText(QCoreApplication.translate("SessionsPage", u"&Register\u2026", None))
#if QT_CONFIG(accessibility)
        self.registerButton.setAccessibleName(QCoreApplication.translate("SessionsPage", u"Attendance register of the selected session", None))
#endif // QT_CONFIG(accessibility)
        self.packButton.setText(QCoreApplication.translate("SessionsPage", u"&Meeting pack\u2026", None))
#if QT_CONFIG(accessibility)
        self.packButton.setAccessibleName(QCoreApplication.translate("SessionsPage", u"Meeting pack for the selected session", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.packButton.setAccessibleDescription(QCoreApplication.translate("SessionsPage", u"Save a large-print pack to send before the session, as a PDF or Word document.", None))
#endif // QT_CONFIG(accessibility)
        self.summaryButton.setText(QCoreApplication.translate("SessionsPage", u"&Summary\u2026", None))
#if QT_CONFIG(accessibility)
        self.summaryButton.setAccessibleName(QCoreApplication.translate("SessionsPage", u"Summary of the selected session", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryButton.setAccessibleDescription(QCoreApplication.translate("SessionsPage", u"Save a large-print summary to hand out after the session, as a PDF or Word document.", None))
#endif // QT_CONFIG(accessibility)
        self.projectSummaryButton.setText(QCoreApplication.translate("SessionsPage", u"Pr&oject summary\u2026", None))
#if QT_CONFIG(accessibility)
        self.projectSummaryButton.setAccessibleName(QCoreApplication.translate("SessionsPage", u"Summary of a project for a period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.projectSummaryButton.setAccessibleDescription(QCoreApplication.translate("SessionsPage", u"Save a large-print summary of one project's sessions, decisions and actions over a period you choose, as a PDF or Word document.", None))
#endif // QT_CONFIG(accessibility)
        self.paymentsButton.setText(QCoreApplication.translate("SessionsPage", u"&Work out payments\u2026", None))
#if QT_CONFIG(accessibility)
        self.paymentsButton.setAccessibleName(QCoreApplication.translate("SessionsPage", u"Work out the payments for the selected session", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

