"""A caregiver opens the print center, picks a document, leaves out a section, saves it."""
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.world import Section, Source, new_item
from bfpp_desktop.reports.catalogue import BlankSheet, RoutineSheet
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.world import add_item

from print_helpers import pdf_text, save_as_pdf


def test_print_a_blank_sheet_without_one_topic(qtbot, make_window, db, tmp_path, monkeypatch):
    add_child(db, Child(full_name="María-José Nguyễn", preferred_name="María-José",
                        notes="PRIVATE-CASE-NOTE"))
    window = make_window()
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.print_action.trigger()
    center = window.print_center
    assert center is not None and center.isVisible()

    row = center._row_of("about-my-child-blank")
    item = center.document_list.item(row)
    rect = center.document_list.visualItemRect(item)
    qtbot.mouseClick(center.document_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert center.spec.id == "about-my-child-blank"

    fears = center.section_checks[BlankSheet.FEARS]
    qtbot.mouseClick(fears, Qt.MouseButton.LeftButton, pos=QPoint(8, fears.height() // 2))
    assert not fears.isChecked()
    text = pdf_text(save_as_pdf(qtbot, center, monkeypatch, tmp_path / "about María-José.pdf"))
    assert "All about María-José" in text
    assert "sleep best" in text
    assert "worries or scares" not in text
    assert "PRIVATE-CASE-NOTE" not in text
    assert "About my child · María-José · printed" in text

    window.close()
    assert list((window.context.data_dir / "tmp").glob("*.pdf")) == []


def test_print_a_routine_sheet_without_likes(qtbot, make_window, db, tmp_path, monkeypatch):
    maya = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya",
                               notes="PRIVATE-CASE-NOTE"))
    add_item(db, new_item(maya.id, Section.ROUTINE, title="Bedtime", kind="bedtime",
                          time_text="19:30", steps=["Pyjamas", "Two books"],
                          source=Source.BIRTH_PARENT, source_who="Mom"))
    add_item(db, new_item(maya.id, Section.LIKES, title="Drawing and stickers", kind="like"))
    add_item(db, new_item(maya.id, Section.HEALTH, title="PRIVATE-ALLERGY", kind="allergy"))
    window = make_window()
    window.print_action.trigger()
    center = window.print_center

    row = center._row_of("routine-sheet")
    rect = center.document_list.visualItemRect(center.document_list.item(row))
    qtbot.mouseClick(center.document_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert center.spec.id == "routine-sheet"
    likes = center.section_checks[RoutineSheet.LIKES]
    qtbot.mouseClick(likes, Qt.MouseButton.LeftButton, pos=QPoint(8, likes.height() // 2))
    assert not likes.isChecked()
    text = pdf_text(save_as_pdf(qtbot, center, monkeypatch, tmp_path / "routines.pdf"))
    assert "19:30 Bedtime" in text and "1. Pyjamas" in text and "from Mom" in text
    assert "Drawing and stickers" not in text
    assert "PRIVATE-ALLERGY" not in text and "PRIVATE-CASE-NOTE" not in text
    window.close()


def test_our_details_from_an_older_version_reach_the_window_and_the_command_line(
        qtbot, make_window, db, data_dir, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from bfpp_desktop import app

    from bfpp_desktop.core import paths
    from bfpp_desktop.ui.printing.household_editor import HouseholdEditor
    add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    old = QSettings(str(data_dir / paths.SETTINGS_FILENAME), QSettings.Format.IniFormat)
    old.setValue("household/household_name", "Grandma Denise")
    old.setValue("household/surname", "Walker")
    old.setValue("household/phone", "555-0142")
    old.sync()

    window = make_window()
    window.print_action.trigger()
    center = window.print_center
    center.select_document("diaper-bag")
    center.leave_out.setChecked(False)
    seen = []

    def change_phone(editor):
        seen.append(editor.household())
        editor.phone.setText("555-0100")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(HouseholdEditor, "exec", change_phone)
    center.our_details_button.click()
    assert seen[0].household_name == "Grandma Denise" and seen[0].phone == "555-0142"
    qtbot.waitUntil(lambda: center.job is None and center.current_pdf is not None
                    and "555-0100" in PdfReader(center.current_pdf).pages[0].extract_text(),
                    timeout=20000)

    out = tmp_path / "note.pdf"
    assert app.main(["--data-dir", str(data_dir), "print", "diaper-bag", "--child", "Maya",
                     "--our-details", "include", "--out", str(out)]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "Grandma Denise Walker" in text and "555-0100" in text and "555-0142" not in text
    window.close()
