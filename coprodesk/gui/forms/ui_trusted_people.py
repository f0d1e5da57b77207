# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trusted_people.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_TrustedPeopleDialog(object):
    def setupUi(self, TrustedPeopleDialog):
        if not TrustedPeopleDialog.objectName():
            TrustedPeopleDialog.setObjectName(u"TrustedPeopleDialog")
        TrustedPeopleDialog.setMinimumSize(QSize(760, 360))
        self.outer = QVBoxLayout(TrustedPeopleDialog)
        self.outer.setObjectName(u"outer")
        self.introLabel = QLabel(TrustedPeopleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outer.addWidget(self.introLabel)

        self.peopleView = QTableView(TrustedPeopleDialog)
        self.peopleView.setObjectName(u"peopleView")
        self.peopleView.setAlternatingRowColors(True)
        self.peopleView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peopleView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.peopleView.setTabKeyNavigation(False)

        self.outer.addWidget(self.peopleView)

        self.whereLabel = QLabel(TrustedPeopleDialog)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)
        self.whereLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outer.addWidget(self.whereLabel)

        self.problemLabel = QLabel(TrustedPeopleDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.outer.addWidget(self.problemLabel)

        self.doneLabel = QLabel(TrustedPeopleDialog)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)

        self.outer.addWidget(self.doneLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(TrustedPeopleDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.removeButton = QPushButton(TrustedPeopleDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.buttons = QDialogButtonBox(TrustedPeopleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttons)


        self.outer.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.peopleView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)

        self.retranslateUi(TrustedPeopleDialog)

        QMetaObject.connectSlotsByName(TrustedPeopleDialog)
    # setupUi

    def retranslateUi(self, TrustedPeopleDialog):
        TrustedPeopleDialog.setWindowTitle(QCoreApplication.translate("TrustedPeopleDialog", u"Trusted people", None))
        self.introLabel.setText(QCoreApplication.translate("TrustedPeopleDialog", u"Signatures by these people show as trusted when you verify minutes. Add a colleague's certificate (a .pem file they gave you, for instance on a USB stick); it holds no secret.", None))
#if QT_CONFIG(accessibility)
        self.peopleView.setAccessibleName(QCoreApplication.translate("TrustedPeopleDialog", u"Trusted people", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.whereLabel.setAccessibleDescription(QCoreApplication.translate("TrustedPeopleDialog", u"Where the trust list is kept", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleDescription(QCoreApplication.translate("TrustedPeopleDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.doneLabel.setAccessibleDescription(QCoreApplication.translate("TrustedPeopleDialog", u"Done", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("TrustedPeopleDialog", u"&Add certificate\u2026", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleDescription(QCoreApplication.translate("TrustedPeopleDialog", u"Add a colleague's certificate from a file", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("TrustedPeopleDialog", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleDescription(QCoreApplication.translate("TrustedPeopleDialog", u"Stop trusting the selected person", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

