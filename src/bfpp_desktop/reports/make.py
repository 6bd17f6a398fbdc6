"""Make one printout: gather its data, then build it. Used by the CLI and the print center."""
from datetime import date
from pathlib import Path

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.catalogue import is_available, load, printout
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.progress import Cancelled, Progress


class NotAvailableYet(Exception):
    """The document is listed but cannot be made yet."""


def make_document(db: Database, doc_id: str, child: Child, options: PrintOptions,
                  out_path: Path, *, household: Household | None = None,
                  today: date | None = None, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> Path:
    if not is_available(doc_id):
        raise NotAvailableYet(doc_id)
    spec = printout(doc_id)
    data = load(spec.gather)(db, child, household or Household(), options,
                             today or date.today())
    return load(spec.build)(data, options, Path(out_path), progress=progress,
                            cancelled=cancelled)
