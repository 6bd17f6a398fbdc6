from datetime import date

import pytest
from pypdf import PdfReader

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.options import Paper, PrintOptions, date_range_problem, \
    default_paper_for_locale
from bfpp_desktop.reports.page import BuildCancelled, write_pdf
from bfpp_desktop.reports.styles import make_styles


@pytest.mark.parametrize("name, paper", [
    ("en_US", Paper.LETTER), ("en_US.UTF-8", Paper.LETTER), ("es-MX", Paper.LETTER),
    ("fr_CA", Paper.LETTER), ("fil_PH", Paper.LETTER), ("en_GB", Paper.A4),
    ("es_ES.UTF-8", Paper.A4), ("de", Paper.A4), ("", Paper.A4), (None, Paper.A4)])
def test_paper_follows_the_country(name, paper):
    assert default_paper_for_locale(name) == paper


def _long_story(styles, count=60):
    story = blocks.title_block("Long", "", styles)
    story += blocks.section("Questions", [blocks.question_with_lines(f"Question {i}?", 3, styles)
                                          for i in range(count)], styles)
    return story


def test_every_page_has_the_footer_with_page_x_of_y(tmp_path):
    styles = make_styles()
    out = write_pdf(tmp_path / "a.pdf", _long_story(styles), title="Sheet",
                    child_name="María 🌈", printed_on=date(2026, 11, 24),
                    options=PrintOptions(), styles=styles)
    pages = PdfReader(out).pages
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert f"Sheet · María · printed 24 November 2026 · page {number} of {len(pages)}" in text


def test_letter_and_a4_page_sizes(tmp_path):
    styles = make_styles()
    for paper, width in ((Paper.A4, 595), (Paper.LETTER, 612)):
        out = write_pdf(tmp_path / f"{paper.value}.pdf", _long_story(styles, 2), title="x",
                        child_name="y", printed_on=date(2026, 1, 1),
                        options=PrintOptions(paper=paper), styles=styles)
        assert round(float(PdfReader(out).pages[0].mediabox.width)) == width


def test_cancel_stops_and_leaves_no_file(tmp_path):
    styles = make_styles()
    seen = []
    with pytest.raises(BuildCancelled):
        write_pdf(tmp_path / "c.pdf", _long_story(styles), title="x", child_name="y",
                  printed_on=date(2026, 1, 1), options=PrintOptions(), styles=styles,
                  progress=seen.append, cancelled=lambda: len(seen) >= 3)
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_100(tmp_path):
    styles = make_styles()
    seen = []
    write_pdf(tmp_path / "p.pdf", _long_story(styles, 5), title="x", child_name="y",
              printed_on=date(2026, 1, 1), options=PrintOptions(), styles=styles,
              progress=seen.append)
    assert seen[-1] == 100 and seen == sorted(seen)


def test_date_range_problem():
    assert date_range_problem(date(2024, 3, 2), date(2024, 3, 1))
    assert date_range_problem(date(2024, 3, 1), date(2024, 3, 1)) is None
    assert date_range_problem(None, date(2024, 3, 1)) is None


def test_options_remembered_without_include_private():
    options = PrintOptions(sections=frozenset({"a"}), include_private=True,
                           paper=Paper.LETTER, large_print=True, date_from=date(2024, 1, 1))
    data = options.to_dict()
    assert "include_private" not in data
    back = PrintOptions.from_dict(data, PrintOptions())
    assert back == options.copy(include_private=False)


def test_unreadable_remembered_options_fall_back():
    fallback = PrintOptions(paper=Paper.A4)
    assert PrintOptions.from_dict({"paper": "B5"}, fallback) == fallback


def test_table_headers_repeat_and_headings_stay_with_their_content(tmp_path):
    styles = make_styles(large_print=True)
    rows = [[f"row {i}", "x" * 40] for i in range(120)]
    story = blocks.section("Table heading", [blocks.fill_in_table(
        ["Column A", "Column B"], rows, 0, [200, 250], styles)], styles)
    out = write_pdf(tmp_path / "t.pdf", [blocks.gap(styles, 40)] + story, title="x",
                    child_name="y", printed_on=date(2026, 1, 1), options=PrintOptions(),
                    styles=styles)
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) > 2
    assert all("Column A" in text for text in pages[1:])  # the header on every page
    assert "Table heading" not in pages[0]  # too little room left: moved with its table
    assert "Table heading" in pages[1] and "row 0" in pages[1]


def test_pages_begun_inside_a_section_name_it_at_the_top(tmp_path):
    from reportlab.platypus import PageBreak

    from bfpp_desktop.reports.page import RunningHeader
    styles = make_styles()
    story = _long_story(styles, 12) + [PageBreak()]
    story += blocks.section("Fresh part", [blocks.para("starts a page", styles.body)], styles)
    story += [PageBreak(), blocks.keep(RunningHeader("Fresh part · group", "Fresh part"),
                                       blocks.para("a group starting a page", styles.body))]
    out = write_pdf(tmp_path / "a.pdf", story, title="Sheet", child_name="Maya",
                    printed_on=date(2026, 11, 24), options=PrintOptions(), styles=styles)
    pages = [p.extract_text() for p in PdfReader(out).pages]
    assert "continued" not in pages[0]
    assert all("Questions (continued)" in p for p in pages[1:-2])
    assert "continued" not in pages[-2]            # a new section starts the page
    assert "Fresh part (continued)" in pages[-1]   # a group inside it: the section goes on


def test_range_words_read_the_same_on_every_sheet():
    from datetime import date

    from bfpp_desktop.reports.page import range_words

    assert range_words(date(2026, 3, 1), date(2026, 5, 31)) == "From 1 March 2026 to 31 May 2026."
    assert range_words(date(2026, 3, 1), None) == "From 1 March 2026."
    assert range_words(None, date(2026, 5, 31)) == "Up to 31 May 2026."
    assert range_words(None, None) == ""


def test_printouts_are_laid_out_with_reportlabs_c_accelerator():
    """rl_accel (a dependency) does reportlab's number formatting, text widths and stream
    encoding in C; without it every printout falls back to pure Python, a sixth slower."""
    from reportlab.lib import rl_accel
    assert not rl_accel._py_funcs, f"pure Python fallbacks in use: {sorted(rl_accel._py_funcs)}"
