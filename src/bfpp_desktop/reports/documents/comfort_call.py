"""Comfort call notes: the questions for the first call, each with room for notes, what
to say, and what the parent may ask in return."""
from pathlib import Path

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.catalogue import ComfortCall
from bfpp_desktop.reports.guide_data import ComfortCallData
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import frame_width, write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate


def build(data: ComfortCallData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        width = frame_width(options)
        name = data.child.preferred_name
        title = translate("Print", "Comfort call notes")
        story = blocks.title_block(title, translate(
            "Print", "For the first phone call with {name}'s family. Keep it short and warm.")
            .format(name=name), styles)
        if data.not_ready:
            story.append(blocks.para(data.not_ready, styles.small))
            story.append(blocks.gap(styles, 0.5))
        chosen = options.sections
        if ComfortCall.CALL in chosen:
            headers = [translate("Print", "Date"), translate("Print", "Time"),
                       translate("Print", "Who was on the call")]
            table = blocks.fill_in_table(headers, [], 1, [width * 0.25, width * 0.2,
                                                          width * 0.55], styles)
            story += blocks.section(translate("Print", "About the call"), [table], styles)
        if ComfortCall.QUESTIONS in chosen:
            notes = [blocks.question_with_lines(q, 2, styles) for q in data.questions]
            if data.later:
                notes.append(blocks.para(data.later, styles.small))
            story += blocks.section(translate("Print", "Questions to ask"), notes, styles)
        if ComfortCall.SHARE in chosen:
            # A relative needs no introduction: what they say is about the child.
            heading = (translate("Print", "What we might say") if data.kinship
                       else translate("Print", "What we can share about us"))
            story += blocks.section(heading, _ticks(data.share_prompts, styles), styles)
        if ComfortCall.THEIR_QUESTIONS in chosen:
            story += blocks.section(translate("Print", "Questions the parent may ask"),
                                    _ticks(data.their_questions, styles), styles)
        if ComfortCall.NEXT in chosen:
            # The guide's questions already ask about calling again; these are the notes.
            when = translate("Print", "When we will talk next")
            follow_up = translate("Print", "What we said we would do or find out")
            story.append(blocks.keep(
                blocks.para(translate("Print", "Before we hang up"), styles.heading),
                blocks.question_with_lines(when, 1, styles),
                blocks.question_with_lines(follow_up, 2, styles)))
        return write_pdf(out_path, story, title=title, child_name=name,
                         printed_on=data.printed_on, options=options, styles=styles,
                         progress=progress, cancelled=cancelled)


def _ticks(lines: tuple[str, ...], styles) -> list:
    return [blocks.para(f"☐ {line}", styles.body) for line in lines]
