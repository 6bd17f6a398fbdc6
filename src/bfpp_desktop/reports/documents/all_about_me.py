"""All about me: a short, friendly profile of the child in one or two pages."""
from pathlib import Path

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.catalogue import AllAboutMe
from bfpp_desktop.reports.data import ItemOnPaper, WorldOnPaper
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate
from bfpp_desktop.reports.world_blocks import subheading, who_they_are

COMFORT_KINDS = ("fear", "upset")


def build(data: WorldOnPaper, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        name = data.child.preferred_name
        chosen = options.sections
        subtitle = ""
        if AllAboutMe.ABOUT in chosen:
            subtitle = translate("Print", "I like to be called {name}.").format(name=name)
            if data.pronouns:
                subtitle += " " + translate("Print", "My pronouns are {pronouns}.").format(
                    pronouns=data.pronouns)
        story = blocks.title_block(translate("Print", "All about {name}").format(name=name),
                                   subtitle, styles)
        before = len(story)
        if AllAboutMe.LOVES in chosen:
            story += _loves(data, styles)
        if AllAboutMe.COMFORTS in chosen:
            story += blocks.section(translate("Print", "What comforts me"),
                                    _comforts(data, styles), styles)
        if AllAboutMe.CARE in chosen:
            story += blocks.section(translate("Print", "How to care for me"),
                                    _points(data.care, styles), styles)
        if AllAboutMe.SCHOOL in chosen:
            story += blocks.section(translate("Print", "School"),
                                    _points(data.school, styles), styles)
        if AllAboutMe.PEOPLE in chosen:
            people = [blocks.para(f"• {p.name} — {who_they_are(p)}", styles.body)
                      for p in data.people]
            story += blocks.section(translate("Print", "Important people"), people, styles)
        if len(story) == before:
            story.append(blocks.para(translate(
                "Print", "Nothing to print yet: add what {name} loves and what helps on the "
                         "child's page first.").format(name=name), styles.body))
        return write_pdf(out_path, story, title=translate("Print", "All about me"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled)


def _point(item: ItemOnPaper, styles, with_details: bool = True):
    """'• Title: first lines of the details' as one short paragraph."""
    text = item.title
    if with_details and item.details.strip():
        text += f": {item.details.strip()}"
    return blocks.para(f"• {text}", styles.body)


def _points(items: tuple[ItemOnPaper, ...], styles) -> list:
    return [_point(i, styles) for i in items]


def _loves(data: WorldOnPaper, styles) -> list:
    likes = [i for i in data.likes if i.kind == "like"]
    dislikes = [i for i in data.likes if i.kind == "dislike"]
    body = _points(tuple(likes), styles)
    if dislikes:
        body.append(blocks.keep(subheading(translate("Print", "Not my favourites"), styles),
                                _point(dislikes[0], styles)))
        body += _points(tuple(dislikes[1:]), styles)
    return blocks.section(translate("Print", "What I love"), body, styles)


def _comforts(data: WorldOnPaper, styles) -> list:
    body = [_point(i, styles) for i in data.likes if i.kind in COMFORT_KINDS]
    things: list[str] = []
    for item in (*data.routines, *data.likes, *data.care):
        things += [t for t in item.comfort_items if t not in things]
    if things:
        body.append(blocks.para(translate("Print", "My comfort things: {items}").format(
            items=", ".join(things)), styles.body))
    return body
