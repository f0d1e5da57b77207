# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'run_help.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_RunHelp(object):
    def setupUi(self, RunHelp):
        if not RunHelp.objectName():
            RunHelp.setObjectName(u"RunHelp")
        RunHelp.resize(640, 480)
        self.helpOuter = QVBoxLayout(RunHelp)
        self.helpOuter.setObjectName(u"helpOuter")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.helpOuter.addItem(self.topSpacer)

        self.helpRow = QHBoxLayout()
        self.helpRow.setObjectName(u"helpRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.helpRow.addItem(self.leftSpacer)

        self.helpCard = QFrame(RunHelp)
        self.helpCard.setObjectName(u"helpCard")
        self.cardLayout = QVBoxLayout(self.helpCard)
        self.cardLayout.setSpacing(10)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(24, 20, 24, 20)
        self.helpTitle = QLabel(self.helpCard)
        self.helpTitle.setObjectName(u"helpTitle")

        self.cardLayout.addWidget(self.helpTitle)

        self.helpKeys = QLabel(self.helpCard)
        self.helpKeys.setObjectName(u"helpKeys")
        self.helpKeys.setTextFormat(Qt.RichText)

        self.cardLayout.addWidget(self.helpKeys)

        self.helpClose = QPushButton(self.helpCard)
        self.helpClose.setObjectName(u"helpClose")

        self.cardLayout.addWidget(self.helpClose)


        self.helpRow.addWidget(self.helpCard)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.helpRow.addItem(self.rightSpacer)


        self.helpOuter.addLayout(self.helpRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.helpOuter.addItem(self.bottomSpacer)


        self.retranslateUi(RunHelp)

        QMetaObject.connectSlotsByName(RunHelp)
    # setupUi

    def retranslateUi(self, RunHelp):
#if QT_CONFIG(accessibility)
        RunHelp.setAccessibleName(QCoreApplication.translate("RunHelp", u"Keyboard help", None))
#endif // QT_CONFIG(accessibility)
        self.helpTitle.setText(QCoreApplication.translate("RunHelp", u"Keys for running the meeting", None))
        self.helpKeys.setText("")
        self.helpClose.setText(QCoreApplication.translate("RunHelp", u"Close (Esc or F1)", None))
    # retranslateUi

