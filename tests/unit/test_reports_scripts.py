"""Arabic and Hebrew names print joined and in reading order, Latin text exactly as before."""
from datetime import date, timedelta

import arabic_reshaper
import pytest
from bidi import get_display
from reportlab.pdfgen.canvas import Canvas
from pypdf import PdfReader
from reportlab.platypus import Paragraph, Spacer

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Phone, Role
from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.core.world import Section, new_item
from bfpp_desktop.reports import blocks, scripts
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.fonts import plain_text, safe_text
from bfpp_desktop.reports.options import Paper, Reader
from bfpp_desktop.reports.page import write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.contacts import add_contact
from bfpp_desktop.storage.journal import add_entry
from bfpp_desktop.storage.world import add_item
from reports_helpers import flat, make

CHILD = "ليلى حداد"
MOTHER = "فاطمة الزهراء"
HEBREW = "נועה כהן"


def joined(text: str, base: str = "L") -> str:
    """What should be drawn: Arabic in joined forms, the line in display order."""
    return get_display(arabic_reshaper.reshape(text), base_dir=base)


def test_latin_text_is_left_exactly_as_it_was():
    words = 'Tom & Jerry <b>bold</b> "quoted" — Zoë\'s day'
    assert scripts.shape(words, frozenset()) == words
    assert scripts.visual(words) == words
    assert safe_text(words) == ("Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; \"quoted\" — "
                                "Zoë's day")


def test_mixed_latin_and_arabic_keeps_the_latin_in_place():
    line = f"Amara's mother: {MOTHER} (Mom)"
    shaped = plain_text(line)
    assert shaped == arabic_reshaper.reshape(line)       # joined forms, stored order
    assert shaped != line and shaped.startswith("Amara's mother: ")
    drawn = scripts.visual(shaped)
    assert drawn.startswith("Amara's mother: ") and drawn.endswith(" (Mom)")
    middle = drawn[len("Amara's mother: "):-len(" (Mom)")]
    assert middle == arabic_reshaper.reshape(MOTHER)[::-1]   # read from the right
    assert all(0xFE70 <= ord(c) <= 0xFEFC or c == " " for c in middle)


def test_hebrew_reads_from_the_right_and_is_not_reshaped():
    assert plain_text(HEBREW) == HEBREW
    assert scripts.visual(HEBREW) == HEBREW[::-1]
    assert scripts.visual(f"Call {HEBREW} first") == f"Call {HEBREW[::-1]} first"


def test_wholly_arabic_text_reads_from_the_right_and_our_bullets_stay_left():
    sentence = "ذهبنا إلى الحديقة."
    assert scripts.direction(sentence) == "R"
    assert scripts.visual(plain_text(sentence)).startswith(".")     # the full stop ends it
    assert scripts.direction("• الرسم") == "L"
    assert scripts.visual(plain_text("• الرسم")).startswith("• ")
    assert scripts.direction("ليلى's routines") == "L"


def test_markup_survives_around_arabic():
    assert safe_text(f"{MOTHER} & <Mom>\nline two") == (
        f"{arabic_reshaper.reshape(MOTHER)} &amp; &lt;Mom&gt;<br/>line two")


def test_a_long_arabic_paragraph_keeps_its_first_words_on_its_first_line():
    styles = make_styles()
    words = ["كلمة", "أولى", "ثم", "كلمات", "كثيرة", "بعدها", "حتى", "النهاية"] * 3
    paragraph = blocks.para(" ".join(words), styles.body)
    paragraph.wrap(120, 1000)
    lines = paragraph.blPara.lines
    assert len(lines) > 1
    first = paragraph._visual_line(lines[0])
    first_text = " ".join(first[1]) if isinstance(first, tuple) else first.words[0].text
    # Display order puts the first word at the right end of the first line.
    assert first_text.endswith(arabic_reshaper.reshape("كلمة")[::-1])


def test_latin_paragraphs_are_drawn_as_before():
    styles = make_styles()
    text = "Maya likes the swings & the slide. " * 4
    ours, theirs = blocks.para(text, styles.body), Paragraph(safe_text(text), styles.body)
    assert ours.style is styles.body
    for p in (ours, theirs):
        p.canv = Canvas("/dev/null")
        p.wrap(200, 1000)
        p.drawPara()
    assert ours.canv._code == theirs.canv._code


@pytest.fixture
def layla(db):
    kid = add_child(db, Child(full_name=CHILD, preferred_name="ليلى"))
    add_item(db, new_item(kid.id, Section.LIKES, title="الرسم", kind="like"))
    add_contact(db, Contact(MOTHER, Role.BIRTH_PARENT, relation="Mom",
                            phones=[Phone("mobile", "555-0142")], may_share=True,
                            child_ids=[kid.id]))
    add_contact(db, Contact(HEBREW, Role.RELATIVE, relation="Aunt", may_share=True,
                            child_ids=[kid.id]))
    add_entry(db, JournalEntry(child_id=kid.id, entry_date=date(2026, 11, 24) - timedelta(5),
                               title="Park day",
                               share_summary=f"Played with {MOTHER} at the park."))
    return kid


