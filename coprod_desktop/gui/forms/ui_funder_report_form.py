# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'funder_report_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_FunderReportDialog(object):
    def setupUi(self, FunderReportDialog):
        if not FunderReportDialog.objectName():
            FunderReportDialog.setObjectName(u"FunderReportDialog")
        FunderReportDialog.resize(640, 340)
        FunderReportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(FunderReportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(FunderReportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.periodLabel = QLabel(FunderReportDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(FunderReportDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.fromLabel = QLabel(FunderReportDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(FunderReportDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fromEdit.sizePolicy().hasHeightForWidth())
        self.fromEdit.setSizePolicy(sizePolicy)
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(FunderReportDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(FunderReportDialog)
        self.toEdit.setObjectName(u"toEdit")
        sizePolicy.setHeightForWidth(self.toEdit.sizePolicy().hasHeightForWidth())
        self.toEdit.setSizePolicy(sizePolicy)
        self.toEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.projectLabel = QLabel(FunderReportDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(FunderReportDialog)
        self.projectCombo.setObjectName(u"projectCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.sizeLabel = QLabel(FunderReportDialog)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeSpin = QSpinBox(FunderReportDialog)
        self.sizeSpin.setObjectName(u"sizeSpin")
        sizePolicy.setHeightForWidth(self.sizeSpin.sizePolicy().hasHeightForWidth())
        self.sizeSpin.setSizePolicy(sizePolicy)
        self.sizeSpin.setMinimum(14)
        self.sizeSpin.setMaximum(36)
        self.sizeSpin.setValue(16)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sizeSpin)

        self.organisationLabel = QLabel(FunderReportDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(FunderReportDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organisationEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(FunderReportDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(FunderReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.projectLabel.setBuddy(self.projectCombo)
        self.sizeLabel.setBuddy(self.sizeSpin)
        self.organisationLabel.setBuddy(self.organisationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.projectCombo)
        QWidget.setTabOrder(self.projectCombo, self.sizeSpin)
        QWidget.setTabOrder(self.sizeSpin, self.organisationEdit)

        self.retranslateUi(FunderReportDialog)

        QMetaObject.connectSlotsByName(FunderReportDialog)
    # setupUi

    def retranslateUi(self, FunderReportDialog):
        FunderReportDialog.setWindowTitle(QCoreApplication.translate("FunderReportDialog", u"Funder report", None))
        self.introLabel.setText(QCoreApplication.translate("FunderReportDialog", u"A report for the people who fund your work: sessions, people involved, time given, payments against the budget, diversity (small numbers hidden), actions, \"you said, we did\", anonymised stories and where each project stands. Nobody is named. It is saved as a large-print PDF that screen readers can read.", None))
        self.periodLabel.setText(QCoreApplication.translate("FunderReportDialog", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("FunderReportDialog", u"Period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleDescription(QCoreApplication.translate("FunderReportDialog", u"Choosing a period fills in the From and To dates. Change the dates to report on any other period.", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("FunderReportDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("FunderReportDialog", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("FunderReportDialog", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("FunderReportDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("FunderReportDialog", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setDisplayFormat(QCoreApplication.translate("FunderReportDialog", u"dd/MM/yyyy", None))
        self.projectLabel.setText(QCoreApplication.translate("FunderReportDialog", u"Pro&ject:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("FunderReportDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
        self.sizeLabel.setText(QCoreApplication.translate("FunderReportDialog", u"Te&xt size:", None))
#if QT_CONFIG(accessibility)
        self.sizeSpin.setAccessibleName(QCoreApplication.translate("FunderReportDialog", u"Text size in points", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sizeSpin.setAccessibleDescription(QCoreApplication.translate("FunderReportDialog", u"From 14 to 36 points. 16 is large print; 18 suits many people with sight loss.", None))
#endif // QT_CONFIG(accessibility)
        self.sizeSpin.setSuffix(QCoreApplication.translate("FunderReportDialog", u" point", None))
        self.organisationLabel.setText(QCoreApplication.translate("FunderReportDialog", u"Your group's &name (optional):", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("FunderReportDialog", u"Your group's name (optional)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleDescription(QCoreApplication.translate("FunderReportDialog", u"Printed at the top of the report as who it is from.", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
    # retranslateUi

