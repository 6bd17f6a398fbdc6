"""Pieces the comfort call helper and the icebreaker share: who, when, the answer boxes,
the "close without saving?" question, and filing the answers after saving."""
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFrame, QGridLayout, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QVBoxLayout,
                               QWidget)

from bfpp_desktop.actions import conversations as conversation_actions
from bfpp_desktop.actions import world as world_actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Role
from bfpp_desktop.core.conversations import answer_for
from bfpp_desktop.core.dates import DateError
from bfpp_desktop.core.filing import Answer, Provenance, propose_items
from bfpp_desktop.core.guide import Question
from bfpp_desktop.core.journal import parse_time
from bfpp_desktop.storage.contacts import contacts_by_role
from bfpp_desktop.ui.widgets.sizing import fit_placeholder
from bfpp_desktop.ui.widgets.date_field import DateField
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.conversations.file_answers_dialog import FileAnswersDialog
from bfpp_desktop.ui.widgets.styles import make_heading, show_field_message, tint_style

NOTE_BOX_HEIGHT = 64
# A calm box for reminders the caregiver should not miss (the words carry the meaning).
REMINDER_STYLE = tint_style("QFrame#reminder")


def note_box(parent: QWidget, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)      # Tab moves on to the next question, as in a form
    box.setFixedHeight(NOTE_BOX_HEIGHT)
    box.setPlaceholderText(placeholder)
    return box


def reminder_box(parent: QWidget, title: str, text: str) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("reminder")
    frame.setStyleSheet(REMINDER_STYLE)
    heading = QLabel(f"⚠ {title}", frame)
    make_heading(heading, 1.05)
    body = QLabel(text, frame)
    body.setWordWrap(True)
    column = QVBoxLayout(frame)
    column.setContentsMargins(12, 8, 10, 8)
    column.addWidget(heading)
    column.addWidget(body)
    return frame


class WhenAndWho(QWidget):
    """Who the talk is with (a birth parent from the contacts, or any name) and when."""

    def __init__(self, db, child: Child, parent=None):
        super().__init__(parent)
        self.who = QComboBox(self)
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who.lineEdit().setPlaceholderText(self.tr("A name, e.g. Mom or Rosa"))
        self.who.setMinimumContentsLength(12)
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        parents = attempt(self, contacts_by_role, db, child.id, Role.BIRTH_PARENT) or []
        for contact in parents:
            relation = contact.relation.strip()
            self.who.addItem(f"{contact.name} ({relation})" if relation else contact.name)
        # With two parents saved, the caregiver picks; a wrong guess would be worse.
        self.who.setCurrentIndex(0 if len(parents) == 1 else -1)
        # Show the start of a long name ("Dolores Ángeles Fernández-…"), not its end.
        self.who.currentIndexChanged.connect(lambda _i: self.who.lineEdit().home(False))
        self.who.lineEdit().home(False)
        self.who.setAccessibleName(self.tr("With"))
        now = datetime.now()
        self.date = DateField(self)
        self.date.setAccessibleName(self.tr("Date"))
        self.date.set_date(now.date())
        self.time = QLineEdit(now.strftime("%H:%M"), self)
        self.time.setPlaceholderText(self.tr("e.g. 14:30"))
        self.time.setMaximumWidth(80)
        fit_placeholder(self.time)
        self.time.setAccessibleName(self.tr("Time"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        show_field_message(self.message, None)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("With"), self), 0, 0)
        grid.addWidget(self.who, 0, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("When"), self), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.date, 1, 1)
        grid.addWidget(self.time, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.message, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)

    def name(self) -> str:
        return " ".join(self.who.currentText().split())

    def checked(self) -> tuple[date, str] | None:
        """(date, HH:MM) when both can be read; otherwise says what is wrong and gives None."""
        try:
            when = self.date.date()
            time = parse_time(self.time.text())
        except (DateError, ValueError) as exc:
            show_field_message(self.message, str(exc))
            return None
        if when is None:
            show_field_message(self.message, self.tr("Please fill in the date."))
            return None
        if when > date.today():
            show_field_message(self.message, self.tr("The date cannot be in the future."))
            return None
        show_field_message(self.message, None)
        return when, time


