# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FeedbackDialog(object):
    def setupUi(self, FeedbackDialog):
        if not FeedbackDialog.objectName():
            FeedbackDialog.setObjectName(u"FeedbackDialog")
        FeedbackDialog.resize(760, 720)
        FeedbackDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(FeedbackDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(FeedbackDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.projectLabel = QLabel(FeedbackDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(FeedbackDialog)
        self.projectCombo.setObjectName(u"projectCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.projectCombo.sizePolicy().hasHeightForWidth())
        self.projectCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.dateLabel = QLabel(FeedbackDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(FeedbackDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy1)
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.sessionLabel = QLabel(FeedbackDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(FeedbackDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")
        sizePolicy.setHeightForWidth(self.sessionCombo.sizePolicy().hasHeightForWidth())
        self.sessionCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.saidLabel = QLabel(FeedbackDialog)
        self.saidLabel.setObjectName(u"saidLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.saidLabel)

        self.saidEdit = QPlainTextEdit(FeedbackDialog)
        self.saidEdit.setObjectName(u"saidEdit")
        self.saidEdit.setTabChangesFocus(True)
        self.saidEdit.setMinimumSize(QSize(0, 70))
        self.saidEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.saidEdit)

        self.personLabel = QLabel(FeedbackDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.saidByRow = QHBoxLayout()
        self.saidByRow.setObjectName(u"saidByRow")
        self.personEdit = QLineEdit(FeedbackDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.saidByRow.addWidget(self.personEdit)

        self.anonymousCheck = QCheckBox(FeedbackDialog)
        self.anonymousCheck.setObjectName(u"anonymousCheck")

        self.saidByRow.addWidget(self.anonymousCheck)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.saidByRow)

        self.kindLabel = QLabel(FeedbackDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(FeedbackDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.responseLabel = QLabel(FeedbackDialog)
        self.responseLabel.setObjectName(u"responseLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.responseLabel)

        self.responseEdit = QPlainTextEdit(FeedbackDialog)
        self.responseEdit.setObjectName(u"responseEdit")
        self.responseEdit.setTabChangesFocus(True)
        self.responseEdit.setMinimumSize(QSize(0, 70))
        self.responseEdit.setMaximumSize(QSize(16777215, 120))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.responseEdit)

        self.statusLabel = QLabel(FeedbackDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(FeedbackDialog)
        self.statusCombo.setObjectName(u"statusCombo")
        sizePolicy.setHeightForWidth(self.statusCombo.sizePolicy().hasHeightForWidth())
        self.statusCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.actionLabel = QLabel(FeedbackDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionCombo = QComboBox(FeedbackDialog)
        self.actionCombo.setObjectName(u"actionCombo")
        sizePolicy.setHeightForWidth(self.actionCombo.sizePolicy().hasHeightForWidth())
        self.actionCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.actionCombo)

        self.decisionLabel = QLabel(FeedbackDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionCombo = QComboBox(FeedbackDialog)
        self.decisionCombo.setObjectName(u"decisionCombo")
        sizePolicy.setHeightForWidth(self.decisionCombo.sizePolicy().hasHeightForWidth())
        self.decisionCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.decisionCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(FeedbackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.projectLabel.setBuddy(self.projectCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.saidLabel.setBuddy(self.saidEdit)
        self.personLabel.setBuddy(self.personEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.responseLabel.setBuddy(self.responseEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.decisionLabel.setBuddy(self.decisionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.projectCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.saidEdit)
        QWidget.setTabOrder(self.saidEdit, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.anonymousCheck)
        QWidget.setTabOrder(self.anonymousCheck, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.responseEdit)
        QWidget.setTabOrder(self.responseEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.decisionCombo)
        QWidget.setTabOrder(self.decisionCombo, self.buttonBox)

        self.retranslateUi(FeedbackDialog)

        QMetaObject.connectSlotsByName(FeedbackDialog)
    # setupUi

    def retranslateUi(self, FeedbackDialog):
        FeedbackDialog.setWindowTitle(QCoreApplication.translate("FeedbackDialog", u"Feedback", None))
        self.errorSummary.setText("")
        self.projectLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Project:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Date said:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Date it was said", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("FeedbackDialog", u"dd/MM/yyyy", None))
        self.sessionLabel.setText(QCoreApplication.translate("FeedbackDialog", u"S&ession:", None))
#if QT_CONFIG(accessibility)
        self.sessionCombo.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Session it was said at", None))
#endif // QT_CONFIG(accessibility)
        self.saidLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&What was said (required):", None))
#if QT_CONFIG(accessibility)
        self.saidEdit.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"What was said (required)", None))
#endif // QT_CONFIG(accessibility)
        self.saidEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"In their words if you can, for example: The room is too cold", None))
        self.personLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Said &by:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Who said it, from the register", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"Start typing a name, or leave it anonymous", None))
        self.anonymousCheck.setText(QCoreApplication.translate("FeedbackDialog", u"A&nonymous", None))
        self.kindLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Wha&t happened:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.responseLabel.setText(QCoreApplication.translate("FeedbackDialog", u"W&hat we know so far:", None))
#if QT_CONFIG(accessibility)
        self.responseEdit.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Our response", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Led to &action:", None))
#if QT_CONFIG(accessibility)
        self.actionCombo.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Action it led to", None))
#endif // QT_CONFIG(accessibility)
        self.decisionLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Led to de&cision:", None))
#if QT_CONFIG(accessibility)
        self.decisionCombo.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Decision it led to", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

