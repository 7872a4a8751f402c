# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox,
    QComboBox, QDateEdit, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(1040, 600)
        SessionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(SessionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(SessionDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.projectLabel = QLabel(SessionDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectCombo = QComboBox(SessionDialog)
        self.projectCombo.setObjectName(u"projectCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.titleLabel = QLabel(SessionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(SessionDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.purposeLabel = QLabel(SessionDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(SessionDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)
        self.purposeEdit.setMinimumSize(QSize(0, 60))
        self.purposeEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.kindLabel = QLabel(SessionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(SessionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dateLabel = QLabel(SessionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(SessionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.startLabel = QLabel(SessionDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QTimeEdit(SessionDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(SessionDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QTimeEdit(SessionDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.placeLabel = QLabel(SessionDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(SessionDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.onlineLabel = QLabel(SessionDialog)
        self.onlineLabel.setObjectName(u"onlineLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.onlineLabel)

        self.onlineCheck = QCheckBox(SessionDialog)
        self.onlineCheck.setObjectName(u"onlineCheck")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.onlineCheck)

        self.supportLabel = QLabel(SessionDialog)
        self.supportLabel.setObjectName(u"supportLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.supportLabel)

        self.supportEdit = QPlainTextEdit(SessionDialog)
        self.supportEdit.setObjectName(u"supportEdit")
        self.supportEdit.setTabChangesFocus(True)
        self.supportEdit.setMinimumSize(QSize(0, 70))
        self.supportEdit.setMaximumSize(QSize(16777215, 100))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.supportEdit)

        self.basisLabel = QLabel(SessionDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisCombo = QComboBox(SessionDialog)
        self.basisCombo.setObjectName(u"basisCombo")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.basisCombo)

        self.prepLabel = QLabel(SessionDialog)
        self.prepLabel.setObjectName(u"prepLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.prepLabel)

        self.prepSpin = QSpinBox(SessionDialog)
        self.prepSpin.setObjectName(u"prepSpin")
        self.prepSpin.setMaximum(1440)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.prepSpin)


        self.columnsLayout.addLayout(self.formLayout)

        self.agendaGroup = QGroupBox(SessionDialog)
        self.agendaGroup.setObjectName(u"agendaGroup")
        self.agendaLayout = QVBoxLayout(self.agendaGroup)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaLabel = QLabel(self.agendaGroup)
        self.agendaLabel.setObjectName(u"agendaLabel")
        self.agendaLabel.setWordWrap(True)

        self.agendaLayout.addWidget(self.agendaLabel)

        self.agendaTable = QTableWidget(self.agendaGroup)
        if (self.agendaTable.columnCount() < 4):
            self.agendaTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.agendaTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.agendaTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.agendaTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.agendaTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.agendaTable.setObjectName(u"agendaTable")
        self.agendaTable.setMinimumSize(QSize(420, 160))
        self.agendaTable.setTabKeyNavigation(False)
        self.agendaTable.setAlternatingRowColors(True)
        self.agendaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agendaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agendaTable.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.agendaLayout.addWidget(self.agendaTable)

        self.agendaButtonsLayout = QHBoxLayout()
        self.agendaButtonsLayout.setObjectName(u"agendaButtonsLayout")
        self.addItemButton = QPushButton(self.agendaGroup)
        self.addItemButton.setObjectName(u"addItemButton")
        self.addItemButton.setAutoDefault(False)

        self.agendaButtonsLayout.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(self.agendaGroup)
        self.removeItemButton.setObjectName(u"removeItemButton")
        self.removeItemButton.setAutoDefault(False)

        self.agendaButtonsLayout.addWidget(self.removeItemButton)

        self.moveUpButton = QPushButton(self.agendaGroup)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setAutoDefault(False)

        self.agendaButtonsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.agendaGroup)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setAutoDefault(False)

        self.agendaButtonsLayout.addWidget(self.moveDownButton)

        self.agendaButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agendaButtonsLayout.addItem(self.agendaButtonsSpacer)


        self.agendaLayout.addLayout(self.agendaButtonsLayout)

        self.agendaTotalLabel = QLabel(self.agendaGroup)
        self.agendaTotalLabel.setObjectName(u"agendaTotalLabel")
        self.agendaTotalLabel.setWordWrap(True)

        self.agendaLayout.addWidget(self.agendaTotalLabel)


        self.columnsLayout.addWidget(self.agendaGroup)

        self.columnsLayout.setStretch(0, 2)
        self.columnsLayout.setStretch(1, 3)

        self.dialogLayout.addLayout(self.columnsLayout)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.projectLabel.setBuddy(self.projectCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.supportLabel.setBuddy(self.supportEdit)
        self.basisLabel.setBuddy(self.basisCombo)
        self.prepLabel.setBuddy(self.prepSpin)
        self.agendaLabel.setBuddy(self.agendaTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.projectCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.onlineCheck)
        QWidget.setTabOrder(self.onlineCheck, self.supportEdit)
        QWidget.setTabOrder(self.supportEdit, self.basisCombo)
        QWidget.setTabOrder(self.basisCombo, self.prepSpin)
        QWidget.setTabOrder(self.prepSpin, self.agendaTable)
        QWidget.setTabOrder(self.agendaTable, self.addItemButton)
        QWidget.setTabOrder(self.addItemButton, self.removeItemButton)
        QWidget.setTabOrder(self.removeItemButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.buttonBox)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.errorSummary.setText("")
        self.projectLabel.setText(QCoreApplication.translate("SessionDialog", u"&Project:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("SessionDialog", u"&Title (required):", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Session title (required)", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"For example: Planning workshop", None))
        self.purposeLabel.setText(QCoreApplication.translate("SessionDialog", u"What it is &for:", None))
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"What it is for", None))
#endif // QT_CONFIG(accessibility)
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"A sentence or two for the meeting pack. For example: To agree the questions for the interview panel.", None))
        self.kindLabel.setText(QCoreApplication.translate("SessionDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Kind of session", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("SessionDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dd/MM/yyyy", None))
        self.startLabel.setText(QCoreApplication.translate("SessionDialog", u"&Starts:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"HH:mm", None))
        self.endLabel.setText(QCoreApplication.translate("SessionDialog", u"&Ends:", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.endEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"HH:mm", None))
        self.placeLabel.setText(QCoreApplication.translate("SessionDialog", u"P&lace:", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"Where it happens", None))
        self.onlineLabel.setText("")
        self.onlineCheck.setText(QCoreApplication.translate("SessionDialog", u"&Online (or also online)", None))
        self.supportLabel.setText(QCoreApplication.translate("SessionDialog", u"&Access support arranged:", None))
#if QT_CONFIG(accessibility)
        self.supportEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Access support arranged", None))
#endif // QT_CONFIG(accessibility)
        self.basisLabel.setText(QCoreApplication.translate("SessionDialog", u"&How time is paid:", None))
#if QT_CONFIG(accessibility)
        self.basisCombo.setAccessibleName(QCoreApplication.translate("SessionDialog", u"How time is paid", None))
#endif // QT_CONFIG(accessibility)
        self.prepLabel.setText(QCoreApplication.translate("SessionDialog", u"Prepa&ration time:", None))
#if QT_CONFIG(accessibility)
        self.prepSpin.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Preparation time in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.prepSpin.setSuffix(QCoreApplication.translate("SessionDialog", u" minutes", None))
        self.agendaGroup.setTitle(QCoreApplication.translate("SessionDialog", u"Agenda", None))
#if QT_CONFIG(accessibility)
        self.agendaGroup.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.agendaLabel.setText(QCoreApplication.translate("SessionDialog", u"A&genda items, in order. Double-click a cell or press F2 to change it.", None))
        ___qtablewidgetitem = self.agendaTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SessionDialog", u"Item", None))
        ___qtablewidgetitem1 = self.agendaTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SessionDialog", u"Led by", None))
        ___qtablewidgetitem2 = self.agendaTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SessionDialog", u"Minutes", None))
        ___qtablewidgetitem3 = self.agendaTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SessionDialog", u"Details", None))
#if QT_CONFIG(accessibility)
        self.agendaTable.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Agenda items", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agendaTable.setAccessibleDescription(QCoreApplication.translate("SessionDialog", u"One row for each item, in order: the item, who leads it, the minutes allowed and any details. Double-click a cell or press F2 to change it.", None))
#endif // QT_CONFIG(accessibility)
        self.addItemButton.setText(QCoreApplication.translate("SessionDialog", u"Add ite&m", None))
#if QT_CONFIG(accessibility)
        self.addItemButton.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Add item", None))
#endif // QT_CONFIG(accessibility)
        self.removeItemButton.setText(QCoreApplication.translate("SessionDialog", u"Remo&ve item", None))
#if QT_CONFIG(accessibility)
        self.removeItemButton.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Remove item", None))
#endif // QT_CONFIG(accessibility)
        self.moveUpButton.setText(QCoreApplication.translate("SessionDialog", u"Move &up", None))
#if QT_CONFIG(accessibility)
        self.moveUpButton.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Move item up", None))
#endif // QT_CONFIG(accessibility)
        self.moveDownButton.setText(QCoreApplication.translate("SessionDialog", u"Move dow&n", None))
#if QT_CONFIG(accessibility)
        self.moveDownButton.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Move item down", None))
#endif // QT_CONFIG(accessibility)
        self.agendaTotalLabel.setText("")
    # retranslateUi

