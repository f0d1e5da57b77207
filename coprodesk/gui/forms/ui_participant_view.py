# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel,
    QVBoxLayout)

class Ui_ParticipantWindow(object):
    def setupUi(self, ParticipantWindow):
        if not ParticipantWindow.objectName():
            ParticipantWindow.setObjectName(u"ParticipantWindow")
        ParticipantWindow.resize(1920, 1080)
        self.rootLayout = QVBoxLayout(ParticipantWindow)
        self.rootLayout.setObjectName(u"rootLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.headerPanel = QFrame(ParticipantWindow)
        self.headerPanel.setObjectName(u"headerPanel")
        self.headerPanel.setFrameShape(QFrame.NoFrame)
        self.headerLayout = QVBoxLayout(self.headerPanel)
        self.headerLayout.setObjectName(u"headerLayout")
        self.itemCaption = QLabel(self.headerPanel)
        self.itemCaption.setObjectName(u"itemCaption")

        self.headerLayout.addWidget(self.itemCaption)

        self.itemTitle = QLabel(self.headerPanel)
        self.itemTitle.setObjectName(u"itemTitle")
        self.itemTitle.setWordWrap(True)

        self.headerLayout.addWidget(self.itemTitle)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.timeLeftLabel = QLabel(self.headerPanel)
        self.timeLeftLabel.setObjectName(u"timeLeftLabel")

        self.timeRow.addWidget(self.timeLeftLabel)

        self.timeBarHost = QVBoxLayout()
        self.timeBarHost.setObjectName(u"timeBarHost")
        self.timeBarHost.setContentsMargins(0, 0, 0, 0)

        self.timeRow.addLayout(self.timeBarHost)

        self.plannedLabel = QLabel(self.headerPanel)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.timeRow.addWidget(self.plannedLabel)


        self.headerLayout.addLayout(self.timeRow)


        self.topRow.addWidget(self.headerPanel)

        self.floorPanel = QFrame(ParticipantWindow)
        self.floorPanel.setObjectName(u"floorPanel")
        self.floorPanel.setFrameShape(QFrame.NoFrame)
        self.floorLayout = QVBoxLayout(self.floorPanel)
        self.floorLayout.setObjectName(u"floorLayout")
        self.floorCaption = QLabel(self.floorPanel)
        self.floorCaption.setObjectName(u"floorCaption")

        self.floorLayout.addWidget(self.floorCaption)

        self.speakerRow = QHBoxLayout()
        self.speakerRow.setObjectName(u"speakerRow")
        self.speakerLabel = QLabel(self.floorPanel)
        self.speakerLabel.setObjectName(u"speakerLabel")
        self.speakerLabel.setWordWrap(True)

        self.speakerRow.addWidget(self.speakerLabel)

        self.turnClockLabel = QLabel(self.floorPanel)
        self.turnClockLabel.setObjectName(u"turnClockLabel")

        self.speakerRow.addWidget(self.turnClockLabel)


        self.floorLayout.addLayout(self.speakerRow)

        self.nextLabel = QLabel(self.floorPanel)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setWordWrap(True)

        self.floorLayout.addWidget(self.nextLabel)


        self.topRow.addWidget(self.floorPanel)


        self.rootLayout.addLayout(self.topRow)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.groupsPanel = QFrame(ParticipantWindow)
        self.groupsPanel.setObjectName(u"groupsPanel")
        self.groupsPanel.setFrameShape(QFrame.NoFrame)
        self.groupsLayout = QVBoxLayout(self.groupsPanel)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsTitle = QLabel(self.groupsPanel)
        self.groupsTitle.setObjectName(u"groupsTitle")
        self.groupsTitle.setWordWrap(True)

        self.groupsLayout.addWidget(self.groupsTitle)

        self.balanceLabel = QLabel(self.groupsPanel)
        self.balanceLabel.setObjectName(u"balanceLabel")
        self.balanceLabel.setWordWrap(True)

        self.groupsLayout.addWidget(self.balanceLabel)

        self.legendLabel = QLabel(self.groupsPanel)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.groupsLayout.addWidget(self.legendLabel)

        self.groupsHost = QVBoxLayout()
        self.groupsHost.setObjectName(u"groupsHost")
        self.groupsHost.setContentsMargins(0, 0, 0, 0)

        self.groupsLayout.addLayout(self.groupsHost)


        self.bodyLayout.addWidget(self.groupsPanel)

        self.peoplePanel = QFrame(ParticipantWindow)
        self.peoplePanel.setObjectName(u"peoplePanel")
        self.peoplePanel.setFrameShape(QFrame.NoFrame)
        self.peopleLayout = QVBoxLayout(self.peoplePanel)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleTitle = QLabel(self.peoplePanel)
        self.peopleTitle.setObjectName(u"peopleTitle")
        self.peopleTitle.setWordWrap(True)

        self.peopleLayout.addWidget(self.peopleTitle)

        self.peopleHost = QVBoxLayout()
        self.peopleHost.setObjectName(u"peopleHost")
        self.peopleHost.setContentsMargins(0, 0, 0, 0)

        self.peopleLayout.addLayout(self.peopleHost)


        self.bodyLayout.addWidget(self.peoplePanel)


        self.rootLayout.addLayout(self.bodyLayout)

        self.notHeardLabel = QLabel(ParticipantWindow)
        self.notHeardLabel.setObjectName(u"notHeardLabel")
        self.notHeardLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.notHeardLabel)


        self.retranslateUi(ParticipantWindow)

        QMetaObject.connectSlotsByName(ParticipantWindow)
    # setupUi

    def retranslateUi(self, ParticipantWindow):
        ParticipantWindow.setWindowTitle(QCoreApplication.translate("ParticipantWindow", u"Participant screen", None))
#if QT_CONFIG(accessibility)
        ParticipantWindow.setAccessibleName(QCoreApplication.translate("ParticipantWindow", u"Participant screen", None))
#endif // QT_CONFIG(accessibility)
        self.itemCaption.setText("")
        self.itemTitle.setText("")
        self.timeLeftLabel.setText("")
        self.plannedLabel.setText("")
        self.floorCaption.setText("")
        self.speakerLabel.setText("")
        self.turnClockLabel.setText("")
        self.nextLabel.setText("")
        self.groupsTitle.setText("")
        self.balanceLabel.setText("")
        self.legendLabel.setText("")
        self.peopleTitle.setText("")
        self.notHeardLabel.setText("")
    # retranslateUi

