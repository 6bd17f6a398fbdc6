"""The main window: children on the left, the selected child's pages on the right."""
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QPushButton

from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.actions import children as child_actions
from bfpp_desktop.core.children import Child, PlacementEnd
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.storage import children as child_store
from bfpp_desktop.ui.backups.keeper import BackupKeeper
from bfpp_desktop.ui.children.list_model import CHILD_ROLE, ChildListModel
from bfpp_desktop.ui.widgets.after_paint import after_first_paint
from bfpp_desktop.ui.widgets.confirm import confirm_destructive
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.conversations.launcher import ConversationLauncher
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.export_import.menu import ExportImport
from bfpp_desktop.ui.helper_names import COMFORT_CALL, ICEBREAKER
from bfpp_desktop.ui.lock.guard import LockGuard
from bfpp_desktop.ui.forms.ui_main_window import Ui_MainWindow
from bfpp_desktop.ui.pages import PAGES, PageToMake, spec_named
from bfpp_desktop.ui.widgets.child_page import ChildPage
from bfpp_desktop.ui.shortcuts_dialog import shortcuts_action
from bfpp_desktop.ui.settings_saver import save_settings
from bfpp_desktop.ui.widgets.styles import WARNING_SIGN, make_heading, make_hint
from bfpp_desktop.ui.undo import perform

if TYPE_CHECKING:  # loaded when used; the print center loads QtPdf and the print dialogs
    from bfpp_desktop.ui.backups.window import BackupsWindow
    from bfpp_desktop.ui.lock.settings_dialog import LockSettingsDialog
    from bfpp_desktop.ui.printing.print_center import PrintCenter

SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_STATE = "window/state"
SETTINGS_SPLITTER = "window/splitter"
SETTINGS_LAST_CHILD = "children/last_selected"
SETTINGS_SHOW_ARCHIVED = "children/show_archived"
TAB_TEXT_WIDTH = 260   # pixels: about "About " and a 30-letter name


