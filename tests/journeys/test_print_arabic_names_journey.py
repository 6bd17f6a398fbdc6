"""A caregiver prints the routine sheet of a child with an Arabic name from the print center."""
import arabic_reshaper
from PySide6.QtCore import Qt

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Phone, Role
from bfpp_desktop.reports.options import Reader
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.contacts import add_contact

from print_helpers import pdf_text, save_as_pdf

CHILD, MOTHER = "ليلى حداد", "فاطمة الزهراء"


def test_routine_sheet_of_a_child_with_an_arabic_name(qtbot, make_window, db, tmp_path,
                                                       monkeypatch):
    layla = add_child(db, Child(full_name=CHILD, preferred_name="ليلى"))
    add_contact(db, Contact(MOTHER, Role.BIRTH_PARENT, relation="Mom", may_share=True,
                            phones=[Phone("mobile", "555-0142")], child_ids=[layla.id]))
    window = make_window()
    window.print_action.trigger()
    center = window.print_center
    row = center._row_of("routine-sheet")
    rect = center.document_list.visualItemRect(center.document_list.item(row))
    qtbot.mouseClick(center.document_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    # The important people are on a babysitter's copy (not the birth parent's).
    center.reader.setCurrentIndex(center.reader.findData(Reader.BABYSITTER.value))
    # pypdf reads right-to-left text back in reading order: the joined forms come
    # back as reshape(name) only when they were drawn from the right.
    text = pdf_text(save_as_pdf(qtbot, center, monkeypatch, tmp_path / "routines.pdf"))
    for name in ("ليلى", MOTHER):
        assert arabic_reshaper.reshape(name) in text
        assert name not in text and arabic_reshaper.reshape(name)[::-1] not in text
    assert "Birth parent · Mom" in text and "Routine sheet · " in text
    window.close()
