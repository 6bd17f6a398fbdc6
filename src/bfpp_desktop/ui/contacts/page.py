"""People: the child's circle of support, grouped by role, with one person's details."""
import re
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QFileDialog, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListView, QMessageBox, QPushButton, QScrollArea,
                               QSplitter, QVBoxLayout, QWidget)

from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.actions import contacts as contact_actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import (Contact, ReachBy, Role, contact_for_print,
                                        shareable_contacts)
from bfpp_desktop.core.vcard import contact_vcard, contacts_vcard
from bfpp_desktop.storage import children as child_store
from bfpp_desktop.storage import contacts as store
from bfpp_desktop.storage import journal as journal_store
from bfpp_desktop.ui.widgets.privacy import privacy_icon
from bfpp_desktop.ui.widgets.tab_order import follow_layout
from bfpp_desktop.ui.widgets.confirm import confirm_destructive
from bfpp_desktop.ui.contacts.editor import ContactEditor
from bfpp_desktop.ui.contacts.entries import ContactJournalLink
from bfpp_desktop.ui.contacts.list_model import CONTACT_ROLE, ContactListModel
from bfpp_desktop.ui.contacts.picker import ContactPicker
from bfpp_desktop.ui.errors import attempt, report
from bfpp_desktop.ui.widgets.formatting import breakable
from bfpp_desktop.ui.widgets.child_page import ChildPage
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint
from bfpp_desktop.ui.undo import perform
from bfpp_desktop.core.whole_file import write_text

