# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_export_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RecordsExportDialog(object):
    def setupUi(self, RecordsExportDialog):
        if not RecordsExportDialog.objectName():
            RecordsExportDialog.setObjectName(u"RecordsExportDialog")
        RecordsExportDialog.resize(640, 420)
        RecordsExportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(RecordsExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RecordsExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.periodLabel = QLabel(RecordsExportDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(RecordsExportDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.fromLabel = QLabel(RecordsExportDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(RecordsExportDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fromEdit.sizePolicy().hasHeightForWidth())
        self.fromEdit.setSizePolicy(sizePolicy)
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(RecordsExportDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(RecordsExportDialog)
        self.toEdit.setObjectName(u"toEdit")
        sizePolicy.setHeightForWidth(self.toEdit.sizePolicy().hasHeightForWidth())
        self.toEdit.setSizePolicy(sizePolicy)
        self.toEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.projectLabel = QLabel(RecordsExportDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(RecordsExportDialog)
        self.projectCombo.setObjectName(u"projectCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.formatLabel = QLabel(RecordsExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(RecordsExportDialog)
        self.formatCombo.setObjectName(u"formatCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.formatCombo.sizePolicy().hasHeightForWidth())
        self.formatCombo.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.formatCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.namesCheck = QCheckBox(RecordsExportDialog)
        self.namesCheck.setObjectName(u"namesCheck")
        self.namesCheck.setChecked(False)

        self.dialogLayout.addWidget(self.namesCheck)

        self.namesNote = QLabel(RecordsExportDialog)
        self.namesNote.setObjectName(u"namesNote")
        self.namesNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.namesNote)

        self.problemLabel = QLabel(RecordsExportDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(RecordsExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.projectLabel.setBuddy(self.projectCombo)
        self.formatLabel.setBuddy(self.formatCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.projectCombo)
        QWidget.setTabOrder(self.projectCombo, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.namesCheck)

        self.retranslateUi(RecordsExportDialog)

        QMetaObject.connectSlotsByName(RecordsExportDialog)
    # setupUi

    def retranslateUi(self, RecordsExportDialog):
        RecordsExportDialog.setWindowTitle(QCoreApplication.translate("RecordsExportDialog", u"Export records for a funder", None))
        self.introLabel.setText(QCoreApplication.translate("RecordsExportDialog", u"The records a funder may ask for, as a spreadsheet: sessions, who came, payments, actions, decisions, \"you said, we did\", stories (only those people agreed to share) and the people involved. People are shown by an ID such as P0001, not by name.", None))
        self.periodLabel.setText(QCoreApplication.translate("RecordsExportDialog", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("RecordsExportDialog", u"Period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleDescription(QCoreApplication.translate("RecordsExportDialog", u"Choosing a period fills in the From and To dates. Change the dates to export any other period.", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("RecordsExportDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("RecordsExportDialog", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("RecordsExportDialog", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("RecordsExportDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("RecordsExportDialog", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setDisplayFormat(QCoreApplication.translate("RecordsExportDialog", u"dd/MM/yyyy", None))
        self.projectLabel.setText(QCoreApplication.translate("RecordsExportDialog", u"Pro&ject:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("RecordsExportDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("RecordsExportDialog", u"F&ormat:", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("RecordsExportDialog", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.namesCheck.setText(QCoreApplication.translate("RecordsExportDialog", u"Include &names of people who agreed to be named", None))
#if QT_CONFIG(accessibility)
        self.namesCheck.setAccessibleName(QCoreApplication.translate("RecordsExportDialog", u"Include names of people who agreed to be named", None))
#endif // QT_CONFIG(accessibility)
        self.namesNote.setText("")
        self.problemLabel.setText("")
    # retranslateUi

