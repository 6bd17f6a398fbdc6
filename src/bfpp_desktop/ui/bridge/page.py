"""Bridge book: the notebook between the two homes, shown as a conversation.

Our pages sit on the left, what came back on the right, newest at the bottom.
A page still out with the parent says so gently; nothing here counts or chases.
"""
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSizePolicy, QVBoxLayout, QWidget)

from bfpp_desktop.actions import Kind
from bfpp_desktop.actions import bridge_book as book_actions
from bfpp_desktop.actions import world as world_actions
from bfpp_desktop.core.bridge_book import BridgePage, PageState, answers_to_file, source_note
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.filing import Provenance
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.reports.catalogue import BRIDGE_BOOK
from bfpp_desktop.storage import bridge_book as book
from bfpp_desktop.storage.photos import photo_path
from bfpp_desktop.ui.bridge.page_editor import BridgePageEditor
from bfpp_desktop.ui.bridge.photos import photo_label
from bfpp_desktop.ui.bridge.reply_dialog import BridgeReplyDialog
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.conversations.file_answers_dialog import FileAnswersDialog
from bfpp_desktop.ui.widgets.tab_order import follow_layout
from bfpp_desktop.ui.widgets.formatting import long_date
from bfpp_desktop.ui.widgets.child_page import ChildPage
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint
from bfpp_desktop.ui.undo import perform

if TYPE_CHECKING:  # imported when printing: it loads QtPdf and the print dialogs
    from bfpp_desktop.ui.printing.print_center import PrintCenter

PREVIEW_CHARS = 600
THUMB = QSize(150, 120)
OURS_STYLE = "QFrame#ourPage { border: 1px solid palette(mid); border-radius: 8px; }"
THEIRS_STYLE = ("QFrame#theirReply { border: 1px solid palette(mid); border-radius: 8px; "
                "background: palette(alternate-base); }")


def _elided(text: str, limit: int = PREVIEW_CHARS) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


