"""The monthly report for the caseworker, assembled from the records of one month; the
caregiver chooses its sections. For the caregiver and the caseworker only."""
from pathlib import Path

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.catalogue import MonthlyReport
from bfpp_desktop.reports.documents.family_time_record import notice
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import frame_width, month_day_year, month_words, write_pdf
from bfpp_desktop.reports.records_data import HappeningOnPaper, MonthlyReportData
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate


def build(data: MonthlyReportData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        name = data.child.preferred_name
        width = frame_width(options)
        story = blocks.title_block(
            translate("Print", "{name}: monthly report").format(name=name),
            month_words(data.year, data.month), styles)
        chosen = options.sections

        def listed(section, items, none_words, outcome=False):
            if section in chosen:
                body = [_table(items, width, styles, outcome)] if items else [
                    blocks.para(none_words, styles.body)]
                story.extend(blocks.section(section.label, body, styles))

        if MonthlyReport.CONTACT in chosen:
            counts = blocks.para(translate(
                "Print", "Family time and calls this month: {total}. Held: {held}. "
                         "Missed: {missed}.").format(total=len(data.contact), held=data.held,
                                                     missed=data.missed), styles.body)
            body = [counts] + ([_table(data.contact, width, styles, True)] if data.contact
                               else [])
            story += blocks.section(MonthlyReport.CONTACT.label, body, styles)
        listed(MonthlyReport.APPOINTMENTS, data.appointments,
               translate("Print", "No appointments this month."))
        listed(MonthlyReport.SCHOOL, data.school, translate("Print", "Nothing about school "
                                                                     "this month."))
        listed(MonthlyReport.MILESTONES, data.milestones,
               translate("Print", "No milestones written down this month."))
        if MonthlyReport.INCIDENTS in chosen:
            rows = [[month_day_year(i.day), i.title, i.injuries or "—", i.told_who or "—"]
                    for i in data.incidents]
            body = [_grid([translate("Print", "Date"), translate("Print", "What happened"),
                           translate("Print", "Injuries"), translate("Print", "Who was told")],
                          rows, [0.2, 0.34, 0.24, 0.22], width, styles),
                    blocks.para(translate("Print", "Each incident in full is on the incident "
                                                   "report."), styles.small)] if rows else [
                blocks.para(translate("Print", "No incidents this month."), styles.body)]
            story += blocks.section(MonthlyReport.INCIDENTS.label, body, styles)
        if MonthlyReport.MEDICINES in chosen:
            rows = [[m.medicine, str(m.given), str(m.missed), str(m.refused)]
                    for m in data.medicines]
            body = [_grid([translate("Print", "Medicine"), translate("Print", "Given"),
                           translate("Print", "Missed"), translate("Print", "Refused")],
                          rows, [0.46, 0.18, 0.18, 0.18], width, styles)] if rows else [
                blocks.para(translate("Print", "No medicine given this month."), styles.body)]
            story += blocks.section(MonthlyReport.MEDICINES.label, body, styles)
        if MonthlyReport.OWN_WORDS in chosen:
            # Lines to write on by hand only when nothing was typed for the month.
            story += blocks.section(MonthlyReport.OWN_WORDS.label, blocks.paras(
                data.own_words, styles.body) if data.own_words.strip() else [
                blocks.question_with_lines(translate(
                    "Print", "How the month went, what has changed for the child, and what "
                             "you need"), 8, styles)], styles)
        return write_pdf(out_path, story,
                         title=translate("Print", "Monthly report for the caseworker"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled,
                         notice=notice())


def _table(items: tuple[HappeningOnPaper, ...], width, styles, outcome: bool):
    headers = [translate("Print", "Date"), translate("Print", "What"),
               translate("Print", "Notes")]
    rows = [[month_day_year(i.day), " · ".join(p for p in (
        i.kind_label if outcome else "", i.title, i.outcome_label) if p), i.notes]
        for i in items]
    return _grid(headers, rows, [0.2, 0.35, 0.45], width, styles)


def _grid(headers, rows, shares, width, styles):
    table = blocks.fill_in_table(headers, rows, 0, [width * s for s in shares], styles)
    table.hAlign = "LEFT"
    return table
