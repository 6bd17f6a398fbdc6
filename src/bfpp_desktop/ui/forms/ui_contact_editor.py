# generated — do not edit: compiled from forms/contact_editor.ui by `make forms`
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ContactEditor(object):
    def setupUi(self, ContactEditor):
        if not ContactEditor.objectName():
            ContactEditor.setObjectName(u"ContactEditor")
        ContactEditor.resize(560, 680)
        self.outerLayout = QVBoxLayout(ContactEditor)
        self.outerLayout.setObjectName(u"outerLayout")
        self.scrollArea = QScrollArea(ContactEditor)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setWidgetResizable(True)
        self.formContainer = QWidget()
        self.formContainer.setObjectName(u"formContainer")
        self.form = QFormLayout(self.formContainer)
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(self.formContainer)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.formContainer)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.formContainer)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.roleLabel = QLabel(self.formContainer)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.formContainer)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleOtherLabel = QLabel(self.formContainer)
        self.roleOtherLabel.setObjectName(u"roleOtherLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleOtherLabel)

        self.roleOtherEdit = QLineEdit(self.formContainer)
        self.roleOtherEdit.setObjectName(u"roleOtherEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleOtherEdit)

        self.roleOtherError = QLabel(self.formContainer)
        self.roleOtherError.setObjectName(u"roleOtherError")
        self.roleOtherError.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.roleOtherError)

        self.relationLabel = QLabel(self.formContainer)
        self.relationLabel.setObjectName(u"relationLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relationEdit = QLineEdit(self.formContainer)
        self.relationEdit.setObjectName(u"relationEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.relationEdit)

        self.phonesLabel = QLabel(self.formContainer)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phoneGrid = QGridLayout()
        self.phoneGrid.setObjectName(u"phoneGrid")

        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.phoneGrid)

        self.addPhoneButton = QPushButton(self.formContainer)
        self.addPhoneButton.setObjectName(u"addPhoneButton")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addPhoneButton)

        self.phonesError = QLabel(self.formContainer)
        self.phonesError.setObjectName(u"phonesError")
        self.phonesError.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phonesError)

        self.emailLabel = QLabel(self.formContainer)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.formContainer)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(self.formContainer)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.addressLabel = QLabel(self.formContainer)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.formContainer)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMinimumSize(QSize(0, 64))
        self.addressEdit.setMaximumSize(QSize(16777215, 64))
        self.addressEdit.setTabChangesFocus(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.reachLabel = QLabel(self.formContainer)
        self.reachLabel.setObjectName(u"reachLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.reachLabel)

        self.reachCombo = QComboBox(self.formContainer)
        self.reachCombo.setObjectName(u"reachCombo")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reachCombo)

        self.reachTimesLabel = QLabel(self.formContainer)
        self.reachTimesLabel.setObjectName(u"reachTimesLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.reachTimesLabel)

        self.reachTimesEdit = QLineEdit(self.formContainer)
        self.reachTimesEdit.setObjectName(u"reachTimesEdit")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.reachTimesEdit)

        self.languageLabel = QLabel(self.formContainer)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageEdit = QLineEdit(self.formContainer)
        self.languageEdit.setObjectName(u"languageEdit")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.languageEdit)

        self.placedWithLabel = QLabel(self.formContainer)
        self.placedWithLabel.setObjectName(u"placedWithLabel")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.placedWithLabel)

        self.placedWithEdit = QLineEdit(self.formContainer)
        self.placedWithEdit.setObjectName(u"placedWithEdit")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.placedWithEdit)

        self.placedWithPhoneLabel = QLabel(self.formContainer)
        self.placedWithPhoneLabel.setObjectName(u"placedWithPhoneLabel")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.placedWithPhoneLabel)

        self.placedWithPhoneEdit = QLineEdit(self.formContainer)
        self.placedWithPhoneEdit.setObjectName(u"placedWithPhoneEdit")

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.placedWithPhoneEdit)

        self.placedWithPhoneError = QLabel(self.formContainer)
        self.placedWithPhoneError.setObjectName(u"placedWithPhoneError")
        self.placedWithPhoneError.setWordWrap(True)

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.placedWithPhoneError)

        self.shareCheck = QCheckBox(self.formContainer)
        self.shareCheck.setObjectName(u"shareCheck")

        self.form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.shareCheck)

        self.shareHint = QLabel(self.formContainer)
        self.shareHint.setObjectName(u"shareHint")
        self.shareHint.setWordWrap(True)

        self.form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.shareHint)

        self.notesLabel = QLabel(self.formContainer)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(20, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.formContainer)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 90))
        self.notesEdit.setMaximumSize(QSize(16777215, 90))
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(20, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(self.formContainer)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.form.setWidget(21, QFormLayout.ItemRole.FieldRole, self.notesError)

        self.scrollArea.setWidget(self.formContainer)

        self.outerLayout.addWidget(self.scrollArea)

        self.buttonBox = QDialogButtonBox(ContactEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.roleOtherLabel.setBuddy(self.roleOtherEdit)
        self.relationLabel.setBuddy(self.relationEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.reachLabel.setBuddy(self.reachCombo)
        self.reachTimesLabel.setBuddy(self.reachTimesEdit)
        self.languageLabel.setBuddy(self.languageEdit)
        self.placedWithLabel.setBuddy(self.placedWithEdit)
        self.placedWithPhoneLabel.setBuddy(self.placedWithPhoneEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.roleOtherEdit)
        QWidget.setTabOrder(self.roleOtherEdit, self.relationEdit)
        QWidget.setTabOrder(self.relationEdit, self.addPhoneButton)
        QWidget.setTabOrder(self.addPhoneButton, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.reachCombo)
        QWidget.setTabOrder(self.reachCombo, self.reachTimesEdit)
        QWidget.setTabOrder(self.reachTimesEdit, self.languageEdit)
        QWidget.setTabOrder(self.languageEdit, self.placedWithEdit)
        QWidget.setTabOrder(self.placedWithEdit, self.placedWithPhoneEdit)
        QWidget.setTabOrder(self.placedWithPhoneEdit, self.shareCheck)
        QWidget.setTabOrder(self.shareCheck, self.notesEdit)

        self.retranslateUi(ContactEditor)

        QMetaObject.connectSlotsByName(ContactEditor)
    # setupUi

    def retranslateUi(self, ContactEditor):
        ContactEditor.setWindowTitle(QCoreApplication.translate("ContactEditor", u"Add a person", None))
        self.nameLabel.setText(QCoreApplication.translate("ContactEditor", u"Name", None))
        self.roleLabel.setText(QCoreApplication.translate("ContactEditor", u"Role", None))
        self.roleOtherLabel.setText(QCoreApplication.translate("ContactEditor", u"In your words", None))
        self.roleOtherEdit.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"For example: pastor, coach, neighbour", None))
        self.relationLabel.setText(QCoreApplication.translate("ContactEditor", u"Relation to the child", None))
        self.relationEdit.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"For example: Mom, Maya's teacher", None))
        self.phonesLabel.setText(QCoreApplication.translate("ContactEditor", u"Phone numbers", None))
        self.addPhoneButton.setText(QCoreApplication.translate("ContactEditor", u"Add another number", None))
        self.emailLabel.setText(QCoreApplication.translate("ContactEditor", u"Email", None))
        self.addressLabel.setText(QCoreApplication.translate("ContactEditor", u"Address", None))
        self.reachLabel.setText(QCoreApplication.translate("ContactEditor", u"Best way to reach", None))
        self.reachTimesLabel.setText(QCoreApplication.translate("ContactEditor", u"Best times", None))
        self.reachTimesEdit.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"For example: weekday evenings after 6", None))
        self.languageLabel.setText(QCoreApplication.translate("ContactEditor", u"Language", None))
        self.placedWithLabel.setText(QCoreApplication.translate("ContactEditor", u"Lives with", None))
        self.placedWithEdit.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"Who cares for them now", None))
        self.placedWithPhoneLabel.setText(QCoreApplication.translate("ContactEditor", u"Their home's phone", None))
        self.shareCheck.setText(QCoreApplication.translate("ContactEditor", u"Their details may be shared", None))
        self.shareHint.setText(QCoreApplication.translate("ContactEditor", u"Tick this only when the person (or their office) agreed, for example when a birth parent said their number may be given to you. Unticked details stay on this computer and are left off printouts unless you choose otherwise.", None))
        self.notesLabel.setText(QCoreApplication.translate("ContactEditor", u"My notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"Only for you; never printed or exported.", None))
    # retranslateUi

