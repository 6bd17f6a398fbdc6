"""The icebreaker meeting: prepare what to ask and share, then write down the answers.

Before: tick the questions (grouped by topic) and write what to share about
your home, with the reminder of what to keep private. The preparation is kept
per child and can be printed. After: the answers to the chosen questions go to
the journal and, once confirmed one by one, to the child's page.
"""
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QLabel, QMessageBox,
                               QPlainTextEdit, QPushButton, QScrollArea, QTabWidget,
                               QVBoxLayout, QWidget)

from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.conversations import (ICEBREAKER_NOTE, IcebreakerPrep,
                                             default_question_ids, group_by_topic,
                                             icebreaker_entry)
from bfpp_desktop.core.guide import Audience, Guide, plain_text, share_notes_in
from bfpp_desktop.reports.catalogue import ICEBREAKER_PREP, PARENT_MEETING_SHEET
from bfpp_desktop.storage.icebreaker import load_icebreaker_prep, save_icebreaker_prep
from bfpp_desktop.ui.conversations.parts import (AnswerBoxes, ConversationDialog, WhenAndWho,
                                                ask_before_closing, note_box,
                                                reminder_box)
from bfpp_desktop.ui.widgets.tab_order import follow_layout
from bfpp_desktop.ui.widgets.clickable_label import ClickableLabel
from bfpp_desktop.ui.widgets.dialog_keys import no_enter_default
from bfpp_desktop.ui.errors import attempt, report
from bfpp_desktop.ui.widgets.formatting import long_date
from bfpp_desktop.ui.guide.due_section import audience_of
from bfpp_desktop.ui.widgets.sizing import fit_to_screen
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint


