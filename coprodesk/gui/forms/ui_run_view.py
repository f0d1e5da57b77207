# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'run_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from coprodesk.gui.run.queue_list import QueueList

class Ui_RunView(object):
    def setupUi(self, RunView):
        if not RunView.objectName():
            RunView.setObjectName(u"RunView")
        RunView.resize(1280, 720)
        self.mainLayout = QVBoxLayout(RunView)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(10, 8, 10, 8)
        self.recoveryBanner = QFrame(RunView)
        self.recoveryBanner.setObjectName(u"recoveryBanner")
        self.recoveryLayout = QHBoxLayout(self.recoveryBanner)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryLayout.setContentsMargins(12, 6, 8, 6)
        self.recoveryLabel = QLabel(self.recoveryBanner)
        self.recoveryLabel.setObjectName(u"recoveryLabel")
        self.recoveryLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.recoveryLabel.sizePolicy().hasHeightForWidth())
        self.recoveryLabel.setSizePolicy(sizePolicy)

        self.recoveryLayout.addWidget(self.recoveryLabel)

        self.resumeButton = QPushButton(self.recoveryBanner)
        self.resumeButton.setObjectName(u"resumeButton")

        self.recoveryLayout.addWidget(self.resumeButton)

        self.dismissButton = QPushButton(self.recoveryBanner)
        self.dismissButton.setObjectName(u"dismissButton")

        self.recoveryLayout.addWidget(self.dismissButton)


        self.mainLayout.addWidget(self.recoveryBanner)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(10)
        self.columns.setObjectName(u"columns")
        self.agendaPanel = QFrame(RunView)
        self.agendaPanel.setObjectName(u"agendaPanel")
        self.agendaPanel.setMinimumSize(QSize(245, 0))
        self.agendaPanel.setMaximumSize(QSize(420, 16777215))
        self.agendaLayout = QVBoxLayout(self.agendaPanel)
        self.agendaLayout.setSpacing(8)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaLayout.setContentsMargins(12, 10, 12, 10)
        self.agendaClockHost = QWidget(self.agendaPanel)
        self.agendaClockHost.setObjectName(u"agendaClockHost")
        self.agendaClockHostLayout = QVBoxLayout(self.agendaClockHost)
        self.agendaClockHostLayout.setObjectName(u"agendaClockHostLayout")
        self.agendaClockHostLayout.setContentsMargins(0, 0, 0, 0)

        self.agendaLayout.addWidget(self.agendaClockHost)

        self.notesLabel = QLabel(self.agendaPanel)
        self.notesLabel.setObjectName(u"notesLabel")

        self.agendaLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.agendaPanel)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.agendaLayout.addWidget(self.notesEdit)

        self.notesStatus = QLabel(self.agendaPanel)
        self.notesStatus.setObjectName(u"notesStatus")

        self.agendaLayout.addWidget(self.notesStatus)


        self.columns.addWidget(self.agendaPanel)

        self.floorPanel = QFrame(RunView)
        self.floorPanel.setObjectName(u"floorPanel")
        self.floorLayout = QVBoxLayout(self.floorPanel)
        self.floorLayout.setSpacing(6)
        self.floorLayout.setObjectName(u"floorLayout")
        self.floorLayout.setContentsMargins(12, 10, 12, 10)
        self.balanceLabel = QLabel(self.floorPanel)
        self.balanceLabel.setObjectName(u"balanceLabel")
        self.balanceLabel.setWordWrap(True)

        self.floorLayout.addWidget(self.balanceLabel)

        self.tilesScroll = QScrollArea(self.floorPanel)
        self.tilesScroll.setObjectName(u"tilesScroll")
        self.tilesScroll.setFrameShape(QFrame.NoFrame)
        self.tilesScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.tilesScroll.setWidgetResizable(True)
        self.tilesHost = QWidget()
        self.tilesHost.setObjectName(u"tilesHost")
        self.tilesScroll.setWidget(self.tilesHost)

        self.floorLayout.addWidget(self.tilesScroll)

        self.observersLabel = QLabel(self.floorPanel)
        self.observersLabel.setObjectName(u"observersLabel")
        self.observersLabel.setWordWrap(True)

        self.floorLayout.addWidget(self.observersLabel)


        self.columns.addWidget(self.floorPanel)

        self.queuePanel = QFrame(RunView)
        self.queuePanel.setObjectName(u"queuePanel")
        self.queuePanel.setMinimumSize(QSize(235, 0))
        self.queuePanel.setMaximumSize(QSize(420, 16777215))
        self.queueLayout = QVBoxLayout(self.queuePanel)
        self.queueLayout.setSpacing(8)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(12, 10, 12, 10)
        self.queueTitle = QLabel(self.queuePanel)
        self.queueTitle.setObjectName(u"queueTitle")
        self.queueTitle.setWordWrap(True)

        self.queueLayout.addWidget(self.queueTitle)

        self.policyLabel = QLabel(self.queuePanel)
        self.policyLabel.setObjectName(u"policyLabel")

        self.queueLayout.addWidget(self.policyLabel)

        self.policyCombo = QComboBox(self.queuePanel)
        self.policyCombo.setObjectName(u"policyCombo")

        self.queueLayout.addWidget(self.policyCombo)

        self.queueView = QueueList(self.queuePanel)
        self.queueView.setObjectName(u"queueView")
        self.queueView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.queueView.setAlternatingRowColors(False)
        self.queueView.setUniformItemSizes(False)
        self.queueView.setWordWrap(True)

        self.queueLayout.addWidget(self.queueView)

        self.nextSpeakerButton = QPushButton(self.queuePanel)
        self.nextSpeakerButton.setObjectName(u"nextSpeakerButton")

        self.queueLayout.addWidget(self.nextSpeakerButton)

        self.lowerHandButton = QPushButton(self.queuePanel)
        self.lowerHandButton.setObjectName(u"lowerHandButton")

        self.queueLayout.addWidget(self.lowerHandButton)

        self.notHeardLabel = QLabel(self.queuePanel)
        self.notHeardLabel.setObjectName(u"notHeardLabel")
        self.notHeardLabel.setWordWrap(True)

        self.queueLayout.addWidget(self.notHeardLabel)

        self.queueSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.queueLayout.addItem(self.queueSpacer)

        self.keysHint = QLabel(self.queuePanel)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setWordWrap(True)

        self.queueLayout.addWidget(self.keysHint)


        self.columns.addWidget(self.queuePanel)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 8)
        self.columns.setStretch(2, 2)

        self.mainLayout.addLayout(self.columns)

