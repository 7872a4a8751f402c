# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stories_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit,
    QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_StoriesPage(object):
    def setupUi(self, StoriesPage):
        if not StoriesPage.objectName():
            StoriesPage.setObjectName(u"StoriesPage")
        StoriesPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(StoriesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headingLabel = QLabel(StoriesPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.pageLayout.addWidget(self.headingLabel)

        self.tabs = QTabWidget(StoriesPage)
        self.tabs.setObjectName(u"tabs")
        self.storiesTab = QWidget()
        self.storiesTab.setObjectName(u"storiesTab")
        self.storiesLayout = QVBoxLayout(self.storiesTab)
        self.storiesLayout.setObjectName(u"storiesLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.projectLabel = QLabel(self.storiesTab)
        self.projectLabel.setObjectName(u"projectLabel")

        self.filterRow.addWidget(self.projectLabel)

        self.projectFilter = QComboBox(self.storiesTab)
        self.projectFilter.setObjectName(u"projectFilter")
        self.projectFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.projectFilter)

        self.themeLabel = QLabel(self.storiesTab)
        self.themeLabel.setObjectName(u"themeLabel")

        self.filterRow.addWidget(self.themeLabel)

        self.themeFilter = QComboBox(self.storiesTab)
        self.themeFilter.setObjectName(u"themeFilter")
        self.themeFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.themeFilter)

        self.periodLabel = QLabel(self.storiesTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterRow.addWidget(self.periodLabel)

        self.periodFilter = QComboBox(self.storiesTab)
        self.periodFilter.setObjectName(u"periodFilter")
        self.periodFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.periodFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.countLabel = QLabel(self.storiesTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(False)

        self.filterRow.addWidget(self.countLabel)


        self.storiesLayout.addLayout(self.filterRow)

        self.table = QTableView(self.storiesTab)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.storiesLayout.addWidget(self.table)

        self.messageLabel = QLabel(self.storiesTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.storiesLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(self.storiesTab)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.openButton = QPushButton(self.storiesTab)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.deleteButton = QPushButton(self.storiesTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.themesButton = QPushButton(self.storiesTab)
        self.themesButton.setObjectName(u"themesButton")

        self.buttonRow.addWidget(self.themesButton)


        self.storiesLayout.addLayout(self.buttonRow)

        self.tabs.addTab(self.storiesTab, "")
        self.evidenceTab = QWidget()
        self.evidenceTab.setObjectName(u"evidenceTab")
        self.evidenceLayout = QVBoxLayout(self.evidenceTab)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceFilterRow = QHBoxLayout()
        self.evidenceFilterRow.setObjectName(u"evidenceFilterRow")
        self.fromLabel = QLabel(self.evidenceTab)
        self.fromLabel.setObjectName(u"fromLabel")

        self.evidenceFilterRow.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(self.evidenceTab)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.evidenceFilterRow.addWidget(self.fromEdit)

        self.toLabel = QLabel(self.evidenceTab)
        self.toLabel.setObjectName(u"toLabel")

        self.evidenceFilterRow.addWidget(self.toLabel)

        self.toEdit = QDateEdit(self.evidenceTab)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.evidenceFilterRow.addWidget(self.toEdit)

        self.evidenceProjectLabel = QLabel(self.evidenceTab)
        self.evidenceProjectLabel.setObjectName(u"evidenceProjectLabel")

        self.evidenceFilterRow.addWidget(self.evidenceProjectLabel)

        self.evidenceProjectFilter = QComboBox(self.evidenceTab)
        self.evidenceProjectFilter.setObjectName(u"evidenceProjectFilter")
        self.evidenceProjectFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.evidenceFilterRow.addWidget(self.evidenceProjectFilter)

        self.evidenceFilterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evidenceFilterRow.addItem(self.evidenceFilterSpacer)


        self.evidenceLayout.addLayout(self.evidenceFilterRow)

        self.evidenceTable = QTableView(self.evidenceTab)
        self.evidenceTable.setObjectName(u"evidenceTable")
        self.evidenceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidenceTable.setAlternatingRowColors(True)
        self.evidenceTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidenceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidenceTable.setWordWrap(False)
        self.evidenceTable.setTabKeyNavigation(False)

        self.evidenceLayout.addWidget(self.evidenceTable)

        self.summaryLabel = QLabel(self.evidenceTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.evidenceLayout.addWidget(self.summaryLabel)

        self.themeStoriesLabel = QLabel(self.evidenceTab)
        self.themeStoriesLabel.setObjectName(u"themeStoriesLabel")

        self.evidenceLayout.addWidget(self.themeStoriesLabel)

        self.themeStoriesTable = QTableView(self.evidenceTab)
        self.themeStoriesTable.setObjectName(u"themeStoriesTable")
        self.themeStoriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.themeStoriesTable.setAlternatingRowColors(True)
        self.themeStoriesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.themeStoriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.themeStoriesTable.setWordWrap(False)
        self.themeStoriesTable.setTabKeyNavigation(False)

        self.evidenceLayout.addWidget(self.themeStoriesTable)

        self.evidenceButtonRow = QHBoxLayout()
        self.evidenceButtonRow.setObjectName(u"evidenceButtonRow")
        self.openStoryButton = QPushButton(self.evidenceTab)
        self.openStoryButton.setObjectName(u"openStoryButton")

        self.evidenceButtonRow.addWidget(self.openStoryButton)

        self.evidenceButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evidenceButtonRow.addItem(self.evidenceButtonSpacer)


        self.evidenceLayout.addLayout(self.evidenceButtonRow)

        self.tabs.addTab(self.evidenceTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.projectLabel.setBuddy(self.projectFilter)
        self.themeLabel.setBuddy(self.themeFilter)
        self.periodLabel.setBuddy(self.periodFilter)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.evidenceProjectLabel.setBuddy(self.evidenceProjectFilter)
        self.themeStoriesLabel.setBuddy(self.themeStoriesTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.projectFilter)
        QWidget.setTabOrder(self.projectFilter, self.themeFilter)
        QWidget.setTabOrder(self.themeFilter, self.periodFilter)
        QWidget.setTabOrder(self.periodFilter, self.table)
        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.themesButton)
        QWidget.setTabOrder(self.themesButton, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.evidenceProjectFilter)
        QWidget.setTabOrder(self.evidenceProjectFilter, self.evidenceTable)
        QWidget.setTabOrder(self.evidenceTable, self.themeStoriesTable)
        QWidget.setTabOrder(self.themeStoriesTable, self.openStoryButton)

        self.retranslateUi(StoriesPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StoriesPage)
    # setupUi

    def retranslateUi(self, StoriesPage):
#if QT_CONFIG(accessibility)
        StoriesPage.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Stories", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("StoriesPage", u"Stories and evidence", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Stories and evidence", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Stories, or evidence by theme", None))
#endif // QT_CONFIG(accessibility)
        self.projectLabel.setText(QCoreApplication.translate("StoriesPage", u"Pro&ject:", None))
#if QT_CONFIG(accessibility)
        self.projectFilter.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Show stories of project", None))
#endif // QT_CONFIG(accessibility)
        self.themeLabel.setText(QCoreApplication.translate("StoriesPage", u"&Theme:", None))
#if QT_CONFIG(accessibility)
        self.themeFilter.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Show stories under theme", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("StoriesPage", u"Perio&d:", None))
#if QT_CONFIG(accessibility)
        self.periodFilter.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Show stories told in", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Stories", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("StoriesPage", u"Press Enter to open the selected story.", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("StoriesPage", u"&New story\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("StoriesPage", u"New story", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("StoriesPage", u"&Open\u2026", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Open the selected story", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("StoriesPage", u"De&lete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Delete the selected story", None))
#endif // QT_CONFIG(accessibility)
        self.themesButton.setText(QCoreApplication.translate("StoriesPage", u"&Manage themes\u2026", None))
#if QT_CONFIG(accessibility)
        self.themesButton.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Manage themes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.storiesTab), QCoreApplication.translate("StoriesPage", u"&Stories", None))
        self.fromLabel.setText(QCoreApplication.translate("StoriesPage", u"Told &between:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Stories told from", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("StoriesPage", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("StoriesPage", u"&and:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Stories told until", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setDisplayFormat(QCoreApplication.translate("StoriesPage", u"dd/MM/yyyy", None))
        self.evidenceProjectLabel.setText(QCoreApplication.translate("StoriesPage", u"Proje&ct:", None))
#if QT_CONFIG(accessibility)
        self.evidenceProjectFilter.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Count the stories of project", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.evidenceTable.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Themes, with how many stories and voices", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.evidenceTable.setAccessibleDescription(QCoreApplication.translate("StoriesPage", u"Choose a theme to list its stories below.", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
        self.themeStoriesLabel.setText(QCoreApplication.translate("StoriesPage", u"Stor&ies under the chosen theme:", None))
#if QT_CONFIG(accessibility)
        self.themeStoriesTable.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Stories under the chosen theme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeStoriesTable.setAccessibleDescription(QCoreApplication.translate("StoriesPage", u"Press Enter to open the selected story.", None))
#endif // QT_CONFIG(accessibility)
        self.openStoryButton.setText(QCoreApplication.translate("StoriesPage", u"Open stor&y\u2026", None))
#if QT_CONFIG(accessibility)
        self.openStoryButton.setAccessibleName(QCoreApplication.translate("StoriesPage", u"Open the selected story under the theme", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.evidenceTab), QCoreApplication.translate("StoriesPage", u"E&vidence by theme", None))
    # retranslateUi

