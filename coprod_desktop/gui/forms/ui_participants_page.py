# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participants_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ParticipantsPage(object):
    def setupUi(self, ParticipantsPage):
        if not ParticipantsPage.objectName():
            ParticipantsPage.setObjectName(u"ParticipantsPage")
        ParticipantsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(ParticipantsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headingLabel = QLabel(ParticipantsPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.pageLayout.addWidget(self.headingLabel)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(ParticipantsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ParticipantsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)


        self.pageLayout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.roleLabel = QLabel(ParticipantsPage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.filterRow.addWidget(self.roleLabel)

        self.roleFilter = QComboBox(ParticipantsPage)
        self.roleFilter.setObjectName(u"roleFilter")

        self.filterRow.addWidget(self.roleFilter)

        self.statusLabel = QLabel(ParticipantsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(ParticipantsPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.accessLabel = QLabel(ParticipantsPage)
        self.accessLabel.setObjectName(u"accessLabel")

        self.filterRow.addWidget(self.accessLabel)

        self.accessFilter = QComboBox(ParticipantsPage)
        self.accessFilter.setObjectName(u"accessFilter")

        self.filterRow.addWidget(self.accessFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.countLabel = QLabel(ParticipantsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterRow)

        self.table = QTableView(ParticipantsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.pageLayout.addWidget(self.table)

        self.emptyLabel = QLabel(ParticipantsPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.emptyLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(ParticipantsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.openButton = QPushButton(ParticipantsPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.pauseButton = QPushButton(ParticipantsPage)
        self.pauseButton.setObjectName(u"pauseButton")

        self.buttonRow.addWidget(self.pauseButton)

        self.leaveButton = QPushButton(ParticipantsPage)
        self.leaveButton.setObjectName(u"leaveButton")

        self.buttonRow.addWidget(self.leaveButton)

        self.reactivateButton = QPushButton(ParticipantsPage)
        self.reactivateButton.setObjectName(u"reactivateButton")

        self.buttonRow.addWidget(self.reactivateButton)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.roleLabel.setBuddy(self.roleFilter)
        self.statusLabel.setBuddy(self.statusFilter)
        self.accessLabel.setBuddy(self.accessFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.roleFilter)
        QWidget.setTabOrder(self.roleFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.accessFilter)
        QWidget.setTabOrder(self.accessFilter, self.table)
        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.pauseButton)
        QWidget.setTabOrder(self.pauseButton, self.leaveButton)
        QWidget.setTabOrder(self.leaveButton, self.reactivateButton)

        self.retranslateUi(ParticipantsPage)

        QMetaObject.connectSlotsByName(ParticipantsPage)
    # setupUi

    def retranslateUi(self, ParticipantsPage):
#if QT_CONFIG(accessibility)
        ParticipantsPage.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"People register", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("ParticipantsPage", u"People register", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"People register", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("ParticipantsPage", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Search the register", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ParticipantsPage", u"Name, email, phone or postcode", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleDescription(QCoreApplication.translate("ParticipantsPage", u"Shows matching people as you type. Every word must match.", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("ParticipantsPage", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleFilter.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Filter by role", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("ParticipantsPage", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Filter by status", None))
#endif // QT_CONFIG(accessibility)
        self.accessLabel.setText(QCoreApplication.translate("ParticipantsPage", u"&Access need:", None))
#if QT_CONFIG(accessibility)
        self.accessFilter.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Filter by access need", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleDescription(QCoreApplication.translate("ParticipantsPage", u"How many people are shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"People on the register", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("ParticipantsPage", u"Press Enter to open the selected person.", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("ParticipantsPage", u"&New person\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"New person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Add someone to the register (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("ParticipantsPage", u"&Open\u2026", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Open the selected person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"See and change their details (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.pauseButton.setText(QCoreApplication.translate("ParticipantsPage", u"Pa&use", None))
#if QT_CONFIG(accessibility)
        self.pauseButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Pause the selected person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pauseButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"They stay on the register but are not asked to take part for now", None))
#endif // QT_CONFIG(tooltip)
        self.leaveButton.setText(QCoreApplication.translate("ParticipantsPage", u"Mark as &left\u2026", None))
#if QT_CONFIG(accessibility)
        self.leaveButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Mark the selected person as having left", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.leaveButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Archive them: they are kept, and hidden from the usual list", None))
#endif // QT_CONFIG(tooltip)
        self.reactivateButton.setText(QCoreApplication.translate("ParticipantsPage", u"Make acti&ve", None))
#if QT_CONFIG(accessibility)
        self.reactivateButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Make the selected person active again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

