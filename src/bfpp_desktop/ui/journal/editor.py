"""The entry editor: quick for a short note, with more details one click away.

It saves through the journal actions and emits entry_saved; what is typed is kept
as a draft (in the database) while typing, so closing the window loses nothing.
"""
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
                               QToolButton, QVBoxLayout, QWidget)

from bfpp_desktop.actions import journal as journal_actions
from bfpp_desktop.core.dates import DateError, parse_date
from bfpp_desktop.core.journal import (MOOD_SCALE, EntryKind, FamilyTimeDetails, JournalEntry,
                                       Outcome, Photo, clean_tags, mood_label, parse_time,
                                       validate_entry)
from bfpp_desktop.storage import contacts as contact_store
from bfpp_desktop.storage import journal as store
from bfpp_desktop.ui.widgets.sizing import fit_placeholder
from bfpp_desktop.ui.widgets.date_field import DateField
from bfpp_desktop.ui.widgets.dialog_keys import no_enter_default
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.journal.incident_box import IncidentBox
from bfpp_desktop.ui.journal.marks import lock_icon, privacy_explained
from bfpp_desktop.ui.journal.notes_edit import NotesEdit
from bfpp_desktop.ui.journal.people_picker import PeoplePicker
from bfpp_desktop.ui.widgets.photo_import import PhotoImport
from bfpp_desktop.ui.widgets.photo_preview import preview
from bfpp_desktop.ui.widgets.styles import make_hint, show_field_message
from bfpp_desktop.ui.undo import perform

AUTOSAVE_MS = 700
THUMB = QSize(72, 72)
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1


def thumbnail(path) -> QPixmap | None:
    """A small preview read at reduced size (fast even for big photos); None if unreadable."""
    return preview(path, THUMB)


