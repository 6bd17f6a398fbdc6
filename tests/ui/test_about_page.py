from datetime import date

import pytest

from bfpp_desktop.core.world import Section, Severity, Source, new_item
from bfpp_desktop.storage import world as store
from bfpp_desktop.ui.world.page import AboutChildPage, WorldRow
from bfpp_desktop.ui.world.editor import WorldItemEditor


@pytest.fixture
def page(qtbot, context, maya, no_modal):
    widget = AboutChildPage(context)
    qtbot.addWidget(widget)
    widget.set_child(maya)
    widget.show()
    return widget


def _titles(page, section):
    return [row.item.title for row in page.sections[section].rows]


def test_empty_sections_say_so_calmly_with_their_add_button(page):
    for box in page.sections.values():
        assert box.empty_label.isVisible()
        assert box.empty_label.text().startswith("Nothing here yet.")
        assert box.add_button.isVisible()
    assert page.title(page.child) == "About Maya"


def test_adding_through_the_editor_saves_and_shows_the_row(page, editors, context, maya, qtbot):
    def fill(editor):
        editor.title_edit.setText("Bedtime")
        editor.time_edit.setText("7:30pm")
        editor.steps_edit.setPlainText("Bath\nStory\nSong")
        editor.source_combo.setCurrentIndex(editor.source_combo.findData(Source.BIRTH_PARENT))
        editor.who_edit.setText("Mom")
        editor.source_date.edit.setText("2026-03-03")
    editors.append(fill)
    page.sections[Section.ROUTINE].add_button.click()
    [saved] = store.list_items(context.db, maya.id)
    assert (saved.title, saved.time_text, saved.steps) == ("Bedtime", "19:30", [
        "Bath", "Story", "Song"])
    row = page.sections[Section.ROUTINE].rows[0]
    assert "from Mom, 3 Mar" in row.source_label.text()
    assert not page.sections[Section.ROUTINE].empty_label.isVisible()


def test_a_bad_time_keeps_the_editor_open_with_a_message(qtbot, maya):
    saves = []
    editor = WorldItemEditor(new_item(maya.id, Section.ROUTINE), saves.append)
    qtbot.addWidget(editor)
    editor.title_edit.setText("Lunch")
    editor.time_edit.setText("25:00")
    editor._on_save()
    assert saves == [] and editor.result() == 0
    assert "not a time on the clock" in editor.errors["time"].text()
    editor.time_words.setChecked(True)
    editor.time_edit.setText("after lunch")
    editor._on_save()
    assert saves and saves[0].time_text == "after lunch" and saves[0].time_is_words


def test_a_failed_save_keeps_what_was_typed(qtbot, maya, no_modal):
    editor = WorldItemEditor(new_item(maya.id, Section.LIKES), lambda item: None)
    qtbot.addWidget(editor)
    editor.title_edit.setText("Mango 🥭")
    editor._on_save()
    assert editor.saved is None and editor.result() == 0
    assert editor.title_edit.text() == "Mango 🥭"


