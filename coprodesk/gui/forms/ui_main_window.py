# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QToolBar,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        self.actionNewMeeting = QAction(MainWindow)
        self.actionNewMeeting.setObjectName(u"actionNewMeeting")
        self.actionOpenMeeting = QAction(MainWindow)
        self.actionOpenMeeting.setObjectName(u"actionOpenMeeting")
        self.actionLibrary = QAction(MainWindow)
        self.actionLibrary.setObjectName(u"actionLibrary")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionShowToolbar = QAction(MainWindow)
        self.actionShowToolbar.setObjectName(u"actionShowToolbar")
        self.actionShowToolbar.setCheckable(True)
        self.actionShowToolbar.setChecked(True)
        self.actionParticipantScreen = QAction(MainWindow)
        self.actionParticipantScreen.setObjectName(u"actionParticipantScreen")
        self.actionParticipantScreen.setCheckable(True)
        self.actionStartMeeting = QAction(MainWindow)
        self.actionStartMeeting.setObjectName(u"actionStartMeeting")
        self.actionImportPeople = QAction(MainWindow)
        self.actionImportPeople.setObjectName(u"actionImportPeople")
        self.actionDuplicate = QAction(MainWindow)
        self.actionDuplicate.setObjectName(u"actionDuplicate")
        self.actionDelete = QAction(MainWindow)
        self.actionDelete.setObjectName(u"actionDelete")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.stack = QStackedWidget(MainWindow)
        self.stack.setObjectName(u"stack")
        MainWindow.setCentralWidget(self.stack)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuMeeting = QMenu(self.menubar)
        self.menuMeeting.setObjectName(u"menuMeeting")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.toolbar = QToolBar(MainWindow)
        self.toolbar.setObjectName(u"toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuMeeting.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewMeeting)
        self.menuFile.addAction(self.actionOpenMeeting)
        self.menuFile.addAction(self.actionLibrary)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionShowToolbar)
        self.menuView.addAction(self.actionParticipantScreen)
        self.menuMeeting.addAction(self.actionStartMeeting)
        self.menuMeeting.addSeparator()
        self.menuMeeting.addAction(self.actionImportPeople)
        self.menuMeeting.addAction(self.actionDuplicate)
        self.menuMeeting.addAction(self.actionDelete)
        self.menuHelp.addAction(self.actionAbout)
        self.toolbar.addAction(self.actionLibrary)
        self.toolbar.addAction(self.actionNewMeeting)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.actionStartMeeting)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"CoProDesk", None))
        self.actionNewMeeting.setText(QCoreApplication.translate("MainWindow", u"&New meeting", None))
#if QT_CONFIG(shortcut)
        self.actionNewMeeting.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenMeeting.setText(QCoreApplication.translate("MainWindow", u"&Open meeting", None))
#if QT_CONFIG(shortcut)
        self.actionOpenMeeting.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionLibrary.setText(QCoreApplication.translate("MainWindow", u"&Meetings", None))
#if QT_CONFIG(tooltip)
        self.actionLibrary.setToolTip(QCoreApplication.translate("MainWindow", u"Back to the list of meetings (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionLibrary.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowToolbar.setText(QCoreApplication.translate("MainWindow", u"&Toolbar", None))
        self.actionParticipantScreen.setText(QCoreApplication.translate("MainWindow", u"Show &participant screen", None))
#if QT_CONFIG(tooltip)
        self.actionParticipantScreen.setToolTip(QCoreApplication.translate("MainWindow", u"Mirror the balance on a second screen for the room (F11)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionParticipantScreen.setShortcut(QCoreApplication.translate("MainWindow", u"F11", None))
#endif // QT_CONFIG(shortcut)
        self.actionStartMeeting.setText(QCoreApplication.translate("MainWindow", u"&Start meeting", None))
#if QT_CONFIG(tooltip)
        self.actionStartMeeting.setToolTip(QCoreApplication.translate("MainWindow", u"Run this meeting: floor, queue and timers (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionStartMeeting.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionImportPeople.setText(QCoreApplication.translate("MainWindow", u"&Import people from CSV\u2026", None))
        self.actionDuplicate.setText(QCoreApplication.translate("MainWindow", u"D&uplicate as template", None))
        self.actionDelete.setText(QCoreApplication.translate("MainWindow", u"&Delete meeting\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About CoProDesk", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuMeeting.setTitle(QCoreApplication.translate("MainWindow", u"&Meeting", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

