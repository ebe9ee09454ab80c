"""Question generation for one document: every kind, gated, scored and balanced.

``generate_questions`` reads a document's passages (one language) and returns drafts; the
builder approves those scoring at least ``APPROVE_AT``. Everything is deterministic for a seed,
and a question's ``key`` does not depend on the seed at all.
"""

import importlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from quizapp.extract import fa_lexicon

from .candidates import CandidateIndex
from .dates import precision
from .events import event_names, names_event, names_no_month, other_events
from .forms import is_generic, place_class
from .kinds import cloze, likeliest, mcq, true_false
from .quality import (
    A_COUNTRY,
    ANSWER_IN_LIST,
    BARE_DAY,
    CLUE_IN_STEM,
    DEFAULT_GUESS,
    EVENT_MONTH,
    GENERIC_NAME,
    IMPLAUSIBLE_SWAP,
    IN_A_SERIES,
    MISSPELT,
    NOT_A_NAME,
    PART_OF_A_NAME,
    SET_PHRASE,
    SLACK,
    SURPLUS,
    UNBALANCED,
    mark_near_duplicates,
    with_reason,
)
from .sentences import sentences_of
from .spelling import Spelling
from .statements import placed_by_another_town
from .targets import Target, targets_of, wrong_options
from .timeline import events_of, group_events, timeline
from .types import CLOZE, MCQ, TRUE_FALSE, WHO_SAID, Draft, Option, SourcePassage
from .who_said import who_said

GENERATOR_VERSION = "5.20"  # bump when output changes
APPROVE_AT = 0.7  # drafts scoring at least this are approved automatically

_PHRASERS = {"en": ("phrasing_en", "wh_question_en"), "fa": ("phrasing_fa", "wh_question_fa")}


def _optional(module: str, name: str) -> Callable | None:
    """A function of a sibling module, or None while that module is not there."""
    try:
        return getattr(importlib.import_module(f"{__package__}.{module}"), name)
    except (ImportError, AttributeError):
        return None


def generate_questions(
    passages: Sequence[SourcePassage], *, pool: Sequence[SourcePassage] = (), seed: int = 0
) -> list[Draft]:
    """All questions of one document (its passages, one language). ``pool``: the passages of
    the other documents in that language, for distractors when the document has too few and for
    telling which names are alike. Deterministic for a seed."""
    if not passages:
        return []
    language = passages[0].language
    index = CandidateIndex(passages, pool, language)
    phrase = _optional(*_PHRASERS.get(language, _PHRASERS["en"]))
    find = _optional("quotes", "find_quotes")
    drafts, events = [], []
    named = event_names((p.text for p in (*passages, *pool)), language)
    for order, passage in enumerate(passages):
        sentences = sentences_of(passage)
        for sentence in sentences:
            for target in map(index.vouched, targets_of(sentence)):
                wide = wrong_options(target, index, seed, n=15)
                wrong = likeliest(target, wide)
                made = [cloze(target, wrong), true_false(target, wide)]
                made += [d for d in [true_false(target, wide, flipped=True)] if d]
                made += [d for d in [mcq(target, wide, phrase) if phrase else None] if d]
                made = _event_month(_doubtful_answer(made, target, index), target, named)
                drafts += _bare_day(made, target)
        if find is not None:
            drafts += who_said(passage, sentences, index, seed, find)
        events += events_of(sentences, order)
    drafts += [timeline(group, seed) for group in group_events(events)]
    drafts = _misspelt(_unique(drafts), Spelling([*passages, *pool]))
    drafts = balance_truth(mark_near_duplicates(drafts))
    return balance_positions(drafts, seed)


def _misspelt(drafts: list[Draft], spelling: Spelling) -> list[Draft]:
    """Flag questions that show a word misspelt in the source (« سپنامبر »)."""
    return [
        with_reason(d, MISSPELT)
        if spelling.misspelt([d.context, d.prompt, *(o.text for o in d.options)])
        else d
        for d in drafts
    ]