def test_failed_storage_shows_a_message_and_the_editor_stays(page, editors, monkeypatch,
                                                             no_modal):
    def broken(*_args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(store, "add_item", broken)
    kept = {}

    def fill(editor):
        editor.title_edit.setText("Trucks")
        kept["editor"] = editor
    editors.append(fill)
    page.sections[Section.LIKES].add_button.click()
    assert any("disk is full" in text for text in no_modal)
    assert kept["editor"].title_edit.text() == "Trucks"
    assert _titles(page, Section.LIKES) == []


def test_editing_then_undo_and_redo(page, editors, context, maya):
    item = store.add_item(context.db, new_item(maya.id, Section.CARE, title="Braids"))
    page.reload()
    editors.append(lambda editor: editor.title_edit.setText("Two braids for school"))
    page.sections[Section.CARE].rows[0].edit_button.click()
    assert _titles(page, Section.CARE) == ["Two braids for school"]
    context.undo_stack.undo()
    assert _titles(page, Section.CARE) == ["Braids"]
    assert store.get_item(context.db, item.id).title == "Braids"
    context.undo_stack.redo()
    assert _titles(page, Section.CARE) == ["Two braids for school"]


def test_reordering_with_buttons_and_undo(page, context, maya):
    for title in ("Wake", "Breakfast", "Bed"):
        store.add_item(context.db, new_item(maya.id, Section.ROUTINE, title=title))
    page.reload()
    rows = page.sections[Section.ROUTINE].rows
    assert not rows[0].up_button.isEnabled() and not rows[2].down_button.isEnabled()
    page.sections[Section.ROUTINE].rows[2].up_button.click()
    assert _titles(page, Section.ROUTINE) == ["Wake", "Bed", "Breakfast"]
    page.sections[Section.ROUTINE].rows[0].down_button.click()
    assert _titles(page, Section.ROUTINE) == ["Bed", "Wake", "Breakfast"]
    assert [i.title for i in store.list_items(context.db, maya.id)] == [
        "Bed", "Wake", "Breakfast"]
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert _titles(page, Section.ROUTINE) == ["Wake", "Breakfast", "Bed"]


def test_delete_asks_first_and_undo_brings_it_back(page, context, maya, monkeypatch):
    for title in ("Dinosaurs", "Bluey", "Stickers"):
        store.add_item(context.db, new_item(maya.id, Section.LIKES, title=title))
    page.reload()
    answers = [False, True]
    asked = []
    monkeypatch.setattr(AboutChildPage, "confirm_delete",
                        lambda self, item: asked.append(item.title) or answers.pop(0))
    page.sections[Section.LIKES].rows[1].delete_button.click()
    assert _titles(page, Section.LIKES) == ["Dinosaurs", "Bluey", "Stickers"]
    page.sections[Section.LIKES].rows[1].delete_button.click()
    assert asked == ["Bluey", "Bluey"]
    assert _titles(page, Section.LIKES) == ["Dinosaurs", "Stickers"]
    context.undo_stack.undo()
    assert _titles(page, Section.LIKES) == ["Dinosaurs", "Bluey", "Stickers"]


def test_private_marking_is_a_word_and_an_icon(page, context, maya):
    store.add_item(context.db, new_item(maya.id, Section.HEALTH, title="Penicillin",
                                        kind="allergy", severity=Severity.SEVERE))
    store.add_item(context.db, new_item(maya.id, Section.LIKES, title="Drawing"))
    page.reload()
    health = page.sections[Section.HEALTH].rows[0]
    like = page.sections[Section.LIKES].rows[0]
    assert health.privacy_label.text() == "Private"
    assert like.privacy_label.text() == "Shareable"
    assert not health.privacy_icon.pixmap().isNull()
    assert health.privacy_icon.pixmap().toImage() != like.privacy_icon.pixmap().toImage()
    assert "Severe" in health.text_label.text()


def test_marking_an_item_private_in_the_editor(page, editors, context, maya):
    item = store.add_item(context.db, new_item(maya.id, Section.CARE, title="Church on Sunday"))
    page.reload()
    editors.append(lambda editor: editor.private_check.setChecked(True))
    page.sections[Section.CARE].rows[0].edit_button.click()
    assert store.get_item(context.db, item.id).private
    assert page.sections[Section.CARE].rows[0].privacy_label.text() == "Private"
    assert store.list_items(context.db, maya.id, include_private=False) == []


def test_filter_box_finds_items_and_ctrl_f_focuses_it(page, context, maya, qtbot):
    store.add_item(context.db, new_item(maya.id, Section.LIKES, title="Mango"))
    store.add_item(context.db, new_item(maya.id, Section.ROUTINE, title="Bedtime",
                                        steps=["Song: Duérmete mi niña"]))
    page.reload()
    assert page.focus_search() and page.filter_edit.hasFocus()
    qtbot.keyClicks(page.filter_edit, "DUÉRMETE")
    assert page.sections[Section.ROUTINE].rows[0].isVisible()
    assert not page.sections[Section.LIKES].rows[0].isVisible()
    assert page.sections[Section.LIKES].empty_label.text() == "Nothing in this section matches."
    page.filter_edit.clear()
    assert page.sections[Section.LIKES].rows[0].isVisible()


def test_a_find_with_no_match_says_so_and_what_to_try(page, context, maya, qtbot):
    store.add_item(context.db, new_item(maya.id, Section.LIKES, title="Mango"))
    page.reload()
    page.filter_edit.setText("zebra")
    assert not page.no_match.isHidden()
    assert "zebra" in page.no_match.text() and "Try" in page.no_match.text()
    page.filter_edit.setText("mango")
    assert page.no_match.isHidden()


def test_user_text_is_shown_as_written_not_as_markup(page, context, maya):
    store.add_item(context.db, new_item(maya.id, Section.LIKES, title="<b>Zoë</b> & محمد 🦖",
                                        source_date=date(2026, 3, 3)))
    page.reload()
    row: WorldRow = page.sections[Section.LIKES].rows[0]
    assert "&lt;b&gt;Zoë&lt;/b&gt; &amp; محمد 🦖" in row.text_label.text()


def test_a_long_unbroken_paste_wraps_instead_of_widening_the_page(page, context, maya):
    pasted = "https://example.org/" + "x" * 3000
    store.add_item(context.db, new_item(maya.id, Section.LIKES, title="Link", details=pasted))
    page.reload()
    page.resize(800, 600)
    row = page.sections[Section.LIKES].rows[0]
    assert row.text_label.minimumSizeHint().width() < 800
    assert store.list_items(context.db, maya.id)[0].details == pasted


def test_go_to_buttons_scroll_down_to_a_section(page, context, maya):
    for n in range(12):
        store.add_item(context.db, new_item(maya.id, Section.ROUTINE, title=f"Step {n}",
                                            details="line\n" * 4))
    page.reload()
    page.resize(800, 500)
    page.jump_buttons[Section.SCHOOL].click()
    assert page.scroll.verticalScrollBar().value() > 0
    assert page.sections[Section.SCHOOL].add_button.hasFocus()


# ----- doctor and dentist from the People list ----------------------------------------------
def _doctors(db, child):
    from bfpp_desktop.core.contacts import Contact, Phone, Role
    from bfpp_desktop.storage.contacts import add_contact
    doctor = add_contact(db, Contact(name="Dr. Alan Reyes", role=Role.DOCTOR,
                                     phones=[Phone("office", "(555) 010-0120")],
                                     child_ids=[child.id]))
    dentist = add_contact(db, Contact(name="Bright Smiles Dental", role=Role.DENTIST,
                                      child_ids=[child.id]))
    return doctor, dentist


def test_the_doctor_is_picked_from_people_and_the_row_shows_their_phone(page, editors, context,
                                                                         maya):
    doctor, dentist = _doctors(context.db, maya)
    page.reload()
    seen = []

    def fill(editor):
        editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("doctor"))
        seen.append([editor.contact_combo.itemText(i) for i in range(editor.contact_combo.count())])
        editor.contact_combo.setCurrentIndex(editor.contact_combo.findData(doctor.id))
        editor.contact_combo.activated.emit(editor.contact_combo.currentIndex())
    editors.append(fill)
    page.sections[Section.HEALTH].add_button.click()
    assert seen[0][1:] == ["Dr. Alan Reyes · office (555) 010-0120"]    # no dentist offered
    [saved] = store.list_items(context.db, maya.id)
    assert (saved.title, saved.contact_id) == ("Dr. Alan Reyes", doctor.id)
    text = page.sections[Section.HEALTH].rows[0].text_label.text()
    assert "From People: office (555) 010-0120" in text      # the name is the title already
    # A note written in other words still names the person.
    store.update_item(context.db, saved.copy(title="Our family doctor"))
    page.reload()
    assert "From People: Dr. Alan Reyes · office (555) 010-0120" in \
        page.sections[Section.HEALTH].rows[0].text_label.text()


