# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'run_agenda_clock.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AgendaClock(object):
    def setupUi(self, AgendaClock):
        if not AgendaClock.objectName():
            AgendaClock.setObjectName(u"AgendaClock")
        AgendaClock.resize(320, 360)
        self.clockLayout = QVBoxLayout(AgendaClock)
        self.clockLayout.setSpacing(6)
        self.clockLayout.setObjectName(u"clockLayout")
        self.clockLayout.setContentsMargins(0, 0, 0, 0)
        self.positionLabel = QLabel(AgendaClock)
        self.positionLabel.setObjectName(u"positionLabel")
        self.positionLabel.setWordWrap(True)

        self.clockLayout.addWidget(self.positionLabel)

        self.titleLabel = QLabel(AgendaClock)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.clockLayout.addWidget(self.titleLabel)

        self.barHost = QWidget(AgendaClock)
        self.barHost.setObjectName(u"barHost")
        self.barHostLayout = QVBoxLayout(self.barHost)
        self.barHostLayout.setObjectName(u"barHostLayout")
        self.barHostLayout.setContentsMargins(0, 0, 0, 0)

        self.clockLayout.addWidget(self.barHost)

        self.leftLabel = QLabel(AgendaClock)
        self.leftLabel.setObjectName(u"leftLabel")
        self.leftLabel.setWordWrap(True)

        self.clockLayout.addWidget(self.leftLabel)

        self.projectedLabel = QLabel(AgendaClock)
        self.projectedLabel.setObjectName(u"projectedLabel")
        self.projectedLabel.setWordWrap(True)

        self.clockLayout.addWidget(self.projectedLabel)

        self.extendButton = QPushButton(AgendaClock)
        self.extendButton.setObjectName(u"extendButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.extendButton.sizePolicy().hasHeightForWidth())
        self.extendButton.setSizePolicy(sizePolicy)

        self.clockLayout.addWidget(self.extendButton)

        self.extendNote = QLabel(AgendaClock)
        self.extendNote.setObjectName(u"extendNote")
        self.extendNote.setWordWrap(True)

        self.clockLayout.addWidget(self.extendNote)

        self.stepLayout = QHBoxLayout()
        self.stepLayout.setSpacing(6)
        self.stepLayout.setObjectName(u"stepLayout")
        self.prevButton = QPushButton(AgendaClock)
        self.prevButton.setObjectName(u"prevButton")

        self.stepLayout.addWidget(self.prevButton)

        self.nextButton = QPushButton(AgendaClock)
        self.nextButton.setObjectName(u"nextButton")

        self.stepLayout.addWidget(self.nextButton)


        self.clockLayout.addLayout(self.stepLayout)

        self.nextLabel = QLabel(AgendaClock)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setWordWrap(True)

        self.clockLayout.addWidget(self.nextLabel)


        self.retranslateUi(AgendaClock)

        QMetaObject.connectSlotsByName(AgendaClock)
    # setupUi

    def retranslateUi(self, AgendaClock):
#if QT_CONFIG(accessibility)
        AgendaClock.setAccessibleName(QCoreApplication.translate("AgendaClock", u"Agenda clock", None))
#endif // QT_CONFIG(accessibility)
        self.positionLabel.setText(QCoreApplication.translate("AgendaClock", u"Item 1 of 5", None))
        self.titleLabel.setText(QCoreApplication.translate("AgendaClock", u"Item title", None))
        self.leftLabel.setText(QCoreApplication.translate("AgendaClock", u"minutes left", None))
        self.projectedLabel.setText(QCoreApplication.translate("AgendaClock", u"Projected end", None))
        self.extendButton.setText(QCoreApplication.translate("AgendaClock", u"+5 min for this item\u2026", None))
#if QT_CONFIG(accessibility)
        self.extendButton.setAccessibleDescription(QCoreApplication.translate("AgendaClock", u"Give this item 5 more minutes", None))
#endif // QT_CONFIG(accessibility)
        self.extendNote.setText("")
        self.prevButton.setText(QCoreApplication.translate("AgendaClock", u"\u25c0 Previous", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("AgendaClock", u"Previous agenda item (Ctrl+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.prevButton.setAccessibleName(QCoreApplication.translate("AgendaClock", u"Previous agenda item", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("AgendaClock", u"Next \u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("AgendaClock", u"Next agenda item (Ctrl+Right)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("AgendaClock", u"Next agenda item", None))
#endif // QT_CONFIG(accessibility)
        self.nextLabel.setText(QCoreApplication.translate("AgendaClock", u"Next: \u2026", None))
    # retranslateUi

