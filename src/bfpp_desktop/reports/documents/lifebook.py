"""The lifebook as a booklet: a cover, then each page of the child's story on a page of
its own, photos large with their captions, the words in big friendly type. Made to be
given to the child and their family."""
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import frame_width, month_day_year, page_size, write_pdf
from bfpp_desktop.reports.photo_blocks import photo_with_caption, picture
from bfpp_desktop.reports.records_data import LifebookData, LifebookPageOnPaper
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate

# Of the page's height: one photo large, or two that still fit with the words.
PHOTO_HEIGHT_SHARE = {1: 0.4, 2: 0.22}
SMALL_PHOTO_SHARE = 0.15


def build(data: LifebookData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        # A child reads this: large type always.
        styles = make_styles(large_print=True)
        name = data.child.preferred_name
        width = frame_width(options)
        height = page_size(options.paper)[1]
        cover = ParagraphStyle("cover", parent=styles.title, alignment=TA_CENTER,
                               fontSize=styles.title.fontSize * 1.4,
                               leading=styles.title.fontSize * 1.4 * 1.2)
        centred = ParagraphStyle("centred", parent=styles.body, alignment=TA_CENTER)
        story = [blocks.gap(styles, 8),
                 blocks.para(translate("Print", "{name}'s lifebook").format(name=name), cover),
                 blocks.para(translate("Print", "My story, in pictures and words"), centred)]
        if data.home_name:
            story.append(blocks.para(translate("Print", "Made with love at {home}").format(
                home=data.home_name), centred))
        if not data.pages:
            story.append(blocks.para(translate(
                "Print", "The pages you make together will be here."), centred))
        cover_photo = next((p for page in data.pages for p in page.photos if p.path), None)
        if cover_photo is not None:      # the book's first picture, on the cover too
            story += [blocks.gap(styles, 2),
                      picture(cover_photo, width * 0.6, height * 0.3, styles)]
        for page in data.pages:
            share = PHOTO_HEIGHT_SHARE.get(len(page.photos), SMALL_PHOTO_SHARE)
            story += [PageBreak(), *_page(page, styles, width, height * share)]
        return write_pdf(out_path, story, title=translate("Print", "Lifebook"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled)


def _page(page: LifebookPageOnPaper, styles, width, photo_height) -> list:
    parts = [blocks.para(page.kind_label, styles.small)]
    if page.title:
        parts.append(blocks.para(page.title, styles.title))
    if page.day:
        parts.append(blocks.para(month_day_year(page.day), styles.subtitle))
    parts += blocks.paras(page.text, styles.body) if page.text else []
    parts.append(blocks.gap(styles, 0.5))
    parts += [photo_with_caption(photo, width * 0.8, photo_height, styles)
              for photo in page.photos]
    return parts
