# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rates_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout,
    QWidget)

class Ui_RatesDialog(object):
    def setupUi(self, RatesDialog):
        if not RatesDialog.objectName():
            RatesDialog.setObjectName(u"RatesDialog")
        RatesDialog.resize(640, 640)
        RatesDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(RatesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(RatesDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fromLabel = QLabel(RatesDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(RatesDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.hourlyLabel = QLabel(RatesDialog)
        self.hourlyLabel.setObjectName(u"hourlyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hourlyLabel)

        self.hourlyEdit = QLineEdit(RatesDialog)
        self.hourlyEdit.setObjectName(u"hourlyEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hourlyEdit)

        self.halfDayLabel = QLabel(RatesDialog)
        self.halfDayLabel.setObjectName(u"halfDayLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.halfDayLabel)

        self.halfDayEdit = QLineEdit(RatesDialog)
        self.halfDayEdit.setObjectName(u"halfDayEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.halfDayEdit)

        self.fullDayLabel = QLabel(RatesDialog)
        self.fullDayLabel.setObjectName(u"fullDayLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fullDayLabel)

        self.fullDayEdit = QLineEdit(RatesDialog)
        self.fullDayEdit.setObjectName(u"fullDayEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fullDayEdit)

        self.prepLabel = QLabel(RatesDialog)
        self.prepLabel.setObjectName(u"prepLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.prepLabel)

        self.prepEdit = QLineEdit(RatesDialog)
        self.prepEdit.setObjectName(u"prepEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.prepEdit)

        self.carLabel = QLabel(RatesDialog)
        self.carLabel.setObjectName(u"carLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.carLabel)

        self.carEdit = QLineEdit(RatesDialog)
        self.carEdit.setObjectName(u"carEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.carEdit)

        self.motorcycleLabel = QLabel(RatesDialog)
        self.motorcycleLabel.setObjectName(u"motorcycleLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.motorcycleLabel)

        self.motorcycleEdit = QLineEdit(RatesDialog)
        self.motorcycleEdit.setObjectName(u"motorcycleEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.motorcycleEdit)

        self.bicycleLabel = QLabel(RatesDialog)
        self.bicycleLabel.setObjectName(u"bicycleLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.bicycleLabel)

        self.bicycleEdit = QLineEdit(RatesDialog)
        self.bicycleEdit.setObjectName(u"bicycleEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.bicycleEdit)

        self.subsistenceLabel = QLabel(RatesDialog)
        self.subsistenceLabel.setObjectName(u"subsistenceLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.subsistenceLabel)

        self.subsistenceEdit = QLineEdit(RatesDialog)
        self.subsistenceEdit.setObjectName(u"subsistenceEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.subsistenceEdit)

        self.careLabel = QLabel(RatesDialog)
        self.careLabel.setObjectName(u"careLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.careLabel)

        self.careReceiptCheck = QCheckBox(RatesDialog)
        self.careReceiptCheck.setObjectName(u"careReceiptCheck")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.careReceiptCheck)

        self.sourceLabel = QLabel(RatesDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QPlainTextEdit(RatesDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")
        self.sourceEdit.setTabChangesFocus(True)
        self.sourceEdit.setMinimumSize(QSize(0, 110))
        self.sourceEdit.setMaximumSize(QSize(16777215, 140))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.sourceEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(RatesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.hourlyLabel.setBuddy(self.hourlyEdit)
        self.halfDayLabel.setBuddy(self.halfDayEdit)
        self.fullDayLabel.setBuddy(self.fullDayEdit)
        self.prepLabel.setBuddy(self.prepEdit)
        self.carLabel.setBuddy(self.carEdit)
        self.motorcycleLabel.setBuddy(self.motorcycleEdit)
        self.bicycleLabel.setBuddy(self.bicycleEdit)
        self.subsistenceLabel.setBuddy(self.subsistenceEdit)
        self.sourceLabel.setBuddy(self.sourceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromEdit, self.hourlyEdit)
        QWidget.setTabOrder(self.hourlyEdit, self.halfDayEdit)
        QWidget.setTabOrder(self.halfDayEdit, self.fullDayEdit)
        QWidget.setTabOrder(self.fullDayEdit, self.prepEdit)
        QWidget.setTabOrder(self.prepEdit, self.carEdit)
        QWidget.setTabOrder(self.carEdit, self.motorcycleEdit)
        QWidget.setTabOrder(self.motorcycleEdit, self.bicycleEdit)
        QWidget.setTabOrder(self.bicycleEdit, self.subsistenceEdit)
        QWidget.setTabOrder(self.subsistenceEdit, self.careReceiptCheck)
        QWidget.setTabOrder(self.careReceiptCheck, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.buttonBox)

        self.retranslateUi(RatesDialog)

        QMetaObject.connectSlotsByName(RatesDialog)
    # setupUi

    def retranslateUi(self, RatesDialog):
        RatesDialog.setWindowTitle(QCoreApplication.translate("RatesDialog", u"Rates", None))
        self.errorSummary.setText("")
        self.fromLabel.setText(QCoreApplication.translate("RatesDialog", u"In force &from:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("RatesDialog", u"In force from", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("RatesDialog", u"dd/MM/yyyy", None))
        self.hourlyLabel.setText(QCoreApplication.translate("RatesDialog", u"&Hourly rate:", None))
#if QT_CONFIG(accessibility)
        self.hourlyEdit.setAccessibleName(QCoreApplication.translate("RatesDialog", u"Hourly rate", None))
#endif // QT_CONFIG(accessibility)
        self.hourlyEdit.setPlaceholderText(QCoreApplication.translate("RatesDialog", u"In pounds, such as 25.00", None))
        self.halfDayLabel.setText(QCoreApplication.translate("RatesDialog", u"Ha&lf-day rate:", None))
#if QT_CONFIG(accessibility)
        self.halfDayEdit.setAccessibleName(QCoreApplication.translate("RatesDialog", u"Half-day rate", None))
#endif // QT_CONFIG(accessibility)
        self.halfDayEdit.setPlaceholderText(QCoreApplication.translate("RatesDialog", u"In pounds, such as 25.00", None))
        self.fullDayLabel.setText(QCoreApplication.translate("RatesDialog", u"F&ull-day rate:", None))
#if QT_CONFIG(accessibility)
        self.fullDayEdit.setAccessibleName(QCoreApplication.translate("RatesDialog", u"Full-day rate", None))
#endif // QT_CONFIG(accessibility)
        self.fullDayEdit.setPlaceholderText(QCoreApplication.translate("RatesDialog", u"In pounds, such as 25.00", None))
        self.prepLabel.setText(QCoreApplication.translate("RatesDialog", u"&Preparation time, per hour:", None))
#if QT_CONFIG(accessibility)
        self.prepEdit.setAccessibleName(QCoreApplication.translate("RatesDialog", u"Preparation time per hour", None))
#endif // QT_CONFIG(accessibility)
        self.prepEdit.setPlaceholderText(QCoreApplication.translate("RatesDialog", u"In pounds, such as 25.00", None))
        self.carLabel.setText(QCoreApplication.translate("RatesDialog", u"Mileage by &car, per mile:", None))
#if QT_CONFIG(accessibility)
        self.carEdit.setAccessibleName(QCoreApplication.translate("RatesDialog", u"Mileage by car per mile", None))
#endif // QT_CONFIG(accessibility)
        self.carEdit.setPlaceholderText(QCoreApplication.translate("RatesDialog", u"In pounds, such as 25.00", None))
        self.motorcycleLabel.setText(QCoreApplication.translate("RatesDialog", u"Mileage by &motorcycle, per mile:", None))
#if QT_CONFIG(accessibility)
        self.motorcycleEdit.setAccessibleName(QCoreApplication.translate("RatesDialog", u"Mileage by motorcycle per mile", None))
#endif // QT_CONFIG(accessibility)
        self.motorcycleEdit.setPlaceholderText(QCoreApplication.translate("RatesDialog", u"In pounds, such as 25.00", None))
        self.bicycleLabel.setText(QCoreApplication.translate("RatesDialog", u"Mileage by &bicycle, per mile:", None))
#if QT_CONFIG(accessibility)
        self.bicycleEdit.setAccessibleName(QCoreApplication.translate("RatesDialog", u"Mileage by bicycle per mile", None))
#endif // QT_CONFIG(accessibility)
        self.bicycleEdit.setPlaceholderText(QCoreApplication.translate("RatesDialog", u"In pounds, such as 25.00", None))
        self.subsistenceLabel.setText(QCoreApplication.translate("RatesDialog", u"Food and drin&k, most per session:", None))
#if QT_CONFIG(accessibility)
        self.subsistenceEdit.setAccessibleName(QCoreApplication.translate("RatesDialog", u"Food and drink, most per session", None))
#endif // QT_CONFIG(accessibility)
        self.subsistenceEdit.setPlaceholderText(QCoreApplication.translate("RatesDialog", u"In pounds, such as 25.00", None))
        self.careLabel.setText("")
        self.careReceiptCheck.setText(QCoreApplication.translate("RatesDialog", u"Care costs need a receipt", None))
        self.sourceLabel.setText(QCoreApplication.translate("RatesDialog", u"Where these rates come fr&om:", None))
#if QT_CONFIG(accessibility)
        self.sourceEdit.setAccessibleName(QCoreApplication.translate("RatesDialog", u"Where these rates come from", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