def _doubtful_answer(drafts: list[Draft], target: Target, index: CandidateIndex) -> list[Draft]:
    """Flag questions whose answer is a plural noun taken for a name, or a bare "Council", and
    blanks that the words beside them fill (« انقلاب کبیر ___ »)."""
    if target.fact.type == "PERSON" and not index.looks_like_name(target.text):
        return [_kept_if_true(d, NOT_A_NAME) for d in drafts]  # the sentence itself still holds
    if target.fact.type == "ORG" and is_generic(target.text):
        return [_kept_if_true(d, GENERIC_NAME) for d in drafts]
    if index.is_default_guess(target.fact):  # and a false statement about it is absurd
        return [_kept_if_true(d, DEFAULT_GUESS) for d in drafts]
    if target.fact.type == "PLACE" and place_class(target.text) == "continent":
        return [_kept_if_true(d, DEFAULT_GUESS) for d in drafts]  # four continents, one story
    if target.fact.type == "PLACE" and place_class(target.text) == "land":
        return [_kept_if_true(d, A_COUNTRY) for d in drafts]
    if placed_by_another_town(target):
        return [d if d.kind == TRUE_FALSE else with_reason(d, CLUE_IN_STEM) for d in drafts]
    if target.fact.type == "ORG" and _goes_on(target, index):
        return [d if d.kind == TRUE_FALSE else with_reason(d, PART_OF_A_NAME) for d in drafts]
    if in_a_series(target):
        return [d if d.kind == TRUE_FALSE else with_reason(d, IN_A_SERIES) for d in drafts]
    if one_of_others(target):
        return [d if d.kind == TRUE_FALSE else with_reason(d, ANSWER_IN_LIST) for d in drafts]
    start, end = target.local
    text = target.sentence.text
    if index.collocations.predictable(text[:start], target.text, text[end:]):
        # a blank the phrase fills, or a false statement that breaks a set phrase (« عصر لنین »)
        return [_set_phrase(d) for d in drafts]
    return drafts


def _goes_on(target: Target, index: CandidateIndex) -> bool:
    """A Persian body's name that goes on past the answer (« _____ دهقانان »): a blank on its
    start leaves options that make bodies no one ever named. (Persian only: telling the word
    after from half of a verb takes its lexicon.)"""
    if target.language != "fa":
        return False
    _, end = target.local
    after = target.sentence.text[end:]
    return index.collocations.goes_on(target.text, after, is_verb=fa_lexicon.is_verb_form)


def _event_month(drafts: list[Draft], target: Target, named: frozenset) -> list[Draft]:
    """A month naming an event (« انقلاب اکتبر ») is asked only as a statement, made false by
    another month the text names that kind of event by (« انقلاب فوریه »)."""
    start, end = target.local
    event = target.fact.type == "DATE" and names_event(
        target.sentence.text, start, end, target.language
    )
    if not event:
        return drafts
    head, month = event
    others = other_events(head, month, named)
    kept = []
    for draft in drafts:
        true = draft.kind == TRUE_FALSE and draft.options[0].correct
        swapped = draft.kind == TRUE_FALSE and any(
            (names_event(draft.prompt, *span, target.language) or ("",))[0] == head
            for span in _spans_of(draft.prompt, _added(others, target.sentence.text, draft))
        )
        kept.append(draft if true or swapped else with_reason(draft, EVENT_MONTH))
    return kept


def _bare_day(drafts: list[Draft], target: Target) -> list[Draft]:
    """A day whose month the sentence never names (« در روز شانزدهم ») asks the reader for
    what only the pages before told."""
    fact = target.fact
    if fact.type != "DATE" or precision(fact.value) != "day":
        return drafts
    start, end = target.local
    if names_event(target.sentence.text, start, end, target.language):
        return drafts  # a month, not a day
    if not names_no_month(target.sentence.text, target.language):
        return drafts
    # a blank and a statement show its month (see ``kinds``); a question in other words cannot
    return [d if d.kind in (CLOZE, TRUE_FALSE) else with_reason(d, BARE_DAY) for d in drafts]


