# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'series_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox,
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_SeriesView(object):
    def setupUi(self, SeriesView):
        if not SeriesView.objectName():
            SeriesView.setObjectName(u"SeriesView")
        SeriesView.resize(1200, 660)
        self.mainLayout = QVBoxLayout(SeriesView)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.seriesLabel = QLabel(SeriesView)
        self.seriesLabel.setObjectName(u"seriesLabel")

        self.topLayout.addWidget(self.seriesLabel)

        self.seriesCombo = QComboBox(SeriesView)
        self.seriesCombo.setObjectName(u"seriesCombo")
        self.seriesCombo.setMinimumSize(QSize(320, 0))

        self.topLayout.addWidget(self.seriesCombo)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.newInSeriesButton = QPushButton(SeriesView)
        self.newInSeriesButton.setObjectName(u"newInSeriesButton")

        self.topLayout.addWidget(self.newInSeriesButton)

        self.exportButton = QPushButton(SeriesView)
        self.exportButton.setObjectName(u"exportButton")

        self.topLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.topLayout)

        self.tabs = QTabWidget(SeriesView)
        self.tabs.setObjectName(u"tabs")
        self.meetingsTab = QWidget()
        self.meetingsTab.setObjectName(u"meetingsTab")
        self.meetingsLayout = QVBoxLayout(self.meetingsTab)
        self.meetingsLayout.setObjectName(u"meetingsLayout")
        self.meetingsView = QTableView(self.meetingsTab)
        self.meetingsView.setObjectName(u"meetingsView")
        self.meetingsView.setTabKeyNavigation(False)
        self.meetingsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetingsView.setAlternatingRowColors(True)
        self.meetingsView.horizontalHeader().setStretchLastSection(True)
        self.meetingsView.verticalHeader().setVisible(False)

        self.meetingsLayout.addWidget(self.meetingsView)

        self.chartsScroll = QScrollArea(self.meetingsTab)
        self.chartsScroll.setObjectName(u"chartsScroll")
        self.chartsScroll.setWidgetResizable(True)
        self.chartsHost = QWidget()
        self.chartsHost.setObjectName(u"chartsHost")
        self.chartsLayout = QHBoxLayout(self.chartsHost)
        self.chartsLayout.setSpacing(12)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsScroll.setWidget(self.chartsHost)

        self.meetingsLayout.addWidget(self.chartsScroll)

        self.tabs.addTab(self.meetingsTab, "")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleNote = QLabel(self.peopleTab)
        self.peopleNote.setObjectName(u"peopleNote")
        self.peopleNote.setWordWrap(True)

        self.peopleLayout.addWidget(self.peopleNote)

        self.peopleView = QTableView(self.peopleTab)
        self.peopleView.setObjectName(u"peopleView")
        self.peopleView.setTabKeyNavigation(False)
        self.peopleView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peopleView.setAlternatingRowColors(True)
        self.peopleView.setSortingEnabled(True)
        self.peopleView.horizontalHeader().setStretchLastSection(True)
        self.peopleView.verticalHeader().setVisible(False)

        self.peopleLayout.addWidget(self.peopleView)

        self.tabs.addTab(self.peopleTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(SeriesView)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.seriesLabel.setBuddy(self.seriesCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.seriesCombo, self.tabs)
        QWidget.setTabOrder(self.tabs, self.meetingsView)
        QWidget.setTabOrder(self.meetingsView, self.peopleView)

        self.retranslateUi(SeriesView)

        QMetaObject.connectSlotsByName(SeriesView)
    # setupUi

    def retranslateUi(self, SeriesView):
        SeriesView.setWindowTitle(QCoreApplication.translate("SeriesView", u"Meetings in a series", None))
        self.seriesLabel.setText(QCoreApplication.translate("SeriesView", u"&Series:", None))
#if QT_CONFIG(accessibility)
        self.seriesCombo.setAccessibleName(QCoreApplication.translate("SeriesView", u"Series", None))
#endif // QT_CONFIG(accessibility)
        self.newInSeriesButton.setText(QCoreApplication.translate("SeriesView", u"New &meeting in series", None))
#if QT_CONFIG(tooltip)
        self.newInSeriesButton.setToolTip(QCoreApplication.translate("SeriesView", u"Same groups and people; the agenda opens with \"Since last time\"", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("SeriesView", u"&Export involvement report\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("SeriesView", u"A PDF with these figures and plots", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("SeriesView", u"Series figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meetingsView.setAccessibleName(QCoreApplication.translate("SeriesView", u"Figures per meeting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartsScroll.setAccessibleName(QCoreApplication.translate("SeriesView", u"Plots", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.meetingsTab), QCoreApplication.translate("SeriesView", u"Meetings", None))
        self.peopleNote.setText(QCoreApplication.translate("SeriesView", u"Only people who agreed to be named are listed; a person is the same across meetings only by an explicit link, never by their name.", None))
#if QT_CONFIG(accessibility)
        self.peopleView.setAccessibleName(QCoreApplication.translate("SeriesView", u"Figures per person", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("SeriesView", u"People", None))
    # retranslateUi

