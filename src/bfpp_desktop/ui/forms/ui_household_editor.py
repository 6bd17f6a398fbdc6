# generated — do not edit: compiled from forms/household_editor.ui by `make forms`
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_HouseholdEditor(object):
    def setupUi(self, HouseholdEditor):
        if not HouseholdEditor.objectName():
            HouseholdEditor.setObjectName(u"HouseholdEditor")
        self.outerLayout = QVBoxLayout(HouseholdEditor)
        self.outerLayout.setObjectName(u"outerLayout")
        self.hintLabel = QLabel(HouseholdEditor)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.householdNameLabel = QLabel(HouseholdEditor)
        self.householdNameLabel.setObjectName(u"householdNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.householdNameLabel)

        self.householdNameEdit = QLineEdit(HouseholdEditor)
        self.householdNameEdit.setObjectName(u"householdNameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.householdNameEdit)

        self.surnameLabel = QLabel(HouseholdEditor)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.surnameLabel)

        self.surnameEdit = QLineEdit(HouseholdEditor)
        self.surnameEdit.setObjectName(u"surnameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.surnameEdit)

        self.phoneLabel = QLabel(HouseholdEditor)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(HouseholdEditor)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.addressLabel = QLabel(HouseholdEditor)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(HouseholdEditor)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)


        self.outerLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(HouseholdEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.householdNameLabel.setBuddy(self.householdNameEdit)
        self.surnameLabel.setBuddy(self.surnameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.householdNameEdit, self.surnameEdit)
        QWidget.setTabOrder(self.surnameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)

        self.retranslateUi(HouseholdEditor)

        QMetaObject.connectSlotsByName(HouseholdEditor)
    # setupUi

    def retranslateUi(self, HouseholdEditor):
        HouseholdEditor.setWindowTitle(QCoreApplication.translate("HouseholdEditor", u"Our details", None))
        self.hintLabel.setText(QCoreApplication.translate("HouseholdEditor", u"These can go on sheets you give to the child's family. With \u201cLeave out our details\u201d ticked, only the first line is printed.", None))
        self.householdNameLabel.setText(QCoreApplication.translate("HouseholdEditor", u"What the family calls us", None))
        self.householdNameEdit.setPlaceholderText(QCoreApplication.translate("HouseholdEditor", u"for example: Sam and Jo, or Grandma Denise", None))
        self.surnameLabel.setText(QCoreApplication.translate("HouseholdEditor", u"Surname", None))
        self.phoneLabel.setText(QCoreApplication.translate("HouseholdEditor", u"Phone", None))
        self.addressLabel.setText(QCoreApplication.translate("HouseholdEditor", u"Address", None))
    # retranslateUi

