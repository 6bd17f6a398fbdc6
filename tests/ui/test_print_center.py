"""The print center window: preview, choices remembered, private asked twice, print, save."""
import os

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QProcess, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.catalogue import PRINTOUTS, DiaperBag, ForWhom, RoutineSheet
from bfpp_desktop.reports.options import Paper, Reader
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.household import get_household, save_household
from bfpp_desktop.ui.printing import print_job
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.printing.print_center import FOR_WHOM_ROLE, SPEC_ROLE, PrintCenter
from bfpp_desktop.ui.worker_process import WorkerProcess

from print_helpers import wait_ready


@pytest.fixture
def context(db, data_dir):
    settings = QSettings(str(data_dir / paths.SETTINGS_FILENAME), QSettings.Format.IniFormat)
    save_household(db, Household("Sam and Jo", "Carterwright", "555-0199", "12 Elm"))
    return AppContext(db=db, data_dir=data_dir, settings=settings, undo_stack=QUndoStack())


@pytest.fixture
def child(db):
    return add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya",
                               notes="PRIVATE-CASE-NOTE"))


def open_center(qtbot, context, child, doc_id="diaper-bag"):
    center = PrintCenter(context, child)
    qtbot.addWidget(center)
    center.select_document(doc_id)
    wait_ready(qtbot, center)
    return center


def preview_text(center) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(center.current_pdf).pages).split())


def test_preview_shows_the_chosen_document(qtbot, context, child):
    center = open_center(qtbot, context, child)
    assert center.pdf.pageCount() == 1
    assert "Maya's day" in preview_text(center)
    assert center.current_pdf.parent == context.data_dir / "tmp"
    assert center.print_button.isEnabled() and center.save_button.isEnabled()


def document_rows(center) -> list[int]:
    """The rows that are documents, not the headings between them."""
    return [row for row in range(center.document_list.count())
            if center.document_list.item(row).data(SPEC_ROLE) is not None]


def grouped(center) -> list[tuple[str, list[tuple[str, str]]]]:
    """The list as the caregiver reads it: each heading with the documents below it."""
    groups = []
    for row in range(center.document_list.count()):
        item = center.document_list.item(row)
        if item.data(SPEC_ROLE) is None:
            groups.append((item.text(), []))
        else:
            groups[-1][1].append((item.text(), item.toolTip()))
    return groups


def test_every_document_can_be_chosen_unless_unavailable(qtbot, context, child, monkeypatch):
    center = open_center(qtbot, context, child)
    for row in document_rows(center):
        assert center.document_list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
    center.close()
    from bfpp_desktop.ui.printing import print_center
    monkeypatch.setattr(print_center, "is_available", lambda doc_id: doc_id != "routine-sheet")
    center = open_center(qtbot, context, child)
    item = center.document_list.item(center._row_of("routine-sheet"))
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled


def test_documents_are_listed_under_who_they_are_for(qtbot, context, child):
    """Three headings, in order; each catalogue document under every reader it is for."""
    center = open_center(qtbot, context, child)
    assert grouped(center) == [
        (who.heading, [(p.title, p.description) for p in PRINTOUTS if who in p.for_whom])
        for who in ForWhom]
    assert [heading for heading, _docs in grouped(center)] == [
        "For the birth parent", "For a babysitter, a respite carer or the next home",
        "For you and the caseworker"]
    assert all(docs for _heading, docs in grouped(center))
    for spec in PRINTOUTS:
        for who in spec.for_whom:
            row = center._row_of(spec.id, who)
            assert center.document_list.item(row).data(FOR_WHOM_ROLE) is who, spec.id
    # A heading is not a choice: it cannot be selected, and the arrow keys pass over it.
    headings = [row for row in range(center.document_list.count())
                if row not in document_rows(center)]
    for row in headings:
        assert not center.document_list.item(row).flags() & (
            Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    last_for_parent = headings[1] - 1
    center.document_list.setCurrentRow(last_for_parent)
    center.document_list.setFocus()
    qtbot.keyClick(center.document_list, Qt.Key.Key_Down)
    assert center.document_list.currentRow() == headings[1] + 1
    assert center.spec.id == "routine-sheet"
    wait_ready(qtbot, center)


@pytest.mark.parametrize("language", ["en", "es"])
def test_long_titles_wrap_without_covering_the_next(qtbot, qapp, context, child, language):
    from bfpp_desktop.ui.language import install_language
    install_language(qapp, language)
    try:
        center = open_center(qtbot, context, child, "routine-sheet")
        center.show()
        qtbot.waitExposed(center)
        listed = center.document_list
        rects = [listed.visualItemRect(listed.item(r)) for r in range(listed.count())]
        assert any(r.height() > rects[1].height() for r in rects)     # some do wrap
        overlaps = [listed.item(r + 1).text() for r in range(len(rects) - 1)
                    if rects[r].bottom() >= rects[r + 1].top()]
        assert overlaps == []
    finally:
        install_language(qapp, "en")


def test_a_document_chosen_for_a_babysitter_starts_out_for_one(qtbot, context, child):
    center = open_center(qtbot, context, child, "routine-sheet")
    assert center.reader.currentData() == Reader.BIRTH_PARENT.value
    center.select_document("routine-sheet", ForWhom.NEXT_CARER)
    assert center.reader.currentData() == Reader.BABYSITTER.value
    assert center.section_checks[RoutineSheet.PEOPLE].isEnabled()
    center.select_document("routine-sheet", ForWhom.BIRTH_FAMILY)
    assert center.reader.currentData() == Reader.BIRTH_PARENT.value
    wait_ready(qtbot, center)


def test_each_document_has_its_own_choices(qtbot, context, child):
    """Every document with its own sections, choices and starting point."""
    center = open_center(qtbot, context, child)
    for spec in PRINTOUTS:
        center.select_document(spec.id)
        assert center.spec is spec
        assert list(center.section_checks) == list(spec.sections)
        assert [c.text() for c in center.section_checks.values()] == \
            [s.label for s in spec.sections]
        assert all(c.isChecked() for c in center.section_checks.values())
        assert center.sections_box.isVisibleTo(center) == bool(spec.sections)
        assert center.reader_box.isVisibleTo(center) == spec.asks_who_for
        assert center.range_box.isVisibleTo(center) == spec.needs_date_range
        assert center.leave_out.isChecked() == spec.for_birth_family
        assert center.include_private.isEnabled() == spec.has_private_content
        assert center.large_print.isChecked() == spec.large_print_default
    wait_ready(qtbot, center)


def test_a_section_left_out_and_our_details(qtbot, context, child):
    center = open_center(qtbot, context, child)
    assert "Carterwright" not in preview_text(center)  # left out by default for the family
    center.section_checks[DiaperBag.MOOD].setChecked(False)
    center.leave_out.setChecked(False)
    wait_ready(qtbot, center)
    text = preview_text(center)
    assert "Mood" not in text and "Carterwright" in text and "555-0199" in text


def test_our_details_are_shown_and_saved_in_the_database(qtbot, context, child, monkeypatch):
    from bfpp_desktop.ui.printing.household_editor import HouseholdEditor
    shown = []

    def fill_in(editor):
        shown.append(editor.household())
        editor.phone.setText("555-0123")
        editor.address.setPlainText("4 Birch Lane")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(HouseholdEditor, "exec", fill_in)
    center = open_center(qtbot, context, child)
    center.leave_out.setChecked(False)
    wait_ready(qtbot, center)
    center.our_details_button.click()
    assert shown == [Household("Sam and Jo", "Carterwright", "555-0199", "12 Elm")]
    assert get_household(context.db) == Household("Sam and Jo", "Carterwright", "555-0123",
                                                  "4 Birch Lane")
    qtbot.waitUntil(lambda: center.job is None and "555-0123" in preview_text(center),
                    timeout=20000)
    assert "4 Birch Lane" in preview_text(center)
    context.settings.sync()
    assert "555-0123" not in (context.data_dir / paths.SETTINGS_FILENAME).read_text()


def test_choices_are_remembered_per_document(qtbot, context, child):
    center = open_center(qtbot, context, child)
    center.section_checks[DiaperBag.MOOD].setChecked(False)
    center.paper.setCurrentIndex(center.paper.findData(Paper.LETTER.value))
    wait_ready(qtbot, center)
    center.close()
    again = open_center(qtbot, context, child)
    assert not again.section_checks[DiaperBag.MOOD].isChecked()
    assert again.options().paper == Paper.LETTER
    again.select_document("comfort-call")  # another document keeps its own choices
    wait_ready(qtbot, again)
    assert all(check.isChecked() for check in again.section_checks.values())


def test_include_private_asks_a_second_time(qtbot, context, child, monkeypatch):
    center = open_center(qtbot, context, child)
    center.include_private.setEnabled(True)
    monkeypatch.setattr(center, "confirm_private", lambda: False)
    center.include_private.setChecked(True)
    assert not center.include_private.isChecked()
    monkeypatch.setattr(center, "confirm_private", lambda: True)
    center.include_private.setChecked(True)
    assert center.include_private.isChecked()
    assert "include_private" not in context.settings.value("print/diaper-bag", "")


def test_cancel_stops_the_preview(qtbot, context, child):
    center = open_center(qtbot, context, child)
    center.refresh_preview()
    assert center.cancel_button.isVisible() or not center.isVisible()
    with qtbot.waitSignal(center.preview_stopped, timeout=20000):
        center.cancel_preview()
    assert "stopped" in center.status.text()
    assert not center.print_button.isEnabled()
    assert list((context.data_dir / "tmp").glob("*.pdf")) == []


def test_the_preview_is_made_in_a_process_of_its_own(qtbot, context, child):
    """So laying it out never holds this window's interpreter (benchmarks/results.md)."""
    center = open_center(qtbot, context, child)
    worker = center.worker.process
    assert worker is not None and worker.processId() not in (0, os.getpid())
    center.select_document("about-my-child-blank")
    wait_ready(qtbot, center)
    assert center.worker.process is worker            # kept for the next preview
    center.close()
    assert worker.state() == QProcess.ProcessState.NotRunning


@pytest.mark.provokes_bug
def test_a_worker_that_stops_is_reported_and_started_again(qtbot, context, child, no_modal):
    center = open_center(qtbot, context, child)
    center.worker.process.kill()
    qtbot.waitUntil(lambda: center.worker.process is None)
    center.refresh_preview()      # a new worker makes it
    wait_ready(qtbot, center)
    busy = center.worker.process
    center.select_document("about-my-child-blank")
    center.refresh_preview()
    with qtbot.waitSignal(center.preview_stopped, timeout=20000):
        busy.kill()                # stopped while building
    assert "could not be made" in center.status.text()
    assert len(no_modal) == 1 and "went wrong" in no_modal[0].lower()
    center.refresh_preview()
    wait_ready(qtbot, center)
    assert "All about Maya" in PdfReader(center.current_pdf).pages[0].extract_text()

def test_bad_dates_stop_the_preview_with_a_message(qtbot, context, child):
    center = open_center(qtbot, context, child)
    center.spec = center.spec.__class__(**{**center.spec.__dict__, "needs_date_range": True})
    center.date_from.set_text("2024-03-02")
    center.date_to.set_text("2024-03-01")
    center.refresh_preview()
    assert "after the end date" in center.status.text()
    assert center.current_pdf is None


def test_save_as_pdf(qtbot, context, child, tmp_path, monkeypatch):
    center = open_center(qtbot, context, child, "about-my-child-blank")
    target = tmp_path / "out" / "sheet"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(center.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    assert "All about Maya" in PdfReader(saved).pages[0].extract_text()


def test_save_as_pdf_onto_a_full_disk_keeps_the_old_file(qtbot, context, child, tmp_path,
                                                          monkeypatch, no_modal):
    import errno

    from bfpp_desktop.core import whole_file
    center = open_center(qtbot, context, child, "about-my-child-blank")
    target = tmp_path / "out" / "sheet.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the sheet printed last week")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))

    def full(_path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(whole_file, "_flush_to_disk", full)
    qtbot.mouseClick(center.save_button, Qt.MouseButton.LeftButton)
    assert any("disk is full" in text for text in no_modal)
    assert target.read_bytes() == b"the sheet printed last week"
    assert [p.name for p in target.parent.iterdir()] == ["sheet.pdf"]


def test_print_renders_every_page(qtbot, context, child, tmp_path, monkeypatch):
    center = open_center(qtbot, context, child, "about-my-child-blank")
    printed = tmp_path / "printed.pdf"
    make_printer = center.make_printer

    def to_file():
        printer = make_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(72)
        return printer

    monkeypatch.setattr(center, "make_printer", to_file)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(center.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(printed).pages) == center.pdf.pageCount() > 1


def test_closing_removes_the_preview_files(qtbot, context, child):
    center = open_center(qtbot, context, child)
    assert list((context.data_dir / "tmp").glob("*.pdf"))
    center.close()
    assert list((context.data_dir / "tmp").glob("*.pdf")) == []


def test_a_job_cancelled_before_it_is_answered_writes_nothing(qtbot, context, child, today):
    out = context.data_dir / "x.pdf"
    job = print_job.PrintJob(context.data_dir, "diaper-bag", child.id,
                             print_job.PrintOptions(sections=frozenset({DiaperBag.MOOD})),
                             Household(), out, today)
    seen = []
    job.signals.cancelled.connect(lambda: seen.append("cancelled"))
    job.signals.finished.connect(lambda path: seen.append("finished"))
    worker = WorkerProcess(None)
    job.start(worker)
    job.cancel()     # the worker may already have made it: it is thrown away here
    qtbot.waitUntil(lambda: len(seen) > 0, timeout=20000)
    worker.stop(3000)
    assert seen == ["cancelled"] and not out.exists()


def test_switching_documents_shows_only_its_sections(qtbot, context, child):
    from PySide6.QtWidgets import QCheckBox
    center = open_center(qtbot, context, child, "about-my-child-blank")
    center.select_document("comfort-call")
    wait_ready(qtbot, center)
    shown = [c.text() for c in center.sections_box.findChildren(QCheckBox)
             if c.isVisibleTo(center)]
    assert shown == [s.label for s in center.spec.sections]


def test_choose_document_shows_it_or_says_it_is_not_ready(qtbot, context, child):
    center = open_center(qtbot, context, child, "diaper-bag")
    assert center.choose_document("comfort-call")
    assert center.spec.id == "comfort-call"
    assert not center.choose_document("a-sheet-from-a-later-version")
    assert center.spec.id == "comfort-call"
    assert "cannot be printed from here yet" in center.description.text()
