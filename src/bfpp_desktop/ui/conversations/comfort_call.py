"""The comfort call helper: a window to keep open beside the phone during the first call.

The questions with a notes box each, a reminder of what to say about yourself,
and the outcome. Saving records the call in the journal, ticks the guide step,
and offers the answers for the child's routines, likes and care practices.
"""
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QFrame, QGroupBox, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QRadioButton, QScrollArea,
                               QVBoxLayout, QWidget)

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.conversations import COMFORT_CALL_NOTE, CallOutcome, comfort_call_entry
from bfpp_desktop.core.guide import Audience, Guide, plain_text
from bfpp_desktop.ui.conversations.parts import (AnswerBoxes, ConversationDialog, WhenAndWho,
                                                ask_before_closing, note_box,
                                                reminder_box)
from bfpp_desktop.ui.widgets.tab_order import follow_layout
from bfpp_desktop.ui.widgets.dialog_keys import no_enter_default
from bfpp_desktop.ui.guide.due_section import audience_of
from bfpp_desktop.ui.widgets.sizing import fit_to_screen
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint


class ComfortCallHelper(ConversationDialog):
    def __init__(self, guide: Guide, db, child: Child, parent=None):
        super().__init__(db, child, parent)
        self.guide = guide
        self.setWindowTitle(self.tr("Comfort call for {name}").format(name=child.display_name))
        self.setModal(False)
        fit_to_screen(self, 980, 700)

        title = QLabel(self.windowTitle(), self)
        title.setWordWrap(True)
        make_heading(title, 1.3)
        intro = QLabel(self.tr(
            "Keep this open during the call. Jot down what you hear in a few words; "
            "you can tidy it up afterwards."), self)
        make_hint(intro)
        self.answers = AnswerBoxes(self)
        self.answers.set_questions(list(guide.comfort_call_questions))
        self.answers.edited.connect(self._on_edited)
        questions_body = QWidget(self)
        questions_col = QVBoxLayout(questions_body)
        heading = QLabel(self.tr("Questions you might ask"), questions_body)
        make_heading(heading, 1.15)
        questions_col.addWidget(heading)
        questions_col.addWidget(self.answers)
        questions_col.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(questions_body)

        side = QWidget(self)
        side_col = QVBoxLayout(side)
        side_col.setContentsMargins(0, 0, 0, 0)
        self.when_who = WhenAndWho(db, child, side)
        side_col.addWidget(self.when_who)
        # A relative needs no introduction: what they say is about the child.
        audience = audience_of(child)
        share = QLabel(self.tr("What you might say") if audience is Audience.KINSHIP
                       else self.tr("What to say about yourself"), side)
        make_heading(share, 1.1)
        side_col.addWidget(share)
        self.share_label = QLabel("<ul style='margin-left: -20px'>" + "".join(
            f"<li style='margin-bottom: 3px'>{escape(p)}</li>"
            for p in map(plain_text, guide.comfort_call_share_for(audience)))
            + "</ul>", side)
        self.share_label.setWordWrap(True)
        side_col.addWidget(self.share_label)

        outcome_box = QGroupBox(self.tr("How did the call go?"), side)
        outcome_col = QVBoxLayout(outcome_box)
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[CallOutcome, QRadioButton] = {}
        for outcome in CallOutcome:
            button = QRadioButton(outcome.label, outcome_box)
            self.outcome_group.addButton(button)
            outcome_col.addWidget(button)
            self.outcome_buttons[outcome] = button
        self.outcome_buttons[CallOutcome.TALKED].setChecked(True)
        side_col.addWidget(outcome_box)
        self.not_ready = reminder_box(side, self.tr("If they are not ready"),
                                      plain_text(guide.comfort_call_not_ready))
        side_col.addWidget(self.not_ready)
        self.outcome_group.buttonToggled.connect(self._on_outcome_changed)
        notes_label = QLabel(self.tr("Anything else"), side)
        self.notes = note_box(side, self.tr("Other things to remember from the call"))
        self.notes.textChanged.connect(self._on_edited)
        notes_label.setBuddy(self.notes)
        side_col.addWidget(notes_label)
        side_col.addWidget(self.notes)
        side_col.addStretch(1)
        side_scroll = QScrollArea(self)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setWidget(side)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setMinimumWidth(side.minimumSizeHint().width() + 24)
        side_scroll.setMaximumWidth(440)

        self.status = QLabel(self)
        make_hint(self.status)
        self.save_button = QPushButton(self.tr("Save the call"), self)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addWidget(side_scroll, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        no_enter_default(self)
        self._dirty = False
        self._on_outcome_changed()
        follow_layout(self)
        self.answers.focus_first()

    # ----- state ----------------------------------------------------------------------------

    def outcome(self) -> CallOutcome:
        return next(o for o, b in self.outcome_buttons.items() if b.isChecked())

    def set_outcome(self, outcome: CallOutcome) -> None:
        self.outcome_buttons[outcome].setChecked(True)

    def has_unsaved_notes(self) -> bool:
        return self._dirty and (self.answers.has_text() or bool(self.notes.toPlainText().strip()))

    def _on_edited(self) -> None:
        self._dirty = True

    def _on_outcome_changed(self, *_args) -> None:
        self.not_ready.setVisible(self.outcome() is CallOutcome.NOT_READY)

    # ----- saving ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Record the call; then offer the answers for filing. False when nothing was saved."""
        if self.entry is not None:
            return True
        when = self.when_who.checked()
        if when is None:
            return False
        on, time = when
        who = self.when_who.name()
        answers = self.answers.answers()
        outcome = self.outcome()
        entry = comfort_call_entry(self.child.id, who, on, time, outcome, answers,
                                   self.notes.toPlainText())
        if not self._record(entry, on, who, answers, COMFORT_CALL_NOTE,
                            self.tr("Saved in {name}'s journal.").format(
                                name=self.child.display_name)):
            return False
        self._dirty = False
        return True

    def reject(self) -> None:
        """Closing (the Close button, Escape, the window's X) asks first about unsaved notes."""
        if self.has_unsaved_notes():
            choice = ask_before_closing(self, self.tr("the comfort call"))
            if choice == QMessageBox.StandardButton.Cancel:
                return
            if choice == QMessageBox.StandardButton.Save:
                if not self.save() or self._filing_open():
                    return
        super().reject()
