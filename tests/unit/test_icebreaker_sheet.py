"""The icebreaker preparation sheet prints what the caregiver prepared."""
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.conversations import IcebreakerPrep, default_question_ids
from bfpp_desktop.core.guide import Audience, load_guide
from bfpp_desktop.core.guide import plain_text as guide_text
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.icebreaker import save_icebreaker_prep
from reports_helpers import flat, make

GUIDE = load_guide()


def _question(qid: str) -> str:
    return guide_text(next(q.text for q in GUIDE.icebreaker_questions if q.id == qid))


def test_sheet_holds_only_the_chosen_questions_and_the_notes(tmp_path, db):
    kid = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    prompt = GUIDE.share_prompts_for(Audience.FOSTER)[0]
    save_icebreaker_prep(db, kid.id, IcebreakerPrep(
        question_ids=["ib-hair", "ib-bedtime"],
        share_notes={prompt: "Two dogs, a big garden and Grandpa Joe on Sundays."}))
    text = flat(make(tmp_path, "icebreaker-prep", kid=kid, db=db)[0])
    assert flat(_question("ib-hair"))[:40] in text
    assert flat(_question("ib-bedtime"))[:40] in text
    assert flat(_question("ib-school"))[:40] not in text
    assert "Two dogs, a big garden" in text


def test_without_a_saved_preparation_the_suggested_questions_print(tmp_path, db):
    kid = add_child(db, Child(full_name="Leo Rodríguez", preferred_name="Leo"))
    text = flat(make(tmp_path, "icebreaker-prep", kid=kid, db=db)[0])
    suggested = default_question_ids(GUIDE.icebreaker_questions)
    assert all(flat(_question(q))[:40] in text for q in suggested)
    others = [q.id for q in GUIDE.icebreaker_questions if q.id not in suggested]
    assert flat(_question(others[-1]))[:40] not in text
