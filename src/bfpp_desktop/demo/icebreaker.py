"""The sample family's icebreaker preparation: Maya's and Leo's meeting is coming up."""
from datetime import date, timedelta

from sqlite_utils import Database

from bfpp_desktop.core.conversations import IcebreakerPrep
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.storage.icebreaker import save_icebreaker_prep

# The caregivers' own notes, under the guide's first share prompts in order.
_SHARE = ("Sam and Jo, and our son Eli, who is 9.",
          "An old, gentle cat called Biscuit.",
          "Maya and Leo share a room with a night light; the blanket fort is their spot.")


def seed(db: Database, data_dir, today: date, family: dict) -> None:
    guide = load_guide()
    prompts = guide.icebreaker_share_prompts
    notes = dict(zip(prompts, _SHARE))
    chosen = ["ib-bedtime", "ib-food-likes", "ib-hair", "ib-toy", "ib-how-are-you"]
    known = {q.id for q in guide.icebreaker_questions}
    for key in ("maya", "leo"):
        save_icebreaker_prep(db, family[key].id, IcebreakerPrep(
            [qid for qid in chosen if qid in known], notes, today - timedelta(days=1)))
