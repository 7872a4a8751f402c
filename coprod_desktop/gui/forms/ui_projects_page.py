# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'projects_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

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

        self.detailSplitter = QSplitter(ProjectsPage)
        self.detailSplitter.setObjectName(u"detailSplitter")
        self.detailSplitter.setOrientation(Qt.Orientation.Vertical)
        self.detailSplitter.setChildrenCollapsible(False)
        self.table = QTableView(self.detailSplitter)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.detailSplitter.addWidget(self.table)
        self.detailTabs = QTabWidget(self.detailSplitter)
        self.detailTabs.setObjectName(u"detailTabs")
        self.detailTabs.setMinimumSize(QSize(0, 260))
        self.spendingTab = QWidget()
        self.spendingTab.setObjectName(u"spendingTab")
        self.spendingLayout = QVBoxLayout(self.spendingTab)
        self.spendingLayout.setObjectName(u"spendingLayout")
        self.chartArea = QWidget(self.spendingTab)
        self.chartArea.setObjectName(u"chartArea")
        self.chartArea.setMinimumSize(QSize(0, 140))

        self.spendingLayout.addWidget(self.chartArea)

        self.spendingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.spendingLayout.addItem(self.spendingSpacer)

        self.detailTabs.addTab(self.spendingTab, "")
        self.cycleTab = QWidget()
        self.cycleTab.setObjectName(u"cycleTab")
        self.cycleLayout = QHBoxLayout(self.cycleTab)
        self.cycleLayout.setObjectName(u"cycleLayout")
        self.cycleDiagramArea = QWidget(self.cycleTab)
        self.cycleDiagramArea.setObjectName(u"cycleDiagramArea")

        self.cycleLayout.addWidget(self.cycleDiagramArea)

        self.cycleSide = QVBoxLayout()
        self.cycleSide.setObjectName(u"cycleSide")
        self.cycleStageLabel = QLabel(self.cycleTab)
        self.cycleStageLabel.setObjectName(u"cycleStageLabel")
        self.cycleStageLabel.setWordWrap(True)

        self.cycleSide.addWidget(self.cycleStageLabel)

        self.cycleHistoryLabel = QLabel(self.cycleTab)
        self.cycleHistoryLabel.setObjectName(u"cycleHistoryLabel")

        self.cycleSide.addWidget(self.cycleHistoryLabel)

        self.cycleHistoryTable = QTableView(self.cycleTab)
        self.cycleHistoryTable.setObjectName(u"cycleHistoryTable")
        self.cycleHistoryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cycleHistoryTable.setAlternatingRowColors(True)
        self.cycleHistoryTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cycleHistoryTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cycleHistoryTable.setWordWrap(False)
        self.cycleHistoryTable.setTabKeyNavigation(False)

        self.cycleSide.addWidget(self.cycleHistoryTable)

        self.cycleButtons = QHBoxLayout()
        self.cycleButtons.setObjectName(u"cycleButtons")
        self.moveButton = QPushButton(self.cycleTab)
        self.moveButton.setObjectName(u"moveButton")

        self.cycleButtons.addWidget(self.moveButton)

        self.removeMoveButton = QPushButton(self.cycleTab)
        self.removeMoveButton.setObjectName(u"removeMoveButton")

        self.cycleButtons.addWidget(self.removeMoveButton)


        self.cycleSide.addLayout(self.cycleButtons)


        self.cycleLayout.addLayout(self.cycleSide)

        self.cycleLayout.setStretch(0, 3)
        self.cycleLayout.setStretch(1, 2)
        self.detailTabs.addTab(self.cycleTab, "")
        self.valuesTab = QWidget()
        self.valuesTab.setObjectName(u"valuesTab")
        self.valuesLayout = QHBoxLayout(self.valuesTab)
        self.valuesLayout.setObjectName(u"valuesLayout")
        self.valuesChartArea = QScrollArea(self.valuesTab)
        self.valuesChartArea.setObjectName(u"valuesChartArea")
        self.valuesChartArea.setWidgetResizable(False)
        self.valuesChartArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.valuesLayout.addWidget(self.valuesChartArea)

        self.valuesSide = QVBoxLayout()
        self.valuesSide.setObjectName(u"valuesSide")
        self.valuesSummaryLabel = QLabel(self.valuesTab)
        self.valuesSummaryLabel.setObjectName(u"valuesSummaryLabel")
        self.valuesSummaryLabel.setWordWrap(True)

        self.valuesSide.addWidget(self.valuesSummaryLabel)

        self.valuesTableLabel = QLabel(self.valuesTab)
        self.valuesTableLabel.setObjectName(u"valuesTableLabel")

        self.valuesSide.addWidget(self.valuesTableLabel)

        self.valuesTable = QTableView(self.valuesTab)
        self.valuesTable.setObjectName(u"valuesTable")
        self.valuesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.valuesTable.setAlternatingRowColors(True)
        self.valuesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.valuesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.valuesTable.setWordWrap(False)
        self.valuesTable.setTabKeyNavigation(False)

        self.valuesSide.addWidget(self.valuesTable)

        self.valuesButtons = QHBoxLayout()
        self.valuesButtons.setObjectName(u"valuesButtons")
        self.newCheckButton = QPushButton(self.valuesTab)
        self.newCheckButton.setObjectName(u"newCheckButton")

        self.valuesButtons.addWidget(self.newCheckButton)

        self.openCheckButton = QPushButton(self.valuesTab)
        self.openCheckButton.setObjectName(u"openCheckButton")

        self.valuesButtons.addWidget(self.openCheckButton)

        self.deleteCheckButton = QPushButton(self.valuesTab)
        self.deleteCheckButton.setObjectName(u"deleteCheckButton")

        self.valuesButtons.addWidget(self.deleteCheckButton)


        self.valuesSide.addLayout(self.valuesButtons)


        self.valuesLayout.addLayout(self.valuesSide)

        self.valuesLayout.setStretch(0, 3)
        self.valuesLayout.setStretch(1, 2)
        self.detailTabs.addTab(self.valuesTab, "")
        self.detailSplitter.addWidget(self.detailTabs)

        self.pageLayout.addWidget(self.detailSplitter)

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

