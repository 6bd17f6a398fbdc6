"""Journal entries for the sample family: Amara's first year and more with Grandma Denise,
and Maya and Leo's first days. Private notes sit next to "to share" summaries, and the
people who took part are linked to the family's contacts."""
from datetime import date, timedelta

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.core.journal import (COMFORT_CALL_TAG, ICEBREAKER_TAG, EntryKind,
                                       FamilyTimeDetails, JournalEntry, Outcome, Photo)
from bfpp_desktop.demo import pictures, timeline
from bfpp_desktop.demo.png import png_bytes
from bfpp_desktop.storage.journal import add_entries, add_entry
from bfpp_desktop.storage.photos import store_photo_bytes


def _with(people: list[Contact | str]) -> dict:
    """participants and participant_contacts for a mix of contacts and plain names."""
    return dict(participants=[p if isinstance(p, str) else p.name for p in people],
                participant_contacts={p.name: p.id for p in people if isinstance(p, Contact)})


def _visit(child_id, day, people, outcome=Outcome.HAPPENED, **kw) -> JournalEntry:
    details = dict(outcome=outcome, start_time="10:00", end_time="12:00",
                   place="Family visit room, county office", supervised=True,
                   transport="Grandma Denise drove")
    details.update(kw.pop("visit", {}))
    return JournalEntry(child_id=child_id, entry_date=day, entry_time=details["start_time"],
                        kind=EntryKind.FAMILY_TIME, family_time=FamilyTimeDetails(**details),
                        **_with(people), **kw)


# A few different "to share" lines per kind of visit, so a summary reads like a real year.
_AT_MOMS = (
    "Amara ran straight to her bed with the blue blanket. She napped there so peacefully.",
    "She showed me the new shoes you bought her all evening.",
    "She said “Mama cook” at dinner and pointed at the pot. She loved your rice.",
    "She fell asleep in the car holding the drawing you made together.",
    "Bath time was easy tonight; she asked for your bubble song.",
)
_AT_PARK = (
    "Amara laughed so much on the swings with you.",
    "She keeps pointing at ducks since the park. Thank you for the bread idea.",
    "She walked the whole path holding your hand and told Grandma “more park”.",
    "She slept two hours after all that running. A very happy girl.",
)
_IN_THE_ROOM = (
    "Amara smiled every time you sang. She is eating well this week.",
    "She has a new tooth coming in; cold teething rings help most.",
    "She crawled to the door when she heard your voice in the hall.",
    "She clapped along to your song again at home tonight.",
    "She slept through the night after seeing you.",
)


def _pick(lines: tuple[str, ...], week: int) -> str:
    return lines[week % len(lines)]


