"""The icebreaker preparation per child: chosen questions and what to share about home."""
import json

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.conversations import IcebreakerPrep
from bfpp_desktop.core.dates import from_iso, iso
from bfpp_desktop.storage import rows

TABLE = "icebreaker_prep"


def load_icebreaker_prep(db: Database, child_id: int) -> IcebreakerPrep | None:
    """The saved preparation, or None when nothing has been prepared yet."""
    row = rows.one(db, f"SELECT * FROM {TABLE} WHERE child_id = ?", [child_id])
    if row is None:
        return None
    return IcebreakerPrep(question_ids=json.loads(row["question_ids"]),
                          share_notes=json.loads(row["share_notes"]),
                          updated_on=from_iso(row["updated_on"]))


def save_icebreaker_prep(db: Database, child_id: int, prep: IcebreakerPrep) -> None:
    notes = {prompt: text for prompt, text in prep.share_notes.items() if text.strip()}
    with db.atomic():
        rows.upsert(db, TABLE, {"child_id": child_id}, {
            "question_ids": json.dumps(list(prep.question_ids), ensure_ascii=False),
            "share_notes": json.dumps(notes, ensure_ascii=False),
            "updated_on": iso(prep.updated_on),
        })
