"""Family time and journal summary for a range of dates: only what was written to share,
unless the caregiver chose (and confirmed) a private copy with titles and notes.

Whether family time happened is not on this sheet: that is the family time record's."""
from pathlib import Path

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.catalogue import JournalSummary
from bfpp_desktop.reports.journal_data import EntryOnPaper, JournalSummaryData
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.core.dates import MONTH_NAMES
from bfpp_desktop.reports.page import RunningHeader, month_day_year, range_words, write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate
from bfpp_desktop.reports.world_blocks import subheading


def build(data: JournalSummaryData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        name = data.child.preferred_name
        story = blocks.title_block(
            translate("Print", "{name}: family time and journal").format(name=name),
            range_words(data.date_from, data.date_to), styles)
        chosen = options.sections
        before = len(story)
        if JournalSummary.FAMILY_TIME in chosen:
            story += blocks.section(translate("Print", "Family time"),
                                    [_entry(e, styles) for e in data.family_time], styles)
        if JournalSummary.MILESTONES in chosen:
            story += blocks.section(translate("Print", "Milestones"),
                                    [_entry(e, styles) for e in data.milestones], styles)
        if JournalSummary.JOURNAL in chosen:
            story += blocks.section(translate("Print", "From the journal"),
                                    _by_month(data.entries, styles), styles)
        if len(story) == before:
            story.append(blocks.para(translate(
                "Print", "Nothing was written to share in these dates."), styles.body))
        return write_pdf(out_path, story, title=translate("Print", "Journal summary"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled)


def _entry(entry: EntryOnPaper, styles):
    """Date and kind (and, in a private copy, the title) on one line, the shared words,
    then private notes if chosen."""
    head = " · ".join(p for p in (month_day_year(entry.day), entry.kind_label,
                                  entry.title.strip()) if p)
    parts = [blocks.para(head, styles.table_head)]
    if entry.shared:
        parts += blocks.paras(entry.shared, styles.body)
    if entry.private_notes:
        parts.append(blocks.para(translate("Print", "Private notes:"), styles.small))
        parts += blocks.paras(entry.private_notes, styles.small)
    parts.append(blocks.gap(styles, 0.3))
    return blocks.keep(*parts)


def _by_month(entries: tuple[EntryOnPaper, ...], styles) -> list:
    story, month = [], None
    for entry in entries:
        flowable = _entry(entry, styles)
        if (entry.day.year, entry.day.month) != month:
            month = (entry.day.year, entry.day.month)
            label = translate("Print", "{month} {year}").format(
                month=translate("Dates", MONTH_NAMES[entry.day.month - 1]), year=entry.day.year)
            flowable = blocks.keep(
                RunningHeader(f"{translate('Print', 'From the journal')} · {label}",
                              translate("Print", "From the journal")),
                subheading(label, styles), flowable)
        story.append(flowable)
    return story
