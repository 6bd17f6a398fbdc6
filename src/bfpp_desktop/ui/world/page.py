"""About <name>: the child's routines, likes, care practices, health and school.

A few dozen items per child at most, so each item is a small row of widgets
(text, who told us, private or shareable, and its buttons) rebuilt from
storage after every change; the filter box hides rows that do not match.
"""
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QScrollArea, QStyle, QToolButton, QVBoxLayout,
                               QWidget)

from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.actions import world as world_actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.core.world import (SECTION_ORDER, DayType, Section, Severity, WorldItem,
                                     contact_line, kind_label, new_item, provenance_text)
from bfpp_desktop.reports.catalogue import ROUTINE_SHEET
from bfpp_desktop.storage import contacts as contact_store
from bfpp_desktop.storage import world as store
from bfpp_desktop.ui.widgets.sizing import fit_placeholder
from bfpp_desktop.ui.widgets.tab_order import follow_layout
from bfpp_desktop.ui.widgets.confirm import confirm_destructive
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.widgets.formatting import breakable, short_date
from bfpp_desktop.ui.widgets.child_page import ChildPage
from bfpp_desktop.ui.widgets.privacy import privacy_icon, privacy_word
from bfpp_desktop.ui.widgets.styles import WARNING_SIGN, make_heading, make_hint
from bfpp_desktop.ui.undo import perform
from bfpp_desktop.ui.world.editor import WorldItemEditor


def _html(text: str) -> str:
    return escape(breakable(text))


def time_for_people(item: WorldItem) -> str:
    """Stored HH:MM (or a range) in the locale's clock; words stay as written."""
    if item.time_is_words:
        return item.time_text
    locale = QLocale()
    return "–".join(locale.toString(QTime.fromString(part, "HH:mm"),
                                    QLocale.FormatType.ShortFormat)
                    for part in item.time_text.split("–"))


def item_html(item: WorldItem, contact: Contact | None = None) -> str:
    """The row's main text: what, when, steps and comforts, all user text escaped.

    *contact* is the person from the People list a doctor or dentist refers to.
    """
    head = f"<b>{_html(item.title)}</b>"
    if item.section is not Section.ROUTINE:
        head = f"{escape(kind_label(item.section, item.kind))} · {head}"
    if item.time_text:
        head = f"{_html(time_for_people(item))} &nbsp; {head}"
    if item.section is Section.ROUTINE and item.day_type is not DayType.EVERY_DAY:
        head += f" &nbsp;<i>({escape(item.day_type.label)})</i>"
    parts = [head]
    if item.section is Section.HEALTH and item.severity is not Severity.NONE:
        parts.append(f"<b>{WARNING_SIGN} {escape(item.severity.label)}</b>")
    line = contact_line(contact, item.title) if contact is not None else ""
    if line:
        parts.append(escape(QCoreApplication.translate("WorldRow", "From People:")) + " " +
                     _html(line))
    if item.details:
        parts.append(_html(item.details).replace("\n", "<br>"))
    if item.steps:
        parts.append("<ol style='margin-top:0; margin-bottom:0'>" +
                     "".join(f"<li>{_html(s)}</li>" for s in item.steps) + "</ol>")
    if item.comfort_items:
        parts.append(escape(QCoreApplication.translate("WorldRow", "Comfort:")) + " " +
                     _html(", ".join(item.comfort_items)))
    # A <br> right before or after a list adds an empty line; lists break lines already.
    out = ""
    for part in parts:
        if out and not out.endswith("</ol>") and not part.startswith("<ol"):
            out += "<br>"
        out += part
    return out


