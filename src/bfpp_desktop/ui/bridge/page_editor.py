"""Prepare the next bridge-book page: a letter, news since the last page, a few
photos and two or three questions for the parent.

Only "to share" summaries are offered, and they start ticked; a photo not marked
shareable starts unticked and says so, so it only goes on the page by the
caregiver's own choice. Photos also need the tick
"I checked…" before the page is saved, because a photo can show more than meant.
"""
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QLabel, QLineEdit, QListView, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QScrollArea,
                               QVBoxLayout, QWidget)

from bfpp_desktop.core.bridge_book import (SUGGESTED_QUESTIONS, BridgePage, BridgeQuestion,
                                           Gathered, validate_page)
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.guide import Question
from bfpp_desktop.storage.photos import photo_path
from bfpp_desktop.ui.bridge.photos import preview
from bfpp_desktop.ui.widgets.tab_order import follow_layout
from bfpp_desktop.ui.widgets.date_field import DateField
from bfpp_desktop.ui.widgets.formatting import long_date, short_date
from bfpp_desktop.ui.widgets.sizing import fit_to_screen
from bfpp_desktop.ui.widgets.styles import make_hint, show_field_message

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
OWN_QUESTIONS = 2
THUMB = QSize(120, 96)


class BridgePageEditor(QDialog):
    """Returns the page through *save* (a callable that stores it and returns the saved
    page, or None when saving failed, in which case the dialog stays open)."""

    def __init__(self, parent, data_dir, child: Child, gathered: Gathered,
                 starters: tuple[Question, ...], parent_names: list[str], save,
                 today: date):
        super().__init__(parent)
        self.child = child
        self.gathered = gathered
        self._save = save
        self.saved: BridgePage | None = None
        self._asking = False
        name = child.display_name
        self.setWindowTitle(self.tr("Prepare the next page of {name}'s bridge book").format(
            name=name))
        fit_to_screen(self, 820, 760)

        self.to_name = QComboBox(self)
        self.to_name.setEditable(True)
        self.to_name.addItems(parent_names)
        self.to_name.setAccessibleName(self.tr("Who the page is for"))
        self.prepared_on = DateField(self)
        self.prepared_on.set_date(today)
        self.letter = QPlainTextEdit(self)
        self.letter.setAccessibleName(self.tr("Your letter"))
        self.letter.setPlaceholderText(self.tr(
            "A few words about the week, in your own voice. It is fine to keep it short."))
        self.letter.setMinimumHeight(120)
        self.letter_message = QLabel(self)
        show_field_message(self.letter_message, None)

        self.news = QListWidget(self)
        self.news.setAccessibleName(self.tr("News to share"))
        self.news.setWordWrap(True)
        for choice in gathered.summaries:
            label = f"{short_date(choice.entry_date, today)} · {choice.text}"
            self._add_choice(self.news, label, choice, checked=True)
        self.news.setMaximumHeight(150)

        self.photos = QListWidget(self)
        self.photos.setAccessibleName(self.tr("Photos to include"))
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(THUMB)
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setWordWrap(True)
        self.photos.setGridSize(QSize(THUMB.width() + 40, THUMB.height() + 56))
        self.photos.setMinimumHeight(THUMB.height() + 70)
        for choice in gathered.photos:
            caption = choice.caption or self.tr("(no caption)")
            if not choice.shareable:
                caption = self.tr("Private · {caption}").format(caption=caption)
            item = self._add_choice(self.photos, caption, choice, checked=False)
            pixmap = preview(photo_path(data_dir, child.id, choice.file_name), THUMB)
            item.setIcon(QIcon(pixmap) if pixmap is not None else self.style().standardIcon(
                self.style().StandardPixmap.SP_MessageBoxWarning))
            if pixmap is None:
                item.setText(self.tr("Photo not found · {caption}").format(caption=caption))
        self.photos_checked = QCheckBox(self.tr(
            "I checked: no other children and nothing that shows where we live"), self)
        self.photos_checked.setEnabled(False)
        self.photos.itemChanged.connect(self._on_photo_ticked)
        self.photo_message = QLabel(self)
        show_field_message(self.photo_message, None)

        self.questions = QListWidget(self)
        self.questions.setAccessibleName(self.tr("Questions from the guide"))
        self.questions.setWordWrap(True)
        for question in starters:
            self._add_choice(self.questions, question.text, question, checked=False)
        self.questions.setMaximumHeight(140)
        self.own_questions = [QLineEdit(self) for _ in range(OWN_QUESTIONS)]
        for field in self.own_questions:
            field.setPlaceholderText(self.tr("Or write your own question"))
            field.setAccessibleName(self.tr("Your own question"))

        body = QWidget(self)
        layout = QVBoxLayout(body)
        top = QFormLayout()
        top.addRow(self.tr("For"), self.to_name)
        top.addRow(self.tr("Date"), self.prepared_on)
        layout.addLayout(top)
        layout.addWidget(self._group(self.tr("Your letter"), [self.letter, self.letter_message]))
        since = (self.tr("News since the last page ({date})").format(
            date=long_date(gathered.since)) if gathered.since else self.tr("News so far"))
        empty_news = self._hint(self.tr("No “to share” notes since the last page. Your "
                                        "letter can say how the week went.")) \
            if not gathered.summaries else None
        layout.addWidget(self._group(since, [self.news if gathered.summaries else empty_news]))
        reminder = self._hint(self.tr(
            "Pick a few photos. Before ticking, look at each one: other children's faces, "
            "our street, house number or school should not be in the picture."))
        empty_photos = self._hint(self.tr("No photos since the last page.")) \
            if not gathered.photos else None
        layout.addWidget(self._group(self.tr("Photos"), [
            w for w in (reminder, self.photos if gathered.photos else None, empty_photos,
                        self.photos_checked, self.photo_message) if w]))
        # A list with nothing to offer is left out of the layout: hidden, not drawn loose.
        self.news.setVisible(bool(gathered.summaries))
        self.photos.setVisible(bool(gathered.photos))
        layout.addWidget(self._group(self.tr("Questions for {who}").format(
            who=self.to_name.currentText() or self.tr("the parent")), [
            self._hint(self.tr("Two or three questions are plenty; each gets room to "
                               "write on the page.")),
            self.questions, *self.own_questions]))
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save the page"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        follow_layout(self)

    # ----- building ------------------------------------------------------------------------

    def _add_choice(self, widget: QListWidget, label: str, choice, checked: bool):
        item = QListWidgetItem(label, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(CHOICE_ROLE, choice)
        return item

    def _group(self, title: str, widgets: list[QWidget]) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        make_hint(label)
        return label

    def _is_private(self, item: QListWidgetItem) -> bool:
        choice = item.data(CHOICE_ROLE)
        return getattr(choice, "shareable", True) is False

    def _confirm_private(self, item: QListWidgetItem) -> None:
        """Ticking something private asks once more, as the print center does."""
        if self._asking or item.checkState() != Qt.CheckState.Checked or \
                not self._is_private(item):
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Share something private?"),
                          self.tr("This is marked private. Put it on the page anyway?"),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                          self)
        box.setInformativeText(self.tr("The page goes to {who} and may be kept for years.")
                               .format(who=self.to_name.currentText() or self.tr("the parent")))
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Put it on the page"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Ok:
            self._asking = True
            try:
                item.setCheckState(Qt.CheckState.Unchecked)
            finally:
                self._asking = False

    def _on_photo_ticked(self, item) -> None:
        self._confirm_private(item)
        any_photo = bool(self._ticked(self.photos))
        self.photos_checked.setEnabled(any_photo)
        if not any_photo:
            self.photos_checked.setChecked(False)

    # ----- reading ---------------------------------------------------------------------------
    @staticmethod
    def _ticked(widget: QListWidget) -> list:
        return [widget.item(i).data(CHOICE_ROLE) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def tick(self, widget: QListWidget, row: int, on: bool = True) -> None:
        widget.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def page(self) -> BridgePage:
        questions = [BridgeQuestion(q.text, q.id, q.files_into, q.topic)
                     for q in self._ticked(self.questions)]
        questions += [BridgeQuestion(f.text().strip()) for f in self.own_questions
                      if f.text().strip()]
        return BridgePage(
            child_id=self.child.id, prepared_on=self.prepared_on.date() or date.today(),
            to_name=self.to_name.currentText().strip(), letter=self.letter.toPlainText(),
            summaries=self._ticked(self.news), photos=self._ticked(self.photos),
            questions=questions, photos_checked=self.photos_checked.isChecked())

    def save(self) -> None:
        page = self.page()
        problems = validate_page(page)
        show_field_message(self.letter_message, problems.get("letter") or
                           problems.get("questions"))
        show_field_message(self.photo_message, problems.get("photos"))
        if problems:
            return
        if len(page.questions) > SUGGESTED_QUESTIONS + 2:
            show_field_message(self.letter_message, self.tr(
                "That is a lot of questions for one page; please choose a few."))
            return
        saved = self._save(page)
        if saved is not None:       # on failure the dialog stays open with everything typed
            self.saved = saved
            self.accept()
