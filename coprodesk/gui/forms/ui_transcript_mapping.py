# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transcript_mapping.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox,
    QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget)

class Ui_TranscriptMappingDialog(object):
    def setupUi(self, TranscriptMappingDialog):
        if not TranscriptMappingDialog.objectName():
            TranscriptMappingDialog.setObjectName(u"TranscriptMappingDialog")
        TranscriptMappingDialog.setMinimumSize(QSize(620, 360))
        self.outer = QVBoxLayout(TranscriptMappingDialog)
        self.outer.setObjectName(u"outer")
        self.summaryLabel = QLabel(TranscriptMappingDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.outer.addWidget(self.summaryLabel)

        self.introLabel = QLabel(TranscriptMappingDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outer.addWidget(self.introLabel)

        self.scroll = QScrollArea(TranscriptMappingDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.rowsWidget = QWidget()
        self.rowsWidget.setObjectName(u"rowsWidget")
        self.rows = QFormLayout(self.rowsWidget)
        self.rows.setObjectName(u"rows")
        self.rows.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.scroll.setWidget(self.rowsWidget)

        self.outer.addWidget(self.scroll)

        self.statusLabel = QLabel(TranscriptMappingDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.outer.addWidget(self.statusLabel)

        self.buttons = QDialogButtonBox(TranscriptMappingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(TranscriptMappingDialog)

        QMetaObject.connectSlotsByName(TranscriptMappingDialog)
    # setupUi

    def retranslateUi(self, TranscriptMappingDialog):
        TranscriptMappingDialog.setWindowTitle(QCoreApplication.translate("TranscriptMappingDialog", u"Import transcript", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("TranscriptMappingDialog", u"About the transcript", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("TranscriptMappingDialog", u"Who is each name in the transcript? Names matched to someone are chosen already; give a person to the others. Two names given one person (a laptop and a phone) count as one voice.", None))
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("TranscriptMappingDialog", u"Names in the transcript", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("TranscriptMappingDialog", u"What is still to do", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

