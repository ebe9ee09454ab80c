"""Answers inside sentences, the checks every span question shares, and stable keys."""

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import quality as q
from .candidates import Candidate, CandidateIndex
from .dates import precision
from .distractors import choose
from .owners import unplaced_thing
from .sentences import Sentence
from .textutil import (
    clean_stem,
    count_words,
    opens_with_pronoun,
    quote_closed,
    quote_open,
    refers_back,
    trim_possessive,
    unresolved,
)
from .types import Fact, Option

ANSWER_TYPES = ("PERSON", "PLACE", "ORG", "DATE")
MIN_SENTENCE_WORDS = 8
_DIALOGUE = re.compile(r"\s*[-–—]")


@dataclass(frozen=True, slots=True)
class Target:
    """One fact of a sentence taken as the answer of a question."""

    sentence: Sentence
    fact: Fact
    text: str  # the answer as shown (English possessive dropped)
    start: int  # offsets of ``text`` in the passage text
    end: int

    @property
    def language(self) -> str:
        return self.sentence.language

    @property
    def local(self) -> tuple[int, int]:
        """Offsets of the answer in the sentence's text."""
        return self.start - self.sentence.start, self.end - self.sentence.start

    def names(self) -> list[str]:
        """Spellings of the answer a stem must not show."""
        return [self.text] if self.fact.type == "DATE" else [self.text, self.fact.canonical]


def targets_of(sentence: Sentence) -> list[Target]:
    """The facts of a sentence that can be asked about, in order."""
    found = []
    for fact in sentence.facts:
        if fact.type not in ANSWER_TYPES:
            continue
        if fact.type == "DATE" and precision(fact.value) is None:
            continue
        text, start, end = fact.text, fact.start, fact.end
        if sentence.language == "en":
            text, start, end = trim_possessive(text, start, end)
        if "\n" in text or len(text.strip()) < 2:
            continue
        found.append(Target(sentence, fact, text, start, end))
    return found


def key_of(kind: str, language: str, source: str, answer: str, offset: int) -> str:
    """The stable identity of a question: what it asks, not how it is worded."""
    material = "\x1f".join((kind, language, source, answer, str(offset)))
    return hashlib.sha1(material.encode("utf-8")).hexdigest()


def context_for(sentence: Sentence, stem: str, answers: Sequence[str] = ()) -> str:
    """The previous sentence when this one opens with a pronoun or lies inside a quotation
    begun before it; else (Persian) the previous sentence anyway when it reads by itself and
    does not give away any of ``answers``; else nothing."""
    language = sentence.language
    if opens_with_pronoun(stem, language) or needs_context(sentence):
        return _worded(_enough_before(sentence))
    if inside_quotation(sentence):
        return _worded(clean_stem(sentence.previous))
    if language in ALWAYS_CONTEXT:
        return _background(sentence, answers)
    return ""


def _background(sentence: Sentence, answers: Sequence[str]) -> str:
    """The sentences before this one from the nearest that reads by itself, when they are few
    and short enough, clean, and give none of ``answers`` away; else nothing."""
    language, runs = sentence.language, _run_ups(sentence)
    alone = [c for c in runs if stands_alone(_first_sentence(sentence, c), language)]
    context = (alone or runs)[0]
    first = _first_sentence(sentence, context)
    fits = count_words(context) <= MAX_BACKGROUND_WORDS and count_words(first) >= 2
    fits = fits and not (q.has_debris(context) or quote_open(context) or _CUT.match(first))
    fits = fits and not quote_closed(context)
    fits = fits and not q.is_fragment(first, language)
    return context if fits and not q.answer_in(context, answers) else ""


# a sentence that opens with a closing mark or a dash is the end of one cut before it
_CUT = re.compile(r"\s*[»”)\]\-–—؛;،,]")


MAX_BACKGROUND_WORDS = 80


