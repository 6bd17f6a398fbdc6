"""Maya's and Leo's icebreaker: prepared the day before, held at the library with Rosa
and Dana, and recorded the way the Icebreaker helper records it (a journal entry with
the answers, the guide step ticked on the meeting's day). The answers Rosa gave are
filed in demo.world; the notebooks she brought back are in demo.bridge_book."""
from datetime import date

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.conversations import IcebreakerPrep, answer_for, icebreaker_entry
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.demo import timeline
from bfpp_desktop.storage.conversations import record_conversation
from bfpp_desktop.storage.icebreaker import save_icebreaker_prep

# The caregivers' own notes, under the guide's first share prompts in order.
_SHARE = ("Sam and Jo, and our son Eli, who is 9.",
          "An old, gentle cat called Biscuit.",
          "Maya and Leo share a room with a night light; the blanket fort is their spot.")

_HOW_ARE_YOU = "Better for seeing them. My sister is staying with me this month."

# The questions chosen beforehand, in order, with what Rosa answered at the meeting.
_ANSWERS = {
    "maya": {
        "ib-bedtime": "Pyjamas and teeth, then two books: she picks one, Leo picks one. We "
                      "talk about one good thing from the day and I sing “Duérmete mi "
                      "niña”. Night light on, door half open, Conejita in her arms.",
        "ib-hair": "Wash on Sundays only. Leave-in conditioner while it is wet, detangle "
                   "from the ends up with a wide-tooth comb, two braids for school and a "
                   "satin bonnet at night.",
        "ib-skin": "Unscented lotion after the bath; I use Aveeno. Her skin gets dry in "
                   "winter.",
        "ib-faith": "We go to the 10:00 Spanish Mass with Abuela. She prays before bed and "
                    "likes to light a candle for me.",
        "ib-activities": "Drawing, always. Keep paper and markers where she can reach them.",
        "ib-how-are-you": _HOW_ARE_YOU,
    },
    "leo": {
        "ib-bedtime": "Bath, pyjamas, one truck book, then “Los pollitos”. He holds his "
                      "blue blanket.",
        "ib-night": "He is scared of the dark. Night light on all night and the door open.",
        "ib-hair": "Short curls: wash twice a week, a little coconut oil after.",
        "ib-toy": "His soft truck at nap time, the blue blanket at night.",
        "ib-how-are-you": _HOW_ARE_YOU,
    },
}
_NOTES = ("At the library with Dana. Rosa brought the notebooks back, and a photo of Abuela "
          "for their room.")


def seed(db: Database, data_dir, today: date, family: dict) -> None:
    guide = load_guide()
    notes = dict(zip(guide.icebreaker_share_prompts, _SHARE))
    questions = {q.id: q for q in guide.icebreaker_questions}
    for key, answers in _ANSWERS.items():
        child = family[key]
        chosen = [qid for qid in answers if qid in questions]
        save_icebreaker_prep(db, child.id, IcebreakerPrep(
            chosen, notes, timeline.day(child, timeline.PREPARED)))
        on = timeline.day(child, timeline.ICEBREAKER)
        entry = icebreaker_entry(child.id, "Rosa", on, timeline.ICEBREAKER_AT,
                                 [answer_for(questions[qid], answers[qid]) for qid in chosen],
                                 _NOTES)
        record_conversation(db, entry)
