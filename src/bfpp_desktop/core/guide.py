"""The guide's content: the four stages, conversation starters, protective factors, glossary.

The words live in resources/guide/<language>/ (our own words, checked by
shared/tools/check-copied-text); this module only describes and loads them.
Text may mark a glossary term as [[term]] so a screen can link it; use
plain_text() before showing such text as it is.
"""
import functools
import json
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from bfpp_desktop.core import i18n, paths

FALLBACK_LANGUAGE = "en"
GUIDE_FILES = ("stages.json", "conversations.json", "protective_factors.json",
               "glossary.json", "plans.json")
# Record sections a conversation answer can be filed into ("" = conversation only).
FILES_INTO = ("routine", "like", "dislike", "care", "health", "school", "")

_MARKER = re.compile(r"\[\[([^\[\]]+)\]\]")


class Audience(str, Enum):
    """Some wording differs for relatives (kinship) and for licensed foster parents."""
    ANY = "any"
    FOSTER = "foster"
    KINSHIP = "kinship"


@dataclass(frozen=True)
class Step:
    id: str                      # stable, e.g. "s1-comfort-call"; progress is stored by id
    title: str
    detail: str                  # a few plain sentences: how and why
    audience: Audience = Audience.ANY
    kinship_detail: str = ""     # extra words for a relative who already knows the parent
    foster_detail: str = ""      # extra words only a stranger to the family needs

    def detail_for(self, audience: Audience) -> str:
        """The detail, followed by the note for this reader (a relative or a foster parent)."""
        extra = self.kinship_detail if audience == Audience.KINSHIP else self.foster_detail
        return f"{self.detail} {extra}" if extra else self.detail


@dataclass(frozen=True)
class Question:
    """A question to ask the birth parent (comfort call, icebreaker, bridge book).

    files_into names the record section an answer is filed into, e.g. "routine",
    "like", "dislike", "care", "health", "school", or "" for a conversation only.
    """
    id: str
    text: str
    files_into: str = ""
    topic: str = ""


@dataclass(frozen=True)
class Stage:
    number: int
    title: str                   # the guide's own stage title
    short_name: str
    purpose: str
    why_it_matters: str
    steps: tuple[Step, ...]
    questions: tuple[Question, ...]        # to ask the birth parent
    share_about_yourself: tuple[str, ...]  # ways to share about your home and family
    tips: tuple[str, ...]
    printouts: tuple[str, ...]             # ids from reports.catalogue that help here
    kinship_purpose: str = ""              # how this stage looks for a relative
    kinship_share_about_yourself: tuple[str, ...] = ()

    def share_for(self, audience: Audience) -> tuple[str, ...]:
        return _pick(audience, self.share_about_yourself, self.kinship_share_about_yourself)

    def purpose_for(self, audience: Audience) -> str:
        if audience == Audience.KINSHIP and self.kinship_purpose:
            return f"{self.purpose} {self.kinship_purpose}"
        return self.purpose

    def steps_for(self, audience: Audience) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.audience in (Audience.ANY, audience))


@dataclass(frozen=True)
class ProtectiveFactor:
    id: str
    name: str
    meaning: str
    reflection_question: str


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    meaning: str
    also_called: tuple[str, ...] = ()      # other words that mean the same (for look-up)

    def names(self) -> tuple[str, ...]:
        return (self.term, *self.also_called)


@dataclass(frozen=True)
class PlanPrompt:
    """One section of the transition plan (stage 3) or the after-care contact plan (stage 4)."""
    id: str
    heading: str
    prompt: str


@dataclass(frozen=True)
class HelpText:
    """Short "how to" help, e.g. when the comfort call or icebreaker has not happened yet."""
    id: str
    title: str
    body: str
    points: tuple[str, ...]
    kinship_body: str = ""
    kinship_points: tuple[str, ...] = ()

    def points_for(self, audience: Audience) -> tuple[str, ...]:
        return _pick(audience, self.points, self.kinship_points)

    def body_for(self, audience: Audience) -> str:
        if audience == Audience.KINSHIP and self.kinship_body:
            return f"{self.body} {self.kinship_body}"
        return self.body


