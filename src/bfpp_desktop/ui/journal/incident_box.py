"""The incident report's own fields in the journal editor: where, injuries, who was told
and when, and a gentle hint when the notes hold words that sound like an opinion."""
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit

from bfpp_desktop.core.journal import IncidentDetails, opinion_words
from bfpp_desktop.ui.widgets.styles import make_hint

FIELDS = ("place", "injuries", "told_who", "told_when")


class IncidentBox(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(self.tr("Incident report (for you and the agency only)"), parent)
        self.setObjectName("incidentBox")
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        intro = QLabel(self.tr("Write what you saw and heard, in order. What happened goes in "
                               "the notes, who was present under More details. This report "
                               "is never put on a sheet for the family."), self)
        intro.setWordWrap(True)
        make_hint(intro)
        form.addRow(intro)
        for name, label, hint in (
                ("place", self.tr("Where it happened"), self.tr("e.g. the kitchen; the park")),
                ("injuries", self.tr("Injuries"), self.tr("What you saw, or “none”")),
                ("told_who", self.tr("Who was told"),
                 self.tr("e.g. the caseworker, the parent, the school")),
                ("told_when", self.tr("When they were told"),
                 self.tr("e.g. by phone at 18:10 the same day"))):
            edit = QLineEdit(self)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(label)
            form.addRow(label, edit)
            self.edits[name] = edit
        self.opinion_hint = QLabel(self)
        self.opinion_hint.setObjectName("opinionHint")
        self.opinion_hint.setWordWrap(True)
        make_hint(self.opinion_hint)
        self.opinion_hint.setVisible(False)
        form.addRow(self.opinion_hint)

    def details(self) -> IncidentDetails:
        return IncidentDetails(**{name: self.edits[name].text().strip() for name in FIELDS})

    def fields(self) -> dict:
        return {f"incident_{name}": self.edits[name].text() for name in FIELDS}

    def set_fields(self, values: dict) -> None:
        for name in FIELDS:
            self.edits[name].setText(values.get(f"incident_{name}", ""))

    @staticmethod
    def fields_of(details: IncidentDetails | None) -> dict:
        details = details or IncidentDetails()
        return {f"incident_{name}": getattr(details, name) for name in FIELDS}

    def check_wording(self, notes: str) -> None:
        """Point out opinion-like words, so the caregiver can mark them as opinions."""
        found = opinion_words(notes)
        self.opinion_hint.setVisible(bool(found))
        if found:
            self.opinion_hint.setText(self.tr(
                "Agencies ask for facts. Words such as {words} may read as an opinion: if "
                "one is, you could write “in my opinion” before it.").format(
                words=", ".join(f"“{w}”" for w in found[:4])))
