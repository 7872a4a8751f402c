# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_import_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

class Ui_ReferenceImportDialog(object):
    def setupUi(self, ReferenceImportDialog):
        if not ReferenceImportDialog.objectName():
            ReferenceImportDialog.setObjectName(u"ReferenceImportDialog")
        ReferenceImportDialog.resize(560, 220)
        ReferenceImportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ReferenceImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(ReferenceImportDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fileLabel = QLabel(ReferenceImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileName = QLabel(ReferenceImportDialog)
        self.fileName.setObjectName(u"fileName")
        self.fileName.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileName)

        self.nameLabel = QLabel(ReferenceImportDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ReferenceImportDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.areaLabel = QLabel(ReferenceImportDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaEdit = QLineEdit(ReferenceImportDialog)
        self.areaEdit.setObjectName(u"areaEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.areaEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ReferenceImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.areaLabel.setBuddy(self.areaEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.areaEdit)
        QWidget.setTabOrder(self.areaEdit, self.buttonBox)

        self.retranslateUi(ReferenceImportDialog)

        QMetaObject.connectSlotsByName(ReferenceImportDialog)
    # setupUi

    def retranslateUi(self, ReferenceImportDialog):
        ReferenceImportDialog.setWindowTitle(QCoreApplication.translate("ReferenceImportDialog", u"Import reference figures", None))
        self.errorSummary.setText("")
        self.fileLabel.setText(QCoreApplication.translate("ReferenceImportDialog", u"File:", None))
        self.fileName.setText("")
#if QT_CONFIG(accessibility)
        self.fileName.setAccessibleName(QCoreApplication.translate("ReferenceImportDialog", u"File to import", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("ReferenceImportDialog", u"&Name (required):", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ReferenceImportDialog", u"Name (required)", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ReferenceImportDialog", u"For example: Leeds 2021", None))
        self.areaLabel.setText(QCoreApplication.translate("ReferenceImportDialog", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.areaEdit.setAccessibleName(QCoreApplication.translate("ReferenceImportDialog", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.areaEdit.setPlaceholderText(QCoreApplication.translate("ReferenceImportDialog", u"For example: Leeds", None))
    # retranslateUi

