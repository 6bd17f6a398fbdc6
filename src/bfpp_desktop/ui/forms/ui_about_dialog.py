# generated — do not edit: compiled from forms/about_dialog.ui by `make forms`
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 520)
        self.outerLayout = QVBoxLayout(AboutDialog)
        self.outerLayout.setSpacing(8)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.outerLayout.addWidget(self.titleLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.outerLayout.addWidget(self.versionLabel)

        self.purposeLabel = QLabel(AboutDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")
        self.purposeLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.purposeLabel)

        self.whereLabel = QLabel(AboutDialog)
        self.whereLabel.setObjectName(u"whereLabel")

        self.outerLayout.addWidget(self.whereLabel)

        self.pathLabel = QLabel(AboutDialog)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setWordWrap(True)
        self.pathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.pathLabel)

        self.openFolderButton = QPushButton(AboutDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.outerLayout.addWidget(self.openFolderButton, 0, Qt.AlignmentFlag.AlignLeft)

        self.sourcesGap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.outerLayout.addItem(self.sourcesGap)

        self.sourcesHeading = QLabel(AboutDialog)
        self.sourcesHeading.setObjectName(u"sourcesHeading")

        self.outerLayout.addWidget(self.sourcesHeading)

        self.sourcesBrowser = QTextBrowser(AboutDialog)
        self.sourcesBrowser.setObjectName(u"sourcesBrowser")
        self.sourcesBrowser.setOpenLinks(False)

        self.outerLayout.addWidget(self.sourcesBrowser)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outerLayout.addWidget(self.buttonBox)

        self.outerLayout.setStretch(8, 1)
        QWidget.setTabOrder(self.openFolderButton, self.sourcesBrowser)
        QWidget.setTabOrder(self.sourcesBrowser, self.buttonBox)

        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"Birth & Foster Parent Partnership", None))
        self.purposeLabel.setText(QCoreApplication.translate("AboutDialog", u"A private notebook and guide for foster parents and kinship caregivers who are working together with a child's birth family. It never uses the internet.", None))
        self.whereLabel.setText(QCoreApplication.translate("AboutDialog", u"Your data is kept in this file:", None))
        self.openFolderButton.setText(QCoreApplication.translate("AboutDialog", u"Open the data folder", None))
        self.sourcesHeading.setText(QCoreApplication.translate("AboutDialog", u"What the guidance is based on", None))
    # retranslateUi

