# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_FeedbackPage(object):
    def setupUi(self, FeedbackPage):
        if not FeedbackPage.objectName():
            FeedbackPage.setObjectName(u"FeedbackPage")
        FeedbackPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(FeedbackPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headingLabel = QLabel(FeedbackPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.pageLayout.addWidget(self.headingLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.projectLabel = QLabel(FeedbackPage)
        self.projectLabel.setObjectName(u"projectLabel")

        self.filterRow.addWidget(self.projectLabel)

        self.projectFilter = QComboBox(FeedbackPage)
        self.projectFilter.setObjectName(u"projectFilter")

        self.filterRow.addWidget(self.projectFilter)

        self.statusLabel = QLabel(FeedbackPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(FeedbackPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.countLabel = QLabel(FeedbackPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterRow)

        self.table = QTableView(FeedbackPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.pageLayout.addWidget(self.table)

        self.messageLabel = QLabel(FeedbackPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(FeedbackPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.openButton = QPushButton(FeedbackPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.projectLabel.setBuddy(self.projectFilter)
        self.statusLabel.setBuddy(self.statusFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.projectFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.table)
        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)

        self.retranslateUi(FeedbackPage)

        QMetaObject.connectSlotsByName(FeedbackPage)
    # setupUi

    def retranslateUi(self, FeedbackPage):
#if QT_CONFIG(accessibility)
        FeedbackPage.setAccessibleName(QCoreApplication.translate("FeedbackPage", u"You said, we did", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("FeedbackPage", u"You said, we did", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("FeedbackPage", u"You said, we did", None))
#endif // QT_CONFIG(accessibility)
        self.projectLabel.setText(QCoreApplication.translate("FeedbackPage", u"Pro&ject:", None))
#if QT_CONFIG(accessibility)
        self.projectFilter.setAccessibleName(QCoreApplication.translate("FeedbackPage", u"Show feedback of project", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("FeedbackPage", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("FeedbackPage", u"Show feedback with status", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("FeedbackPage", u"You said, we did", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("FeedbackPage", u"Press Enter to open the selected feedback item.", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("FeedbackPage", u"&New item\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("FeedbackPage", u"New feedback item", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("FeedbackPage", u"&Open\u2026", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("FeedbackPage", u"Open the selected feedback item", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

