# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout)

class Ui_EditorPage(object):
    def setupUi(self, EditorPage):
        if not EditorPage.objectName():
            EditorPage.setObjectName(u"EditorPage")
        self.pageLayout = QVBoxLayout(EditorPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.backButton = QPushButton(EditorPage)
        self.backButton.setObjectName(u"backButton")

        self.headerRow.addWidget(self.backButton)

        self.titleLabel = QLabel(EditorPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.PlainText)

        self.headerRow.addWidget(self.titleLabel)

        self.statusLabel = QLabel(EditorPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerRow.addWidget(self.statusLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.startButton = QPushButton(EditorPage)
        self.startButton.setObjectName(u"startButton")

        self.headerRow.addWidget(self.startButton)


        self.pageLayout.addLayout(self.headerRow)

        self.tabs = QTabWidget(EditorPage)
        self.tabs.setObjectName(u"tabs")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(EditorPage)

        QMetaObject.connectSlotsByName(EditorPage)
    # setupUi

    def retranslateUi(self, EditorPage):
        self.backButton.setText(QCoreApplication.translate("EditorPage", u"\u2190 Meetings", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("EditorPage", u"Back to meetings", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("EditorPage", u"Meeting", None))
        self.statusLabel.setText("")
        self.startButton.setText(QCoreApplication.translate("EditorPage", u"Start meeting (F5)", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("EditorPage", u"Meeting editor", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

