# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'themes_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ThemesDialog(object):
    def setupUi(self, ThemesDialog):
        if not ThemesDialog.objectName():
            ThemesDialog.setObjectName(u"ThemesDialog")
        ThemesDialog.resize(640, 460)
        ThemesDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ThemesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ThemesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.table = QTableView(ThemesDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.table)

        self.messageLabel = QLabel(ThemesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(ThemesDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.renameButton = QPushButton(ThemesDialog)
        self.renameButton.setObjectName(u"renameButton")

        self.buttonRow.addWidget(self.renameButton)

        self.deleteButton = QPushButton(ThemesDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(ThemesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.buttonBox)

        self.retranslateUi(ThemesDialog)

        QMetaObject.connectSlotsByName(ThemesDialog)
    # setupUi

    def retranslateUi(self, ThemesDialog):
        ThemesDialog.setWindowTitle(QCoreApplication.translate("ThemesDialog", u"Themes", None))
        self.introLabel.setText(QCoreApplication.translate("ThemesDialog", u"The themes your group files stories under. Deleting a theme keeps its stories; they are only no longer filed under it.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ThemesDialog", u"Themes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("ThemesDialog", u"Press Enter to rename the selected theme.", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("ThemesDialog", u"Add a theme", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ThemesDialog", u"&Add\u2026", None))
#if QT_CONFIG(accessibility)
        self.renameButton.setAccessibleName(QCoreApplication.translate("ThemesDialog", u"Rename the selected theme", None))
#endif // QT_CONFIG(accessibility)
        self.renameButton.setText(QCoreApplication.translate("ThemesDialog", u"&Rename\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("ThemesDialog", u"Delete the selected theme", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("ThemesDialog", u"&Delete\u2026", None))
    # retranslateUi

