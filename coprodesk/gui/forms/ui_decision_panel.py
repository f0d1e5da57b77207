# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from coprodesk.gui.decisions.grid import StanceGrid

class Ui_DecisionPanel(object):
    def setupUi(self, DecisionPanel):
        if not DecisionPanel.objectName():
            DecisionPanel.setObjectName(u"DecisionPanel")
        self.outer = QVBoxLayout(DecisionPanel)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(DecisionPanel)
        self.tabs.setObjectName(u"tabs")
        self.decisionTab = QWidget()
        self.decisionTab.setObjectName(u"decisionTab")
        self.decisionTabLayout = QVBoxLayout(self.decisionTab)
        self.decisionTabLayout.setObjectName(u"decisionTabLayout")
        self.decisionTabLayout.setContentsMargins(0, 0, 0, 0)
        self.decisionScroll = QScrollArea(self.decisionTab)
        self.decisionScroll.setObjectName(u"decisionScroll")
        self.decisionScroll.setWidgetResizable(True)
        self.decisionScroll.setFrameShape(QFrame.NoFrame)
        self.decisionScroll.setFocusPolicy(Qt.NoFocus)
        self.decisionPage = QWidget()
        self.decisionPage.setObjectName(u"decisionPage")
        self.decisionLayout = QVBoxLayout(self.decisionPage)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.decisionLabel = QLabel(self.decisionPage)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.topRow.addWidget(self.decisionLabel)

        self.decisionCombo = QComboBox(self.decisionPage)
        self.decisionCombo.setObjectName(u"decisionCombo")
        self.decisionCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.decisionCombo.setMinimumContentsLength(18)

        self.topRow.addWidget(self.decisionCombo)

        self.newButton = QPushButton(self.decisionPage)
        self.newButton.setObjectName(u"newButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.newButton.sizePolicy().hasHeightForWidth())
        self.newButton.setSizePolicy(sizePolicy)

        self.topRow.addWidget(self.newButton)

        self.topRow.setStretch(1, 1)

        self.decisionLayout.addLayout(self.topRow)

        self.methodRow = QHBoxLayout()
        self.methodRow.setObjectName(u"methodRow")
        self.methodLabel = QLabel(self.decisionPage)
        self.methodLabel.setObjectName(u"methodLabel")

        self.methodRow.addWidget(self.methodLabel)

        self.methodCombo = QComboBox(self.decisionPage)
        self.methodCombo.setObjectName(u"methodCombo")

        self.methodRow.addWidget(self.methodCombo)

        self.thresholdLabel = QLabel(self.decisionPage)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.methodRow.addWidget(self.thresholdLabel)

        self.thresholdCombo = QComboBox(self.decisionPage)
        self.thresholdCombo.setObjectName(u"thresholdCombo")

        self.methodRow.addWidget(self.thresholdCombo)

        self.meaningsButton = QPushButton(self.decisionPage)
        self.meaningsButton.setObjectName(u"meaningsButton")

        self.methodRow.addWidget(self.meaningsButton)

        self.methodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.methodRow.addItem(self.methodSpacer)


        self.decisionLayout.addLayout(self.methodRow)

        self.proposalRow = QHBoxLayout()
        self.proposalRow.setObjectName(u"proposalRow")
        self.roundLabel = QLabel(self.decisionPage)
        self.roundLabel.setObjectName(u"roundLabel")

        self.proposalRow.addWidget(self.roundLabel)

        self.proposalEdit = QPlainTextEdit(self.decisionPage)
        self.proposalEdit.setObjectName(u"proposalEdit")
        self.proposalEdit.setTabChangesFocus(True)
        self.proposalEdit.setMaximumSize(QSize(16777215, 64))

        self.proposalRow.addWidget(self.proposalEdit)

        self.reviseButton = QPushButton(self.decisionPage)
        self.reviseButton.setObjectName(u"reviseButton")

        self.proposalRow.addWidget(self.reviseButton)


        self.decisionLayout.addLayout(self.proposalRow)

        self.historyLabel = QLabel(self.decisionPage)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.historyLabel)

        self.stanceView = StanceGrid(self.decisionPage)
        self.stanceView.setObjectName(u"stanceView")
        self.stanceView.setTabKeyNavigation(False)
        self.stanceView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.stanceView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.stanceView.setAlternatingRowColors(True)

        self.decisionLayout.addWidget(self.stanceView)

        self.gridButtons = QHBoxLayout()
        self.gridButtons.setObjectName(u"gridButtons")
        self.everyoneButton = QPushButton(self.decisionPage)
        self.everyoneButton.setObjectName(u"everyoneButton")

        self.gridButtons.addWidget(self.everyoneButton)

        self.roundButton = QPushButton(self.decisionPage)
        self.roundButton.setObjectName(u"roundButton")

        self.gridButtons.addWidget(self.roundButton)

        self.keysLabel = QLabel(self.decisionPage)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)

        self.gridButtons.addWidget(self.keysLabel)


        self.decisionLayout.addLayout(self.gridButtons)

        self.outcomeLabel = QLabel(self.decisionPage)
        self.outcomeLabel.setObjectName(u"outcomeLabel")
        self.outcomeLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.outcomeLabel)

        self.jointLabel = QLabel(self.decisionPage)
        self.jointLabel.setObjectName(u"jointLabel")
        self.jointLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.jointLabel)

        self.overrideRow = QHBoxLayout()
        self.overrideRow.setObjectName(u"overrideRow")
        self.overrideLabel = QLabel(self.decisionPage)
        self.overrideLabel.setObjectName(u"overrideLabel")

        self.overrideRow.addWidget(self.overrideLabel)

        self.overrideCombo = QComboBox(self.decisionPage)
        self.overrideCombo.setObjectName(u"overrideCombo")

        self.overrideRow.addWidget(self.overrideCombo)

        self.overrideReasonEdit = QLineEdit(self.decisionPage)
        self.overrideReasonEdit.setObjectName(u"overrideReasonEdit")

        self.overrideRow.addWidget(self.overrideReasonEdit)

        self.overrideButton = QPushButton(self.decisionPage)
        self.overrideButton.setObjectName(u"overrideButton")

        self.overrideRow.addWidget(self.overrideButton)


        self.decisionLayout.addLayout(self.overrideRow)

        self.wordsForm = QFormLayout()
        self.wordsForm.setObjectName(u"wordsForm")
        self.statementLabel = QLabel(self.decisionPage)
        self.statementLabel.setObjectName(u"statementLabel")

        self.wordsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statementLabel)

        self.statementEdit = QLineEdit(self.decisionPage)
        self.statementEdit.setObjectName(u"statementEdit")

        self.wordsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statementEdit)

        self.dissentLabel = QLabel(self.decisionPage)
        self.dissentLabel.setObjectName(u"dissentLabel")

        self.wordsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dissentLabel)

        self.dissentEdit = QLineEdit(self.decisionPage)
        self.dissentEdit.setObjectName(u"dissentEdit")

        self.wordsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dissentEdit)

        self.plainWordsLabel = QLabel(self.decisionPage)
        self.plainWordsLabel.setObjectName(u"plainWordsLabel")

        self.wordsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.plainWordsLabel)

        self.plainWordsEdit = QLineEdit(self.decisionPage)
        self.plainWordsEdit.setObjectName(u"plainWordsEdit")

        self.wordsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.plainWordsEdit)


        self.decisionLayout.addLayout(self.wordsForm)

        self.decisionScroll.setWidget(self.decisionPage)

        self.decisionTabLayout.addWidget(self.decisionScroll)

        self.tabs.addTab(self.decisionTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsLayout = QVBoxLayout(self.actionsTab)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsView = QTableView(self.actionsTab)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setTabKeyNavigation(False)
        self.actionsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actionsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actionsView.setAlternatingRowColors(True)

        self.actionsLayout.addWidget(self.actionsView)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.addActionButton = QPushButton(self.actionsTab)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionButtons.addWidget(self.addActionButton)

        self.doneButton = QPushButton(self.actionsTab)
        self.doneButton.setObjectName(u"doneButton")

        self.actionButtons.addWidget(self.doneButton)

        self.openOnlyCheck = QCheckBox(self.actionsTab)
        self.openOnlyCheck.setObjectName(u"openOnlyCheck")

        self.actionButtons.addWidget(self.openOnlyCheck)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)


        self.actionsLayout.addLayout(self.actionButtons)

        self.tabs.addTab(self.actionsTab, "")

        self.outer.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.methodLabel.setBuddy(self.methodCombo)
        self.thresholdLabel.setBuddy(self.thresholdCombo)
        self.roundLabel.setBuddy(self.proposalEdit)
        self.overrideLabel.setBuddy(self.overrideCombo)
        self.statementLabel.setBuddy(self.statementEdit)
        self.dissentLabel.setBuddy(self.dissentEdit)
        self.plainWordsLabel.setBuddy(self.plainWordsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DecisionPanel)

        QMetaObject.connectSlotsByName(DecisionPanel)
    # setupUi

    def retranslateUi(self, DecisionPanel):
        self.decisionLabel.setText(QCoreApplication.translate("DecisionPanel", u"Decision:", None))
