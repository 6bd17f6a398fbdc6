# generated — do not edit: compiled from forms/main_window.ui by `make forms`
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QLabel, QListView, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QStatusBar, QTabWidget,
    QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.actionNewChild = QAction(MainWindow)
        self.actionNewChild.setObjectName(u"actionNewChild")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionUndo = QAction(MainWindow)
        self.actionUndo.setObjectName(u"actionUndo")
        self.actionRedo = QAction(MainWindow)
        self.actionRedo.setObjectName(u"actionRedo")
        self.actionEditChild = QAction(MainWindow)
        self.actionEditChild.setObjectName(u"actionEditChild")
        self.actionArchiveChild = QAction(MainWindow)
        self.actionArchiveChild.setObjectName(u"actionArchiveChild")
        self.actionDeleteChild = QAction(MainWindow)
        self.actionDeleteChild.setObjectName(u"actionDeleteChild")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionShowArchived = QAction(MainWindow)
        self.actionShowArchived.setObjectName(u"actionShowArchived")
        self.actionShowArchived.setCheckable(True)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.centralwidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.sidePanel = QWidget(self.splitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sidePanel.setMinimumSize(QSize(220, 0))
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setSpacing(8)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(12, 12, 6, 12)
        self.childrenHeading = QLabel(self.sidePanel)
        self.childrenHeading.setObjectName(u"childrenHeading")

        self.sideLayout.addWidget(self.childrenHeading)

        self.childList = QListView(self.sidePanel)
        self.childList.setObjectName(u"childList")
        self.childList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.childList.setAlternatingRowColors(False)
        self.childList.setSpacing(2)
        self.childList.setWordWrap(True)

        self.sideLayout.addWidget(self.childList)

        self.showArchived = QCheckBox(self.sidePanel)
        self.showArchived.setObjectName(u"showArchived")

        self.sideLayout.addWidget(self.showArchived)

        self.addChildButton = QPushButton(self.sidePanel)
        self.addChildButton.setObjectName(u"addChildButton")

        self.sideLayout.addWidget(self.addChildButton)

        self.splitter.addWidget(self.sidePanel)
        self.mainStack = QStackedWidget(self.splitter)
        self.mainStack.setObjectName(u"mainStack")
        self.welcomePage = QWidget()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setSpacing(12)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeLayout.setContentsMargins(48, -1, 48, -1)
        self.welcomeTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeTopSpacer)

        self.welcomeTitle = QLabel(self.welcomePage)
        self.welcomeTitle.setObjectName(u"welcomeTitle")
        self.welcomeTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.welcomeLayout.addWidget(self.welcomeTitle)

        self.welcomeTextRow = QHBoxLayout()
        self.welcomeTextRow.setObjectName(u"welcomeTextRow")
        self.welcomeTextLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcomeTextRow.addItem(self.welcomeTextLeftSpacer)

        self.welcomeText = QLabel(self.welcomePage)
        self.welcomeText.setObjectName(u"welcomeText")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.welcomeText.sizePolicy().hasHeightForWidth())
        self.welcomeText.setSizePolicy(sizePolicy)
        self.welcomeText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcomeText.setWordWrap(True)
        self.welcomeText.setMaximumSize(QSize(560, 16777215))

        self.welcomeTextRow.addWidget(self.welcomeText)

        self.welcomeTextRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcomeTextRow.addItem(self.welcomeTextRightSpacer)


        self.welcomeLayout.addLayout(self.welcomeTextRow)

        self.welcomeButtonRow = QHBoxLayout()
        self.welcomeButtonRow.setObjectName(u"welcomeButtonRow")
        self.welcomeLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcomeButtonRow.addItem(self.welcomeLeftSpacer)

        self.welcomeAddButton = QPushButton(self.welcomePage)
        self.welcomeAddButton.setObjectName(u"welcomeAddButton")

        self.welcomeButtonRow.addWidget(self.welcomeAddButton)

        self.welcomeSampleButton = QPushButton(self.welcomePage)
        self.welcomeSampleButton.setObjectName(u"welcomeSampleButton")

        self.welcomeButtonRow.addWidget(self.welcomeSampleButton)

        self.welcomeRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcomeButtonRow.addItem(self.welcomeRightSpacer)


        self.welcomeLayout.addLayout(self.welcomeButtonRow)

        self.welcomeBottomSpacer = QSpacerItem(20, 80, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeBottomSpacer)

        self.mainStack.addWidget(self.welcomePage)
        self.childPage = QWidget()
        self.childPage.setObjectName(u"childPage")
        self.childPageLayout = QVBoxLayout(self.childPage)
        self.childPageLayout.setObjectName(u"childPageLayout")
        self.childPageLayout.setContentsMargins(6, 12, 12, 12)
        self.childTabs = QTabWidget(self.childPage)
        self.childTabs.setObjectName(u"childTabs")
        self.childTabs.setDocumentMode(True)

        self.childPageLayout.addWidget(self.childTabs)

        self.mainStack.addWidget(self.childPage)
        self.splitter.addWidget(self.mainStack)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewChild)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionUndo)
        self.menuEdit.addAction(self.actionRedo)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionEditChild)
        self.menuEdit.addAction(self.actionArchiveChild)
        self.menuEdit.addAction(self.actionDeleteChild)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionFind)
        self.menuView.addAction(self.actionShowArchived)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        self.welcomeAddButton.setDefault(True)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Birth & Foster Parent Partnership", None))
        self.actionNewChild.setText(QCoreApplication.translate("MainWindow", u"&Add a child\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionUndo.setText(QCoreApplication.translate("MainWindow", u"&Undo", None))
        self.actionRedo.setText(QCoreApplication.translate("MainWindow", u"&Redo", None))
        self.actionEditChild.setText(QCoreApplication.translate("MainWindow", u"&Edit child details\u2026", None))
        self.actionArchiveChild.setText(QCoreApplication.translate("MainWindow", u"&Placement ended (archive)", None))
        self.actionDeleteChild.setText(QCoreApplication.translate("MainWindow", u"&Delete child\u2026", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find on this page", None))
        self.actionShowArchived.setText(QCoreApplication.translate("MainWindow", u"Show children whose placement &ended", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About", None))
        self.childrenHeading.setText(QCoreApplication.translate("MainWindow", u"Children in my care", None))
#if QT_CONFIG(accessibility)
        self.childList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Children in my care", None))
#endif // QT_CONFIG(accessibility)
        self.showArchived.setText(QCoreApplication.translate("MainWindow", u"Show ended placements", None))
        self.addChildButton.setText(QCoreApplication.translate("MainWindow", u"Add a child\u2026", None))
        self.welcomeTitle.setText(QCoreApplication.translate("MainWindow", u"Welcome", None))
        self.welcomeText.setText(QCoreApplication.translate("MainWindow", u"This is a quiet place to keep what you learn about the children in your care: their routines, the people who love them, and how family time goes. It helps you and the birth family work as one team, and prints sheets you can hand over. Everything stays on this computer.", None))
        self.welcomeAddButton.setText(QCoreApplication.translate("MainWindow", u"Add a child\u2026", None))
        self.welcomeSampleButton.setText(QCoreApplication.translate("MainWindow", u"Try it with a sample family", None))
#if QT_CONFIG(tooltip)
        self.welcomeSampleButton.setToolTip(QCoreApplication.translate("MainWindow", u"Opens a made-up family in a separate window, so you can look around. Your own records are not touched.", None))
#endif // QT_CONFIG(tooltip)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Toolbar", None))
    # retranslateUi

