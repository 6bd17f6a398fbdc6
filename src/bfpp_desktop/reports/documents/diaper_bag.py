"""The diaper-bag note: a baby's or toddler's day, travelling between homes."""
from pathlib import Path

from reportlab.platypus import Table, TableStyle

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.catalogue import DiaperBag
from bfpp_desktop.reports.data import DiaperBagData
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import frame_width, month_day_year, write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import QT_TRANSLATE_NOOP, printing_in, translate



def build(data: DiaperBagData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        width = frame_width(options)
        name = data.child.preferred_name
        day = month_day_year(data.day) if data.day else "_" * 16
        chosen = options.sections
        subtitle = [translate("Print", "Date: {date}").format(date=day)]
        sender = data.household.lines_for_print(options.leave_out_our_details)
        if DiaperBag.FROM in chosen and sender:
            subtitle.append(translate("Print", "From: {who}").format(who=", ".join(sender)))
        story = blocks.title_block(translate("Print", "{name}'s day").format(name=name),
                                   "  ·  ".join(subtitle), styles)
        # Sleep and diapers are short tables: side by side they keep the note to one page.
        pair = [part for part in (
            _sleep(data, styles, width / 2 - 6) if DiaperBag.SLEEP in chosen else None,
            _diapers(data, styles, width / 2 - 6) if DiaperBag.DIAPERS in chosen else None) if part]
        if len(pair) == 2:
            row = Table([pair], colWidths=[width / 2, width / 2])
            row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("FONTNAME", (0, 0), (-1, -1), styles.regular_font),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(row)
        else:
            story += pair
        if DiaperBag.FEEDS in chosen:
            story.append(_feeds(data, styles, width))
        if DiaperBag.MOOD in chosen:
            story.append(_mood(data, styles))
        for section_id, heading, text, height in (
                (DiaperBag.NEW, translate("Print", "Something new today"), data.something_new, 2),
                (DiaperBag.NOTE, translate("Print", "A note for you"), data.note, 3)):
            if section_id in chosen:
                story.append(_written(heading, text, height, styles))
        if DiaperBag.WRITE_BACK in chosen:
            hint = translate("Print", "How was {name} with you? Anything we should know?")
            story.append(_written(translate("Print", "Your turn: write back to us"), "", 4,
                                  styles, hint.format(name=name)))
        return write_pdf(out_path, story, title=translate("Print", "Diaper-bag note"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles,
                         progress=progress, cancelled=cancelled)


MOODS = (QT_TRANSLATE_NOOP("Print", "happy"), QT_TRANSLATE_NOOP("Print", "calm"),
         QT_TRANSLATE_NOOP("Print", "playful"), QT_TRANSLATE_NOOP("Print", "sleepy"),
         QT_TRANSLATE_NOOP("Print", "fussy"), QT_TRANSLATE_NOOP("Print", "unwell"))


def _sleep(data, styles, width):
    headers = [translate("Print", "Fell asleep"), translate("Print", "Woke up")]
    table = blocks.fill_in_table(headers,
                                 [list(r) for r in data.sleep], max(0, 3 - len(data.sleep)),
                                 [width / 2, width / 2], styles)
    return [blocks.para(translate("Print", "Sleep"), styles.heading), table]


def _diapers(data, styles, width):
    headers = [translate("Print", "Time"), translate("Print", "Wet or dirty")]
    table = blocks.fill_in_table(headers,
                                 [list(r) for r in data.diapers],
                                 max(0, 3 - len(data.diapers)),
                                 [width * 0.35, width * 0.65], styles)
    return [blocks.para(translate("Print", "Diapers"), styles.heading), table]


def _feeds(data, styles, width):
    headers = [translate("Print", "Time"), translate("Print", "What"),
               translate("Print", "How much")]
    table = blocks.fill_in_table(headers,
                                 [list(r) for r in data.feeds], max(0, 3 - len(data.feeds)),
                                 [width * 0.2, width * 0.5, width * 0.3], styles)
    return blocks.keep(blocks.para(translate("Print", "Feeds"), styles.heading), table)


def _mood(data, styles):
    words = " ☐ ".join(translate("Print", word) for word in MOODS)
    parts = [blocks.para(translate("Print", "Mood"), styles.heading),
             blocks.para(data.mood or f"☐ {words}", styles.body)]
    return blocks.keep(*parts)


def _written(heading, text, lines, styles, hint=""):
    parts = [blocks.para(heading, styles.heading)]
    if hint:
        parts.append(blocks.para(hint, styles.small))
    if text:
        parts.append(blocks.para(text, styles.body))
        lines = 1
    parts.append(blocks.WritingLines(lines, styles.line_gap * 0.85))
    return blocks.keep(*parts)
