# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(600, 460)
        PaymentDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PaymentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(PaymentDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.personLabel = QLabel(PaymentDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = QLineEdit(PaymentDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.kindLabel = QLabel(PaymentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(PaymentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.amountLabel = QLabel(PaymentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(PaymentDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.dateLabel = QLabel(PaymentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(PaymentDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.projectLabel = QLabel(PaymentDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(PaymentDialog)
        self.projectCombo.setObjectName(u"projectCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.descriptionLabel = QLabel(PaymentDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(PaymentDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.providerLabel = QLabel(PaymentDialog)
        self.providerLabel.setObjectName(u"providerLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.providerLabel)

        self.providerEdit = QLineEdit(PaymentDialog)
        self.providerEdit.setObjectName(u"providerEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.providerEdit)

        self.voucherRefLabel = QLabel(PaymentDialog)
        self.voucherRefLabel.setObjectName(u"voucherRefLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.voucherRefLabel)

        self.voucherRefEdit = QLineEdit(PaymentDialog)
        self.voucherRefEdit.setObjectName(u"voucherRefEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.voucherRefEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(PaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.projectLabel.setBuddy(self.projectCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.providerLabel.setBuddy(self.providerEdit)
        self.voucherRefLabel.setBuddy(self.voucherRefEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.projectCombo)
        QWidget.setTabOrder(self.projectCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.providerEdit)
        QWidget.setTabOrder(self.providerEdit, self.voucherRefEdit)
        QWidget.setTabOrder(self.voucherRefEdit, self.buttonBox)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Add a payment", None))
        self.errorSummary.setText("")
        self.personLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"Start typing a name", None))
        self.kindLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Kind of payment", None))
#endif // QT_CONFIG(accessibility)
        self.amountLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Amount:", None))
#if QT_CONFIG(accessibility)
        self.amountEdit.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Amount", None))
#endif // QT_CONFIG(accessibility)
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"In pounds, such as 25.00", None))
        self.dateLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Date of the work or session", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("PaymentDialog", u"dd/MM/yyyy", None))
        self.projectLabel.setText(QCoreApplication.translate("PaymentDialog", u"P&roject:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("PaymentDialog", u"&What it is for:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"What it is for", None))
#endif // QT_CONFIG(accessibility)
        self.providerLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Voucher provider:", None))
#if QT_CONFIG(accessibility)
        self.providerEdit.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Voucher provider", None))
#endif // QT_CONFIG(accessibility)
        self.providerEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"For example Love2Shop", None))
        self.voucherRefLabel.setText(QCoreApplication.translate("PaymentDialog", u"Vou&cher reference:", None))
#if QT_CONFIG(accessibility)
        self.voucherRefEdit.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Voucher reference", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

