"""Notes on paper as they look on screen: the notes box keeps them as Markdown.

Only what the notes box writes is read: **bold**, *italic*, headings, and lists with
"-" or "1."; anything else prints as typed. Works on text already made safe for a
reportlab paragraph (markup escaped), so what a person typed never becomes markup.
"""
import re
from dataclasses import dataclass

_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBER = re.compile(r"^\s*(\d{1,4})[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
# Characters Markdown lets one write as themselves with a backslash ("\*" is a star).
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_ITALIC = re.compile(r"(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])"
                     r"|(?<![_\w])_(?=\S)([^_]+?)(?<=\S)_(?![_\w])")
_KEPT = 0xE000   # private-use code points hold escaped characters while marks are read


@dataclass(frozen=True)
class Block:
    kind: str        # "text", "item" (of a list) or "heading"
    text: str
    bullet: str = ""


def blocks(text: str) -> list[Block]:
    """The note cut into runs of ordinary lines, list items and headings."""
    found: list[Block] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append(Block("text", "\n".join(run)))
            run.clear()

    for line in str(text or "").splitlines():
        bullet, number, heading = _BULLET.match(line), _NUMBER.match(line), _HEADING.match(line)
        if bullet or number or heading:
            flush()
            if heading:
                found.append(Block("heading", heading.group(1)))
            elif bullet:
                found.append(Block("item", bullet.group(1), "•"))
            else:
                found.append(Block("item", number.group(2), f"{number.group(1)}."))
        else:
            run.append(line)
    flush()
    return found


def inline(safe: str) -> str:
    """Bold and italic marks in already-escaped paragraph text turned into <b> and <i>."""
    kept = _ESCAPED.sub(lambda m: chr(_KEPT + ord(m.group(1))), safe)
    lines = []
    for line in kept.split("<br/>"):          # marks never reach across lines
        line = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", line)
        line = _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", line)
        lines.append(line)
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group()) - _KEPT), "<br/>".join(lines))
