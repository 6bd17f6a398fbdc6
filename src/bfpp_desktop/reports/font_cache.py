"""The printout fonts parsed once, then kept in the cache folder.

reportlab parses a TrueType file in pure Python (the character map and the width
of each of DejaVu's 6,000 glyphs): about 0.1 s per face on every printout, more
than laying out a routine sheet. The parsed tables are plain numbers and strings,
so they are kept with marshal (which runs no code when read) beside a key of the
font file and the reportlab version; a stale, damaged or missing copy is remade.
"""
import logging
import marshal
import os
from pathlib import Path

from fnmatch import fnmatch
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from bfpp_desktop.core import paths

log = logging.getLogger(__name__)

_FORMAT = 1
# What extractInfo() leaves on a face besides the file's own bytes and its scale function.
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
_SKIPPED = {"_ttf_data", "_pdfScale", "filename", "_pos"}


def load_font(name: str, font_file: Path) -> TTFont:
    """TTFont(name, font_file), its face from the cache when it can be."""
    face = load_face(font_file)
    # TTFont.__init__ would parse the file again: build the rest the same way without it.
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


def load_face(font_file: Path) -> TTFontFace:
    """The parsed face of *font_file*, from the cache when it is still that file's."""
    font_file = Path(font_file)
    stat = font_file.stat()
    key = [_FORMAT, reportlab.Version, stat.st_size, stat.st_mtime_ns]
    kept = paths.cache_dir() / "fonts" / f"{font_file.stem}.marshal"
    state = _read(kept, key)
    if state is None:
        face = TTFontFace(str(font_file))
        _write(kept, key, face)
        return face
    face = TTFontFace.__new__(TTFontFace)
    pdfmetrics.TypeFace.__init__(face, None)
    face.__dict__.update(state)
    for field in _NAMES:
        face.__dict__[field] = TTFNameBytes(state[field])
    face._ttf_data = font_file.read_bytes()     # makeSubset() copies glyphs from it
    face.filename = str(font_file)
    face._pos = 0
    scale = 1000 / face.unitsPerEm
    face._pdfScale = lambda x: x * scale
    return face


def _read(kept: Path, key: list) -> dict | None:
    try:
        stored_key, state = marshal.loads(kept.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return state if stored_key == key else None


def _write(kept: Path, key: list, face: TTFontFace) -> None:
    state = {field: value for field, value in vars(face).items() if field not in _SKIPPED}
    for field in _NAMES:
        state[field] = bytes(state[field])
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial = kept.with_name(f"{kept.name}.{os.getpid()}.partial")
        partial.write_bytes(marshal.dumps([key, state]))
        os.replace(partial, kept)     # another process reading meanwhile sees old or new
    except (OSError, ValueError) as exc:
        log.info("The parsed font could not be kept (%s); it is parsed again next time", exc)