#if QT_CONFIG(shortcut)
        self.cycleHistoryLabel.setBuddy(self.cycleHistoryTable)
        self.valuesTableLabel.setBuddy(self.valuesTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.cycleHistoryTable)
        QWidget.setTabOrder(self.cycleHistoryTable, self.moveButton)
        QWidget.setTabOrder(self.moveButton, self.removeMoveButton)
        QWidget.setTabOrder(self.removeMoveButton, self.valuesTable)
        QWidget.setTabOrder(self.valuesTable, self.newCheckButton)
        QWidget.setTabOrder(self.newCheckButton, self.openCheckButton)
        QWidget.setTabOrder(self.openCheckButton, self.deleteCheckButton)
        QWidget.setTabOrder(self.deleteCheckButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.sessionsButton)

        self.retranslateUi(ProjectsPage)

        self.detailTabs.setCurrentIndex(0)


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
        self.detailTabs.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"About the selected project", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartArea.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Spending against budget", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.spendingTab), QCoreApplication.translate("ProjectsPage", u"Spendin&g", None))
#if QT_CONFIG(accessibility)
        self.cycleDiagramArea.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"The cycle of co-production", None))
#endif // QT_CONFIG(accessibility)
        self.cycleStageLabel.setText("")
        self.cycleHistoryLabel.setText(QCoreApplication.translate("ProjectsPage", u"Moves so f&ar:", None))
#if QT_CONFIG(accessibility)
        self.cycleHistoryTable.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Moves round the cycle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.cycleHistoryTable.setAccessibleDescription(QCoreApplication.translate("ProjectsPage", u"Oldest first: the date, the cycle stage it moved to and the note.", None))
#endif // QT_CONFIG(accessibility)
        self.moveButton.setText(QCoreApplication.translate("ProjectsPage", u"&Move to another stage\u2026", None))
#if QT_CONFIG(accessibility)
        self.moveButton.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Move the project to another stage of the cycle", None))
#endif // QT_CONFIG(accessibility)
        self.removeMoveButton.setText(QCoreApplication.translate("ProjectsPage", u"&Remove this move\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeMoveButton.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Remove the selected move from the history", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.cycleTab), QCoreApplication.translate("ProjectsPage", u"C&ycle", None))
#if QT_CONFIG(accessibility)
        self.valuesChartArea.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Values self-checks over time", None))
#endif // QT_CONFIG(accessibility)
        self.valuesSummaryLabel.setText("")
        self.valuesTableLabel.setText(QCoreApplication.translate("ProjectsPage", u"Che&cks so far:", None))
#if QT_CONFIG(accessibility)
        self.valuesTable.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Values self-checks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.valuesTable.setAccessibleDescription(QCoreApplication.translate("ProjectsPage", u"Oldest first. Press Enter to open the selected self-check.", None))
#endif // QT_CONFIG(accessibility)
        self.newCheckButton.setText(QCoreApplication.translate("ProjectsPage", u"Ne&w self-check\u2026", None))
#if QT_CONFIG(accessibility)
        self.newCheckButton.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"New values self-check", None))
#endif // QT_CONFIG(accessibility)
        self.openCheckButton.setText(QCoreApplication.translate("ProjectsPage", u"Open self-chec&k\u2026", None))
#if QT_CONFIG(accessibility)
        self.openCheckButton.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Open the selected values self-check", None))
#endif // QT_CONFIG(accessibility)
        self.deleteCheckButton.setText(QCoreApplication.translate("ProjectsPage", u"&Delete self-check\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteCheckButton.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Delete the selected values self-check", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.valuesTab), QCoreApplication.translate("ProjectsPage", u"&Values self-check", None))
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

