# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'projects_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ProjectsPage(object):
    def setupUi(self, ProjectsPage):
        if not ProjectsPage.objectName():
            ProjectsPage.setObjectName(u"ProjectsPage")
        ProjectsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(ProjectsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headingLabel = QLabel(ProjectsPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.pageLayout.addWidget(self.headingLabel)

        self.table = QTableView(ProjectsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.pageLayout.addWidget(self.table)

        self.chartArea = QWidget(ProjectsPage)
        self.chartArea.setObjectName(u"chartArea")
        self.chartArea.setMinimumSize(QSize(0, 140))

        self.pageLayout.addWidget(self.chartArea)

        self.messageLabel = QLabel(ProjectsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(ProjectsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.openButton = QPushButton(ProjectsPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.sessionsButton = QPushButton(ProjectsPage)
        self.sessionsButton.setObjectName(u"sessionsButton")

        self.buttonRow.addWidget(self.sessionsButton)


        self.pageLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.sessionsButton)

        self.retranslateUi(ProjectsPage)

        QMetaObject.connectSlotsByName(ProjectsPage)
    # setupUi

    def retranslateUi(self, ProjectsPage):
#if QT_CONFIG(accessibility)
        ProjectsPage.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Projects", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("ProjectsPage", u"Projects", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Projects", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Projects", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("ProjectsPage", u"Press Enter to open the selected project.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartArea.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Spending against budget", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("ProjectsPage", u"&New project\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"New project", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("ProjectsPage", u"&Open\u2026", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Open the selected project", None))
#endif // QT_CONFIG(accessibility)
        self.sessionsButton.setText(QCoreApplication.translate("ProjectsPage", u"&Sessions of this project", None))
#if QT_CONFIG(accessibility)
        self.sessionsButton.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Show the sessions of the selected project", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