_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\n\r\t]+')


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class ContactsPage(ChildPage):
    # The journal: who took part in which entries is shown beside each person.
    SHOWS = Kind.CONTACTS | Kind.JOURNAL

    # The person shown in the detail pane (None when nobody is selected). The journal
    # link ("last part of an entry") will listen to this and add to detail_extras.
    contact_shown = Signal(object)
    # A journal entry the caregiver chose to open from a person's page.
    journal_entry_requested = Signal(int)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setAccessibleName(self.tr("Search people"))
        self.search_edit.setPlaceholderText(self.tr("Search people by name, role or number"))
        self.search_edit.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Add a person…"), self)
        self.link_button = QPushButton(self.tr("Add someone already saved…"), self)
        self.add_button.clicked.connect(self.add_contact)
        self.link_button.clicked.connect(self.link_existing)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.link_button)
        self.export_all_button = QPushButton(self.tr("Export all…"), self)
        self.export_all_button.setToolTip(self.tr(
            "Save everyone on this list whose details may be shared as one vCard file"))
        self.export_all_button.clicked.connect(self.export_all)
        top.addWidget(self.export_all_button)

        self.model = ContactListModel(self)
        self.list_view = QListView(self)
        self.list_view.setAccessibleName(self.tr("People in this child's life"))
        self.list_view.setModel(self.model)
        self.list_view.setSpacing(1)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.search_edit.textChanged.connect(self._on_search)
        self.empty_label = QLabel(self)
        make_hint(self.empty_label)

        # Detail pane: fixed parts are built once; the reachable details are rebuilt per person.
        self.name_label = _selectable(QLabel(self))
        make_heading(self.name_label, 1.5)
        self.role_label = _selectable(QLabel(self))
        self.share_icon = QLabel(self)
        self.share_label = QLabel(self)
        self.share_label.setWordWrap(True)   # a narrow pane must not scroll sideways
        share_row = QHBoxLayout()
        share_row.addWidget(self.share_icon)
        share_row.addWidget(self.share_label, 1)
        self.details_grid = QGridLayout()
        self.details_grid.setHorizontalSpacing(12)
        self.details_grid.setColumnStretch(1, 1)
        self.copied_label = QLabel(self)
        make_hint(self.copied_label)
        self.circle_label = _selectable(QLabel(self))
        make_hint(self.circle_label)
        self.notes_heading = QLabel(self.tr("My notes (only for you)"), self)
        make_heading(self.notes_heading, 1.05)
        self.notes_label = _selectable(QLabel(self))
        # Later features add their part of a person's page here (for example the
        # journal entries they took part in).
        self.detail_extras = QVBoxLayout()
        self.journal_link = ContactJournalLink(context, self)
        self.journal_link.entry_requested.connect(self.journal_entry_requested)
        self.detail_extras.addWidget(self.journal_link)
        self.contact_shown.connect(lambda c: self.journal_link.show_contact(self.child, c))

        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.export_button = QPushButton(self.tr("Export vCard…"), self)
        self.export_button.setToolTip(self.tr("Save a file you can open on a phone to add "
                                              "this person to its contacts"))
        self.unlink_button = QPushButton(self.tr("Remove from this list"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.edit_button.clicked.connect(self.edit_contact)
        self.export_button.clicked.connect(self.export_vcard)
        self.unlink_button.clicked.connect(self.unlink_current)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.export_button, self.unlink_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        self.detail = QWidget(self)
        column = QVBoxLayout(self.detail)
        column.setContentsMargins(12, 8, 12, 12)
        column.setSpacing(8)
        column.addWidget(self.empty_label)
        column.addWidget(self.name_label)
        column.addWidget(self.role_label)
        column.addLayout(share_row)
        column.addLayout(self.details_grid)
        column.addWidget(self.copied_label)
        column.addWidget(self.circle_label)
        column.addWidget(self.notes_heading)
        column.addWidget(self.notes_label)
        column.addLayout(self.detail_extras)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)

        splitter = QSplitter(self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 560])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addLayout(top)
        outer.addWidget(splitter, 1)

        self.copy_buttons: list[QPushButton] = []
        self._detail_widgets: list[QWidget] = []
        self._show_contact(None)

    # ----- ChildPage --------------------------------------------------------------------------
    def show_child(self, child: Child | None) -> None:
        self.search_edit.clear()
        self.refresh()

    def focus_search(self) -> bool:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
        return True

    # ----- the list ---------------------------------------------------------------------------
    def current_contact(self) -> Contact | None:
        index = self.list_view.currentIndex()
        return index.data(CONTACT_ROLE) if index.isValid() else None

    def refresh(self, select_id: int | None = None) -> None:
        if self.child is None:
            return
        current = self.current_contact()
        wanted = select_id if select_id is not None else (current.id if current else None)
        contacts = attempt(self, store.list_contacts_for_child, self.context.db, self.child.id)
        self.model.set_rows(contacts or [])
        self._update_empty_text(bool(contacts))
        self.select_contact(wanted)

    def select_contact(self, contact_id: int | None) -> None:
        row = self.model.row_of(contact_id)
        if row < 0:
            row = self.model.first_contact_row()
        if row >= 0:
            self.list_view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            self.list_view.selectionModel().clearCurrentIndex()
        self._show_contact(self.current_contact())

    def _on_search(self, words: str) -> None:
        current = self.current_contact()
        self.model.set_filter(words)
        self._update_empty_text(self.model.contact_count() > 0 or not words.strip())
        self.select_contact(current.id if current else None)

    def _update_empty_text(self, has_rows: bool) -> None:
        name = self.child.display_name if self.child else ""
        if self.search_edit.text().strip() and not self.model.contact_count():
            text = self.tr("No one matches “{words}”. Try part of a name, a role such as "
                           "“doctor”, or a few digits of a number.").format(
                               words=self.search_edit.text())
        elif not has_rows:
            text = self.tr("No one in {name}'s circle yet. Add the people who matter to "
                           "{name}: family, the caseworker, doctor, school.").format(name=name)
        else:
            text = ""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    def _on_current_changed(self, current, _previous) -> None:
        self._show_contact(current.data(CONTACT_ROLE) if current.isValid() else None)

    # ----- the detail pane --------------------------------------------------------------------
    def _show_contact(self, contact: Contact | None) -> None:
        for widget in self._detail_widgets:
            # Hidden at once: deleteLater alone leaves the old rows drawn until idle.
            self.details_grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._detail_widgets = []
        self.copy_buttons = []
        self.copied_label.clear()
        self.copied_label.hide()
        has = contact is not None
        for widget in (self.name_label, self.role_label, self.share_icon, self.share_label,
                       self.edit_button, self.export_button,
                       self.unlink_button, self.delete_button):
            widget.setVisible(has)
        self.notes_heading.setVisible(has and bool(contact.notes.strip()))
        self.notes_label.setVisible(has and bool(contact.notes.strip()))
        self.circle_label.setVisible(False)
        self.contact_shown.emit(contact)
        if not has:
            return
        self.name_label.setText(breakable(contact.name))
        relation = contact.relation.strip()
        same = relation.casefold() == contact.role_text.casefold()
        self.role_label.setText(" · ".join(
            p for p in (contact.role_text, "" if same else relation) if p))
        self._show_share_marking(contact.may_share)
        self._fill_details(contact)
        self.notes_label.setText(breakable(contact.notes))
        self.circle_label.setText(self._circle_text(contact))
        self.circle_label.setVisible(bool(self.circle_label.text()))
        self.unlink_button.setToolTip(self.tr(
            "Take {person} off {name}'s list; they stay saved for anyone else.").format(
                person=contact.name, name=self.child.display_name))

    def _show_share_marking(self, may_share: bool) -> None:
        # The same padlock and word as everywhere else a record is marked private or not.
        self.share_icon.setPixmap(privacy_icon(not may_share).pixmap(QSize(18, 18)))
        self.share_label.setText(
            self.tr("Shareable: these details can go on printouts.") if may_share else
            self.tr("Private: kept off printouts and exports unless you choose otherwise."))

    def _fill_details(self, contact: Contact) -> None:
        rows: list[tuple[str, str, bool]] = []   # caption, text, copyable
        for phone in contact.phones:
            rows.append((phone.label or self.tr("Phone"), phone.number, True))
        if contact.email.strip():
            rows.append((self.tr("Email"), contact.email.strip(), True))
        if contact.address.strip():
            rows.append((self.tr("Address"), contact.address.strip(), False))
        if contact.reach_by is not ReachBy.ANY or contact.reach_times.strip():
            rows.append((self.tr("Best reached by"), ", ".join(
                p for p in (contact.reach_by.label if contact.reach_by is not ReachBy.ANY
                            else "", contact.reach_times.strip()) if p), False))
        if contact.language.strip():
            rows.append((self.tr("Language"), contact.language.strip(), False))
        if contact.role is Role.SIBLING and contact.placed_with.strip():
            rows.append((self.tr("Lives with"), contact.placed_with.strip(), False))
        if contact.role is Role.SIBLING and contact.placed_with_phone.strip():
            rows.append((self.tr("Their home's phone"), contact.placed_with_phone.strip(), True))
        if not contact.has_way_to_reach:
            rows.append(("", self.tr("No phone, email or address saved yet."), False))
        for row, (caption, text, copyable) in enumerate(rows):
            caption_label = QLabel(caption, self.detail)
            make_hint(caption_label)
            # Shown breakable so a long email or link wraps; Copy still copies it whole.
            value = _selectable(QLabel(breakable(text), self.detail))
            self.details_grid.addWidget(caption_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.details_grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self._detail_widgets += [caption_label, value]
            if copyable:
                button = QPushButton(self.tr("Copy"), self.detail)
                button.setToolTip(self.tr("Copy {text}").format(text=text))
                button.setProperty("copy_text", text)
                button.clicked.connect(lambda _=False, t=text: self._copy(t))
                self.details_grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
                self._detail_widgets.append(button)
                self.copy_buttons.append(button)
        follow_layout(self)   # the Copy buttons are new

    def _circle_text(self, contact: Contact) -> str:
        others = [cid for cid in contact.child_ids if cid != self.child.id]
        if not others:
            return ""
        names = []
        for cid in others:
            other = attempt(self, child_store.get_child, self.context.db, cid)
            if other is not None:
                names.append(other.display_name)
        return self.tr("Also in the circle of: {names}").format(names=", ".join(names))

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._say(self.tr("Copied {text}").format(text=text))

    def _say(self, message: str) -> None:
        self.copied_label.setText(message)
        self.copied_label.show()

    # ----- changes ----------------------------------------------------------------------------
    def refresh_for(self, changes: Changes) -> None:
        if changes.touches(Kind.CONTACTS):
            # After taking someone off the list (record_id None) no one is chosen.
            self.refresh(select_id=changes.record_id if changes.record_id is not None else -1)
        else:
            self.journal_link.show_contact(self.child, self.current_contact())

    def _children_for_editor(self) -> list[Child]:
        return attempt(self, child_store.list_children, self.context.db) or [self.child]

    def add_contact(self) -> None:
        if self.child is None:
            return
        draft = Contact(name="", role=Role.BIRTH_PARENT, child_ids=[self.child.id])
        dialog = ContactEditor(self, draft, self._children_for_editor())
        while dialog.exec() == QDialog.DialogCode.Accepted:
            contact = dialog.contact()
            if not contact.child_ids:
                contact = contact.copy(child_ids=[self.child.id])
            self.search_edit.clear()   # so the list, refreshed by the change, shows them
            if perform(self.context, self, contact_actions.add_contact, contact) is not None:
                return
            # The save failed and was reported; the dialog opens again with the text kept.

    def edit_contact(self) -> None:
        before = self.current_contact()
        if before is None:
            return
        dialog = ContactEditor(self, before)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            after = dialog.contact()
            if after == before:
                return
            if perform(self.context, self, contact_actions.update_contact, after) is not None:
                return

    def link_existing(self) -> None:
        if self.child is None:
            return
        everyone = attempt(self, store.list_all_contacts, self.context.db)
        if everyone is None:
            return
        candidates = [c for c in everyone if self.child.id not in c.child_ids]
        if not candidates:
            QMessageBox.information(self, self.tr("Add someone already saved"), self.tr(
                "Everyone you have saved is already in {name}'s circle.").format(
                    name=self.child.display_name))
            return
        picker = ContactPicker(candidates, self.child.display_name, self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen() is None:
            return
        self.link(picker.chosen())

    def link(self, contact: Contact) -> None:
        """Make an existing contact part of this child's circle too."""
        self.search_edit.clear()
        perform(self.context, self, contact_actions.link_contact, contact.id, self.child.id)

    def unlink_current(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        if perform(self.context, self, contact_actions.unlink_contact, contact.id,
                   self.child.id) is None:
            return
        if contact.child_ids == [self.child.id]:
            # No child lists them now; say where they can still be found.
            self._say(self.tr("{name} is still saved. “Add someone already saved…” brings "
                              "them back to any child's list.").format(name=contact.name))

    def delete_current(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        others = len(contact.child_ids) - 1
        informative = self.tr("This cannot be undone.")
        mentioned = attempt(self, journal_store.count_entries_with_contact, self.context.db,
                            contact.id) or 0
        if mentioned:
            informative = self.tr(
                "{name} took part in %n journal entries. Those entries stay as they are, "
                "with {name}'s name kept.", "", mentioned).format(name=contact.name) \
                + "\n\n" + informative
        if others > 0:
            informative = self.tr(
                "They will also be removed from the circle of %n other children. To take "
                "them off this list only, choose “Remove from this list” instead.", "",
                others) + "\n\n" + informative
        if not confirm_destructive(
                self, self.tr("Delete {name}?").format(name=contact.name),
                self.tr("Delete {name} ({role}) from this computer?").format(
                    name=contact.name, role=contact.role_text),
                informative, self.tr("Delete for good")):
            return
        perform(self.context, self, contact_actions.delete_contact, contact.id)

    def export_vcard(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        if not contact.may_share and not self._confirm_private_export(contact):
            return
        # The caregiver has chosen (above) whether private details may go in this file.
        self._save_vcard(contact.name, self.tr("Export {name} as a vCard").format(
            name=contact.name), contact_vcard(contact_for_print(contact, allow_private=True)))

    def export_all(self) -> None:
        """Everyone on this child's list in one file; private people only if chosen now."""
        if self.child is None:
            return
        contacts = attempt(self, store.list_contacts_for_child, self.context.db, self.child.id)
        if not contacts:
            return
        private = [c for c in contacts if not c.may_share]
        include_private = False
        if private:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Export all"), self.tr(
                "%n people on this list are marked private.", "", len(private)),
                QMessageBox.StandardButton.NoButton, self)
            box.setInformativeText(self.tr("Private: {names}").format(
                names=", ".join(c.name for c in private)))
            shared_only = box.addButton(self.tr("Only those who may be shared"),
                                        QMessageBox.ButtonRole.AcceptRole)
            everyone = box.addButton(self.tr("Include the private ones, for my phone"),
                                     QMessageBox.ButtonRole.YesRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(shared_only)
            box.exec()
            if box.clickedButton() not in (shared_only, everyone):
                return
            include_private = box.clickedButton() is everyone
        printable = shareable_contacts(contacts, include_private=include_private)
        if not printable:
            QMessageBox.information(self, self.tr("Export all"), self.tr(
                "No one on this list is marked as shareable, so there is nothing to export."))
            return
        self._save_vcard(self.tr("{name}'s people").format(name=self.child.display_name),
                         self.tr("Export {name}'s people").format(name=self.child.display_name),
                         contacts_vcard(printable))

    def _save_vcard(self, file_stem: str, title: str, text: str) -> None:
        suggested = Path.home() / (_UNSAFE_FILE_CHARS.sub(" ", file_stem).strip() + ".vcf")
        path, _ = QFileDialog.getSaveFileName(self, title, str(suggested),
                                              self.tr("vCard files (*.vcf)"))
        if not path:
            return
        try:
            write_text(Path(path), text)
        except OSError as exc:
            report(self, exc)
            return
        self._say(self.tr("Saved {file}").format(file=Path(path).name))

    def _confirm_private_export(self, contact: Contact) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Export private details?"),
                          self.tr("{name}'s details are marked private.").format(
                              name=contact.name), QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr(
            "A vCard file can be passed on like any file. Export it only for your own "
            "phone. Your notes are never included."))
        export = box.addButton(self.tr("Export for my phone"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is export
