"""Icebreaker preparation: the questions chosen for the first meeting, with room for the
answers, and what the caregiver plans to share about their home.

Only what was chosen is printed (the ticked questions, the share prompts with notes),
so a first meeting's five or six questions fit on two pages.
"""
from pathlib import Path

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.catalogue import IcebreakerPrep
from bfpp_desktop.reports.guide_data import IcebreakerPrepData
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import RunningHeader, write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate
from bfpp_desktop.reports.world_blocks import subheading


def build(data: IcebreakerPrepData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        name = data.child.preferred_name
        title = translate("Print", "Getting ready for the first meeting")
        story = blocks.title_block(title, translate(
            "Print", "The questions we chose to ask {name}'s family, with room for their "
                     "answers, and what we would like to tell them about us.").format(
                         name=name), styles)
        chosen = options.sections
        if IcebreakerPrep.ASK in chosen:
            story += blocks.section(translate("Print", "Questions to ask"),
                                    _questions(data, styles), styles)
        if IcebreakerPrep.SHARE in chosen:
            story += blocks.section(translate("Print", "What we can share about us"),
                                    _share(data, styles), styles)
        if IcebreakerPrep.NOTES in chosen:
            story.append(blocks.question_with_lines(translate("Print", "Notes"), 6, styles))
        return write_pdf(out_path, story, title=translate("Print", "Icebreaker preparation"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled)


def _questions(data: IcebreakerPrepData, styles) -> list:
    """Grouped by topic, in the order the questions come; each with writing lines."""
    story, topic = [], None
    for question in data.questions:
        space = blocks.question_with_lines(question.text, 2, styles)
        if question.topic and question.topic != topic:
            topic = question.topic
            label = topic[:1].upper() + topic[1:]
            story.append(blocks.keep(
                RunningHeader(f"{translate('Print', 'Questions to ask')} · {label}",
                              translate("Print", "Questions to ask")),
                subheading(label, styles), space))
        else:
            story.append(space)
    return story


def _share(data: IcebreakerPrepData, styles) -> list:
    """The prompts the caregiver wrote notes for; a few lines to write on when there are none."""
    story = []
    for prompt in data.share_prompts:
        note = data.share_notes.get(prompt, "").strip()
        if note:
            story.append(blocks.keep(blocks.para(prompt, styles.question),
                                     blocks.para(note, styles.body)))
    if not story:
        story.append(blocks.question_with_lines(
            translate("Print", "What we would like to tell them"), 3, styles))
    if data.not_to_share:
        # A stranger keeps private details back; a relative keeps the talk on the child.
        heading = (translate("Print", "Keep the talk about the child") if data.kinship
                   else translate("Print", "Keep to yourself for now"))
        story.append(blocks.keep(blocks.para(heading, styles.question),
                                 blocks.para(data.not_to_share, styles.small)))
    return story
