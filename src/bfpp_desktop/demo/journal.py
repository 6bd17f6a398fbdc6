"""Journal entries for the sample family: Amara's months with Grandma Denise, and
Maya and Leo's first days. Private notes sit next to "to share" summaries."""
from datetime import date, timedelta

from sqlite_utils import Database

from bfpp_desktop.core.journal import (EntryKind, FamilyTimeDetails, JournalEntry, Outcome,
                                       Photo)
from bfpp_desktop.demo.png import png_bytes
from bfpp_desktop.storage.journal import add_entry
from bfpp_desktop.storage.photos import store_photo_bytes


def _visit(child_id, day, outcome=Outcome.HAPPENED, **kw) -> JournalEntry:
    details = dict(outcome=outcome, start_time="10:00", end_time="12:00",
                   place="Family visit room, county office", supervised=True,
                   transport="Grandma Denise drove")
    details.update(kw.pop("visit", {}))
    return JournalEntry(child_id=child_id, entry_date=day, entry_time="10:00",
                        kind=EntryKind.FAMILY_TIME, participants=["Keisha (Mom)", "Ms. Patel"],
                        family_time=FamilyTimeDetails(**details), **kw)


def _amara(db: Database, data_dir, today: date, amara) -> None:
    placed = amara.placement_date
    cid = amara.id
    first_visit = placed + timedelta(days=(3 - placed.weekday()) % 7 + 7)
    week = 0
    day = first_visit
    while day <= today:
        week += 1
        if week == 6:
            add_entry(db, _visit(
                cid, day, Outcome.CANCELLED, title="Family time cancelled",
                notes="Keisha called at 8 to say the bus was not running. Amara napped "
                      "instead. Ms. Patel will offer a make-up visit.",
                follow_up="Ask Ms. Patel about the make-up visit",
                follow_up_date=day + timedelta(days=5), follow_up_done=True,
                visit={"cancelled_by": "Keisha (no bus)", "start_time": "", "end_time": ""}))
        elif week % 4 == 0:
            add_entry(db, _visit(
                cid, day, title="Family time: longer visit",
                notes="Two and a half hours this time.\n\n- Keisha brought the blue blanket\n"
                      "- Amara fell asleep on her shoulder\n\nGoodbye was harder today.",
                share_summary="Amara loved the blue blanket and slept so peacefully with you.",
                mood_before=4, mood_after=3, mood_after_words="fussy in the car, settled by dinner",
                went_well="Keisha fed her the whole bottle",
                visit={"end_time": "12:30"}, tags=["visit", "mom"]))
        else:
            add_entry(db, _visit(
                cid, day, title="Family time with Mom",
                notes="Visit went well. Keisha sang to her and Amara laughed. "
                      "Private: the caseworker mentioned the next review date.",
                share_summary="Amara smiled every time you sang. She is eating well this week.",
                mood_before=4, mood_after=4, tags=["visit", "mom"]))
        day += timedelta(days=7)
    planned = today + timedelta(days=(3 - today.weekday()) % 7 or 7)
    add_entry(db, _visit(cid, planned, Outcome.PLANNED, title="Family time with Mom",
                         notes="Bring the new photos and the feeding log."))
    picture = store_photo_bytes(data_dir, cid, png_bytes(96, 72, (250, 214, 165), (120, 170, 210)))
    add_entry(db, JournalEntry(
        child_id=cid, entry_date=today - timedelta(days=20), entry_time="08:15",
        kind=EntryKind.MILESTONE, title="Sitting up by herself!",
        notes="Amara sat on the rug for a whole minute while reaching for her rattle.",
        share_summary="Big news: Amara sat up all by herself this morning!",
        photos=[Photo(picture, caption="On the rug", taken_on=today - timedelta(days=20))],
        tags=["milestone"]))
    add_entry(db, JournalEntry(
        child_id=cid, entry_date=today - timedelta(days=45), entry_time="14:00",
        kind=EntryKind.APPOINTMENT, title="Check-up with Dr. Nguyen",
        notes="Weight on track. Next vaccines at nine months.",
        share_summary="The doctor says Amara is growing well.",
        follow_up="Book the nine-month vaccines", follow_up_date=today + timedelta(days=5),
        tags=["health"]))
    add_entry(db, JournalEntry(
        child_id=cid, entry_date=today - timedelta(days=60), entry_time="09:30",
        kind=EntryKind.HEARING, title="Review hearing",
        notes="Judge kept the plan as reunification. Private worries about housing noted "
              "for the caseworker.", participants=["Grandma Denise", "Ms. Patel"]))
    add_entry(db, JournalEntry(
        child_id=cid, entry_date=today - timedelta(days=3), entry_time="19:00",
        kind=EntryKind.VIDEO_CALL, title="Video call with Mom",
        notes="Ten minutes. Amara grabbed at the screen.",
        share_summary="She reached for the phone when she heard your voice.",
        mood_after=5, tags=["mom"]))


def _siblings(db: Database, today: date, maya, leo) -> None:
    placed = maya.placement_date
    add_entry(db, JournalEntry(
        child_id=maya.id, entry_date=placed, entry_time="20:30", kind=EntryKind.NOTE,
        title="First night", notes="Maya kept Leo's hand until he slept. She asked if Mom "
        "knows where they are. We made a drawing for Mom together.",
        share_summary="Maya made you a drawing of a house with a big sun.",
        mood_before=2, mood_before_words="quiet, watchful", mood_after=3, tags=["settling in"]))
    add_entry(db, JournalEntry(
        child_id=maya.id, entry_date=placed + timedelta(days=2), entry_time="18:00",
        kind=EntryKind.PHONE_CALL, title="First phone call with Mom",
        notes="Maya talked about school and her drawing. Mom cried a little.",
        share_summary="Maya told you all about her new teacher, Ms. Ruiz.",
        participants=["Mom (Carmen)"], follow_up="Ask Carmen about Maya's favourite foods",
        follow_up_date=today + timedelta(days=2)))
    add_entry(db, JournalEntry(
        child_id=leo.id, entry_date=placed + timedelta(days=1), entry_time="16:00",
        kind=EntryKind.NOTE, title="Trucks in the garden",
        notes="Leo played with the trucks for an hour and laughed for the first time."))
    add_entry(db, _visit(leo.id, today + timedelta(days=3), Outcome.PLANNED,
                         title="First family time", notes="With Maya. Pack snacks and a game.",
                         visit={"place": "Family center", "transport": "We drive both"}))


def seed(db: Database, data_dir, today: date, family: dict) -> None:
    _amara(db, data_dir, today, family["amara"])
    _siblings(db, today, family["maya"], family["leo"])
