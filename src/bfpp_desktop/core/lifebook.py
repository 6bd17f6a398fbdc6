"""The lifebook: the child's own story in this home, in pictures and words, made with
the child and given to them (and their family) when they move home or on.

Every page is written to be given. A page can wait for the birth family's say (about
them, or their photos): it is kept but not printed until the caregiver says they agreed."""
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum

from bfpp_desktop.core.i18n import translate

TITLE_LIMIT = 300
TEXT_LIMIT = 20_000


class PageKind(str, Enum):
    STORY = "story"
    MILESTONE = "milestone"
    FAVOURITES = "favourites"
    PEOPLE = "people"
    OWN_WORDS = "own_words"

    @property
    def label(self) -> str:
        return {PageKind.STORY: translate("Lifebook", "My story"),
                PageKind.MILESTONE: translate("Lifebook", "Something I learned"),
                PageKind.FAVOURITES: translate("Lifebook", "My favourite things"),
                PageKind.PEOPLE: translate("Lifebook", "People who love me"),
                PageKind.OWN_WORDS: translate("Lifebook", "In my own words")}[self]


@dataclass
class LifebookPhoto:
    file_name: str                 # in the child's photo folder
    caption: str = ""


@dataclass
class LifebookPage:
    child_id: int
    title: str
    kind: PageKind = PageKind.STORY
    text: str = ""
    page_date: date | None = None
    photos: list[LifebookPhoto] = field(default_factory=list)
    waiting_for_family: bool = False   # not printed until the family had their say
    position: int = 0
    id: int | None = None

    def copy(self, **changes) -> "LifebookPage":
        return replace(self, **changes)


def pages_to_print(pages: list[LifebookPage]) -> list[LifebookPage]:
    """The pages in book order, leaving out those still waiting for the family's say."""
    return sorted((p for p in pages if not p.waiting_for_family),
                  key=lambda p: (p.position, p.id or 0))


def validate_page(page: LifebookPage) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not page.title.strip() and not page.text.strip() and not page.photos:
        problems["title"] = translate("Lifebook", "Please give the page a title, a few words "
                                                  "or a photo.")
    if len(page.title) > TITLE_LIMIT:
        problems["title"] = translate("Lifebook", "Please keep the title under {n} characters."
                                      ).format(n=TITLE_LIMIT)
    if len(page.text) > TEXT_LIMIT:
        problems["text"] = translate("Lifebook", "Please keep this page under {n:,} "
                                                 "characters.").format(n=TEXT_LIMIT)
    return problems
