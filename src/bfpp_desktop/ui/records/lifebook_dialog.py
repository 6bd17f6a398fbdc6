"""A lifebook page, made with the child: what kind of page, its title and words, photos
with captions (drawings too, photographed), and whether it waits for the family's say."""
from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QLineEdit)

from bfpp_desktop.core.lifebook import LifebookPage, LifebookPhoto, PageKind, validate_page
from bfpp_desktop.ui.journal.editor import thumbnail
from bfpp_desktop.ui.records.record_dialog import RecordDialog
from bfpp_desktop.ui.widgets.photo_import import PhotoImport

PHOTO_ROLE = Qt.ItemDataRole.UserRole


class LifebookDialog(RecordDialog):
    DATE_REQUIRED = False

    def __init__(self, context, page: LifebookPage, parent=None):
        super().__init__(self.tr("A lifebook page"), page.page_date, parent)
        self.context, self.page = context, page
        self._imported: list[str] = []
        self.destroyed.connect(lambda *_a, photos=context.photos, child_id=page.child_id,
                               names=self._imported: photos.release(child_id, names))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of page"))
        for kind in PageKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setCurrentIndex(self.kind.findData(page.kind))
        self.title = QLineEdit(page.title, self)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. My first day at the new school"))
        self.text = QPlainTextEdit(page.text, self)
        self.text.setAccessibleName(self.tr("The words"))
        self.text.setPlaceholderText(self.tr("Written to the child, in words they will "
                                             "understand when they are older. Their own "
                                             "words too."))
        self.photo_list = QListWidget(self)
        self.photo_list.setAccessibleName(self.tr("Photos and captions"))
        self.photo_list.setIconSize(QSize(96, 72))
        self.photo_list.setToolTip(self.tr("Double-click a photo to write its caption."))
        for photo in page.photos:
            self._add_item(photo)
        self.add_photos_button = QPushButton(self.tr("Add photos or drawings…"), self)
        self.add_photos_button.clicked.connect(self._choose_photos)
        self.waiting = QCheckBox(self.tr("Wait for the family's say before printing this "
                                         "page"), self)
        self.waiting.setChecked(page.waiting_for_family)
        self.date.set_date(page.page_date)
        self.form.labelForField(self.date).setText(self.tr("Date (optional)"))
        self.form.addRow(self.tr("Kind of page"), self.kind)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Words"), self.text)
        self.form.addRow(self.tr("Photos"), self.photo_list)
        self.form.addRow("", self.add_photos_button)
        self.form.addRow("", self.waiting)
        self.finish_layout()

    def _add_item(self, photo: LifebookPhoto) -> None:
        item = QListWidgetItem(photo.caption, self.photo_list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        pixmap = thumbnail(self.context.photos.path(self.page.child_id, photo.file_name))
        if pixmap is not None:
            item.setIcon(QIcon(pixmap))
        item.setData(PHOTO_ROLE, photo)

    def _choose_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Photos for the lifebook"), "",
                                                self.tr("Photos (*.jpg *.jpeg *.png)"))
        if paths:
            self.add_photo_files(paths)

    def add_photo_files(self, paths: list[str]) -> PhotoImport:
        job = PhotoImport(self.context.photos, self.page.child_id, paths, self)
        job.added.connect(self._on_added)
        job.failed.connect(lambda _p, error: self.say(str(error)))
        job.start()
        return job

    def _on_added(self, _path: str, name: str) -> None:
        self._imported.append(name)
        self._add_item(LifebookPhoto(name))

    def photos(self) -> list[LifebookPhoto]:
        return [replace(self.photo_list.item(i).data(PHOTO_ROLE),
                        caption=self.photo_list.item(i).text().strip())
                for i in range(self.photo_list.count())]

    def record(self) -> LifebookPage | None:
        page = self.page.copy(kind=self.kind.currentData(), title=self.title.text().strip(),
                              text=self.text.toPlainText().strip(), page_date=self.day(),
                              photos=self.photos(), waiting_for_family=self.waiting.isChecked())
        problems = validate_page(page)
        if problems:
            self.say(next(iter(problems.values())))
            return None
        return page
