"""Building blocks the documents share: titles, sections, writing lines, boxes, tables."""
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, LongTable, Spacer, TableStyle

from bfpp_desktop.reports import markdown
from bfpp_desktop.reports.fonts import safe_text
from bfpp_desktop.reports.page import RunningHeader
from bfpp_desktop.reports.scripts import BidiParagraph
from bfpp_desktop.reports.styles import FILL, RULE, Styles


class WritingLines(Flowable):
    """Ruled lines to write on by hand, the full frame width."""

    def __init__(self, count: int, gap: float):
        super().__init__()
        self.count = count
        self.gap = gap

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.count * self.gap
        return self.width, self.height

    def draw(self):
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        for i in range(self.count):
            y = self.height - (i + 1) * self.gap + 2
            self.canv.line(0, y, self.width, y)
        self.canv.restoreState()


class Box(Flowable):
    """An empty framed box to write in."""

    def __init__(self, height: float):
        super().__init__()
        self.box_height = height

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.box_height
        return self.width, self.height

    def draw(self):
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.8)
        self.canv.roundRect(0, 0, self.width, self.height, 4)
        self.canv.restoreState()


def para(text: str, style) -> BidiParagraph:
    """A paragraph of user or translated text (made safe; never raw markup)."""
    return BidiParagraph(safe_text(text), style)


# The most characters one printed paragraph holds. reportlab lays out again all that is
# left of a paragraph on each page it reaches, so one long paragraph costs the square of
# its length (a 1 MB note took minutes); pieces this size keep printing linear.
PARAGRAPH_CHARS = 2_000


def paras(text: str, style) -> list[Flowable]:
    """Paragraphs for a note (kept as Markdown: bold, italic, headings and lists printed
    formatted), which may be long: cut between lines, or between words in a very long
    line, and printed with no extra space between pieces."""
    parts: list[Flowable] = []
    for block in markdown.blocks(str(text or "")):
        if block.kind == "text":
            parts += _long_paras(block.text, style)
        elif block.kind == "heading":
            parts.append(_marked(f"**{block.text}**", style))
        else:
            item = ParagraphStyle(f"{style.name}-item", parent=style, leftIndent=14,
                                  bulletIndent=2, bulletFontName=style.fontName,
                                  spaceBefore=0, spaceAfter=1)
            parts.append(_marked(block.text, item, bullet=block.bullet))
    return parts or [para("", style)]


def _marked(text: str, style, bullet: str | None = None) -> BidiParagraph:
    return BidiParagraph(markdown.inline(safe_text(text)), style, bulletText=bullet)


def _long_paras(text: str, style) -> list[Flowable]:
    pieces = _pieces(text, PARAGRAPH_CHARS)
    if len(pieces) <= 1:
        return [_marked(text, style)]
    first = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
    middle = ParagraphStyle(f"{style.name}-middle", parent=style, spaceBefore=0, spaceAfter=0)
    last = ParagraphStyle(f"{style.name}-last", parent=style, spaceBefore=0)
    looks = [first, *[middle] * (len(pieces) - 2), last]
    return [_marked(piece, look) for piece, look in zip(pieces, looks)]


def _pieces(text: str, size: int) -> list[str]:
    pieces: list[str] = []
    lines: list[str] = []
    length = 0

    def flush() -> None:
        nonlocal lines, length
        blank = []
        while lines and not lines[-1].strip():   # a blank line opens the next piece
            blank.insert(0, lines.pop())
        if lines:
            pieces.append("\n".join(lines))
        lines, length = blank, sum(len(b) + 1 for b in blank)

    for line in text.splitlines():
        while len(line) > size:
            cut = line.rfind(" ", size // 2, size)
            cut = cut if cut > 0 else size
            flush()
            lines, length = [*lines, line[:cut]], length + cut
            flush()
            line = line[cut:].lstrip(" ")
        if length + len(line) > size:
            flush()
        lines.append(line)
        length += len(line) + 1
    flush()
    return pieces


def title_block(title: str, subtitle: str, styles: Styles) -> list[Flowable]:
    parts = [para(title, styles.title)]
    if subtitle:
        parts.append(para(subtitle, styles.subtitle))
    return parts


class _KeepUnlessTallerThanAPage(KeepTogether):
    """KeepTogether that starts where it is when it could not fit even a whole page.

    Moving such a block on would only leave the page it was on nearly empty (a
    routine with thirty long steps left the sheet's first page blank).
    """

    def split(self, aW, aH):
        parts = super().split(aW, aH)
        frame = getattr(self, "_frame", None)
        if (frame is not None and parts and isinstance(parts[0], type(self.FrameBreak))
                and self._H > frame._height and self._H0 <= aH):
            return parts[1:]
        return parts


def keep(*parts: Flowable) -> KeepTogether:
    """Keep *parts* on one page (unless together they are taller than a page).

    A KeepTogether nested in another always reports itself too tall (to force a
    split) and would push everything to the next page, so nested ones are flattened.
    """
    flat: list[Flowable] = []
    for part in parts:
        flat += part._content if isinstance(part, KeepTogether) else [part]
    return _KeepUnlessTallerThanAPage(flat)


def section(heading: str, body: list[Flowable], styles: Styles) -> list[Flowable]:
    """A heading kept on the same page as the start of its body; [] when body is empty.

    Pages that begin inside the section say so at the top ("Routines (continued)").
    """
    if not body:
        return []
    return [keep(RunningHeader(heading), para(heading, styles.heading), body[0]), *body[1:],
            RunningHeader("")]


def question_with_lines(question: str, lines: int, styles: Styles,
                        hint: str = "") -> Flowable:
    """A question and its writing space, never split across pages."""
    parts = [para(question, styles.question)]
    if hint:
        parts.append(para(hint, styles.small))
    parts.append(WritingLines(lines, styles.line_gap))
    parts.append(Spacer(1, styles.size * 0.3))
    return KeepTogether(parts)


def fill_in_table(headers: list[str], rows: list[list[str]], blank_rows: int,
                  widths: list[float], styles: Styles) -> LongTable:
    """A table whose header repeats on every page, with blank rows to fill in by hand."""
    data = [[para(h, styles.table_head) for h in headers]]
    data += [[para(cell, styles.table_cell) for cell in row] for row in rows]
    data += [["" for _ in headers] for _ in range(blank_rows)]
    heights = [None] * (1 + len(rows)) + [styles.line_gap] * blank_rows
    table = LongTable(data, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), styles.regular_font),
        ("BACKGROUND", (0, 0), (-1, 0), FILL),
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def gap(styles: Styles, lines: float = 1.0) -> Spacer:
    return Spacer(1, styles.size * lines)
