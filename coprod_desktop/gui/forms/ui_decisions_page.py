# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decisions_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_DecisionsPage(object):
    def setupUi(self, DecisionsPage):
        if not DecisionsPage.objectName():
            DecisionsPage.setObjectName(u"DecisionsPage")
        DecisionsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(DecisionsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headingLabel = QLabel(DecisionsPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.pageLayout.addWidget(self.headingLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.projectLabel = QLabel(DecisionsPage)
        self.projectLabel.setObjectName(u"projectLabel")

        self.filterRow.addWidget(self.projectLabel)

        self.projectFilter = QComboBox(DecisionsPage)
        self.projectFilter.setObjectName(u"projectFilter")

        self.filterRow.addWidget(self.projectFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.countLabel = QLabel(DecisionsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterRow)

        self.table = QTableView(DecisionsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.pageLayout.addWidget(self.table)

        self.messageLabel = QLabel(DecisionsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(DecisionsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.openButton = QPushButton(DecisionsPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.projectLabel.setBuddy(self.projectFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.projectFilter, self.table)
        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)

        self.retranslateUi(DecisionsPage)

        QMetaObject.connectSlotsByName(DecisionsPage)
    # setupUi

    def retranslateUi(self, DecisionsPage):
#if QT_CONFIG(accessibility)
        DecisionsPage.setAccessibleName(QCoreApplication.translate("DecisionsPage", u"Decisions", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("DecisionsPage", u"Decisions", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("DecisionsPage", u"Decisions", None))
#endif // QT_CONFIG(accessibility)
        self.projectLabel.setText(QCoreApplication.translate("DecisionsPage", u"Pro&ject:", None))
#if QT_CONFIG(accessibility)
        self.projectFilter.setAccessibleName(QCoreApplication.translate("DecisionsPage", u"Show decisions of project", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("DecisionsPage", u"Decisions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("DecisionsPage", u"Press Enter to open the selected decision.", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("DecisionsPage", u"&New decision\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("DecisionsPage", u"New decision", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("DecisionsPage", u"&Open\u2026", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("DecisionsPage", u"Open the selected decision", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

