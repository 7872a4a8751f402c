# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'expense_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

class Ui_ExpenseDialog(object):
    def setupUi(self, ExpenseDialog):
        if not ExpenseDialog.objectName():
            ExpenseDialog.setObjectName(u"ExpenseDialog")
        ExpenseDialog.resize(600, 500)
        ExpenseDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ExpenseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(ExpenseDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.personLabel = QLabel(ExpenseDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = QLineEdit(ExpenseDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.typeLabel = QLabel(ExpenseDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(ExpenseDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.dateLabel = QLabel(ExpenseDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ExpenseDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.amountLabel = QLabel(ExpenseDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(ExpenseDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.vehicleLabel = QLabel(ExpenseDialog)
        self.vehicleLabel.setObjectName(u"vehicleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.vehicleLabel)

        self.vehicleCombo = QComboBox(ExpenseDialog)
        self.vehicleCombo.setObjectName(u"vehicleCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.vehicleCombo)

        self.milesLabel = QLabel(ExpenseDialog)
        self.milesLabel.setObjectName(u"milesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.milesLabel)

        self.milesEdit = QLineEdit(ExpenseDialog)
        self.milesEdit.setObjectName(u"milesEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.milesEdit)

        self.receiptLabel = QLabel(ExpenseDialog)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.receiptLabel)

        self.receiptEdit = QLineEdit(ExpenseDialog)
        self.receiptEdit.setObjectName(u"receiptEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.receiptEdit)

        self.projectLabel = QLabel(ExpenseDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(ExpenseDialog)
        self.projectCombo.setObjectName(u"projectCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.descriptionLabel = QLabel(ExpenseDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(ExpenseDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ExpenseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.vehicleLabel.setBuddy(self.vehicleCombo)
        self.milesLabel.setBuddy(self.milesEdit)
        self.receiptLabel.setBuddy(self.receiptEdit)
        self.projectLabel.setBuddy(self.projectCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.vehicleCombo)
        QWidget.setTabOrder(self.vehicleCombo, self.milesEdit)
        QWidget.setTabOrder(self.milesEdit, self.receiptEdit)
        QWidget.setTabOrder(self.receiptEdit, self.projectCombo)
        QWidget.setTabOrder(self.projectCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.buttonBox)

        self.retranslateUi(ExpenseDialog)

        QMetaObject.connectSlotsByName(ExpenseDialog)
    # setupUi

    def retranslateUi(self, ExpenseDialog):
        ExpenseDialog.setWindowTitle(QCoreApplication.translate("ExpenseDialog", u"Add an expense claim", None))
        self.errorSummary.setText("")
        self.personLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("ExpenseDialog", u"Start typing a name", None))
        self.typeLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Kind of expense:", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Kind of expense", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Date of the expense", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ExpenseDialog", u"dd/MM/yyyy", None))
        self.amountLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Amount:", None))
#if QT_CONFIG(accessibility)
        self.amountEdit.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Amount", None))
#endif // QT_CONFIG(accessibility)
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("ExpenseDialog", u"In pounds, such as 4.60 (not for mileage)", None))
        self.vehicleLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Vehicle:", None))
#if QT_CONFIG(accessibility)
        self.vehicleCombo.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Vehicle (mileage only)", None))
#endif // QT_CONFIG(accessibility)
        self.milesLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Miles:", None))
#if QT_CONFIG(accessibility)
        self.milesEdit.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Miles (mileage only)", None))
#endif // QT_CONFIG(accessibility)
        self.milesEdit.setPlaceholderText(QCoreApplication.translate("ExpenseDialog", u"Such as 12.5", None))
        self.receiptLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Receipt reference:", None))
#if QT_CONFIG(accessibility)
        self.receiptEdit.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Receipt reference", None))
#endif // QT_CONFIG(accessibility)
        self.receiptEdit.setPlaceholderText(QCoreApplication.translate("ExpenseDialog", u"Number or where it is kept", None))
        self.projectLabel.setText(QCoreApplication.translate("ExpenseDialog", u"Pro&ject:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&What it is for:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"What it is for", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

