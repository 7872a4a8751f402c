# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payments_preview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget)

class Ui_PaymentsPreviewDialog(object):
    def setupUi(self, PaymentsPreviewDialog):
        if not PaymentsPreviewDialog.objectName():
            PaymentsPreviewDialog.setObjectName(u"PaymentsPreviewDialog")
        PaymentsPreviewDialog.resize(900, 560)
        PaymentsPreviewDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PaymentsPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(PaymentsPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.table = QTableView(PaymentsPreviewDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.table)

        self.totalLabel = QLabel(PaymentsPreviewDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.totalLabel)

        self.buttonBox = QDialogButtonBox(PaymentsPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.table, self.buttonBox)

        self.retranslateUi(PaymentsPreviewDialog)

        QMetaObject.connectSlotsByName(PaymentsPreviewDialog)
    # setupUi

    def retranslateUi(self, PaymentsPreviewDialog):
        PaymentsPreviewDialog.setWindowTitle(QCoreApplication.translate("PaymentsPreviewDialog", u"Payments for this session", None))
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PaymentsPreviewDialog", u"Payments that will be created", None))
#endif // QT_CONFIG(accessibility)
        self.totalLabel.setText("")
    # retranslateUi

