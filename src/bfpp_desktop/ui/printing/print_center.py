"""The print center: choose a document and what goes on it, see it, print it or save it."""
import json
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QPointF, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QProgressBar, QPushButton, QSplitter,
                               QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout,
                               QWidget)

from bfpp_desktop.core import i18n
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.dates import DateError
from bfpp_desktop.reports.catalogue import (MONTHLY_REPORT, PRINTOUTS, ForWhom, Printout,
                                            RoutineSheet, is_available, printout,
                                            printouts_for)
from bfpp_desktop.reports.options import (Paper, PrintOptions, Reader, date_range_problem,
                                          default_date_range, last_month,
                                          default_paper_for_locale)
from bfpp_desktop.storage.household import get_household, save_household
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.worker_process import WorkerProcess
from bfpp_desktop.ui.widgets.tab_order import follow_layout
from bfpp_desktop.ui.widgets.date_field import DateField
from bfpp_desktop.ui.errors import attempt, report
from bfpp_desktop.ui.printing.household_editor import HouseholdEditor
from bfpp_desktop.ui.printing.print_job import PrintJob
from bfpp_desktop.ui.records.month_note_box import MonthNoteBox
from bfpp_desktop.ui.settings_saver import save_settings
from bfpp_desktop.ui.widgets.sizing import fit_to_screen
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint, show_field_message
from bfpp_desktop.core.whole_file import copy_file

SETTINGS_LAST_DOCUMENT = "print/last_document"
SETTINGS_LAST_FOLDER = "print/last_folder"
SPEC_ROLE = Qt.ItemDataRole.UserRole
FOR_WHOM_ROLE = Qt.ItemDataRole.UserRole + 1     # the heading a document is listed under
# A document chosen under a heading starts out for that reader (the routine sheet asks).
FIRST_READER = {ForWhom.NEXT_CARER: Reader.BABYSITTER}
PREVIEW_PREFIX = "print-preview-"
PREVIEW_DELAY_MS = 300   # wait for the caregiver to stop clicking before rebuilding
CLOSE_WAIT_MS = 3000
PRINT_DPI = 300          # enough for crisp text without huge page images
HEADING_GAP = 10         # pixels above a heading in the document list, after the first
DOCUMENT_INDENT = 12     # pixels: a document sits under its heading


def temp_folder(data_dir: Path) -> Path:
    """Previews are private: they stay inside the data folder, never in the system temp."""
    folder = Path(data_dir) / "tmp"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def remember_key(doc_id: str) -> str:
    return f"print/{doc_id}"


class GroupedListDelegate(QStyledItemDelegate):
    """Draws the document list as groups: room above each heading, documents indented."""

    def _place(self, option, index) -> QStyleOptionViewItem:
        placed = QStyleOptionViewItem(option)
        if index.data(SPEC_ROLE) is not None:
            placed.rect = placed.rect.adjusted(DOCUMENT_INDENT, 0, 0, 0)
        elif index.row() > 0:
            placed.rect = placed.rect.adjusted(0, HEADING_GAP, 0, 0)
        return placed

    def sizeHint(self, option, index):
        # A long title wraps at the width it is drawn at: the list's own width, whatever
        # rectangle the view measures with (it measured one at a width and drew it at
        # another, so a title that wrapped late overlapped the next one).
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, self.parent().viewport().width(), option.rect.height())
        size = super().sizeHint(self._place(sized, index), index)
        if index.data(SPEC_ROLE) is None and index.row() > 0:
            size.setHeight(size.height() + HEADING_GAP)
        return size

    def paint(self, painter, option, index) -> None:
        super().paint(painter, self._place(option, index), index)


