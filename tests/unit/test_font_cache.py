"""The parsed printout fonts are kept between printouts and remade when they go stale."""
import os

from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from bfpp_desktop.core import paths
from bfpp_desktop.reports.font_cache import load_font

REGULAR = paths.resources_dir() / "fonts" / "DejaVuSans.ttf"


def _same_as_parsed(font: TTFont, font_file=REGULAR) -> None:
    parsed = TTFont("Cached", str(font_file))
    kept, fresh = vars(font.face), vars(parsed.face)
    for field in set(kept) | set(fresh):
        if field not in ("_pdfScale", "_pos"):
            assert kept[field] == fresh[field], field
    assert font.face._pdfScale(2048) == parsed.face._pdfScale(2048)
    assert font.shapable == parsed.shapable
    assert font._asciiReadable == parsed._asciiReadable


def test_the_second_load_reads_the_cache_and_matches_a_fresh_parse(_isolated_cache):
    load_font("Cached", REGULAR)
    kept = _isolated_cache / "fonts" / "DejaVuSans.marshal"
    assert kept.exists()
    written = kept.stat().st_mtime_ns
    font = load_font("Cached", REGULAR)
    assert kept.stat().st_mtime_ns == written     # read, not remade
    _same_as_parsed(font)


def test_a_damaged_or_stale_cache_is_remade(_isolated_cache, tmp_path):
    copy = tmp_path / "DejaVuSans.ttf"
    copy.write_bytes(REGULAR.read_bytes())
    load_font("Cached", copy)
    kept = _isolated_cache / "fonts" / "DejaVuSans.marshal"
    kept.write_bytes(b"not a marshal dump")
    _same_as_parsed(load_font("Cached", copy), copy)
    stale = kept.read_bytes()
    os.utime(copy, ns=(1, 1))                     # the font file changed since
    load_font("Cached", copy)
    assert kept.read_bytes() != stale


def test_a_cached_font_prints_accents(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    load_font("CachedPrint", REGULAR)             # the first load fills the cache
    pdfmetrics.registerFont(load_font("CachedPrint", REGULAR))
    out = tmp_path / "accents.pdf"
    doc = SimpleDocTemplate(str(out))
    doc.build([Paragraph("Maya Rodríguez, Zoë, Łukasz", ParagraphStyle("p", fontName="CachedPrint"))])
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "Maya Rodríguez, Zoë, Łukasz" in text