@dataclass(frozen=True)
class Guide:
    """The guide's content. Lists that differ for a relative come in pairs: the plain
    field is what a foster parent reads, the kinship_ field what a relative reads
    (picked with the *_for(audience) methods)."""
    stages: tuple[Stage, ...]
    comfort_call_questions: tuple[Question, ...]
    comfort_call_share: tuple[str, ...]      # what to say about yourself on the call
    icebreaker_questions: tuple[Question, ...]
    icebreaker_share_prompts: tuple[str, ...]
    not_to_share_reminder: str
    protective_factors: tuple[ProtectiveFactor, ...]
    glossary: tuple[GlossaryTerm, ...] = field(default_factory=tuple)
    comfort_call_not_ready: str = ""         # what to say if the parent is not ready to talk
    comfort_call_later: str = ""             # the topics that can wait for the meeting
    kinship_comfort_call_share: tuple[str, ...] = ()
    kinship_share_prompts: tuple[str, ...] = ()
    kinship_not_to_share_reminder: str = ""
    # The birth parent's side of the first meeting: what they may ask the caregivers,
    # and what they may want to tell them about their child.
    birth_parent_questions: tuple[str, ...] = ()
    kinship_birth_parent_questions: tuple[str, ...] = ()
    birth_parent_share: tuple[str, ...] = ()
    transition_plan_prompts: tuple[PlanPrompt, ...] = ()
    contact_plan_prompts: tuple[PlanPrompt, ...] = ()
    help_texts: tuple[HelpText, ...] = ()

    def stage(self, number: int) -> Stage:
        return next(s for s in self.stages if s.number == number)

    def all_steps(self) -> tuple[Step, ...]:
        return tuple(step for stage in self.stages for step in stage.steps)

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.all_steps() if s.id == step_id), None)

    def all_questions(self) -> tuple[Question, ...]:
        staged = tuple(q for stage in self.stages for q in stage.questions)
        return self.comfort_call_questions + self.icebreaker_questions + staged

    def help(self, help_id: str) -> HelpText | None:
        return next((h for h in self.help_texts if h.id == help_id), None)

    def find_term(self, name: str) -> GlossaryTerm | None:
        """The glossary entry for a term or one of its other names (any letter case)."""
        wanted = name.strip().casefold()
        return next((t for t in self.glossary
                     if wanted in (n.casefold() for n in t.names())), None)

    def share_prompts_for(self, audience: Audience) -> tuple[str, ...]:
        """What to share about your home at the icebreaker; a relative's own prompts first."""
        return _pick(audience, self.icebreaker_share_prompts, self.kinship_share_prompts)

    def comfort_call_share_for(self, audience: Audience) -> tuple[str, ...]:
        return _pick(audience, self.comfort_call_share, self.kinship_comfort_call_share)

    def not_to_share_for(self, audience: Audience) -> str:
        """A stranger keeps private details back; a relative keeps the talk on the child."""
        return _pick(audience, self.not_to_share_reminder, self.kinship_not_to_share_reminder)

    def birth_parent_questions_for(self, audience: Audience) -> tuple[str, ...]:
        return _pick(audience, self.birth_parent_questions, self.kinship_birth_parent_questions)


def _pick(audience: Audience, foster, kinship):
    """The relative's wording when there is one; the foster parent's otherwise."""
    return kinship if audience == Audience.KINSHIP and kinship else foster


def share_notes_in(guide: Guide, notes: dict[str, str]) -> dict[str, str]:
    """Icebreaker notes, saved under a share prompt's words in the language the app spoke
    then, keyed by the same prompt in *guide*'s language (every language's lists run in
    parallel), so a switch of language or a Spanish printout keeps the caregiver's notes."""
    def lists(g: Guide):
        return (g.icebreaker_share_prompts, g.kinship_share_prompts)

    where: dict[str, tuple[int, int]] = {}
    for language in i18n.LANGUAGES:
        for k, prompts in enumerate(lists(load_guide(language=language))):
            for i, prompt in enumerate(prompts):
                where.setdefault(prompt, (k, i))
    wanted = lists(guide)
    return {wanted[where[p][0]][where[p][1]] if p in where else p: note
            for p, note in notes.items()}


def marked_terms(text: str) -> list[str]:
    """Glossary terms marked [[like this]] in a piece of guide text."""
    return _MARKER.findall(text)


def plain_text(text: str) -> str:
    """The text with [[term]] markers removed, for places that cannot link."""
    return _MARKER.sub(r"\1", text)


def load_guide(resources: Path | None = None, language: str | None = None) -> Guide:
    """Read the guide content from resources/guide/<language>/, falling back to English.

    *language* is the one spoken now (i18n.current(): a printout's own) unless given. A language such as
    "es_MX" tries es_MX, then es, then en, file by file, so a partly translated guide
    still opens; i18n.BOTH gives every line in both languages (bilingual printouts).
    The result is cached: the files do not change while the app runs.
    """
    folder = Path(resources or paths.resources_dir()).resolve() / "guide"
    return _load(folder, language or i18n.current())


