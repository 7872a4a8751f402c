# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_list.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReferenceListDialog(object):
    def setupUi(self, ReferenceListDialog):
        if not ReferenceListDialog.objectName():
            ReferenceListDialog.setObjectName(u"ReferenceListDialog")
        ReferenceListDialog.resize(820, 460)
        ReferenceListDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ReferenceListDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ReferenceListDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.table = QTableView(ReferenceListDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.table)

        self.messageLabel = QLabel(ReferenceListDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.importButton = QPushButton(ReferenceListDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.handButton = QPushButton(ReferenceListDialog)
        self.handButton.setObjectName(u"handButton")

        self.buttonRow.addWidget(self.handButton)

        self.deleteButton = QPushButton(ReferenceListDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.dialogLayout.addLayout(self.buttonRow)

        self.buttonBox = QDialogButtonBox(ReferenceListDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.table, self.importButton)
        QWidget.setTabOrder(self.importButton, self.handButton)
        QWidget.setTabOrder(self.handButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.buttonBox)

        self.retranslateUi(ReferenceListDialog)

        QMetaObject.connectSlotsByName(ReferenceListDialog)
    # setupUi

    def retranslateUi(self, ReferenceListDialog):
        ReferenceListDialog.setWindowTitle(QCoreApplication.translate("ReferenceListDialog", u"Reference populations", None))
        self.introLabel.setText(QCoreApplication.translate("ReferenceListDialog", u"Figures to compare who takes part with. The 2021 census for England and Wales is built in; add your own area's figures from a CSV file or by hand.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ReferenceListDialog", u"Reference populations", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.importButton.setText(QCoreApplication.translate("ReferenceListDialog", u"&Import CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("ReferenceListDialog", u"Import figures from a CSV file", None))
#endif // QT_CONFIG(accessibility)
        self.handButton.setText(QCoreApplication.translate("ReferenceListDialog", u"Enter by &hand\u2026", None))
#if QT_CONFIG(accessibility)
        self.handButton.setAccessibleName(QCoreApplication.translate("ReferenceListDialog", u"Enter figures by hand", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("ReferenceListDialog", u"&Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("ReferenceListDialog", u"Delete the selected reference population", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

