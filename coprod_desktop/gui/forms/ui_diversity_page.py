# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'diversity_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit,
    QHBoxLayout, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_DiversityPage(object):
    def setupUi(self, DiversityPage):
        if not DiversityPage.objectName():
            DiversityPage.setObjectName(u"DiversityPage")
        DiversityPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(DiversityPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headingLabel = QLabel(DiversityPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.pageLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(DiversityPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.fromLabel = QLabel(DiversityPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodRow.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(DiversityPage)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.fromEdit)

        self.toLabel = QLabel(DiversityPage)
        self.toLabel.setObjectName(u"toLabel")

        self.periodRow.addWidget(self.toLabel)

        self.toEdit = QDateEdit(DiversityPage)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.toEdit)

        self.projectLabel = QLabel(DiversityPage)
        self.projectLabel.setObjectName(u"projectLabel")

        self.periodRow.addWidget(self.projectLabel)

        self.projectFilter = QComboBox(DiversityPage)
        self.projectFilter.setObjectName(u"projectFilter")
        self.projectFilter.setMinimumSize(QSize(200, 0))

        self.periodRow.addWidget(self.projectFilter)

        self.thresholdLabel = QLabel(DiversityPage)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.periodRow.addWidget(self.thresholdLabel)

        self.thresholdSpin = QSpinBox(DiversityPage)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setMinimum(1)
        self.thresholdSpin.setMaximum(100)
        self.thresholdSpin.setValue(80)

        self.periodRow.addWidget(self.thresholdSpin)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.pageLayout.addLayout(self.periodRow)

        self.choiceRow = QHBoxLayout()
        self.choiceRow.setObjectName(u"choiceRow")
        self.referenceLabel = QLabel(DiversityPage)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.choiceRow.addWidget(self.referenceLabel)

        self.referenceCombo = QComboBox(DiversityPage)
        self.referenceCombo.setObjectName(u"referenceCombo")
        self.referenceCombo.setMinimumSize(QSize(260, 0))

        self.choiceRow.addWidget(self.referenceCombo)

        self.questionLabel = QLabel(DiversityPage)
        self.questionLabel.setObjectName(u"questionLabel")

        self.choiceRow.addWidget(self.questionLabel)

        self.questionCombo = QComboBox(DiversityPage)
        self.questionCombo.setObjectName(u"questionCombo")
        self.questionCombo.setMinimumSize(QSize(220, 0))

        self.choiceRow.addWidget(self.questionCombo)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceRow.addItem(self.choiceSpacer)


        self.pageLayout.addLayout(self.choiceRow)

        self.summaryLabel = QLabel(DiversityPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.reportRow = QHBoxLayout()
        self.reportRow.setObjectName(u"reportRow")
        self.table = QTableView(DiversityPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.reportRow.addWidget(self.table)

        self.chartArea = QScrollArea(DiversityPage)
        self.chartArea.setObjectName(u"chartArea")
        self.chartArea.setWidgetResizable(False)
        self.chartArea.setMinimumSize(QSize(360, 0))
        self.chartArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.reportRow.addWidget(self.chartArea)


        self.pageLayout.addLayout(self.reportRow)

        self.messageLabel = QLabel(DiversityPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveButton = QPushButton(DiversityPage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.newButton = QPushButton(DiversityPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.plansButton = QPushButton(DiversityPage)
        self.plansButton.setObjectName(u"plansButton")

        self.buttonRow.addWidget(self.plansButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.referencesButton = QPushButton(DiversityPage)
        self.referencesButton.setObjectName(u"referencesButton")

        self.buttonRow.addWidget(self.referencesButton)

        self.blankFormButton = QPushButton(DiversityPage)
        self.blankFormButton.setObjectName(u"blankFormButton")

        self.buttonRow.addWidget(self.blankFormButton)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.projectLabel.setBuddy(self.projectFilter)
        self.thresholdLabel.setBuddy(self.thresholdSpin)
        self.referenceLabel.setBuddy(self.referenceCombo)
        self.questionLabel.setBuddy(self.questionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.projectFilter)
        QWidget.setTabOrder(self.projectFilter, self.thresholdSpin)
        QWidget.setTabOrder(self.thresholdSpin, self.referenceCombo)
        QWidget.setTabOrder(self.referenceCombo, self.questionCombo)
        QWidget.setTabOrder(self.questionCombo, self.table)
        QWidget.setTabOrder(self.table, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.plansButton)
        QWidget.setTabOrder(self.plansButton, self.referencesButton)
        QWidget.setTabOrder(self.referencesButton, self.blankFormButton)

        self.retranslateUi(DiversityPage)

        QMetaObject.connectSlotsByName(DiversityPage)
    # setupUi

    def retranslateUi(self, DiversityPage):
#if QT_CONFIG(accessibility)
        DiversityPage.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Diversity", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("DiversityPage", u"Diversity", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Diversity", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("DiversityPage", u"Who took part (attended at least once) compared with the people the project serves. Small numbers are hidden: a count from 1 to 4 shows as \u201cfewer than 5\u201d.", None))
        self.fromLabel.setText(QCoreApplication.translate("DiversityPage", u"Fro&m:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Report from", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("DiversityPage", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("DiversityPage", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Report to", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setDisplayFormat(QCoreApplication.translate("DiversityPage", u"dd/MM/yyyy", None))
        self.projectLabel.setText(QCoreApplication.translate("DiversityPage", u"Pro&ject:", None))
#if QT_CONFIG(accessibility)
        self.projectFilter.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Report on project", None))
#endif // QT_CONFIG(accessibility)
        self.thresholdLabel.setText(QCoreApplication.translate("DiversityPage", u"Flag &under:", None))
#if QT_CONFIG(accessibility)
        self.thresholdSpin.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Flag as under-represented under this percentage of the expected share", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.thresholdSpin.setAccessibleDescription(QCoreApplication.translate("DiversityPage", u"A group is under-represented when its share is less than this percentage of its expected share.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.thresholdSpin.setToolTip(QCoreApplication.translate("DiversityPage", u"A group is flagged when its share is less than this percentage of its expected share (80% is usual).", None))
#endif // QT_CONFIG(tooltip)
        self.thresholdSpin.setSuffix(QCoreApplication.translate("DiversityPage", u"% of expected", None))
        self.referenceLabel.setText(QCoreApplication.translate("DiversityPage", u"&Reference:", None))
#if QT_CONFIG(accessibility)
        self.referenceCombo.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Reference population to compare with", None))
#endif // QT_CONFIG(accessibility)
        self.questionLabel.setText(QCoreApplication.translate("DiversityPage", u"&Question:", None))
#if QT_CONFIG(accessibility)
        self.questionCombo.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Question to show", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Representation by category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("DiversityPage", u"Press Enter to see the outreach plans. Counts from 1 to 4 show as fewer than 5.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartArea.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Chart", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("DiversityPage", u"&Save report\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Save the report as a PDF, CSV or spreadsheet", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("DiversityPage", u"Start &outreach plan\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Start an outreach plan for the selected group", None))
#endif // QT_CONFIG(accessibility)
        self.plansButton.setText(QCoreApplication.translate("DiversityPage", u"Outreach p&lans\u2026", None))
#if QT_CONFIG(accessibility)
        self.plansButton.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Outreach plans", None))
#endif // QT_CONFIG(accessibility)
        self.referencesButton.setText(QCoreApplication.translate("DiversityPage", u"Refere&nce populations\u2026", None))
#if QT_CONFIG(accessibility)
        self.referencesButton.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Reference populations", None))
#endif // QT_CONFIG(accessibility)
        self.blankFormButton.setText(QCoreApplication.translate("DiversityPage", u"Print a &blank form\u2026", None))
#if QT_CONFIG(accessibility)
        self.blankFormButton.setAccessibleName(QCoreApplication.translate("DiversityPage", u"Print a blank monitoring form", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

