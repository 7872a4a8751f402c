# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'values_check_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QRect,
    QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ValuesCheckDialog(object):
    def setupUi(self, ValuesCheckDialog):
        if not ValuesCheckDialog.objectName():
            ValuesCheckDialog.setObjectName(u"ValuesCheckDialog")
        ValuesCheckDialog.resize(820, 680)
        ValuesCheckDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ValuesCheckDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(ValuesCheckDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.scrollArea = QScrollArea(ValuesCheckDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContent = QWidget()
        self.scrollContent.setObjectName(u"scrollContent")
        self.scrollContent.setGeometry(QRect(0, 0, 800, 600))
        self.contentLayout = QVBoxLayout(self.scrollContent)
        self.contentLayout.setObjectName(u"contentLayout")
        self.introLabel = QLabel(self.scrollContent)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.dateLabel = QLabel(self.scrollContent)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(self.scrollContent)
        self.dateEdit.setObjectName(u"dateEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.sessionLabel = QLabel(self.scrollContent)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(self.scrollContent)
        self.sessionCombo.setObjectName(u"sessionCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.sessionCombo.sizePolicy().hasHeightForWidth())
        self.sessionCombo.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.livedLabel = QLabel(self.scrollContent)
        self.livedLabel.setObjectName(u"livedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.livedLabel)

        self.livedSpin = QSpinBox(self.scrollContent)
        self.livedSpin.setObjectName(u"livedSpin")
        sizePolicy.setHeightForWidth(self.livedSpin.sizePolicy().hasHeightForWidth())
        self.livedSpin.setSizePolicy(sizePolicy)
        self.livedSpin.setMaximum(10000)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.livedSpin)

        self.staffLabel = QLabel(self.scrollContent)
        self.staffLabel.setObjectName(u"staffLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffSpin = QSpinBox(self.scrollContent)
        self.staffSpin.setObjectName(u"staffSpin")
        sizePolicy.setHeightForWidth(self.staffSpin.sizePolicy().hasHeightForWidth())
        self.staffSpin.setSizePolicy(sizePolicy)
        self.staffSpin.setMaximum(10000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staffSpin)

        self.staffOnlyWarning = QLabel(self.scrollContent)
        self.staffOnlyWarning.setObjectName(u"staffOnlyWarning")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.staffOnlyWarning.sizePolicy().hasHeightForWidth())
        self.staffOnlyWarning.setSizePolicy(sizePolicy2)
        self.staffOnlyWarning.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.staffOnlyWarning)

        self.levelLabel = QLabel(self.scrollContent)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.scrollContent)
        self.levelCombo.setObjectName(u"levelCombo")
        sizePolicy1.setHeightForWidth(self.levelCombo.sizePolicy().hasHeightForWidth())
        self.levelCombo.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.levelHint = QLabel(self.scrollContent)
        self.levelHint.setObjectName(u"levelHint")
        sizePolicy2.setHeightForWidth(self.levelHint.sizePolicy().hasHeightForWidth())
        self.levelHint.setSizePolicy(sizePolicy2)
        self.levelHint.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.levelHint)


        self.contentLayout.addLayout(self.formLayout)

        self.ratingsBox = QGroupBox(self.scrollContent)
        self.ratingsBox.setObjectName(u"ratingsBox")
        self.ratingsLayout = QFormLayout(self.ratingsBox)
        self.ratingsLayout.setObjectName(u"ratingsLayout")
        self.ratingsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ratingsLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sharingPowerLabel = QLabel(self.ratingsBox)
        self.sharingPowerLabel.setObjectName(u"sharingPowerLabel")

        self.ratingsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sharingPowerLabel)

        self.sharingPowerRow = QHBoxLayout()
        self.sharingPowerRow.setObjectName(u"sharingPowerRow")
        self.sharingPowerRating = QComboBox(self.ratingsBox)
        self.sharingPowerRating.setObjectName(u"sharingPowerRating")
        sizePolicy.setHeightForWidth(self.sharingPowerRating.sizePolicy().hasHeightForWidth())
        self.sharingPowerRating.setSizePolicy(sizePolicy)

        self.sharingPowerRow.addWidget(self.sharingPowerRating)

        self.sharingPowerComments = QLineEdit(self.ratingsBox)
        self.sharingPowerComments.setObjectName(u"sharingPowerComments")

        self.sharingPowerRow.addWidget(self.sharingPowerComments)


        self.ratingsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.sharingPowerRow)

        self.allPerspectivesLabel = QLabel(self.ratingsBox)
        self.allPerspectivesLabel.setObjectName(u"allPerspectivesLabel")

        self.ratingsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.allPerspectivesLabel)

        self.allPerspectivesRow = QHBoxLayout()
        self.allPerspectivesRow.setObjectName(u"allPerspectivesRow")
        self.allPerspectivesRating = QComboBox(self.ratingsBox)
        self.allPerspectivesRating.setObjectName(u"allPerspectivesRating")
        sizePolicy.setHeightForWidth(self.allPerspectivesRating.sizePolicy().hasHeightForWidth())
        self.allPerspectivesRating.setSizePolicy(sizePolicy)

        self.allPerspectivesRow.addWidget(self.allPerspectivesRating)

        self.allPerspectivesComments = QLineEdit(self.ratingsBox)
        self.allPerspectivesComments.setObjectName(u"allPerspectivesComments")

        self.allPerspectivesRow.addWidget(self.allPerspectivesComments)


        self.ratingsLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.allPerspectivesRow)

        self.respectingKnowledgeLabel = QLabel(self.ratingsBox)
        self.respectingKnowledgeLabel.setObjectName(u"respectingKnowledgeLabel")

        self.ratingsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.respectingKnowledgeLabel)

        self.respectingKnowledgeRow = QHBoxLayout()
        self.respectingKnowledgeRow.setObjectName(u"respectingKnowledgeRow")
        self.respectingKnowledgeRating = QComboBox(self.ratingsBox)
        self.respectingKnowledgeRating.setObjectName(u"respectingKnowledgeRating")
        sizePolicy.setHeightForWidth(self.respectingKnowledgeRating.sizePolicy().hasHeightForWidth())
        self.respectingKnowledgeRating.setSizePolicy(sizePolicy)

        self.respectingKnowledgeRow.addWidget(self.respectingKnowledgeRating)

        self.respectingKnowledgeComments = QLineEdit(self.ratingsBox)
        self.respectingKnowledgeComments.setObjectName(u"respectingKnowledgeComments")

        self.respectingKnowledgeRow.addWidget(self.respectingKnowledgeComments)


        self.ratingsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.respectingKnowledgeRow)

        self.reciprocityLabel = QLabel(self.ratingsBox)
        self.reciprocityLabel.setObjectName(u"reciprocityLabel")

        self.ratingsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reciprocityLabel)

        self.reciprocityRow = QHBoxLayout()
        self.reciprocityRow.setObjectName(u"reciprocityRow")
        self.reciprocityRating = QComboBox(self.ratingsBox)
        self.reciprocityRating.setObjectName(u"reciprocityRating")
        sizePolicy.setHeightForWidth(self.reciprocityRating.sizePolicy().hasHeightForWidth())
        self.reciprocityRating.setSizePolicy(sizePolicy)

        self.reciprocityRow.addWidget(self.reciprocityRating)

        self.reciprocityComments = QLineEdit(self.ratingsBox)
        self.reciprocityComments.setObjectName(u"reciprocityComments")

        self.reciprocityRow.addWidget(self.reciprocityComments)


        self.ratingsLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.reciprocityRow)

        self.relationshipsLabel = QLabel(self.ratingsBox)
        self.relationshipsLabel.setObjectName(u"relationshipsLabel")

        self.ratingsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.relationshipsLabel)

        self.relationshipsRow = QHBoxLayout()
        self.relationshipsRow.setObjectName(u"relationshipsRow")
        self.relationshipsRating = QComboBox(self.ratingsBox)
        self.relationshipsRating.setObjectName(u"relationshipsRating")
        sizePolicy.setHeightForWidth(self.relationshipsRating.sizePolicy().hasHeightForWidth())
        self.relationshipsRating.setSizePolicy(sizePolicy)

        self.relationshipsRow.addWidget(self.relationshipsRating)

        self.relationshipsComments = QLineEdit(self.ratingsBox)
        self.relationshipsComments.setObjectName(u"relationshipsComments")

        self.relationshipsRow.addWidget(self.relationshipsComments)


        self.ratingsLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.relationshipsRow)


        self.contentLayout.addWidget(self.ratingsBox)

        self.commentsLayout = QFormLayout()
        self.commentsLayout.setObjectName(u"commentsLayout")
        self.commentsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.commentsLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.commentsLabel = QLabel(self.scrollContent)
        self.commentsLabel.setObjectName(u"commentsLabel")

        self.commentsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.commentsLabel)

        self.commentsEdit = QPlainTextEdit(self.scrollContent)
        self.commentsEdit.setObjectName(u"commentsEdit")
        self.commentsEdit.setTabChangesFocus(True)
        self.commentsEdit.setMinimumSize(QSize(0, 60))
        self.commentsEdit.setMaximumSize(QSize(16777215, 120))

        self.commentsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commentsEdit)


        self.contentLayout.addLayout(self.commentsLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContent)

        self.dialogLayout.addWidget(self.scrollArea)

        self.buttonBox = QDialogButtonBox(ValuesCheckDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.livedLabel.setBuddy(self.livedSpin)
        self.staffLabel.setBuddy(self.staffSpin)
        self.levelLabel.setBuddy(self.levelCombo)
        self.sharingPowerLabel.setBuddy(self.sharingPowerRating)
        self.allPerspectivesLabel.setBuddy(self.allPerspectivesRating)
        self.respectingKnowledgeLabel.setBuddy(self.respectingKnowledgeRating)
        self.reciprocityLabel.setBuddy(self.reciprocityRating)
        self.relationshipsLabel.setBuddy(self.relationshipsRating)
        self.commentsLabel.setBuddy(self.commentsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.livedSpin)
        QWidget.setTabOrder(self.livedSpin, self.staffSpin)
        QWidget.setTabOrder(self.staffSpin, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.sharingPowerRating)
        QWidget.setTabOrder(self.sharingPowerRating, self.sharingPowerComments)
        QWidget.setTabOrder(self.sharingPowerComments, self.allPerspectivesRating)
        QWidget.setTabOrder(self.allPerspectivesRating, self.allPerspectivesComments)
        QWidget.setTabOrder(self.allPerspectivesComments, self.respectingKnowledgeRating)
        QWidget.setTabOrder(self.respectingKnowledgeRating, self.respectingKnowledgeComments)
        QWidget.setTabOrder(self.respectingKnowledgeComments, self.reciprocityRating)
        QWidget.setTabOrder(self.reciprocityRating, self.reciprocityComments)
        QWidget.setTabOrder(self.reciprocityComments, self.relationshipsRating)
        QWidget.setTabOrder(self.relationshipsRating, self.relationshipsComments)
        QWidget.setTabOrder(self.relationshipsComments, self.commentsEdit)
        QWidget.setTabOrder(self.commentsEdit, self.buttonBox)

        self.retranslateUi(ValuesCheckDialog)

        QMetaObject.connectSlotsByName(ValuesCheckDialog)
    # setupUi

    def retranslateUi(self, ValuesCheckDialog):
        ValuesCheckDialog.setWindowTitle(QCoreApplication.translate("ValuesCheckDialog", u"Values self-check", None))
        self.errorSummary.setText("")
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Values self-check", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("ValuesCheckDialog", u"Fill this in together, as a group. Count everyone who took part, and rate each value from 1 (not yet) to 5 (fully).", None))
        self.dateLabel.setText(QCoreApplication.translate("ValuesCheckDialog", u"&Date of the check:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Date of the check", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ValuesCheckDialog", u"dd/MM/yyyy", None))
        self.sessionLabel.setText(QCoreApplication.translate("ValuesCheckDialog", u"S&ession (optional):", None))
#if QT_CONFIG(accessibility)
        self.sessionCombo.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Session it was done at (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.livedLabel.setText(QCoreApplication.translate("ValuesCheckDialog", u"People with &lived experience (including carers):", None))
#if QT_CONFIG(accessibility)
        self.livedSpin.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"People with lived experience (including carers)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.livedSpin.setAccessibleDescription(QCoreApplication.translate("ValuesCheckDialog", u"How many people with lived experience, and carers, filled in the check together.", None))
#endif // QT_CONFIG(accessibility)
        self.staffLabel.setText(QCoreApplication.translate("ValuesCheckDialog", u"S&taff and professionals:", None))
#if QT_CONFIG(accessibility)
        self.staffSpin.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Staff and professionals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staffSpin.setAccessibleDescription(QCoreApplication.translate("ValuesCheckDialog", u"How many staff and professionals filled in the check.", None))
#endif // QT_CONFIG(accessibility)
        self.staffOnlyWarning.setText("")
        self.levelLabel.setText(QCoreApplication.translate("ValuesCheckDialog", u"Le&vel reached:", None))
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Level reached", None))
#endif // QT_CONFIG(accessibility)
        self.levelHint.setText("")
        self.ratingsBox.setTitle(QCoreApplication.translate("ValuesCheckDialog", u"How well do we live each value? 1 Not yet, 2 A little, 3 Partly, 4 Mostly, 5 Fully", None))
#if QT_CONFIG(accessibility)
        self.ratingsBox.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Ratings", None))
#endif // QT_CONFIG(accessibility)
        self.sharingPowerLabel.setText(QCoreApplication.translate("ValuesCheckDialog", u"Sharing &power:", None))
#if QT_CONFIG(accessibility)
        self.sharingPowerRating.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Sharing power: rating", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sharingPowerComments.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Sharing power: comments", None))
#endif // QT_CONFIG(accessibility)
        self.sharingPowerComments.setPlaceholderText(QCoreApplication.translate("ValuesCheckDialog", u"Comments (optional)", None))
        self.allPerspectivesLabel.setText(QCoreApplication.translate("ValuesCheckDialog", u"Including all pe&rspectives and skills:", None))
#if QT_CONFIG(accessibility)
        self.allPerspectivesRating.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Including all perspectives and skills: rating", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.allPerspectivesComments.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Including all perspectives and skills: comments", None))
