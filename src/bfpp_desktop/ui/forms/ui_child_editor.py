# generated — do not edit: compiled from forms/child_editor.ui by `make forms`
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'child_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFrame, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget)

from bfpp_desktop.ui.widgets.date_field import DateField

class Ui_ChildEditor(object):
    def setupUi(self, ChildEditor):
        if not ChildEditor.objectName():
            ChildEditor.setObjectName(u"ChildEditor")
        ChildEditor.resize(520, 640)
        self.outerLayout = QVBoxLayout(ChildEditor)
        self.outerLayout.setSpacing(12)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(ChildEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.scrollArea = QScrollArea(ChildEditor)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.formContainer = QWidget()
        self.formContainer.setObjectName(u"formContainer")
        self.fieldsLayout = QVBoxLayout(self.formContainer)
        self.fieldsLayout.setSpacing(4)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fullNameLabel = QLabel(self.formContainer)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.fieldsLayout.addWidget(self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.formContainer)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.fieldsLayout.addWidget(self.fullNameEdit)

        self.fullNameError = QLabel(self.formContainer)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setVisible(False)
        self.fullNameError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.fullNameError)

        self.preferredNameLabel = QLabel(self.formContainer)
        self.preferredNameLabel.setObjectName(u"preferredNameLabel")

        self.fieldsLayout.addWidget(self.preferredNameLabel)

        self.preferredNameEdit = QLineEdit(self.formContainer)
        self.preferredNameEdit.setObjectName(u"preferredNameEdit")

        self.fieldsLayout.addWidget(self.preferredNameEdit)

        self.preferredNameError = QLabel(self.formContainer)
        self.preferredNameError.setObjectName(u"preferredNameError")
        self.preferredNameError.setVisible(False)
        self.preferredNameError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.preferredNameError)

        self.pronounsLabel = QLabel(self.formContainer)
        self.pronounsLabel.setObjectName(u"pronounsLabel")

        self.fieldsLayout.addWidget(self.pronounsLabel)

        self.pronounsCombo = QComboBox(self.formContainer)
        self.pronounsCombo.setObjectName(u"pronounsCombo")
        self.pronounsCombo.setEditable(True)

        self.fieldsLayout.addWidget(self.pronounsCombo)

        self.pronounsError = QLabel(self.formContainer)
        self.pronounsError.setObjectName(u"pronounsError")
        self.pronounsError.setVisible(False)
        self.pronounsError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.pronounsError)

        self.birthDateLabel = QLabel(self.formContainer)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.fieldsLayout.addWidget(self.birthDateLabel)

        self.birthDateField = DateField(self.formContainer)
        self.birthDateField.setObjectName(u"birthDateField")

        self.fieldsLayout.addWidget(self.birthDateField)

        self.birthDateError = QLabel(self.formContainer)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setVisible(False)
        self.birthDateError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.birthDateError)

        self.placementDateLabel = QLabel(self.formContainer)
        self.placementDateLabel.setObjectName(u"placementDateLabel")

        self.fieldsLayout.addWidget(self.placementDateLabel)

        self.placementDateField = DateField(self.formContainer)
        self.placementDateField.setObjectName(u"placementDateField")

        self.fieldsLayout.addWidget(self.placementDateField)

        self.placementDateError = QLabel(self.formContainer)
        self.placementDateError.setObjectName(u"placementDateError")
        self.placementDateError.setVisible(False)
        self.placementDateError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.placementDateError)

        self.placementTypeLabel = QLabel(self.formContainer)
        self.placementTypeLabel.setObjectName(u"placementTypeLabel")

        self.fieldsLayout.addWidget(self.placementTypeLabel)

        self.placementTypeCombo = QComboBox(self.formContainer)
        self.placementTypeCombo.setObjectName(u"placementTypeCombo")
        self.placementTypeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.placementTypeCombo.setMinimumContentsLength(16)

        self.fieldsLayout.addWidget(self.placementTypeCombo)

        self.placementTypeError = QLabel(self.formContainer)
        self.placementTypeError.setObjectName(u"placementTypeError")
        self.placementTypeError.setVisible(False)
        self.placementTypeError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.placementTypeError)

        self.goalLabel = QLabel(self.formContainer)
        self.goalLabel.setObjectName(u"goalLabel")

        self.fieldsLayout.addWidget(self.goalLabel)

        self.goalCombo = QComboBox(self.formContainer)
        self.goalCombo.setObjectName(u"goalCombo")
        self.goalCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goalCombo.setMinimumContentsLength(16)

        self.fieldsLayout.addWidget(self.goalCombo)

        self.goalError = QLabel(self.formContainer)
        self.goalError.setObjectName(u"goalError")
        self.goalError.setVisible(False)
        self.goalError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.goalError)

        self.stageLabel = QLabel(self.formContainer)
        self.stageLabel.setObjectName(u"stageLabel")

        self.fieldsLayout.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(self.formContainer)
        self.stageCombo.setObjectName(u"stageCombo")
        self.stageCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stageCombo.setMinimumContentsLength(16)

        self.fieldsLayout.addWidget(self.stageCombo)

        self.stageError = QLabel(self.formContainer)
        self.stageError.setObjectName(u"stageError")
        self.stageError.setVisible(False)
        self.stageError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.stageError)

        self.notesLabel = QLabel(self.formContainer)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.formContainer)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.notesEdit)

        self.notesError = QLabel(self.formContainer)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.notesError)

        self.scrollArea.setWidget(self.formContainer)

        self.outerLayout.addWidget(self.scrollArea)

        self.buttonBox = QDialogButtonBox(ChildEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.preferredNameLabel.setBuddy(self.preferredNameEdit)
        self.pronounsLabel.setBuddy(self.pronounsCombo)
        self.birthDateLabel.setBuddy(self.birthDateField)
        self.placementDateLabel.setBuddy(self.placementDateField)
        self.placementTypeLabel.setBuddy(self.placementTypeCombo)
        self.goalLabel.setBuddy(self.goalCombo)
        self.stageLabel.setBuddy(self.stageCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.preferredNameEdit)
        QWidget.setTabOrder(self.preferredNameEdit, self.pronounsCombo)
        QWidget.setTabOrder(self.pronounsCombo, self.birthDateField)
        QWidget.setTabOrder(self.birthDateField, self.placementDateField)
        QWidget.setTabOrder(self.placementDateField, self.placementTypeCombo)
        QWidget.setTabOrder(self.placementTypeCombo, self.goalCombo)
        QWidget.setTabOrder(self.goalCombo, self.stageCombo)
        QWidget.setTabOrder(self.stageCombo, self.notesEdit)

        self.retranslateUi(ChildEditor)

        QMetaObject.connectSlotsByName(ChildEditor)
    # setupUi

    def retranslateUi(self, ChildEditor):
        ChildEditor.setWindowTitle(QCoreApplication.translate("ChildEditor", u"Child details", None))
        self.introLabel.setText(QCoreApplication.translate("ChildEditor", u"Only the name is needed now. You can fill in the rest whenever you learn it.", None))
        self.fullNameLabel.setText(QCoreApplication.translate("ChildEditor", u"Full &name", None))
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("ChildEditor", u"As on the placement papers", None))
        self.preferredNameLabel.setText(QCoreApplication.translate("ChildEditor", u"&Called", None))
        self.preferredNameEdit.setPlaceholderText(QCoreApplication.translate("ChildEditor", u"The name the child likes to be called", None))
        self.pronounsLabel.setText(QCoreApplication.translate("ChildEditor", u"&Pronouns", None))
        self.birthDateLabel.setText(QCoreApplication.translate("ChildEditor", u"&Birth date", None))
        self.placementDateLabel.setText(QCoreApplication.translate("ChildEditor", u"P&laced with us on", None))
        self.placementTypeLabel.setText(QCoreApplication.translate("ChildEditor", u"Placement &type", None))
        self.goalLabel.setText(QCoreApplication.translate("ChildEditor", u"Permanency &goal", None))
        self.stageLabel.setText(QCoreApplication.translate("ChildEditor", u"&Stage", None))
        self.notesLabel.setText(QCoreApplication.translate("ChildEditor", u"N&otes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ChildEditor", u"Anything short you want to remember", None))
    # retranslateUi

