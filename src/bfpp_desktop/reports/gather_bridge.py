"""Gather the bridge-book page and the photo sheet from storage.

Only what the caregiver put on the page is printed: its snapshot of "to share"
summaries (dates and words, never titles), the photos chosen (and only once the
"I checked these photos" tick is set), the questions. The photo sheet takes photos marked shareable, unless the caregiver
explicitly chose to include private ones.
"""
from datetime import date
from functools import partial

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.bridge_book import PhotoChoice, SummaryChoice
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.bridge_data import (BridgePageData, PhotoOnPaper, PhotoSheetData,
                                              SummaryOnPaper)
from bfpp_desktop.reports.data import child_on_paper
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.texts import translate
from bfpp_desktop.storage.bridge_book import (birth_parent_names, data_dir_of, page_by_number,
                                              photos_between)
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.storage.photos import photo_path, read_photo


def _on_paper(db: Database, child_id: int, photos: list[PhotoChoice]) -> tuple[PhotoOnPaper, ...]:
    folder = data_dir_of(db)
    result = []
    for photo in photos:
        path = photo_path(folder, child_id, photo.file_name)
        result.append(PhotoOnPaper(path=str(path) if path and path.is_file() else None,
                                   read=partial(read_photo, path) if path else None,
                                   caption=photo.caption, taken_on=photo.taken_on))
    return tuple(result)


def shared_summaries(choices: list[SummaryChoice]) -> tuple[SummaryOnPaper, ...]:
    """The "to share" words on the page; an entry without any (a milestone's title,
    ticked as private) stays off paper for the family."""
    return tuple(SummaryOnPaper(c.entry_date, c.text.strip()) for c in choices
                 if not c.private and c.text.strip())


def parent_first_name(db: Database, child_id: int) -> str:
    """A birth parent's first name ("Rosa"), one we may share with first; "" if none."""
    names = birth_parent_names(db, child_id)
    return names[0] if names else ""


def no_such_page(name: str, number: int) -> KnownError:
    return KnownError(
        translate("Print", "There is no such page"),
        translate("Print", "{name}'s bridge book has no page {n}.").format(name=name, n=number),
        translate("Print", "The Bridge book tab shows the pages there are."))


def gather_bridge_book(db: Database, child: Child, household: Household,
                       options: PrintOptions, today: date) -> BridgePageData:
    page = page_by_number(db, child.id, options.page_number)
    if page is None and options.page_number is not None:
        raise no_such_page(child.display_name, options.page_number)
    if page is None:
        # No page yet: a blank first page to fill in by hand.
        return BridgePageData(child=child_on_paper(child), household=household,
                              printed_on=today, number=1,
                              parent_name=parent_first_name(db, child.id))
    photos = page.photos if page.photos_checked else []
    return BridgePageData(
        child=child_on_paper(child), household=household, printed_on=today,
        number=page.number, prepared_on=page.prepared_on,
        parent_name=page.to_name or parent_first_name(db, child.id), letter=page.letter,
        summaries=shared_summaries(page.summaries),
        photos=_on_paper(db, child.id, photos),
        questions=tuple(q.text for q in page.questions if q.text.strip()))


def gather_photo_sheet(db: Database, child: Child, household: Household,
                       options: PrintOptions, today: date) -> PhotoSheetData:
    photos = photos_between(db, child.id, options.date_from, options.date_to,
                            include_private=options.include_private)
    return PhotoSheetData(child=child_on_paper(child), household=household, printed_on=today,
                          photos=_on_paper(db, child.id, photos),
                          date_from=options.date_from, date_to=options.date_to)

