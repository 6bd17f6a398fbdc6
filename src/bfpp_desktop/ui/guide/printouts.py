"""The guide's printouts: named as the print center names them, and each stage's own sheet."""
from bfpp_desktop.core.guide import Guide
from bfpp_desktop.reports.catalogue import printout


def printout_name(document_id: str) -> str:
    """The catalogue's title: the guide, the print center and the CLI use one name."""
    spec = printout(document_id)
    return spec.title if spec is not None else document_id


def stage_sheet(guide: Guide, number: int) -> str | None:
    """The sheet that fits stage *number*: the first of its printouts in the guide."""
    printouts = guide.stage(number).printouts
    return printouts[0] if printouts else None