class MainWindow(QMainWindow):
    closed = Signal()
    sample_requested = Signal()        # "Try it with a sample family" (ui/application.py)
    own_records_requested = Signal()   # a sample window's "Back to my records"

    def __init__(self, context: AppContext, parent=None, sample: bool = False):
        super().__init__(parent)
        self.context = context
        self.sample = sample
        self.owner: MainWindow | None = None          # the caregiver's window a sample stands in for
        self.sample_window: MainWindow | None = None  # the sample open in this one's place
        # Files a crash or an older version left behind: looked for once the window is
        # up (comparing 5,000 photos with the records would hold up the first paint).
        after_first_paint(self, self._sweep_photos)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Sample family — Birth & Foster Parent Partnership")
                            if sample else self.tr("Birth & Foster Parent Partnership"))
        make_heading(self.ui.welcomeTitle, 2.0)
        make_heading(self.ui.childrenHeading, 1.1)
        make_hint(self.ui.welcomeText)
        self.ui.welcomeText.setStyleSheet("")
        self.ui.splitter.setStretchFactor(1, 1)

        self.model = ChildListModel(self)
        self._refreshing = False
        self.ui.childList.setModel(self.model)
        self.ui.childList.setAccessibleName(self.tr("Children"))
        self.ui.childList.selectionModel().currentChanged.connect(self._on_current_changed)

        self.conversations = ConversationLauncher(context, self)
        self.conversations.print_requested.connect(self.open_print_center)
        context.signals.changes_applied.connect(self._on_changes_applied)
        # Each tab holds a stand-in until it is first chosen; then its page is made.
        for spec in PAGES:
            self.ui.childTabs.addTab(PageToMake(spec), "")
        self._page_at(self.ui.childTabs.currentIndex())
        # Pages out of view are filled when their tab is first chosen (ChildPage.set_child).
        self.ui.childTabs.currentChanged.connect(self._on_tab_changed)
        self._setup_actions()
        self._setup_lock()
        self._restore_settings()
        self.refresh_children(select_id=context.settings.value(SETTINGS_LAST_CHILD, type=int))

    def _sweep_photos(self) -> None:
        if self.isVisible():   # a window closed at once has let its database go
            self.context.photos.sweep()

    # ----- the pages ----------------------------------------------------------------------
    @property
    def pages(self) -> list[ChildPage]:
        """Every page, made now if it was not yet."""
        return [self._page_at(index) for index in range(self.ui.childTabs.count())]

    def page_named(self, class_name: str) -> ChildPage:
        """One page (made now if it was not yet), by its class's name in ui.pages."""
        return self._page_at(PAGES.index(spec_named(class_name)))

    def _made_pages(self) -> list[ChildPage]:
        tabs = self.ui.childTabs
        return [tabs.widget(i) for i in range(tabs.count())
                if not isinstance(tabs.widget(i), PageToMake)]

    def _page_at(self, index: int) -> ChildPage:
        tabs = self.ui.childTabs
        stand_in = tabs.widget(index)
        if not isinstance(stand_in, PageToMake):
            return stand_in
        page = stand_in.spec.load()(self.context, tabs)
        for signal, slot in (("edit_requested", self._on_edit_child),
                             ("archive_requested", self._on_toggle_archived),
                             ("delete_requested", self._on_delete_child),
                             ("guide_requested", self._on_show_guide),
                             ("helper_requested", self.open_helper),
                             ("print_requested", self.open_print_center),
                             ("journal_entry_requested", self.open_journal_entry)):
            if hasattr(page, signal):
                getattr(page, signal).connect(slot)
        # Swapped in quietly: the tab in view, its text and its tooltip stay as they were.
        current, text, tip = tabs.currentIndex(), tabs.tabText(index), tabs.tabToolTip(index)
        tabs.blockSignals(True)
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, page, text)
            tabs.setTabToolTip(index, tip)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(False)
        stand_in.deleteLater()
        child = self.current_child()
        if child is not None:
            page.set_child(child, now=False)
        return page

    # ----- set-up -------------------------------------------------------------------------
    def _setup_actions(self) -> None:
        ui = self.ui
        undo = self.context.undo_stack
        ui.actionNewChild.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N))
        ui.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        ui.actionFind.setShortcut(QKeySequence.StandardKey.Find)
        ui.actionEditChild.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        ui.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        ui.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)

        # The undo stack provides actions whose text names what will be undone.
        for placeholder, action in ((ui.actionUndo, undo.createUndoAction(self, self.tr("&Undo"))),
                                    (ui.actionRedo, undo.createRedoAction(self, self.tr("&Redo")))):
            ui.menuEdit.insertAction(placeholder, action)
            ui.menuEdit.removeAction(placeholder)
        self.undo_action = ui.menuEdit.actions()[0]
        self.redo_action = ui.menuEdit.actions()[1]
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)

        # The toolbar shows the same name as the menu and buttons (Qt would drop the "…").
        ui.actionNewChild.setIconText(self.tr("Add a child…"))
        ui.actionNewChild.setToolTip(self.tr("Add a child…: their name, birthday and "
                                             "placement ({keys})").format(
            keys=ui.actionNewChild.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText)))
        ui.actionNewChild.triggered.connect(self._on_add_child)
        ui.addChildButton.clicked.connect(self._on_add_child)
        ui.welcomeAddButton.clicked.connect(self._on_add_child)
        ui.welcomeSampleButton.clicked.connect(self.sample_requested)
        ui.actionEditChild.triggered.connect(self._on_edit_child)
        ui.actionArchiveChild.triggered.connect(self._on_toggle_archived)
        ui.actionDeleteChild.triggered.connect(self._on_delete_child)
        ui.actionFind.triggered.connect(self._on_find)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self._on_about)
        self.glossary_action = QAction(self.tr("&Glossary…"), self)
        self.glossary_action.triggered.connect(self._on_glossary)
        ui.menuHelp.insertAction(ui.actionAbout, self.glossary_action)
        self.shortcuts_action = shortcuts_action(self)
        ui.menuHelp.insertAction(ui.actionAbout, self.shortcuts_action)
        self.glossary_dialog = None
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self._on_settings)
        ui.menuEdit.addSeparator()
        ui.menuEdit.addAction(self.settings_action)
        ui.actionShowArchived.toggled.connect(ui.showArchived.setChecked)
        ui.showArchived.toggled.connect(ui.actionShowArchived.setChecked)
        ui.showArchived.toggled.connect(self._on_show_archived)

        ui.toolBar.addAction(ui.actionNewChild)

        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(self.tr("Print a sheet about this child, or save it as a PDF"))
        self.print_action.triggered.connect(self._on_print)
        ui.menuFile.insertAction(ui.actionQuit, self.print_action)
        ui.menuFile.insertSeparator(ui.actionQuit)
        self.export_import = ExportImport(self)
        ui.menuFile.insertAction(ui.actionQuit, self.export_import.export_action)
        ui.menuFile.insertAction(ui.actionQuit, self.export_import.import_action)
        ui.menuFile.insertSeparator(ui.actionQuit)
        ui.toolBar.addAction(self.print_action)
        self.print_center: "PrintCenter | None" = None
        self.backups_window: "BackupsWindow | None" = None
        self.action_new_entry = QAction(self.tr("New &journal entry…"), self)
        self.action_new_entry.setShortcut(QKeySequence.StandardKey.New)
        self.action_new_entry.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_new_entry.setToolTip(self.tr("Write a journal entry for the selected child"))
        self.action_new_entry.triggered.connect(self._on_new_journal_entry)
        ui.menuFile.insertAction(ui.actionNewChild, self.action_new_entry)
        self.add_toolbar_action(self.action_new_entry)
        self.helper_actions = []
        for text, which in ((self.tr("Comfort call &helper…"), COMFORT_CALL),
                            (self.tr("&Icebreaker meeting…"), ICEBREAKER)):
            action = QAction(text, self)
            action.triggered.connect(lambda _=False, w=which: self.open_helper(w))
            ui.menuFile.insertAction(ui.actionNewChild, action)
            self.helper_actions.append(action)
        if self.sample:
            self._setup_sample()

    def _setup_lock(self) -> None:
        """Ctrl+L and the idle time lock the window (ui/lock/guard.py); the sample family
        is never locked."""
        self.lock_guard = LockGuard(self)
        if self.sample:
            return
        self.lock_settings_action = QAction(self.tr("Passphrase &lock…"), self)
        self.lock_settings_action.triggered.connect(self.open_lock_settings)
        for action in (self.lock_guard.lock_action, self.lock_settings_action):
            self.ui.menuFile.insertAction(self.ui.actionQuit, action)
        self.ui.menuFile.insertSeparator(self.ui.actionQuit)
        # Offered on the first run too, under the welcome's buttons.
        self.welcome_lock_button = QPushButton(
            self.tr("Sharing this computer? Lock your records with a passphrase…"), self)
        self.welcome_lock_button.setFlat(True)
        self.welcome_lock_button.clicked.connect(self.open_lock_settings)
        layout = self.ui.welcomeLayout   # not itemAt(): see widgets/tab_order.py
        layout.insertWidget(layout.indexOf(self.ui.welcomeButtonRow) + 1,
                            self.welcome_lock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.welcome_lock_button.setVisible(not self.lock_guard.lock_is_on())

    def open_lock_settings(self) -> "LockSettingsDialog":
        from bfpp_desktop.ui.lock.settings_dialog import LockSettingsDialog
        dialog = LockSettingsDialog(self.lock_guard, self)
        dialog.finished.connect(lambda _result: self.welcome_lock_button.setVisible(
            not self.lock_guard.lock_is_on()))
        dialog.open()
        return dialog

    def _setup_sample(self) -> None:
        """A sample window says so, and offers the way back to the caregiver's own records."""
        ui = self.ui
        ui.welcomeSampleButton.hide()
        self.back_action = QAction(self.tr("&Back to my records"), self)
        self.back_action.setToolTip(self.tr("Close the sample family and go back to your own "
                                            "records"))
        self.back_action.triggered.connect(self.own_records_requested)
        first = ui.menuFile.actions()[0]
        ui.menuFile.insertAction(first, self.back_action)
        ui.menuFile.insertSeparator(first)
        ui.toolBar.insertAction(ui.toolBar.actions()[0], self.back_action)
        notice = QLabel(self.tr("This is a made-up sample family. What you change here is "
                                "not kept."))
        self.statusBar().addPermanentWidget(notice)

    def _restore_settings(self) -> None:
        settings = self.context.settings
        geometry = settings.value(SETTINGS_GEOMETRY, type=QByteArray)
        if geometry is not None and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value(SETTINGS_STATE, type=QByteArray)
        if state is not None and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value(SETTINGS_SPLITTER, type=QByteArray)
        if splitter is not None and not splitter.isEmpty():
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([260, 840])
        self.ui.showArchived.blockSignals(True)
        self.ui.showArchived.setChecked(settings.value(SETTINGS_SHOW_ARCHIVED, False, type=bool))
        self.ui.actionShowArchived.setChecked(self.ui.showArchived.isChecked())
        self.ui.showArchived.blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.conversations.close_all():    # a helper with unsaved notes stays
            event.ignore()
            return
        if self.export_import.busy:   # an export or import finishes (or is stopped) first
            self.statusBar().showMessage(self.tr(
                "Please wait until the export or import is done, or choose Stop."), 8000)
            event.ignore()
            return
        if self.print_center is not None:
            self.print_center.close()  # so it removes its preview files
        if self.backups_window is not None:
            self.backups_window.close()
        for page in self._made_pages():
            # Open editors keep their typing as drafts before the database closes.
            if hasattr(page, "close_editors"):
                page.close_editors()
        settings = self.context.settings
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_STATE, self.saveState())
        settings.setValue(SETTINGS_SPLITTER, self.ui.splitter.saveState())
        settings.setValue(SETTINGS_SHOW_ARCHIVED, self.ui.showArchived.isChecked())
        child = self.current_child()
        if child is not None:
            settings.setValue(SETTINGS_LAST_CHILD, child.id)
        save_settings(settings, self)
        self.context.photos.close()  # after the editors kept their drafts
        super().closeEvent(event)
        self.closed.emit()

    # ----- the list ------------------------------------------------------------------------
    def current_child(self) -> Child | None:
        index = self.ui.childList.currentIndex()
        return index.data(CHILD_ROLE) if index.isValid() else None

    def refresh_children(self, select_id: int | None = None) -> None:
        db = self.context.db
        current = self.current_child()
        wanted = select_id if select_id is not None else (current.id if current else None)
        rows = child_store.list_children(db)
        if self.ui.showArchived.isChecked():
            rows += child_store.list_children(db, archived=True)
        self.model.set_rows(rows)
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0:
            row = self.model.first_child_row()   # row 0 may be a group's heading
        # The list's currentChanged slot would show the child too; show it once, here.
        self._refreshing = True
        try:
            if row >= 0:
                self.ui.childList.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._refreshing = False
        self._show_child(self.current_child())

    def select_child(self, child_id: int) -> None:
        self.refresh_children(select_id=child_id)

    def _on_current_changed(self, current, _previous) -> None:
        if self._refreshing:
            return
        self._show_child(current.data(CHILD_ROLE) if current.isValid() else None)

    def _show_child(self, child: Child | None) -> None:
        has_child = child is not None
        self.ui.mainStack.setCurrentWidget(self.ui.childPage if has_child else self.ui.welcomePage)
        for action in (self.ui.actionEditChild, self.ui.actionArchiveChild,
                       self.ui.actionDeleteChild, self.print_action, self.action_new_entry,
                       *self.helper_actions):
            action.setEnabled(has_child)
        if not has_child:
            return
        self.context.settings.setValue(SETTINGS_LAST_CHILD, child.id)
        self.ui.actionArchiveChild.setText(
            self.tr("&Back in my care") if child.placement_ended
            else self.tr("&Placement ended…"))
        metrics = self.ui.childTabs.tabBar().fontMetrics()
        in_view = self.ui.childTabs.currentWidget()
        for page in self._made_pages():
            page.set_child(child, now=page is in_view)
        for index, spec in enumerate(PAGES):
            title = spec.title_for(child)
            # A long name is shortened so the other tabs stay in view (the whole title is
            # the tooltip), and "&" is doubled so "Jo & Sam" is not read as a shortcut key.
            shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, TAB_TEXT_WIDTH)
            self.ui.childTabs.setTabText(index, shown.replace("&", "&&"))
            self.ui.childTabs.setTabToolTip(index, title)

    def _on_tab_changed(self, index: int) -> None:
        if index >= 0:
            self._page_at(index).show_pending()

    def _on_changes_applied(self, changes: Changes) -> None:
        # The list and every page show the child record (name, stage, archived).
        if changes.touches(Kind.CHILDREN):
            self.refresh_children(select_id=changes.child_id)

    def _on_show_archived(self, _checked: bool) -> None:
        self.refresh_children()

    # ----- actions on a child --------------------------------------------------------------
    def _on_add_child(self) -> None:
        from bfpp_desktop.ui.children.editor import ChildEditor   # dialogs load when opened
        dialog = ChildEditor(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        result = perform(self.context, self, child_actions.add_child, dialog.child())
        if result is not None:
            saved = result.value
            self.statusBar().showMessage(self.tr("Added {name}.").format(name=saved.display_name), 5000)

    def _on_edit_child(self) -> None:
        before = self.current_child()
        if before is None:
            return
        from bfpp_desktop.ui.children.editor import ChildEditor
        dialog = ChildEditor(self, before)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.child()
        if after == before:
            return
        perform(self.context, self, child_actions.update_child, after)

    def _on_toggle_archived(self) -> None:
        """"Placement ended…" asks how and when; "Back in my care" takes an ending back."""
        child = self.current_child()
        if child is None:
            return
        if child.placement_ended:
            perform(self.context, self, child_actions.back_in_care, child.id)
            return
        from bfpp_desktop.ui.children.end_dialog import EndPlacementDialog
        dialog = EndPlacementDialog(child, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        how, on, _ = dialog.ending()
        if perform(self.context, self, child_actions.end_placement, child.id, how, on) is None:
            return
        if how == PlacementEnd.WENT_HOME:
            message = self.tr("{name} is listed under “After going home”. Ctrl+Z takes it back.")
        else:
            message = self.tr("{name}'s record is kept under “children whose placement "
                              "ended”. Ctrl+Z brings it back.")
        self.statusBar().showMessage(message.format(name=child.display_name), 8000)

    def _on_delete_child(self) -> None:
        child = self.current_child()
        if child is None:
            return
        counts = attempt(self, child_store.related_counts, self.context.db, child.id)
        if counts is None:
            return
        details = [self.tr("{name}'s details").format(name=child.display_name)]
        details += [self._records_text(table, n) for table, n in sorted(counts.items())]
        if not confirm_destructive(
                self, self.tr("Delete {name}?").format(name=child.display_name),
                self.tr("Delete everything about {name} from this computer?").format(
                    name=child.full_name),
                self.tr("This removes: {what}.").format(what=", ".join(details)) + "\n\n" +
                self.tr("This cannot be undone. If the placement has ended and you may want "
                        "these notes later, choose “Placement ended” instead.") + "\n\n" +
                self.tr("Backups made before now still hold {name}'s notes until newer "
                        "backups replace them; the oldest are kept for about a year."
                        ).format(name=child.display_name),
                self.tr("Delete for good")):
            return
        if perform(self.context, self, child_actions.delete_child, self.context.photos,
                   child.id) is None:
            return
        self.statusBar().showMessage(self.tr("Deleted {name}.").format(name=child.display_name), 5000)

    def _records_text(self, table: str, n: int) -> str:
        """'3 journal entries …', with the count's own plural form."""
        texts = {
            "world_items": lambda: self.tr(
                "%n notes about routines, likes, care, health and school", "", n),
            "journal_entries": lambda: self.tr("%n journal entries (with their photos)", "", n),
            "child_contacts": lambda: self.tr(
                "%n links to people (the people themselves are kept)", "", n),
            "guide_step_progress": lambda: self.tr("%n guide steps ticked", "", n),
            "guide_reflections": lambda: self.tr("%n reflections", "", n),
            "guide_plans": lambda: self.tr("%n plans", "", n),
            "bridge_pages": lambda: self.tr("%n bridge book pages", "", n),
        }
        if table in texts:
            return texts[table]()
        return self.tr("%n other records ({table})", "", n).format(table=table.replace("_", " "))

    def _on_find(self) -> None:
        page = self.ui.childTabs.currentWidget()
        if page is None or not page.focus_search():
            self.ui.childList.setFocus()

    def _on_show_guide(self) -> None:
        self.ui.childTabs.setCurrentIndex(PAGES.index(spec_named("GuidePage")))

    def _on_settings(self) -> None:
        from bfpp_desktop.ui.settings.dialog import SettingsDialog
        SettingsDialog(self).exec()

    def _on_glossary(self) -> None:
        # Modeless, so the caregiver can keep it open beside the guide.
        if self.glossary_dialog is None:
            from bfpp_desktop.ui.guide.glossary_dialog import GlossaryDialog
            self.glossary_dialog = GlossaryDialog(load_guide(), self)
        self.glossary_dialog.show()
        self.glossary_dialog.raise_()
    def _on_new_journal_entry(self) -> None:
        if self.current_child() is not None:
            self.page_named("JournalPage").new_entry()

    def open_journal_entry(self, entry_id: int) -> None:
        """Switch to the Journal tab with this entry of the current child shown."""
        if self.current_child() is not None:
            page = self.page_named("JournalPage")
            self.ui.childTabs.setCurrentWidget(page)
            page.show_entry(entry_id)

    def _on_about(self) -> None:
        from bfpp_desktop.ui.about_dialog import AboutDialog  # rarely opened: not at start
        AboutDialog(self.context.data_dir, self).exec()

    def open_helper(self, which: str):
        """The comfort call or icebreaker helper for the current child (see
        ConversationLauncher), or one of their plans (HELPER_PLANS) as the Guide opens it."""
        from bfpp_desktop.ui.guide.plan_dialog import HELPER_PLANS   # with its dialog
        child = self.current_child()
        if child is None:
            return None
        if which in HELPER_PLANS:
            return self.page_named("GuidePage").open_plan(HELPER_PLANS[which])
        return self.conversations.open(which, child)

    def _on_print(self) -> None:
        """Ctrl+P: the print center on the document that fits the page on screen."""
        from bfpp_desktop.ui.guide.printouts import stage_sheet
        child = self.current_child()
        page = self.ui.childTabs.currentWidget()
        if child is None or page is None:
            return
        self.open_print_center(page.document_to_print()
                               or stage_sheet(load_guide(), child.stage))

    def open_print_center(self, doc_id: str | None = None) -> "PrintCenter | None":
        """The print center on the current child (one at a time), on *doc_id* if given."""
        from bfpp_desktop.ui.printing.print_center import PrintCenter
        child = self.current_child()
        if child is None:
            return None
        if self.print_center is not None:
            self.print_center.close()
        self.print_center = PrintCenter(self.context, child, self)
        self.print_center.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Only forget the center that went away: an older one may be deleted after the new opened.
        center = self.print_center
        center.destroyed.connect(lambda _o=None: self._on_print_center_gone(center))
        if doc_id:
            center.choose_document(doc_id)
        center.show()
        # In front with the keyboard focus, as the journal editor opens: Ctrl+P, then Tab.
        center.raise_()
        center.activateWindow()
        return center

    def _on_print_center_gone(self, center: "PrintCenter") -> None:
        if self.print_center is center:
            self.print_center = None

    # ----- backups (the keeper is made with the session, in ui/application.py) -----------
    def set_backups(self, keeper: BackupKeeper) -> None:
        self.backups = keeper
        self._backup_problem_shown = False
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.setToolTip(self.tr("See the backups, make one now, or restore one"))
        self.backups_action.triggered.connect(self.open_backups)
        self.ui.menuFile.insertAction(self.print_action, self.backups_action)
        keeper.failed.connect(self._on_backup_failed)
        keeper.made.connect(lambda _info: self._on_backup_made())

    def open_backups(self) -> "BackupsWindow":
        # Modeless: a restore closes this window and opens a new one on the restored data.
        if self.backups_window is None:
            from bfpp_desktop.ui.backups.window import BackupsWindow
            self.backups_window = BackupsWindow(self.backups, self)
        self.backups_window.show()
        self.backups_window.raise_()
        return self.backups_window

    def _on_backup_failed(self, error) -> None:
        # In the status bar, not a dialog: an automatic backup must never interrupt typing.
        title = getattr(error, "title", self.tr("The backup could not be made"))
        self.statusBar().showMessage(f"{WARNING_SIGN} {title}. "
                                     + self.tr("More in File > Backups…"))
        self._backup_problem_shown = True

    def _on_backup_made(self) -> None:
        if self._backup_problem_shown:
            self.statusBar().clearMessage()
            self._backup_problem_shown = False

    def add_toolbar_action(self, action: QAction) -> None:
        self.ui.toolBar.addAction(action)

