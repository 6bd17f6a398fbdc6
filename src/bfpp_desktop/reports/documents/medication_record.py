"""The monthly medication record, for the caregiver and the caseworker: one row per
medicine, one column per day, each cell the initials of who gave it (M missed,
R refused). The month is split in two halves, so the days stay readable on a
portrait page."""
import calendar
from pathlib import Path

from reportlab.platypus import LongTable, TableStyle

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.documents.family_time_record import notice
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import frame_width, month_day_year, month_words, write_pdf
from bfpp_desktop.reports.records_data import MedicationRecordData
from bfpp_desktop.reports.styles import FILL, RULE, make_styles
from bfpp_desktop.reports.texts import printing_in, translate

HALF = 16       # days 1–16, then 17 to the end


def build(data: MedicationRecordData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        name = data.child.preferred_name
        story = blocks.title_block(
            translate("Print", "{name}: medication record").format(name=name),
            month_words(data.year, data.month), styles)
        width = frame_width(options)
        if not data.rows:
            story.append(blocks.para(translate(
                "Print", "No medicine is written down in the health section, and no dose "
                         "was recorded this month."), styles.body))
        else:
            days = calendar.monthrange(data.year, data.month)[1]
            for first, last in ((1, HALF), (HALF + 1, days)):
                story += [_grid(data, first, last, width, styles), blocks.gap(styles, 0.8)]
            story.append(blocks.para(_key(data), styles.small))
        if data.notes:
            story += blocks.section(translate("Print", "Doses not given"), [
                blocks.para(" · ".join(p for p in (
                    month_day_year(n.day), n.time, n.medicine, n.status_label, n.reason) if p),
                    styles.body) for n in data.notes], styles)
        story += blocks.section(translate("Print", "Signed"), [blocks.fill_in_table(
            [translate("Print", "Caregiver"), translate("Print", "Date")], [], 1,
            [width * 0.7, width * 0.3], styles)], styles)
        return write_pdf(out_path, story, title=translate("Print", "Medication record"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled,
                         notice=notice())


def _grid(data: MedicationRecordData, first: int, last: int, width: float, styles):
    head = styles.table_head.clone("grid_head", fontSize=styles.size * 0.75,
                                   leading=styles.size * 0.9)
    cell = styles.table_cell.clone("grid_cell", fontSize=styles.size * 0.7,
                                   leading=styles.size * 0.85)
    tiny = cell.clone("grid_details", fontSize=styles.size * 0.6, textColor=styles.small.textColor)
    day_width = (width * 0.74) / HALF
    rows = [[blocks.para(translate("Print", "Medicine"), head)] +
            [blocks.para(str(n), head) for n in range(first, last + 1)]]
    for row in data.rows:
        label = [blocks.para(row.medicine, cell)]
        if row.details:
            label.append(blocks.para(row.details, tiny))
        rows.append([label] +
                    [blocks.para(row.cells[n - 1], cell) for n in range(first, last + 1)])
    table = LongTable(rows, colWidths=[width - day_width * HALF] + [day_width] * (last - first
                                                                                  + 1),
                      repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), FILL),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (1, 0), (-1, -1), 1),
        ("RIGHTPADDING", (1, 0), (-1, -1), 1),
    ]))
    table.hAlign = "LEFT"
    return table


def _key(data: MedicationRecordData) -> str:
    who = ", ".join(f"{short} = {name}" for short, name in data.given_by)
    key = translate("Print", "Each cell: the initials of who gave the dose. M: missed. "
                             "R: refused (why is listed below).")
    return f"{key} {who}" if who else key
