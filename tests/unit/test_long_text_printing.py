"""A long text prints in paragraphs of bounded size, so printing stays linear in its
length (timings are in benchmarks/print_speed.py), and every word still prints."""
from datetime import date

from reportlab.platypus import Paragraph
from reports_helpers import HOUSEHOLD, flat, make

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import NOTES_LIMIT, EntryKind, JournalEntry
from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.documents import journal_summary
from bfpp_desktop.reports.gather import gather_journal_summary
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.journal import add_entry


def _text_of(flowables) -> str:
    return "\n".join(p.text for p in flowables)


def test_a_long_text_is_cut_between_lines_and_keeps_each_one():
    lines = [f"Line {n}: she asked about the cat again." for n in range(400)]
    lines[10] = ""   # a blank line the caregiver left
    text = "\n".join(lines)
    parts = blocks.paras(text, make_styles(False).body)
    assert len(parts) > 1
    assert all(len(p.text) <= blocks.PARAGRAPH_CHARS * 1.2 for p in parts)  # + markup
    assert _text_of(parts).replace("<br/>", "\n") == text


def test_a_long_line_without_breaks_is_cut_between_words():
    text = " ".join(f"word{n}" for n in range(3_000))
    parts = blocks.paras(text, make_styles(False).body)
    assert len(parts) > 1
    assert " ".join(p.text for p in parts).split() == text.split()


def test_a_short_text_stays_one_paragraph_in_its_own_style():
    styles = make_styles(False)
    [part] = blocks.paras("Rode her bike.", styles.body)
    assert part.style is styles.body


def test_a_note_at_the_longest_prints_in_bounded_paragraphs(db, monkeypatch, tmp_path):
    child = add_child(db, Child(full_name="Maya"))
    words = ("seven76 " * (NOTES_LIMIT // 8)).strip()
    add_entry(db, JournalEntry(child_id=child.id, entry_date=date(2026, 11, 2),
                               kind=EntryKind.NOTE, title="Long", notes=words,
                               share_summary=words[:20_000]))
    options = printout("journal-summary").default_options(Paper.A4).copy(
        date_from=date(2026, 11, 1), date_to=date(2026, 11, 24), include_private=True)
    data = gather_journal_summary(db, child, HOUSEHOLD, options, date(2026, 11, 24))
    stories = []
    monkeypatch.setattr(journal_summary, "write_pdf",
                        lambda out, story, **kw: stories.append(story) or out)
    journal_summary.build(data, options, tmp_path / "x.pdf")
    paragraphs = [f for f in _flatten(stories[0]) if isinstance(f, Paragraph)]
    assert max(len(p.text) for p in paragraphs) <= blocks.PARAGRAPH_CHARS * 1.2
    assert sum(len(p.text) for p in paragraphs) > NOTES_LIMIT


def _flatten(story):
    for flowable in story:
        inner = getattr(flowable, "_content", None)
        if inner is not None:
            yield from _flatten(inner)
        else:
            yield flowable


def test_a_long_note_with_blank_lines_prints_every_word(db, tmp_path):
    """A paragraph split across pages after a blank line used to stop the printout."""
    child = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    notes = "".join(f"word{n}" + ("\n\n" if n % 40 == 39 else " ") for n in range(2_000))
    add_entry(db, JournalEntry(child_id=child.id, entry_date=date(2026, 11, 2),
                               kind=EntryKind.NOTE, title="Long", share_summary=notes))
    text, _reader = make(tmp_path, "journal-summary", kid=child, db=db,
                         date_from=date(2026, 11, 1), date_to=date(2026, 11, 24))
    printed = flat(text)
    assert all(f"word{n}" in printed for n in (0, 1234, 1999))
