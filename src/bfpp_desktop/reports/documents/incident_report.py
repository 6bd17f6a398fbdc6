"""Incident reports, for the caregiver and the caseworker (never for the family): each
incident in a range of dates with the fields agencies ask for."""
from pathlib import Path

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.documents.family_time_record import notice
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import frame_width, month_day_year, range_words, write_pdf
from bfpp_desktop.reports.records_data import IncidentOnPaper, IncidentReportData
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate


def build(data: IncidentReportData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        name = data.child.preferred_name
        story = blocks.title_block(
            translate("Print", "{name}: incident reports").format(name=name),
            range_words(data.date_from, data.date_to), styles)
        if not data.incidents:
            story.append(blocks.para(translate(
                "Print", "No incident is recorded in these dates."), styles.body))
        width = frame_width(options)
        for incident in data.incidents:
            story += _incident(incident, styles, width)
        story += blocks.section(translate("Print", "Signed"), [blocks.fill_in_table(
            [translate("Print", "Caregiver"), translate("Print", "Caseworker"),
             translate("Print", "Date")], [], 1, [width * 0.4, width * 0.4, width * 0.2],
            styles)], styles)
        return write_pdf(out_path, story, title=translate("Print", "Incident report"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled,
                         notice=notice())


def _incident(incident: IncidentOnPaper, styles, width) -> list:
    head = " · ".join(p for p in (month_day_year(incident.day), incident.time, incident.title)
                      if p)
    nothing = translate("Print", "Not written down")
    facts = [
        (translate("Print", "Where it happened"), incident.place),
        (translate("Print", "Who was present"), ", ".join(incident.present)),
        (translate("Print", "Injuries"), incident.injuries),
        (translate("Print", "Who was told"), incident.told_who),
        (translate("Print", "When they were told"), incident.told_when),
        (translate("Print", "Follow-up"), incident.follow_up),
    ]
    table = blocks.fill_in_table([translate("Print", "Asked"), translate("Print", "Answer")],
                                 [[label, value or nothing] for label, value in facts], 0,
                                 [width * 0.3, width * 0.7], styles)
    table.hAlign = "LEFT"
    parts = [blocks.para(head, styles.table_head),
             blocks.para(translate("Print", "What happened"), styles.small),
             *blocks.paras(incident.what_happened or nothing, styles.body),
             blocks.gap(styles, 0.3), table, blocks.gap(styles, 0.8)]
    return [blocks.keep(*parts)]
