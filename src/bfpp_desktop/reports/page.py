"""Page set-up shared by every printout: paper, margins, the footer, progress and cancel.

The footer says "page x of y", so the total must be known while drawing: the
canvas keeps each page's state and draws all footers in save() (canvasmaker).
"""
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from bfpp_desktop.reports.fonts import plain_text
from bfpp_desktop.reports.options import Paper, PrintOptions
from bfpp_desktop.reports.progress import BuildCancelled, Cancelled, Progress
from bfpp_desktop.reports.scripts import visual
from bfpp_desktop.reports.styles import SOFT, Styles
from bfpp_desktop.core.dates import MONTH_NAMES
from bfpp_desktop.reports.texts import (BILINGUAL, BOTH, current_language, printing_in,
                                        translate)
from bfpp_desktop.core.whole_file import whole_file

MARGIN = 18 * mm
FOOTER_GAP = 9 * mm
NOTICE_SIZE = 10
SEPARATOR = " · "


def page_size(paper: Paper) -> tuple[float, float]:
    return LETTER if paper == Paper.LETTER else A4


def month_day_year(value: date) -> str:
    """A written date that reads the same in every country ('24 November 2026',
    '24 de noviembre de 2026'); a bilingual sheet gives 2026-11-24, the same in both."""
    if current_language() == BOTH:
        return value.isoformat()
    return translate("Print", "{day} {month} {year}").format(
        day=value.day, month=translate("Dates", MONTH_NAMES[value.month - 1]), year=value.year)


def month_words(year: int, month: int) -> str:
    """'October 2026', 'octubre 2026': a month a monthly record is for."""
    return translate("Print", "{month} {year}").format(
        month=translate("Dates", MONTH_NAMES[month - 1]), year=year)


def range_words(start: date | None, end: date | None) -> str:
    """'From 1 March 2026 to 31 May 2026.' (or the one end given); '' for no range."""
    if start and end:
        return translate("Print", "From {start} to {end}.").format(
            start=month_day_year(start), end=month_day_year(end))
    if start:
        return translate("Print", "From {start}.").format(start=month_day_year(start))
    if end:
        return translate("Print", "Up to {end}.").format(end=month_day_year(end))
    return ""


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten *text* with an ellipsis until it fits *width* points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class RunningHeader(Flowable):
    """Invisible mark: pages that begin inside this part show its name at the top.

    Put it with the heading it names (in the same keep()), so it lands on the page
    where the heading is actually drawn.
    """

    def __init__(self, text: str, parent: str = ""):
        super().__init__()
        self.text = plain_text(text)
        self.parent = plain_text(parent)   # for a group inside a section: the section

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):
        canvas.running_header = self.text
        if y >= canvas._pagesize[1] - MARGIN - FRAME_PADDING - 1:
            # A new part starts the page: only its section (if any) is continued.
            canvas._continues = self.parent

    def draw(self):
        pass


def private_copy_notice() -> str:
    """The header of every page of a copy made with private items."""
    return translate("Print", "Private copy — not for the family")


