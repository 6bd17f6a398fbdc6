"""The diaper-bag note: a baby's or toddler's day, travelling between homes."""
from pathlib import Path

from reportlab.platypus import Table, TableStyle

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.data import DiaperBagData
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import frame_width, month_day_year, write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate


def _t(text: str) -> str:
    return translate("Print", text)


def build(data: DiaperBagData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        width = frame_width(options)
        name = data.child.preferred_name
        day = month_day_year(data.day) if data.day else "_" * 16
        chosen = options.sections
        subtitle = [_t("Date: {date}").format(date=day)]
        sender = data.household.lines_for_print(options.leave_out_our_details)
        if "from" in chosen and sender:
            subtitle.append(_t("From: {who}").format(who=", ".join(sender)))
        story = blocks.title_block(_t("{name}'s day").format(name=name),
                                   "  ·  ".join(subtitle), styles)
        # Sleep and diapers are short tables: side by side they keep the note to one page.
        pair = [part for part in (
            _sleep(data, styles, width / 2 - 6) if "sleep" in chosen else None,
            _diapers(data, styles, width / 2 - 6) if "diapers" in chosen else None) if part]
        if len(pair) == 2:
            row = Table([pair], colWidths=[width / 2, width / 2])
            row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(row)
        else:
            story += pair
        if "feeds" in chosen:
            story.append(_feeds(data, styles, width))
        if "mood" in chosen:
            story.append(_mood(data, styles))
        for section_id, heading, text, height in (
                ("new", _t("Something new today"), data.something_new, 2),
                ("note", _t("A note for you"), data.note, 3)):
            if section_id in chosen:
                story.append(_written(heading, text, height, styles))
        if "write_back" in chosen:
            story.append(_written(_t("Your turn: write back to us"), "", 4, styles,
                                  _t("How was {name} with you? Anything we should know?")
                                  .format(name=name)))
        return write_pdf(out_path, story, title=_t("Diaper-bag note"), child_name=name,
                         printed_on=data.printed_on, options=options, styles=styles,
                         progress=progress, cancelled=cancelled)


def _sleep(data, styles, width):
    table = blocks.fill_in_table([_t("Fell asleep"), _t("Woke up")],
                                 [list(r) for r in data.sleep], max(0, 3 - len(data.sleep)),
                                 [width / 2, width / 2], styles)
    return [blocks.para(_t("Sleep"), styles.heading), table]


def _diapers(data, styles, width):
    table = blocks.fill_in_table([_t("Time"), _t("Wet or dirty")],
                                 [list(r) for r in data.diapers],
                                 max(0, 3 - len(data.diapers)),
                                 [width * 0.35, width * 0.65], styles)
    return [blocks.para(_t("Diapers"), styles.heading), table]


def _feeds(data, styles, width):
    table = blocks.fill_in_table([_t("Time"), _t("What"), _t("How much")],
                                 [list(r) for r in data.feeds], max(0, 3 - len(data.feeds)),
                                 [width * 0.2, width * 0.5, width * 0.3], styles)
    return blocks.keep(blocks.para(_t("Feeds"), styles.heading), table)


def _mood(data, styles):
    words = " ☐ ".join((_t("happy"), _t("calm"), _t("playful"), _t("sleepy"), _t("fussy"),
                        _t("unwell")))
    parts = [blocks.para(_t("Mood"), styles.heading),
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
