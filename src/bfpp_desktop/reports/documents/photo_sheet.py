"""A photo sheet: the child's weeks in pictures, two to a row, with dates and captions."""
from pathlib import Path

from reportlab.platypus import Table, TableStyle

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.bridge_data import PhotoSheetData
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import frame_width, page_size, range_words, write_pdf
from bfpp_desktop.reports.photo_blocks import caption_style, caption_text, picture
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate

COLUMNS = 2
ROW_HEIGHT_SHARE = 0.20          # of the page height, so three rows (six photos) fit a page


def build(data: PhotoSheetData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        width = frame_width(options)
        name = data.child.preferred_name
        story = blocks.title_block(translate("Print", "Photos of {name}").format(name=name),
                                   range_words(data.date_from, data.date_to), styles)
        if not data.photos:
            story.append(blocks.para(translate(
                "Print", "No photos marked shareable in these dates yet."), styles.body))
        cell = width / COLUMNS
        height = page_size(options.paper)[1] * ROW_HEIGHT_SHARE
        caption = caption_style(styles)
        for start in range(0, len(data.photos), COLUMNS):
            row = []
            for photo in data.photos[start:start + COLUMNS]:
                parts = [picture(photo, cell - 14, height, styles)]
                words = caption_text(photo)
                if words:
                    parts.append(blocks.para(words, caption))
                row.append(parts)
            row += [""] * (COLUMNS - len(row))
            table = Table([row], colWidths=[cell] * COLUMNS)
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                       ("FONTNAME", (0, 0), (-1, -1), styles.regular_font),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), styles.size)]))
            story.append(table)
        return write_pdf(out_path, story, title=translate("Print", "Photo sheet"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled)