def _footer_canvas(parts: tuple[str, str, str], styles: Styles, notice: str = "",
                   footer_language: str = ""):
    """A canvas class that draws 'document · child · printed date · page x of y' (its
    words in *footer_language*), and *notice* (who the copy is for) at the top of every page."""
    document, child, printed = (plain_text(p) for p in parts)
    notice = plain_text(notice)

    class FooterCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            # Otherwise every page starts in Helvetica, which lacks many accents.
            kwargs["initialFontName"] = styles.regular_font
            super().__init__(*args, **kwargs)
            self._pages = []
            self.running_header = ""     # set by RunningHeader marks while drawing
            self._continues = ""         # the part this page began inside

        # Every string drawn straight on the page (footer, '(continued)', a photo's
        # placeholder) comes here: Arabic joined and right-to-left words in order.
        def drawString(self, x, y, text, *args, **kwargs):
            super().drawString(x, y, visual(plain_text(text)), *args, **kwargs)

        def drawCentredString(self, x, y, text, *args, **kwargs):
            super().drawCentredString(x, y, visual(plain_text(text)), *args, **kwargs)

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()
            self._continues = self.running_header

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_continued()
                self._draw_notice()
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            width, _height = self._pagesize
            font, size = styles.regular_font, styles.footer_size
            with printing_in(footer_language):
                page = translate("Print", "page {x} of {y}").format(x=number, y=total)
            title = document
            if footer_language != current_language():   # a bilingual title yields first
                others = SEPARATOR.join((child, printed, page)) + SEPARATOR
                title = _fit(document, font, size,
                             max(width - 2 * MARGIN - stringWidth(others, font, size), 60))
            fixed = SEPARATOR.join((title, printed, page))
            room = width - 2 * MARGIN - stringWidth(fixed + SEPARATOR, font, size)
            name = _fit(child, font, size, max(room, 20))
            text = _fit(SEPARATOR.join(p for p in (title, name, printed, page) if p),
                        font, size, width - 2 * MARGIN)
            self.saveState()
            self.setFont(font, size)
            self.setFillColor(SOFT)
            self.drawCentredString(width / 2, MARGIN - FOOTER_GAP, text)
            self.restoreState()

        def _draw_notice(self) -> None:
            # Above the "(continued)" line, in the top margin, so it never covers content;
            # framed, so whoever picks up a loose page sees it before reading on.
            if not notice:
                return
            width, height = self._pagesize
            # One size for every print size: large print's would reach the "(continued)" line.
            font, size = styles.bold_font, NOTICE_SIZE
            text = _fit(notice, font, size, width - 2 * MARGIN - 2 * size)
            box_width = stringWidth(text, font, size) + 2 * size
            baseline = height - 8 * mm - size / 2
            self.saveState()
            self.setLineWidth(0.8)
            self.rect(width / 2 - box_width / 2, baseline - size * 0.45, box_width, size * 1.6)
            self.setFont(font, size)
            self.drawCentredString(width / 2, baseline, text)
            self.restoreState()

        def _draw_continued(self) -> None:
            if not self._continues:
                return
            width, height = self._pagesize
            font, size = styles.regular_font, styles.footer_size
            text = translate("Print", "{part} (continued)").format(part=self._continues)
            self.saveState()
            self.setFont(font, size)
            self.setFillColor(SOFT)
            self.drawString(MARGIN + FRAME_PADDING, height - MARGIN + 2 * mm,
                            _fit(text, font, size, width - 2 * MARGIN))
            self.restoreState()

    return FooterCanvas


class _Doc(SimpleDocTemplate):
    """Reports progress after each flowable and stops when asked to."""

    def __init__(self, path, total: int, progress: Progress | None,
                 cancelled: Cancelled | None, **kwargs):
        super().__init__(path, **kwargs)
        self._total = max(total, 1)
        self._done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._last_percent = -1

    def afterFlowable(self, flowable):
        self._done += 1
        if self._cancelled is not None and self._cancelled():
            raise BuildCancelled()
        if self._progress is not None:
            percent = min(99, self._done * 100 // self._total)
            if percent != self._last_percent:
                self._last_percent = percent
                self._progress(percent)


FRAME_PADDING = 6  # SimpleDocTemplate's frame keeps 6 pt inside each margin


def frame_width(options: PrintOptions) -> float:
    return page_size(options.paper)[0] - 2 * MARGIN - 2 * FRAME_PADDING


def write_pdf(out_path: Path, story: list[Flowable], *, title: str, child_name: str,
              printed_on: date, options: PrintOptions, styles: Styles,
              progress: Progress | None = None, cancelled: Cancelled | None = None,
              notice: str = "") -> Path:
    """Lay out *story* into *out_path*; raises BuildCancelled if cancelled midway.

    *notice* heads every page (who the printout is for); a copy with private items
    always says it is private.

    The file appears only when complete (whole_file), so a cancelled or failed
    build never leaves half a PDF under the chosen name, nor spoils one already there.
    """
    out_path = Path(out_path)
    if options.include_private:
        notice = private_copy_notice()
    # A bilingual sheet's footer is for finding one's way, not guidance: one language
    # keeps it on its line.
    footer = BILINGUAL[0] if current_language() == BOTH else current_language()
    with printing_in(footer):
        printed = translate("Print", "printed {date}").format(date=month_day_year(printed_on))
    with whole_file(out_path) as partial:
        doc = _Doc(str(partial), len(story), progress, cancelled,
                   pagesize=page_size(options.paper), leftMargin=MARGIN, rightMargin=MARGIN,
                   topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
                   title=plain_text(title), author="", creator="bfpp-desktop")
        doc.build(list(story), canvasmaker=_footer_canvas((title, child_name, printed), styles,
                                                          notice, footer))
    if progress is not None:
        progress(100)
    return out_path
