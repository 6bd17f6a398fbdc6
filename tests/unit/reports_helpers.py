"""Shared helpers for the printout tests: make a document and read its text back."""
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper

LONG_NAME = "María-José Þórunn Nguyễn-Świątek 🌈"
HOUSEHOLD = Household(household_name="Sam and Jo", surname="Carterwright",
                      phone="555-0199", address="12 Elm Street\nSpringfield")


def child(name: str = "Maya", notes: str = "PRIVATE-CASE-NOTE") -> Child:
    return Child(full_name=f"{name} Rodríguez", preferred_name=name, notes=notes, id=1)


def make(tmp_path: Path, doc_id: str, *, kid: Child | None = None, db=None,
         household: Household = HOUSEHOLD, **changes) -> tuple[str, PdfReader]:
    options = printout(doc_id).default_options(Paper.A4).copy(**changes)
    out = make_document(db, doc_id, kid or child(), options, tmp_path / f"{doc_id}.pdf",
                        household=household, today=date(2026, 11, 24))
    reader = PdfReader(out)
    return "\n".join(page.extract_text() for page in reader.pages), reader


def flat(text: str) -> str:
    """Extracted text with line breaks folded into spaces (long lines wrap)."""
    return " ".join(text.split())
