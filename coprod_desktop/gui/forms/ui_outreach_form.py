# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outreach_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_OutreachDialog(object):
    def setupUi(self, OutreachDialog):
        if not OutreachDialog.objectName():
            OutreachDialog.setObjectName(u"OutreachDialog")
        OutreachDialog.resize(720, 820)
        OutreachDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(OutreachDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(OutreachDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.titleLabel = QLabel(OutreachDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(OutreachDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.groupLabel = QLabel(OutreachDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupText = QLabel(OutreachDialog)
        self.groupText.setObjectName(u"groupText")
        self.groupText.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.groupText)

        self.projectLabel = QLabel(OutreachDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectText = QLabel(OutreachDialog)
        self.projectText.setObjectName(u"projectText")
        self.projectText.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.projectText)

        self.startLabel = QLabel(OutreachDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startText = QLabel(OutreachDialog)
        self.startText.setObjectName(u"startText")
        self.startText.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startText)

        self.startedLabel = QLabel(OutreachDialog)
        self.startedLabel.setObjectName(u"startedLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startedLabel)

        self.startedEdit = QDateEdit(OutreachDialog)
        self.startedEdit.setObjectName(u"startedEdit")
        self.startedEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startedEdit)

        self.whoLabel = QLabel(OutreachDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.whoEdit = QPlainTextEdit(OutreachDialog)
        self.whoEdit.setObjectName(u"whoEdit")
        self.whoEdit.setTabChangesFocus(True)
        self.whoEdit.setMinimumSize(QSize(0, 60))
        self.whoEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.whoEdit)

        self.aspirationsLabel = QLabel(OutreachDialog)
        self.aspirationsLabel.setObjectName(u"aspirationsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.aspirationsLabel)

        self.aspirationsEdit = QPlainTextEdit(OutreachDialog)
        self.aspirationsEdit.setObjectName(u"aspirationsEdit")
        self.aspirationsEdit.setTabChangesFocus(True)
        self.aspirationsEdit.setMinimumSize(QSize(0, 60))
        self.aspirationsEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.aspirationsEdit)

        self.needsLabel = QLabel(OutreachDialog)
        self.needsLabel.setObjectName(u"needsLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.needsLabel)

        self.needsEdit = QPlainTextEdit(OutreachDialog)
        self.needsEdit.setObjectName(u"needsEdit")
        self.needsEdit.setTabChangesFocus(True)
        self.needsEdit.setMinimumSize(QSize(0, 60))
        self.needsEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.needsEdit)

        self.strengthsLabel = QLabel(OutreachDialog)
        self.strengthsLabel.setObjectName(u"strengthsLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.strengthsLabel)

        self.strengthsEdit = QPlainTextEdit(OutreachDialog)
        self.strengthsEdit.setObjectName(u"strengthsEdit")
        self.strengthsEdit.setTabChangesFocus(True)
        self.strengthsEdit.setMinimumSize(QSize(0, 60))
        self.strengthsEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.strengthsEdit)

        self.barriersLabel = QLabel(OutreachDialog)
        self.barriersLabel.setObjectName(u"barriersLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.barriersLabel)

        self.barriersEdit = QPlainTextEdit(OutreachDialog)
        self.barriersEdit.setObjectName(u"barriersEdit")
        self.barriersEdit.setTabChangesFocus(True)
        self.barriersEdit.setMinimumSize(QSize(0, 60))
        self.barriersEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.barriersEdit)

        self.trustedLabel = QLabel(OutreachDialog)
        self.trustedLabel.setObjectName(u"trustedLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.trustedLabel)

        self.trustedEdit = QPlainTextEdit(OutreachDialog)
        self.trustedEdit.setObjectName(u"trustedEdit")
        self.trustedEdit.setTabChangesFocus(True)
        self.trustedEdit.setMinimumSize(QSize(0, 60))
        self.trustedEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.trustedEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(OutreachDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.startedLabel.setBuddy(self.startedEdit)
        self.whoLabel.setBuddy(self.whoEdit)
        self.aspirationsLabel.setBuddy(self.aspirationsEdit)
        self.needsLabel.setBuddy(self.needsEdit)
        self.strengthsLabel.setBuddy(self.strengthsEdit)
        self.barriersLabel.setBuddy(self.barriersEdit)
        self.trustedLabel.setBuddy(self.trustedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.startedEdit)
        QWidget.setTabOrder(self.startedEdit, self.whoEdit)
        QWidget.setTabOrder(self.whoEdit, self.aspirationsEdit)
        QWidget.setTabOrder(self.aspirationsEdit, self.needsEdit)
        QWidget.setTabOrder(self.needsEdit, self.strengthsEdit)
        QWidget.setTabOrder(self.strengthsEdit, self.barriersEdit)
        QWidget.setTabOrder(self.barriersEdit, self.trustedEdit)
        QWidget.setTabOrder(self.trustedEdit, self.buttonBox)

        self.retranslateUi(OutreachDialog)

        QMetaObject.connectSlotsByName(OutreachDialog)
    # setupUi

    def retranslateUi(self, OutreachDialog):
        OutreachDialog.setWindowTitle(QCoreApplication.translate("OutreachDialog", u"Outreach plan", None))
        self.errorSummary.setText("")
        self.titleLabel.setText(QCoreApplication.translate("OutreachDialog", u"Name of the &plan (required):", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("OutreachDialog", u"Name of the plan (required)", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("OutreachDialog", u"For example: Reaching young carers", None))
        self.groupLabel.setText(QCoreApplication.translate("OutreachDialog", u"Group:", None))
        self.groupText.setText("")
#if QT_CONFIG(accessibility)
        self.groupText.setAccessibleName(QCoreApplication.translate("OutreachDialog", u"Group", None))
#endif // QT_CONFIG(accessibility)
        self.projectLabel.setText(QCoreApplication.translate("OutreachDialog", u"Project:", None))
        self.projectText.setText("")
#if QT_CONFIG(accessibility)
        self.projectText.setAccessibleName(QCoreApplication.translate("OutreachDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("OutreachDialog", u"At the start:", None))
        self.startText.setText("")
#if QT_CONFIG(accessibility)
        self.startText.setAccessibleName(QCoreApplication.translate("OutreachDialog", u"Figures at the start", None))
#endif // QT_CONFIG(accessibility)
        self.startedLabel.setText(QCoreApplication.translate("OutreachDialog", u"Starte&d on:", None))
#if QT_CONFIG(accessibility)
        self.startedEdit.setAccessibleName(QCoreApplication.translate("OutreachDialog", u"Started on", None))
#endif // QT_CONFIG(accessibility)
        self.startedEdit.setDisplayFormat(QCoreApplication.translate("OutreachDialog", u"dd/MM/yyyy", None))
        self.whoLabel.setText(QCoreApplication.translate("OutreachDialog", u"&Who they are:", None))
#if QT_CONFIG(accessibility)
        self.whoEdit.setAccessibleName(QCoreApplication.translate("OutreachDialog", u"Who they are", None))
#endif // QT_CONFIG(accessibility)
        self.aspirationsLabel.setText(QCoreApplication.translate("OutreachDialog", u"Their asp&irations:", None))
#if QT_CONFIG(accessibility)
        self.aspirationsEdit.setAccessibleName(QCoreApplication.translate("OutreachDialog", u"Their aspirations", None))
#endif // QT_CONFIG(accessibility)
        self.needsLabel.setText(QCoreApplication.translate("OutreachDialog", u"Their &needs:", None))
#if QT_CONFIG(accessibility)
        self.needsEdit.setAccessibleName(QCoreApplication.translate("OutreachDialog", u"Their needs", None))
#endif // QT_CONFIG(accessibility)
        self.strengthsLabel.setText(QCoreApplication.translate("OutreachDialog", u"Their s&trengths:", None))
#if QT_CONFIG(accessibility)
        self.strengthsEdit.setAccessibleName(QCoreApplication.translate("OutreachDialog", u"Their strengths", None))
#endif // QT_CONFIG(accessibility)
        self.barriersLabel.setText(QCoreApplication.translate("OutreachDialog", u"&Barriers to taking part:", None))
#if QT_CONFIG(accessibility)
        self.barriersEdit.setAccessibleName(QCoreApplication.translate("OutreachDialog", u"Barriers to taking part", None))
#endif // QT_CONFIG(accessibility)
        self.trustedLabel.setText(QCoreApplication.translate("OutreachDialog", u"Places and organisations they t&rust:", None))
#if QT_CONFIG(accessibility)
        self.trustedEdit.setAccessibleName(QCoreApplication.translate("OutreachDialog", u"Places and organisations they trust", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

