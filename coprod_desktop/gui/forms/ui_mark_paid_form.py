# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mark_paid_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

class Ui_MarkPaidDialog(object):
    def setupUi(self, MarkPaidDialog):
        if not MarkPaidDialog.objectName():
            MarkPaidDialog.setObjectName(u"MarkPaidDialog")
        MarkPaidDialog.resize(560, 360)
        MarkPaidDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(MarkPaidDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(MarkPaidDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.aboutLabel = QLabel(MarkPaidDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.aboutLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.dateLabel = QLabel(MarkPaidDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(MarkPaidDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.methodLabel = QLabel(MarkPaidDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(MarkPaidDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.referenceLabel = QLabel(MarkPaidDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(MarkPaidDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.providerLabel = QLabel(MarkPaidDialog)
        self.providerLabel.setObjectName(u"providerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.providerLabel)

        self.providerEdit = QLineEdit(MarkPaidDialog)
        self.providerEdit.setObjectName(u"providerEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.providerEdit)

        self.voucherRefLabel = QLabel(MarkPaidDialog)
        self.voucherRefLabel.setObjectName(u"voucherRefLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.voucherRefLabel)

        self.voucherRefEdit = QLineEdit(MarkPaidDialog)
        self.voucherRefEdit.setObjectName(u"voucherRefEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.voucherRefEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(MarkPaidDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.providerLabel.setBuddy(self.providerEdit)
        self.voucherRefLabel.setBuddy(self.voucherRefEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.providerEdit)
        QWidget.setTabOrder(self.providerEdit, self.voucherRefEdit)
        QWidget.setTabOrder(self.voucherRefEdit, self.buttonBox)

        self.retranslateUi(MarkPaidDialog)

        QMetaObject.connectSlotsByName(MarkPaidDialog)
    # setupUi

    def retranslateUi(self, MarkPaidDialog):
        MarkPaidDialog.setWindowTitle(QCoreApplication.translate("MarkPaidDialog", u"Mark as paid", None))
        self.errorSummary.setText("")
        self.aboutLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("MarkPaidDialog", u"Date &paid:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("MarkPaidDialog", u"Date paid", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MarkPaidDialog", u"dd/MM/yyyy", None))
        self.methodLabel.setText(QCoreApplication.translate("MarkPaidDialog", u"&How it was paid:", None))
#if QT_CONFIG(accessibility)
        self.methodCombo.setAccessibleName(QCoreApplication.translate("MarkPaidDialog", u"How it was paid", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLabel.setText(QCoreApplication.translate("MarkPaidDialog", u"&Reference:", None))
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("MarkPaidDialog", u"Payment reference", None))
#endif // QT_CONFIG(accessibility)
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("MarkPaidDialog", u"Bank transfer reference, receipt number\u2026", None))
        self.providerLabel.setText(QCoreApplication.translate("MarkPaidDialog", u"&Voucher provider:", None))
#if QT_CONFIG(accessibility)
        self.providerEdit.setAccessibleName(QCoreApplication.translate("MarkPaidDialog", u"Voucher provider", None))
#endif // QT_CONFIG(accessibility)
        self.voucherRefLabel.setText(QCoreApplication.translate("MarkPaidDialog", u"Vou&cher reference:", None))
#if QT_CONFIG(accessibility)
        self.voucherRefEdit.setAccessibleName(QCoreApplication.translate("MarkPaidDialog", u"Voucher reference", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

