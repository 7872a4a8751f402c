# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'development_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DevelopmentEntryDialog(object):
    def setupUi(self, DevelopmentEntryDialog):
        if not DevelopmentEntryDialog.objectName():
            DevelopmentEntryDialog.setObjectName(u"DevelopmentEntryDialog")
        DevelopmentEntryDialog.resize(620, 420)
        DevelopmentEntryDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DevelopmentEntryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(DevelopmentEntryDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.whoLabel = QLabel(DevelopmentEntryDialog)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.whoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kindLabel = QLabel(DevelopmentEntryDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(DevelopmentEntryDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dateLabel = QLabel(DevelopmentEntryDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(DevelopmentEntryDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy1)
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.whatLabel = QLabel(DevelopmentEntryDialog)
        self.whatLabel.setObjectName(u"whatLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.whatEdit = QLineEdit(DevelopmentEntryDialog)
        self.whatEdit.setObjectName(u"whatEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whatEdit)

        self.detailsLabel = QLabel(DevelopmentEntryDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

        self.detailsEdit = QPlainTextEdit(DevelopmentEntryDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setTabChangesFocus(True)
        self.detailsEdit.setMinimumSize(QSize(0, 70))
        self.detailsEdit.setMaximumSize(QSize(16777215, 120))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.detailsEdit)

        self.projectLabel = QLabel(DevelopmentEntryDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(DevelopmentEntryDialog)
        self.projectCombo.setObjectName(u"projectCombo")
        sizePolicy.setHeightForWidth(self.projectCombo.sizePolicy().hasHeightForWidth())
        self.projectCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.projectCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(DevelopmentEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.whatLabel.setBuddy(self.whatEdit)
        self.detailsLabel.setBuddy(self.detailsEdit)
        self.projectLabel.setBuddy(self.projectCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.whatEdit)
        QWidget.setTabOrder(self.whatEdit, self.detailsEdit)
        QWidget.setTabOrder(self.detailsEdit, self.projectCombo)
        QWidget.setTabOrder(self.projectCombo, self.buttonBox)

        self.retranslateUi(DevelopmentEntryDialog)

        QMetaObject.connectSlotsByName(DevelopmentEntryDialog)
    # setupUi

    def retranslateUi(self, DevelopmentEntryDialog):
        DevelopmentEntryDialog.setWindowTitle(QCoreApplication.translate("DevelopmentEntryDialog", u"Development log entry", None))
        self.errorSummary.setText("")
        self.whoLabel.setText("")
        self.kindLabel.setText(QCoreApplication.translate("DevelopmentEntryDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("DevelopmentEntryDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("DevelopmentEntryDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("DevelopmentEntryDialog", u"Date it happened", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("DevelopmentEntryDialog", u"dd/MM/yyyy", None))
        self.whatLabel.setText(QCoreApplication.translate("DevelopmentEntryDialog", u"&What (required):", None))
#if QT_CONFIG(accessibility)
        self.whatEdit.setAccessibleName(QCoreApplication.translate("DevelopmentEntryDialog", u"What (required)", None))
#endif // QT_CONFIG(accessibility)
        self.whatEdit.setPlaceholderText(QCoreApplication.translate("DevelopmentEntryDialog", u"For example: Chaired the planning meeting", None))
        self.detailsLabel.setText(QCoreApplication.translate("DevelopmentEntryDialog", u"D&etails:", None))
#if QT_CONFIG(accessibility)
        self.detailsEdit.setAccessibleName(QCoreApplication.translate("DevelopmentEntryDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsEdit.setPlaceholderText(QCoreApplication.translate("DevelopmentEntryDialog", u"Anything more, for example: Half a day, with a certificate", None))
        self.projectLabel.setText(QCoreApplication.translate("DevelopmentEntryDialog", u"&Project:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("DevelopmentEntryDialog", u"Project it was part of", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