# Persian names what it already named with bare definite nouns (« کمیته‌ی جدید »,
# « تلاش دوم ») that no pronoun list catches, so a Persian question shows the sentence
# before it whenever that sentence can be read by itself.
ALWAYS_CONTEXT = frozenset({"fa"})


def stands_alone(text: str, language: str) -> bool:
    """Whether a sentence reads by itself: whole, clean, long enough, pointing nowhere else."""
    shown = clean_stem(text)
    return (
        count_words(shown) >= MIN_SENTENCE_WORDS
        and not q.is_fragment(shown, language)
        and not q.has_debris(shown)
        and not opens_with_pronoun(shown, language)
        and not refers_back(shown, language, definite=False)
        and not quote_open(shown)
    )


def _worded(context: str) -> str:
    """A context with words in it; a stray mark the splitter left ('"') is none."""
    return context if count_words(context) >= 2 else ""


def _enough_before(sentence: Sentence) -> str:
    """The sentence before, or the two or three before when fewer do not say what the
    sentence points to (or themselves lean on the one before them)."""
    runs = _run_ups(sentence)
    for context in runs[:-1]:
        if not context_leans(sentence, context):
            return context
    return runs[-1]


def _run_ups(sentence: Sentence) -> list[str]:
    """The one, two and three sentences before this one, as far as the passage has them (the
    first without an opening phrase that points further back)."""
    before = [t for t in (sentence.earliest, sentence.earlier, sentence.previous) if t]
    runs = []
    for n in range(1, len(before) + 1):
        first, *rest = before[-n:]
        runs.append(clean_stem(" ".join([_without_leaning_lead(first, sentence.language), *rest])))
    return runs or [""]


def _without_leaning_lead(text: str, language: str) -> str:
    """An English sentence without its opening phrase when only that phrase points back ("By
    kindling these suspicions, the Communists persuaded …" → "… the Communists persuaded …"):
    the rest still says who did what."""
    match = _LEAD.match(text) if language == "en" else None
    if not match or not refers_back(match["lead"], language):
        return text
    rest = match["rest"]
    if refers_back(rest, language) or opens_with_pronoun(rest, language):
        return text
    return "… " + rest


_LEAD = re.compile(
    r"\s*(?P<lead>(?:By|After|When|Although|Though|Since|With|Despite|Through|As|Because|While"
    r"|Before|Following|Under|In|At|On|For)\b[^,;:\"“”]{3,80}?),\s+(?P<rest>\S.*)$",
    re.DOTALL,
)


def context_leans(sentence: Sentence, context: str) -> bool:
    """Whether a context leaves the reader short: its first sentence leans on what came before
    it, or it does not mention what the sentence points to ("this formula")."""
    language = sentence.language
    first = _first_sentence(sentence, context)
    return (
        opens_with_pronoun(first, language)
        or quote_closed(first)
        or refers_back(first, language, definite=language in DEFINITE_CONTEXT)
        or bool(_OPENS_WITH_A_PART.match(first))
        or unresolved(sentence.text, context, language)
    )


# English says which body it means by naming it once and then "the conference": a context
# that opens so leaves the reader asking which (Persian bare nouns are too many to tell).
DEFINITE_CONTEXT = frozenset({"en"})

# "The majority censured …": the majority of a body named before
_OPENS_WITH_A_PART = re.compile(r"\s*The (?:majority|minority|latter|former|rest)\b(?! of)")


def _first_sentence(sentence: Sentence, context: str) -> str:
    """The earliest sentence a run-up context shows (the context itself when it is one)."""
    for first in (sentence.earliest, sentence.earlier):
        shown = clean_stem(_without_leaning_lead(first, sentence.language)) if first else ""
        if shown and context.startswith(shown) and context != shown:
            return shown
    return context


def _leaning(sentence: Sentence) -> bool:
    """Whether the sentence needs its context (not merely shown it, as Persian always is)."""
    if sentence.language not in ALWAYS_CONTEXT:
        return True
    return needs_context(sentence) or inside_quotation(sentence)


