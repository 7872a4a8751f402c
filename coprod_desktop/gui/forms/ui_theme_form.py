# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'theme_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget)

class Ui_ThemeDialog(object):
    def setupUi(self, ThemeDialog):
        if not ThemeDialog.objectName():
            ThemeDialog.setObjectName(u"ThemeDialog")
        ThemeDialog.resize(520, 280)
        ThemeDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ThemeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(ThemeDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.nameLabel = QLabel(ThemeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ThemeDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.descriptionLabel = QLabel(ThemeDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ThemeDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMinimumSize(QSize(0, 60))
        self.descriptionEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ThemeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.buttonBox)

        self.retranslateUi(ThemeDialog)

        QMetaObject.connectSlotsByName(ThemeDialog)
    # setupUi

    def retranslateUi(self, ThemeDialog):
        ThemeDialog.setWindowTitle(QCoreApplication.translate("ThemeDialog", u"Theme", None))
        self.errorSummary.setText("")
        self.nameLabel.setText(QCoreApplication.translate("ThemeDialog", u"&Name (required):", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ThemeDialog", u"Theme name (required)", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ThemeDialog", u"For example: Transport, or Waiting times", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ThemeDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ThemeDialog", u"Description of the theme", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ThemeDialog", u"What stories under this theme are about (optional)", None))
    # retranslateUi

