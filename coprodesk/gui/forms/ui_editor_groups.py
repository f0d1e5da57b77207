# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_groups.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_GroupsTab(object):
    def setupUi(self, GroupsTab):
        if not GroupsTab.objectName():
            GroupsTab.setObjectName(u"GroupsTab")
        self.tabLayout = QVBoxLayout(GroupsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.intro = QLabel(GroupsTab)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.tabLayout.addWidget(self.intro)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.nameLabel = QLabel(GroupsTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addRow.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(GroupsTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.addRow.addWidget(self.nameEdit)

        self.labelLabel = QLabel(GroupsTab)
        self.labelLabel.setObjectName(u"labelLabel")

        self.addRow.addWidget(self.labelLabel)

        self.labelEdit = QLineEdit(GroupsTab)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(4)
        self.labelEdit.setMaximumSize(QSize(70, 16777215))

        self.addRow.addWidget(self.labelEdit)

        self.addButton = QPushButton(GroupsTab)
        self.addButton.setObjectName(u"addButton")

        self.addRow.addWidget(self.addButton)


        self.tabLayout.addLayout(self.addRow)

        self.tableRow = QHBoxLayout()
        self.tableRow.setObjectName(u"tableRow")
        self.groupsView = QTableView(GroupsTab)
        self.groupsView.setObjectName(u"groupsView")
        self.groupsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.groupsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.groupsView.setTabKeyNavigation(False)
        self.groupsView.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)

        self.tableRow.addWidget(self.groupsView)

        self.sideButtons = QVBoxLayout()
        self.sideButtons.setObjectName(u"sideButtons")
        self.upButton = QPushButton(GroupsTab)
        self.upButton.setObjectName(u"upButton")

        self.sideButtons.addWidget(self.upButton)

        self.downButton = QPushButton(GroupsTab)
        self.downButton.setObjectName(u"downButton")

        self.sideButtons.addWidget(self.downButton)

        self.removeButton = QPushButton(GroupsTab)
        self.removeButton.setObjectName(u"removeButton")

        self.sideButtons.addWidget(self.removeButton)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideButtons.addItem(self.sideSpacer)


        self.tableRow.addLayout(self.sideButtons)


        self.tabLayout.addLayout(self.tableRow)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.labelLabel.setBuddy(self.labelEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.labelEdit)
        QWidget.setTabOrder(self.labelEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.groupsView)
        QWidget.setTabOrder(self.groupsView, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.removeButton)

        self.retranslateUi(GroupsTab)

        QMetaObject.connectSlotsByName(GroupsTab)
    # setupUi

    def retranslateUi(self, GroupsTab):
        self.intro.setText(QCoreApplication.translate("GroupsTab", u"Stakeholder groups are the constituencies in the room. Each has a colour and a short label, so colour is never the only cue. Double-click a cell to edit it.", None))
        self.nameLabel.setText(QCoreApplication.translate("GroupsTab", u"New &group:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("GroupsTab", u"New group name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("GroupsTab", u"Name, e.g. Young people", None))
        self.labelLabel.setText(QCoreApplication.translate("GroupsTab", u"&Label:", None))
#if QT_CONFIG(accessibility)
        self.labelEdit.setAccessibleName(QCoreApplication.translate("GroupsTab", u"New group label", None))
#endif // QT_CONFIG(accessibility)
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("GroupsTab", u"YP", None))
        self.addButton.setText(QCoreApplication.translate("GroupsTab", u"&Add group", None))
#if QT_CONFIG(accessibility)
        self.groupsView.setAccessibleName(QCoreApplication.translate("GroupsTab", u"Stakeholder groups", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("GroupsTab", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("GroupsTab", u"Alt+Up in the table", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("GroupsTab", u"Move do&wn", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("GroupsTab", u"Alt+Down in the table", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("GroupsTab", u"&Remove group", None))
        pass
    # retranslateUi

