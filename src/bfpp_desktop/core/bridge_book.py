"""The bridge book: a notebook that travels with the child to family time.

Each page is what we sent (a letter, "to share" summaries, photos, questions)
and, once the notebook comes back, what the parent wrote. Pages keep a snapshot
of the texts they printed, so editing the journal later never changes a page
the parent already holds.
"""
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum

from bfpp_desktop.core.filing import Answer
from bfpp_desktop.core.i18n import translate

LETTER_LIMIT = 20_000
REPLY_LIMIT = 50_000
QUESTION_LIMIT = 500
SUGGESTED_QUESTIONS = 3          # "two or three"; more is allowed, only suggested against
# Questions written by hand have no place in the guide; the filing dialog starts them
# as a like, and the caregiver changes or unticks each item there.
HANDWRITTEN_FILES_INTO = "like"


class PageState(str, Enum):
    WAITING = "waiting"
    REPLIED = "replied"

    @property
    def label(self) -> str:
        return {PageState.WAITING: translate("Bridge", "Waiting for the notebook to come back"),
                PageState.REPLIED: translate("Bridge", "Written back")}[self]


@dataclass(frozen=True)
class SummaryChoice:
    """A journal entry's text as it went on the page.

    private is True only on pages saved by earlier versions, which offered a milestone's
    title when it had no "to share" summary; such an item is never printed.
    """
    entry_id: int | None
    entry_date: date
    title: str
    text: str
    private: bool = False


@dataclass(frozen=True)
class PhotoChoice:
    """A journal photo; the file name and caption are kept as they were when chosen."""
    photo_id: int | None
    file_name: str
    caption: str = ""
    taken_on: date | None = None
    shareable: bool = False


@dataclass(frozen=True)
class BridgeQuestion:
    text: str
    guide_id: str = ""           # the guide's conversation starter, when it came from there
    files_into: str = ""         # where an answer goes ("like", "routine", …; "" talk only)
    topic: str = ""
    answer: str = ""             # what the parent wrote, typed in by the caregiver


@dataclass
class BridgePage:
    child_id: int
    prepared_on: date
    number: int = 0              # 1, 2, 3… in this child's book; given when saved
    to_name: str = ""            # who the page is for, usually a birth parent ("Rosa")
    letter: str = ""
    summaries: list[SummaryChoice] = field(default_factory=list)
    photos: list[PhotoChoice] = field(default_factory=list)
    questions: list[BridgeQuestion] = field(default_factory=list)
    photos_checked: bool = False  # "no other children, nothing that shows where we live"
    sent_on: date | None = None
    reply_text: str = ""
    reply_photo: str = ""        # a photo or scan of the handwritten reply, in photos/<child>/
    reply_on: date | None = None
    id: int | None = None

    @property
    def state(self) -> PageState:
        replied = self.reply_text.strip() or self.reply_photo or \
            any(q.answer.strip() for q in self.questions)
        return PageState.REPLIED if replied else PageState.WAITING

    def copy(self, **changes) -> "BridgePage":
        return replace(self, **changes)


@dataclass(frozen=True)
class Gathered:
    """What happened since the last page, offered when preparing the next one."""
    since: date | None           # the previous page's date (entries strictly after it)
    until: date
    summaries: list[SummaryChoice]
    photos: list[PhotoChoice]


def validate_page(page: BridgePage) -> dict[str, str]:
    """{field: plain message}; empty when the page can be saved."""
    problems: dict[str, str] = {}
    if len(page.letter) > LETTER_LIMIT:
        problems["letter"] = translate("Bridge", "Please keep the letter under {n:,} "
                                                 "characters.").format(n=LETTER_LIMIT)
    if not (page.letter.strip() or page.summaries or page.photos or page.questions):
        problems["letter"] = translate("Bridge", "Please write a few words, or choose "
                                                 "something to share.")
    if page.photos and not page.photos_checked:
        problems["photos"] = translate(
            "Bridge", "Please look at the photos once more and tick that they show no "
                      "other children and nothing that shows where you live.")
    if any(len(q.text) > QUESTION_LIMIT for q in page.questions):
        problems["questions"] = translate("Bridge", "Please keep each question under {n} "
                                                    "characters.").format(n=QUESTION_LIMIT)
    if len(page.reply_text) > REPLY_LIMIT:
        problems["reply"] = translate("Bridge", "Please keep the reply under {n:,} "
                                                "characters.").format(n=REPLY_LIMIT)
    if page.reply_on and page.reply_on < page.prepared_on:
        problems["reply_on"] = translate("Bridge", "The reply date is before the page "
                                                   "was prepared.")
    return problems


def answers_to_file(page: BridgePage) -> list[Answer]:
    """The parent's answers, ready for the filing dialog (the caregiver confirms each)."""
    answers = []
    for number, question in enumerate(page.questions, start=1):
        if not question.answer.strip():
            continue
        files_into = question.files_into or ("" if question.guide_id
                                             else HANDWRITTEN_FILES_INTO)
        answers.append(Answer(question_id=question.guide_id or f"bridge-{number}",
                              question=question.text, answer=question.answer,
                              files_into=files_into, topic=question.topic))
    return answers


def source_note() -> str:
    """How filed items name where they came from: 'from Rosa · bridge book, 3 Mar'."""
    return translate("Bridge", "bridge book")
