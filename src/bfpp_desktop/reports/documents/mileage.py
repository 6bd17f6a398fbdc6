"""Mileage and expenses for reimbursement, for the caregiver and the caseworker: each
trip and expense in the dates, a total for each month, and the receipts."""
from pathlib import Path

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.documents.family_time_record import notice
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import frame_width, month_day_year, range_words, write_pdf
from bfpp_desktop.reports.photo_blocks import photo_with_caption
from bfpp_desktop.reports.records_data import MileageData
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate


def build(data: MileageData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        name = data.child.preferred_name
        width = frame_width(options)
        story = blocks.title_block(
            translate("Print", "{name}: mileage and expenses").format(name=name),
            range_words(data.date_from, data.date_to), styles)
        if not (data.trips or data.expenses):
            story.append(blocks.para(translate(
                "Print", "No trip or expense is recorded in these dates."), styles.body))
        if data.months:
            story += blocks.section(translate("Print", "Each month"), [_table(
                [translate("Print", "Month"), translate("Print", "Trips"),
                 translate("Print", "Distance"), translate("Print", "Expenses")],
                [[m.label, str(m.trips), m.distance, m.expenses] for m in data.months],
                [0.34, 0.14, 0.26, 0.26], width, styles)], styles)
        if data.trips:
            story += blocks.section(translate("Print", "Trips"), [_table(
                [translate("Print", "Date"), translate("Print", "From and to"),
                 translate("Print", "Why"), translate("Print", "Distance")],
                [[month_day_year(t.day), t.route, t.purpose, t.distance] for t in data.trips],
                [0.22, 0.42, 0.18, 0.18], width, styles)], styles)
        if data.expenses:
            receipt = translate("Print", "receipt attached")
            story += blocks.section(translate("Print", "Expenses"), [_table(
                [translate("Print", "Date"), translate("Print", "What for"),
                 translate("Print", "Amount")],
                [[month_day_year(e.day), e.description + (f" ({receipt})" if e.has_receipt
                                                          else ""), e.amount]
                 for e in data.expenses], [0.22, 0.58, 0.2], width, styles)], styles)
        if data.receipts:
            story += blocks.section(translate("Print", "Receipts"), [
                photo_with_caption(r, width * 0.6, width * 0.5, styles) for r in data.receipts],
                styles)
        story += blocks.section(translate("Print", "Signed"), [blocks.fill_in_table(
            [translate("Print", "Caregiver"), translate("Print", "Date")], [], 1,
            [width * 0.7, width * 0.3], styles)], styles)
        return write_pdf(out_path, story, title=translate("Print", "Mileage and expenses"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled,
                         notice=notice())


def _table(headers, rows, shares, width, styles):
    table = blocks.fill_in_table(headers, rows, 0, [width * s for s in shares], styles)
    table.hAlign = "LEFT"
    return table
