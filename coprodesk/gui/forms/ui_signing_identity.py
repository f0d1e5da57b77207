# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signing_identity.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SigningIdentityDialog(object):
    def setupUi(self, SigningIdentityDialog):
        if not SigningIdentityDialog.objectName():
            SigningIdentityDialog.setObjectName(u"SigningIdentityDialog")
        SigningIdentityDialog.setMinimumSize(QSize(600, 0))
        self.outer = QVBoxLayout(SigningIdentityDialog)
        self.outer.setObjectName(u"outer")
        self.introLabel = QLabel(SigningIdentityDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outer.addWidget(self.introLabel)

        self.currentGroup = QGroupBox(SigningIdentityDialog)
        self.currentGroup.setObjectName(u"currentGroup")
        self.currentLayout = QVBoxLayout(self.currentGroup)
        self.currentLayout.setObjectName(u"currentLayout")
        self.currentLabel = QLabel(self.currentGroup)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)
        self.currentLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.currentLayout.addWidget(self.currentLabel)

        self.currentButtons = QHBoxLayout()
        self.currentButtons.setObjectName(u"currentButtons")
        self.chooseButton = QPushButton(self.currentGroup)
        self.chooseButton.setObjectName(u"chooseButton")

        self.currentButtons.addWidget(self.chooseButton)

        self.certButton = QPushButton(self.currentGroup)
        self.certButton.setObjectName(u"certButton")

        self.currentButtons.addWidget(self.certButton)

        self.currentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.currentButtons.addItem(self.currentSpacer)


        self.currentLayout.addLayout(self.currentButtons)


        self.outer.addWidget(self.currentGroup)

        self.newGroup = QGroupBox(SigningIdentityDialog)
        self.newGroup.setObjectName(u"newGroup")
        self.form = QFormLayout(self.newGroup)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.newGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.newGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.emailLabel = QLabel(self.newGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.newGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.passphraseLabel = QLabel(self.newGroup)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.newGroup)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.againLabel = QLabel(self.newGroup)
        self.againLabel.setObjectName(u"againLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.againLabel)

        self.againEdit = QLineEdit(self.newGroup)
        self.againEdit.setObjectName(u"againEdit")
        self.againEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.againEdit)

        self.whereTitle = QLabel(self.newGroup)
        self.whereTitle.setObjectName(u"whereTitle")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.whereTitle)

        self.whereLabel = QLabel(self.newGroup)
        self.whereLabel.setObjectName(u"whereLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.whereLabel.sizePolicy().hasHeightForWidth())
        self.whereLabel.setSizePolicy(sizePolicy)
        self.whereLabel.setWordWrap(True)
        self.whereLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.whereLabel)

        self.createRow = QHBoxLayout()
        self.createRow.setObjectName(u"createRow")
        self.createSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.createRow.addItem(self.createSpacer)

        self.createButton = QPushButton(self.newGroup)
        self.createButton.setObjectName(u"createButton")

        self.createRow.addWidget(self.createButton)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.createRow)


        self.outer.addWidget(self.newGroup)

        self.problemLabel = QLabel(SigningIdentityDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.outer.addWidget(self.problemLabel)

        self.doneLabel = QLabel(SigningIdentityDialog)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)

        self.outer.addWidget(self.doneLabel)

        self.buttons = QDialogButtonBox(SigningIdentityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.againLabel.setBuddy(self.againEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.certButton)
        QWidget.setTabOrder(self.certButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.againEdit)
        QWidget.setTabOrder(self.againEdit, self.createButton)

        self.retranslateUi(SigningIdentityDialog)

        QMetaObject.connectSlotsByName(SigningIdentityDialog)
    # setupUi

    def retranslateUi(self, SigningIdentityDialog):
        SigningIdentityDialog.setWindowTitle(QCoreApplication.translate("SigningIdentityDialog", u"Signing identity", None))
        self.introLabel.setText(QCoreApplication.translate("SigningIdentityDialog", u"Your signing identity is a file that holds your private key, locked with a passphrase. It signs minutes in your name and never enters the meeting database.", None))
        self.currentGroup.setTitle(QCoreApplication.translate("SigningIdentityDialog", u"Identity in use", None))
#if QT_CONFIG(accessibility)
        self.currentLabel.setAccessibleDescription(QCoreApplication.translate("SigningIdentityDialog", u"Identity in use", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("SigningIdentityDialog", u"Use an existing &file\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseButton.setAccessibleDescription(QCoreApplication.translate("SigningIdentityDialog", u"Use an existing identity file (.p12)", None))
#endif // QT_CONFIG(accessibility)
        self.certButton.setText(QCoreApplication.translate("SigningIdentityDialog", u"Save my &certificate\u2026", None))
#if QT_CONFIG(accessibility)
        self.certButton.setAccessibleDescription(QCoreApplication.translate("SigningIdentityDialog", u"Save my public certificate for colleagues to trust", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.certButton.setToolTip(QCoreApplication.translate("SigningIdentityDialog", u"Write the public part of your identity to a .pem file; colleagues add it under File \u2192 Trusted people.", None))
#endif // QT_CONFIG(tooltip)
        self.newGroup.setTitle(QCoreApplication.translate("SigningIdentityDialog", u"Create a new identity", None))
        self.nameLabel.setText(QCoreApplication.translate("SigningIdentityDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SigningIdentityDialog", u"Your name, as printed in signatures", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SigningIdentityDialog", u"as printed in signatures and in your box", None))
        self.emailLabel.setText(QCoreApplication.translate("SigningIdentityDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("SigningIdentityDialog", u"Your e-mail address", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("SigningIdentityDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("SigningIdentityDialog", u"Passphrase, at least 8 characters", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("SigningIdentityDialog", u"at least 8 characters; it cannot be recovered", None))
        self.againLabel.setText(QCoreApplication.translate("SigningIdentityDialog", u"&Again:", None))
#if QT_CONFIG(accessibility)
        self.againEdit.setAccessibleName(QCoreApplication.translate("SigningIdentityDialog", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.whereTitle.setText(QCoreApplication.translate("SigningIdentityDialog", u"Stored in:", None))
#if QT_CONFIG(accessibility)
        self.whereLabel.setAccessibleDescription(QCoreApplication.translate("SigningIdentityDialog", u"Where the new identity will be stored", None))
#endif // QT_CONFIG(accessibility)
        self.createButton.setText(QCoreApplication.translate("SigningIdentityDialog", u"C&reate identity", None))
#if QT_CONFIG(accessibility)
        self.createButton.setAccessibleDescription(QCoreApplication.translate("SigningIdentityDialog", u"Create the identity", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleDescription(QCoreApplication.translate("SigningIdentityDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.doneLabel.setAccessibleDescription(QCoreApplication.translate("SigningIdentityDialog", u"Done", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

