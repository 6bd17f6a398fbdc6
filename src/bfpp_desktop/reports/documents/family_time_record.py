"""The family time record, for the caregiver and the caseworker (never for the family):
each family time in a range of dates, whether it happened, and our own notes."""
from pathlib import Path

from bfpp_desktop.core.journal import Outcome
from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.journal_data import FamilyTimeRecordData, VisitOnPaper
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import frame_width, month_day_year, range_words, write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate

MISSED = (Outcome.CANCELLED.value, Outcome.NO_SHOW.value)


def notice() -> str:
    """The header on every page: who this record is for."""
    return translate("Print", "For the caregiver and caseworker — not for the family")


def build(data: FamilyTimeRecordData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        name = data.child.preferred_name
        story = blocks.title_block(
            translate("Print", "{name}: family time record").format(name=name),
            range_words(data.date_from, data.date_to), styles)
        if data.visits:
            story += blocks.section(translate("Print", "In these dates"),
                                    _counts(data.visits, styles, frame_width(options)), styles)
            story += blocks.section(translate("Print", "Each family time"),
                                    [_visit(v, styles) for v in data.visits], styles)
        else:
            story.append(blocks.para(translate(
                "Print", "No family time is recorded in these dates."), styles.body))
        return write_pdf(out_path, story, title=translate("Print", "Family time record"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled,
                         notice=notice())


def _counts(visits: tuple[VisitOnPaper, ...], styles, width) -> list:
    attended = sum(v.outcome == Outcome.HAPPENED.value for v in visits)
    missed = sum(v.outcome in MISSED for v in visits)
    counts = translate("Print", "Family time in these dates: {total}. Happened: {attended}. "
                                "Did not happen: {missed}.").format(
        attended=attended, missed=missed, total=len(visits))
    by_outcome = [[o.label, str(sum(v.outcome == o.value for v in visits))]
                  for o in Outcome if any(v.outcome == o.value for v in visits)]
    table = blocks.fill_in_table([translate("Print", "What happened"),
                                  translate("Print", "How many")], by_outcome, 0,
                                 [width * 0.6, width * 0.25], styles)
    table.hAlign = "LEFT"
    return [blocks.para(counts, styles.body), table, blocks.gap(styles, 0.5)]


def _visit(visit: VisitOnPaper, styles):
    """Date, time and what happened on one line; where, who cancelled, then our notes."""
    head = " · ".join(p for p in (month_day_year(visit.day), visit.time, visit.outcome_label)
                      if p)
    details = []
    if visit.place:
        details.append(translate("Print", "Where: {place}").format(place=visit.place))
    if visit.supervised is not None:
        details.append(translate("Print", "Supervised") if visit.supervised
                       else translate("Print", "Not supervised"))
    if visit.cancelled_by:
        details.append(translate("Print", "Cancelled or moved by: {who}").format(
            who=visit.cancelled_by))
    parts = [blocks.para(head, styles.table_head)]
    if details:
        parts.append(blocks.para(" · ".join(details), styles.small))
    if visit.notes:
        parts += blocks.paras(visit.notes, styles.body)
    parts.append(blocks.gap(styles, 0.3))
    return blocks.keep(*parts)