class WorldRow(QFrame):
    """One item: its text, who told us, the private marking, and what can be done to it."""

    edit_clicked = Signal(object)
    delete_clicked = Signal(object)
    move_clicked = Signal(object, int)

    def __init__(self, item: WorldItem, first: bool, last: bool, parent=None,
                 contact: Contact | None = None):
        super().__init__(parent)
        self.item = item
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text_label = QLabel(item_html(item, contact), self)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label = QLabel(
            breakable(provenance_text(item, short_date(item.source_date))), self)
        make_hint(self.source_label)
        self.privacy_icon = QLabel(self)
        self.privacy_icon.setPixmap(privacy_icon(item.private).pixmap(16, 16))
        self.privacy_label = QLabel(privacy_word(item.private), self)
        self.privacy_label.setToolTip(
            self.tr("Left off printouts unless you choose to include it") if item.private
            else self.tr("Can go on printouts for the family or a babysitter"))

        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.up_button = self._arrow(QStyle.StandardPixmap.SP_ArrowUp, self.tr("Move up"))
        self.down_button = self._arrow(QStyle.StandardPixmap.SP_ArrowDown, self.tr("Move down"))
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.up_button.setEnabled(not first)
        self.down_button.setEnabled(not last)
        self.edit_button.clicked.connect(lambda: self.edit_clicked.emit(self.item))
        self.delete_button.clicked.connect(lambda: self.delete_clicked.emit(self.item))
        self.up_button.clicked.connect(lambda: self.move_clicked.emit(self.item, -1))
        self.down_button.clicked.connect(lambda: self.move_clicked.emit(self.item, 1))

        footer = QHBoxLayout()
        footer.setSpacing(6)
        footer.addWidget(self.source_label, 1)
        footer.addWidget(self.privacy_icon)
        footer.addWidget(self.privacy_label)
        footer.addSpacing(12)
        for button in (self.up_button, self.down_button, self.edit_button, self.delete_button):
            footer.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 8, 8)
        column.setSpacing(4)
        column.addWidget(self.text_label)
        column.addLayout(footer)

    def _arrow(self, icon: QStyle.StandardPixmap, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(text)
        button.setAccessibleName(text)
        return button

    def mouseDoubleClickEvent(self, event) -> None:
        self.edit_clicked.emit(self.item)
        super().mouseDoubleClickEvent(event)


class SectionBox(QWidget):
    """A heading, an Add button, the rows, and a calm sentence when there are none."""

    add_clicked = Signal(object)

    def __init__(self, section: Section, parent=None):
        super().__init__(parent)
        self.section = section
        self.heading = QLabel(section.label, self)
        make_heading(self.heading, 1.25)
        self.add_button = QPushButton(self._add_text(section), self)
        self.add_button.clicked.connect(lambda: self.add_clicked.emit(self.section))
        self.empty_label = QLabel(self)
        make_hint(self.empty_label)
        self.rows: list[WorldRow] = []
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.add_button)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(6)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(top)
        column.addWidget(self.empty_label)
        column.addLayout(self.rows_layout)

    def _add_text(self, section: Section) -> str:
        return {
            Section.ROUTINE: self.tr("Add a routine…"),
            Section.LIKES: self.tr("Add a like or dislike…"),
            Section.CARE: self.tr("Add a care practice…"),
            Section.HEALTH: self.tr("Add a health note…"),
            Section.SCHOOL: self.tr("Add a school note…"),
        }[section]

    def empty_text(self, name: str) -> str:
        return {
            Section.ROUTINE: self.tr("Nothing here yet. {name}'s day — waking, meals, naps, "
                                     "bath and bedtime — can go here, step by step."),
            Section.LIKES: self.tr("Nothing here yet. Favourite foods, toys, songs and "
                                   "what soothes {name} can go here."),
            Section.CARE: self.tr("Nothing here yet. Hair and skin care, bathing, clothing, "
                                  "food, faith and family traditions can go here."),
            Section.HEALTH: self.tr("Nothing here yet. Allergies, medicines, the doctor and "
                                    "dentist can go here."),
            Section.SCHOOL: self.tr("Nothing here yet. {name}'s school or childcare, "
                                    "teacher and schedule can go here."),
        }[self.section].format(name=name)

    def set_rows(self, rows: list[WorldRow], name: str) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = rows
        for row in rows:
            self.rows_layout.addWidget(row)
        self.empty_label.setText(self.empty_text(name))
        self.empty_label.setVisible(not rows)

    def apply_filter(self, needle: str) -> int:
        """Show only rows containing *needle*; returns how many are shown."""
        shown = 0
        for row in self.rows:
            match = not needle or needle in row.item.search_text()
            row.setVisible(match)
            shown += match
        if needle and self.rows:
            self.empty_label.setText(self.tr("Nothing in this section matches."))
            self.empty_label.setVisible(shown == 0)
        return shown


