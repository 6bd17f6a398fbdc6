"""About my child: open questions with room to write, for the birth parent to fill in."""
from pathlib import Path

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.catalogue import BlankSheet
from bfpp_desktop.reports.data import BlankSheetData
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import write_pdf
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import QT_TRANSLATE_NOOP, printing_in, translate

# Topic → (question, hint), in plain, warm words; translated where printed. Together they
# cover the guide's first-stage topics (tests/reports/test_topics_on_paper.py checks them).
QUESTIONS = {
    BlankSheet.ROUTINE: (
        QT_TRANSLATE_NOOP("Print", "What does a usual day look like for {name}?"),
        QT_TRANSLATE_NOOP("Print", "Waking up, meals, naps, play, bath time, anything you "
                                   "always do.")),
    BlankSheet.SLEEP: (
        QT_TRANSLATE_NOOP("Print", "How does {name} sleep best?"),
        QT_TRANSLATE_NOOP("Print", "The bedtime routine, naps, a night light, a blanket or "
                                   "toy, a song or story.")),
    BlankSheet.FOOD: (
        QT_TRANSLATE_NOOP("Print", "What does {name} like to eat and drink, and what not?"),
        QT_TRANSLATE_NOOP("Print", "Favourite meals and snacks, foods to avoid, allergies, "
                                   "a special diet, how it is served.")),
    BlankSheet.COMFORT: (
        QT_TRANSLATE_NOOP("Print", "When {name} is upset or tired, what helps?"),
        QT_TRANSLATE_NOOP("Print", "Words, a hug, a quiet place, a favourite thing; what "
                                   "would help {name} feel at home with us.")),
    BlankSheet.FAVOURITES: (
        QT_TRANSLATE_NOOP("Print", "What are {name}'s favourite things?"),
        QT_TRANSLATE_NOOP("Print", "Toys, songs, shows, games, places, people, and things "
                                   "to do, like riding a bike or playing in the snow.")),
    BlankSheet.FEARS: (
        QT_TRANSLATE_NOOP("Print", "Is there anything that worries or scares {name}, or "
                                   "that {name} does not like?"),
        QT_TRANSLATE_NOOP("Print", "The dark, loud noises, animals, being alone…")),
    BlankSheet.HAIR_SKIN: (
        QT_TRANSLATE_NOOP("Print", "How do you care for {name}'s hair and skin?"),
        QT_TRANSLATE_NOOP("Print", "Products you use, how often, styles {name} likes, who "
                                   "braids or does {name}'s hair.")),
    BlankSheet.BATH_CLOTHES: (
        QT_TRANSLATE_NOOP("Print", "How does {name} like bath time and getting dressed?"),
        QT_TRANSLATE_NOOP("Print", "Bath or shower, soap and other products for washing and "
                                   "teeth, clothes {name} loves or will not wear.")),
    BlankSheet.HEALTH: (
        QT_TRANSLATE_NOOP("Print", "Is there anything about {name}'s health we should know?"),
        QT_TRANSLATE_NOOP("Print", "Medicines, allergies, past illnesses, the doctor or "
                                   "dentist you see.")),
    BlankSheet.RULES: (
        QT_TRANSLATE_NOOP("Print", "How do you handle rules and praise with {name}?"),
        QT_TRANSLATE_NOOP("Print", "What works when {name} is testing limits, and how you "
                                   "show {name} they did well.")),
    BlankSheet.FAITH_CULTURE: (
        QT_TRANSLATE_NOOP("Print", "What faith, culture or traditions are part of "
                                   "{name}'s life?"),
        QT_TRANSLATE_NOOP("Print", "Languages, heritage, holidays, prayers or services, "
                                   "foods, community or tribal gatherings, groups {name} "
                                   "belongs to, and how {name} sees themselves.")),
    BlankSheet.SCHOOL: (
        QT_TRANSLATE_NOOP("Print", "What should we know about school or daycare?"),
        QT_TRANSLATE_NOOP("Print", "Which school, teachers, friends, homework, how {name} is "
                                   "doing there, what {name} enjoys.")),
    BlankSheet.KNOW: (
        QT_TRANSLATE_NOOP("Print", "What else would you like us to know about {name}?"),
        QT_TRANSLATE_NOOP("Print", "Anything at all: how much you love {name}, your hopes "
                                   "for when {name} comes home, a message we can pass on.")),
    BlankSheet.YOU: (
        QT_TRANSLATE_NOOP("Print", "And you: how are you doing?"),
        QT_TRANSLATE_NOOP("Print", "Only if you would like to say: who is there for you, and "
                                   "whether we may tell {name} that you are okay.")),
    BlankSheet.QUESTIONS: (
        QT_TRANSLATE_NOOP("Print", "What would you like to ask us?"),
        QT_TRANSLATE_NOOP("Print", "How {name} is doing, who lives with us and how old the "
                                   "other children are, our home and neighbourhood, a usual "
                                   "day, how we handle rules, which school {name} will go "
                                   "to, how {name} will fit in, how many children we have "
                                   "looked after.")),
}
# A relative's home and family are known already: their questions are about what changed.
KINSHIP_QUESTIONS_HINT = QT_TRANSLATE_NOOP(
    "Print", "How {name} is doing, what has changed at home, who lives with us now, a usual "
             "day, how we handle rules, which school {name} goes to.")


def build(data: BlankSheetData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        name = data.child.preferred_name
        lines = 4 if options.large_print else 5
        story = blocks.title_block(
            translate("Print", "All about {name}").format(name=name),
            translate("Print", "You know {name} best. Please write anything you would like "
                               "us to know; skip whatever you like. Thank you for sharing.")
            .format(name=name), styles)
        for topic in BlankSheet:
            if topic not in options.sections:
                continue
            if topic is BlankSheet.RETURN_TO:
                story += _return_to(data, options, styles)
                continue
            question, hint = QUESTIONS[topic]
            if topic is BlankSheet.QUESTIONS and data.kinship:
                hint = KINSHIP_QUESTIONS_HINT
            story.append(blocks.question_with_lines(
                translate("Print", question).format(name=name), lines, styles,
                translate("Print", hint).format(name=name) if hint else ""))
        return write_pdf(out_path, story, title=translate("Print", "About my child"),
                         child_name=name, printed_on=data.printed_on, options=options,
                         styles=styles, progress=progress, cancelled=cancelled)


def _return_to(data: BlankSheetData, options: PrintOptions, styles) -> list:
    lines = data.household.lines_for_print(options.leave_out_our_details)
    body = [blocks.para(line, styles.body) for line in lines]
    heading = translate("Print", "When you are done, please give this back to")
    return blocks.section(heading, body, styles)
