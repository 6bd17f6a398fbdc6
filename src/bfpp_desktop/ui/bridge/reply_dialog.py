"""Record what came back in the bridge book: the parent's words typed in, their
answers to our questions, and a photo or scan of the handwritten page."""
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from bfpp_desktop.core.bridge_book import BridgePage, validate_page
from bfpp_desktop.storage.photo_sweep import PhotoKeeper
from bfpp_desktop.ui.bridge.photos import photo_label
from bfpp_desktop.ui.widgets.date_field import DateField
from bfpp_desktop.ui.widgets.photo_import import PhotoImport
from bfpp_desktop.ui.errors import report
from bfpp_desktop.ui.widgets.sizing import fit_to_screen
from bfpp_desktop.ui.widgets.styles import make_hint, show_field_message

SCAN = QSize(200, 260)


class BridgeReplyDialog(QDialog):
    """*save* stores the page and returns it (None on failure: the dialog stays open)."""

    def __init__(self, parent, photos: PhotoKeeper, page: BridgePage, save, today: date):
        super().__init__(parent)
        self.photos = photos
        self.page = page
        self._save = save
        self.saved: BridgePage | None = None
        self.reply_photo = page.reply_photo
        # Scans added here are held until the dialog closes; a cancelled one is then swept.
        self._added: list[str] = []
        self.finished.connect(lambda _result, names=self._added:
                              photos.release(page.child_id, names))
        who = page.to_name or self.tr("the parent")
        self.setWindowTitle(self.tr("What came back from {who} (page {n})").format(
            who=who, n=page.number))
        fit_to_screen(self, 720, 680)

        self.reply_on = DateField(self)
        self.reply_on.set_date(page.reply_on or today)
        self.reply_text = QPlainTextEdit(page.reply_text, self)
        self.reply_text.setAccessibleName(self.tr("What they wrote"))
        self.reply_text.setPlaceholderText(self.tr("Type what {who} wrote, as much as you "
                                                   "like, or add a photo of the page below."
                                                   ).format(who=who))
        self.reply_text.setMinimumHeight(140)
        self.message = QLabel(self)
        show_field_message(self.message, None)

        self.answers: list[QPlainTextEdit] = []
        answer_box = QGroupBox(self.tr("Their answers to our questions"), self)
        answer_layout = QVBoxLayout(answer_box)
        for question in page.questions:
            label = QLabel(question.text, self)
            label.setWordWrap(True)
            field = QPlainTextEdit(question.answer, self)
            field.setAccessibleName(question.text)
            field.setFixedHeight(58)
            answer_layout.addWidget(label)
            answer_layout.addWidget(field)
            self.answers.append(field)
        if not page.questions:
            none = QLabel(self.tr("This page had no questions."), self)
            make_hint(none)
            answer_layout.addWidget(none)

        scan_box = QGroupBox(self.tr("A photo or scan of their page"), self)
        self.scan_row = QHBoxLayout(scan_box)
        self.scan_view: QWidget | None = None
        self.add_scan_button = QPushButton(self.tr("Add a photo or scan…"), self)
        self.add_scan_button.clicked.connect(self.choose_scan)
        self.scan_progress = QLabel(self.tr("Adding the photo…"), self)
        self.scan_progress.setVisible(False)
        self.remove_scan = QPushButton(self.tr("Remove"), self)
        self.remove_scan.clicked.connect(lambda: self.set_scan(""))
        buttons_column = QVBoxLayout()
        buttons_column.addWidget(self.add_scan_button)
        buttons_column.addWidget(self.remove_scan)
        buttons_column.addWidget(self.scan_progress)
        buttons_column.addStretch(1)
        self.scan_row.addLayout(buttons_column)
        self.set_scan(self.reply_photo)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        form = QFormLayout()
        form.addRow(self.tr("Came back on"), self.reply_on)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("What {who} wrote").format(who=who), self))
        layout.addWidget(self.reply_text)
        layout.addWidget(self.message)
        layout.addWidget(answer_box)
        layout.addWidget(scan_box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)

    def choose_scan(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo or scan of the page"), str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png)"))
        if path:
            self.add_scan(Path(path))

    def add_scan(self, source: Path) -> PhotoImport:
        """Start copying the picture into the child's photo folder; it shows when ready."""
        job = PhotoImport(self.photos, self.page.child_id, [str(source)], self)
        job.added.connect(self._on_scan_added)
        job.failed.connect(self._on_scan_failed)
        job.finished.connect(self._on_scan_done)
        self.finished.connect(job.abandon)  # a scan arriving after Cancel is swept
        self.add_scan_button.setEnabled(False)
        self.scan_progress.setVisible(True)
        job.start()
        return job

    def _on_scan_added(self, _source: str, name: str) -> None:
        self._added.append(name)  # the job held it for us; released when the dialog closes
        self.set_scan(name)

    def _on_scan_failed(self, _source: str, error: Exception) -> None:
        report(self, error)

    def _on_scan_done(self) -> None:
        self.add_scan_button.setEnabled(True)
        self.scan_progress.setVisible(False)

    def set_scan(self, file_name: str) -> None:
        self.reply_photo = file_name
        if self.scan_view is not None:
            self.scan_view.deleteLater()
            self.scan_view = None
        if file_name:
            self.scan_view = photo_label(
                self.photos.path(self.page.child_id, file_name), SCAN, self)
            self.scan_row.insertWidget(0, self.scan_view)
        self.remove_scan.setEnabled(bool(file_name))

    def result_page(self) -> BridgePage:
        questions = [replace(q, answer=field.toPlainText().strip())
                     for q, field in zip(self.page.questions, self.answers)]
        return self.page.copy(reply_text=self.reply_text.toPlainText(),
                              reply_on=self.reply_on.date(), reply_photo=self.reply_photo,
                              questions=questions)

    def save(self) -> None:
        page = self.result_page()
        problems = validate_page(page)
        show_field_message(self.message, problems.get("reply") or problems.get("reply_on"))
        if problems:
            return
        saved = self._save(page)
        if saved is not None:
            self.saved = saved
            self.accept()
