"""The lock's recovery sheet: room to write the passphrase by hand, and where to keep it.

Not a child's document, so it is not in the print center: the lock's settings print it
before the lock is turned on. It never holds the passphrase itself; the caregiver
writes it on the paper.
"""
from datetime import date
from pathlib import Path

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import QT_TRANSLATE_NOOP, translate

KEEP = (
    QT_TRANSLATE_NOOP("Print", "Keep this sheet somewhere safe away from the computer: a "
                               "locked drawer, a safe, or with a person you trust."),
    QT_TRANSLATE_NOOP("Print", "Do not keep it in the computer's bag, taped to the screen, "
                               "or as a photo on the same computer."),
    QT_TRANSLATE_NOOP("Print", "If you change the passphrase, print a new sheet and destroy "
                               "this one."),
    QT_TRANSLATE_NOOP("Print", "Without the passphrase nobody can open your records: not "
                               "you, not the agency, not the people who made this app. "
                               "There is no reset."),
)


def build(data_folder: str, printed_on: date, options: PrintOptions, out_path: Path) -> Path:
    styles = make_styles(options.large_print)
    story = blocks.title_block(
        translate("Print", "Passphrase recovery sheet"),
        translate("Print", "Write your passphrase below by hand, exactly as you type it "
                           "(capital letters, spaces and signs count)."), styles)
    story.append(blocks.question_with_lines(translate("Print", "My passphrase"), 3, styles))
    story.append(blocks.question_with_lines(
        translate("Print", "Where the records are kept on this computer"), 1, styles,
        data_folder))
    story += blocks.section(translate("Print", "Where to keep this sheet"),
                            [blocks.para("• " + translate("Print", line), styles.body)
                             for line in KEEP], styles)
    return write_pdf(out_path, story, title=translate("Print", "Passphrase recovery sheet"),
                     child_name="", printed_on=printed_on, options=options, styles=styles)