#endif // QT_CONFIG(accessibility)
        self.allPerspectivesComments.setPlaceholderText(QCoreApplication.translate("ValuesCheckDialog", u"Comments (optional)", None))
        self.respectingKnowledgeLabel.setText(QCoreApplication.translate("ValuesCheckDialog", u"Respecting and valuing everyone's &knowledge:", None))
#if QT_CONFIG(accessibility)
        self.respectingKnowledgeRating.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Respecting and valuing everyone's knowledge: rating", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.respectingKnowledgeComments.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Respecting and valuing everyone's knowledge: comments", None))
#endif // QT_CONFIG(accessibility)
        self.respectingKnowledgeComments.setPlaceholderText(QCoreApplication.translate("ValuesCheckDialog", u"Comments (optional)", None))
        self.reciprocityLabel.setText(QCoreApplication.translate("ValuesCheckDialog", u"Reciprocit&y (everyone gets something back):", None))
#if QT_CONFIG(accessibility)
        self.reciprocityRating.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Reciprocity (everyone gets something back): rating", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reciprocityComments.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Reciprocity (everyone gets something back): comments", None))
#endif // QT_CONFIG(accessibility)
        self.reciprocityComments.setPlaceholderText(QCoreApplication.translate("ValuesCheckDialog", u"Comments (optional)", None))
        self.relationshipsLabel.setText(QCoreApplication.translate("ValuesCheckDialog", u"&Building and keeping relationships:", None))
#if QT_CONFIG(accessibility)
        self.relationshipsRating.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Building and keeping relationships: rating", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.relationshipsComments.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Building and keeping relationships: comments", None))
#endif // QT_CONFIG(accessibility)
        self.relationshipsComments.setPlaceholderText(QCoreApplication.translate("ValuesCheckDialog", u"Comments (optional)", None))
        self.commentsLabel.setText(QCoreApplication.translate("ValuesCheckDialog", u"Overall &comments:", None))
#if QT_CONFIG(accessibility)
        self.commentsEdit.setAccessibleName(QCoreApplication.translate("ValuesCheckDialog", u"Overall comments", None))
#endif // QT_CONFIG(accessibility)
        self.commentsEdit.setPlaceholderText(QCoreApplication.translate("ValuesCheckDialog", u"For example: what we want to do better before the next check", None))
    # retranslateUi