def _amara_visits(amara, today: date, mom: Contact, worker: Contact,
                  unsupervised_from: date) -> list[JournalEntry]:
    """Weekly family time since she arrived: in the visit room at first, then longer
    visits at the park, then (once the court allows it) afternoons at Mom's new flat."""
    cid, placed = amara.id, amara.placement_date
    entries = []
    day = placed + timedelta(days=(3 - placed.weekday()) % 7 + 7)   # the second Thursday
    week = 0
    while day <= today:
        week += 1
        months_in = (day - placed).days // 30
        if week in (6, 31):
            entries.append(_visit(
                cid, day, [mom, worker], Outcome.CANCELLED, title="Family time cancelled",
                notes="Jasmine called at 8 to say the bus was not running. Amara napped "
                      "instead. Tanya will offer a make-up visit.",
                follow_up="Ask Tanya about the make-up visit",
                follow_up_date=day + timedelta(days=5), follow_up_done=True,
                visit={"cancelled_by": "Jasmine (no bus)", "start_time": "", "end_time": ""}))
        elif week == 19:
            entries.append(_visit(
                cid, day, [mom], Outcome.MOVED, title="Family time moved to Saturday",
                notes="Jasmine had a job interview. We met on Saturday instead.",
                visit={"cancelled_by": "Jasmine (job interview)"}))
        elif day > unsupervised_from:
            entries.append(_visit(
                cid, day, [mom], title="Afternoon at Mom's flat",
                notes="Four hours at Jasmine's new flat. She has a little bed ready for "
                      "Amara with the blue blanket on it.",
                share_summary=_pick(_AT_MOMS, week),
                mood_before=4, mood_after=4, went_well="Goodbye with a wave and a kiss",
                visit={"start_time": "12:00", "end_time": "16:00", "place": "Jasmine's flat",
                       "supervised": False, "transport": "Marcus drove both ways"},
                tags=["visit", "mom"]))
        elif months_in >= 6:
            entries.append(_visit(
                cid, day, [mom, worker], title="Family time at the park",
                notes="Three hours at Riverside Park, Tanya on a bench nearby. Swings, "
                      "snack, and a long walk with the stroller.",
                share_summary=_pick(_AT_PARK, week),
                mood_before=4, mood_after=4, went_well="Jasmine brought a snack she likes",
                visit={"end_time": "13:00", "place": "Riverside Park"},
                tags=["visit", "mom"]))
        elif week % 4 == 0:
            entries.append(_visit(
                cid, day, [mom, worker], title="Family time: longer visit",
                notes="Two and a half hours this time.\n\n- Jasmine brought the blue blanket\n"
                      "- Amara fell asleep on her shoulder\n\nGoodbye was harder today.",
                share_summary="Amara loved the blue blanket and slept so peacefully with you.",
                mood_before=4, mood_after=3,
                mood_after_words="fussy in the car, settled by dinner",
                went_well="Jasmine fed her the whole bottle",
                visit={"end_time": "12:30"}, tags=["visit", "mom"]))
        else:
            entries.append(_visit(
                cid, day, [mom, worker], title="Family time with Mom",
                notes="Visit went well. Jasmine sang to her and Amara laughed. "
                      "Private: Tanya mentioned the next review date.",
                share_summary=_pick(_IN_THE_ROOM, week),
                mood_before=4, mood_after=4, tags=["visit", "mom"]))
        day += timedelta(days=7)
    return entries


