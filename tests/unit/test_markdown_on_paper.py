"""Notes are kept as Markdown; on paper they are printed formatted, never as raw marks."""
from datetime import date

import pytest

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import EntryKind, JournalEntry
from bfpp_desktop.reports import markdown
from bfpp_desktop.reports.blocks import paras
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.journal import add_entry
from reports_helpers import flat, make

NOTE = ("A **brave** day at the *dentist*.\n\n"
        "What helped:\n\n"
        "- her rabbit, Conejita\n"
        "- a sticker \\*after\\*\n\n"
        "1. Brush teeth\n"
        "2. Story <b>not markup</b>")


def test_the_journal_summary_prints_notes_formatted(tmp_path, db):
    kid = add_child(db, Child(full_name="Amara Johnson", preferred_name="Amara"))
    add_entry(db, JournalEntry(child_id=kid.id, entry_date=date(2026, 11, 20),
                               kind=EntryKind.NOTE, title="Dentist", notes=NOTE))
    text, reader = make(tmp_path, "journal-summary", kid=kid, db=db, include_private=True)
    words = flat(text)
    assert "A brave day at the dentist." in words
    assert "**" not in words and "- her rabbit" not in words
    assert "• her rabbit, Conejita" in words and "• a sticker *after*" in words
    assert "1. Brush teeth" in words and "Story <b>not markup</b>" in words
    fonts = {str(f) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()
             for f in [f.get_object()["/BaseFont"]]}
    assert any("Bold" in f for f in fonts)


@pytest.mark.parametrize("typed, printed", [
    ("**bold**", "<b>bold</b>"),
    ("*soft* and _soft_", "<i>soft</i> and <i>soft</i>"),
    ("2 * 3 * 4", "2 * 3 * 4"),                 # arithmetic, not emphasis
    ("snake_case_name", "snake_case_name"),
    ("\\*\\*kept\\*\\*", "**kept**"),
])
def test_inline_marks(typed, printed):
    assert markdown.inline(typed) == printed


def test_lists_and_headings_become_their_own_blocks():
    kinds = [(b.kind, b.bullet, b.text) for b in markdown.blocks("# Bedtime\n- bath\n3. song\nend")]
    assert kinds == [("heading", "", "Bedtime"), ("item", "•", "bath"), ("item", "3.", "song"),
                     ("text", "", "end")]


def test_a_long_note_still_prints_in_pieces():
    assert len(paras("word " * 3000, make_styles().body)) > 1
