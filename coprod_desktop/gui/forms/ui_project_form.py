# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_form.ui'
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

class Ui_ProjectDialog(object):
    def setupUi(self, ProjectDialog):
        if not ProjectDialog.objectName():
            ProjectDialog.setObjectName(u"ProjectDialog")
        ProjectDialog.resize(640, 480)
        ProjectDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ProjectDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(ProjectDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.nameLabel = QLabel(ProjectDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProjectDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.stageLabel = QLabel(ProjectDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(ProjectDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.startLabel = QLabel(ProjectDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateEdit(ProjectDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(ProjectDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QDateEdit(ProjectDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.budgetLabel = QLabel(ProjectDialog)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetEdit = QLineEdit(ProjectDialog)
        self.budgetEdit.setObjectName(u"budgetEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.budgetEdit)

        self.descriptionLabel = QLabel(ProjectDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ProjectDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMinimumSize(QSize(0, 120))
        self.descriptionEdit.setMaximumSize(QSize(16777215, 150))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ProjectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.stageLabel.setBuddy(self.stageCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.budgetLabel.setBuddy(self.budgetEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.stageCombo)
        QWidget.setTabOrder(self.stageCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.budgetEdit)
        QWidget.setTabOrder(self.budgetEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.buttonBox)

        self.retranslateUi(ProjectDialog)

        QMetaObject.connectSlotsByName(ProjectDialog)
    # setupUi

    def retranslateUi(self, ProjectDialog):
        ProjectDialog.setWindowTitle(QCoreApplication.translate("ProjectDialog", u"Project", None))
        self.errorSummary.setText("")
        self.nameLabel.setText(QCoreApplication.translate("ProjectDialog", u"Project &name (required):", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Project name (required)", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProjectDialog", u"For example: Redesign of the carers' caf\u00e9", None))
        self.stageLabel.setText(QCoreApplication.translate("ProjectDialog", u"S&tage:", None))
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Stage of co-production", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("ProjectDialog", u"Start &date:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setDisplayFormat(QCoreApplication.translate("ProjectDialog", u"dd/MM/yyyy", None))
        self.endLabel.setText(QCoreApplication.translate("ProjectDialog", u"&End date:", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.endEdit.setDisplayFormat(QCoreApplication.translate("ProjectDialog", u"dd/MM/yyyy", None))
        self.budgetLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Budget for involvement payments:", None))
#if QT_CONFIG(accessibility)
        self.budgetEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Budget for involvement payments", None))
#endif // QT_CONFIG(accessibility)
        self.budgetEdit.setPlaceholderText(QCoreApplication.translate("ProjectDialog", u"In pounds, such as 2500 (leave empty for no budget)", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ProjectDialog", u"Descr&iption:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

