# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout,
    QWidget)

class Ui_GoalDialog(object):
    def setupUi(self, GoalDialog):
        if not GoalDialog.objectName():
            GoalDialog.setObjectName(u"GoalDialog")
        GoalDialog.resize(620, 520)
        GoalDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(GoalDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(GoalDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.titleLabel = QLabel(GoalDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(GoalDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.projectLabel = QLabel(GoalDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(GoalDialog)
        self.projectCombo.setObjectName(u"projectCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.successLabel = QLabel(GoalDialog)
        self.successLabel.setObjectName(u"successLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.successLabel)

        self.successEdit = QPlainTextEdit(GoalDialog)
        self.successEdit.setObjectName(u"successEdit")
        self.successEdit.setTabChangesFocus(True)
        self.successEdit.setMinimumSize(QSize(0, 80))
        self.successEdit.setMaximumSize(QSize(16777215, 120))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.successEdit)

        self.knowLabel = QLabel(GoalDialog)
        self.knowLabel.setObjectName(u"knowLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.knowLabel)

        self.knowEdit = QPlainTextEdit(GoalDialog)
        self.knowEdit.setObjectName(u"knowEdit")
        self.knowEdit.setTabChangesFocus(True)
        self.knowEdit.setMinimumSize(QSize(0, 80))
        self.knowEdit.setMaximumSize(QSize(16777215, 120))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.knowEdit)

        self.statusLabel = QLabel(GoalDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(GoalDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.agreedLabel = QLabel(GoalDialog)
        self.agreedLabel.setObjectName(u"agreedLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.agreedLabel)

        self.agreedEdit = QDateEdit(GoalDialog)
        self.agreedEdit.setObjectName(u"agreedEdit")
        self.agreedEdit.setCalendarPopup(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.agreedEdit)

        self.progressCaption = QLabel(GoalDialog)
        self.progressCaption.setObjectName(u"progressCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.progressCaption)

        self.progressLabel = QLabel(GoalDialog)
        self.progressLabel.setObjectName(u"progressLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.progressLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(GoalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.projectLabel.setBuddy(self.projectCombo)
        self.successLabel.setBuddy(self.successEdit)
        self.knowLabel.setBuddy(self.knowEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.agreedLabel.setBuddy(self.agreedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.projectCombo)
        QWidget.setTabOrder(self.projectCombo, self.successEdit)
        QWidget.setTabOrder(self.successEdit, self.knowEdit)
        QWidget.setTabOrder(self.knowEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.agreedEdit)
        QWidget.setTabOrder(self.agreedEdit, self.buttonBox)

        self.retranslateUi(GoalDialog)

        QMetaObject.connectSlotsByName(GoalDialog)
    # setupUi

    def retranslateUi(self, GoalDialog):
        GoalDialog.setWindowTitle(QCoreApplication.translate("GoalDialog", u"Shared goal", None))
        self.errorSummary.setText("")
        self.titleLabel.setText(QCoreApplication.translate("GoalDialog", u"&Goal (required):", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Goal (required)", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"For example: A caf\u00e9 run by carers, open every Saturday", None))
        self.projectLabel.setText(QCoreApplication.translate("GoalDialog", u"&Project:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
        self.successLabel.setText(QCoreApplication.translate("GoalDialog", u"What &success looks like:", None))
#if QT_CONFIG(accessibility)
        self.successEdit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"What success looks like", None))
#endif // QT_CONFIG(accessibility)
        self.knowLabel.setText(QCoreApplication.translate("GoalDialog", u"How we will &know:", None))
#if QT_CONFIG(accessibility)
        self.knowEdit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"How we will know", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("GoalDialog", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.agreedLabel.setText(QCoreApplication.translate("GoalDialog", u"&Agreed on:", None))
#if QT_CONFIG(accessibility)
        self.agreedEdit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Agreed on", None))
#endif // QT_CONFIG(accessibility)
        self.agreedEdit.setDisplayFormat(QCoreApplication.translate("GoalDialog", u"dd/MM/yyyy", None))
        self.progressCaption.setText(QCoreApplication.translate("GoalDialog", u"Progress:", None))
        self.progressLabel.setText("")
    # retranslateUi

