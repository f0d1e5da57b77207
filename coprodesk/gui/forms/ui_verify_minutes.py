# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_minutes.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout)

class Ui_VerifyMinutesDialog(object):
    def setupUi(self, VerifyMinutesDialog):
        if not VerifyMinutesDialog.objectName():
            VerifyMinutesDialog.setObjectName(u"VerifyMinutesDialog")
        VerifyMinutesDialog.setMinimumSize(QSize(760, 360))
        self.outer = QVBoxLayout(VerifyMinutesDialog)
        self.outer.setObjectName(u"outer")
        self.fileLabel = QLabel(VerifyMinutesDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setTextFormat(Qt.PlainText)
        self.fileLabel.setWordWrap(True)

        self.outer.addWidget(self.fileLabel)

        self.verdictLabel = QLabel(VerifyMinutesDialog)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setTextFormat(Qt.PlainText)
        self.verdictLabel.setWordWrap(True)

        self.outer.addWidget(self.verdictLabel)

        self.signaturesView = QTableView(VerifyMinutesDialog)
        self.signaturesView.setObjectName(u"signaturesView")
        self.signaturesView.setTabKeyNavigation(False)
        self.signaturesView.setAlternatingRowColors(True)
        self.signaturesView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.outer.addWidget(self.signaturesView)

        self.detailsLabel = QLabel(VerifyMinutesDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setTextFormat(Qt.PlainText)
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outer.addWidget(self.detailsLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.trustButton = QPushButton(VerifyMinutesDialog)
        self.trustButton.setObjectName(u"trustButton")

        self.buttonRow.addWidget(self.trustButton)

        self.otherButton = QPushButton(VerifyMinutesDialog)
        self.otherButton.setObjectName(u"otherButton")

        self.buttonRow.addWidget(self.otherButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.buttons = QDialogButtonBox(VerifyMinutesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttons)


        self.outer.addLayout(self.buttonRow)


        self.retranslateUi(VerifyMinutesDialog)

        QMetaObject.connectSlotsByName(VerifyMinutesDialog)
    # setupUi

    def retranslateUi(self, VerifyMinutesDialog):
        VerifyMinutesDialog.setWindowTitle(QCoreApplication.translate("VerifyMinutesDialog", u"Verify minutes", None))
#if QT_CONFIG(accessibility)
        self.fileLabel.setAccessibleDescription(QCoreApplication.translate("VerifyMinutesDialog", u"File checked", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verdictLabel.setAccessibleDescription(QCoreApplication.translate("VerifyMinutesDialog", u"Result", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signaturesView.setAccessibleName(QCoreApplication.translate("VerifyMinutesDialog", u"Signatures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsLabel.setAccessibleDescription(QCoreApplication.translate("VerifyMinutesDialog", u"Boxes still to sign, and each problem in words", None))
#endif // QT_CONFIG(accessibility)
        self.trustButton.setText(QCoreApplication.translate("VerifyMinutesDialog", u"&Trusted people\u2026", None))
#if QT_CONFIG(accessibility)
        self.trustButton.setAccessibleDescription(QCoreApplication.translate("VerifyMinutesDialog", u"Open the trust list, then check again", None))
#endif // QT_CONFIG(accessibility)
        self.otherButton.setText(QCoreApplication.translate("VerifyMinutesDialog", u"Check &another file\u2026", None))
#if QT_CONFIG(accessibility)
        self.otherButton.setAccessibleDescription(QCoreApplication.translate("VerifyMinutesDialog", u"Check another minutes file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