class AnswerBoxes(QWidget):
    """Each question with a notes box under it; typing survives a change of questions."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)
        self.boxes: dict[str, QPlainTextEdit] = {}
        self.questions: list[Question] = []
        self._kept: dict[str, str] = {}

    def focus_first(self) -> None:
        """The cursor in the first answer, where the caregiver starts typing."""
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            first.setFocus()

    def set_questions(self, questions: list[Question]) -> None:
        self._kept.update(self.texts())
        while self.column.count():
            widget = self.column.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.boxes = {}
        self.questions = list(questions)
        for number, question in enumerate(questions, start=1):
            label = QLabel(self.tr("{n}. {question}").format(n=number, question=question.text),
                           self)
            label.setWordWrap(True)
            box = note_box(self, self.tr("What they said"))
            box.setAccessibleName(question.text)
            box.setPlainText(self._kept.get(question.id, ""))
            box.textChanged.connect(self.edited)
            label.setBuddy(box)
            self.column.addSpacing(4)
            self.column.addWidget(label)
            self.column.addWidget(box)
            self.boxes[question.id] = box

    def texts(self) -> dict[str, str]:
        return {qid: box.toPlainText() for qid, box in self.boxes.items()}

    def has_text(self) -> bool:
        return any(text.strip() for text in self.texts().values())

    def answers(self) -> list[Answer]:
        texts = self.texts()
        return [answer_for(q, texts.get(q.id, "")) for q in self.questions]


def ask_before_closing(parent: QWidget, what: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for a window with unsaved notes (Cancel unless chosen)."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("Conversations", "Save your notes?"),
                      QCoreApplication.translate(
                          "Conversations",
                          "You have written notes about {what} that are not saved yet."
                      ).format(what=what),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Discard).setText(
        QCoreApplication.translate("Conversations", "Close without saving"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
        return QMessageBox.StandardButton(answer)
    return QMessageBox.StandardButton.Cancel


class AnswerFiler(QObject):
    """After saving: the caregiver confirms each answer, and the ticked ones are filed.

    The dialog is opened (not exec'd) so the caller carries on; finished(count)
    says how many items were filed (0 when none were chosen or nothing fitted).
    """

    finished = Signal(int)

    def __init__(self, parent: QWidget, db, child: Child, answers: list[Answer],
                 provenance: Provenance):
        super().__init__(parent)
        self.window, self.db, self.child = parent, db, child
        self.answers, self.provenance = answers, provenance
        self.dialog: FileAnswersDialog | None = None
        self.changes = None        # what filing changed (actions.Changes), once filed

    def has_proposals(self) -> bool:
        return bool(propose_items(self.child.id, self.answers, self.provenance))

    def start(self) -> None:
        if not self.has_proposals():
            self.finished.emit(0)
            return
        self.dialog = FileAnswersDialog(self.window, self.child.display_name, self.child.id,
                                        self.answers, self.provenance)
        self.dialog.accepted.connect(self._on_accepted)
        self.dialog.rejected.connect(lambda: self.finished.emit(0))
        self.dialog.open()

    def _on_accepted(self) -> None:
        items = self.dialog.items_to_file()
        if not items:
            self.finished.emit(0)
            return
        result = attempt(self.window, world_actions.add_items, self.db, items)
        if result is None:
            self.dialog.open()       # keep the choices; the caregiver can try again or cancel
            return
        self.changes = result.changes
        self.finished.emit(len(items))


class ConversationDialog(QDialog):
    """What the comfort call and icebreaker windows share once a conversation is over:
    record it in the journal (its guide step is ticked from there), then let the caregiver file the
    answers, closing afterwards if closing is what started the save.

    Subclasses build save_button, answers, notes, when_who and status.
    """

    saved = Signal(int)            # child id, after the conversation is in the journal
    filed = Signal(int)            # how many answers went to the child's page
    changes_applied = Signal(object)   # actions.Changes of the recording and the filing

    def __init__(self, db, child: Child, parent=None):
        super().__init__(parent)
        self.db, self.child = db, child
        self.entry = None          # the journal entry once saved
        self.filer: AnswerFiler | None = None
        self._close_after_filing = False

    def _record(self, entry, on: date, who: str, answers: list[Answer], note: str,
                saved_text: str) -> bool:
        result = attempt(self, conversation_actions.record_conversation, self.db, entry)
        if result is None:
            return False
        self.entry = result.value
        for widget in (self.save_button, self.answers, self.notes, self.when_who):
            widget.setEnabled(False)
        self.status.setText(saved_text)
        self.saved.emit(self.child.id)
        self.changes_applied.emit(result.changes)
        provenance = Provenance(who=who or self.tr("birth parent"),
                                note=QCoreApplication.translate("Conversations", note), on=on)
        self.filer = AnswerFiler(self, self.db, self.child, answers, provenance)
        self.filer.finished.connect(self._on_filed)
        self.filer.start()
        return True

    def _filing_open(self) -> bool:
        """True (and close later) while the caregiver is still choosing what to file."""
        if self.filer is not None and self.filer.dialog is not None \
                and self.filer.dialog.isVisible():
            self._close_after_filing = True
            return True
        return False

    def _on_filed(self, count: int) -> None:
        if count:
            self.changes_applied.emit(self.filer.changes)
            self.status.setText(self.tr(
                "Saved in {name}'s journal. Added to {name}'s page: {n}.").format(
                    name=self.child.display_name, n=count))
        self.filed.emit(count)
        if self._close_after_filing:
            self.close()
