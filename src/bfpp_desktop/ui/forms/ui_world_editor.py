# generated — do not edit: compiled from forms/world_editor.ui by `make forms`
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'world_editor.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from bfpp_desktop.ui.widgets.date_field import DateField

class Ui_WorldItemEditor(object):
    def setupUi(self, WorldItemEditor):
        if not WorldItemEditor.objectName():
            WorldItemEditor.setObjectName(u"WorldItemEditor")
        WorldItemEditor.resize(560, 640)
        self.outerLayout = QVBoxLayout(WorldItemEditor)
        self.outerLayout.setObjectName(u"outerLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setVerticalSpacing(8)
        self.kindLabel = QLabel(WorldItemEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(WorldItemEditor)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.contactLabel = QLabel(WorldItemEditor)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactCombo = QComboBox(WorldItemEditor)
        self.contactCombo.setObjectName(u"contactCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactCombo)

        self.titleLabel = QLabel(WorldItemEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleBox = QWidget(WorldItemEditor)
        self.titleBox.setObjectName(u"titleBox")
        self.titleBoxLayout = QVBoxLayout(self.titleBox)
        self.titleBoxLayout.setSpacing(2)
        self.titleBoxLayout.setObjectName(u"titleBoxLayout")
        self.titleBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.titleEdit = QLineEdit(self.titleBox)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleBoxLayout.addWidget(self.titleEdit)

        self.titleError = QLabel(self.titleBox)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.titleBoxLayout.addWidget(self.titleError)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleBox)

        self.timeLabel = QLabel(WorldItemEditor)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeBox = QWidget(WorldItemEditor)
        self.timeBox.setObjectName(u"timeBox")
        self.timeBoxLayout = QVBoxLayout(self.timeBox)
        self.timeBoxLayout.setSpacing(2)
        self.timeBoxLayout.setObjectName(u"timeBoxLayout")
        self.timeBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.timeRow = QWidget(self.timeBox)
        self.timeRow.setObjectName(u"timeRow")
        self.timeRowLayout = QHBoxLayout(self.timeRow)
        self.timeRowLayout.setObjectName(u"timeRowLayout")
        self.timeRowLayout.setContentsMargins(0, 0, 0, 0)
        self.timeEdit = QLineEdit(self.timeRow)
        self.timeEdit.setObjectName(u"timeEdit")

        self.timeRowLayout.addWidget(self.timeEdit)

        self.timeWordsCheck = QCheckBox(self.timeRow)
        self.timeWordsCheck.setObjectName(u"timeWordsCheck")

        self.timeRowLayout.addWidget(self.timeWordsCheck)

        self.timeRowLayout.setStretch(0, 1)

        self.timeBoxLayout.addWidget(self.timeRow)

        self.timeError = QLabel(self.timeBox)
        self.timeError.setObjectName(u"timeError")
        self.timeError.setWordWrap(True)

        self.timeBoxLayout.addWidget(self.timeError)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timeBox)

        self.dayLabel = QLabel(WorldItemEditor)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayCombo = QComboBox(WorldItemEditor)
        self.dayCombo.setObjectName(u"dayCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dayCombo)

        self.severityLabel = QLabel(WorldItemEditor)
        self.severityLabel.setObjectName(u"severityLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.severityLabel)

        self.severityCombo = QComboBox(WorldItemEditor)
        self.severityCombo.setObjectName(u"severityCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.severityCombo)

        self.detailsLabel = QLabel(WorldItemEditor)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

        self.detailsBox = QWidget(WorldItemEditor)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsBoxLayout = QVBoxLayout(self.detailsBox)
        self.detailsBoxLayout.setSpacing(2)
        self.detailsBoxLayout.setObjectName(u"detailsBoxLayout")
        self.detailsBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsEdit = QPlainTextEdit(self.detailsBox)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setTabChangesFocus(True)

        self.detailsBoxLayout.addWidget(self.detailsEdit)

        self.detailsError = QLabel(self.detailsBox)
        self.detailsError.setObjectName(u"detailsError")
        self.detailsError.setWordWrap(True)

        self.detailsBoxLayout.addWidget(self.detailsError)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.detailsBox)

        self.stepsLabel = QLabel(WorldItemEditor)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.stepsLabel)

        self.stepsBox = QWidget(WorldItemEditor)
        self.stepsBox.setObjectName(u"stepsBox")
        self.stepsBoxLayout = QVBoxLayout(self.stepsBox)
        self.stepsBoxLayout.setSpacing(2)
        self.stepsBoxLayout.setObjectName(u"stepsBoxLayout")
        self.stepsBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.stepsEdit = QPlainTextEdit(self.stepsBox)
        self.stepsEdit.setObjectName(u"stepsEdit")
        self.stepsEdit.setTabChangesFocus(True)

        self.stepsBoxLayout.addWidget(self.stepsEdit)

        self.stepsError = QLabel(self.stepsBox)
        self.stepsError.setObjectName(u"stepsError")
        self.stepsError.setWordWrap(True)

        self.stepsBoxLayout.addWidget(self.stepsError)


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stepsBox)

        self.comfortLabel = QLabel(WorldItemEditor)
        self.comfortLabel.setObjectName(u"comfortLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.comfortLabel)

        self.comfortBox = QWidget(WorldItemEditor)
        self.comfortBox.setObjectName(u"comfortBox")
        self.comfortBoxLayout = QVBoxLayout(self.comfortBox)
        self.comfortBoxLayout.setSpacing(2)
        self.comfortBoxLayout.setObjectName(u"comfortBoxLayout")
        self.comfortBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.comfortEdit = QPlainTextEdit(self.comfortBox)
        self.comfortEdit.setObjectName(u"comfortEdit")
        self.comfortEdit.setTabChangesFocus(True)

        self.comfortBoxLayout.addWidget(self.comfortEdit)

        self.comfortError = QLabel(self.comfortBox)
        self.comfortError.setObjectName(u"comfortError")
        self.comfortError.setWordWrap(True)

        self.comfortBoxLayout.addWidget(self.comfortError)


        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.comfortBox)


        self.outerLayout.addLayout(self.form)

        self.sourceGap = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.outerLayout.addItem(self.sourceGap)

        self.sourceHeading = QLabel(WorldItemEditor)
        self.sourceHeading.setObjectName(u"sourceHeading")

        self.outerLayout.addWidget(self.sourceHeading)

        self.sourceHint = QLabel(WorldItemEditor)
        self.sourceHint.setObjectName(u"sourceHint")

        self.outerLayout.addWidget(self.sourceHint)

        self.sourceForm = QFormLayout()
        self.sourceForm.setObjectName(u"sourceForm")
        self.sourceLabel = QLabel(WorldItemEditor)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(WorldItemEditor)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.whoLabel = QLabel(WorldItemEditor)
        self.whoLabel.setObjectName(u"whoLabel")

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.whoBox = QWidget(WorldItemEditor)
        self.whoBox.setObjectName(u"whoBox")
        self.whoBoxLayout = QVBoxLayout(self.whoBox)
        self.whoBoxLayout.setSpacing(2)
        self.whoBoxLayout.setObjectName(u"whoBoxLayout")
        self.whoBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.whoEdit = QLineEdit(self.whoBox)
        self.whoEdit.setObjectName(u"whoEdit")

        self.whoBoxLayout.addWidget(self.whoEdit)

        self.whoError = QLabel(self.whoBox)
        self.whoError.setObjectName(u"whoError")
        self.whoError.setWordWrap(True)

        self.whoBoxLayout.addWidget(self.whoError)


        self.sourceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whoBox)

        self.sourceDateLabel = QLabel(WorldItemEditor)
        self.sourceDateLabel.setObjectName(u"sourceDateLabel")

        self.sourceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceDateLabel)

        self.sourceDateBox = QWidget(WorldItemEditor)
        self.sourceDateBox.setObjectName(u"sourceDateBox")
        self.sourceDateBoxLayout = QVBoxLayout(self.sourceDateBox)
        self.sourceDateBoxLayout.setSpacing(2)
        self.sourceDateBoxLayout.setObjectName(u"sourceDateBoxLayout")
        self.sourceDateBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.sourceDateField = DateField(self.sourceDateBox)
        self.sourceDateField.setObjectName(u"sourceDateField")

        self.sourceDateBoxLayout.addWidget(self.sourceDateField)

        self.sourceDateError = QLabel(self.sourceDateBox)
        self.sourceDateError.setObjectName(u"sourceDateError")
        self.sourceDateError.setWordWrap(True)

        self.sourceDateBoxLayout.addWidget(self.sourceDateError)


        self.sourceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceDateBox)

        self.noteLabel = QLabel(WorldItemEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.sourceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteBox = QWidget(WorldItemEditor)
        self.noteBox.setObjectName(u"noteBox")
        self.noteBoxLayout = QVBoxLayout(self.noteBox)
        self.noteBoxLayout.setSpacing(2)
        self.noteBoxLayout.setObjectName(u"noteBoxLayout")
        self.noteBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.noteEdit = QLineEdit(self.noteBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteBoxLayout.addWidget(self.noteEdit)

        self.noteError = QLabel(self.noteBox)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.noteBoxLayout.addWidget(self.noteError)


        self.sourceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteBox)


        self.outerLayout.addLayout(self.sourceForm)

        self.privateCheck = QCheckBox(WorldItemEditor)
        self.privateCheck.setObjectName(u"privateCheck")

        self.outerLayout.addWidget(self.privateCheck)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomStretch)

        self.buttonBox = QDialogButtonBox(WorldItemEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outerLayout.addWidget(self.buttonBox)

        self.outerLayout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.contactLabel.setBuddy(self.contactCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.dayLabel.setBuddy(self.dayCombo)
        self.severityLabel.setBuddy(self.severityCombo)
        self.detailsLabel.setBuddy(self.detailsEdit)
        self.stepsLabel.setBuddy(self.stepsEdit)
        self.comfortLabel.setBuddy(self.comfortEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.whoLabel.setBuddy(self.whoEdit)
        self.sourceDateLabel.setBuddy(self.sourceDateField)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.contactCombo)
        QWidget.setTabOrder(self.contactCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.timeWordsCheck)
        QWidget.setTabOrder(self.timeWordsCheck, self.dayCombo)
        QWidget.setTabOrder(self.dayCombo, self.severityCombo)
        QWidget.setTabOrder(self.severityCombo, self.detailsEdit)
        QWidget.setTabOrder(self.detailsEdit, self.stepsEdit)
        QWidget.setTabOrder(self.stepsEdit, self.comfortEdit)
        QWidget.setTabOrder(self.comfortEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.whoEdit)
        QWidget.setTabOrder(self.whoEdit, self.sourceDateField)
        QWidget.setTabOrder(self.sourceDateField, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.privateCheck)

        self.retranslateUi(WorldItemEditor)

        QMetaObject.connectSlotsByName(WorldItemEditor)
    # setupUi

    def retranslateUi(self, WorldItemEditor):
        self.kindLabel.setText(QCoreApplication.translate("WorldItemEditor", u"Kind", None))
        self.contactLabel.setText(QCoreApplication.translate("WorldItemEditor", u"From People", None))
#if QT_CONFIG(tooltip)
        self.contactCombo.setToolTip(QCoreApplication.translate("WorldItemEditor", u"Pick someone from the child's People list, or write the name below", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(QCoreApplication.translate("WorldItemEditor", u"What", None))
        self.timeLabel.setText(QCoreApplication.translate("WorldItemEditor", u"When", None))
        self.timeWordsCheck.setText(QCoreApplication.translate("WorldItemEditor", u"Say it in words (e.g. \u201cafter lunch\u201d)", None))
        self.dayLabel.setText(QCoreApplication.translate("WorldItemEditor", u"Which days", None))
        self.severityLabel.setText(QCoreApplication.translate("WorldItemEditor", u"How serious", None))
        self.stepsLabel.setText(QCoreApplication.translate("WorldItemEditor", u"Steps", None))
        self.stepsEdit.setPlaceholderText(QCoreApplication.translate("WorldItemEditor", u"One step per line, in order", None))
        self.comfortLabel.setText(QCoreApplication.translate("WorldItemEditor", u"Comfort items", None))
        self.comfortEdit.setPlaceholderText(QCoreApplication.translate("WorldItemEditor", u"One per line, e.g. blue blanket, a song, night light", None))
        self.sourceHeading.setText(QCoreApplication.translate("WorldItemEditor", u"Who told us", None))
        self.sourceHint.setText(QCoreApplication.translate("WorldItemEditor", u"Keeping track of who shared this honours what the family told you.", None))
        self.sourceLabel.setText(QCoreApplication.translate("WorldItemEditor", u"Told by", None))
        self.whoLabel.setText(QCoreApplication.translate("WorldItemEditor", u"Name", None))
        self.whoEdit.setPlaceholderText(QCoreApplication.translate("WorldItemEditor", u"Name, e.g. Mom, Grandma Denise", None))
        self.sourceDateLabel.setText(QCoreApplication.translate("WorldItemEditor", u"When", None))
        self.noteLabel.setText(QCoreApplication.translate("WorldItemEditor", u"Where", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("WorldItemEditor", u"e.g. comfort call, icebreaker meeting", None))
        self.privateCheck.setText(QCoreApplication.translate("WorldItemEditor", u"Private \u2014 leave it off printouts unless I choose to include it", None))
        pass
    # retranslateUi

