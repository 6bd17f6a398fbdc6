"""A caregiver prepares a bridge-book page with one summary, one photo and two
questions, prints it, types in Rosa's reply and files one answer as a like."""
from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QFrame, QLabel, QPushButton

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Role
from bfpp_desktop.core.journal import JournalEntry, Photo
from bfpp_desktop.core.world import Section, provenance_text
from bfpp_desktop.demo.png import png_bytes
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.connection import open_database
from bfpp_desktop.storage.contacts import add_contact
from bfpp_desktop.storage.journal import add_entry
from bfpp_desktop.storage.photos import store_photo_bytes
from bfpp_desktop.storage.world import list_items
from bfpp_desktop.ui.bridge.page import BridgeBookPage


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_prepare_print_reply_and_file_a_like(make_window, data_dir, qtbot, monkeypatch,
                                             tmp_path):
    yesterday = date.today() - timedelta(days=1)
    db = open_database(paths.database_path(data_dir))
    maya = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    add_contact(db, Contact(name="Rosa Ortiz", role=Role.BIRTH_PARENT, may_share=True,
                            child_ids=[maya.id]))
    picture = store_photo_bytes(data_dir, maya.id, png_bytes(60, 40, (250, 200, 60),
                                                             (60, 150, 220)))
    private = store_photo_bytes(data_dir, maya.id, png_bytes(20, 20, (0, 0, 0), (5, 5, 5)))
    add_entry(db, JournalEntry(
        child_id=maya.id, entry_date=yesterday, title="Park", notes="PRIVATE-NOTES",
        share_summary="Maya went down the big slide by herself.",
        photos=[Photo(picture, caption="Big slide", shareable=True),
                Photo(private, caption="PRIVATE-PHOTO")]))
    db.close()

    window = make_window()
    page = next(p for p in window.pages if isinstance(p, BridgeBookPage))
    window.ui.childTabs.setCurrentWidget(page)
    assert page.findChild(type(page.heading), "emptyState") is not None

    # Prepare the page.
    _click(qtbot, page.prepare_button)
    editor = page.editor
    assert editor.isVisible()
    assert editor.to_name.currentText() == "Rosa"
    qtbot.keyClicks(editor.letter, "Dear Rosa, Maya had a happy week.")
    assert editor.news.item(0).checkState() == Qt.CheckState.Checked      # to share: ticked
    assert [editor.photos.item(i).checkState() for i in range(2)] == [Qt.CheckState.Unchecked] * 2
    editor.tick(editor.photos, 0)                                        # the shareable one
    editor.tick(editor.questions, 0)
    qtbot.keyClicks(editor.own_questions[0], "What does Maya like for breakfast?")
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    _click(qtbot, save)
    assert editor.isVisible() and "I checked" not in editor.photo_message.text()
    assert "tick" in editor.photo_message.text()      # photos must be looked at first
    _click(qtbot, editor.photos_checked)
    _click(qtbot, save)
    assert not editor.isVisible()
    assert [p.number for p in page.pages] == [1]
    assert page.thread.findChild(type(page.heading), "waiting1") is not None

    # Print it through the page's print button and save the PDF.
    _click(qtbot, page.thread.findChild(QPushButton, "print1"))
    center = page.print_center
    qtbot.waitUntil(lambda: center.current_pdf is not None, timeout=20000)
    target = tmp_path / "bridge.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    _click(qtbot, center.save_button)
    reader = PdfReader(target)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for words in ("Dear Rosa, Maya had a happy week.", "Maya went down the big slide",
                  "Big slide", "What does Maya like for breakfast?", "Your turn, Rosa",
                  "Bridge book, page 1"):
        assert words in text
    assert sum(len(p.images) for p in reader.pages) == 1
    assert "PRIVATE" not in text
    center.close()

    # The notebook comes back: type the reply and one answer.
    _click(qtbot, page.thread.findChild(QPushButton, "record1"))
    reply = page.reply_dialog
    qtbot.keyClicks(reply.reply_text, "Thank you! She loves the slide.")
    qtbot.keyClicks(reply.answers[1], "Mango with rice")
    _click(qtbot, reply.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Save))
    assert not reply.isVisible()
    assert page.pages[0].reply_text == "Thank you! She loves the slide."

    # Filing opens by itself; the answer goes in as a like.
    filing = page.filing_dialog
    assert filing.isVisible() and len(filing.rows) == 1
    _click(qtbot, filing.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    likes = list_items(window.context.db, maya.id, Section.LIKES)
    assert [item.title for item in likes] == ["Mango with rice"]
    assert likes[0].source_who == "Rosa" and likes[0].source_note == "bridge book"
    assert "from Rosa · bridge book" in provenance_text(likes[0])
    assert likes[0].source_date == date.today()
    replies = page.thread.findChildren(QFrame, "theirReply")
    assert len(replies) == 1 and "Rosa wrote back" in replies[0].findChild(QLabel).text()
