"""The transition plan and the after-reunification contact plan, from the guide's
planning tools: the caregiver's answers under the guide's headings, or, when nothing
is written yet, every prompt with room to fill it in together."""
from pathlib import Path

from bfpp_desktop.reports import blocks, world_blocks
from bfpp_desktop.reports.catalogue import ContactPlan, TransitionPlan
from bfpp_desktop.reports.guide_data import PlanData
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import frame_width, month_day_year, write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate


def build_transition(data: PlanData, options: PrintOptions, out_path: Path,
                     progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        name = data.child.preferred_name
        return _build(data, options, out_path, progress, cancelled, TransitionPlan,
                      title=translate("Print", "Transition plan"),
                      heading=translate("Print", "Going home: {name}'s plan").format(name=name),
                      intro=translate("Print", "So that {name}'s move home goes gently, step "
                                               "by step.").format(name=name))


def build_contact(data: PlanData, options: PrintOptions, out_path: Path,
                  progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        name = data.child.preferred_name
        return _build(data, options, out_path, progress, cancelled, ContactPlan,
                      title=translate("Print", "Contact plan"),
                      heading=translate("Print", "Staying in touch with {name}").format(
                          name=name),
                      intro=translate("Print", "How {name} and both families will keep in "
                                               "touch after {name} goes home.").format(
                          name=name))


def _build(data: PlanData, options: PrintOptions, out_path: Path, progress, cancelled,
           sections: type[TransitionPlan | ContactPlan], *,
           title: str, heading: str, intro: str) -> Path:
    styles = make_styles(options.large_print)
    width = frame_width(options)
    if data.is_blank:
        intro += " " + translate("Print", "Fill it in together; write as much or as little "
                                          "as you like.")
    story = blocks.title_block(heading, intro, styles)
    if sections.PLAN in options.sections:
        for part in data.parts:
            if data.is_blank:
                story.append(blocks.question_with_lines(part.heading, 4, styles, part.prompt))
            else:
                story.append(blocks.keep(blocks.para(part.heading, styles.heading),
                                         blocks.para(part.answer, styles.body)))
    if sections.PEOPLE in options.sections and data.people:
        story += blocks.section(sections.PEOPLE.label,
                                [world_blocks.people_table(data.people, styles, width)], styles)
    if not data.is_blank:
        story += _signed(data, options, styles)
    return write_pdf(out_path, story, title=title, child_name=data.child.preferred_name,
                     printed_on=data.printed_on, options=options, styles=styles,
                     progress=progress, cancelled=cancelled)


def _signed(data: PlanData, options: PrintOptions, styles) -> list:
    """Who made the plan (our name only when our details are left out) and the date."""
    us = data.household.name_for_print(options.leave_out_our_details)
    words = translate("Print", "Made together on {date}.").format(
        date=month_day_year(data.printed_on))
    if us:
        words = translate("Print", "Made together with {who} on {date}.").format(
            who=us, date=month_day_year(data.printed_on))
    return [blocks.gap(styles), blocks.para(words, styles.small)]