class AboutChildPage(ChildPage):
    # A linked doctor's number is shown here too.
    SHOWS = Kind.WORLD | Kind.CONTACTS
    PRINTS = ROUTINE_SHEET.id

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.contacts: dict[int, Contact] = {}   # the child's people, for doctor and dentist
        self.heading = QLabel(self)
        make_heading(self.heading, 1.6)
        self.heading.setWordWrap(True)
        self.intro = QLabel(self)
        make_hint(self.intro)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName(self.tr("Find on this page"))
        self.filter_edit.setPlaceholderText(self.tr("Find on this page (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(320)
        fit_placeholder(self.filter_edit)
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.sections = {section: SectionBox(section, self) for section in SECTION_ORDER}

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.filter_edit)
        column.addLayout(top)
        column.addWidget(self.intro)
        self.no_match = QLabel(self)
        make_hint(self.no_match)
        self.no_match.setVisible(False)
        column.addWidget(self.no_match)
        # A row of section names that jump down the page, so nothing needs long scrolling.
        jumps = QHBoxLayout()
        jumps.setSpacing(4)
        jumps.addWidget(QLabel(self.tr("Go to:"), self))
        self.jump_buttons = {}
        for section in SECTION_ORDER:
            button = QPushButton(section.label, self)
            button.setFlat(True)
            button.clicked.connect(lambda _checked=False, s=section: self.jump_to(s))
            jumps.addWidget(button)
            self.jump_buttons[section] = button
        jumps.addStretch(1)
        column.addLayout(jumps)
        for box in self.sections.values():
            column.addSpacing(10)
            column.addWidget(box)
            box.add_clicked.connect(self._on_add)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Rows wrap to the window's width; sideways scrolling is hard to follow.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    def show_child(self, child: Child | None) -> None:
        if child is None:
            return
        self.heading.setText(breakable(self.title(child)))
        self.intro.setText(self.tr(
            "What {name}'s family has shared and what you have noticed, so each day "
            "feels familiar. "
            "Items marked Private stay off printouts unless you choose them.")
            .format(name=breakable(child.display_name)))
        self.reload()

    def jump_to(self, section: Section) -> None:
        box = self.sections[section]
        self.scroll.verticalScrollBar().setValue(box.y())
        box.add_button.setFocus()

    def focus_search(self) -> bool:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()
        return True

    # ----- showing ------------------------------------------------------------------------
    def reload(self, focus: tuple[int, str] | None = None) -> None:
        """Rebuild the rows from storage; *focus* = (item id, button name) to refocus."""
        if self.child is None:
            return
        items = attempt(self, store.list_items, self.context.db, self.child.id)
        if items is None:
            return
        self.contacts = {c.id: c for c in attempt(
            self, contact_store.list_contacts_for_child, self.context.db, self.child.id) or []}
        for section, box in self.sections.items():
            mine = [i for i in items if i.section is section]
            rows = []
            for n, item in enumerate(mine):
                row = WorldRow(item, first=n == 0, last=n == len(mine) - 1, parent=box,
                               contact=self._linked_contact(item))
                row.edit_clicked.connect(self._on_edit)
                row.delete_clicked.connect(self._on_delete)
                row.move_clicked.connect(self._on_move)
                rows.append(row)
            box.set_rows(rows, breakable(self.child.display_name))
        self._on_filter_changed(self.filter_edit.text())
        follow_layout(self)   # the rows are new
        if focus is not None:
            self._refocus(*focus)

    def _linked_contact(self, item: WorldItem) -> Contact | None:
        if item.contact_id is None:
            return None
        found = self.contacts.get(item.contact_id)
        if found is None:
            # Linked, but no longer on this child's list: still show who it is.
            found = attempt(self, contact_store.get_contact, self.context.db, item.contact_id)
        return found

    def _refocus(self, item_id: int, button: str) -> None:
        for box in self.sections.values():
            for row in box.rows:
                if row.item.id == item_id:
                    target = getattr(row, button)
                    if not target.isEnabled():
                        target = row.edit_button
                    target.setFocus()
                    self.scroll.ensureWidgetVisible(row)

    def row_for(self, item_id: int) -> WorldRow | None:
        return next((r for box in self.sections.values() for r in box.rows
                     if r.item.id == item_id), None)

    def _on_filter_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        shown = sum(box.apply_filter(needle) for box in self.sections.values())
        self.no_match.setText(self.tr(
            "Nothing on this page matches “{words}”. Try a shorter word, or clear the "
            "box to see everything.").format(words=text.strip()))
        self.no_match.setVisible(bool(needle) and shown == 0)

    def refresh_for(self, changes: Changes) -> None:
        self.reload()

    # ----- changing -----------------------------------------------------------------------
    def open_editor(self, item: WorldItem, save) -> WorldItem | None:
        """Run the editor; returns the saved item, or None when cancelled."""
        editor = WorldItemEditor(item, save, self, contacts=list(self.contacts.values()))
        editor.exec()
        return editor.saved

    def _on_add(self, section: Section) -> None:
        if self.child is None:
            return
        saved = self.open_editor(new_item(self.child.id, section),
                                 lambda item: self._save(world_actions.add_item, item))
        if saved is not None:
            self._refocus(saved.id, "edit_button")

    def _on_edit(self, before: WorldItem) -> None:
        # Saving it unchanged is no step to undo.
        saved = self.open_editor(before, lambda item: before if item == before
                                 else self._save(world_actions.update_item, item))
        if saved is not None:
            self._refocus(saved.id, "edit_button")

    def _save(self, action, item: WorldItem) -> WorldItem | None:
        """The editor's save: None when it failed (reported; the editor keeps the text)."""
        result = perform(self.context, self, action, item)
        return result.value if result is not None else None

    def _on_move(self, item: WorldItem, step: int) -> None:
        if perform(self.context, self, world_actions.move_item, item.id,
                   item.position + step) is not None:
            self._refocus(item.id, "up_button" if step < 0 else "down_button")

    def confirm_delete(self, item: WorldItem) -> bool:
        return confirm_destructive(
            self, self.tr("Delete this?"), self.tr("Delete “{title}”?").format(title=item.title),
            self.tr("You can bring it back with Edit > Undo (Ctrl+Z)."), self.tr("Delete"),
            QMessageBox.Icon.Question)

    def _on_delete(self, item: WorldItem) -> None:
        if not self.confirm_delete(item):
            return
        perform(self.context, self, world_actions.delete_item, item.id)
