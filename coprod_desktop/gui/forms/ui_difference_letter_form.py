# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'difference_letter_form.ui'
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

class Ui_DifferenceLetterDialog(object):
    def setupUi(self, DifferenceLetterDialog):
        if not DifferenceLetterDialog.objectName():
            DifferenceLetterDialog.setObjectName(u"DifferenceLetterDialog")
        DifferenceLetterDialog.resize(560, 420)
        DifferenceLetterDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DifferenceLetterDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(DifferenceLetterDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.errorSummary = QLabel(DifferenceLetterDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fromLabel = QLabel(DifferenceLetterDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(DifferenceLetterDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fromEdit.sizePolicy().hasHeightForWidth())
        self.fromEdit.setSizePolicy(sizePolicy)
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(DifferenceLetterDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(DifferenceLetterDialog)
        self.toEdit.setObjectName(u"toEdit")
        sizePolicy.setHeightForWidth(self.toEdit.sizePolicy().hasHeightForWidth())
        self.toEdit.setSizePolicy(sizePolicy)
        self.toEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.sizeLabel = QLabel(DifferenceLetterDialog)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeSpin = QSpinBox(DifferenceLetterDialog)
        self.sizeSpin.setObjectName(u"sizeSpin")
        sizePolicy.setHeightForWidth(self.sizeSpin.sizePolicy().hasHeightForWidth())
        self.sizeSpin.setSizePolicy(sizePolicy)
        self.sizeSpin.setMinimum(14)
        self.sizeSpin.setMaximum(36)
        self.sizeSpin.setValue(16)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sizeSpin)

        self.formatLabel = QLabel(DifferenceLetterDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(DifferenceLetterDialog)
        self.formatCombo.setObjectName(u"formatCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.formatCombo.sizePolicy().hasHeightForWidth())
        self.formatCombo.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.organisationLabel = QLabel(DifferenceLetterDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(DifferenceLetterDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.organisationEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.sizeNote = QLabel(DifferenceLetterDialog)
        self.sizeNote.setObjectName(u"sizeNote")
        self.sizeNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.sizeNote)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(DifferenceLetterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.sizeLabel.setBuddy(self.sizeSpin)
        self.formatLabel.setBuddy(self.formatCombo)
        self.organisationLabel.setBuddy(self.organisationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.sizeSpin)
        QWidget.setTabOrder(self.sizeSpin, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.buttonBox)

        self.retranslateUi(DifferenceLetterDialog)

        QMetaObject.connectSlotsByName(DifferenceLetterDialog)
    # setupUi

    def retranslateUi(self, DifferenceLetterDialog):
        DifferenceLetterDialog.setWindowTitle(QCoreApplication.translate("DifferenceLetterDialog", u"The difference you made", None))
        self.introLabel.setText("")
        self.errorSummary.setText("")
        self.fromLabel.setText(QCoreApplication.translate("DifferenceLetterDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("DifferenceLetterDialog", u"Period from", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("DifferenceLetterDialog", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("DifferenceLetterDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("DifferenceLetterDialog", u"Period to", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setDisplayFormat(QCoreApplication.translate("DifferenceLetterDialog", u"dd/MM/yyyy", None))
        self.sizeLabel.setText(QCoreApplication.translate("DifferenceLetterDialog", u"Text si&ze:", None))
#if QT_CONFIG(accessibility)
        self.sizeSpin.setAccessibleName(QCoreApplication.translate("DifferenceLetterDialog", u"Text size in points", None))
#endif // QT_CONFIG(accessibility)
        self.sizeSpin.setSuffix(QCoreApplication.translate("DifferenceLetterDialog", u" point", None))
        self.formatLabel.setText(QCoreApplication.translate("DifferenceLetterDialog", u"F&ormat:", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("DifferenceLetterDialog", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("DifferenceLetterDialog", u"Your group's &name (optional):", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("DifferenceLetterDialog", u"Your group's name (optional)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleDescription(QCoreApplication.translate("DifferenceLetterDialog", u"Signs the letter as who it is from, and names the group in the line for their CV.", None))
#endif // QT_CONFIG(accessibility)
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("DifferenceLetterDialog", u"For example: Riverside Carers' Network", None))
        self.sizeNote.setText("")
    # retranslateUi

