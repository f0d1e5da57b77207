# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_minutes.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox,
    QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget)

class Ui_SignMinutesDialog(object):
    def setupUi(self, SignMinutesDialog):
        if not SignMinutesDialog.objectName():
            SignMinutesDialog.setObjectName(u"SignMinutesDialog")
        SignMinutesDialog.setMinimumSize(QSize(700, 480))
        self.outer = QVBoxLayout(SignMinutesDialog)
        self.outer.setObjectName(u"outer")
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.fileLabel = QLabel(SignMinutesDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(SignMinutesDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.fileButton = QPushButton(SignMinutesDialog)
        self.fileButton.setObjectName(u"fileButton")

        self.fileRow.addWidget(self.fileButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.outer.addLayout(self.fileForm)

        self.boxesLabel = QLabel(SignMinutesDialog)
        self.boxesLabel.setObjectName(u"boxesLabel")

        self.outer.addWidget(self.boxesLabel)

        self.boxesView = QTableView(SignMinutesDialog)
        self.boxesView.setObjectName(u"boxesView")
        self.boxesView.setAlternatingRowColors(True)
        self.boxesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.boxesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.boxesView.setTabKeyNavigation(False)

        self.outer.addWidget(self.boxesView)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.identityLabel = QLabel(SignMinutesDialog)
        self.identityLabel.setObjectName(u"identityLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.identityLabel)

        self.identityRow = QHBoxLayout()
        self.identityRow.setObjectName(u"identityRow")
        self.identityEdit = QLineEdit(SignMinutesDialog)
        self.identityEdit.setObjectName(u"identityEdit")

        self.identityRow.addWidget(self.identityEdit)

        self.identityButton = QPushButton(SignMinutesDialog)
        self.identityButton.setObjectName(u"identityButton")

        self.identityRow.addWidget(self.identityButton)

        self.newIdentityButton = QPushButton(SignMinutesDialog)
        self.newIdentityButton.setObjectName(u"newIdentityButton")

        self.identityRow.addWidget(self.newIdentityButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.identityRow)

        self.passphraseLabel = QLabel(SignMinutesDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(SignMinutesDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.behalfCheck = QCheckBox(SignMinutesDialog)
        self.behalfCheck.setObjectName(u"behalfCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.behalfCheck)

        self.reasonLabel = QLabel(SignMinutesDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(SignMinutesDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.outer.addLayout(self.form)

        self.problemLabel = QLabel(SignMinutesDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setTextFormat(Qt.PlainText)
        self.problemLabel.setWordWrap(True)

        self.outer.addWidget(self.problemLabel)

        self.verdictLabel = QLabel(SignMinutesDialog)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setTextFormat(Qt.PlainText)
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outer.addWidget(self.verdictLabel)

        self.buttons = QDialogButtonBox(SignMinutesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.boxesLabel.setBuddy(self.boxesView)
        self.identityLabel.setBuddy(self.identityEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.fileButton)
        QWidget.setTabOrder(self.fileButton, self.boxesView)
        QWidget.setTabOrder(self.boxesView, self.identityEdit)
        QWidget.setTabOrder(self.identityEdit, self.identityButton)
        QWidget.setTabOrder(self.identityButton, self.newIdentityButton)
        QWidget.setTabOrder(self.newIdentityButton, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.behalfCheck)
        QWidget.setTabOrder(self.behalfCheck, self.reasonEdit)

        self.retranslateUi(SignMinutesDialog)

        QMetaObject.connectSlotsByName(SignMinutesDialog)
    # setupUi

    def retranslateUi(self, SignMinutesDialog):
        SignMinutesDialog.setWindowTitle(QCoreApplication.translate("SignMinutesDialog", u"Sign minutes", None))
        self.fileLabel.setText(QCoreApplication.translate("SignMinutesDialog", u"&Minutes:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("SignMinutesDialog", u"Minutes: the PDF to sign", None))
#endif // QT_CONFIG(accessibility)
        self.fileButton.setText(QCoreApplication.translate("SignMinutesDialog", u"&Open\u2026", None))
#if QT_CONFIG(accessibility)
        self.fileButton.setAccessibleDescription(QCoreApplication.translate("SignMinutesDialog", u"Choose the minutes PDF", None))
#endif // QT_CONFIG(accessibility)
        self.boxesLabel.setText(QCoreApplication.translate("SignMinutesDialog", u"Signature &boxes (choose yours):", None))
#if QT_CONFIG(accessibility)
        self.boxesView.setAccessibleName(QCoreApplication.translate("SignMinutesDialog", u"Signature boxes", None))
#endif // QT_CONFIG(accessibility)
        self.identityLabel.setText(QCoreApplication.translate("SignMinutesDialog", u"&Identity:", None))
#if QT_CONFIG(accessibility)
        self.identityEdit.setAccessibleName(QCoreApplication.translate("SignMinutesDialog", u"Signing identity file (.p12)", None))
#endif // QT_CONFIG(accessibility)
        self.identityButton.setText(QCoreApplication.translate("SignMinutesDialog", u"B&rowse\u2026", None))
#if QT_CONFIG(accessibility)
        self.identityButton.setAccessibleDescription(QCoreApplication.translate("SignMinutesDialog", u"Choose the signing identity", None))
#endif // QT_CONFIG(accessibility)
        self.newIdentityButton.setText(QCoreApplication.translate("SignMinutesDialog", u"&New\u2026", None))
#if QT_CONFIG(accessibility)
        self.newIdentityButton.setAccessibleDescription(QCoreApplication.translate("SignMinutesDialog", u"Create or pick a signing identity", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("SignMinutesDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("SignMinutesDialog", u"Passphrase of the signing identity", None))
#endif // QT_CONFIG(accessibility)
        self.behalfCheck.setText(QCoreApplication.translate("SignMinutesDialog", u"Sign on &behalf of the person the box names", None))
#if QT_CONFIG(accessibility)
        self.behalfCheck.setAccessibleName(QCoreApplication.translate("SignMinutesDialog", u"Sign on behalf of the person the box names", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("SignMinutesDialog", u"R&eason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("SignMinutesDialog", u"Reason: why you sign on their behalf", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("SignMinutesDialog", u"recorded in the signature, e.g. \"asked me to sign while on leave\"", None))
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleDescription(QCoreApplication.translate("SignMinutesDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verdictLabel.setAccessibleDescription(QCoreApplication.translate("SignMinutesDialog", u"Result of the check", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