def _amara(db: Database, data_dir, today: date, amara, people: dict) -> None:
    cid, placed, born = amara.id, amara.placement_date, amara.birth_date
    mom, worker = people["Jasmine Johnson"], people["Tanya Brooks"]
    doctor, navigator = people["Dr. Alan Reyes"], people["Gloria Mendez"]
    planned = today + timedelta(days=(3 - today.weekday()) % 7 or 7)
    add_entry(db, _visit(cid, planned, [mom], Outcome.PLANNED, title="Afternoon at Mom's flat",
                         notes="Bring the new photos and her rain boots.",
                         visit={"start_time": "12:00", "end_time": "16:00",
                                "place": "Jasmine's flat", "supervised": False}))

    def note(days_after_placement: int, kind: EntryKind, title: str, notes: str,
             who: list = (), **kw) -> JournalEntry:
        return JournalEntry(child_id=cid, entry_date=placed + timedelta(days=days_after_placement),
                            entry_time=kw.pop("at", "14:00"), kind=kind, title=title,
                            notes=notes, **_with(list(who)), **kw)

    def age(months: int) -> int:
        """Days after placement when Amara was *months* old."""
        return (born + timedelta(days=round(months * 30.4)) - placed).days

    add_entries(db, _amara_visits(amara, today, mom, worker,
                                  unsupervised_from=placed + timedelta(days=age(16))))
    entries = [
        note(timeline.AMARA_COMFORT_CALL, EntryKind.PHONE_CALL, "Comfort call with Jasmine",
             "Ten minutes, only about Amara: her bottle times, the song she likes, the "
             "blanket. Jasmine asked us to keep her curls out of tight ties.",
             [mom], at="18:30", tags=[COMFORT_CALL_TAG],
             share_summary="Thank you for telling us about her song. She settled with it."),
        note(timeline.AMARA_ICEBREAKER, EntryKind.MEETING, "Icebreaker at the county office",
             "Tanya set it up. Jasmine brought a photo album; we agreed on texts after "
             "each doctor visit.", [mom, worker], at="10:00", tags=[ICEBREAKER_TAG]),
        note(9, EntryKind.MEETING, "First kinship support group",
             "Gloria introduced me to two other grandmothers raising grandchildren.",
             [navigator], at="18:00", tags=["support"]),
        note(age(8), EntryKind.MILESTONE, "Sitting up by herself!",
             "Amara sat on the rug for a whole minute while reaching for her rattle.",
             share_summary="Big news: Amara sat up all by herself this morning!",
             tags=["milestone"], at="08:15"),
        note(age(9), EntryKind.APPOINTMENT, "Nine-month check-up",
             "Weight and length on track. Vaccines done; a little fever in the evening.",
             [doctor], share_summary="The doctor says Amara is growing well.",
             tags=["health"]),
        note(age(10), EntryKind.HEARING, "Review hearing",
             "Judge kept the plan as reunification. Private worries about housing noted "
             "for Tanya.", ["Grandma Denise", worker], at="09:30"),
        note(age(11), EntryKind.VIDEO_CALL, "Video call with Mom",
             "Ten minutes. Amara grabbed at the screen.", [mom], at="19:00",
             share_summary="She reached for the phone when she heard your voice.",
             mood_after=5, tags=["mom"]),
        note(age(12), EntryKind.MILESTONE, "First steps",
             "Three wobbly steps from the couch to Grandma's knees, on her birthday week.",
             share_summary="Amara took her first steps this week!", tags=["milestone"],
             at="17:40"),
        note(age(12) + 3, EntryKind.APPOINTMENT, "One-year check-up",
             "Egg test booked for later. Doctor happy with her walking.", [doctor],
             follow_up="Ask about the egg allergy test", follow_up_done=True, tags=["health"]),
        note(age(13), EntryKind.MEETING, "Monthly visit from Tanya",
             "Tanya saw Amara's room and her new shoes. Talked about longer visits.",
             [worker], at="11:00"),
        note(age(14), EntryKind.MILESTONE, "First words: “Mama” and “ba” (ball)",
             share_summary="She said “Mama” looking at your photo on the fridge.",
             notes="She says it to the photo on the fridge.", tags=["milestone", "mom"]),
        note(age(15), EntryKind.APPOINTMENT, "Fifteen-month check-up", "All well.", [doctor],
             tags=["health"]),
        note(age(16), EntryKind.HEARING, "Review hearing",
             "Plan stays reunification; unsupervised visits approved. Jasmine cried with "
             "relief.", ["Grandma Denise", worker, mom], at="09:30"),
        note(age(17), EntryKind.NOTE, "Stacking cups and a big laugh",
             "She stacks five cups now and knocks them over on purpose.",
             share_summary="She stacked five cups and laughed when they fell.",
             tags=["play"]),
        note(age(18), EntryKind.APPOINTMENT, "Eighteen-month check-up",
             "Doctor wants the two-year vaccines planned early.", [doctor],
             follow_up="Book the next vaccines", follow_up_date=today + timedelta(days=5),
             tags=["health"]),
        note(age(19), EntryKind.MEETING, "Planning meeting for going home",
             "Tanya, Jasmine and I started the transition plan: overnights after the "
             "holidays if all goes well.", [worker, mom], at="10:00", tags=["transition"],
             follow_up="Write down her bedtime routine for Jasmine"),
    ]
    picture = store_photo_bytes(data_dir, cid, png_bytes(96, 72, (250, 214, 165),
                                                         (120, 170, 210)))
    entries[3].photos = [Photo(picture, caption="On the rug", taken_on=entries[3].entry_date)]
    add_entries(db, [e for e in entries if e.entry_date <= today])
    add_entry(db, JournalEntry(
        child_id=cid, entry_date=today - timedelta(days=3), entry_time="19:00",
        kind=EntryKind.VIDEO_CALL, title="Video call with Mom",
        notes="Fifteen minutes. Amara showed Mom her rain boots.",
        share_summary="She wanted you to see her new rain boots.",
        mood_after=5, tags=["mom"], **_with([mom])))


def _photo(data_dir, child, days: int, picture: bytes, caption: str,
           shareable: bool = True) -> Photo:
    return Photo(store_photo_bytes(data_dir, child.id, picture), caption=caption,
                 shareable=shareable, taken_on=timeline.day(child, days))


