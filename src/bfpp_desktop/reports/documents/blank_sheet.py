"""About my child: open questions with room to write, for the birth parent to fill in."""
from pathlib import Path

from bfpp_desktop.reports import blocks
from bfpp_desktop.reports.data import BlankSheetData
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.page import write_pdf
from bfpp_desktop.reports.registry import BLANK_TOPICS
from bfpp_desktop.reports.styles import make_styles
from bfpp_desktop.reports.texts import printing_in, translate


def _t(text: str) -> str:
    return translate("Print", text)


def _questions() -> dict[str, tuple[str, str]]:
    """Topic id → (question, hint), in plain, warm words."""
    return {
        "routine": (_t("What does a usual day look like for {name}?"),
                    _t("Waking up, meals, naps, play, bath time, anything you always do.")),
        "sleep": (_t("How does {name} sleep best?"),
                  _t("Bedtime, naps, a night light, a blanket or toy, a song or story.")),
        "food": (_t("What does {name} like to eat and drink, and what not?"),
                 _t("Favourite meals and snacks, foods to avoid, allergies, how it is served.")),
        "comfort": (_t("When {name} is upset or tired, what helps?"),
                    _t("Words, a hug, a quiet place, a favourite thing.")),
        "favourites": (_t("What are {name}'s favourite things?"),
                       _t("Toys, songs, shows, games, places, people.")),
        "fears": (_t("Is there anything that worries or scares {name}?"),
                  _t("The dark, loud noises, animals, being alone…")),
        "hair_skin": (_t("How do you care for {name}'s hair and skin?"),
                      _t("Products you use, how often, styles {name} likes.")),
        "health": (_t("Is there anything about {name}'s health we should know?"),
                   _t("Medicines, allergies, the doctor or dentist you see.")),
        "faith_culture": (_t("What faith, culture or traditions are part of {name}'s life?"),
                          _t("Languages, holidays, prayers, foods, celebrations.")),
        "school": (_t("What should we know about school or daycare?"),
                   _t("Teachers, friends, homework, what {name} enjoys there.")),
        "know": (_t("What else would you like us to know about {name}?"), ""),
        "questions": (_t("What would you like to ask us?"),
                      _t("About our home, our family, or how {name} is doing.")),
    }


def build(data: BlankSheetData, options: PrintOptions, out_path: Path,
          progress=None, cancelled=None) -> Path:
    with printing_in(options.language):
        styles = make_styles(options.large_print)
        name = data.child.preferred_name
        lines = 4 if options.large_print else 5
        story = blocks.title_block(
            _t("All about {name}").format(name=name),
            _t("You know {name} best. Please write anything you would like us to know; "
               "skip whatever you like. Thank you for sharing.").format(name=name), styles)
        questions = _questions()
        for topic_id, _label in BLANK_TOPICS:
            if topic_id not in options.sections:
                continue
            if topic_id == "return_to":
                story += _return_to(data, options, styles)
                continue
            question, hint = questions[topic_id]
            story.append(blocks.question_with_lines(
                question.format(name=name), lines, styles, hint.format(name=name)))
        title = _t("About my child")
        return write_pdf(out_path, story, title=title, child_name=name,
                         printed_on=data.printed_on, options=options, styles=styles,
                         progress=progress, cancelled=cancelled)


def _return_to(data: BlankSheetData, options: PrintOptions, styles) -> list:
    lines = data.household.lines_for_print(options.leave_out_our_details)
    body = [blocks.para(line, styles.body) for line in lines]
    return blocks.section(_t("When you are done, please give this back to"), body, styles)
