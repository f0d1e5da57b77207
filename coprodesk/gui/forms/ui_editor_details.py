# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_details.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QTimeEdit, QWidget)

class Ui_DetailsTab(object):
    def setupUi(self, DetailsTab):
        if not DetailsTab.objectName():
            DetailsTab.setObjectName(u"DetailsTab")
        self.form = QFormLayout(DetailsTab)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignTop)
        self.titleLabel = QLabel(DetailsTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(DetailsTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.purposeLabel = QLabel(DetailsTab)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(DetailsTab)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)
        self.purposeEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.dateLabel = QLabel(DetailsTab)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.whenRow = QHBoxLayout()
        self.whenRow.setObjectName(u"whenRow")
        self.dateEdit = QDateEdit(DetailsTab)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.whenRow.addWidget(self.dateEdit)

        self.startLabel = QLabel(DetailsTab)
        self.startLabel.setObjectName(u"startLabel")

        self.whenRow.addWidget(self.startLabel)

        self.startEdit = QTimeEdit(DetailsTab)
        self.startEdit.setObjectName(u"startEdit")

        self.whenRow.addWidget(self.startEdit)

        self.endLabel = QLabel(DetailsTab)
        self.endLabel.setObjectName(u"endLabel")

        self.whenRow.addWidget(self.endLabel)

        self.endEdit = QTimeEdit(DetailsTab)
        self.endEdit.setObjectName(u"endEdit")

        self.whenRow.addWidget(self.endEdit)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenRow.addItem(self.whenSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.whenRow)

        self.placeLabel = QLabel(DetailsTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(DetailsTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.rulesLabel = QLabel(DetailsTab)
        self.rulesLabel.setObjectName(u"rulesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rulesLabel)

        self.rulesEdit = QPlainTextEdit(DetailsTab)
        self.rulesEdit.setObjectName(u"rulesEdit")
        self.rulesEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rulesEdit)

        self.rulesHint = QLabel(DetailsTab)
        self.rulesHint.setObjectName(u"rulesHint")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rulesHint)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.rulesLabel.setBuddy(self.rulesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.rulesEdit)

        self.retranslateUi(DetailsTab)

        QMetaObject.connectSlotsByName(DetailsTab)
    # setupUi

    def retranslateUi(self, DetailsTab):
        self.titleLabel.setText(QCoreApplication.translate("DetailsTab", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("DetailsTab", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("DetailsTab", u"&Purpose:", None))
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleName(QCoreApplication.translate("DetailsTab", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("DetailsTab", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("DetailsTab", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("DetailsTab", u"ddd d MMMM yyyy", None))
        self.startLabel.setText(QCoreApplication.translate("DetailsTab", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("DetailsTab", u"From (start time)", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setDisplayFormat(QCoreApplication.translate("DetailsTab", u"HH:mm", None))
        self.endLabel.setText(QCoreApplication.translate("DetailsTab", u"t&o:", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("DetailsTab", u"to (end time)", None))
#endif // QT_CONFIG(accessibility)
        self.endEdit.setDisplayFormat(QCoreApplication.translate("DetailsTab", u"HH:mm", None))
        self.placeLabel.setText(QCoreApplication.translate("DetailsTab", u"P&lace:", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("DetailsTab", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.rulesLabel.setText(QCoreApplication.translate("DetailsTab", u"&Ground rules:", None))
#if QT_CONFIG(accessibility)
        self.rulesEdit.setAccessibleName(QCoreApplication.translate("DetailsTab", u"Ground rules", None))
#endif // QT_CONFIG(accessibility)
        self.rulesEdit.setPlaceholderText(QCoreApplication.translate("DetailsTab", u"How the group will work together, e.g. how disagreement will be handled", None))
        self.rulesHint.setText(QCoreApplication.translate("DetailsTab", u"The ground rules are printed again in the minutes. Every change is saved at once.", None))
        pass
    # retranslateUi

