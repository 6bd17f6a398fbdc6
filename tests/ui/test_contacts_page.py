import vobject
import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Phone, Role
from bfpp_desktop.storage import contacts as store
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.contacts.page import ContactsPage
from bfpp_desktop.ui.widgets.privacy import privacy_icon

from contact_helpers import answer_editor, answer_message_boxes, answer_picker

Accept = QMessageBox.ButtonRole.AcceptRole
Destructive = QMessageBox.ButtonRole.DestructiveRole


@pytest.fixture
def setup(qtbot, db, data_dir, tmp_path):
    maya = add_child(db, Child(full_name="Maya Ortiz", preferred_name="Maya"))
    leo = add_child(db, Child(full_name="Leo Ortiz", preferred_name="Leo"))
    rosa = store.add_contact(db, Contact(
        name="Rosa Ortiz", role=Role.BIRTH_PARENT, relation="Mom", may_share=True,
        phones=[Phone("mobile", "(555) 010-0142")], email="rosa@example.org",
        child_ids=[maya.id, leo.id]))
    luis = store.add_contact(db, Contact(
        name="Luis Rodríguez", role=Role.BIRTH_PARENT, relation="Dad", may_share=False,
        phones=[Phone("mobile", "555.010.0177")], notes="private note", child_ids=[maya.id]))
    dana = store.add_contact(db, Contact(name="Dana Park", role=Role.CASEWORKER,
                                         may_share=True, child_ids=[maya.id]))
    context = AppContext(db=db, data_dir=data_dir,
                         settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                         undo_stack=QUndoStack())
    page = ContactsPage(context)
    qtbot.addWidget(page)
    page.set_child(maya)
    page.show()
    return page, db, {"maya": maya, "leo": leo, "rosa": rosa, "luis": luis, "dana": dana}


def _rows(page):
    return [page.model.index(r).data().strip() for r in range(page.model.rowCount())]


