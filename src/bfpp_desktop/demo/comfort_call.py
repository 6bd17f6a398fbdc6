"""Maya's and Leo's comfort call with their mom Rosa on the first evening, recorded the
way the Comfort call helper records it: a journal entry with the answers and the guide
step ticked, on the same day. The answers Rosa gave are filed in demo.world."""
from datetime import date

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.conversations import CallOutcome, answer_for, comfort_call_entry
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.demo import timeline
from bfpp_desktop.storage.conversations import record_conversation

# What the caregiver wrote down during the call, per guide question.
_ANSWERS = {
    "maya": {
        "cc-wake": "Quarter to seven on school days. She is slow to wake; give her five "
                   "minutes with the curtains open.",
        "cc-food": "Cereal with banana or a tortilla with egg for breakfast. She loves arroz "
                   "con pollo, mango and strawberry yogurt.",
        "cc-food-no": "Mushrooms, and anything spicy.",
        "cc-allergies": "Mild asthma: the blue inhaler before running games. There is one in "
                        "her school bag.",
        "cc-dislikes": "Thunderstorms. Let her hold Conejita and count between the flash and "
                       "the thunder.",
        "cc-tonight": "Conejita, her purple rabbit, and a night light.",
        "cc-call-again": "Yes. Texts are best, in the evenings after six.",
    },
    "leo": {
        "cc-wake": "Half past six. He plays quietly in his room until seven.",
        "cc-sleep": "A nap after lunch, about an hour, with his soft truck.",
        "cc-food": "Quesadillas, apple slices and milk. Cut his food small; he uses a fork "
                   "and spoon, and a sippy cup at night.",
        "cc-tonight": "His blue blanket and the night light.",
        "cc-call-again": "Yes. Texts are best, in the evenings after six.",
    },
}
_NOTES = "Dana set up the call. Rosa was tired but kind, and glad they are together."


def seed(db: Database, data_dir, today: date, family: dict) -> None:
    questions = {q.id: q for q in load_guide().comfort_call_questions}
    for key, answers in _ANSWERS.items():
        child = family[key]
        on = timeline.day(child, timeline.COMFORT_CALL)
        entry = comfort_call_entry(
            child.id, "Rosa", on, timeline.COMFORT_CALL_AT, CallOutcome.TALKED,
            [answer_for(questions[qid], text) for qid, text in answers.items()
             if qid in questions], _NOTES)
        record_conversation(db, entry)
