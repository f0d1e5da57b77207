# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_minutes.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportMinutesDialog(object):
    def setupUi(self, ExportMinutesDialog):
        if not ExportMinutesDialog.objectName():
            ExportMinutesDialog.setObjectName(u"ExportMinutesDialog")
        ExportMinutesDialog.setMinimumSize(QSize(660, 0))
        self.outer = QVBoxLayout(ExportMinutesDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.versionLabel = QLabel(ExportMinutesDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionRow = QHBoxLayout()
        self.versionRow.setObjectName(u"versionRow")
        self.fullRadio = QRadioButton(ExportMinutesDialog)
        self.fullRadio.setObjectName(u"fullRadio")
        self.fullRadio.setChecked(True)

        self.versionRow.addWidget(self.fullRadio)

        self.easyRadio = QRadioButton(ExportMinutesDialog)
        self.easyRadio.setObjectName(u"easyRadio")

        self.versionRow.addWidget(self.easyRadio)

        self.versionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.versionRow.addItem(self.versionSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.versionRow)

        self.fileLabel = QLabel(ExportMinutesDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ExportMinutesDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.fileButton = QPushButton(ExportMinutesDialog)
        self.fileButton.setObjectName(u"fileButton")

        self.fileRow.addWidget(self.fileButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.signersLabel = QLabel(ExportMinutesDialog)
        self.signersLabel.setObjectName(u"signersLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signersLabel)

        self.signersEdit = QLineEdit(ExportMinutesDialog)
        self.signersEdit.setObjectName(u"signersEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signersEdit)

        self.certifyCheck = QCheckBox(ExportMinutesDialog)
        self.certifyCheck.setObjectName(u"certifyCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.certifyCheck)

        self.identityLabel = QLabel(ExportMinutesDialog)
        self.identityLabel.setObjectName(u"identityLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.identityLabel)

        self.identityRow = QHBoxLayout()
        self.identityRow.setObjectName(u"identityRow")
        self.identityEdit = QLineEdit(ExportMinutesDialog)
        self.identityEdit.setObjectName(u"identityEdit")

        self.identityRow.addWidget(self.identityEdit)

        self.identityButton = QPushButton(ExportMinutesDialog)
        self.identityButton.setObjectName(u"identityButton")

        self.identityRow.addWidget(self.identityButton)

        self.newIdentityButton = QPushButton(ExportMinutesDialog)
        self.newIdentityButton.setObjectName(u"newIdentityButton")

        self.identityRow.addWidget(self.newIdentityButton)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.identityRow)

        self.passphraseLabel = QLabel(ExportMinutesDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(ExportMinutesDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.outer.addLayout(self.form)

        self.problemLabel = QLabel(ExportMinutesDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.outer.addWidget(self.problemLabel)

        self.buttons = QDialogButtonBox(ExportMinutesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.signersLabel.setBuddy(self.signersEdit)
        self.identityLabel.setBuddy(self.identityEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullRadio, self.easyRadio)
        QWidget.setTabOrder(self.easyRadio, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.fileButton)
        QWidget.setTabOrder(self.fileButton, self.signersEdit)
        QWidget.setTabOrder(self.signersEdit, self.certifyCheck)
        QWidget.setTabOrder(self.certifyCheck, self.identityEdit)
        QWidget.setTabOrder(self.identityEdit, self.identityButton)
        QWidget.setTabOrder(self.identityButton, self.newIdentityButton)
        QWidget.setTabOrder(self.newIdentityButton, self.passphraseEdit)

        self.retranslateUi(ExportMinutesDialog)

        QMetaObject.connectSlotsByName(ExportMinutesDialog)
    # setupUi

    def retranslateUi(self, ExportMinutesDialog):
        ExportMinutesDialog.setWindowTitle(QCoreApplication.translate("ExportMinutesDialog", u"Export minutes", None))
        self.versionLabel.setText(QCoreApplication.translate("ExportMinutesDialog", u"Version:", None))
        self.fullRadio.setText(QCoreApplication.translate("ExportMinutesDialog", u"F&ull minutes", None))
#if QT_CONFIG(accessibility)
        self.fullRadio.setAccessibleName(QCoreApplication.translate("ExportMinutesDialog", u"Full minutes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fullRadio.setAccessibleDescription(QCoreApplication.translate("ExportMinutesDialog", u"Every decision round, the speaking-time tables and the sign-off; the accessible HTML version and the easy-read version travel inside it", None))
#endif // QT_CONFIG(accessibility)
        self.easyRadio.setText(QCoreApplication.translate("ExportMinutesDialog", u"Eas&y-read version", None))
#if QT_CONFIG(accessibility)
        self.easyRadio.setAccessibleName(QCoreApplication.translate("ExportMinutesDialog", u"Easy-read version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.easyRadio.setAccessibleDescription(QCoreApplication.translate("ExportMinutesDialog", u"Large type, short sentences and a picture beside each part: who came, what we decided, what happens next", None))
#endif // QT_CONFIG(accessibility)
        self.fileLabel.setText(QCoreApplication.translate("ExportMinutesDialog", u"Save &as:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ExportMinutesDialog", u"Save as: PDF file to write", None))
#endif // QT_CONFIG(accessibility)
        self.fileButton.setText(QCoreApplication.translate("ExportMinutesDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.fileButton.setAccessibleDescription(QCoreApplication.translate("ExportMinutesDialog", u"Choose the PDF file", None))
#endif // QT_CONFIG(accessibility)
        self.signersLabel.setText(QCoreApplication.translate("ExportMinutesDialog", u"Si&gners:", None))
#if QT_CONFIG(accessibility)
        self.signersEdit.setAccessibleName(QCoreApplication.translate("ExportMinutesDialog", u"Signers, separated by commas", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.signersEdit.setToolTip(QCoreApplication.translate("ExportMinutesDialog", u"One signature box each, named after the person. When you certify, you sign your own box (added if your name is not listed); the others fill theirs later with File \u2192 Sign minutes\u2026.", None))
#endif // QT_CONFIG(tooltip)
        self.certifyCheck.setText(QCoreApplication.translate("ExportMinutesDialog", u"&Certify now with my signing identity (locks the meeting)", None))
        self.identityLabel.setText(QCoreApplication.translate("ExportMinutesDialog", u"&Identity:", None))
#if QT_CONFIG(accessibility)
        self.identityEdit.setAccessibleName(QCoreApplication.translate("ExportMinutesDialog", u"Signing identity file (.p12)", None))
#endif // QT_CONFIG(accessibility)
        self.identityButton.setText(QCoreApplication.translate("ExportMinutesDialog", u"B&rowse\u2026", None))
#if QT_CONFIG(accessibility)
        self.identityButton.setAccessibleDescription(QCoreApplication.translate("ExportMinutesDialog", u"Choose the signing identity", None))
#endif // QT_CONFIG(accessibility)
        self.newIdentityButton.setText(QCoreApplication.translate("ExportMinutesDialog", u"&New\u2026", None))
#if QT_CONFIG(accessibility)
        self.newIdentityButton.setAccessibleDescription(QCoreApplication.translate("ExportMinutesDialog", u"Create or pick a signing identity", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.newIdentityButton.setToolTip(QCoreApplication.translate("ExportMinutesDialog", u"Create your signing identity here, or pick the file you have (File \u2192 Signing identity\u2026)", None))
#endif // QT_CONFIG(tooltip)
        self.passphraseLabel.setText(QCoreApplication.translate("ExportMinutesDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("ExportMinutesDialog", u"Passphrase of the signing identity", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleDescription(QCoreApplication.translate("ExportMinutesDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