class PrintCenter(QDialog):
    """Non-modal window on one child; re-renders the preview off the GUI thread."""

    preview_ready = Signal(str)   # path of the PDF now shown
    preview_stopped = Signal()    # cancelled or failed

    def __init__(self, context: AppContext, child: Child, parent=None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.child = child
        self.today = today or date.today()
        self.spec: Printout | None = None
        self.job: PrintJob | None = None
        self._jobs: list[PrintJob] = []          # kept alive until their signals arrive
        self.current_pdf: Path | None = None
        self.page_number: int | None = None      # bridge book: which page (None: the newest)
        self._loading = False
        remove_stale_previews(context.data_dir)
        self.setWindowTitle(self.tr("Print center — {name}").format(name=child.display_name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_to_screen(self, 1180, 760)

        self.pdf = QPdfDocument(self)
        self.worker = WorkerProcess(self)
        self.worker.start_now()   # it starts while this window is laid out
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        splitter = QSplitter(self)
        splitter.addWidget(self._build_document_list())
        splitter.addWidget(self._build_options())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([250, 300, 630])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addLayout(self._build_buttons())

        last = context.settings.value(SETTINGS_LAST_DOCUMENT, "", type=str)
        self.select_document(last if self._row_of(last) >= 0 and is_available(last)
                             else next(d.id for d in PRINTOUTS if is_available(d.id)))
        follow_layout(self)

    # ----- building the window ---------------------------------------------------------------

    def _build_document_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Documents"))
        make_heading(heading, 1.1)
        self.document_list = QListWidget()
        self.document_list.setWordWrap(True)
        self.document_list.setAccessibleName(self.tr("Documents"))
        self.document_list.setItemDelegate(GroupedListDelegate(self.document_list))
        for who in ForWhom:
            self.document_list.addItem(self._heading_item(who))
            for spec in printouts_for(who):
                item = QListWidgetItem(spec.title)
                item.setData(SPEC_ROLE, spec)
                item.setData(FOR_WHOM_ROLE, who)
                item.setToolTip(spec.description)
                if not is_available(spec.id):
                    item.setText(self.tr("{title} (coming soon)").format(title=spec.title))
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.document_list.addItem(item)
        self.document_list.currentItemChanged.connect(self._on_document_changed)
        self.description = QLabel()
        make_hint(self.description)
        layout.addWidget(heading)
        layout.addWidget(self.document_list, 1)
        layout.addWidget(self.description)
        return box

    def _heading_item(self, who: ForWhom) -> QListWidgetItem:
        """Who the documents below are for: not a choice, so the arrow keys pass over it,
        yet drawn in the normal text colour rather than greyed out."""
        item = QListWidgetItem(who.heading)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.document_list.font())
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(font)
        item.setForeground(self.document_list.palette().windowText())
        return item

    def _build_options(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)

        self.reader_box = QGroupBox(self.tr("Who is it for?"))
        reader_layout = QVBoxLayout(self.reader_box)
        self.reader = QComboBox()
        for reader in Reader:
            self.reader.addItem(reader.label, reader.value)
        self.reader.setAccessibleName(self.tr("Who is it for?"))
        self.reader.currentIndexChanged.connect(self._on_reader_changed)
        self.reader_hint = QLabel()
        make_hint(self.reader_hint)
        self.reader_hint.setWordWrap(True)
        reader_layout.addWidget(self.reader)
        reader_layout.addWidget(self.reader_hint)

        self.sections_box = QGroupBox(self.tr("What goes on the page"))
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.section_checks: dict[str, QCheckBox] = {}

        privacy = QGroupBox(self.tr("Privacy"))
        privacy_layout = QVBoxLayout(privacy)
        self.include_private = QCheckBox(self.tr("Include private entries"))
        self.include_private.setToolTip(self.tr(
            "Entries marked private and contacts you have not agreed to share"))
        self.include_private.toggled.connect(self._on_include_private)
        self.leave_out = QCheckBox(self.tr("Leave out our details (address, phone, surname)"))
        self.leave_out.toggled.connect(self._on_option_changed)
        self.our_details_button = QPushButton(self.tr("Our details…"))
        self.our_details_button.clicked.connect(self.edit_our_details)
        privacy_layout.addWidget(self.include_private)
        privacy_layout.addWidget(self.leave_out)
        privacy_layout.addWidget(self.our_details_button, 0, Qt.AlignmentFlag.AlignLeft)

        page = QGroupBox(self.tr("Paper"))
        page_layout = QFormLayout(page)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), Paper.A4.value)
        self.paper.addItem(self.tr("Letter"), Paper.LETTER.value)
        self.paper.currentIndexChanged.connect(self._on_option_changed)
        self.large_print = QCheckBox(self.tr("Large print"))
        self.large_print.toggled.connect(self._on_option_changed)
        page_layout.addRow(self.tr("Size"), self.paper)
        page_layout.addRow("", self.large_print)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():   # each language in its own words
            self.language.addItem(name, code)
        self.language.addItem(self.tr("Both: Español and English"), i18n.BOTH)
        self.language.setToolTip(self.tr("A bilingual copy gives each heading and question in "
                                         "Spanish and English; what you wrote stays as written."))
        self.language.currentIndexChanged.connect(self._on_option_changed)
        page_layout.addRow(self.tr("Language"), self.language)

        self.range_box = QGroupBox(self.tr("Dates"))
        range_layout = QFormLayout(self.range_box)
        self.date_from = DateField()
        self.date_to = DateField()
        self.range_message = QLabel()
        self.range_message.setVisible(False)
        self.range_message.setWordWrap(True)
        for field in (self.date_from, self.date_to):
            field.edited.connect(self._on_option_changed)
        range_layout.addRow(self.tr("From"), self.date_from)
        range_layout.addRow(self.tr("To"), self.date_to)
        range_layout.addRow(self.range_message)

        # The monthly report's own words are typed here, for the month its dates start in.
        self.note_box = MonthNoteBox(self.context, self.child)
        self.note_box.changed.connect(self._on_note_changed)

        for group in (self.reader_box, self.sections_box, self.note_box, privacy, page,
                      self.range_box):
            layout.addWidget(group)
        layout.addStretch(1)
        return box

    def _build_preview(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QPdfView()
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        status = QHBoxLayout()
        self.status = QLabel()
        make_hint(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_preview)
        status.addWidget(self.status, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)
        layout.addWidget(self.view, 1)
        layout.addLayout(status)
        self._show_busy(False)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row.addStretch(1)
        for button in (self.print_button, self.save_button, close):
            row.addWidget(button)
        self.print_button.setDefault(True)
        return row

    # ----- choosing --------------------------------------------------------------------------
    def _row_of(self, doc_id: str, for_whom: ForWhom | None = None) -> int:
        """The row of *doc_id*: under *for_whom*'s heading if given, else its first."""
        for row in range(self.document_list.count()):
            item = self.document_list.item(row)
            spec = item.data(SPEC_ROLE)
            if spec is not None and spec.id == doc_id and \
                    for_whom in (None, item.data(FOR_WHOM_ROLE)):
                return row
        return -1

    def select_document(self, doc_id: str, for_whom: ForWhom | None = None) -> None:
        self.document_list.setCurrentRow(self._row_of(doc_id, for_whom))

    def choose_document(self, doc_id: str, for_whom: ForWhom | None = None) -> bool:
        """Show *doc_id* (as when the guide asks for it); False when it cannot be made yet.

        A document that is not ready leaves the current choice and says so, so the
        caregiver is never left wondering why nothing changed.
        """
        if self._row_of(doc_id, for_whom) >= 0 and is_available(doc_id):
            self.select_document(doc_id, for_whom)
            return True
        spec = printout(doc_id)
        title = spec.title if spec is not None else doc_id
        self.description.setText(self.tr(
            "“{title}” cannot be printed from here yet. Here is another document you "
            "may find useful.").format(title=title))
        return False

    def _on_document_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is None:
            return
        self.spec = current.data(SPEC_ROLE)
        self.context.settings.setValue(SETTINGS_LAST_DOCUMENT, self.spec.id)
        self.description.setText(self.spec.description)
        self._show_options(self._remembered_options(self.spec),
                           FIRST_READER.get(current.data(FOR_WHOM_ROLE), Reader.BIRTH_PARENT))
        self.refresh_preview()

    def _default_options(self, spec: Printout) -> PrintOptions:
        options = spec.default_options(default_paper_for_locale(QLocale().name()))
        if spec.needs_date_range:
            date_from, date_to = (last_month if spec.for_a_month
                                  else default_date_range)(self.today)
            options = options.copy(date_from=date_from, date_to=date_to)
        return options

    def _remembered_options(self, spec: Printout) -> PrintOptions:
        fallback = self._default_options(spec)
        saved = self.context.settings.value(remember_key(spec.id), "", type=str)
        try:
            data = json.loads(saved) if saved else {}
        except ValueError:
            data = {}
        options = PrintOptions.from_dict(data, fallback) if isinstance(data, dict) else fallback
        # Sections the document no longer has are forgotten; private is always asked again.
        return options.copy(sections=options.sections & set(spec.section_ids()),
                            include_private=False)

    def _show_options(self, options: PrintOptions, reader: Reader) -> None:
        """Put *options* into the widgets without triggering a rebuild for each one."""
        self._loading = True
        try:
            for check in self.section_checks.values():
                self.sections_layout.removeWidget(check)
                check.hide()  # deleteLater waits for the event loop; hide it now
                check.deleteLater()
            self.section_checks = {}
            for section in self.spec.sections:
                check = QCheckBox(section.label)
                check.setChecked(section in options.sections)
                check.toggled.connect(self._on_option_changed)
                self.sections_layout.addWidget(check)
                self.section_checks[section] = check
            self.sections_box.setVisible(bool(self.spec.sections))
            # Who it is for is asked each time, starting with the reader whose heading the
            # document was chosen under (the birth parent, unless a babysitter's).
            self.reader_box.setVisible(self.spec.asks_who_for)
            self.reader.setCurrentIndex(self.reader.findData(reader.value))
            self._show_reader_hint()
            self.include_private.setChecked(False)
            self.include_private.setEnabled(self.spec.has_private_content)
            self.leave_out.setChecked(options.leave_out_our_details)
            self.paper.setCurrentIndex(self.paper.findData(options.paper.value))
            self.large_print.setChecked(options.large_print)
            self.language.setCurrentIndex(max(self.language.findData(
                options.language or i18n.language()), 0))
            self.range_box.setVisible(self.spec.needs_date_range)
            self.date_from.set_date(options.date_from)
            self.date_to.set_date(options.date_to)
            self.note_box.setVisible(self.spec is MONTHLY_REPORT)
            self.note_box.show_month(options.date_from)
        finally:
            self._loading = False

    def options(self) -> PrintOptions:
        """The choices on screen; raises DateError for a date that cannot be read."""
        return PrintOptions(
            sections=frozenset(i for i, c in self.section_checks.items() if c.isChecked()),
            include_private=self.include_private.isChecked(),
            leave_out_our_details=self.leave_out.isChecked(),
            paper=Paper(self.paper.currentData()),
            large_print=self.large_print.isChecked(),
            language=self.language.currentData(),
            date_from=self.date_from.date() if self.spec.needs_date_range else None,
            date_to=self.date_to.date() if self.spec.needs_date_range else None,
            page_number=self.page_number,
            reader=Reader(self.reader.currentData()))

    def _on_reader_changed(self, *_args) -> None:
        self._show_reader_hint()
        self._on_option_changed()

    def _show_reader_hint(self) -> None:
        """Say what the choice changes; people are only on copies for someone new."""
        for_parent = self.reader.currentData() == Reader.BIRTH_PARENT.value
        self.reader_hint.setText(
            self.tr("Health and the important people stay off the birth parent's copy; "
                    "one line says health needs are kept separately.") if for_parent
            else self.tr("Adds allergies and medicines (even ones marked private) and the "
                         "important people you agreed to share."))
        people = self.section_checks.get(RoutineSheet.PEOPLE)
        if people is not None and self.spec.asks_who_for:
            people.setEnabled(not for_parent)
            people.setToolTip(self.tr("Only on a copy for a babysitter or the next home")
                              if for_parent else "")

    def _on_option_changed(self, *_args) -> None:
        if self._loading or self.spec is None:
            return
        self._timer.start()

    def _on_include_private(self, checked: bool) -> None:
        if self._loading:
            return
        if checked and not self.confirm_private():
            self.include_private.blockSignals(True)
            self.include_private.setChecked(False)
            self.include_private.blockSignals(False)
            return
        self._on_option_changed()

    def confirm_private(self) -> bool:
        """The second ask before private entries go on paper."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Print private entries?"),
                          self.tr("Entries you marked private, and contacts you have not "
                                  "agreed to share, will be on this printout."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("Paper can travel further than you mean it to. "
                                       "Include them this time?"))
        yes = box.addButton(self.tr("Include private entries"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def _on_note_changed(self) -> None:
        if self.spec is MONTHLY_REPORT:
            self.refresh_preview()

    def edit_our_details(self) -> None:
        household = attempt(self, get_household, self.context.db)
        if household is None:
            return
        dialog = HouseholdEditor(household, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if attempt(self, save_household, self.context.db, dialog.household()) is None:
            return
        self.refresh_preview()

    # ----- the preview -----------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Start building the preview now, stopping any build still running."""
        self._timer.stop()
        if self.spec is None:
            return
        try:
            options = self.options()
        except DateError as problem:
            self.note_box.show_month(None)
            self._stop_with(str(problem))
            return
        self.note_box.show_month(options.date_from)
        problem = date_range_problem(options.date_from, options.date_to)
        show_field_message(self.range_message, problem)
        if problem:
            self._stop_with(problem)
            return
        self.context.settings.setValue(remember_key(self.spec.id), json.dumps(options.to_dict()))
        save_settings(self.context.settings, self)
        if self.job is not None:
            self.job.cancel()
        try:
            out = temp_folder(self.context.data_dir) / f"{PREVIEW_PREFIX}{uuid.uuid4().hex}.pdf"
        except OSError as exc:
            report(self, exc)
            return
        household = attempt(self, get_household, self.context.db)
        if household is None:
            return
        job = PrintJob(self.context.data_dir, self.spec.id, self.child.id, options,
                       household, out, self.today)
        # Bound methods of this window, so the slots run on the GUI thread.
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self.job = job
        self._jobs.append(job)
        self._show_busy(True)
        job.start(self.worker)

    def cancel_preview(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _sending_job(self) -> PrintJob | None:
        return next((j for j in self._jobs if j.signals is self.sender()), None)

    def _on_progress(self, value: int) -> None:
        if self.job is not None and self._sending_job() is self.job:
            self.progress.setValue(value)

    def _on_finished(self, path: str) -> None:
        job = self._forget()
        if job is None or job is not self.job:
            Path(path).unlink(missing_ok=True)  # an older build overtaken by a newer one
            return
        self.job = None
        previous = self.current_pdf
        self.pdf.load(path)
        self.current_pdf = Path(path)
        if previous is not None and previous != self.current_pdf:
            previous.unlink(missing_ok=True)
        self._show_busy(False)
        pages = self.pdf.pageCount()
        self.status.setText(self.tr("%n pages", "", pages))
        self.preview_ready.emit(path)

    def _on_failed(self, exc: BaseException) -> None:
        job = self._forget()
        if job is not None and job is self.job:
            self.job = None
            self._stop_with(self.tr("The preview could not be made."))
            report(self, exc)

    def _on_cancelled(self) -> None:
        job = self._forget()
        if job is not None and job is self.job:
            self.job = None
            self._stop_with(self.tr("Preview stopped. Change a choice to try again."))

    def _forget(self) -> PrintJob | None:
        """The job whose signal is being handled, no longer tracked."""
        job = self._sending_job()
        if job is not None:
            self._jobs.remove(job)
        return job

    def _stop_with(self, message: str) -> None:
        self.pdf.close()
        self._discard_current()
        self._show_busy(False)
        self.status.setText(message)
        self.preview_stopped.emit()

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.status.setText(self.tr("Making the preview…"))
        ready = not busy and self.current_pdf is not None
        for button in (getattr(self, "print_button", None), getattr(self, "save_button", None)):
            if button is not None:
                button.setEnabled(ready)

    def _discard_current(self) -> None:
        if self.current_pdf is not None:
            self.current_pdf.unlink(missing_ok=True)
            self.current_pdf = None

    # ----- printing and saving ---------------------------------------------------------------
    def suggested_file_name(self) -> str:
        name = f"{self.spec.title} - {self.child.display_name}.pdf"
        return "".join("_" if c in '<>:"/\\|?*' else c for c in name)

    def save_pdf(self) -> None:
        if self.current_pdf is None:
            return
        folder = self.context.settings.value(SETTINGS_LAST_FOLDER, str(Path.home()), type=str)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / self.suggested_file_name()),
            self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if attempt(self, copy_file, self.current_pdf, Path(path)) is None:
            return
        self.context.settings.setValue(SETTINGS_LAST_FOLDER, str(Path(path).parent))
        save_settings(self.context.settings, self)
        self.status.setText(self.tr("Saved to {path}").format(path=path))

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize.PageSizeId.Letter if self.paper.currentData() == Paper.LETTER.value \
            else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        printer.setFullPage(True)  # the PDF already has its margins
        printer.setDocName(self.suggested_file_name())
        return printer

    def print_document(self) -> None:
        if self.current_pdf is None:
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            render_to_printer(self.pdf, printer)
        except Exception as exc:  # noqa: BLE001 - shown as a plain dialog
            report(self, exc)

    # ----- closing ---------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        self._clean_up()
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Escape closes without a closeEvent
        self._clean_up()
        super().done(result)

    def _clean_up(self) -> None:
        self._timer.stop()
        # Cancelled builds stop at their next paragraph; waiting briefly means none
        # writes a preview file after the folder is cleaned.
        self.worker.stop(CLOSE_WAIT_MS)
        self.pdf.close()
        self._discard_current()
        remove_stale_previews(self.context.data_dir)


def remove_stale_previews(data_dir: Path) -> None:
    """Delete preview files left by builds that finished after their window closed, and
    the half-written ones (whole_file's .part) of builds stopped by a crash or a kill."""
    folder = Path(data_dir) / "tmp"
    if folder.is_dir():
        for pattern in (f"{PREVIEW_PREFIX}*.pdf", f".{PREVIEW_PREFIX}*.part"):
            for path in folder.glob(pattern):
                path.unlink(missing_ok=True)


def render_to_printer(pdf: QPdfDocument, printer: QPrinter) -> None:
    """Draw each page as an image fitted to the printer's page."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for number in range(pdf.pageCount()):
            if number:
                printer.newPage()
            points = pdf.pagePointSize(number)
            image = pdf.render(number, QSize(round(points.width() * dpi / 72),
                                             round(points.height() * dpi / 72)))
            target = painter.viewport()
            scale = min(target.width() / image.width(), target.height() / image.height())
            painter.save()
            painter.scale(scale, scale)
            painter.drawImage(QPointF(0, 0), image)
            painter.restore()
    finally:
        painter.end()