def test_plain_text_still_works_and_other_kinds_never_link(qtbot, context, maya):
    doctor, dentist = _doctors(context.db, maya)
    item = new_item(maya.id, Section.HEALTH, kind="dentist")
    editor = WorldItemEditor(item, lambda i: i, contacts=[doctor, dentist])
    qtbot.addWidget(editor)
    editor.show()
    assert editor.contact_combo.isVisible()
    assert editor.contact_combo.itemData(1) == dentist.id and editor.contact_combo.count() == 2
    editor.title_edit.setText("Dr. Kim, Smile Clinic")
    assert editor.read()[0].contact_id is None
    editor.contact_combo.setCurrentIndex(1)
    editor.contact_combo.activated.emit(1)
    assert editor.title_edit.text() == "Dr. Kim, Smile Clinic"        # their own words stay
    assert editor.read()[0].contact_id == dentist.id
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("allergy"))
    assert not editor.contact_combo.isVisible()
    assert editor.read()[0].contact_id is None


def test_deleting_the_contact_leaves_the_health_note_in_words(context, maya):
    from bfpp_desktop.storage.contacts import delete_contact
    doctor, _ = _doctors(context.db, maya)
    saved = store.add_item(context.db, new_item(maya.id, Section.HEALTH, kind="doctor",
                                                title="Dr. Alan Reyes", contact_id=doctor.id))
    delete_contact(context.db, doctor.id)
    after = store.get_item(context.db, saved.id)
    assert (after.title, after.contact_id) == ("Dr. Alan Reyes", None)


def test_a_changed_number_shows_as_soon_as_it_is_saved(page, context, maya):
    # The People page saves through the contacts action; its change refreshes this page.
    from bfpp_desktop.actions.contacts import update_contact
    from bfpp_desktop.core.contacts import Phone
    from bfpp_desktop.ui.undo import perform
    doctor, _ = _doctors(context.db, maya)
    store.add_item(context.db, new_item(maya.id, Section.HEALTH, kind="doctor",
                                        title="Our doctor", contact_id=doctor.id))
    page.reload()
    perform(context, page, update_contact, doctor.copy(phones=[Phone("office", "555-010-0999")]))
    assert "555-010-0999" in page.sections[Section.HEALTH].rows[0].text_label.text()


def test_the_introduction_names_the_child_once(page):
    assert page.intro.text().count("Maya") == 1
    assert "what you have noticed" in page.intro.text()
