from datetime import date

from bfpp_desktop.core.filing import Answer, Provenance, destination, propose_items
from bfpp_desktop.core.world import Section, Source

WHEN = Provenance(who="Mom", note="comfort call", on=date(2026, 11, 20))


def test_answers_go_to_the_section_their_question_names():
    assert destination(Answer("ib-bedtime", "?", "x", "routine")) == (Section.ROUTINE, "bedtime")
    assert destination(Answer("ib-hair", "?", "x", "care")) == (Section.CARE, "hair")
    assert destination(Answer("cc-food-no", "?", "x", "dislike")) == (Section.LIKES, "dislike")
    assert destination(Answer("cc-how-are-you", "?", "x", "")) is None


def test_short_answers_become_titles_and_carry_their_source():
    [(answer, item)] = propose_items(7, [Answer("cc-food", "What does she like?",
                                                "Mango and rice", "like")], WHEN)
    assert item.title == "Mango and rice"
    assert item.section is Section.LIKES and item.kind == "like"
    assert (item.source, item.source_who, item.source_note, item.source_date) == \
        (Source.BIRTH_PARENT, "Mom", "comfort call", date(2026, 11, 20))
    assert item.child_id == 7 and not item.private


def test_long_answers_keep_every_word_in_the_details():
    long = "She likes the hall light on.\nThen we sing Duérmete mi niña twice, " * 5
    [(_a, item)] = propose_items(1, [Answer("cc-sleep", "?", long, "routine",
                                            "sleep and bedtime")], WHEN)
    assert item.title == "Sleep and bedtime"
    assert item.details == long.strip()


def test_empty_answers_and_conversation_only_questions_are_not_proposed():
    answers = [Answer("cc-food", "?", "   ", "like"), Answer("cc-how-are-you", "?", "Tired", "")]
    assert propose_items(1, answers, WHEN) == []


def test_health_answers_are_private_by_default():
    [(_a, item)] = propose_items(1, [Answer("cc-allergies", "?", "Peanuts", "health")], WHEN)
    assert item.private and item.kind == "allergy"