def _siblings(db: Database, data_dir, today: date, maya, leo, people: dict) -> dict:
    """Maya's and Leo's first days (the comfort call and icebreaker are recorded by their
    own seeders); returns the entries the bridge book shares, by name."""
    mom, worker = people["Rosa Ortiz"], people["Dana Whitfield"]

    def entry(child, days: int, at: str, title: str, **kw) -> JournalEntry:
        return JournalEntry(child_id=child.id, entry_date=timeline.day(child, days),
                            entry_time=at, kind=kw.pop("kind", EntryKind.NOTE), title=title,
                            **kw)

    shared = {
        "first night": add_entry(db, entry(
            maya, 0, "20:30", "First night",
            notes="Quiet dinner. Maya kept Leo's hand until he slept. She asked if Mom knows "
                  "where they are; we told her about the phone call.",
            share_summary="Maya and Leo ate pasta and picked which bed each would sleep in. "
                          "Maya chose the one by the window so she can see the moon.",
            mood_before=2, mood_before_words="quiet, watchful", mood_after=3,
            tags=["settling in"])),
        "trucks": add_entry(db, entry(
            leo, timeline.TRUCKS, "16:00", "Trucks in the garden",
            notes="Leo played with the trucks for an hour and laughed for the first time.",
            share_summary="Leo lined up all the trucks in the garden and laughed so much.",
            photos=[_photo(data_dir, leo, timeline.TRUCKS, pictures.trucks_in_a_row(),
                           "Leo's trucks, all in a row")])),
        "drawing": add_entry(db, entry(
            maya, timeline.ICEBREAKER, "16:30", "Drawing afternoon",
            notes="Tired after the meeting. Cheered up with crayons; Leo joined in.",
            share_summary="Maya drew a house with a big sun for you. Leo added the door.",
            photos=[_photo(data_dir, maya, timeline.ICEBREAKER, pictures.drawing_of_a_house(),
                           "Maya's drawing for you"),
                    _photo(data_dir, maya, timeline.ICEBREAKER,
                           png_bytes(360, 270, (236, 214, 180), (150, 120, 95)),
                           "Drawing at our table (shows our home)", shareable=False)])),
        "tower": add_entry(db, entry(
            leo, timeline.ICEBREAKER, "17:15", "A tall tower",
            notes="Leo built a tower of blocks while Maya drew, then knocked it down laughing.",
            share_summary="Leo built a tower taller than his trucks and knocked it down "
                          "with a big laugh.",
            photos=[_photo(data_dir, leo, timeline.ICEBREAKER, pictures.tower_of_blocks(),
                           "Leo's tower, just before it fell")])),
    }
    add_entries(db, [
        entry(maya, 1, "15:45", "Walk home through the park",
              notes="Maya collected leaves the whole way; Leo rode on my shoulders.",
              share_summary="Maya picked the reddest leaves she could find, to show you.",
              photos=[_photo(data_dir, maya, 1, pictures.leaves_on_a_table(),
                             "Maya's leaves from the park")]),
        entry(maya, 2, "18:00", "Maya's first call with Mom", kind=EntryKind.PHONE_CALL,
              notes="Maya talked about school and her drawing. Mom cried a little.",
              share_summary="Maya told you all about her new teacher, Ms. Bell.",
              follow_up="Make Maya a sticker calendar for family times",
              follow_up_date=today + timedelta(days=2), **_with([mom])),
        entry(maya, 2, "19:15", "A rainbow for Leo",
              notes="Leo missed Mom at bedtime. Maya drew him a rainbow and we taped it by "
                    "his bed.",
              share_summary="Maya drew Leo a rainbow to help him sleep. She is a kind big "
                            "sister.",
              photos=[_photo(data_dir, maya, 2, pictures.drawing_of_a_rainbow(),
                             "Maya's rainbow for Leo")]),
        entry(maya, timeline.ARRIVED_DAYS_AGO, "07:30", "Pancakes for breakfast",
              notes="Pancakes with banana, the way Rosa told us.",
              share_summary="We made pancakes with banana, the way you make them. Maya says "
                            "yours are better!",
              photos=[_photo(data_dir, maya, timeline.ARRIVED_DAYS_AGO,
                             pictures.pancakes_with_banana(), "Pancakes like Mom's")]),
    ])
    for child in (maya, leo):
        add_entry(db, _visit(child.id, today + timedelta(days=3), [mom, worker],
                             Outcome.PLANNED, title="First family time",
                             notes="Maya and Leo together. Pack snacks and a game.",
                             visit={"place": "Family center", "transport": "We drive both"}))
    return shared


def seed(db: Database, data_dir, today: date, family: dict) -> None:
    people = family["people"]
    _amara(db, data_dir, today, family["amara"], people)
    family["shared"] = _siblings(db, data_dir, today, family["maya"], family["leo"], people)
