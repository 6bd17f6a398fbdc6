"""Family time and journal summary for a range of dates: only what was written to share,
unless the caregiver chose (and confirmed) to include private notes."""
from pathlib import Path

from bfpp_desktop.core.journal import Outcome
from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.data import EntryOnPaper, JournalSummaryData
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import (MONTHS, RunningHeader, frame_width, month_day_year,
                                       range_words, write_pdf)
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate
from bfpp_desktop.reports.world_blocks import subheading

MISSED = (Outcome.CANCELLED.value, Outcome.NO_SHOW.value)


def build(data: JournalSummaryData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        width = frame_width(options)
        name = data.child.preferred_name
        story = blocks.title_block(
            translate("Print", "{name}: family time and journal").format(name=name),
            range_words(data.date_from, data.date_to), styles)
        chosen = options.sections
        before = len(story)
        if "family_time" in chosen:
            story += blocks.section(translate("Print", "Family time"),
                                    _family_time(data, styles, width), styles)
        if "milestones" in chosen:
            story += blocks.section(translate("Print", "Milestones"),
                                    [_entry(e, styles) for e in data.milestones], styles)
        if "journal" in chosen:
            story += blocks.section(translate("Print", "From the journal"),
                                    _by_month(data.entries, styles), styles)
        if len(story) == before:
            story.append(blocks.para(translate(
                "Print", "Nothing was written to share in these dates."), styles.body))
        return write_pdf(out_path, story, title=translate("Print", "Journal summary"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled)


def _family_time(data: JournalSummaryData, styles, width) -> list:
    if not data.visits:
        return []
    attended = sum(v.outcome == Outcome.HAPPENED.value for v in data.visits)
    missed = sum(v.outcome in MISSED for v in data.visits)
    counts = translate("Print", "Family time in these dates: {total}. Happened: {attended}. "
                                "Did not happen: {missed}.").format(
        attended=attended, missed=missed, total=len(data.visits))
    by_outcome = [[o.label, str(sum(v.outcome == o.value for v in data.visits))]
                  for o in Outcome if any(v.outcome == o.value for v in data.visits)]
    summary = blocks.fill_in_table([translate("Print", "What happened"),
                                    translate("Print", "How many")], by_outcome, 0,
                                   [width * 0.6, width * 0.25], styles)
    summary.hAlign = "LEFT"
    rows = [[month_day_year(v.day), v.time, v.outcome_label] for v in data.visits]
    listing = blocks.fill_in_table([translate("Print", "Date"), translate("Print", "Time"),
                                    translate("Print", "What happened")], rows, 0,
                                   [width * 0.35, width * 0.2, width * 0.45], styles)
    return [blocks.para(counts, styles.body), summary, blocks.gap(styles, 0.8), listing]


def _entry(entry: EntryOnPaper, styles):
    """Date, kind and title on one line, the shared words, then private notes if chosen."""
    head = " · ".join(p for p in (month_day_year(entry.day), entry.kind_label,
                                  entry.title.strip()) if p)
    parts = [blocks.para(head, styles.table_head)]
    if entry.shared:
        parts.append(blocks.para(entry.shared, styles.body))
    if entry.private_notes:
        parts.append(blocks.para(translate("Print", "Private notes:"), styles.small))
        parts.append(blocks.para(entry.private_notes, styles.small))
    parts.append(blocks.gap(styles, 0.3))
    return blocks.keep(*parts)


def _by_month(entries: tuple[EntryOnPaper, ...], styles) -> list:
    story, month = [], None
    for entry in entries:
        flowable = _entry(entry, styles)
        if (entry.day.year, entry.day.month) != month:
            month = (entry.day.year, entry.day.month)
            label = f"{translate('Print', MONTHS[entry.day.month - 1])} {entry.day.year}"
            flowable = blocks.keep(
                RunningHeader(f"{translate('Print', 'From the journal')} · {label}",
                              translate("Print", "From the journal")),
                subheading(label, styles), flowable)
        story.append(flowable)
    return story
