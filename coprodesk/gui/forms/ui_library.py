# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'library.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_LibraryPage(object):
    def setupUi(self, LibraryPage):
        if not LibraryPage.objectName():
            LibraryPage.setObjectName(u"LibraryPage")
        self.pageLayout = QVBoxLayout(LibraryPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.heading = QLabel(LibraryPage)
        self.heading.setObjectName(u"heading")

        self.topRow.addWidget(self.heading)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.searchLabel = QLabel(LibraryPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.topRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(LibraryPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumWidth(280)
        self.searchEdit.setClearButtonEnabled(True)

        self.topRow.addWidget(self.searchEdit)


        self.pageLayout.addLayout(self.topRow)

        self.meetingsView = QTableView(LibraryPage)
        self.meetingsView.setObjectName(u"meetingsView")
        self.meetingsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetingsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meetingsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.meetingsView.setSortingEnabled(True)
        self.meetingsView.setAlternatingRowColors(True)
        self.meetingsView.setTabKeyNavigation(False)

        self.pageLayout.addWidget(self.meetingsView)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(LibraryPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.duplicateButton = QPushButton(LibraryPage)
        self.duplicateButton.setObjectName(u"duplicateButton")

        self.buttonRow.addWidget(self.duplicateButton)

        self.deleteButton = QPushButton(LibraryPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.openButton = QPushButton(LibraryPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.meetingsView)
        QWidget.setTabOrder(self.meetingsView, self.openButton)
        QWidget.setTabOrder(self.openButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.duplicateButton)
        QWidget.setTabOrder(self.duplicateButton, self.deleteButton)

        self.retranslateUi(LibraryPage)

        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(LibraryPage)
    # setupUi

    def retranslateUi(self, LibraryPage):
        self.heading.setText(QCoreApplication.translate("LibraryPage", u"Meetings", None))
        self.heading.setObjectName(QCoreApplication.translate("LibraryPage", u"heading", None))
        self.searchLabel.setText(QCoreApplication.translate("LibraryPage", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("LibraryPage", u"Title, date, status or series", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Search meetings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meetingsView.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Meetings", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("LibraryPage", u"&New meeting", None))
        self.duplicateButton.setText(QCoreApplication.translate("LibraryPage", u"Duplicate as &template", None))
#if QT_CONFIG(tooltip)
        self.duplicateButton.setToolTip(QCoreApplication.translate("LibraryPage", u"A new planned meeting with the same groups, people and agenda (no turns or decisions)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("LibraryPage", u"&Delete\u2026", None))
        self.openButton.setText(QCoreApplication.translate("LibraryPage", u"&Open", None))
        pass
    # retranslateUi