def test_list_is_grouped_by_role_with_headings(setup):
    page, _, _ = setup
    assert _rows(page) == ["Birth parent", "Luis Rodríguez  (Dad · private)",
                           "Rosa Ortiz  (Mom)", "Caseworker", "Dana Park"]
    assert not page.model.flags(page.model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    assert page.model.flags(page.model.index(1)) & Qt.ItemFlag.ItemIsSelectable
    assert page.current_contact().name == "Luis Rodríguez"


def test_search_box_narrows_by_name_or_number(setup, qtbot):
    page, _, _ = setup
    assert page.focus_search()
    qtbot.keyClicks(page.search_edit, "5550100142")
    assert _rows(page) == ["Birth parent", "Rosa Ortiz  (Mom)"]
    assert page.current_contact().name == "Rosa Ortiz"
    page.search_edit.setText("nobody")
    assert page.model.contact_count() == 0 and "nobody" in page.empty_label.text()
    assert "Try" in page.empty_label.text()


def test_share_marking_shows_words_and_icon(setup):
    page, _, people = setup
    page.select_contact(people["luis"].id)
    assert page.share_label.text().startswith("Private")
    assert not page.share_icon.pixmap().isNull()
    # The padlock every other page uses, not a warning triangle.
    assert page.share_icon.pixmap().toImage() == \
        privacy_icon(True).pixmap(QSize(18, 18)).toImage()
    page.select_contact(people["rosa"].id)
    assert page.share_label.text().startswith("Shareable")
    assert page.share_icon.pixmap().toImage() == \
        privacy_icon(False).pixmap(QSize(18, 18)).toImage()


def test_the_padlock_is_sharp_at_200_percent(qapp):
    drawn = privacy_icon(True, 16).pixmap(QSize(16, 16), 2.0)
    assert drawn.width() == 32 and drawn.devicePixelRatio() == 2.0


def test_copy_buttons_copy_number_and_email(setup, qtbot):
    page, _, people = setup
    page.select_contact(people["rosa"].id)
    texts = [b.property("copy_text") for b in page.copy_buttons]
    assert texts == ["(555) 010-0142", "rosa@example.org"]
    page.copy_buttons[0].click()
    assert QGuiApplication.clipboard().text() == "(555) 010-0142"
    page.copy_buttons[1].click()
    assert QGuiApplication.clipboard().text() == "rosa@example.org"


def test_contact_with_no_way_to_reach_says_so(setup):
    page, _, people = setup
    page.select_contact(people["dana"].id)
    assert page.copy_buttons == []
    assert any("No phone, email or address" in w.text() for w in page._detail_widgets
               if hasattr(w, "text"))


def test_export_vcard_writes_a_card_the_library_reads(setup, monkeypatch, tmp_path):
    page, _, people = setup
    target = tmp_path / "rosa.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.select_contact(people["rosa"].id)
    page.export_button.click()
    card = vobject.readOne(target.read_text(encoding="utf-8"))
    assert card.fn.value == "Rosa Ortiz" and card.tel.value == "(555) 010-0142"


def test_export_onto_a_full_disk_keeps_the_old_card(setup, monkeypatch, tmp_path, no_modal):
    import errno

    from bfpp_desktop.core import whole_file
    page, _, people = setup
    target = tmp_path / "rosa.vcf"
    target.write_text("the card from last month", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def full(_path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(whole_file, "_flush_to_disk", full)
    page.select_contact(people["rosa"].id)
    page.export_button.click()
    assert any("disk is full" in text for text in no_modal)
    assert target.read_text(encoding="utf-8") == "the card from last month"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


def test_private_contact_export_asks_first(setup, monkeypatch, tmp_path):
    page, _, people = setup
    target = tmp_path / "luis.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.select_contact(people["luis"].id)
    shown = answer_message_boxes(monkeypatch, None)
    page.export_button.click()
    assert shown and "private" in shown[0] and not target.exists()
    answer_message_boxes(monkeypatch, Accept)
    page.export_button.click()
    text = target.read_text(encoding="utf-8")
    assert "555.010.0177" in text and "private note" not in text


def test_delete_asks_first(setup, monkeypatch):
    page, db, people = setup
    page.select_contact(people["dana"].id)
    shown = answer_message_boxes(monkeypatch, None)
    page.delete_button.click()
    assert "Dana Park" in shown[0] and store.get_contact(db, people["dana"].id) is not None
    answer_message_boxes(monkeypatch, Destructive)
    page.delete_button.click()
    assert store.get_contact(db, people["dana"].id) is None
    assert "Dana Park" not in _rows(page)


def test_add_through_editor_links_to_this_child(setup, monkeypatch, qtbot):
    page, db, people = setup

    def fill(dialog, bot):
        bot.keyClicks(dialog.name_edit, "Ms. Bell")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.SCHOOL.value))
        bot.keyClicks(dialog.phone_rows[0][1], "555 010 0130")
    answer_editor(monkeypatch, qtbot, fill)
    page.add_button.click()
    saved = page.current_contact()
    assert (saved.name, saved.role, saved.child_ids) == ("Ms. Bell", Role.SCHOOL,
                                                         [people["maya"].id])
    assert store.get_contact(db, saved.id).phones == [Phone("mobile", "555 010 0130")]


def test_editor_keeps_text_and_explains_a_bad_email(setup, monkeypatch, qtbot):
    page, db, _ = setup
    attempts = []

    def bad(dialog, bot):
        bot.keyClicks(dialog.name_edit, "Priya")
        bot.keyClicks(dialog.email_edit, "priya.example.org")
        attempts.append(dialog)
    seen = answer_editor(monkeypatch, qtbot, bad)
    page.add_button.click()
    dialog = seen[0]
    assert dialog.errors["email"].isVisibleTo(dialog) and "@" in dialog.errors["email"].text()
    assert dialog.name_edit.text() == "Priya"
    assert "Priya" not in " ".join(_rows(page))


def test_sibling_fields_appear_for_a_brother_or_sister(setup, monkeypatch, qtbot):
    page, db, _ = setup

    def fill(dialog, bot):
        assert not dialog.placed_with_edit.isVisibleTo(dialog)
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.SIBLING.value))
        assert dialog.placed_with_edit.isVisibleTo(dialog)
        bot.keyClicks(dialog.name_edit, "Jayden")
        bot.keyClicks(dialog.placed_with_edit, "The Kim family")
        bot.keyClicks(dialog.placed_with_phone_edit, "555-010-0193")
    answer_editor(monkeypatch, qtbot, fill)
    page.add_button.click()
    assert page.current_contact().placed_with == "The Kim family"
    assert [b.property("copy_text") for b in page.copy_buttons] == ["555-010-0193"]


