# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actions_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ActionsPage(object):
    def setupUi(self, ActionsPage):
        if not ActionsPage.objectName():
            ActionsPage.setObjectName(u"ActionsPage")
        ActionsPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(ActionsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headingLabel = QLabel(ActionsPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.pageLayout.addWidget(self.headingLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.viewLabel = QLabel(ActionsPage)
        self.viewLabel.setObjectName(u"viewLabel")

        self.filterRow.addWidget(self.viewLabel)

        self.viewCombo = QComboBox(ActionsPage)
        self.viewCombo.setObjectName(u"viewCombo")

        self.filterRow.addWidget(self.viewCombo)

        self.personLabel = QLabel(ActionsPage)
        self.personLabel.setObjectName(u"personLabel")

        self.filterRow.addWidget(self.personLabel)

        self.personEdit = QLineEdit(ActionsPage)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setMinimumSize(QSize(220, 0))

        self.filterRow.addWidget(self.personEdit)

        self.projectLabel = QLabel(ActionsPage)
        self.projectLabel.setObjectName(u"projectLabel")

        self.filterRow.addWidget(self.projectLabel)

        self.projectFilter = QComboBox(ActionsPage)
        self.projectFilter.setObjectName(u"projectFilter")
        self.projectFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.projectFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterRow)

        self.table = QTableView(ActionsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.pageLayout.addWidget(self.table)

        self.summaryLabel = QLabel(ActionsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.messageLabel = QLabel(ActionsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(ActionsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.openButton = QPushButton(ActionsPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.markLabel = QLabel(ActionsPage)
        self.markLabel.setObjectName(u"markLabel")

        self.buttonRow.addWidget(self.markLabel)

        self.notStartedButton = QPushButton(ActionsPage)
        self.notStartedButton.setObjectName(u"notStartedButton")

        self.buttonRow.addWidget(self.notStartedButton)

        self.inProgressButton = QPushButton(ActionsPage)
        self.inProgressButton.setObjectName(u"inProgressButton")

        self.buttonRow.addWidget(self.inProgressButton)

        self.doneButton = QPushButton(ActionsPage)
        self.doneButton.setObjectName(u"doneButton")

        self.buttonRow.addWidget(self.doneButton)

        self.dropButton = QPushButton(ActionsPage)
        self.dropButton.setObjectName(u"dropButton")

        self.buttonRow.addWidget(self.dropButton)


        self.pageLayout.addLayout(self.buttonRow)

        self.goalsBox = QGroupBox(ActionsPage)
        self.goalsBox.setObjectName(u"goalsBox")
        self.goalsLayout = QVBoxLayout(self.goalsBox)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalsLabel = QLabel(self.goalsBox)
        self.goalsLabel.setObjectName(u"goalsLabel")
        self.goalsLabel.setWordWrap(True)

        self.goalsLayout.addWidget(self.goalsLabel)

        self.goalsTable = QTableView(self.goalsBox)
        self.goalsTable.setObjectName(u"goalsTable")
        self.goalsTable.setMaximumSize(QSize(16777215, 140))
        self.goalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goalsTable.setAlternatingRowColors(True)
        self.goalsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goalsTable.setSortingEnabled(False)
        self.goalsTable.setWordWrap(False)
        self.goalsTable.setTabKeyNavigation(False)

        self.goalsLayout.addWidget(self.goalsTable)

        self.goalButtonRow = QHBoxLayout()
        self.goalButtonRow.setObjectName(u"goalButtonRow")
        self.newGoalButton = QPushButton(self.goalsBox)
        self.newGoalButton.setObjectName(u"newGoalButton")

        self.goalButtonRow.addWidget(self.newGoalButton)

        self.openGoalButton = QPushButton(self.goalsBox)
        self.openGoalButton.setObjectName(u"openGoalButton")

        self.goalButtonRow.addWidget(self.openGoalButton)

        self.goalButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalButtonRow.addItem(self.goalButtonSpacer)

        self.printPlanButton = QPushButton(self.goalsBox)
        self.printPlanButton.setObjectName(u"printPlanButton")

        self.goalButtonRow.addWidget(self.printPlanButton)


        self.goalsLayout.addLayout(self.goalButtonRow)


        self.pageLayout.addWidget(self.goalsBox)

#if QT_CONFIG(shortcut)
        self.viewLabel.setBuddy(self.viewCombo)
        self.personLabel.setBuddy(self.personEdit)
        self.projectLabel.setBuddy(self.projectFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.viewCombo, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.projectFilter)
        QWidget.setTabOrder(self.projectFilter, self.table)
        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.notStartedButton)
        QWidget.setTabOrder(self.notStartedButton, self.inProgressButton)
        QWidget.setTabOrder(self.inProgressButton, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.dropButton)
        QWidget.setTabOrder(self.dropButton, self.goalsTable)
        QWidget.setTabOrder(self.goalsTable, self.newGoalButton)
        QWidget.setTabOrder(self.newGoalButton, self.openGoalButton)

        self.retranslateUi(ActionsPage)

        QMetaObject.connectSlotsByName(ActionsPage)
    # setupUi

    def retranslateUi(self, ActionsPage):
#if QT_CONFIG(accessibility)
        ActionsPage.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Actions", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("ActionsPage", u"Actions", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Actions", None))
#endif // QT_CONFIG(accessibility)
        self.viewLabel.setText(QCoreApplication.translate("ActionsPage", u"Sho&w:", None))
#if QT_CONFIG(accessibility)
        self.viewCombo.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Which actions to show", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("ActionsPage", u"Per&son:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Show the actions of this person", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("ActionsPage", u"Start typing a name", None))
        self.projectLabel.setText(QCoreApplication.translate("ActionsPage", u"Pro&ject:", None))
#if QT_CONFIG(accessibility)
        self.projectFilter.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Show actions of project", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Actions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("ActionsPage", u"Press Enter to open the selected action. Change the status of the selected actions with N (not started), I (in progress), D (done) or X (drop, with a reason).", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
        self.messageLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("ActionsPage", u"&New action\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("ActionsPage", u"New action", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("ActionsPage", u"&Open\u2026", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Open the selected action", None))
#endif // QT_CONFIG(accessibility)
        self.markLabel.setText(QCoreApplication.translate("ActionsPage", u"Mark the selected as:", None))
        self.notStartedButton.setText(QCoreApplication.translate("ActionsPage", u"Not s&tarted (N)", None))
#if QT_CONFIG(accessibility)
        self.notStartedButton.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Mark the selected actions not started", None))
#endif // QT_CONFIG(accessibility)
        self.inProgressButton.setText(QCoreApplication.translate("ActionsPage", u"&In progress (I)", None))
#if QT_CONFIG(accessibility)
        self.inProgressButton.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Mark the selected actions in progress", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("ActionsPage", u"&Done (D)", None))
#if QT_CONFIG(accessibility)
        self.doneButton.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Mark the selected actions done", None))
#endif // QT_CONFIG(accessibility)
        self.dropButton.setText(QCoreApplication.translate("ActionsPage", u"D&rop\u2026 (X)", None))
#if QT_CONFIG(accessibility)
        self.dropButton.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Drop the selected actions, saying why", None))
#endif // QT_CONFIG(accessibility)
        self.goalsBox.setTitle(QCoreApplication.translate("ActionsPage", u"Shared goals", None))
#if QT_CONFIG(accessibility)
        self.goalsBox.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Shared goals", None))
#endif // QT_CONFIG(accessibility)
        self.goalsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.goalsTable.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Shared goals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.goalsTable.setAccessibleDescription(QCoreApplication.translate("ActionsPage", u"Press Enter to open the selected goal.", None))
#endif // QT_CONFIG(accessibility)
        self.newGoalButton.setText(QCoreApplication.translate("ActionsPage", u"New &goal\u2026", None))
#if QT_CONFIG(accessibility)
        self.newGoalButton.setAccessibleName(QCoreApplication.translate("ActionsPage", u"New shared goal for this project", None))
#endif // QT_CONFIG(accessibility)
        self.openGoalButton.setText(QCoreApplication.translate("ActionsPage", u"Open go&al\u2026", None))
#if QT_CONFIG(accessibility)
        self.openGoalButton.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Open the selected goal", None))
#endif // QT_CONFIG(accessibility)
        self.printPlanButton.setText(QCoreApplication.translate("ActionsPage", u"Print action p&lan\u2026", None))
#if QT_CONFIG(accessibility)
        self.printPlanButton.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Print this project's action plan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.printPlanButton.setToolTip(QCoreApplication.translate("ActionsPage", u"Save the project's goals and actions as a large-print PDF or a Word document", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

