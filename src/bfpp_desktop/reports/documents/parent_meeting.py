"""Before we meet: the birth parent's side of the first meeting, for the caseworker to
hand over beforehand. What they may want to ask the caregivers and to tell them about
their child, from the guide's lists, with room to write."""
from pathlib import Path

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.catalogue import ParentMeetingSheet
from bfpp_desktop.reports.guide_data import ParentMeetingData
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate


def build(data: ParentMeetingData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        name = data.child.preferred_name
        title = translate("Print", "Before we meet")
        story = blocks.title_block(title, translate(
            "Print", "We are looking after {name} for now, and we would like to meet you "
                     "soon. You know {name} best. Here are some things parents often want "
                     "to ask, or to tell the people caring for their child. Tick what "
                     "matters to you, write a few words, or leave it blank: it is up to "
                     "you. Bring this sheet along if it helps.").format(name=name), styles)
        chosen = options.sections
        if ParentMeetingSheet.ASK in chosen:
            asks = [blocks.para(f"☐ {question}", styles.body) for question in data.questions]
            asks.append(blocks.gap(styles, 0.4))
            asks.append(blocks.question_with_lines(
                translate("Print", "Your own questions"), 2, styles))
            story += blocks.section(translate("Print", "Questions you may have for us"),
                                    asks, styles)
        if ParentMeetingSheet.SHARE in chosen:
            shares = [blocks.question_with_lines(topic, 2, styles) for topic in data.share]
            story += blocks.section(
                translate("Print", "What you may want to tell us about {name}").format(
                    name=name), shares, styles)
        if ParentMeetingSheet.NOTES in chosen:
            story.append(blocks.question_with_lines(
                translate("Print", "Room for your own notes"), 3, styles))
        return write_pdf(out_path, story, title=title, child_name=name,
                         printed_on=data.printed_on, options=options, styles=styles,
                         progress=progress, cancelled=cancelled)
