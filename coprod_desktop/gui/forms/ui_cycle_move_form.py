# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cycle_move_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CycleMoveDialog(object):
    def setupUi(self, CycleMoveDialog):
        if not CycleMoveDialog.objectName():
            CycleMoveDialog.setObjectName(u"CycleMoveDialog")
        CycleMoveDialog.resize(600, 340)
        CycleMoveDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CycleMoveDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(CycleMoveDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.nowLabel = QLabel(CycleMoveDialog)
        self.nowLabel.setObjectName(u"nowLabel")
        self.nowLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.nowLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.stageLabel = QLabel(CycleMoveDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(CycleMoveDialog)
        self.stageCombo.setObjectName(u"stageCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.stageCombo.sizePolicy().hasHeightForWidth())
        self.stageCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.stageHint = QLabel(CycleMoveDialog)
        self.stageHint.setObjectName(u"stageHint")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.stageHint.sizePolicy().hasHeightForWidth())
        self.stageHint.setSizePolicy(sizePolicy1)
        self.stageHint.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stageHint)

        self.dateLabel = QLabel(CycleMoveDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(CycleMoveDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy2)
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.noteLabel = QLabel(CycleMoveDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(CycleMoveDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMinimumSize(QSize(0, 70))
        self.noteEdit.setMaximumSize(QSize(16777215, 140))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(CycleMoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stageCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(CycleMoveDialog)

        QMetaObject.connectSlotsByName(CycleMoveDialog)
    # setupUi

    def retranslateUi(self, CycleMoveDialog):
        CycleMoveDialog.setWindowTitle(QCoreApplication.translate("CycleMoveDialog", u"Move to another stage of the cycle", None))
        self.errorSummary.setText("")
        self.nowLabel.setText("")
        self.stageLabel.setText(QCoreApplication.translate("CycleMoveDialog", u"&Move to cycle stage:", None))
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("CycleMoveDialog", u"Move to cycle stage", None))
#endif // QT_CONFIG(accessibility)
        self.stageHint.setText("")
        self.dateLabel.setText(QCoreApplication.translate("CycleMoveDialog", u"&Date moved:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("CycleMoveDialog", u"Date moved", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("CycleMoveDialog", u"dd/MM/yyyy", None))
        self.noteLabel.setText(QCoreApplication.translate("CycleMoveDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("CycleMoveDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleDescription(QCoreApplication.translate("CycleMoveDialog", u"What happened, such as why the group moved on now.", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CycleMoveDialog", u"For example: The stories from the spring workshops are written up", None))
    # retranslateUi

