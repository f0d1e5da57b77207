# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_agenda.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame,
    QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_AgendaTab(object):
    def setupUi(self, AgendaTab):
        if not AgendaTab.objectName():
            AgendaTab.setObjectName(u"AgendaTab")
        self.tabLayout = QVBoxLayout(AgendaTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.titleLabel = QLabel(AgendaTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.addRow.addWidget(self.titleLabel)

        self.titleEdit = QLineEdit(AgendaTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.addRow.addWidget(self.titleEdit)

        self.kindLabel = QLabel(AgendaTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.addRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(AgendaTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.addRow.addWidget(self.kindCombo)

        self.minutesLabel = QLabel(AgendaTab)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.addRow.addWidget(self.minutesLabel)

        self.minutesSpin = QSpinBox(AgendaTab)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(0)
        self.minutesSpin.setMaximum(600)
        self.minutesSpin.setValue(15)

        self.addRow.addWidget(self.minutesSpin)

        self.addButton = QPushButton(AgendaTab)
        self.addButton.setObjectName(u"addButton")

        self.addRow.addWidget(self.addButton)


        self.tabLayout.addLayout(self.addRow)

        self.mainRow = QHBoxLayout()
        self.mainRow.setObjectName(u"mainRow")
        self.agendaView = QTableView(AgendaTab)
        self.agendaView.setObjectName(u"agendaView")
        self.agendaView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.agendaView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.agendaView.setTabKeyNavigation(False)
        self.agendaView.setDragEnabled(True)
        self.agendaView.setAcceptDrops(True)
        self.agendaView.setDragDropOverwriteMode(False)
        self.agendaView.setDragDropMode(QAbstractItemView.DragDrop)
        self.agendaView.setDefaultDropAction(Qt.MoveAction)
        self.agendaView.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)

        self.mainRow.addWidget(self.agendaView)

        self.sideColumn = QVBoxLayout()
        self.sideColumn.setObjectName(u"sideColumn")
        self.leadsLabel = QLabel(AgendaTab)
        self.leadsLabel.setObjectName(u"leadsLabel")

        self.sideColumn.addWidget(self.leadsLabel)

        self.leadsList = QListWidget(AgendaTab)
        self.leadsList.setObjectName(u"leadsList")
        self.leadsList.setMaximumSize(QSize(260, 16777215))

        self.sideColumn.addWidget(self.leadsList)

        self.moveRow = QHBoxLayout()
        self.moveRow.setObjectName(u"moveRow")
        self.upButton = QPushButton(AgendaTab)
        self.upButton.setObjectName(u"upButton")

        self.moveRow.addWidget(self.upButton)

        self.downButton = QPushButton(AgendaTab)
        self.downButton.setObjectName(u"downButton")

        self.moveRow.addWidget(self.downButton)


        self.sideColumn.addLayout(self.moveRow)

        self.removeButton = QPushButton(AgendaTab)
        self.removeButton.setObjectName(u"removeButton")

        self.sideColumn.addWidget(self.removeButton)


        self.mainRow.addLayout(self.sideColumn)


        self.tabLayout.addLayout(self.mainRow)

        self.footer = QFrame(AgendaTab)
        self.footer.setObjectName(u"footer")
        self.footer.setFrameShape(QFrame.StyledPanel)
        self.footerLayout = QHBoxLayout(self.footer)
        self.footerLayout.setObjectName(u"footerLayout")
        self.totalLabel = QLabel(self.footer)
        self.totalLabel.setObjectName(u"totalLabel")

        self.footerLayout.addWidget(self.totalLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.projectionLabel = QLabel(self.footer)
        self.projectionLabel.setObjectName(u"projectionLabel")

        self.footerLayout.addWidget(self.projectionLabel)


        self.tabLayout.addWidget(self.footer)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.leadsLabel.setBuddy(self.leadsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.addButton)
        QWidget.setTabOrder(self.addButton, self.agendaView)
        QWidget.setTabOrder(self.agendaView, self.leadsList)
        QWidget.setTabOrder(self.leadsList, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.removeButton)

        self.retranslateUi(AgendaTab)

        QMetaObject.connectSlotsByName(AgendaTab)
    # setupUi

    def retranslateUi(self, AgendaTab):
        self.titleLabel.setText(QCoreApplication.translate("AgendaTab", u"New &item:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("AgendaTab", u"New item title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("AgendaTab", u"Title, then Enter", None))
        self.kindLabel.setText(QCoreApplication.translate("AgendaTab", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("AgendaTab", u"New item kind", None))
#endif // QT_CONFIG(accessibility)
        self.minutesLabel.setText(QCoreApplication.translate("AgendaTab", u"&Minutes:", None))
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("AgendaTab", u"New item planned minutes", None))
#endif // QT_CONFIG(accessibility)
        self.minutesSpin.setSuffix(QCoreApplication.translate("AgendaTab", u" min", None))
        self.addButton.setText(QCoreApplication.translate("AgendaTab", u"&Add item", None))
#if QT_CONFIG(accessibility)
        self.agendaView.setAccessibleName(QCoreApplication.translate("AgendaTab", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.leadsLabel.setText(QCoreApplication.translate("AgendaTab", u"L&eads of the selected item:", None))
#if QT_CONFIG(accessibility)
        self.leadsList.setAccessibleName(QCoreApplication.translate("AgendaTab", u"Leads of the selected item", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("AgendaTab", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("AgendaTab", u"Alt+Up in the agenda; you can also drag items", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("AgendaTab", u"Move do&wn", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("AgendaTab", u"Alt+Down in the agenda; you can also drag items", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("AgendaTab", u"&Remove item", None))
        self.totalLabel.setText("")
        self.projectionLabel.setText("")
        pass
    # retranslateUi