def _scrolled(parent: QWidget, body: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    return scroll


class IcebreakerHelper(ConversationDialog):
    print_requested = Signal(str)  # the print-center document id

    def __init__(self, guide: Guide, db, child: Child, parent=None, today: date | None = None):
        super().__init__(db, child, parent)
        self.guide = guide
        self._today = today
        self.setWindowTitle(self.tr("Icebreaker meeting for {name}").format(
            name=child.display_name))
        self.setModal(False)
        fit_to_screen(self, 1000, 720)
        prep = attempt(self, load_icebreaker_prep, db, child.id)
        self.prep_saved_on = prep.updated_on if prep else None
        prep = prep or IcebreakerPrep(default_question_ids(guide.icebreaker_questions))

        title = QLabel(self.windowTitle(), self)
        title.setWordWrap(True)
        make_heading(title, 1.3)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_prep(prep), self.tr("Before: prepare"))
        self.tabs.addTab(self._build_after(), self.tr("After: what you learned"))
        self.status = QLabel(self)
        make_hint(self.status)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        no_enter_default(self)
        self._on_choice_changed()
        self._prep_dirty = False       # nothing changed yet by the caregiver
        self._after_dirty = False
        follow_layout(self)

    def today(self) -> date:
        return self._today or date.today()

    # ----- before the meeting ---------------------------------------------------------------
    def _build_prep(self, prep: IcebreakerPrep) -> QWidget:
        page = QWidget(self)
        audience = audience_of(self.child)
        # A stranger keeps private details back; a relative keeps the talk on the child.
        self.reminder = reminder_box(page, self.tr("Keep the talk about the child")
                                if audience is Audience.KINSHIP
                                else self.tr("Keep private for now"),
                                plain_text(self.guide.not_to_share_for(audience)))
        questions = QWidget(page)
        q_col = QVBoxLayout(questions)
        heading = QLabel(self.tr("Questions to ask"), questions)
        make_heading(heading, 1.15)
        hint = QLabel(self.tr("Four or five are plenty for a first meeting. "
                              "Tick the ones that matter most now."), questions)
        make_hint(hint)
        self.chosen_label = QLabel(questions)
        q_col.addWidget(heading)
        q_col.addWidget(hint)
        q_col.addWidget(self.chosen_label)
        self.question_checks: dict[str, QCheckBox] = {}
        chosen = set(prep.question_ids)
        for topic, items in group_by_topic(self.guide.icebreaker_questions):
            label = QLabel(f"<b>{topic[:1].upper() + topic[1:]}</b>", questions)
            q_col.addSpacing(4)
            q_col.addWidget(label)
            for question in items:
                check = QCheckBox(questions)
                check.setChecked(question.id in chosen)
                check.setAccessibleName(question.text)
                text = ClickableLabel(question.text, questions)
                text.setWordWrap(True)
                text.setBuddy(check)
                text.clicked.connect(check.click)   # the words tick it too
                line = QHBoxLayout()
                line.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(text, 1)
                q_col.addLayout(line)
                check.toggled.connect(self._on_choice_changed)
                self.question_checks[question.id] = check
        q_col.addStretch(1)

        share = QWidget(page)
        s_col = QVBoxLayout(share)
        heading = QLabel(self.tr("What to share about your home"), share)
        make_heading(heading, 1.15)
        s_col.addWidget(heading)
        printed = QLabel(self.tr("Only the prompts you write something for go on the "
                                 "printed sheet."), share)
        make_hint(printed)
        s_col.addWidget(printed)
        self.share_boxes: dict[str, QPlainTextEdit] = {}
        saved_notes = share_notes_in(self.guide, prep.share_notes)
        for prompt in self.guide.share_prompts_for(audience):
            label = QLabel(plain_text(prompt), share)
            label.setWordWrap(True)
            box = note_box(share, self.tr("A few words"))
            box.setAccessibleName(plain_text(prompt))
            box.setPlainText(saved_notes.get(prompt, ""))
            box.textChanged.connect(self._on_prep_edited)
            label.setBuddy(box)
            s_col.addSpacing(4)
            s_col.addWidget(label)
            s_col.addWidget(box)
            self.share_boxes[prompt] = box
        s_col.addStretch(1)

        self.prep_note = QLabel(page)
        make_hint(self.prep_note)
        self._show_prep_saved()
        self.save_prep_button = QPushButton(self.tr("Save preparation"), page)
        self.save_prep_button.clicked.connect(self.save_prep)
        self.print_button = QPushButton(self.tr("Print preparation sheet…"), page)
        self.print_button.clicked.connect(self._on_print)
        # The caseworker can hand this to the parent before the meeting.
        self.parent_sheet_button = QPushButton(self.tr("Print a sheet for the parent…"), page)
        self.parent_sheet_button.setToolTip(self.tr(
            "What the parent may want to ask you and tell you about {name}, with room to "
            "write. The caseworker can give it to them before the meeting.").format(
                name=self.child.display_name))
        self.parent_sheet_button.clicked.connect(
            lambda: self.print_requested.emit(PARENT_MEETING_SHEET.id))
        row = QHBoxLayout()
        row.addWidget(self.prep_note, 1)
        row.addWidget(self.parent_sheet_button)
        row.addWidget(self.print_button)
        row.addWidget(self.save_prep_button)
        columns = QHBoxLayout()
        columns.addWidget(_scrolled(page, questions), 1)
        columns.addWidget(_scrolled(page, share), 1)
        column = QVBoxLayout(page)
        column.addWidget(self.reminder)
        column.addLayout(columns, 1)
        column.addLayout(row)
        return page

    def chosen_ids(self) -> list[str]:
        return [qid for qid, check in self.question_checks.items() if check.isChecked()]

    def current_prep(self) -> IcebreakerPrep:
        return IcebreakerPrep(self.chosen_ids(),
                              {p: b.toPlainText() for p, b in self.share_boxes.items()},
                              self.today())

    def _on_choice_changed(self, *_args) -> None:
        self._prep_dirty = True
        wanted = set(self.chosen_ids())
        self.answers.set_questions([q for q in self.guide.icebreaker_questions
                                    if q.id in wanted])
        self.no_questions.setVisible(not wanted)
        self.chosen_label.setText(self.tr("%n questions ticked", "", len(wanted)))

    def _on_prep_edited(self) -> None:
        self._prep_dirty = True

    def _show_prep_saved(self) -> None:
        self.prep_note.setText(self.tr("Saved {date}.").format(date=long_date(self.prep_saved_on))
                               if self.prep_saved_on else self.tr("Not saved yet."))

    def save_prep(self) -> bool:
        prep = self.current_prep()
        try:
            save_icebreaker_prep(self.db, self.child.id, prep)
        except Exception as exc:  # noqa: BLE001 - reported; the typing stays on screen
            report(self, exc)
            return False
        self._prep_dirty = False
        self.prep_saved_on = prep.updated_on
        self._show_prep_saved()
        # The guide ticks its preparation steps from what is saved.
        self.changes_applied.emit(Changes(Kind.GUIDE, self.child.id))
        return True

    def _on_print(self) -> None:
        # The printout reads the saved choices, so save them first.
        if self.save_prep():
            self.print_requested.emit(ICEBREAKER_PREP.id)

    # ----- after the meeting ----------------------------------------------------------------
    def _build_after(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr("After the meeting, write down what the parent told you. "
                               "You will then choose what goes on {name}'s page.").format(
                                   name=self.child.display_name), page)
        make_hint(intro)
        self.when_who = WhenAndWho(self.db, self.child, page)
        body = QWidget(page)
        b_col = QVBoxLayout(body)
        self.no_questions = QLabel(self.tr("No questions are ticked. Tick some under "
                                           "“Before: prepare”, or write in the box below."),
                                   body)
        make_hint(self.no_questions)
        self.answers = AnswerBoxes(body)
        self.answers.edited.connect(self._on_after_edited)
        notes_label = QLabel(self.tr("Anything else"), body)
        self.notes = note_box(body, self.tr("Other things you learned or agreed"))
        self.notes.textChanged.connect(self._on_after_edited)
        notes_label.setBuddy(self.notes)
        b_col.addWidget(self.no_questions)
        b_col.addWidget(self.answers)
        b_col.addSpacing(6)
        b_col.addWidget(notes_label)
        b_col.addWidget(self.notes)
        b_col.addStretch(1)
        self.save_button = QPushButton(self.tr("Save the meeting"), page)
        self.save_button.clicked.connect(self.save_meeting)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        column = QVBoxLayout(page)
        column.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(self.when_who, 1)
        top.addStretch(1)
        column.addLayout(top)
        column.addWidget(_scrolled(page, body), 1)
        column.addLayout(row)
        return page

    def _on_after_edited(self) -> None:
        self._after_dirty = True

    def show_after(self) -> None:
        self.tabs.setCurrentIndex(1)

    def save_meeting(self) -> bool:
        if self.entry is not None:
            return True
        when = self.when_who.checked()
        if when is None:
            return False
        on, time = when
        who = self.when_who.name()
        answers = self.answers.answers()
        entry = icebreaker_entry(self.child.id, who, on, time, answers,
                                 self.notes.toPlainText())
        if not self._record(entry, on, who, answers, ICEBREAKER_NOTE,
                            self.tr("The meeting is saved in {name}'s journal.").format(
                                name=self.child.display_name)):
            return False
        self._after_dirty = False
        return True

    # ----- closing --------------------------------------------------------------------------
    def has_unsaved_notes(self) -> bool:
        after = self._after_dirty and (self.answers.has_text()
                                       or bool(self.notes.toPlainText().strip()))
        return self._prep_dirty or after

    def reject(self) -> None:
        """Closing asks first when the preparation or the answers are not saved."""
        if self.has_unsaved_notes():
            choice = ask_before_closing(self, self.tr("the icebreaker meeting"))
            if choice == QMessageBox.StandardButton.Cancel:
                return
            if choice == QMessageBox.StandardButton.Save:
                if self._prep_dirty and not self.save_prep():
                    return
                if self._after_dirty and (self.answers.has_text()
                                          or self.notes.toPlainText().strip()):
                    if not self.save_meeting() or self._filing_open():
                        return
        super().reject()