#if QT_CONFIG(accessibility)
        self.decisionCombo.setAccessibleName(QCoreApplication.translate("DecisionPanel", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("DecisionPanel", u"&New decision", None))
        self.methodLabel.setText(QCoreApplication.translate("DecisionPanel", u"&Method:", None))
#if QT_CONFIG(accessibility)
        self.methodCombo.setAccessibleName(QCoreApplication.translate("DecisionPanel", u"Decision method", None))
#endif // QT_CONFIG(accessibility)
        self.thresholdLabel.setText(QCoreApplication.translate("DecisionPanel", u"T&hreshold:", None))
#if QT_CONFIG(accessibility)
        self.thresholdCombo.setAccessibleName(QCoreApplication.translate("DecisionPanel", u"Majority threshold", None))
#endif // QT_CONFIG(accessibility)
        self.meaningsButton.setText(QCoreApplication.translate("DecisionPanel", u"Wordin&g\u2026", None))
#if QT_CONFIG(tooltip)
        self.meaningsButton.setToolTip(QCoreApplication.translate("DecisionPanel", u"Edit what each stance means, in this group's own words", None))
#endif // QT_CONFIG(tooltip)
        self.roundLabel.setText(QCoreApplication.translate("DecisionPanel", u"Proposal:", None))
#if QT_CONFIG(accessibility)
        self.proposalEdit.setAccessibleName(QCoreApplication.translate("DecisionPanel", u"Proposal", None))
#endif // QT_CONFIG(accessibility)
        self.proposalEdit.setPlaceholderText(QCoreApplication.translate("DecisionPanel", u"What is being decided, in words everyone in the room understands", None))
        self.reviseButton.setText(QCoreApplication.translate("DecisionPanel", u"&Revise\u2026", None))
#if QT_CONFIG(tooltip)
        self.reviseButton.setToolTip(QCoreApplication.translate("DecisionPanel", u"Amend the proposal and decide again; earlier rounds stay on record", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.historyLabel.setAccessibleDescription(QCoreApplication.translate("DecisionPanel", u"Earlier rounds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stanceView.setAccessibleName(QCoreApplication.translate("DecisionPanel", u"Stances: one row per person present; a digit picks a stance", None))
#endif // QT_CONFIG(accessibility)
        self.everyoneButton.setText(QCoreApplication.translate("DecisionPanel", u"&Everyone supports", None))
#if QT_CONFIG(tooltip)
        self.everyoneButton.setToolTip(QCoreApplication.translate("DecisionPanel", u"Record support for everyone, then change the exceptions", None))
#endif // QT_CONFIG(tooltip)
        self.roundButton.setText(QCoreApplication.translate("DecisionPanel", u"&Start round", None))
#if QT_CONFIG(tooltip)
        self.roundButton.setToolTip(QCoreApplication.translate("DecisionPanel", u"Give each person the floor in turn while their stance is recorded", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.outcomeLabel.setAccessibleDescription(QCoreApplication.translate("DecisionPanel", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.jointLabel.setAccessibleDescription(QCoreApplication.translate("DecisionPanel", u"Joint decision", None))
#endif // QT_CONFIG(accessibility)
        self.overrideLabel.setText(QCoreApplication.translate("DecisionPanel", u"O&verride:", None))
#if QT_CONFIG(accessibility)
        self.overrideCombo.setAccessibleName(QCoreApplication.translate("DecisionPanel", u"Override the outcome", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overrideReasonEdit.setAccessibleName(QCoreApplication.translate("DecisionPanel", u"Reason for the override", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overrideReasonEdit.setAccessibleDescription(QCoreApplication.translate("DecisionPanel", u"Required, printed in the minutes", None))
#endif // QT_CONFIG(accessibility)
        self.overrideReasonEdit.setPlaceholderText(QCoreApplication.translate("DecisionPanel", u"Reason (required, printed in the minutes)", None))
        self.overrideButton.setText(QCoreApplication.translate("DecisionPanel", u"&Apply", None))
#if QT_CONFIG(accessibility)
        self.overrideButton.setAccessibleName(QCoreApplication.translate("DecisionPanel", u"Apply the override", None))
#endif // QT_CONFIG(accessibility)
        self.statementLabel.setText(QCoreApplication.translate("DecisionPanel", u"Outcome in &words:", None))
#if QT_CONFIG(accessibility)
        self.statementEdit.setAccessibleName(QCoreApplication.translate("DecisionPanel", u"Outcome in words", None))
#endif // QT_CONFIG(accessibility)
        self.dissentLabel.setText(QCoreApplication.translate("DecisionPanel", u"Recorded &dissent:", None))
#if QT_CONFIG(accessibility)
        self.dissentEdit.setAccessibleName(QCoreApplication.translate("DecisionPanel", u"Recorded dissent", None))
#endif // QT_CONFIG(accessibility)
        self.plainWordsLabel.setText(QCoreApplication.translate("DecisionPanel", u"In &plain words:", None))
#if QT_CONFIG(accessibility)
        self.plainWordsEdit.setAccessibleName(QCoreApplication.translate("DecisionPanel", u"Decision in plain words", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.plainWordsEdit.setAccessibleDescription(QCoreApplication.translate("DecisionPanel", u"Optional: short sentences for the easy-read minutes; left empty, they are made from the record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.plainWordsEdit.setToolTip(QCoreApplication.translate("DecisionPanel", u"Optional: short sentences for the easy-read minutes; left empty, they are made from the record", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.decisionTab), QCoreApplication.translate("DecisionPanel", u"&Decision", None))
#if QT_CONFIG(accessibility)
        self.actionsView.setAccessibleName(QCoreApplication.translate("DecisionPanel", u"Actions of this meeting", None))
#endif // QT_CONFIG(accessibility)
        self.addActionButton.setText(QCoreApplication.translate("DecisionPanel", u"&Add action\u2026", None))
        self.doneButton.setText(QCoreApplication.translate("DecisionPanel", u"&Mark done / open", None))
        self.openOnlyCheck.setText(QCoreApplication.translate("DecisionPanel", u"Only &open actions", None))
        self.tabs.setTabText(self.tabs.indexOf(self.actionsTab), QCoreApplication.translate("DecisionPanel", u"Ac&tions", None))
        pass
    # retranslateUi

