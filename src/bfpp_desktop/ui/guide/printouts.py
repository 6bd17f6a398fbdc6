"""The names of the print center's documents, as the guide mentions them."""
from bfpp_desktop.reports.catalogue import printout


def printout_name(document_id: str) -> str:
    spec = printout(document_id)
    return spec.guide_name if spec is not None else document_id
