"""Blocks for facts from the child's world: a routine with its steps, an item, people."""
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from bfpp_desktop.core.contacts import PrintableContact
from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.data import ItemOnPaper
from bfpp_desktop.reports.fonts import safe_text
from bfpp_desktop.reports.scripts import BidiParagraph
from bfpp_desktop.reports.styles import SOFT, Styles
from bfpp_desktop.reports.texts import translate


def time_column(styles: Styles) -> float:
    """Wide enough for '19:30–20:00' in bold at either print size."""
    return styles.size * 8.6


def _indented(style: ParagraphStyle, indent: float, name: str) -> ParagraphStyle:
    return ParagraphStyle(name, parent=style, leftIndent=indent, bulletIndent=indent * 0.55,
                          bulletFontName=style.fontName, bulletFontSize=style.fontSize)


def _steps(steps: tuple[str, ...], indent: float, styles: Styles) -> list[Flowable]:
    style = _indented(styles.body, indent + styles.size * 2.4, "step")
    style.bulletIndent = indent
    style.spaceAfter = styles.size * 0.15
    return [BidiParagraph(safe_text(step), style, bulletText=f"{number}.")
            for number, step in enumerate(steps, start=1)]


def _body(item: ItemOnPaper, indent: float, styles: Styles) -> list[Flowable]:
    """Details, steps, comfort items and where it came from, under the title."""
    body_style = _indented(styles.body, indent, "item_body")
    small = _indented(styles.small, indent, "item_small")
    parts: list[Flowable] = []
    if item.severity:
        parts.append(blocks.para(translate("Print", "How serious: {words}").format(
            words=item.severity), _indented(styles.table_head, indent, "severity")))
    if item.details.strip():
        parts += blocks.paras(item.details.strip(), body_style)
    parts += _steps(item.steps, indent, styles)
    if item.comfort_items:
        parts.append(blocks.para(translate("Print", "Comfort things: {items}").format(
            items=", ".join(item.comfort_items)), body_style))
    if item.provenance:
        parts.append(blocks.para(item.provenance, small))
    return parts


def routine(item: ItemOnPaper, styles: Styles, width: float) -> Flowable:
    """The time beside the title, steps underneath; never split from its title."""
    column = time_column(styles)
    head = Table([[blocks.para(item.time_text, styles.table_head),
                   blocks.para(item.title, styles.table_head)]],
                 colWidths=[column, width - column])
    head.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), styles.regular_font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.size * 0.25),
    ]))
    body = _body(item, column, styles)
    return blocks.keep(head, *body, blocks.gap(styles, 0.5))


def item(entry: ItemOnPaper, styles: Styles) -> Flowable:
    """A titled fact (a care practice, a like, an allergy) kept on one page."""
    title = entry.title
    if entry.time_text:
        title = f"{title} ({entry.time_text})"
    parts = [blocks.para(title, styles.table_head), *_body(entry, styles.size * 1.2, styles)]
    return blocks.keep(*parts, blocks.gap(styles, 0.5))


def subheading(text: str, styles: Styles) -> Paragraph:
    """A group's name within a section (a day type, a topic): softer than the heading."""
    style = ParagraphStyle("subheading", parent=styles.question, textColor=SOFT,
                           fontSize=styles.size * 1.1, leading=styles.size * 1.4,
                           spaceBefore=styles.size * 0.9)
    return blocks.para(text, style)


def people_table(people: tuple[PrintableContact, ...], styles: Styles, width: float):
    """Name, who they are and how to reach them; the header repeats on every page."""
    headers = [translate("Print", "Name"), translate("Print", "Who they are"),
               translate("Print", "How to reach them")]
    rows = [[person.name, who_they_are(person), how_to_reach(person)] for person in people]
    return blocks.fill_in_table(headers, rows, 0, [width * 0.28, width * 0.32, width * 0.40],
                                styles)


def who_they_are(person: PrintableContact) -> str:
    parts = [person.role]
    if person.relation and person.relation.casefold() != person.role.casefold():
        parts.append(person.relation)
    if person.placed_with:
        parts.append(translate("Print", "lives with {who}").format(who=person.placed_with))
    return " · ".join(p for p in parts if p)


def how_to_reach(person: PrintableContact) -> str:
    lines = [f"{phone.label}: {phone.number}" if phone.label.strip() else phone.number
             for phone in person.phones]
    lines += [person.email, person.address]
    if person.placed_with_phone:
        lines.append(translate("Print", "their home: {phone}").format(
            phone=person.placed_with_phone))
    if person.reach_by or person.reach_times:
        lines.append(" · ".join(p for p in (person.reach_by, person.reach_times) if p))
    if person.language:
        lines.append(translate("Print", "speaks {language}").format(language=person.language))
    return "\n".join(line for line in lines if line)
