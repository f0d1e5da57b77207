# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.setMinimumSize(QSize(520, 420))
        self.form = QFormLayout(ActionDialog)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.whatLabel = QLabel(ActionDialog)
        self.whatLabel.setObjectName(u"whatLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.whatEdit = QLineEdit(ActionDialog)
        self.whatEdit.setObjectName(u"whatEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whatEdit)

        self.whoLabel = QLabel(ActionDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.ownersList = QListWidget(ActionDialog)
        self.ownersList.setObjectName(u"ownersList")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownersList)

        self.dueLabel = QLabel(ActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QDateEdit(ActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.fromLabel = QLabel(ActionDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromCombo = QComboBox(ActionDialog)
        self.fromCombo.setObjectName(u"fromCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fromCombo)

        self.plainLabel = QLabel(ActionDialog)
        self.plainLabel.setObjectName(u"plainLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.plainLabel)

        self.plainEdit = QLineEdit(ActionDialog)
        self.plainEdit.setObjectName(u"plainEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.plainEdit)

        self.problemLabel = QLabel(ActionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.problemLabel)

        self.buttons = QDialogButtonBox(ActionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.whatLabel.setBuddy(self.whatEdit)
        self.whoLabel.setBuddy(self.ownersList)
        self.dueLabel.setBuddy(self.dueEdit)
        self.fromLabel.setBuddy(self.fromCombo)
        self.plainLabel.setBuddy(self.plainEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whatEdit, self.ownersList)
        QWidget.setTabOrder(self.ownersList, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.fromCombo)
        QWidget.setTabOrder(self.fromCombo, self.plainEdit)

        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"New action", None))
        self.whatLabel.setText(QCoreApplication.translate("ActionDialog", u"&What:", None))
#if QT_CONFIG(accessibility)
        self.whatEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"What will be done", None))
#endif // QT_CONFIG(accessibility)
        self.whoLabel.setText(QCoreApplication.translate("ActionDialog", u"W&ho (one or more):", None))
#if QT_CONFIG(accessibility)
        self.ownersList.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Who (one or more): Space ticks a person", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("ActionDialog", u"&By when:", None))
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"By when", None))
#endif // QT_CONFIG(accessibility)
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("ActionDialog", u"ddd d MMMM yyyy", None))
        self.fromLabel.setText(QCoreApplication.translate("ActionDialog", u"&Comes from:", None))
#if QT_CONFIG(accessibility)
        self.fromCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Decision or agenda item it comes from", None))
#endif // QT_CONFIG(accessibility)
        self.plainLabel.setText(QCoreApplication.translate("ActionDialog", u"In &plain words:", None))
#if QT_CONFIG(accessibility)
        self.plainEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"What will be done, in plain words", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.plainEdit.setAccessibleDescription(QCoreApplication.translate("ActionDialog", u"Optional: short sentences for the easy-read minutes; left empty, they use what will be done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.plainEdit.setToolTip(QCoreApplication.translate("ActionDialog", u"Optional: short sentences for the easy-read minutes; left empty, they use what will be done", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