def test_edit_is_undoable(setup, monkeypatch, qtbot):
    page, db, people = setup
    page.select_contact(people["dana"].id)

    def rename(dialog, bot):
        dialog.name_edit.clear()
        bot.keyClicks(dialog.name_edit, "Dana Park-Lee")
    answer_editor(monkeypatch, qtbot, rename)
    page.edit_button.click()
    assert store.get_contact(db, people["dana"].id).name == "Dana Park-Lee"
    page.context.undo_stack.undo()
    assert store.get_contact(db, people["dana"].id).name == "Dana Park"
    assert page.current_contact().name == "Dana Park"


def test_link_existing_person_and_unlink_with_undo(setup, monkeypatch):
    page, db, people = setup
    page.set_child(people["leo"])
    assert _rows(page) == ["Birth parent", "Rosa Ortiz  (Mom)"]
    answer_picker(monkeypatch, "Dana Park")
    page.link_button.click()
    assert "Dana Park" in _rows(page)
    assert store.get_contact(db, people["dana"].id).child_ids == [people["maya"].id,
                                                                   people["leo"].id]
    page.select_contact(people["dana"].id)
    page.unlink_button.click()
    assert "Dana Park" not in _rows(page)
    assert store.get_contact(db, people["dana"].id) is not None
    page.context.undo_stack.undo()
    assert "Dana Park" in _rows(page)


def test_export_all_leaves_private_people_out_unless_chosen(setup, monkeypatch, tmp_path):
    page, _, _ = setup
    target = tmp_path / "all.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = answer_message_boxes(monkeypatch, Accept)
    page.export_all_button.click()
    names = [c.fn.value for c in vobject.readComponents(target.read_text(encoding="utf-8"))]
    assert sorted(names) == ["Dana Park", "Rosa Ortiz"] and "private" in shown[0]
    answer_message_boxes(monkeypatch, QMessageBox.ButtonRole.YesRole)
    page.export_all_button.click()
    names = [c.fn.value for c in vobject.readComponents(target.read_text(encoding="utf-8"))]
    assert sorted(names) == ["Dana Park", "Luis Rodríguez", "Rosa Ortiz"]
    target.unlink()
    answer_message_boxes(monkeypatch, None)
    page.export_all_button.click()
    assert not target.exists()


def test_unlinking_the_last_child_says_the_person_stays_saved(setup):
    page, db, people = setup
    page.select_contact(people["dana"].id)
    page.unlink_button.click()
    assert "still saved" in page.copied_label.text() and page.copied_label.isVisibleTo(page)
    assert [c.id for c in store.list_unlinked_contacts(db)] == [people["dana"].id]


def test_picker_offers_the_first_match_ready_to_add(qtbot):
    from bfpp_desktop.ui.contacts.picker import ContactPicker
    picker = ContactPicker([Contact(name="Rosa", role=Role.BIRTH_PARENT, id=1),
                            Contact(name="Dana", role=Role.CASEWORKER, id=2)], "Leo")
    qtbot.addWidget(picker)
    assert picker.chosen().name == "Rosa"
    qtbot.keyClicks(picker.search_edit, "dana")
    assert picker.chosen().name == "Dana"


# ----- the journal on a person's page -------------------------------------------------------
def _journal_entry(db, child, day, title, contact):
    from bfpp_desktop.core.journal import JournalEntry
    from bfpp_desktop.storage import journal
    return journal.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=day, title=title, participants=[contact.name, "Gran"],
        participant_contacts={contact.name: contact.id}))


