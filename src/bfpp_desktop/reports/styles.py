"""The one set of printout styles, in normal and large print."""
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from bfpp_desktop.reports.fonts import register_fonts

INK = colors.HexColor("#222222")
SOFT = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
FILL = colors.HexColor("#eef1f4")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    question: ParagraphStyle
    table_head: ParagraphStyle
    table_cell: ParagraphStyle
    size: float            # body font size, for spacing decisions
    line_gap: float        # height of one handwriting line
    regular_font: str
    bold_font: str
    footer_size: float


def make_styles(large_print: bool = False) -> Styles:
    regular, bold = register_fonts()
    size = 15.0 if large_print else 10.5
    lead = size * 1.35
    body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=lead,
                          textColor=INK, spaceAfter=size * 0.4)
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=size * 1.3,
                             leading=size * 1.3 * 1.25, spaceBefore=size * 1.0,
                             spaceAfter=size * 0.4, keepWithNext=1)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=size * 0.85,
                             leading=size * 0.85 * 1.3, textColor=SOFT),
        title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=size * 1.9,
                             leading=size * 1.9 * 1.2, spaceAfter=size * 0.3, keepWithNext=1),
        subtitle=ParagraphStyle("subtitle", parent=body, textColor=SOFT,
                                spaceAfter=size * 0.8, keepWithNext=1),
        heading=heading,
        question=ParagraphStyle("question", parent=body, fontName=bold, spaceBefore=size * 0.6,
                                spaceAfter=size * 0.2, keepWithNext=1),
        table_head=ParagraphStyle("table_head", parent=body, fontName=bold, spaceAfter=0),
        table_cell=ParagraphStyle("table_cell", parent=body, spaceAfter=0),
        size=size,
        line_gap=size * (2.3 if large_print else 2.4),
        regular_font=regular,
        bold_font=bold,
        footer_size=max(8.0, size * 0.75),
    )