class BridgeBookPage(ChildPage):
    SHOWS = Kind.BRIDGE_BOOK
    PRINTS = BRIDGE_BOOK.id       # the print center starts on the newest page
    def __init__(self, context, parent=None, today: date | None = None):
        super().__init__(context, parent)
        self._today = today
        self.setObjectName("bridgeBookPage")
        self.pages: list[BridgePage] = []
        self.editor: BridgePageEditor | None = None
        self.reply_dialog: BridgeReplyDialog | None = None
        self.filing_dialog: FileAnswersDialog | None = None
        self.print_center: "PrintCenter | None" = None

        self.heading = QLabel(self)
        make_heading(self.heading, 1.3)
        self.intro = QLabel(self)
        make_hint(self.intro)
        self.prepare_button = QPushButton(self.tr("Prepare the next page…"), self)
        self.prepare_button.setObjectName("prepareButton")
        self.prepare_button.clicked.connect(self.prepare_next_page)
        top = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self.heading)
        words.addWidget(self.intro)
        top.addLayout(words, 1)
        top.addWidget(self.prepare_button, 0, Qt.AlignmentFlag.AlignTop)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        bar = self.scroll.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high))   # newest in view
        self._new_thread()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)

    def today(self) -> date:
        return self._today or date.today()

    def show_child(self, child: Child | None) -> None:
        self.pages = []
        if child is not None:
            self.pages = attempt(self, book.list_pages, self.context.db, child.id) or []
        self._draw()

    # ----- the thread ------------------------------------------------------------------------
    def _new_thread(self) -> None:
        """A fresh widget for the thread; the scroll area deletes the old one."""
        self.thread = QWidget(self)
        self.thread_layout = QVBoxLayout(self.thread)
        self.thread_layout.setSpacing(14)
        self.scroll.setWidget(self.thread)

    def _draw(self) -> None:
        self._new_thread()
        child = self.child
        if child is None:
            self.heading.clear()
            self.intro.clear()
            self.prepare_button.setEnabled(False)
            return
        self.prepare_button.setEnabled(True)
        name = child.display_name
        self.heading.setText(self.tr("{name}'s bridge book").format(name=name))
        self.intro.setText(self.tr(
            "A notebook that goes with {name} to family time: you write how the days went, "
            "the parent reads it and writes back.").format(name=name))
        if not self.pages:
            empty = QLabel(self.tr(
                "Nothing in the book yet. The first page can share how {name}'s week went, a "
                "photo or two, and a question for the parent.").format(name=name), self.thread)
            empty.setObjectName("emptyState")
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.thread_layout.addStretch(1)
            self.thread_layout.addWidget(empty)
            self.thread_layout.addStretch(2)
            return
        for page in self.pages:
            self.thread_layout.addLayout(self._aligned(self._our_card(page), left=True))
            if page.state is PageState.REPLIED:
                self.thread_layout.addLayout(self._aligned(self._their_card(page), left=False))
            else:
                waiting = QLabel(self.tr(
                    "Waiting for {who}'s reply. Notebooks often come back after the next "
                    "family time.").format(who=page.to_name or self.tr("the parent")),
                    self.thread)
                waiting.setObjectName(f"waiting{page.number}")
                make_hint(waiting)
                waiting.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.thread_layout.addWidget(waiting)
        self.thread_layout.addStretch(1)
        follow_layout(self)   # the cards are new

    def _aligned(self, card: QWidget, left: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        if not left:
            row.addStretch(1)
        row.addWidget(card, 5)
        if left:
            row.addStretch(1)
        return row

    def _card(self, name: str, style: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(self.thread)
        card.setObjectName(name)
        card.setStyleSheet(style)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 10, 14, 10)
        return card, layout

    def _label(self, text: str, parent: QWidget, hint: bool = False) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if hint:
            make_hint(label)
        return label

    def _our_card(self, page: BridgePage) -> QFrame:
        card, layout = self._card("ourPage", OURS_STYLE)
        card.setAccessibleName(self.tr("Page {n}").format(n=page.number))
        who = page.to_name or self.tr("the parent")
        head = self._label(self.tr("Page {n} · {date} · to {who}").format(
            n=page.number, date=long_date(page.prepared_on), who=who), card)
        make_heading(head, 1.05)
        layout.addWidget(head)
        if page.letter.strip():
            layout.addWidget(self._label(_elided(page.letter), card))
        for summary in page.summaries:
            layout.addWidget(self._label(f"• {summary.text}", card))
        if page.photos:
            row = QHBoxLayout()
            for photo in page.photos:
                row.addWidget(photo_label(photo_path(self.context.data_dir, page.child_id,
                                                     photo.file_name), THUMB, card))
            row.addStretch(1)
            layout.addLayout(row)
        for question in page.questions:
            layout.addWidget(self._label(self.tr("Question: {q}").format(q=question.text),
                                         card, hint=True))
        buttons = QHBoxLayout()
        printing = QPushButton(self.tr("Print this page…"), card)
        printing.setObjectName(f"print{page.number}")
        printing.clicked.connect(lambda _c=False, n=page.number: self.print_page(n))
        record = QPushButton(self.tr("Record what came back…") if page.state is
                             PageState.WAITING else self.tr("Change the reply…"), card)
        record.setObjectName(f"record{page.number}")
        record.clicked.connect(lambda _c=False, pid=page.id: self.record_reply(pid))
        buttons.addWidget(printing)
        buttons.addWidget(record)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return card

    def _their_card(self, page: BridgePage) -> QFrame:
        card, layout = self._card("theirReply", THEIRS_STYLE)
        who = page.to_name or self.tr("The parent")
        head = self._label(self.tr("{who} wrote back · {date}").format(
            who=who, date=long_date(page.reply_on)) if page.reply_on else
            self.tr("{who} wrote back").format(who=who), card)
        make_heading(head, 1.05)
        layout.addWidget(head)
        if page.reply_text.strip():
            layout.addWidget(self._label(_elided(page.reply_text, PREVIEW_CHARS * 2), card))
        for question in page.questions:
            if question.answer.strip():
                layout.addWidget(self._label(question.text, card, hint=True))
                layout.addWidget(self._label(question.answer, card))
        if page.reply_photo:
            layout.addWidget(photo_label(photo_path(self.context.data_dir, page.child_id,
                                                    page.reply_photo), QSize(220, 280), card))
        if answers_to_file(page):
            add = QPushButton(self.tr("Add what you learned to {name}'s page…").format(
                name=self.child.display_name.replace("&", "&&")), card)   # not a shortcut
            add.setObjectName(f"file{page.number}")
            add.clicked.connect(lambda _c=False, pid=page.id: self.file_answers(pid))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(add)
            layout.addLayout(row)
        return card

    # ----- actions ---------------------------------------------------------------------------
    def print_page(self, number: int) -> "PrintCenter | None":
        """The print center on this page of the book, ready to print or save as PDF."""
        from bfpp_desktop.ui.printing.print_center import PrintCenter
        if self.child is None:
            return None
        if self.print_center is not None:
            self.print_center.close()
        center = PrintCenter(self.context, self.child, self.window(), today=self.today())
        center.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        center.destroyed.connect(self._on_print_center_gone)
        center.page_number = number
        center.setWindowTitle(self.tr("Print center — {name}, bridge book page {n}").format(
            name=self.child.display_name, n=number))
        already = center.spec is BRIDGE_BOOK
        center.select_document(BRIDGE_BOOK.id)
        if already:                 # the preview shown was of the newest page
            center.refresh_preview()
        self.print_center = center
        center.show()
        return center

    def _on_print_center_gone(self) -> None:
        self.print_center = None

    def prepare_next_page(self) -> BridgePageEditor | None:
        child = self.child
        if child is None:
            return None
        db = self.context.db
        gathered = attempt(self, book.gather_since_last_page, db, child.id, self.today())
        if gathered is None:
            return None
        names = attempt(self, book.birth_parent_names, db, child.id) or []
        starters = load_guide().stage(child.stage).questions
        editor = BridgePageEditor(self, self.context.data_dir, child, gathered, starters, names,
                                  self._add_page, self.today())
        self.editor = editor
        editor.open()
        return editor

    def record_reply(self, page_id: int) -> BridgeReplyDialog | None:
        page = next((p for p in self.pages if p.id == page_id), None)
        if page is None:
            return None
        dialog = BridgeReplyDialog(self, self.context.photos, page,
                                   self._update_page,
                                   self.today())
        dialog.accepted.connect(lambda: self._on_reply_saved(dialog.saved))
        self.reply_dialog = dialog
        dialog.open()
        return dialog

    def _add_page(self, page: BridgePage) -> BridgePage | None:
        """The editor's save: the saved page, or None (reported; the editor keeps the text)."""
        result = perform(self.context, self, book_actions.add_page, page)
        return result.value if result is not None else None

    def _update_page(self, page: BridgePage) -> BridgePage | None:
        result = perform(self.context, self, book_actions.update_page, page)
        return result.value if result is not None else None

    def _on_reply_saved(self, page: BridgePage | None) -> None:
        if page is not None and answers_to_file(page):
            self.file_answers(page.id)

    def file_answers(self, page_id: int) -> FileAnswersDialog | None:
        """Offer the parent's answers for the child's routines, likes and care."""
        page = next((p for p in self.pages if p.id == page_id), None)
        if page is None:
            return None
        provenance = Provenance(who=page.to_name, note=source_note(),
                                on=page.reply_on or self.today())
        dialog = FileAnswersDialog(self, self.child.display_name, self.child.id,
                                   answers_to_file(page), provenance)
        dialog.accepted.connect(lambda: self._file(dialog.items_to_file()))
        self.filing_dialog = dialog
        dialog.open()
        return dialog

    def _file(self, items) -> None:
        if items:
            perform(self.context, self, world_actions.add_items, items)   # About shows them
