# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invite_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QVBoxLayout, QWidget)

class Ui_InviteDialog(object):
    def setupUi(self, InviteDialog):
        if not InviteDialog.objectName():
            InviteDialog.setObjectName(u"InviteDialog")
        InviteDialog.resize(520, 560)
        InviteDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InviteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(InviteDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(InviteDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)


        self.dialogLayout.addLayout(self.searchRow)

        self.peopleList = QListWidget(InviteDialog)
        self.peopleList.setObjectName(u"peopleList")

        self.dialogLayout.addWidget(self.peopleList)

        self.chosenLabel = QLabel(InviteDialog)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.dialogLayout.addWidget(self.chosenLabel)

        self.buttonBox = QDialogButtonBox(InviteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.peopleList)
        QWidget.setTabOrder(self.peopleList, self.buttonBox)

        self.retranslateUi(InviteDialog)

        QMetaObject.connectSlotsByName(InviteDialog)
    # setupUi

    def retranslateUi(self, InviteDialog):
        InviteDialog.setWindowTitle(QCoreApplication.translate("InviteDialog", u"Invite people", None))
        self.searchLabel.setText(QCoreApplication.translate("InviteDialog", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("InviteDialog", u"Search people to invite", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InviteDialog", u"Name, email, phone or postcode", None))
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("InviteDialog", u"People who can be invited", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleDescription(QCoreApplication.translate("InviteDialog", u"Space ticks or unticks a person", None))
#endif // QT_CONFIG(accessibility)
        self.chosenLabel.setText("")
    # retranslateUi

