"""The records the agency asks Grandma Denise for, for Amara's last full month (the
"demo month") with her own words for the caseworker, and an incident in Maya's first
days.

Every date is in a month that is over, so a monthly record prints whole."""
from datetime import date, timedelta

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.lifebook import LifebookPage, LifebookPhoto, PageKind
from bfpp_desktop.core.journal import (EntryKind, IncidentDetails, JournalEntry, JournalFilter,
                                       Photo)
from bfpp_desktop.core.records import (Dose, DoseStatus, Expense, MonthNote, Purpose, Trip,
                                       is_medicine)
from bfpp_desktop.core.world import Section
from bfpp_desktop.demo import pictures, timeline
from bfpp_desktop.demo.png import png_bytes
from bfpp_desktop.storage import records
from bfpp_desktop.storage.journal import add_entry, list_entries
from bfpp_desktop.storage.photos import store_photo_bytes
from bfpp_desktop.storage.world import list_items

GRANDMA = "Grandma Denise"


def demo_month(today: date) -> tuple[date, date]:
    """The first and last day of the month before *today*'s."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def _incidents(db: Database, data_dir, today: date, amara, maya, people: dict) -> None:
    first, _ = demo_month(today)
    worker, mom = people["Tanya Brooks"], people["Jasmine Johnson"]
    bump = store_photo_bytes(data_dir, amara.id, png_bytes(80, 60, (236, 200, 190),
                                                           (200, 120, 120)))
    add_entry(db, JournalEntry(
        child_id=amara.id, entry_date=first + timedelta(days=11), entry_time="17:20",
        kind=EntryKind.INCIDENT, title="Bumped her head on the coffee table",
        notes="Amara was walking fast towards the door, tripped over the rug edge and hit "
              "her forehead on the corner of the coffee table. She cried for about two "
              "minutes, then let me hold a cold cloth on it.",
        participants=["Grandma Denise"],
        share_summary="Amara had a little bump on her forehead at home; she is fine.",
        follow_up="Put a soft guard on the table corners",
        photos=[Photo(bump, caption="The mark above her eyebrow", shareable=True)],
        incident=IncidentDetails(place="Living room at home",
                                 injuries="Small red mark above the left eyebrow, no swelling",
                                 told_who=f"{worker.name} (caseworker) and {mom.name}",
                                 told_when="By phone at 18:10 the same evening")))
    add_entry(db, JournalEntry(
        child_id=amara.id, entry_date=first + timedelta(days=22), entry_time="10:40",
        kind=EntryKind.INCIDENT, title="Bitten on the arm at play group",
        notes="Another toddler bit Amara's right forearm while they both held the same "
              "toy. A play group helper saw it and separated them.",
        participants=["Grandma Denise", "Play group helper"],
        follow_up="Ask the play group how they will watch the toy corner",
        incident=IncidentDetails(place="Community center play group",
                                 injuries="Bite mark on the right forearm, skin not broken",
                                 told_who=worker.name, told_when="Email at 13:00 that day")))
    add_entry(db, JournalEntry(
        child_id=maya.id, entry_date=timeline.day(maya, 2), entry_time="19:45",
        kind=EntryKind.INCIDENT, title="Ran into the garden at bedtime",
        notes="When I said it was time for her bath, Maya ran out of the back door and hid "
              "behind the shed. She came in after ten minutes when I sat on the step and "
              "waited.",
        participants=["Sam", "Jo"],
        incident=IncidentDetails(place="Back garden", injuries="None",
                                 told_who="Dana Whitfield (caseworker)",
                                 told_when="Phone message at 20:30")))


def _month_in_the_journal(db: Database, today: date, amara, people: dict) -> None:
    """What else the month held, for the caseworker's report: a check-up, play group's
    open morning and a new word."""
    first, _ = demo_month(today)
    doctor = people["Dr. Alan Reyes"]
    add_entry(db, JournalEntry(
        child_id=amara.id, entry_date=first + timedelta(days=13), entry_time="09:30",
        kind=EntryKind.APPOINTMENT, title="Vaccines at the clinic",
        notes="Two vaccines; she was brave and had a sticker. A little fever in the evening, "
              "so paracetamol twice.", participants=[doctor.name],
        participant_contacts={doctor.name: doctor.id}, tags=["health"]))
    add_entry(db, JournalEntry(
        child_id=amara.id, entry_date=first + timedelta(days=6), entry_time="10:00",
        kind=EntryKind.SCHOOL, title="Open morning at play group",
        notes="The play group showed the parents and carers their songs. Amara clapped "
              "along to two of them.", tags=["play group"]))
    add_entry(db, JournalEntry(
        child_id=amara.id, entry_date=first + timedelta(days=25), entry_time="18:00",
        kind=EntryKind.MILESTONE, title="Two words together",
        notes="At dinner she said “more nana” for more banana.",
        share_summary="She put two words together at dinner: “more nana”!",
        tags=["milestone"]))


def _medicines(db: Database, today: date, amara) -> None:
    """Her vitamin D every morning of the month (once refused, once missed), and two
    doses of fever medicine after her vaccines (not a standing medicine)."""
    first, last = demo_month(today)
    [vitamin] = [m for m in list_items(db, amara.id, Section.HEALTH) if is_medicine(m)]
    day = first
    while day <= last:
        dose = Dose(child_id=amara.id, medicine=vitamin.title, medicine_id=vitamin.id,
                    given_on=day, given_time="08:00", dose="1 drop", given_by=GRANDMA)
        if day.day == 9:
            dose = dose.copy(status=DoseStatus.REFUSED, given_time="08:10",
                             reason="Turned her head away from the milk; tried again at "
                                    "08:30, still no")
        elif day.day == 18:
            dose = dose.copy(status=DoseStatus.MISSED, given_time="",
                             reason="Overnight at Jasmine's; the drops stayed here")
        elif day.day == 19:
            dose = dose.copy(given_by="Jasmine Johnson", given_time="08:15")
        records.add(db, dose)
        day += timedelta(days=1)
    for at in ("18:00", "23:30"):
        records.add(db, Dose(child_id=amara.id, medicine="Children's paracetamol",
                             given_on=first + timedelta(days=14), given_time=at,
                             dose="2.5 ml", given_by=GRANDMA))


def _money(db: Database, data_dir, today: date, amara) -> None:
    """A trip to each family time and check-up of the month, and two expenses."""
    first, last = demo_month(today)
    for row in reversed(list_entries(db, amara.id, JournalFilter(
            kinds=(EntryKind.FAMILY_TIME, EntryKind.APPOINTMENT), start=first, end=last))):
        visit = row.kind is EntryKind.FAMILY_TIME
        records.add(db, Trip(
            child_id=amara.id, trip_date=row.entry_date, entry_id=row.id,
            route="Home to the family center and back" if visit
            else "Home to Riverside Children's Clinic and back",
            distance=14.2 if visit else 6.5,
            purpose=Purpose.FAMILY_TIME if visit else Purpose.APPOINTMENT))
    records.add(db, Trip(child_id=amara.id, trip_date=first + timedelta(days=20),
                         route="Home to the county office and back", distance=9.8,
                         purpose=Purpose.MEETING))
    receipt = store_photo_bytes(data_dir, amara.id, pictures.handwritten_page(300, 400))
    records.add(db, Expense(child_id=amara.id, spent_on=first + timedelta(days=3),
                            description="Rain boots, size 5", amount_cents=2499,
                            receipt_photo=receipt))
    records.add(db, Expense(child_id=amara.id, spent_on=first + timedelta(days=14),
                            description="Children's paracetamol", amount_cents=650))


def _own_words(db: Database, today: date, amara) -> None:
    """What Grandma Denise typed for the caseworker about the demo month."""
    first, _ = demo_month(today)
    records.add(db, MonthNote(amara.id, first, text=(
        "A settled month. Amara saw her mom every week and now runs to the door when she "
        "hears her. After the bump on her forehead we put soft guards on the table "
        "corners, and she has had no more falls.\n\n"
        "Her words are coming: “more nana” at dinner was her first two words together. "
        "Play group say she is starting to play beside the other children.\n\n"
        "What we need: a date for the next review meeting, and to know whether Jasmine "
        "can come to the next check-up at the clinic.")))


# The pages in the order Amara wants them read. They were not all made in that order:
# "People who love you" was made last, with her, and put near the front.
BOOK_ORDER = ("When you came to Grandma's", "People who love you", "Up on your own two feet",
              "Things you love", "Your own words", "A day at the park with Mom")


def _lifebook(db: Database, data_dir, today: date, amara) -> None:
    """Amara's lifebook, written for her to read when she is older, its pages in the order
    she chose (BOOK_ORDER). Its pictures are drawn at sizes of their own, so no two demo
    photos share their bytes."""
    def photo(picture: bytes, caption: str) -> LifebookPhoto:
        return LifebookPhoto(store_photo_bytes(data_dir, amara.id, picture), caption)

    pages = [
        LifebookPage(amara.id, "When you came to Grandma's", PageKind.STORY, page_date=(
            amara.placement_date),
            text="You came to live with Grandma Denise when you were six months old. You "
                 "had a soft yellow blanket and you liked to be sung to. Your Mom loved you "
                 "very much, and she came to see you every week.",
            photos=[photo(pictures.drawing_of_a_house(440, 330), "Grandma's house, where your "
                                                         "room is")]),
        LifebookPage(amara.id, "Up on your own two feet", PageKind.MILESTONE,
                     page_date=amara.birth_date + timedelta(days=365),
                     text="You sat up by yourself at eight months. Around your first "
                          "birthday you walked from the couch to Grandma's knees, three "
                          "wobbly steps, and everybody cheered.",
                     photos=[photo(pictures.tower_of_blocks(280, 340), "The block tower you loved "
                                                               "to knock down")]),
        LifebookPage(amara.id, "Things you love", PageKind.FAVOURITES,
                     text="Banana pancakes. Your red rain boots. Stacking cups and knocking "
                          "them over. The song about the little boat. Splashing in the bath.",
                     photos=[photo(pictures.pancakes_with_banana(380, 285), "Banana pancakes on a "
                                                                    "Sunday morning"),
                             photo(pictures.leaves_on_a_table(380, 285), "Leaves we collected on a "
                                                                 "walk")]),
        LifebookPage(amara.id, "People who love you", PageKind.PEOPLE,
                     text="Mom, who visits every week and reads you stories. Grandma Denise, "
                          "who you live with. Tanya, who helps your family. Your cousins, "
                          "who chase you round the garden."),
        LifebookPage(amara.id, "Your own words", PageKind.OWN_WORDS,
                     page_date=demo_month(today)[0] + timedelta(days=25),
                     text="“Mama!” “Ball!” And at dinner one night: “More nana!”",
                     photos=[photo(pictures.drawing_of_a_rainbow(380, 285), "A picture you made "
                                                                    "with crayons")]),
        LifebookPage(amara.id, "A day at the park with Mom", PageKind.STORY,
                     text="Mom will choose a photo for this page.", waiting_for_family=True),
    ]
    people = next(p for p in pages if p.kind is PageKind.PEOPLE)
    for page in [p for p in pages if p is not people] + [people]:    # the order they were made
        records.add(db, page.copy(position=BOOK_ORDER.index(page.title)))


def seed(db: Database, data_dir, today: date, family: dict) -> None:
    _incidents(db, data_dir, today, family["amara"], family["maya"], family["people"])
    _month_in_the_journal(db, today, family["amara"], family["people"])
    _medicines(db, today, family["amara"])
    _money(db, data_dir, today, family["amara"])
    _own_words(db, today, family["amara"])
    _lifebook(db, data_dir, today, family["amara"])
