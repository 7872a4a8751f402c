# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_document_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QLabel, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_MeetingDocumentDialog(object):
    def setupUi(self, MeetingDocumentDialog):
        if not MeetingDocumentDialog.objectName():
            MeetingDocumentDialog.setObjectName(u"MeetingDocumentDialog")
        MeetingDocumentDialog.resize(560, 380)
        MeetingDocumentDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(MeetingDocumentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(MeetingDocumentDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.projectLabel = QLabel(MeetingDocumentDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(MeetingDocumentDialog)
        self.projectCombo.setObjectName(u"projectCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.fromLabel = QLabel(MeetingDocumentDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(MeetingDocumentDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fromEdit.sizePolicy().hasHeightForWidth())
        self.fromEdit.setSizePolicy(sizePolicy)
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(MeetingDocumentDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(MeetingDocumentDialog)
        self.toEdit.setObjectName(u"toEdit")
        sizePolicy.setHeightForWidth(self.toEdit.sizePolicy().hasHeightForWidth())
        self.toEdit.setSizePolicy(sizePolicy)
        self.toEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.periodProblemLabel = QLabel(MeetingDocumentDialog)
        self.periodProblemLabel.setObjectName(u"periodProblemLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.periodProblemLabel.sizePolicy().hasHeightForWidth())
        self.periodProblemLabel.setSizePolicy(sizePolicy1)
        self.periodProblemLabel.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodProblemLabel)

        self.sizeLabel = QLabel(MeetingDocumentDialog)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeSpin = QSpinBox(MeetingDocumentDialog)
        self.sizeSpin.setObjectName(u"sizeSpin")
        self.sizeSpin.setMinimum(14)
        self.sizeSpin.setMaximum(24)
        self.sizeSpin.setValue(16)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sizeSpin)

        self.paperLabel = QLabel(MeetingDocumentDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(MeetingDocumentDialog)
        self.paperCombo.addItem("")
        self.paperCombo.addItem("")
        self.paperCombo.setObjectName(u"paperCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.easyReadCheck = QCheckBox(MeetingDocumentDialog)
        self.easyReadCheck.setObjectName(u"easyReadCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.easyReadCheck)

        self.highContrastCheck = QCheckBox(MeetingDocumentDialog)
        self.highContrastCheck.setObjectName(u"highContrastCheck")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.highContrastCheck)

        self.formatLabel = QLabel(MeetingDocumentDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatLayout = QVBoxLayout()
        self.formatLayout.setObjectName(u"formatLayout")
        self.pdfRadio = QRadioButton(MeetingDocumentDialog)
        self.pdfRadio.setObjectName(u"pdfRadio")
        self.pdfRadio.setChecked(True)

        self.formatLayout.addWidget(self.pdfRadio)

        self.wordRadio = QRadioButton(MeetingDocumentDialog)
        self.wordRadio.setObjectName(u"wordRadio")

        self.formatLayout.addWidget(self.wordRadio)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.formatLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(MeetingDocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.projectLabel.setBuddy(self.projectCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.sizeLabel.setBuddy(self.sizeSpin)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.projectCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.sizeSpin)
        QWidget.setTabOrder(self.sizeSpin, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.easyReadCheck)
        QWidget.setTabOrder(self.easyReadCheck, self.highContrastCheck)
        QWidget.setTabOrder(self.highContrastCheck, self.pdfRadio)
        QWidget.setTabOrder(self.pdfRadio, self.wordRadio)

        self.retranslateUi(MeetingDocumentDialog)

        QMetaObject.connectSlotsByName(MeetingDocumentDialog)
    # setupUi

    def retranslateUi(self, MeetingDocumentDialog):
        MeetingDocumentDialog.setWindowTitle(QCoreApplication.translate("MeetingDocumentDialog", u"Meeting paper", None))
        self.introLabel.setText("")
        self.projectLabel.setText(QCoreApplication.translate("MeetingDocumentDialog", u"Pro&ject:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("MeetingDocumentDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleDescription(QCoreApplication.translate("MeetingDocumentDialog", u"The project the summary is about.", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("MeetingDocumentDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("MeetingDocumentDialog", u"From date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleDescription(QCoreApplication.translate("MeetingDocumentDialog", u"The first day the summary covers.", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("MeetingDocumentDialog", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("MeetingDocumentDialog", u"T&o:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("MeetingDocumentDialog", u"To date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleDescription(QCoreApplication.translate("MeetingDocumentDialog", u"The last day the summary covers. It must be on or after the From date.", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setDisplayFormat(QCoreApplication.translate("MeetingDocumentDialog", u"dd/MM/yyyy", None))
        self.periodProblemLabel.setText("")
        self.sizeLabel.setText(QCoreApplication.translate("MeetingDocumentDialog", u"&Text size:", None))
#if QT_CONFIG(accessibility)
        self.sizeSpin.setAccessibleName(QCoreApplication.translate("MeetingDocumentDialog", u"Text size in points", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sizeSpin.setAccessibleDescription(QCoreApplication.translate("MeetingDocumentDialog", u"From 14 to 24 points. 16 is large print; 18 suits many people with sight loss.", None))
#endif // QT_CONFIG(accessibility)
        self.sizeSpin.setSuffix(QCoreApplication.translate("MeetingDocumentDialog", u" point", None))
        self.paperLabel.setText(QCoreApplication.translate("MeetingDocumentDialog", u"Pape&r:", None))
        self.paperCombo.setItemText(0, QCoreApplication.translate("MeetingDocumentDialog", u"A4", None))
        self.paperCombo.setItemText(1, QCoreApplication.translate("MeetingDocumentDialog", u"A3 (twice as big)", None))

#if QT_CONFIG(accessibility)
        self.paperCombo.setAccessibleName(QCoreApplication.translate("MeetingDocumentDialog", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.easyReadCheck.setText(QCoreApplication.translate("MeetingDocumentDialog", u"&Easy read: one idea on each line, with more space", None))
#if QT_CONFIG(accessibility)
        self.easyReadCheck.setAccessibleName(QCoreApplication.translate("MeetingDocumentDialog", u"Easy read", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.easyReadCheck.setAccessibleDescription(QCoreApplication.translate("MeetingDocumentDialog", u"One idea on each line, shorter sentences and more space. The facts are the same.", None))
#endif // QT_CONFIG(accessibility)
        self.highContrastCheck.setText(QCoreApplication.translate("MeetingDocumentDialog", u"&High contrast: yellow text on black, for reading on screen", None))
#if QT_CONFIG(accessibility)
        self.highContrastCheck.setAccessibleName(QCoreApplication.translate("MeetingDocumentDialog", u"High contrast", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.highContrastCheck.setAccessibleDescription(QCoreApplication.translate("MeetingDocumentDialog", u"Yellow text on a black page. It uses a lot of ink if printed.", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("MeetingDocumentDialog", u"Save as:", None))
        self.pdfRadio.setText(QCoreApplication.translate("MeetingDocumentDialog", u"P&DF, for printing and screen readers", None))
#if QT_CONFIG(accessibility)
        self.pdfRadio.setAccessibleName(QCoreApplication.translate("MeetingDocumentDialog", u"Save as a PDF", None))
#endif // QT_CONFIG(accessibility)
        self.wordRadio.setText(QCoreApplication.translate("MeetingDocumentDialog", u"&Word document, to read or change in Word", None))
#if QT_CONFIG(accessibility)
        self.wordRadio.setAccessibleName(QCoreApplication.translate("MeetingDocumentDialog", u"Save as a Word document", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

