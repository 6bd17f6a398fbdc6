"""A photo at a good size with its date and caption, or a calm placeholder when the
file is gone or unreadable (a printout never fails because of one picture)."""
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Image, KeepTogether

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.bridge_data import PhotoOnPaper
from bfpp_desktop.reports.page import month_day_year
from bfpp_desktop.reports.photo_scaling import print_copy
from bfpp_desktop.reports.styles import FILL, RULE, SOFT, Styles
from bfpp_desktop.reports.texts import translate


class MissingPhoto(Flowable):
    """A framed, softly shaded space saying the photo could not be found."""

    def __init__(self, width: float, height: float, font: str, size: float):
        super().__init__()
        self.width, self.height = width, height
        self.font, self.size = font, size

    def draw(self):
        canv = self.canv
        canv.saveState()
        canv.setFillColor(FILL)
        canv.setStrokeColor(RULE)
        canv.roundRect(0, 0, self.width, self.height, 6, stroke=1, fill=1)
        canv.setFillColor(SOFT)
        canv.setFont(self.font, self.size)
        canv.drawCentredString(self.width / 2, self.height / 2,
                               translate("Print", "This photo is no longer in the app's folder"))
        canv.restoreState()


def picture(photo: PhotoOnPaper, max_width: float, max_height: float,
            styles: Styles) -> Flowable:
    """The image scaled to fit, keeping its shape; a placeholder if it cannot be read."""
    if photo.path and photo.read:
        try:
            copy = print_copy(photo.read(), max_width, max_height)
        except Exception:  # noqa: BLE001 - a damaged file prints as the placeholder
            copy = None
        if copy is not None:
            image = Image(copy.data, width=copy.width, height=copy.height)
            image.hAlign = "CENTER"
            return image
    return MissingPhoto(max_width, min(max_height, max_width * 0.5), styles.regular_font,
                        styles.size)


def caption_style(styles: Styles) -> ParagraphStyle:
    return ParagraphStyle("caption", parent=styles.body, alignment=TA_CENTER, textColor=SOFT,
                          spaceBefore=styles.size * 0.3)


def caption_text(photo: PhotoOnPaper) -> str:
    parts = [month_day_year(photo.taken_on)] if photo.taken_on else []
    if photo.caption.strip():
        parts.append(photo.caption.strip())
    return " · ".join(parts)


def photo_with_caption(photo: PhotoOnPaper, max_width: float, max_height: float,
                       styles: Styles) -> KeepTogether:
    parts = [picture(photo, max_width, max_height, styles)]
    words = caption_text(photo)
    if words:
        parts.append(blocks.para(words, caption_style(styles)))
    parts.append(blocks.gap(styles, 0.6))
    return KeepTogether(parts)
