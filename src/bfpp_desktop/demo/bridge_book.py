"""Maya's bridge book with her mom Rosa: three pages since the siblings arrived.
The first came back with a typed-in reply, the second with a photo of Rosa's
handwritten page, and the newest waits for the next family time."""
from datetime import date, timedelta

from sqlite_utils import Database

from bfpp_desktop.core.bridge_book import BridgePage, BridgeQuestion, PhotoChoice, SummaryChoice
from bfpp_desktop.core.journal import EntryKind, JournalEntry, Photo
from bfpp_desktop.demo.pictures import drawing_of_a_house, handwritten_page
from bfpp_desktop.demo.png import png_bytes
from bfpp_desktop.storage.bridge_book import add_page, update_page
from bfpp_desktop.storage.journal import add_entry
from bfpp_desktop.storage.photos import store_photo_bytes


def _choices(entry: JournalEntry) -> list[SummaryChoice]:
    return [SummaryChoice(entry.id, entry.entry_date, entry.title, entry.share_summary)]


def seed(db: Database, data_dir, today: date, family: dict) -> None:
    maya = family["maya"]
    placed = maya.placement_date
    drawing = store_photo_bytes(data_dir, maya.id, drawing_of_a_house())
    living_room = store_photo_bytes(data_dir, maya.id, png_bytes(360, 270, (236, 214, 180),
                                                                 (150, 120, 95)))
    first_night = add_entry(db, JournalEntry(
        child_id=maya.id, entry_date=placed, entry_time="19:00", kind=EntryKind.NOTE,
        title="Arriving", notes="Quiet dinner; Maya held Leo's hand all evening.",
        share_summary="Maya and Leo ate pasta and picked which bed each would sleep in. "
                      "Maya chose the one by the window so she can see the moon."))
    drawing_day = add_entry(db, JournalEntry(
        child_id=maya.id, entry_date=placed + timedelta(days=3), entry_time="16:30",
        kind=EntryKind.NOTE, title="Drawing afternoon",
        notes="Tired after school. Cheered up with crayons; Leo joined in.",
        share_summary="Maya drew a house with a big sun for you. Leo added the door.",
        photos=[Photo(drawing, caption="Maya's drawing for you", shareable=True,
                      taken_on=placed + timedelta(days=3)),
                Photo(living_room, caption="Drawing at our table (shows our home)")]))

    page_one = add_page(db, BridgePage(
        child_id=maya.id, prepared_on=placed, to_name="Rosa", sent_on=placed + timedelta(days=1),
        letter="Dear Rosa,\n\nMaya and Leo are with us, safe and together. We will keep this "
               "notebook going between us so you hear about their days, and they hear from "
               "you. Write as much or as little as you like.\n\nWith warm wishes,\nSam and Jo",
        summaries=_choices(first_night),
        questions=[BridgeQuestion("Is there anything that would help Maya and Leo settle at "
                                  "night?", "s1-q-help-tonight", "routine", "comfort"),
                   BridgeQuestion("What do they like for breakfast?", files_into="like",
                                  topic="food")]))
    update_page(db, page_one.copy(
        reply_on=placed + timedelta(days=1),
        reply_text="Thank you for writing. Maya needs her purple blanket and the hall light on. "
                   "Leo falls asleep if you sing Los Pollitos. Tell them Mama loves them.",
        questions=[
            BridgeQuestion(page_one.questions[0].text, "s1-q-help-tonight", "routine",
                           "comfort", answer="Purple blanket and the hall light on; "
                                             "Los Pollitos for Leo."),
            BridgeQuestion(page_one.questions[1].text, files_into="like", topic="food",
                           answer="Pancakes with banana, and warm milk with cinnamon.")]))

    page_two = add_page(db, BridgePage(
        child_id=maya.id, prepared_on=placed + timedelta(days=2), to_name="Rosa",
        sent_on=placed + timedelta(days=2),
        letter="Dear Rosa,\n\nThe purple blanket worked. Maya sang Los Pollitos to Leo herself "
               "on the second night. Maya would love to know what you are up to this week.",
        questions=[BridgeQuestion("What would you like to hear about between visits?",
                                  "s2-q-what-to-share", "", "contact")]))
    scan = store_photo_bytes(data_dir, maya.id, handwritten_page())
    update_page(db, page_two.copy(reply_on=placed + timedelta(days=3), reply_photo=scan))

    add_page(db, BridgePage(
        child_id=maya.id, prepared_on=today, to_name="Rosa",
        letter="Dear Rosa,\n\nThank you for your page. Maya read it twice and keeps it under "
               "her pillow. Here is the drawing she made for you. See you at family time!",
        summaries=_choices(drawing_day),
        photos=[PhotoChoice(drawing_day.photos[0].id, drawing, "Maya's drawing for you",
                            placed + timedelta(days=3), True)],
        photos_checked=True,
        questions=[BridgeQuestion("Which songs did Maya and Leo sing with you?",
                                  files_into="like", topic="music"),
                   BridgeQuestion("Is there anything you would like me to know that I have "
                                  "not asked about?", "s1-q-anything-else", "", "general")]))
