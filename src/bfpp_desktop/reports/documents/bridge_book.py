"""One page of the bridge book: our letter, the week's news, photos, questions with
room to answer, and a generous "your turn" space for the parent to write back."""
from pathlib import Path

from reportlab.platypus import KeepTogether

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.bridge_data import BridgePageData
from bfpp_desktop.reports.catalogue import BridgeBook
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import frame_width, month_day_year, page_size, write_pdf
from bfpp_desktop.reports.photo_blocks import photo_with_caption
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate

PHOTO_HEIGHT_SHARE = 0.42         # of the page height: a photo worth keeping
QUESTION_LINES = 4
WRITE_BACK_LINES = 14


def footer_title(data: BridgePageData) -> str:
    """'Bridge book, page 3 · 24 November 2026': the page's own date and number."""
    title = translate("Print", "Bridge book, page {n}").format(n=data.number)
    if data.prepared_on:
        title += " · " + month_day_year(data.prepared_on)
    return title


def build(data: BridgePageData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        width = frame_width(options)
        name = data.child.preferred_name
        chosen = options.sections
        sender = data.household.name_for_print(options.leave_out_our_details)
        subtitle = [translate("Print", "Page {n}").format(n=data.number)]
        if data.prepared_on:
            subtitle.append(month_day_year(data.prepared_on))
        if sender:
            subtitle.append(translate("Print", "From: {who}").format(who=sender))
        story = blocks.title_block(translate("Print", "{name}'s bridge book").format(name=name),
                                   "  ·  ".join(subtitle), styles)
        if BridgeBook.LETTER in chosen and data.letter.strip():
            story += _letter(data.letter, styles)
        elif BridgeBook.LETTER in chosen and not (data.summaries or data.photos or data.questions):
            # Nothing typed yet: room to write the letter by hand.
            story.append(blocks.keep(
                blocks.para(translate("Print", "A note from us"), styles.heading),
                blocks.WritingLines(QUESTION_LINES * 2, styles.line_gap)))
        if BridgeBook.NEWS in chosen and data.summaries:
            news = []
            for item in data.summaries:
                news.append(blocks.para(month_day_year(item.entry_date), styles.question))
                news.append(blocks.para(item.text, styles.body))
            story += blocks.section(translate("Print", "What {name} has been up to").format(
                name=name), news, styles)
        if BridgeBook.PHOTOS in chosen and data.photos:
            height = page_size(options.paper)[1] * PHOTO_HEIGHT_SHARE
            pictures = [photo_with_caption(p, width * 0.9, height, styles) for p in data.photos]
            story += blocks.section(translate("Print", "Photos"), pictures, styles)
        if BridgeBook.QUESTIONS in chosen and data.questions:
            asked = [blocks.question_with_lines(q, QUESTION_LINES, styles)
                     for q in data.questions]
            story += blocks.section(translate("Print", "Questions for you"), asked, styles)
        if BridgeBook.WRITE_BACK in chosen:
            story.append(_your_turn(data, styles))
        return write_pdf(out_path, story, title=footer_title(data), child_name=name,
                         printed_on=data.printed_on, options=options, styles=styles,
                         progress=progress, cancelled=cancelled)


def _letter(text: str, styles) -> list:
    """One paragraph per block of text, so a long letter flows across pages cleanly."""
    blocks_of_text = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return [blocks.para(part, styles.body) for part in blocks_of_text if part] + \
        [blocks.gap(styles, 0.5)]


def _your_turn(data: BridgePageData, styles) -> KeepTogether:
    who = data.parent_name
    heading = (translate("Print", "Your turn, {who}").format(who=who) if who
               else translate("Print", "Your turn"))
    hint = translate("Print", "Anything you would like to tell us or {name}: how you are, "
                              "what {name} loves, what to keep doing.").format(
        name=data.child.preferred_name)
    return blocks.keep(blocks.para(heading, styles.heading), blocks.para(hint, styles.small),
                       blocks.WritingLines(WRITE_BACK_LINES, styles.line_gap))