def needs_context(sentence: Sentence) -> bool:
    """Whether the sentence leans on the one before it: it opens with a pronoun or connective,
    or points outside itself anywhere."""
    text, language = sentence.text, sentence.language
    return opens_with_pronoun(text, language) or refers_back(text, language)


def says_too_little(sentence: Sentence) -> bool:
    """Whether a sentence is too short to pin one answer down with nothing shown before it, in
    a language whose questions always show what came before: its absence means what came before
    could not be shown (blind reviews: half of such Persian blanks had another fair answer)."""
    short = count_words(clean_stem(sentence.text)) < BARE_MIN_WORDS
    return short and sentence.language in ALWAYS_CONTEXT


BARE_MIN_WORDS = 20


def inside_quotation(sentence: Sentence) -> bool:
    """Whether a quotation opened before the sentence is still open at its start."""
    return quote_open(sentence.passage.text[: sentence.start])


def common_reasons(target: Target, stem: str, context: str, asked: bool = False) -> list[str]:
    """The gates every question built on one answer in one sentence shares (``asked``: the stem
    is a question, whose opening wh-word is no pronoun: the sentence's opening counts)."""
    language = target.language
    reasons = q.stem_reasons(stem, language, context, pronouns=not asked)
    if not context and needs_context(target.sentence) and q.DANGLING_PRONOUN not in reasons:
        reasons.append(q.DANGLING_PRONOUN)
    leans = context and _leaning(target.sentence) and context_leans(target.sentence, context)
    if leans and q.DANGLING_PRONOUN not in reasons:
        reasons.append(q.DANGLING_PRONOUN)  # the context needs context of its own
    passage = target.sentence.passage
    if passage.text[target.start : target.end] != target.text:
        reasons.append(q.ANSWER_NOT_IN_PASSAGE)
    sentence = clean_stem(target.sentence.text)
    if count_words(sentence) < MIN_SENTENCE_WORDS and q.STEM_TOO_SHORT not in reasons:
        reasons.append(q.STEM_TOO_SHORT)  # a few words say too little to pin one answer down
    if _DIALOGUE.match(sentence):
        reasons.append(q.DIRECT_SPEECH)  # a line of dialogue answers a line not shown
    if q.is_fragment(sentence, target.language):
        reasons.append(q.FRAGMENT)
    if q.is_citation(sentence):
        reasons.append(q.CITATION)
    raw = target.sentence.text
    if q.OCR_DEBRIS not in reasons and (q.sentence_debris(raw) or q.has_debris(target.text)):
        reasons.append(q.OCR_DEBRIS)
    if target.fact.confidence < q.MIN_CONFIDENCE:
        reasons.append(q.LOW_CONFIDENCE)
    if target.fact.type == "PERSON" and unplaced_thing(
        target.sentence.text, *target.local, context, language
    ):
        reasons.append(q.UNPLACED)
    return reasons


def wrong_options(target: Target, index: CandidateIndex, seed: int, n: int = 3) -> list[Candidate]:
    """Up to ``n`` wrong options for the target, the likeliest first."""
    company = [f.canonical for f in target.sentence.facts if f.type == "PERSON"]
    passage = target.sentence.passage
    span = (target.sentence.start, target.sentence.end)
    return choose(
        target.fact, target.text, passage, index, seed, n=n, company=company, sentence=span
    )


def options_for(target: Target, wrong: list[Candidate]) -> tuple[Option, ...]:
    """The right option first, then the wrong ones."""
    return (Option(target.text, True), *(Option(c.text, False) for c in wrong))


def entities_of(*facts: Fact) -> tuple[str, ...]:
    """Canonical names of the people, places and organisations among ``facts``, once each."""
    names: list[str] = []
    for fact in facts:
        if fact.type != "DATE" and fact.canonical not in names:
            names.append(fact.canonical)
    return tuple(names)
