"""The longest text each column takes, checked on every write (rows.py).

The editors check the same limits first (they come from core/) and say which field
is too long; this is the last guard for every other way in (an import, the command
line, a future screen), so that one stray paste of megabytes can never be saved and
then slow every printout and search that reads it.
"""
from collections.abc import Mapping
from typing import Any

from bfpp_desktop.core import (bridge_book, children, contacts, journal, lifebook, records,
                               stage_progress, world)
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.storage.errors import KnownError

# Any text column not named below (lists kept as JSON, drafts, short codes).
DEFAULT_LIMIT = 1_000_000

LIMITS: dict[str, dict[str, int]] = {
    "children": {"full_name": children.NAME_LIMIT, "preferred_name": children.NAME_LIMIT,
                 "notes": children.NOTES_LIMIT},
    "contacts": {"name": contacts.NAME_LIMIT, "notes": contacts.NOTES_LIMIT},
    "world_items": {"title": world.TITLE_LIMIT, "time_text": world.TIME_LIMIT,
                    "details": world.DETAILS_LIMIT, "source_who": world.WHO_LIMIT,
                    "source_note": world.NOTE_LIMIT},
    "guide_step_progress": {"note": stage_progress.NOTE_LIMIT},
    "guide_reflections": {"text": stage_progress.REFLECTION_LIMIT},
    "journal_entries": {
        "title": journal.TITLE_LIMIT, "notes": journal.NOTES_LIMIT,
        **dict.fromkeys(("share_summary", "went_well", "follow_up", "mood_before_words",
                         "mood_after_words", "incident_place", "incident_injuries",
                         "incident_told_who", "incident_told_when"), journal.SHORT_TEXT_LIMIT)},
    "bridge_pages": {"letter": bridge_book.LETTER_LIMIT, "reply_text": bridge_book.REPLY_LIMIT},
    "lifebook_pages": {"title": lifebook.TITLE_LIMIT, "text": lifebook.TEXT_LIMIT},
    "monthly_notes": {"text": records.NOTE_LIMIT},
}


def check(table: str, values: Mapping[str, Any]) -> None:
    """Raise a plain KnownError when a text in *values* is longer than its column takes."""
    limits = LIMITS.get(table, {})
    for column, value in values.items():
        if isinstance(value, str):
            limit = limits.get(column, DEFAULT_LIMIT)
            if len(value) > limit:
                raise too_long(len(value), limit)


class TextTooLongError(KnownError):
    """A text longer than its column takes (the caller may say it in its own context)."""


def too_long(length: int, limit: int) -> KnownError:
    return TextTooLongError(
        translate("Errors", "This text is too long to save"),
        translate("Errors", "A piece of text holds {n:,} characters; the most that can be "
                            "saved there is {limit:,}.").format(n=length, limit=limit),
        translate("Errors", "Please shorten it, or split it into several entries. Nothing "
                            "was saved."))
