"""The routine sheet: the child's day, care and likes, for whoever cares for them next."""
from pathlib import Path

from bfpp_desktop.core.world import DayType
from bfpp_desktop.reports import blocks, world_blocks
from bfpp_desktop.reports.catalogue import RoutineSheet
from bfpp_desktop.reports.data import ItemOnPaper, WorldOnPaper
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import RunningHeader, frame_width, write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate

# Likes are printed in groups, in this order, under these headings.
LIKE_GROUPS = ("like", "dislike", "fear", "upset")
# A day's own versions first; what happens every day (often the evening) after them.
DAY_ORDER = (DayType.SCHOOL_DAYS, DayType.WEEKENDS, DayType.EVERY_DAY)


def build(data: WorldOnPaper, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        width = frame_width(options)
        name = data.child.preferred_name
        title = translate("Print", "{name}'s routines").format(name=name)
        intro = translate("Print", "How {name}'s days usually go and what helps, gathered "
                                   "from the people who know {name} best.").format(name=name)
        # Our phone and address only when the caregiver chose to include our details.
        from_us = " · ".join(data.household.lines_for_print(options.leave_out_our_details))
        if from_us:
            intro += " " + translate("Print", "From {who}.").format(who=from_us)
        story = blocks.title_block(title, intro, styles)
        chosen = options.sections
        parts = {
            RoutineSheet.ROUTINES: lambda: _routines(data.routines, styles, width),
            RoutineSheet.CARE: lambda: _items(data.care, styles),
            RoutineSheet.LIKES: lambda: _likes(data.likes, styles),
            RoutineSheet.HEALTH: lambda: _health(data.health, styles),
            RoutineSheet.SCHOOL: lambda: _items(data.school, styles),
            RoutineSheet.PEOPLE: lambda: ([world_blocks.people_table(data.people, styles,
                                                                     width)]
                                          if data.people else []),
        }
        bodies = {section: make() for section, make in parts.items() if section in chosen}
        # The "kept separately" line alone is not a sheet worth printing.
        if data.health or any(body for section, body in bodies.items()
                              if section is not RoutineSheet.HEALTH):
            for section, body in bodies.items():
                # Each section's heading is its check box's words.
                story += blocks.section(section.label, body, styles)
        else:
            story.append(blocks.para(translate(
                "Print", "Nothing to print yet: add {name}'s routines, likes and care on "
                         "the child's page first.").format(name=name), styles.body))
        return write_pdf(out_path, story, title=translate("Print", "Routine sheet"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled)


def _routines(routines: tuple[ItemOnPaper, ...], styles, width) -> list:
    """Routines in the caregiver's order; school-day and weekend versions apart."""
    groups = [(day, [r for r in routines if r.day_type == day.value]) for day in DAY_ORDER]
    groups = [(day, members) for day, members in groups if members]
    if len(groups) == 1 and groups[0][0] is DayType.EVERY_DAY:
        return [world_blocks.routine(r, styles, width) for r in routines]
    story = []
    for day, members in groups:
        first, *rest = [world_blocks.routine(r, styles, width) for r in members]
        story.append(blocks.keep(
            RunningHeader(f"{RoutineSheet.ROUTINES.label} · {day.label}",
                          RoutineSheet.ROUTINES.label),
            world_blocks.subheading(day.label, styles), first))
        story += rest
    return story


def _items(items: tuple[ItemOnPaper, ...], styles) -> list:
    return [world_blocks.item(i, styles) for i in items]


def _health(health: tuple[ItemOnPaper, ...], styles) -> list:
    """The health notes this reader may see, or one line saying where they are."""
    if health:
        return _items(health, styles)
    return [blocks.para(translate("Print", "Health needs are kept separately; please ask us."),
                        styles.body)]


def _likes(likes: tuple[ItemOnPaper, ...], styles) -> list:
    story = []
    kinds = list(LIKE_GROUPS) + sorted({i.kind for i in likes} - set(LIKE_GROUPS))
    for kind in kinds:
        members = [i for i in likes if i.kind == kind]
        if not members:
            continue
        first, *rest = [world_blocks.item(i, styles) for i in members]
        label = members[0].kind_label
        story.append(blocks.keep(
            RunningHeader(f"{RoutineSheet.LIKES.label} · {label}", RoutineSheet.LIKES.label),
            world_blocks.subheading(label, styles), first))
        story += rest
    return story