@functools.lru_cache(maxsize=8)
def _load(folder: Path, language: str) -> Guide:
    data = {name: _read(folder, language, name) for name in GUIDE_FILES}
    talk, plans = data["conversations.json"], data["plans.json"]
    call_share = _readers(talk["comfort_call_share"])
    share_prompts = _readers(talk["icebreaker_share_prompts"])
    parent_questions = _readers(talk.get("birth_parent_questions", ()))
    return Guide(
        stages=tuple(_stage(s) for s in data["stages.json"]),
        comfort_call_questions=_questions(talk["comfort_call_questions"]),
        comfort_call_share=call_share[Audience.FOSTER],
        kinship_comfort_call_share=call_share[Audience.KINSHIP],
        comfort_call_not_ready=talk["comfort_call_not_ready"],
        comfort_call_later=talk.get("comfort_call_later", ""),
        icebreaker_questions=_questions(talk["icebreaker_questions"]),
        icebreaker_share_prompts=share_prompts[Audience.FOSTER],
        kinship_share_prompts=share_prompts[Audience.KINSHIP],
        not_to_share_reminder=talk["not_to_share_reminder"],
        kinship_not_to_share_reminder=talk.get("kinship_not_to_share_reminder", ""),
        birth_parent_questions=parent_questions[Audience.FOSTER],
        kinship_birth_parent_questions=parent_questions[Audience.KINSHIP],
        birth_parent_share=tuple(talk.get("birth_parent_share", ())),
        protective_factors=tuple(ProtectiveFactor(**f)
                                 for f in data["protective_factors.json"]),
        glossary=tuple(GlossaryTerm(term=g["term"], meaning=g["meaning"],
                                    also_called=tuple(g.get("also_called", ())))
                       for g in data["glossary.json"]),
        transition_plan_prompts=tuple(PlanPrompt(**p) for p in plans["transition_plan_prompts"]),
        contact_plan_prompts=tuple(PlanPrompt(**p) for p in plans["contact_plan_prompts"]),
        help_texts=tuple(_help_text(h) for h in plans["help_texts"]),
    )


def _languages(language: str) -> list[str]:
    tried = []
    for candidate in (language, language.split("_")[0].split("-")[0], FALLBACK_LANGUAGE):
        if candidate and candidate not in tried:
            tried.append(candidate)
    return tried


# Keys whose values are names the code looks up, never words to translate.
_NOT_WORDS = frozenset({"id", "for", "files_into", "printouts"})


def _read(folder: Path, language: str, name: str):
    if language == i18n.BOTH:
        return _merged(*(_read(folder, lang, name) for lang in i18n.BILINGUAL))
    for candidate in _languages(language):
        path = folder / candidate / name
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    raise FileNotFoundError(f"The guide file {name} is missing from {folder}")


def _merged(first, *others, key: str = ""):
    """The same guide file in several languages, each text as 'texto / text'."""
    if isinstance(first, dict):
        return {k: _merged(v, *(o[k] for o in others), key=k) for k, v in first.items()}
    if key == "also_called":    # other names: each language has its own, all of them count
        return list(dict.fromkeys(name for names in (first, *others) for name in names))
    if isinstance(first, list):
        return [_merged(*items, key=key) for items in zip(first, *others, strict=True)]
    if isinstance(first, str) and key not in _NOT_WORDS:
        return i18n.bilingual(first, *others)
    return first


def _readers(items) -> dict[Audience, tuple[str, ...]]:
    """A list as a foster parent and as a relative read it, in the file's order.

    A line is plain text (for everyone) or {"text": ..., "for": "foster" | "kinship"}.
    """
    lines = [(item, Audience.ANY) if isinstance(item, str)
             else (item["text"], Audience(item["for"])) for item in items]
    return {reader: tuple(text for text, audience in lines if audience in (Audience.ANY, reader))
            for reader in (Audience.FOSTER, Audience.KINSHIP)}


def _questions(items) -> tuple[Question, ...]:
    return tuple(Question(**q) for q in items)


def _help_text(item: dict) -> HelpText:
    points = _readers(item["points"])
    return HelpText(id=item["id"], title=item["title"], body=item["body"],
                    points=points[Audience.FOSTER], kinship_points=points[Audience.KINSHIP],
                    kinship_body=item.get("kinship_body", ""))


def _stage(item: dict) -> Stage:
    share = _readers(item["share_about_yourself"])
    return Stage(
        number=item["number"],
        title=item["title"],
        short_name=item["short_name"],
        purpose=item["purpose"],
        kinship_purpose=item.get("kinship_purpose", ""),
        why_it_matters=item["why_it_matters"],
        steps=tuple(Step(id=s["id"], title=s["title"], detail=s["detail"],
                         audience=Audience(s.get("audience", "any")),
                         kinship_detail=s.get("kinship_detail", ""),
                         foster_detail=s.get("foster_detail", ""))
                    for s in item["steps"]),
        questions=_questions(item["questions"]),
        share_about_yourself=share[Audience.FOSTER],
        kinship_share_about_yourself=share[Audience.KINSHIP],
        tips=tuple(item["tips"]),
        printouts=tuple(item["printouts"]),
    )
