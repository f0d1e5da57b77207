# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'you_said_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_YouSaidPanel(object):
    def setupUi(self, YouSaidPanel):
        if not YouSaidPanel.objectName():
            YouSaidPanel.setObjectName(u"YouSaidPanel")
        YouSaidPanel.resize(900, 520)
        self.mainLayout = QVBoxLayout(YouSaidPanel)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 10)
        self.titleLabel = QLabel(YouSaidPanel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(YouSaidPanel)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.carriedView = QTableView(YouSaidPanel)
        self.carriedView.setObjectName(u"carriedView")
        self.carriedView.setTabKeyNavigation(False)
        self.carriedView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.carriedView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.carriedView.setAlternatingRowColors(True)
        self.carriedView.setWordWrap(True)
        self.carriedView.horizontalHeader().setStretchLastSection(True)
        self.carriedView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.carriedView)

        self.historyLabel = QLabel(YouSaidPanel)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.historyLabel)

        self.noteLayout = QHBoxLayout()
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteLabel = QLabel(YouSaidPanel)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteLayout.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(YouSaidPanel)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteLayout.addWidget(self.noteEdit)


        self.mainLayout.addLayout(self.noteLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.doneButton = QPushButton(YouSaidPanel)
        self.doneButton.setObjectName(u"doneButton")

        self.buttonLayout.addWidget(self.doneButton)

        self.progressButton = QPushButton(YouSaidPanel)
        self.progressButton.setObjectName(u"progressButton")

        self.buttonLayout.addWidget(self.progressButton)

        self.droppedButton = QPushButton(YouSaidPanel)
        self.droppedButton.setObjectName(u"droppedButton")

        self.buttonLayout.addWidget(self.droppedButton)

        self.notYetButton = QPushButton(YouSaidPanel)
        self.notYetButton.setObjectName(u"notYetButton")

        self.buttonLayout.addWidget(self.notYetButton)

        self.clearButton = QPushButton(YouSaidPanel)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonLayout.addWidget(self.clearButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.buttonLayout)

        self.problemLabel = QLabel(YouSaidPanel)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.carriedView, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.progressButton)
        QWidget.setTabOrder(self.progressButton, self.droppedButton)
        QWidget.setTabOrder(self.droppedButton, self.notYetButton)
        QWidget.setTabOrder(self.notYetButton, self.clearButton)

        self.retranslateUi(YouSaidPanel)

        QMetaObject.connectSlotsByName(YouSaidPanel)
    # setupUi

    def retranslateUi(self, YouSaidPanel):
#if QT_CONFIG(accessibility)
        YouSaidPanel.setAccessibleName(QCoreApplication.translate("YouSaidPanel", u"You said, we did", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("YouSaidPanel", u"You said, we did", None))
        self.introLabel.setText(QCoreApplication.translate("YouSaidPanel", u"Actions from earlier meetings of this series stay on this list until a meeting closes them as done or dropped.", None))
#if QT_CONFIG(accessibility)
        self.carriedView.setAccessibleName(QCoreApplication.translate("YouSaidPanel", u"Carried actions", None))
#endif // QT_CONFIG(accessibility)
        self.historyLabel.setText("")
        self.noteLabel.setText(QCoreApplication.translate("YouSaidPanel", u"&Result or reason:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("YouSaidPanel", u"Result or reason", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("YouSaidPanel", u"A sentence: what was done, or why it was dropped", None))
        self.doneButton.setText(QCoreApplication.translate("YouSaidPanel", u"&Done", None))
#if QT_CONFIG(tooltip)
        self.doneButton.setToolTip(QCoreApplication.translate("YouSaidPanel", u"Closes the action; needs a sentence on the result", None))
#endif // QT_CONFIG(tooltip)
        self.progressButton.setText(QCoreApplication.translate("YouSaidPanel", u"&In progress", None))
#if QT_CONFIG(tooltip)
        self.progressButton.setToolTip(QCoreApplication.translate("YouSaidPanel", u"Stays on the list for the next meeting", None))
#endif // QT_CONFIG(tooltip)
        self.droppedButton.setText(QCoreApplication.translate("YouSaidPanel", u"D&ropped", None))
#if QT_CONFIG(tooltip)
        self.droppedButton.setToolTip(QCoreApplication.translate("YouSaidPanel", u"Closes the action; needs the reason", None))
#endif // QT_CONFIG(tooltip)
        self.notYetButton.setText(QCoreApplication.translate("YouSaidPanel", u"&Not yet", None))
#if QT_CONFIG(tooltip)
        self.notYetButton.setToolTip(QCoreApplication.translate("YouSaidPanel", u"Stays on the list for the next meeting", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("YouSaidPanel", u"&Clear", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("YouSaidPanel", u"Forget what was recorded here: not asked yet", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleDescription(QCoreApplication.translate("YouSaidPanel", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
    # retranslateUi

