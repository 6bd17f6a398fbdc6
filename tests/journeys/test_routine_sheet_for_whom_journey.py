"""A caregiver prints the routine sheet from the print center, first for a babysitter,
then for the birth parent: health is on the one and kept back on the other. A copy
with private entries says so on every page."""
from pypdf import PdfReader
from PySide6.QtCore import Qt

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Phone, Role
from bfpp_desktop.core.world import Section, Source, new_item
from bfpp_desktop.reports.catalogue import RoutineSheet
from bfpp_desktop.reports.options import Reader
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.contacts import add_contact
from bfpp_desktop.storage.world import add_item

from print_helpers import pdf_text, save_as_pdf

KEPT_SEPARATELY = "Health needs are kept separately; please ask us."


def _maya(db):
    maya = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    add_item(db, new_item(maya.id, Section.ROUTINE, title="Bedtime", kind="bedtime",
                          time_text="19:30", steps=["Pyjamas", "Two books"],
                          source=Source.BIRTH_PARENT, source_who="Mom"))
    add_item(db, new_item(maya.id, Section.HEALTH, title="Penicillin", kind="allergy",
                          details="Gets a rash.", private=False))
    add_item(db, new_item(maya.id, Section.HEALTH, title="Inhaler before running",
                          kind="medicine"))
    add_item(db, new_item(maya.id, Section.SCHOOL, title="Lincoln Elementary", kind="school",
                          private=False))
    add_contact(db, Contact("Dana Whitfield", Role.CASEWORKER, may_share=True,
                            phones=[Phone("office", "555-0100")], child_ids=[maya.id]))
    return maya


def _choose(qtbot, center, reader: Reader) -> None:
    """With the keyboard, as a caregiver would."""
    center.reader.setFocus()
    target = center.reader.findData(reader.value)
    for _ in range(center.reader.count()):
        if center.reader.currentIndex() == target:
            return
        qtbot.keyClick(center.reader, Qt.Key.Key_Down if center.reader.currentIndex() < target
                       else Qt.Key.Key_Up)
    assert center.reader.currentIndex() == target


def test_routine_sheet_for_the_birth_parent_keeps_health_back(qtbot, make_window, db,
                                                              tmp_path, monkeypatch):
    _maya(db)
    window = make_window()
    window.print_action.trigger()
    center = window.print_center
    row = center._row_of("routine-sheet")
    rect = center.document_list.visualItemRect(center.document_list.item(row))
    qtbot.mouseClick(center.document_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert center.spec.id == "routine-sheet"
    assert center.reader_box.isVisible()
    assert center.reader.currentData() == Reader.BIRTH_PARENT.value   # the default
    assert not center.section_checks[RoutineSheet.PEOPLE].isEnabled()

    _choose(qtbot, center, Reader.BABYSITTER)
    assert center.section_checks[RoutineSheet.PEOPLE].isEnabled()
    sitter = pdf_text(save_as_pdf(qtbot, center, monkeypatch, tmp_path / "sitter.pdf"))
    for words in ("Penicillin", "Gets a rash.", "Inhaler before running", "Dana Whitfield"):
        assert words in sitter, words
    assert KEPT_SEPARATELY not in sitter

    _choose(qtbot, center, Reader.BIRTH_PARENT)
    text = pdf_text(save_as_pdf(qtbot, center, monkeypatch, tmp_path / "parent.pdf"))
    assert "19:30 Bedtime" in text and "1. Pyjamas" in text and "from Mom" in text
    assert "Lincoln Elementary" in text
    # Under the Health heading there is the one sentence, and the next section follows.
    assert f"Health {KEPT_SEPARATELY} School" in text
    for words in ("Penicillin", "rash", "Inhaler", "Dana Whitfield", "Important people"):
        assert words not in text, words

    # Who it is for is asked each time: another document and back starts at the parent.
    center.select_document("all-about-me")
    assert not center.reader_box.isVisible()
    center.select_document("routine-sheet")
    assert center.reader.currentData() == Reader.BIRTH_PARENT.value
    window.close()


def test_a_private_copy_from_the_print_center_says_so_on_every_page(
        qtbot, make_window, db, tmp_path, monkeypatch):
    maya = _maya(db)
    for n in range(40):   # enough routines for more than one page
        add_item(db, new_item(maya.id, Section.ROUTINE, title=f"Routine {n}",
                              details="Words to fill the page. " * 8))
    window = make_window()
    window.print_action.trigger()
    center = window.print_center
    center.select_document("routine-sheet")
    monkeypatch.setattr(center, "confirm_private", lambda: True)
    center.include_private.click()
    assert center.include_private.isChecked()
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(
        save_as_pdf(qtbot, center, monkeypatch, tmp_path / "private.pdf")).pages]
    assert len(pages) > 1
    assert all("Private copy — not for the family" in page for page in pages)
    window.close()