def test_how_pypdf_reads_right_to_left_text_back(tmp_path):
    """pypdf takes a PDF's Arabic and Hebrew to be drawn in display order and gives
    it back in reading order: joined forms drawn right come back as reshape(name),
    while a name drawn in stored order would come back reversed."""
    path = str(tmp_path / "probe.pdf")
    canvas = Canvas(path)
    canvas.setFont(make_styles().regular_font, 12)
    canvas.drawString(50, 700, joined(MOTHER))                      # as we draw it
    canvas.drawString(50, 650, arabic_reshaper.reshape(MOTHER))     # in stored order
    canvas.drawString(50, 600, scripts.visual(HEBREW))
    canvas.save()
    lines = PdfReader(path).pages[0].extract_text().splitlines()
    assert lines == [arabic_reshaper.reshape(MOTHER), arabic_reshaper.reshape(MOTHER)[::-1],
                     HEBREW]


def read_back(tmp_path, db, kid, doc_id: str, **changes) -> str:
    return flat(make(tmp_path, doc_id, kid=kid, db=db, **changes)[0])


def assert_joined(text: str, *names: str):
    """Each name printed joined and in reading order, never as its loose letters."""
    for name in names:
        assert arabic_reshaper.reshape(name) in text, name
        assert name not in text and name[::-1] not in text, name
        assert arabic_reshaper.reshape(name)[::-1] not in text, name


def in_order(text: str, *parts: str) -> bool:
    """Whether *parts* come one after another in *text*."""
    place = 0
    for part in parts:
        place = text.find(part, place)
        if place < 0:
            return False
        place += len(part)
    return True


def test_routine_sheet_prints_arabic_names_joined(tmp_path, db, layla):
    # The important people are on a babysitter's copy (not the birth parent's).
    text = read_back(tmp_path, db, layla, "routine-sheet", reader=Reader.BABYSITTER)
    assert_joined(text, "ليلى", MOTHER, "الرسم")
    shaped = arabic_reshaper.reshape
    assert in_order(text, shaped("ليلى"), "s routines")  # the title (pypdf moves the ')
    assert in_order(text, "Routine sheet · ", shaped("ليلى"), "printed")    # the footer
    assert in_order(text, shaped(MOTHER), "Birth parent", "mobile: 555-0142")
    assert in_order(text, HEBREW, "Aunt") and HEBREW[::-1] not in text


def test_all_about_me_prints_arabic_names_joined(tmp_path, db, layla):
    text = read_back(tmp_path, db, layla, "all-about-me")
    assert_joined(text, "ليلى", MOTHER, "الرسم")
    assert in_order(text, "All about ", arabic_reshaper.reshape("ليلى"), "What I love")
    assert in_order(text, "Important people", arabic_reshaper.reshape(MOTHER), "Birth parent")


def test_journal_summary_prints_the_parent_named_in_an_entry(tmp_path, db, layla):
    text = read_back(tmp_path, db, layla, "journal-summary")
    assert_joined(text, "ليلى", MOTHER)
    assert in_order(text, "Everyday note", "Played with", arabic_reshaper.reshape(MOTHER),
                    "at the park.")
    assert "Park day" not in text              # an entry's title is not for the family


def test_a_long_arabic_entry_reads_in_order_across_lines_and_pages(tmp_path):
    styles = make_styles()
    # Numbered words, their numbers written in letters (pypdf misreads digits in Arabic).
    entry = " ".join(f"كلمة{number}" for number in range(1, 300)).translate(
        str.maketrans("0123456789", "سشصضطظعغفق"))
    story = [Spacer(1, 600), blocks.para(entry, styles.body)]
    path = write_pdf(tmp_path / "long.pdf", story, title="Journal summary", child_name="",
                     printed_on=date(2026, 11, 24),
                     options=printout("journal-summary").default_options(Paper.A4),
                     styles=styles)
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert len(pages) == 2
    read = [line.strip() for page in pages for line in page.splitlines()
            if scripts.has_rtl(line)]
    assert len(read) > 4
    assert " ".join(read) == arabic_reshaper.reshape(entry)   # every line, in reading order


def test_a_paragraph_wrapped_again_at_the_same_width_keeps_its_lines(monkeypatch):
    """A block kept together is measured, then placed: its lines are broken once, and
    again only for another width or when reportlab dropped them (to split it anew)."""
    paragraph = blocks.para("What helps, in a sentence or two. " * 20, make_styles().body)
    broken = []
    breaking = Paragraph.breakLines
    monkeypatch.setattr(Paragraph, "breakLines",
                        lambda self, widths: broken.append(widths) or breaking(self, widths))
    first = paragraph.wrap(300, 800)
    assert paragraph.wrap(300, 500) == first
    assert len(broken) == 1
    narrower = paragraph.wrap(200, 800)
    assert narrower[1] > first[1] and len(broken) == 2
    paragraph.wrap(200, 800)
    del paragraph.blPara          # as Paragraph.split does before it is broken anew
    assert paragraph.wrap(200, 800) == narrower
    assert len(broken) == 3