def test_a_person_shows_the_last_entry_they_were_part_of(setup, qtbot):
    from datetime import date, timedelta
    page, db, people = setup
    today = date.today()
    _journal_entry(db, people["maya"], today - timedelta(days=30), "Park with Mom", people["rosa"])
    _journal_entry(db, people["maya"], today - timedelta(days=2), "Phone call", people["rosa"])
    _journal_entry(db, people["leo"], today - timedelta(days=1), "Leo's call", people["rosa"])
    page.refresh()
    page.select_contact(people["rosa"].id)
    link = page.journal_link
    assert link.isVisibleTo(page)
    assert link.last_label.text().startswith("Last in the journal: ")
    assert link.last_label.text().endswith("— Phone call")          # Maya's, not Leo's
    assert link.list_button.isVisibleTo(page)
    assert link.list_button.text() == "Show all 2 entries…"
    dialog = link.show_entries()
    assert [dialog.entries.item(i).text().split(" — ")[1].split("  ·")[0]
            for i in range(dialog.entries.count())] == ["Phone call", "Park with Mom"]
    with qtbot.waitSignal(page.journal_entry_requested) as asked:
        dialog.entries.setCurrentRow(1)
        dialog.open_button.click()
    assert asked.args == [db.execute("select id from journal_entries where title = ?",
                                     ["Park with Mom"]).fetchone()[0]]


def test_a_person_not_in_the_journal_yet_says_how(setup):
    page, _, people = setup
    page.select_contact(people["dana"].id)
    assert "Not part of a journal entry yet" in page.journal_link.last_label.text()
    assert not page.journal_link.list_button.isVisibleTo(page)


def test_deleting_someone_in_the_journal_says_so_and_keeps_the_entries(setup, monkeypatch):
    from datetime import date
    from bfpp_desktop.storage import journal
    page, db, people = setup
    entry = _journal_entry(db, people["maya"], date(2026, 1, 5), "Visit", people["luis"])
    _journal_entry(db, people["maya"], date(2026, 2, 5), "Call", people["luis"])
    page.select_contact(people["luis"].id)
    informative = []

    def fake_exec(box):
        informative.append(box.informativeText())
        next(b for b in box.buttons() if box.buttonRole(b) == Destructive).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    page.delete_button.click()
    assert "took part in 2 journal entries" in informative[0]
    assert "name kept" in informative[0]
    assert store.get_contact(db, people["luis"].id) is None
    kept = journal.get_entry(db, entry.id)
    assert kept.participants == ["Luis Rodríguez", "Gran"] and kept.participant_contacts == {}


def test_long_unbroken_email_and_note_wrap_instead_of_widening_the_page(setup, qtbot):
    page, db, people = setup
    long_email = "dolores.angeles.fernandez.castellanos@example-long-domain-name.org"
    link = "https://example.org/" + "a" * 120
    store.update_contact(db, people["rosa"].copy(email=long_email, notes=f"Her page: {link}"))
    page.refresh(select_id=people["rosa"].id)
    page.resize(1000, 600)
    qtbot.waitUntil(lambda: page.notes_label.isVisible())
    scroll = page.detail.parentWidget().parentWidget()
    assert scroll.horizontalScrollBar().maximum() == 0
    assert "\u200b" in page.notes_label.text()
    email_button = page.copy_buttons[-1]
    email_button.click()
    assert QGuiApplication.clipboard().text() == long_email   # copied whole, no hidden breaks


def test_editor_shows_long_entries_from_their_start(qtbot):
    from bfpp_desktop.ui.contacts.editor import ContactEditor

    editor = ContactEditor(contact=Contact(
        name="Dolores Ángeles Fernández-Castellanos Ó'Súilleabháin", role=Role.BIRTH_PARENT,
        phones=[Phone("Grandma's work line", "+1 (555) 010-1000 ext. 0")],
        email="dolores.angeles.fernandez.castellanos@example-long-domain-name.org",
        reach_times="weekday evenings after 6, weekends before noon except holidays"))
    qtbot.addWidget(editor)
    editor.show()
    for edit in (editor.name_edit, editor.email_edit, editor.reach_times_edit,
                 editor.phone_rows[0][0].lineEdit()):
        assert edit.cursorPosition() == 0, edit.text()
    assert editor.contact().email.startswith("dolores.")      # nothing typed is changed


def test_a_private_person_fits_a_small_window_without_sideways_scrolling(setup, qtbot):
    page, _, people = setup
    page.resize(770, 600)       # about the People tab in a 1024 × 700 window
    page.select_contact(people["luis"].id)
    qtbot.waitUntil(lambda: page.share_label.isVisible())
    scroll = page.detail.parentWidget().parentWidget()
    assert scroll.horizontalScrollBar().maximum() == 0