#if QT_CONFIG(shortcut)
        self.notesLabel.setBuddy(self.notesEdit)
        self.policyLabel.setBuddy(self.policyCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RunView)

        QMetaObject.connectSlotsByName(RunView)
    # setupUi

    def retranslateUi(self, RunView):
        RunView.setWindowTitle(QCoreApplication.translate("RunView", u"Run the meeting", None))
#if QT_CONFIG(accessibility)
        RunView.setAccessibleName(QCoreApplication.translate("RunView", u"Run the meeting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recoveryBanner.setAccessibleName(QCoreApplication.translate("RunView", u"Recovery notice", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryLabel.setText(QCoreApplication.translate("RunView", u"Recovered", None))
        self.resumeButton.setText(QCoreApplication.translate("RunView", u"Resume", None))
        self.dismissButton.setText(QCoreApplication.translate("RunView", u"Dismiss", None))
        self.notesLabel.setText(QCoreApplication.translate("RunView", u"&Notes on this item", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("RunView", u"Notes on this item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleDescription(QCoreApplication.translate("RunView", u"Typed notes are saved as you type. Esc returns the keys to the floor.", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("RunView", u"Typed notes are saved as you type. Esc returns the keys to the floor.", None))
        self.notesStatus.setText("")
        self.balanceLabel.setText(QCoreApplication.translate("RunView", u"Balance", None))
#if QT_CONFIG(accessibility)
        self.tilesScroll.setAccessibleName(QCoreApplication.translate("RunView", u"Equal-voice timers", None))
#endif // QT_CONFIG(accessibility)
        self.observersLabel.setText("")
        self.queueTitle.setText(QCoreApplication.translate("RunView", u"Speaker queue", None))
        self.policyLabel.setText(QCoreApplication.translate("RunView", u"&Order", None))
#if QT_CONFIG(accessibility)
        self.policyCombo.setAccessibleName(QCoreApplication.translate("RunView", u"Queue order", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.queueView.setAccessibleName(QCoreApplication.translate("RunView", u"Speaker queue", None))
#endif // QT_CONFIG(accessibility)
        self.nextSpeakerButton.setText(QCoreApplication.translate("RunView", u"Next speaker (N)", None))
        self.lowerHandButton.setText(QCoreApplication.translate("RunView", u"Lower selected hand", None))
        self.notHeardLabel.setText("")
        self.keysHint.setText(QCoreApplication.translate("RunView", u"Keys: 1\u20130 floor \u00b7 Space pause/resume \u00b7 N next \u00b7 Ctrl+Z undo \u00b7 F1 all keys", None))
    # retranslateUi

