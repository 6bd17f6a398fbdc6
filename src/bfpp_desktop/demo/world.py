"""What the demo caregivers have learned about each child's days, mostly from family."""
from datetime import timedelta

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.bridge_book import source_note as bridge_book_note
from bfpp_desktop.core.conversations import COMFORT_CALL_NOTE, ICEBREAKER_NOTE
from bfpp_desktop.core.world import DayType, Section, Severity, Source, new_item
from bfpp_desktop.demo import timeline
from bfpp_desktop.storage.world import add_item

R, L, C, H, S = Section.ROUTINE, Section.LIKES, Section.CARE, Section.HEALTH, Section.SCHOOL


def seed(db: Database, data_dir, today, family: dict) -> None:
    # Filed from Rosa's answers on the day she gave them (see demo.timeline); Maya and
    # Leo arrived together, so their first meetings share their days.
    siblings = family["maya"]

    def from_rosa(days: int, note: str) -> dict:
        return dict(source=Source.BIRTH_PARENT, source_who="Rosa",
                    source_date=timeline.day(siblings, days), source_note=note)

    call = from_rosa(timeline.COMFORT_CALL, COMFORT_CALL_NOTE)
    icebreaker = from_rosa(timeline.ICEBREAKER, ICEBREAKER_NOTE)
    mayas_first_page = from_rosa(timeline.FIRST_PAGE_BACK, bridge_book_note())
    leos_first_page = from_rosa(timeline.ICEBREAKER, bridge_book_note())
    caseworker = dict(source=Source.CASEWORKER, source_who="Dana Whitfield",
                      source_date=siblings.placement_date)
    noticed = dict(source=Source.WE_NOTICED, source_date=today - timedelta(days=1))

    people = family["people"]
    doctor, dentist = people["Dr. Alan Reyes"], people["Bright Smiles Dental"]
    maya = family["maya"].id
    for kind, section, values in [
        ("wake", R, dict(title="Wake up", time_text="06:45", day_type=DayType.SCHOOL_DAYS,
                         details="Slow to wake. Open the curtains and give her five minutes.",
                         **call)),
        ("meal", R, dict(title="Breakfast", time_text="07:15", day_type=DayType.SCHOOL_DAYS,
                         details="Cereal with banana, or a tortilla with egg.", **call)),
        ("school", R, dict(title="School", time_text="08:00–14:45",
                           day_type=DayType.SCHOOL_DAYS, details="Walks in with Leo's hand "
                           "held until the gate.", **caseworker)),
        ("wake", R, dict(title="Slow morning", time_text="08:00", day_type=DayType.WEEKENDS,
                         details="Cartoons in pyjamas, then pancakes with banana. Leo always "
                         "wants the first one.", **mayas_first_page)),
        ("bath", R, dict(title="Bath", time_text="after dinner", time_is_words=True,
                         details="Every other night; she likes bubbles.", **noticed)),
        ("bedtime", R, dict(
            title="Bedtime", time_text="19:30–20:00",
            steps=["Pyjamas and brush teeth", "Two books — she picks one, Leo picks one",
                   "Talk about one good thing from today",
                   "Mom's song: “Duérmete mi niña”", "Night light on, door half open"],
            comfort_items=["purple rabbit (Conejita)", "night light"], **icebreaker)),
        ("night", R, dict(title="If she wakes in the night",
                          details="Sit with her and hum the song; she settles in a few minutes.",
                          **noticed)),
        ("like", L, dict(title="Food: arroz con pollo, mango, strawberry yogurt", **call)),
        ("like", L, dict(title="Drawing and stickers", details="Keep paper and markers where "
                         "she can reach them; she draws for Mom.", **icebreaker)),
        ("like", L, dict(title="Songs: anything by Selena; Bluey on TV", **noticed)),
        ("dislike", L, dict(title="Mushrooms and spicy food", **call)),
        ("fear", L, dict(title="Thunderstorms", details="Let her hold Conejita and count "
                         "between the flash and the thunder.", **call)),
        ("upset", L, dict(title="Talks about Mom at bedtime",
                          details="Tell her Mom is okay and when the next family time is. "
                          "A calendar with stickers helps.", **noticed)),
        ("hair", C, dict(
            title="Curly hair: wash and detangle",
            details="Wash on Sundays only. Detangle while wet with leave-in conditioner, "
                    "from the ends up, with a wide-tooth comb. Two braids for school.",
            time_text="Sunday evening", time_is_words=True,
            steps=["Wet hair and add leave-in conditioner", "Detangle from ends to roots",
                   "Two braids", "Satin bonnet for sleep"], **icebreaker)),
        ("skin", C, dict(title="Unscented lotion after the bath", details="Her skin gets dry "
                         "in winter. Mom uses Aveeno.", **icebreaker)),
        ("faith", C, dict(title="Mass on Sunday with Abuela",
                          details="Family goes to the 10:00 Spanish Mass. She prays before "
                          "bed and likes to light a candle for Mom (with help).",
                          **icebreaker)),
        ("language", C, dict(title="Spanish and English", details="Spanish at home with Mom "
                             "and Abuela; English at school.", **caseworker)),
        ("allergy", H, dict(title="Penicillin", severity=Severity.MODERATE,
                            details="Gets a rash. Tell every doctor.", **caseworker)),
        ("doctor", H, dict(title=doctor.name, contact_id=doctor.id,
                           details="Riverside Children's Clinic. Knows about the asthma.",
                           **caseworker)),
        ("history", H, dict(title="Mild asthma", details="Inhaler (blue) before running "
                            "games; one in her school bag.", **call)),
        ("school", S, dict(title="Lincoln Elementary, 2nd grade", private=False, **caseworker)),
        ("teacher", S, dict(title="Ms. Bell", details="Likes a short note in the folder "
                            "on Mondays.", private=False, **noticed)),
    ]:
        add_item(db, new_item(maya, section, kind=kind, **values))

    leo = family["leo"].id
    for kind, section, values in [
        ("wake", R, dict(title="Wake up", time_text="06:30", details="Early bird; quiet "
                         "play in his room until 07:00.", **call)),
        ("nap", R, dict(title="Nap", time_text="after lunch", time_is_words=True,
                        details="About an hour. Skips it on busy days.",
                        comfort_items=["soft truck"], **call)),
        ("bedtime", R, dict(title="Bedtime", time_text="19:00",
                            steps=["Bath", "Pyjamas", "One truck book", "Sing “Los pollitos”"],
                            comfort_items=["blue blanket", "night light"], **icebreaker)),
        ("like", L, dict(title="Trucks, diggers and anything with wheels",   # in the garden
                         source=Source.WE_NOTICED, source_date=timeline.day(siblings, timeline.TRUCKS))),
        ("like", L, dict(title="Food: quesadillas, apple slices, milk", **call)),
        ("like", L, dict(title="Bubbles, and his red fire truck",
                         details="He makes the siren sound.", **leos_first_page)),
        ("fear", L, dict(title="The dark", details="Night light on all night; door open.",
                         **icebreaker)),
        ("hair", C, dict(title="Short curls", details="Wash twice a week; a little coconut "
                         "oil after.", **icebreaker)),
        ("feeding", C, dict(title="Eats with a fork and spoon", details="Cuts food small; "
                            "still uses a sippy cup at night.", **call)),
        ("allergy", H, dict(title="No known allergies", **caseworker)),
        ("dentist", H, dict(title=dentist.name, contact_id=dentist.id,
                            details="Check-up due next month.", **caseworker)),
        ("school", S, dict(title="Little Steps preschool, mornings", time_text="08:30–12:00",
                           private=False, **caseworker)),
    ]:
        add_item(db, new_item(leo, section, kind=kind, **values))

    amara = family["amara"].id
    kiara = dict(source=Source.BIRTH_PARENT, source_who="Jasmine (Mom)",
                 source_date=today - timedelta(days=90), source_note="family time")
    denise = dict(source=Source.RELATIVE, source_who="Grandma Denise",
                  source_date=today - timedelta(days=110))
    for kind, section, values in [
        ("meal", R, dict(title="Meals and snacks", time_text="every 2–3 hours",
                         time_is_words=True, details="Feeds herself soft pieces: banana, "
                         "sweet potato, rice and beans. Milk in a cup with meals.", **kiara)),
        ("nap", R, dict(title="Nap", time_text="12:30–14:00",
                        comfort_items=["white noise", "her bunny"], **denise)),
        ("bedtime", R, dict(title="Bedtime", time_text="19:00",
                            steps=["Warm bath", "Shea butter on skin", "Warm milk in the "
                                   "rocking chair", "Two board books", "Lullaby, then into "
                                   "the crib awake"], **kiara)),
        ("like", L, dict(title="Peekaboo and the mirror", **denise)),
        ("upset", L, dict(title="Loud, busy rooms", details="Step outside and hold her "
                          "close; she calms quickly.", **noticed)),
        ("hair", C, dict(title="Baby curls", details="Gentle wash once a week; a little "
                         "coconut oil; soft brush. No tight hair ties.", **kiara)),
        ("skin", C, dict(title="Shea butter after the bath", details="Unscented. Her skin "
                         "gets ashy without it.", **kiara)),
        ("faith", C, dict(title="Church on Sunday", details="Grandma Denise takes her to "
                          "Greater Hope Baptist; Jasmine joins when she can.", **denise)),
        ("allergy", H, dict(title="Eggs (possible)", severity=Severity.MILD,
                            details="Rash once after egg; the doctor wants to test later.",
                            **denise)),
        ("medicine", H, dict(title="Vitamin D drops", time_text="08:00",
                             details="1 drop in her morning milk.", **denise)),
        ("doctor", H, dict(title=doctor.name, contact_id=doctor.id,
                           details="Check-ups at Riverside Children's Clinic.", **denise)),
    ]:
        add_item(db, new_item(amara, section, kind=kind, **values))
