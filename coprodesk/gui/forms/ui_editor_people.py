# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_people.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_PeopleTab(object):
    def setupUi(self, PeopleTab):
        if not PeopleTab.objectName():
            PeopleTab.setObjectName(u"PeopleTab")
        self.tabLayout = QVBoxLayout(PeopleTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.nameLabel = QLabel(PeopleTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addRow.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(PeopleTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.addRow.addWidget(self.nameEdit)

        self.groupLabel = QLabel(PeopleTab)
        self.groupLabel.setObjectName(u"groupLabel")

        self.addRow.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(PeopleTab)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.addRow.addWidget(self.groupCombo)

        self.roleLabel = QLabel(PeopleTab)
        self.roleLabel.setObjectName(u"roleLabel")

        self.addRow.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(PeopleTab)
        self.roleCombo.setObjectName(u"roleCombo")

        self.addRow.addWidget(self.roleCombo)

        self.addButton = QPushButton(PeopleTab)
        self.addButton.setObjectName(u"addButton")

        self.addRow.addWidget(self.addButton)


        self.tabLayout.addLayout(self.addRow)

        self.peopleView = QTableView(PeopleTab)
        self.peopleView.setObjectName(u"peopleView")
        self.peopleView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peopleView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.peopleView.setAlternatingRowColors(True)
        self.peopleView.setTabKeyNavigation(False)
        self.peopleView.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)

        self.tabLayout.addWidget(self.peopleView)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.removeButton = QPushButton(PeopleTab)
        self.removeButton.setObjectName(u"removeButton")

        self.bottomRow.addWidget(self.removeButton)

        self.importButton = QPushButton(PeopleTab)
        self.importButton.setObjectName(u"importButton")

        self.bottomRow.addWidget(self.importButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.countLabel = QLabel(PeopleTab)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomRow.addWidget(self.countLabel)


        self.tabLayout.addLayout(self.bottomRow)

        self.privacyHint = QLabel(PeopleTab)
        self.privacyHint.setObjectName(u"privacyHint")
        self.privacyHint.setWordWrap(True)

        self.tabLayout.addWidget(self.privacyHint)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.groupLabel.setBuddy(self.groupCombo)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.addButton)
        QWidget.setTabOrder(self.addButton, self.peopleView)
        QWidget.setTabOrder(self.peopleView, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.importButton)

        self.retranslateUi(PeopleTab)

        QMetaObject.connectSlotsByName(PeopleTab)
    # setupUi

    def retranslateUi(self, PeopleTab):
        self.nameLabel.setText(QCoreApplication.translate("PeopleTab", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PeopleTab", u"New person's name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PeopleTab", u"Type a name and press Enter", None))
        self.groupLabel.setText(QCoreApplication.translate("PeopleTab", u"&Group:", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("PeopleTab", u"New person's group", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("PeopleTab", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("PeopleTab", u"New person's role", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("PeopleTab", u"&Add person", None))
#if QT_CONFIG(accessibility)
        self.peopleView.setAccessibleName(QCoreApplication.translate("PeopleTab", u"People", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("PeopleTab", u"&Remove person", None))
        self.importButton.setText(QCoreApplication.translate("PeopleTab", u"&Import CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("PeopleTab", u"A CSV file with columns name,group,role; nothing is imported if any line is wrong", None))
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText("")
        self.privacyHint.setText(QCoreApplication.translate("PeopleTab", u"Access needs are shown to the facilitator only. Someone who does not agree to be named appears in the minutes by the pseudonym they choose, or by their initials.", None))
        pass
    # retranslateUi

