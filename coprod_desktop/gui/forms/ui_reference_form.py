# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QVBoxLayout, QWidget)

class Ui_ReferenceFormDialog(object):
    def setupUi(self, ReferenceFormDialog):
        if not ReferenceFormDialog.objectName():
            ReferenceFormDialog.setObjectName(u"ReferenceFormDialog")
        ReferenceFormDialog.resize(820, 640)
        ReferenceFormDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ReferenceFormDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(ReferenceFormDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.nameLabel = QLabel(ReferenceFormDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ReferenceFormDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.areaLabel = QLabel(ReferenceFormDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaEdit = QLineEdit(ReferenceFormDialog)
        self.areaEdit.setObjectName(u"areaEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.areaEdit)

        self.sourceLabel = QLabel(ReferenceFormDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(ReferenceFormDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.dateLabel = QLabel(ReferenceFormDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ReferenceFormDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.figureRow = QHBoxLayout()
        self.figureRow.setObjectName(u"figureRow")
        self.questionLabel = QLabel(ReferenceFormDialog)
        self.questionLabel.setObjectName(u"questionLabel")

        self.figureRow.addWidget(self.questionLabel)

        self.questionCombo = QComboBox(ReferenceFormDialog)
        self.questionCombo.setObjectName(u"questionCombo")

        self.figureRow.addWidget(self.questionCombo)

        self.categoryLabel = QLabel(ReferenceFormDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.figureRow.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(ReferenceFormDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setMinimumSize(QSize(220, 0))

        self.figureRow.addWidget(self.categoryCombo)

        self.percentLabel = QLabel(ReferenceFormDialog)
        self.percentLabel.setObjectName(u"percentLabel")

        self.figureRow.addWidget(self.percentLabel)

        self.percentEdit = QLineEdit(ReferenceFormDialog)
        self.percentEdit.setObjectName(u"percentEdit")
        self.percentEdit.setMaximumSize(QSize(90, 16777215))

        self.figureRow.addWidget(self.percentEdit)

        self.addFigureButton = QPushButton(ReferenceFormDialog)
        self.addFigureButton.setObjectName(u"addFigureButton")

        self.figureRow.addWidget(self.addFigureButton)


        self.dialogLayout.addLayout(self.figureRow)

        self.figuresTable = QTableWidget(ReferenceFormDialog)
        self.figuresTable.setObjectName(u"figuresTable")
        self.figuresTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figuresTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.figuresTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figuresTable.setTabKeyNavigation(False)
        self.figuresTable.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.figuresTable)

        self.removeRow = QHBoxLayout()
        self.removeRow.setObjectName(u"removeRow")
        self.removeFigureButton = QPushButton(ReferenceFormDialog)
        self.removeFigureButton.setObjectName(u"removeFigureButton")

        self.removeRow.addWidget(self.removeFigureButton)

        self.totalLabel = QLabel(ReferenceFormDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)

        self.removeRow.addWidget(self.totalLabel)

        self.removeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeRow.addItem(self.removeSpacer)


        self.dialogLayout.addLayout(self.removeRow)

        self.buttonBox = QDialogButtonBox(ReferenceFormDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.areaLabel.setBuddy(self.areaEdit)
        self.sourceLabel.setBuddy(self.sourceEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.questionLabel.setBuddy(self.questionCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.percentLabel.setBuddy(self.percentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.areaEdit)
        QWidget.setTabOrder(self.areaEdit, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.questionCombo)
        QWidget.setTabOrder(self.questionCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.percentEdit)
        QWidget.setTabOrder(self.percentEdit, self.addFigureButton)
        QWidget.setTabOrder(self.addFigureButton, self.figuresTable)
        QWidget.setTabOrder(self.figuresTable, self.removeFigureButton)
        QWidget.setTabOrder(self.removeFigureButton, self.buttonBox)

        self.retranslateUi(ReferenceFormDialog)

        QMetaObject.connectSlotsByName(ReferenceFormDialog)
    # setupUi

    def retranslateUi(self, ReferenceFormDialog):
        ReferenceFormDialog.setWindowTitle(QCoreApplication.translate("ReferenceFormDialog", u"Reference figures by hand", None))
        self.errorSummary.setText("")
        self.nameLabel.setText(QCoreApplication.translate("ReferenceFormDialog", u"&Name (required):", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ReferenceFormDialog", u"Name (required)", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ReferenceFormDialog", u"For example: Leeds 2021", None))
        self.areaLabel.setText(QCoreApplication.translate("ReferenceFormDialog", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.areaEdit.setAccessibleName(QCoreApplication.translate("ReferenceFormDialog", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("ReferenceFormDialog", u"S&ource:", None))
#if QT_CONFIG(accessibility)
        self.sourceEdit.setAccessibleName(QCoreApplication.translate("ReferenceFormDialog", u"Source", None))
#endif // QT_CONFIG(accessibility)
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("ReferenceFormDialog", u"For example: ONS Census 2021, religion (TS030), Leeds", None))
        self.dateLabel.setText(QCoreApplication.translate("ReferenceFormDialog", u"Date of the &figures:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ReferenceFormDialog", u"Date of the figures", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ReferenceFormDialog", u"dd/MM/yyyy", None))
        self.questionLabel.setText(QCoreApplication.translate("ReferenceFormDialog", u"&Question:", None))
#if QT_CONFIG(accessibility)
        self.questionCombo.setAccessibleName(QCoreApplication.translate("ReferenceFormDialog", u"Question", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("ReferenceFormDialog", u"Ca&tegory:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("ReferenceFormDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.percentLabel.setText(QCoreApplication.translate("ReferenceFormDialog", u"&Percent:", None))
#if QT_CONFIG(accessibility)
        self.percentEdit.setAccessibleName(QCoreApplication.translate("ReferenceFormDialog", u"Percent", None))
#endif // QT_CONFIG(accessibility)
        self.percentEdit.setPlaceholderText(QCoreApplication.translate("ReferenceFormDialog", u"74.4", None))
        self.addFigureButton.setText(QCoreApplication.translate("ReferenceFormDialog", u"Add fi&gure", None))
#if QT_CONFIG(accessibility)
        self.addFigureButton.setAccessibleName(QCoreApplication.translate("ReferenceFormDialog", u"Add the figure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.figuresTable.setAccessibleName(QCoreApplication.translate("ReferenceFormDialog", u"Figures", None))
#endif // QT_CONFIG(accessibility)
        self.removeFigureButton.setText(QCoreApplication.translate("ReferenceFormDialog", u"&Remove figure", None))
#if QT_CONFIG(accessibility)
        self.removeFigureButton.setAccessibleName(QCoreApplication.translate("ReferenceFormDialog", u"Remove the selected figure", None))
#endif // QT_CONFIG(accessibility)
        self.totalLabel.setText("")
    # retranslateUi

