# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payments_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit,
    QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_PaymentsPage(object):
    def setupUi(self, PaymentsPage):
        if not PaymentsPage.objectName():
            PaymentsPage.setObjectName(u"PaymentsPage")
        PaymentsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(PaymentsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headingLabel = QLabel(PaymentsPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.pageLayout.addWidget(self.headingLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusLabel = QLabel(PaymentsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(PaymentsPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.personLabel = QLabel(PaymentsPage)
        self.personLabel.setObjectName(u"personLabel")

        self.filterRow.addWidget(self.personLabel)

        self.personFilter = QComboBox(PaymentsPage)
        self.personFilter.setObjectName(u"personFilter")

        self.filterRow.addWidget(self.personFilter)

        self.projectLabel = QLabel(PaymentsPage)
        self.projectLabel.setObjectName(u"projectLabel")

        self.filterRow.addWidget(self.projectLabel)

        self.projectFilter = QComboBox(PaymentsPage)
        self.projectFilter.setObjectName(u"projectFilter")

        self.filterRow.addWidget(self.projectFilter)

        self.fromLabel = QLabel(PaymentsPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(PaymentsPage)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.fromEdit)

        self.toLabel = QLabel(PaymentsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow.addWidget(self.toLabel)

        self.toEdit = QDateEdit(PaymentsPage)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.toEdit)


        self.pageLayout.addLayout(self.filterRow)

        self.table = QTableView(PaymentsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.pageLayout.addWidget(self.table)

        self.totalLabel = QLabel(PaymentsPage)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.totalLabel)

        self.messageLabel = QLabel(PaymentsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(PaymentsPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.expenseButton = QPushButton(PaymentsPage)
        self.expenseButton.setObjectName(u"expenseButton")

        self.buttonRow.addWidget(self.expenseButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.approveButton = QPushButton(PaymentsPage)
        self.approveButton.setObjectName(u"approveButton")

        self.buttonRow.addWidget(self.approveButton)

        self.paidButton = QPushButton(PaymentsPage)
        self.paidButton.setObjectName(u"paidButton")

        self.buttonRow.addWidget(self.paidButton)

        self.cancelButton = QPushButton(PaymentsPage)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.reverseButton = QPushButton(PaymentsPage)
        self.reverseButton.setObjectName(u"reverseButton")

        self.buttonRow.addWidget(self.reverseButton)

        self.statementButton = QPushButton(PaymentsPage)
        self.statementButton.setObjectName(u"statementButton")

        self.buttonRow.addWidget(self.statementButton)

        self.exportButton = QPushButton(PaymentsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusFilter)
        self.personLabel.setBuddy(self.personFilter)
        self.projectLabel.setBuddy(self.projectFilter)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusFilter, self.personFilter)
        QWidget.setTabOrder(self.personFilter, self.projectFilter)
        QWidget.setTabOrder(self.projectFilter, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.table)
        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.expenseButton)
        QWidget.setTabOrder(self.expenseButton, self.approveButton)
        QWidget.setTabOrder(self.approveButton, self.paidButton)
        QWidget.setTabOrder(self.paidButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.reverseButton)
        QWidget.setTabOrder(self.reverseButton, self.statementButton)
        QWidget.setTabOrder(self.statementButton, self.exportButton)

        self.retranslateUi(PaymentsPage)

        QMetaObject.connectSlotsByName(PaymentsPage)
    # setupUi

    def retranslateUi(self, PaymentsPage):
#if QT_CONFIG(accessibility)
        PaymentsPage.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Payments", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("PaymentsPage", u"Payments", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Payments", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("PaymentsPage", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Filter by status", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("PaymentsPage", u"Pers&on:", None))
#if QT_CONFIG(accessibility)
        self.personFilter.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Filter by person", None))
#endif // QT_CONFIG(accessibility)
        self.projectLabel.setText(QCoreApplication.translate("PaymentsPage", u"Pro&ject:", None))
#if QT_CONFIG(accessibility)
        self.projectFilter.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Filter by project", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("PaymentsPage", u"F&rom:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("PaymentsPage", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("PaymentsPage", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setDisplayFormat(QCoreApplication.translate("PaymentsPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Payments", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("PaymentsPage", u"Select several with Shift or Ctrl to approve them together", None))
#endif // QT_CONFIG(accessibility)
        self.totalLabel.setText("")
        self.messageLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("PaymentsPage", u"Add pa&yment\u2026", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Add a payment by hand", None))
#endif // QT_CONFIG(accessibility)
        self.expenseButton.setText(QCoreApplication.translate("PaymentsPage", u"Add expe&nse\u2026", None))
#if QT_CONFIG(accessibility)
        self.expenseButton.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Add an expense claim", None))
#endif // QT_CONFIG(accessibility)
        self.approveButton.setText(QCoreApplication.translate("PaymentsPage", u"&Approve\u2026", None))
#if QT_CONFIG(accessibility)
        self.approveButton.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Approve the selected payments", None))
#endif // QT_CONFIG(accessibility)
        self.paidButton.setText(QCoreApplication.translate("PaymentsPage", u"&Mark paid\u2026", None))
#if QT_CONFIG(accessibility)
        self.paidButton.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Record that the selected payment has been paid", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("PaymentsPage", u"&Cancel payment\u2026", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Cancel the selected payment", None))
#endif // QT_CONFIG(accessibility)
        self.reverseButton.setText(QCoreApplication.translate("PaymentsPage", u"Re&verse\u2026", None))
#if QT_CONFIG(accessibility)
        self.reverseButton.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Reverse the selected paid payment", None))
#endif // QT_CONFIG(accessibility)
        self.statementButton.setText(QCoreApplication.translate("PaymentsPage", u"&Statement\u2026", None))
#if QT_CONFIG(accessibility)
        self.statementButton.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Make a tax-year payment statement for a person", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("PaymentsPage", u"E&xport\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("PaymentsPage", u"Export approved payments for finance", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

