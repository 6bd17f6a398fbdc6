"""The comfort call and the icebreaker meeting: what is written down and how it is recorded.

Both end the same way: a journal entry with the questions and answers, the
guide step ticked, and answers offered for filing (core.filing). The journal
tags below are how the Overview knows the call or meeting has happened.
"""
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from bfpp_desktop.core.filing import Answer
from bfpp_desktop.core.guide import Question
from bfpp_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bfpp_desktop.core.journal import EntryKind, JournalEntry

COMFORT_CALL_TAG = "comfort call"
CALL_ATTEMPT_TAG = "comfort call attempt"   # no answer: the call is still to come
NOT_READY_TAG = "parent not ready"          # beside COMFORT_CALL_TAG: call again later
ICEBREAKER_TAG = "icebreaker"
# The source note on filed items, saved in the language the app speaks when filing.
COMFORT_CALL_NOTE = QT_TRANSLATE_NOOP("Conversations", "comfort call")
ICEBREAKER_NOTE = QT_TRANSLATE_NOOP("Conversations", "icebreaker meeting")

# A short first choice of icebreaker questions: the help text suggests four or
# five that matter most in the first days (sleep, food, health, comfort, the parent).
DEFAULT_ICEBREAKER_IDS = ("ib-bedtime", "ib-food-likes", "ib-medical", "ib-toy",
                          "ib-how-are-you")


class CallOutcome(str, Enum):
    TALKED = "talked"
    NOT_READY = "not_ready"        # the parent asked to talk another time
    NO_ANSWER = "no_answer"

    @property
    def label(self) -> str:
        return {
            CallOutcome.TALKED: translate("Conversations", "We talked"),
            CallOutcome.NOT_READY: translate(
                "Conversations", "The parent was not ready and asked me to call back"),
            CallOutcome.NO_ANSWER: translate("Conversations", "No answer"),
        }[self]


@dataclass
class IcebreakerPrep:
    """What the caregiver chose to ask and wrote down to share, per child."""
    question_ids: list[str] = field(default_factory=list)
    share_notes: dict[str, str] = field(default_factory=dict)   # share prompt -> notes
    updated_on: date | None = None


def default_question_ids(questions: tuple[Question, ...]) -> list[str]:
    """The suggested first choice; the first five questions if the content changed."""
    known = [q.id for q in questions]
    chosen = [qid for qid in DEFAULT_ICEBREAKER_IDS if qid in known]
    return chosen or known[:5]


def group_by_topic(questions: tuple[Question, ...]) -> list[tuple[str, list[Question]]]:
    """Questions grouped under their topic, topics in the order they first appear."""
    groups: dict[str, list[Question]] = {}
    for question in questions:
        groups.setdefault(question.topic, []).append(question)
    return list(groups.items())


def answer_for(question: Question, text: str) -> Answer:
    return Answer(question.id, question.text, text, question.files_into, question.topic)


def answers_markdown(answers: list[Answer]) -> str:
    """Questions in bold with the answers under them; unanswered questions are left out."""
    parts = []
    for answer in answers:
        if answer.answer.strip():
            parts.append(f"**{answer.question.strip()}**\n\n{answer.answer.strip()}")
    return "\n\n".join(parts)


def tags_for(outcome: CallOutcome) -> list[str]:
    """Only a call that reached the parent counts as the comfort call on the Overview; one
    where the parent was not ready also says so, so the guide can suggest calling again."""
    return {CallOutcome.TALKED: [COMFORT_CALL_TAG],
            CallOutcome.NOT_READY: [COMFORT_CALL_TAG, NOT_READY_TAG],
            CallOutcome.NO_ANSWER: [CALL_ATTEMPT_TAG]}[outcome]


def comfort_call_entry(child_id: int, who: str, on: date, time: str, outcome: CallOutcome,
                       answers: list[Answer], notes: str = "") -> JournalEntry:
    """The journal entry for a comfort call, whatever its outcome."""
    name = who.strip() or translate("Conversations", "the birth parent")
    title = {
        CallOutcome.TALKED: translate("Conversations", "Comfort call with {name}"),
        CallOutcome.NOT_READY: translate("Conversations",
                                         "Comfort call with {name}: not ready yet"),
        CallOutcome.NO_ANSWER: translate("Conversations",
                                         "Comfort call to {name}: no answer"),
    }[outcome].format(name=name)
    body = [translate("Conversations", "Outcome: {outcome}").format(outcome=outcome.label)]
    body += [part for part in (answers_markdown(answers), notes.strip()) if part]
    follow_up = ""
    if outcome is not CallOutcome.TALKED:
        follow_up = translate("Conversations", "Try the comfort call again")
    return JournalEntry(child_id=child_id, entry_date=on, entry_time=time,
                        kind=EntryKind.PHONE_CALL, title=title, notes="\n\n".join(body),
                        participants=[who.strip()] if who.strip() else [],
                        tags=tags_for(outcome), follow_up=follow_up)


def icebreaker_entry(child_id: int, who: str, on: date, time: str, answers: list[Answer],
                     notes: str = "") -> JournalEntry:
    name = who.strip() or translate("Conversations", "the birth parent")
    body = [part for part in (answers_markdown(answers), notes.strip()) if part]
    return JournalEntry(child_id=child_id, entry_date=on, entry_time=time,
                        kind=EntryKind.MEETING,
                        title=translate("Conversations", "Icebreaker meeting with {name}"
                                        ).format(name=name),
                        notes="\n\n".join(body),
                        participants=[who.strip()] if who.strip() else [],
                        tags=[ICEBREAKER_TAG])