class EntryEditor(QDialog):
    entry_saved = Signal(int)

    def __init__(self, context, child, entry: JournalEntry | None = None, parent=None,
                 today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.child = child
        self.original = entry
        self._today = today or date.today()
        self._saved = False
        # Photos copied in while open are held until the window is gone; then the sweep
        # removes the ones neither the saved entry nor its draft kept.
        self._imported: list[str] = []
        self.destroyed.connect(lambda *_a, photos=context.photos, child_id=child.id,
                               names=self._imported: photos.release(child_id, names))
        self.setWindowTitle(self.tr("Journal entry for {name}").format(name=child.display_name)
                            if entry is None else self.tr("Edit journal entry"))
        self._build()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)

        if entry is not None:
            self.set_fields(self._fields_of(entry))
        else:
            self.kind.setCurrentIndex(0)
            self.date.set_date(self._today)
            self.time.setText(datetime.now().strftime("%H:%M"))
        draft = attempt(self, store.load_draft, context.db, child.id, self.original_id)
        self.draft_banner.setVisible(bool(draft))
        if draft:
            self.set_fields(draft)
        self._watch_changes()
        self._on_kind_changed()
        self.title.setFocus()

    @property
    def original_id(self) -> int | None:
        """The entry being edited; None for a new one."""
        return self.original.id if self.original else None

    # ----- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.resize(620, 640)
        self.draft_banner = QFrame(self)
        self.draft_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_row = QHBoxLayout(self.draft_banner)
        banner_row.addWidget(QLabel(self.tr("We kept what you were writing last time."), self), 1)
        self.fresh_button = QPushButton(self.tr("Start fresh"), self)
        self.fresh_button.clicked.connect(self._on_start_fresh)
        banner_row.addWidget(self.fresh_button)

        self.privacy_icon = QLabel(self)
        self.privacy_icon.setPixmap(lock_icon().pixmap(18, 18))
        self.privacy_label = QLabel(self)
        self.privacy_label.setObjectName("privacyLabel")
        self.privacy_label.setWordWrap(True)
        privacy_row = QHBoxLayout()
        privacy_row.addWidget(self.privacy_icon, 0, Qt.AlignmentFlag.AlignTop)
        privacy_row.addWidget(self.privacy_label, 1)

        self.kind = QComboBox(self)
        for kind in EntryKind:
            self.kind.addItem(kind.label, kind)
        self.date = DateField(self)
        self.date.setAccessibleName(self.tr("Date"))
        self.time = QLineEdit(self)
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setPlaceholderText(self.tr("e.g. 14:30"))
        self.time.setMaximumWidth(90)
        fit_placeholder(self.time)
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(QLabel(self.tr("at"), self))
        when.addWidget(self.time, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("A few words, e.g. “First day at the new school”"))
        self.notes = NotesEdit(self)
        self.notes.setPlaceholderText(self.tr("What happened, in your own words. Private."))
        self.notes.paste_refused.connect(self._on_paste_refused)
        self.share = QPlainTextEdit(self)    # its hint follows the kind (_on_kind_changed)
        self.share.setMaximumHeight(80)
        self.share.setTabChangesFocus(True)

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("To share"), self.share)

        self.visit_box = self._build_visit_box()
        self.incident_box = IncidentBox(self)
        self.incident_box.setVisible(False)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More details (who, mood, follow-up, tags, photos)"))
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more = self._build_more()
        self.more.setVisible(False)
        self.more_button.toggled.connect(self._on_more_toggled)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        show_field_message(self.message, None)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setToolTip(self.tr("Closes the window; what you typed is kept as a draft."))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        no_enter_default(self)

        # The fields scroll, so opening "more details" never squeezes the notes box;
        # privacy, messages and buttons stay in view.
        self.notes.setMinimumHeight(140)
        body = QWidget(self)
        body_column = QVBoxLayout(body)
        body_column.setContentsMargins(0, 0, 0, 0)
        body_column.addLayout(form, 1)
        body_column.addWidget(self.visit_box)
        body_column.addWidget(self.incident_box)
        body_column.addWidget(self.more_button)
        body_column.addWidget(self.more)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        column = QVBoxLayout(self)
        column.addWidget(self.draft_banner)
        column.addLayout(privacy_row)
        column.addWidget(scroll, 1)
        column.addWidget(self.message)
        column.addWidget(buttons)

    def _build_visit_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Family time"), self)
        self.outcome = QComboBox(box)
        for outcome in Outcome:
            self.outcome.addItem(outcome.label, outcome)
        self.cancelled_by = QLineEdit(box)
        self.cancelled_by.setPlaceholderText(self.tr("Who cancelled or moved it (optional)"))
        self.start_time = QLineEdit(box)
        self.end_time = QLineEdit(box)
        for edit in (self.start_time, self.end_time):
            edit.setPlaceholderText(self.tr("hh:mm"))
            edit.setMaximumWidth(90)
        self.place = QLineEdit(box)
        self.supervised = QComboBox(box)
        self.supervised.addItem(self.tr("Not noted"), None)
        self.supervised.addItem(self.tr("Supervised"), True)
        self.supervised.addItem(self.tr("Not supervised"), False)
        self.transport = QLineEdit(box)
        self.transport.setPlaceholderText(self.tr("e.g. I drove; the agency's driver"))
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel(self.tr("to"), box))
        times.addWidget(self.end_time)
        times.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("What happened"), self.outcome)
        form.addRow("", self.cancelled_by)
        form.addRow(self.tr("From"), times)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Supervision"), self.supervised)
        form.addRow(self.tr("Transport"), self.transport)
        return box

    def _mood_combo(self, parent) -> QComboBox:
        combo = QComboBox(parent)
        combo.addItem(self.tr("Not noted"), None)
        for value in MOOD_SCALE:
            combo.addItem(f"{value} · {mood_label(value)}", value)
        return combo

    def _build_more(self) -> QWidget:
        more = QWidget(self)
        self.people = PeoplePicker(more)
        self.people.set_people(attempt(self, contact_store.list_contacts_for_child,
                                       self.context.db, self.child.id) or [])
        self.participants = QLineEdit(more)
        self.participants.setPlaceholderText(
            self.tr("Anyone else: names, separated by commas") if self.people.count()
            else self.tr("Names, separated by commas"))
        who = QVBoxLayout()
        who.setContentsMargins(0, 0, 0, 0)
        who.addWidget(self.people)
        who.addWidget(self.participants)
        self.mood_before = self._mood_combo(more)
        self.mood_before_words = QLineEdit(more)
        self.mood_after = self._mood_combo(more)
        self.mood_after_words = QLineEdit(more)
        for edit in (self.mood_before_words, self.mood_after_words):
            edit.setPlaceholderText(self.tr("In a few words"))
        self.went_well = QLineEdit(more)
        self.follow_up = QLineEdit(more)
        self.follow_up.setPlaceholderText(self.tr("Something to do or ask next time"))
        self.follow_up_date = DateField(more)
        self.tags = QLineEdit(more)
        self.tags.setPlaceholderText(self.tr("e.g. school, sleep, mom"))
        self.photo_list = QListWidget(more)
        self.photo_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_list.setIconSize(THUMB)
        self.photo_list.setMaximumHeight(THUMB.height() + 40)
        self.add_photo_button = QPushButton(self.tr("Add photos…"), more)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"), more)
        self.add_photo_button.clicked.connect(self._on_add_photos)
        self.remove_photo_button.clicked.connect(self._on_remove_photo)
        # While photos are copied in the window stays usable; this says how far it got.
        self.photo_progress = QLabel(more)
        self.photo_progress.setVisible(False)
        self.stop_photos_button = QPushButton(self.tr("Stop adding"), more)
        self.stop_photos_button.setVisible(False)
        self.stop_photos_button.clicked.connect(self._on_stop_photos)
        self._photo_import: PhotoImport | None = None
        self._photo_problems: list[str] = []

        def pair(combo, words):
            row = QHBoxLayout()
            row.addWidget(combo)
            row.addWidget(words, 1)
            return row
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.add_photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addWidget(self.photo_progress)
        photo_buttons.addWidget(self.stop_photos_button)
        photo_buttons.addStretch(1)
        form = QFormLayout(more)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Who took part"), who)
        form.addRow(self.tr("Before"), pair(self.mood_before, self.mood_before_words))
        form.addRow(self.tr("After"), pair(self.mood_after, self.mood_after_words))
        form.addRow(self.tr("What went well"), self.went_well)
        form.addRow(self.tr("To follow up"), self.follow_up)
        form.addRow(self.tr("Follow up by"), self.follow_up_date)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Photos"), self.photo_list)
        form.addRow("", photo_buttons)
        photo_hint = QLabel(self.tr("Photos are private too. Double-click one to caption it; "
                                    "tick it to allow sharing it with the birth parent."), more)
        make_hint(photo_hint)
        form.addRow("", photo_hint)
        return more

    def _watch_changes(self) -> None:
        for edit in (self.time, self.title, self.cancelled_by, self.start_time, self.end_time,
                     self.place, self.transport, self.participants, self.mood_before_words,
                     self.mood_after_words, self.went_well, self.follow_up, self.tags):
            edit.textChanged.connect(self._on_changed)
        for edit in self.incident_box.edits.values():
            edit.textChanged.connect(self._on_changed)
        self.notes.textChanged.connect(self._check_incident_wording)
        for edit in (self.notes, self.share):
            edit.textChanged.connect(self._on_changed)
        for field in (self.date, self.follow_up_date):
            field.edited.connect(self._on_changed)
        for combo in (self.kind, self.outcome, self.supervised, self.mood_before, self.mood_after):
            combo.currentIndexChanged.connect(self._on_changed)
        self.photo_list.itemChanged.connect(self._on_changed)
        self.people.itemChanged.connect(self._on_changed)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.share.textChanged.connect(self._update_privacy)

    # ----- fields <-> entry ---------------------------------------------------------------------
    def fields(self) -> dict:
        """Everything typed, as plain texts (what a draft keeps)."""
        photos = [{"file_name": p.file_name, "caption": p.caption, "shareable": p.shareable}
                  for p in self.photos()]
        return {
            "kind": EntryKind(self.kind.currentData()).value, "date": self.date.text(),
            "time": self.time.text(), "title": self.title.text(),
            "notes": self.notes.markdown(), "share": self.share.toPlainText(),
            "participants": self.participants.text(),
            "people": [[name, contact_id] for name, contact_id in self.people.checked()],
            "mood_before": self.mood_before.currentData(),
            "mood_before_words": self.mood_before_words.text(),
            "mood_after": self.mood_after.currentData(),
            "mood_after_words": self.mood_after_words.text(),
            "went_well": self.went_well.text(), "follow_up": self.follow_up.text(),
            "follow_up_date": self.follow_up_date.text(), "tags": self.tags.text(),
            "photos": photos,
            "outcome": Outcome(self.outcome.currentData()).value, "cancelled_by": self.cancelled_by.text(),
            "start_time": self.start_time.text(), "end_time": self.end_time.text(),
            "place": self.place.text(), "supervised": self.supervised.currentData(),
            "transport": self.transport.text(), **self.incident_box.fields(),
        }

    def set_fields(self, f: dict) -> None:
        def pick(combo, value):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
        pick(self.kind, EntryKind(f.get("kind", EntryKind.NOTE.value)))
        self.date.set_text(f.get("date", ""))
        self.time.setText(f.get("time", ""))
        self.title.setText(f.get("title", ""))
        self.notes.set_markdown(f.get("notes", ""))
        self.share.setPlainText(f.get("share", ""))
        self.participants.setText(f.get("participants", ""))
        self.people.set_checked({contact_id: name for name, contact_id in f.get("people", [])})
        pick(self.mood_before, f.get("mood_before"))
        self.mood_before_words.setText(f.get("mood_before_words", ""))
        pick(self.mood_after, f.get("mood_after"))
        self.mood_after_words.setText(f.get("mood_after_words", ""))
        self.went_well.setText(f.get("went_well", ""))
        self.follow_up.setText(f.get("follow_up", ""))
        self.follow_up_date.set_text(f.get("follow_up_date", ""))
        self.tags.setText(f.get("tags", ""))
        self.photo_list.clear()
        for p in f.get("photos", []):
            self._add_photo_item(Photo(p["file_name"], p.get("caption", ""),
                                       shareable=p.get("shareable", False)))
        pick(self.outcome, Outcome(f.get("outcome", Outcome.HAPPENED.value)))
        self.cancelled_by.setText(f.get("cancelled_by", ""))
        self.start_time.setText(f.get("start_time", ""))
        self.end_time.setText(f.get("end_time", ""))
        self.place.setText(f.get("place", ""))
        pick(self.supervised, f.get("supervised"))
        self.transport.setText(f.get("transport", ""))
        self.incident_box.set_fields(f)
        if any(f.get(k) for k in ("participants", "people", "mood_before", "mood_after", "went_well",
                                  "follow_up", "tags", "photos")):
            self.more_button.setChecked(True)

    @staticmethod
    def _fields_of(entry: JournalEntry) -> dict:
        visit = entry.family_time or FamilyTimeDetails()
        return {
            "kind": entry.kind.value, "date": entry.entry_date.isoformat(),
            "time": entry.entry_time, "title": entry.title, "notes": entry.notes,
            "share": entry.share_summary,
            "participants": ", ".join(n for n in entry.participants
                                      if n not in entry.participant_contacts),
            "people": [[n, entry.participant_contacts[n]] for n in entry.participants
                       if n in entry.participant_contacts],
            "mood_before": entry.mood_before, "mood_before_words": entry.mood_before_words,
            "mood_after": entry.mood_after, "mood_after_words": entry.mood_after_words,
            "went_well": entry.went_well, "follow_up": entry.follow_up,
            "follow_up_date": entry.follow_up_date.isoformat() if entry.follow_up_date else "",
            "tags": ", ".join(entry.tags),
            "photos": [{"file_name": p.file_name, "caption": p.caption,
                        "shareable": p.shareable} for p in entry.photos],
            "outcome": visit.outcome.value, "cancelled_by": visit.cancelled_by,
            "start_time": visit.start_time, "end_time": visit.end_time, "place": visit.place,
            "supervised": visit.supervised, "transport": visit.transport,
            **IncidentBox.fields_of(entry.incident),
        }

    def entry(self) -> tuple[JournalEntry | None, dict[str, str]]:
        """The entry typed, or None with {field: message} when something needs fixing."""
        problems: dict[str, str] = {}
        try:
            day = parse_date(self.date.text())
            if day is None:
                problems["date"] = self.tr("Please enter the date.")
        except DateError as exc:
            problems["date"], day = str(exc), None
        try:
            follow_up_date = parse_date(self.follow_up_date.text())
        except DateError as exc:
            problems["follow_up_date"], follow_up_date = str(exc), None
        times = {}
        for name, edit in (("entry_time", self.time), ("start_time", self.start_time),
                           ("end_time", self.end_time)):
            try:
                times[name] = parse_time(edit.text())
            except ValueError as exc:
                problems[name], times[name] = str(exc), ""
        kind = EntryKind(self.kind.currentData())
        visit = None
        if kind == EntryKind.FAMILY_TIME:
            visit = FamilyTimeDetails(
                outcome=Outcome(self.outcome.currentData()), cancelled_by=self.cancelled_by.text().strip(),
                start_time=times["start_time"], end_time=times["end_time"],
                place=self.place.text().strip(), supervised=self.supervised.currentData(),
                transport=self.transport.text().strip())
        incident = self.incident_box.details() if kind == EntryKind.INCIDENT else None
        entry = JournalEntry(
            id=self.original_id, child_id=self.child.id, entry_date=day or self._today,
            entry_time=times["entry_time"], kind=kind, title=self.title.text().strip(),
            notes=self.notes.markdown(),
            share_summary="" if incident else self.share.toPlainText().strip(),
            participants=self._participant_names(),
            participant_contacts={name: contact_id for name, contact_id in self.people.checked()},
            mood_before=self.mood_before.currentData(),
            mood_before_words=self.mood_before_words.text().strip(),
            mood_after=self.mood_after.currentData(),
            mood_after_words=self.mood_after_words.text().strip(),
            went_well=self.went_well.text().strip(), follow_up=self.follow_up.text().strip(),
            follow_up_date=follow_up_date,
            follow_up_done=self.original.follow_up_done if self.original else False,
            tags=clean_tags(self.tags.text()),
            photos=self.photos(), family_time=visit, incident=incident)
        problems = {**validate_entry(entry), **problems}
        return (None if problems else entry), problems

    def _participant_names(self) -> list[str]:
        """The ticked people, then the typed names (a name typed twice counts once)."""
        names = [name for name, _ in self.people.checked()]
        seen = {name.casefold() for name in names}
        for typed in self.participants.text().split(","):
            if typed.strip() and typed.strip().casefold() not in seen:
                seen.add(typed.strip().casefold())
                names.append(typed.strip())
        return names

    # ----- actions ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the entry and close; once saved, a second Save (or Ctrl+S) writes nothing."""
        if self._saved:
            return True
        entry, problems = self.entry()
        if entry is None:
            show_field_message(self.message, " ".join(dict.fromkeys(problems.values())))
            return False
        db = self.context.db
        # An edit can be undone; the photos it dropped stay on disk until it cannot be.
        result = perform(self.context, self, journal_actions.add_entry if entry.id is None
                         else journal_actions.update_entry, entry)
        if result is None:
            return False
        entry_id = result.changes.record_id
        self._saved = True
        self._autosave.stop()
        attempt(self, store.discard_draft, db, self.child.id, self.original_id)
        self.entry_saved.emit(entry_id)
        self.accept()
        return True

    def has_typing(self) -> bool:
        f = self.fields()
        return bool(f["title"].strip() or f["notes"].strip() or f["share"].strip() or f["photos"])

    def save_draft(self) -> None:
        if self._saved:
            return
        if self.original is None and not self.has_typing():
            attempt(self, store.discard_draft, self.context.db, self.child.id, None)
            return
        attempt(self, store.save_draft, self.context.db, self.child.id, self.original_id,
                self.fields())

    def done(self, result: int) -> None:
        # Every way out (Save, Close, Escape, the window's X) ends here, so typing not yet
        # autosaved is kept as the draft before the window goes.
        if not self._saved and self._autosave.isActive():
            self._autosave.stop()
            self.save_draft()
        super().done(result)

    def _on_changed(self, *_args) -> None:
        if not self._saved:
            self._autosave.start()

    def _on_start_fresh(self) -> None:
        # Photos only the draft used are left to the photo sweep.
        attempt(self, store.discard_draft, self.context.db, self.child.id, self.original_id)
        self.set_fields(self._fields_of(self.original) if self.original else
                        {"date": self._today.isoformat(),
                         "time": datetime.now().strftime("%H:%M")})
        self._autosave.stop()
        self.draft_banner.setVisible(False)

    def _on_kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        self.visit_box.setVisible(kind == EntryKind.FAMILY_TIME.value)
        incident = kind == EntryKind.INCIDENT.value
        self.incident_box.setVisible(incident)
        # An incident report never reaches the family, so it has nothing "to share".
        self.share.setEnabled(not incident)
        self.share.setPlaceholderText(
            self.tr("Incident reports stay between you and the agency.") if incident
            else self.tr("Optional: a few kind lines written for the birth parent."))
        self._check_incident_wording()
        self._update_privacy()

    def _check_incident_wording(self) -> None:
        if self.kind.currentData() == EntryKind.INCIDENT.value:
            self.incident_box.check_wording(self.notes.toPlainText())

    def _on_more_toggled(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _update_privacy(self) -> None:
        incident = self.kind.currentData() == EntryKind.INCIDENT.value
        self.privacy_label.setText(privacy_explained(
            bool(self.share.toPlainText().strip()) and not incident, incident))

    def _on_paste_refused(self, size: int) -> None:
        show_field_message(self.message, self.tr(
            "That paste is too long for one entry ({n:,} characters). Nothing was pasted; "
            "please paste a shorter part.").format(n=size))

    def photos(self) -> list[Photo]:
        """The photos with the caption typed under each and whether it may be shared."""
        found = []
        for i in range(self.photo_list.count()):
            item = self.photo_list.item(i)
            found.append(replace(item.data(PHOTO_ROLE), caption=item.text().strip(),
                                 shareable=item.checkState() == Qt.CheckState.Checked))
        return found

    def _add_photo_item(self, photo: Photo) -> None:
        pixmap = thumbnail(self.context.photos.path(self.child.id, photo.file_name))
        item = QListWidgetItem(photo.caption, self.photo_list)
        item.setIcon(QIcon(pixmap) if pixmap is not None else
                     self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning))
        # Photos are private too; a tick lets the bridge book offer this one to the parent.
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if photo.shareable else Qt.CheckState.Unchecked)
        item.setData(PHOTO_ROLE, photo)
        item.setToolTip(self.tr("Double-click to write a caption. Tick to allow sharing this "
                                "photo with the birth parent.") if pixmap is not None else
                        self.tr("This photo cannot be shown; the file may be damaged."))

    def add_photo_files(self, paths: list[str]) -> PhotoImport:
        """Start copying photos in; they appear as each is ready, and the files that could
        not be used get a message."""
        self._photo_problems = []
        show_field_message(self.message, None)
        job = PhotoImport(self.context.photos, self.child.id, paths, self)
        job.added.connect(self._on_photo_added)
        job.failed.connect(self._on_photo_failed)
        job.progress.connect(self._show_photo_progress)
        job.finished.connect(self._on_photos_done)
        self._photo_import = job
        self._show_photo_progress(0, len(paths))
        self.add_photo_button.setEnabled(False)
        self.stop_photos_button.setEnabled(True)
        self.stop_photos_button.setVisible(True)
        job.start()
        return job

    def _show_photo_progress(self, done: int, total: int) -> None:
        if not self.stop_photos_button.isEnabled():
            return  # stopping: keep saying so
        self.photo_progress.setText(self.tr("Adding photos… {done} of {total}").format(
            done=min(done + 1, total), total=total))
        self.photo_progress.setVisible(True)

    def _on_photo_added(self, path: str, name: str) -> None:
        self._imported.append(name)  # the job held it for us; released with the window
        if thumbnail(self.context.photos.path(self.child.id, name)) is None:
            self._on_photo_failed(path, self.tr("{name} looks like a photo but cannot be "
                                                "opened; it may be damaged.").format(name=path))
            return
        self._add_photo_item(Photo(name))
        self._on_changed()

    def _on_photo_failed(self, _path: str, error) -> None:
        self._photo_problems.append(str(error))
        show_field_message(self.message, " ".join(self._photo_problems))

    def _on_photos_done(self) -> None:
        self._photo_import = None
        self.photo_progress.setVisible(False)
        self.stop_photos_button.setVisible(False)
        self.add_photo_button.setEnabled(True)

    def _on_stop_photos(self) -> None:
        if self._photo_import is not None:
            self._photo_import.cancel()
            self.stop_photos_button.setEnabled(False)
            self.photo_progress.setText(self.tr("Stopping after this photo…"))

    def _on_add_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Photos (*.jpg *.jpeg *.png)"))
        if paths:
            self.add_photo_files(paths)

    def _on_remove_photo(self) -> None:
        for item in self.photo_list.selectedItems():
            self.photo_list.takeItem(self.photo_list.row(item))
        self._on_changed()
