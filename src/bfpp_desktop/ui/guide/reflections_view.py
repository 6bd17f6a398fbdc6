"""The five protective factors, each with a short optional reflection kept with its date."""
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from bfpp_desktop.core.guide import Guide, ProtectiveFactor
from bfpp_desktop.core.stage_progress import Reflection, validate_reflection
from bfpp_desktop.storage.guide_progress import add_reflection, list_reflections
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.widgets.formatting import short_date
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint, show_field_message


class FactorBox(QFrame):
    """One factor: what it means, a question, a place to write, and earlier answers."""

    save_requested = Signal(str, str)      # factor id, text
    draft_changed = Signal(str, str)

    def __init__(self, factor: ProtectiveFactor, reflections: list[Reflection], draft: str,
                 today: date, parent=None):
        super().__init__(parent)
        self.factor = factor
        self.setFrameShape(QFrame.Shape.StyledPanel)
        name = QLabel(factor.name, self)
        make_heading(name, 1.15)
        meaning = QLabel(factor.meaning, self)
        meaning.setWordWrap(True)
        question = QLabel(f"<i>{escape(factor.reflection_question)}</i>", self)
        question.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(self.tr("A few words, only if you want to"))
        self.edit.setAccessibleName(factor.name)
        self.edit.setMaximumHeight(90)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlainText(draft)
        self.edit.textChanged.connect(
            lambda: self.draft_changed.emit(factor.id, self.edit.toPlainText()))
        self.message = QLabel(self)
        self.message.setVisible(False)
        self.save_button = QPushButton(self.tr("Save reflection"), self)
        self.save_button.clicked.connect(
            lambda: self.save_requested.emit(factor.id, self.edit.toPlainText()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        column = QVBoxLayout(self)
        column.setSpacing(4)
        for widget in (name, meaning, question, self.edit):
            column.addWidget(widget)
        column.addLayout(buttons)
        self.earlier: list[QLabel] = []
        if reflections:
            earlier = QLabel(self.tr("What you wrote before"), self)
            make_hint(earlier)
            column.addWidget(earlier)
        for reflection in reflections:
            label = QLabel(f"<b>{escape(short_date(reflection.written_on, today))}</b> — "
                           f"{escape(reflection.text)}", self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
            self.earlier.append(label)


class ReflectionsView(QWidget):
    """Built for one child; the page rebuilds it after a save."""

    reflection_saved = Signal()

    def __init__(self, guide: Guide, db, child_id: int, today: date, drafts: dict,
                 parent=None):
        super().__init__(parent)
        self.db, self.child_id, self.today, self.drafts = db, child_id, today, drafts
        heading = QLabel(self.tr("Protective factors"), self)
        make_heading(heading, 1.5)
        intro = QLabel(self.tr(
            "Five things that help every family through hard times. Noticing them in the "
            "birth parent, and in yourself, is a quiet way to support the child. Writing "
            "here is optional and just for you."), self)
        make_hint(intro)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(heading)
        column.addWidget(intro)
        saved = attempt(self, list_reflections, db, child_id) or []
        self.boxes: dict[str, FactorBox] = {}
        for factor in guide.protective_factors:
            box = FactorBox(factor, [r for r in saved if r.factor_id == factor.id],
                            drafts.get((child_id, factor.id), ""), today, self)
            box.save_requested.connect(self._on_save)
            box.draft_changed.connect(self._on_draft)
            column.addWidget(box)
            self.boxes[factor.id] = box
        column.addStretch(1)

    def _on_draft(self, factor_id: str, text: str) -> None:
        # Kept while the app runs, so switching pages never loses half a thought.
        self.drafts[(self.child_id, factor_id)] = text

    def _on_save(self, factor_id: str, text: str) -> None:
        box = self.boxes[factor_id]
        reflection = Reflection(factor_id, self.today, text.strip())
        problems = validate_reflection(reflection, self.today)
        show_field_message(box.message, problems.get("text") or problems.get("written_on"))
        if problems:
            return
        if attempt(self, add_reflection, self.db, self.child_id, reflection) is None:
            return
        self.drafts.pop((self.child_id, factor_id), None)
        self.reflection_saved.emit()
