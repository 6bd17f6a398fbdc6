"""Maya's and Leo's bridge books with their mom Rosa. Maya's first page came back
through Dana with typed-in answers, her second at the icebreaker as a photo of Rosa's
handwritten page, and the newest waits for family time. Leo's first page came back at
the icebreaker too; his second waits. Days come from demo.timeline; the journal entries
and photos the pages share come from demo.journal."""
from dataclasses import replace
from datetime import date

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.bridge_book import BridgePage, BridgeQuestion, PhotoChoice, SummaryChoice
from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.demo import timeline
from bfpp_desktop.demo.pictures import handwritten_page
from bfpp_desktop.storage.bridge_book import add_page, update_page
from bfpp_desktop.storage.photos import store_photo_bytes

_WHAT_TO_SHARE = "What would you most like to hear about between visits?"
_VISIT_IDEAS = ("What would you like to do together at family time? I can pack anything you "
                "need.")


def _summaries(entry: JournalEntry) -> list[SummaryChoice]:
    return [SummaryChoice(entry.id, entry.entry_date, entry.title, entry.share_summary)]


def _photos(entry: JournalEntry) -> list[PhotoChoice]:
    """The entry's shareable photos, as a page keeps them."""
    return [PhotoChoice(p.id, p.file_name, p.caption, p.taken_on, True)
            for p in entry.photos if p.shareable]


def _maya(db: Database, data_dir, today: date, maya, shared: dict) -> None:
    def day(days: int) -> date:
        return timeline.day(maya, days)

    first_night = shared["first night"]
    first = add_page(db, BridgePage(
        child_id=maya.id, prepared_on=first_night.entry_date, to_name="Rosa",
        sent_on=day(timeline.FIRST_PAGE_SENT),
        letter="Dear Rosa,\n\nMaya and Leo are with us, safe and together. We will keep this "
               "notebook going between us so you hear about their days, and they hear from "
               "you. Write as much or as little as you like.\n\nWith warm wishes,\nSam and Jo",
        summaries=_summaries(first_night),
        questions=[BridgeQuestion("What do Maya and Leo like to do on weekend mornings?",
                                  files_into="routine", topic="weekend mornings"),
                   BridgeQuestion(_WHAT_TO_SHARE, "s2-q-what-to-share", "", "contact")]))
    update_page(db, first.copy(
        reply_on=day(timeline.FIRST_PAGE_BACK),
        reply_text="Thank you for writing. Knowing they are together helps me sleep. "
                   "Tell them Mama loves them.",
        questions=[replace(first.questions[0], answer="Cartoons in pyjamas, then pancakes "
                                                      "with banana. Leo always wants the "
                                                      "first one."),
                   replace(first.questions[1], answer="How they sleep, and Maya's drawings.")]))

    second = add_page(db, BridgePage(
        child_id=maya.id, prepared_on=day(timeline.FIRST_PAGE_BACK), to_name="Rosa",
        sent_on=day(timeline.FIRST_PAGE_BACK),
        letter="Dear Rosa,\n\nConejita and the night light helped, just as you said. On the "
               "second night Maya sang Los Pollitos to Leo herself. See you at the library "
               "with Dana!",
        questions=[BridgeQuestion(_VISIT_IDEAS, "s2-q-visit-ideas", "", "family time")]))
    scan = store_photo_bytes(data_dir, maya.id, handwritten_page())
    update_page(db, second.copy(reply_on=day(timeline.ICEBREAKER), reply_photo=scan))

    drawing = shared["drawing"]
    add_page(db, BridgePage(
        child_id=maya.id, prepared_on=today, to_name="Rosa",
        letter="Dear Rosa,\n\nThank you for your page. Maya read it twice and keeps it under "
               "her pillow. Here is the drawing she made for you after the meeting. See you "
               "at family time!",
        summaries=_summaries(drawing), photos=_photos(drawing), photos_checked=True,
        questions=[BridgeQuestion("Which songs did Maya and Leo sing with you?",
                                  files_into="like", topic="music"),
                   BridgeQuestion("Is there anything you would like me to know that I have "
                                  "not asked about?", "s1-q-anything-else", "", "general")]))


def _leo(db: Database, today: date, leo, shared: dict) -> None:
    trucks = shared["trucks"]
    question = BridgeQuestion("What does Leo like to play with at your house?",
                              files_into="like", topic="toys")
    first = add_page(db, BridgePage(
        child_id=leo.id, prepared_on=trucks.entry_date, to_name="Rosa",
        sent_on=timeline.day(leo, timeline.FIRST_PAGE_BACK),
        letter="Dear Rosa,\n\nLeo laughed for the first time today, out in the garden with "
               "the trucks. Here is the row he made for you.\n\nSam and Jo",
        summaries=_summaries(trucks), photos=_photos(trucks), photos_checked=True,
        questions=[question]))
    update_page(db, first.copy(
        reply_on=timeline.day(leo, timeline.ICEBREAKER),
        reply_text="My truck boy! Thank you for the photo.",
        questions=[replace(question, answer="Bubbles, and his red fire truck. He makes the "
                                            "siren sound.")]))
    tower = shared["tower"]
    add_page(db, BridgePage(
        child_id=leo.id, prepared_on=today, to_name="Rosa",
        letter="Dear Rosa,\n\nWe found bubbles for Leo, just as you said. He built this tower "
               "after the meeting. See you at family time!",
        summaries=_summaries(tower), photos=_photos(tower), photos_checked=True,
        questions=[BridgeQuestion("Which songs does Leo like to sing with you?",
                                  files_into="like", topic="music")]))


def seed(db: Database, data_dir, today: date, family: dict) -> None:
    _maya(db, data_dir, today, family["maya"], family["shared"])
    _leo(db, today, family["leo"], family["shared"])
