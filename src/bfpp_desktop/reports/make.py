"""Make one printout: gather its data, then build it. Used by the CLI and the print center."""
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.documents import BUILDERS
from bfpp_desktop.reports.gather import GATHERERS
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import Cancelled, Progress


class NotAvailableYet(Exception):
    """The document is listed but cannot be made yet."""


def is_available(doc_id: str) -> bool:
    return doc_id in BUILDERS and doc_id in GATHERERS


def make_document(db: Database, doc_id: str, child: Child, options: PrintOptions,
                  out_path: Path, *, household: Household | None = None,
                  today: date | None = None, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> Path:
    if not is_available(doc_id):
        raise NotAvailableYet(doc_id)
    data = GATHERERS[doc_id](db, child, household or Household(), options,
                             today or date.today())
    return BUILDERS[doc_id](data, options, Path(out_path), progress=progress,
                            cancelled=cancelled)