def _added(months: set[str], sentence: str, draft: Draft) -> set[str]:
    """The months a statement names more often than its sentence: the one swapped in."""
    prompt, sentence = draft.prompt.lower(), sentence.lower()
    return {m for m in months if prompt.count(m) > sentence.count(m)}


def _spans_of(text: str, words: set[str]) -> list[tuple[int, int]]:
    lowered = text.lower()
    return [(i, i + len(w)) for w in words if (i := lowered.find(w)) >= 0]


def _set_phrase(draft: Draft) -> Draft:
    if draft.kind != TRUE_FALSE:
        return with_reason(draft, SET_PHRASE)
    return draft if draft.options[0].correct else with_reason(draft, IMPLAUSIBLE_SWAP)


def _kept_if_true(draft: Draft, reason: str) -> Draft:
    """Only a true statement survives ``reason``: the sentence as it stands is still a fact."""
    if draft.kind == TRUE_FALSE and draft.options[0].correct:
        return draft
    return with_reason(draft, reason)


def in_a_series(target: Target) -> bool:
    """A date among two or more others in its sentence ("in April and July …, in ___, from
    mid-September"): the series gives it away."""
    others = [f for f in target.sentence.facts if f.type == "DATE" and f != target.fact]
    return target.fact.type == "DATE" and len(others) >= 2


def one_of_others(target: Target) -> bool:
    """An answer the sentence says did as others did (« تزرتلی هم مانند … », "Kamenev, too,"):
    the others the text named before fit the blank as well."""
    _, end = target.local
    return bool(_ALSO.match(target.sentence.text, end))


_ALSO = re.compile(r"\s*(?:(?:هم|نیز)(?![\w\u200c])|,? too\b|,? also\b)")


def _unique(drafts: list[Draft]) -> list[Draft]:
    """One draft per key (a sentence repeated word for word gives the same questions)."""
    seen: set[str] = set()
    kept = []
    for draft in drafts:
        if draft.key not in seen:
            seen.add(draft.key)
            kept.append(draft)
    return kept


def balance_truth(drafts: list[Draft]) -> list[Draft]:
    """Keep approved true statements and false ones near even (answering "true" every time,
    or "false", must not pay); the weakest of the larger side wait for an editor."""
    approved = [d for d in drafts if d.kind == TRUE_FALSE and d.score >= APPROVE_AT]
    true = [d for d in approved if d.options[0].correct]
    false = [d for d in approved if not d.options[0].correct]
    larger, smaller = (true, false) if len(true) >= len(false) else (false, true)
    allowed = int(SURPLUS * len(smaller)) + SLACK
    weakest = sorted(larger, key=lambda d: (d.score, d.key))[: max(0, len(larger) - allowed)]
    surplus = {d.key for d in weakest}
    return [with_reason(d, UNBALANCED) if d.key in surplus else d for d in drafts]


def balance_positions(drafts: list[Draft], seed: int) -> list[Draft]:
    """Put each right option where the right options so far have been least often."""
    rng = random.Random(seed)
    tallies = {True: [0, 0, 0, 0], False: [0, 0, 0, 0]}  # approved and not, each balanced
    balanced = []
    for draft in drafts:
        if draft.kind not in (CLOZE, MCQ, WHO_SAID) or len(draft.options) < 2:
            balanced.append(draft)
            continue
        size, counts = len(draft.options), tallies[draft.score >= APPROVE_AT]
        fewest = min(counts[:size])
        position = rng.choice([i for i in range(size) if counts[i] == fewest])
        counts[position] += 1
        balanced.append(replace(draft, options=_placed(draft.options, position, rng)))
    return balanced


def _placed(options: tuple[Option, ...], position: int, rng: random.Random) -> tuple[Option, ...]:
    right = [o for o in options if o.correct]
    wrong = [o for o in options if not o.correct]
    rng.shuffle(wrong)
    return tuple(wrong[:position] + right + wrong[position:])
