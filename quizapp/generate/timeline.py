"""Timelines: three to five dated events of one document to put in order.

Each event is the clause of its sentence around the date, with the date (and its preposition)
taken out so the wording does not give the order away.
"""

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import quality as q
from .dates import interval, precision
from .sentences import Sentence
from .targets import Target, entities_of, key_of, targets_of
from .textutil import clean_stem, count_words, fold, opens_with_pronoun, unresolved
from .types import TIMELINE, Draft, Option

MIN_EVENTS, MAX_EVENTS = 3, 5
MAX_ITEM_WORDS = 32
MAX_PASSAGE_SPAN = 12  # a timeline across passages reaches at most this many passages on
PROMPT = {
    "en": "Put these events in the order they happened, earliest first.",
    "fa": "این رویدادها را به ترتیب زمانی، از نخستین تا آخرین، مرتب کنید.",
}
_PREPOSITIONS = {
    "en": {"on", "in", "at", "by", "during", "until", "till", "since", "from", "of", "early"},
    "fa": {"در", "از", "تا", "به", "طی", "طول"},
}


@dataclass(frozen=True, slots=True)
class Event:
    target: Target
    text: str  # the clause, date removed
    span: tuple[str, str]  # the first and last day the date covers
    order: int  # the passage's place in the document

    @property
    def comparable_key(self) -> tuple[str | None, bool]:
        return self.target.fact.calendar or "unknown", self.span[0].startswith("0000")


def event_text(target: Target) -> str | None:
    """The sentence with its date (and the date's preposition) taken out; None when no clean
    wording comes out (another date in it, too long, leaning on the sentence before)."""
    language = target.language
    text, (start, end) = target.sentence.text, target.local
    if any(f.type == "DATE" and f != target.fact for f in target.sentence.facts):
        return None  # another date would give the order away, or leave a second blank
    before, after = text[:start], text[end:]
    if not _drop_preposition(before, language).strip():  # "On June 24 it ..." → "It ..."
        before = ""
        after = re.sub(r"^\s*(?:به بعد|به این سو|onwards?)?\s*[,،]?", "", after)
    elif re.fullmatch(r"[\s.!…»”\"')\]]*", after):  # "… the delegates on Nov. 1." → "… delegates."
        before = _drop_preposition(before, language)
    else:
        after = "…" + after  # inside the sentence the date is blanked, its preposition kept
    item = _shortened(_tidy(before + " " + after, language), language)
    if item is None or item.endswith(("?", "؟")):
        return None
    first = item.split()[0].lower() if item else ""
    if first in _LEANING[language] or opens_with_pronoun(item, language):
        return None
    if _DEMONSTRATIVE.search(item) if language == "en" else unresolved(item, "", language):
        return None  # « این قطع‌نامه »: an item read out of its place names nothing
    return item


def _shortened(item: str, language: str) -> str | None:
    """The item, or when long (English) its head up to a comma before a new clause; else None."""
    if count_words(item) <= MAX_ITEM_WORDS:
        return item
    if language != "en":
        return None
    for match in reversed(list(re.finditer(r"[,;]\s+(?=[a-z])(?!and\b|or\b)", item))):
        head = item[: match.start()]
        if 10 <= count_words(head) <= 24 and not q.unbalanced(head) and not head.endswith("…"):
            return head + " …"
    return None


_DEMONSTRATIVE = re.compile(r"\b(?:this|these|those)\s+[a-z]", re.IGNORECASE)
_LEANING = {
    "en": {"which", "who", "whom", "that", "because", "while", "when", "where", "whereas"},
    "fa": {"که", "زیرا", "تا", "چون", "ولی", "اما", "و"},
}


def _drop_preposition(before: str, language: str) -> str:
    match = re.search(r"(\S+)\s*$", before)
    if match and match.group(1).lower() in _PREPOSITIONS[language]:
        return before[: match.start()]
    return before


def _tidy(text: str, language: str) -> str:
    text = clean_stem(text).replace("….", "…")
    text = re.sub(r"\s+([,.;:،؛!?؟)])", r"\1", text)
    text = re.sub(r"([,،])\s*[,،]", r"\1", text)
    text = re.sub(r"^[\s,.;:،؛)—-]+|[\s,;:،؛(—-]+$", "", text).strip()
    text = re.sub(r"^(?:and|but|then|و|اما)\s+", "", text, flags=re.IGNORECASE)
    if language == "en" and text:
        text = text[0].upper() + text[1:]
    return text


def events_of(sentences: Sequence[Sentence], order: int) -> list[Event]:
    """The usable dated events of a passage's sentences."""
    events = []
    for sentence in sentences:
        shown = clean_stem(sentence.text)
        if q.is_fragment(shown, sentence.language) or q.sentence_debris(sentence.text):
            continue
        if q.is_citation(shown):
            continue
        for target in targets_of(sentence):
            span = interval(target.fact.value)
            if target.fact.type != "DATE" or span is None or not precision(target.fact.value):
                continue
            if target.fact.confidence < q.MIN_CONFIDENCE:
                continue
            text = event_text(target)
            if text is None or count_words(text) < 5 or q.has_debris(text):
                continue
            if not any(
                f.type != "DATE" and f.confidence >= q.MIN_CONFIDENCE for f in sentence.facts
            ):
                continue  # an event names who or where: without a name it rarely stands alone
            events.append(Event(target, text, span, order))
    return events


def _fits(event: Event, group: list[Event]) -> bool:
    for other in group:
        if other.comparable_key != event.comparable_key:
            return False
        if not (event.span[1] < other.span[0] or other.span[1] < event.span[0]):
            return False
        if event.target.sentence == other.target.sentence:
            return False
        if _overlap(event.text, other.text) >= 0.5:
            return False
    return True


def _overlap(a: str, b: str) -> float:
    """Shared words of two items over the words of the shorter one."""
    words_a, words_b = _content_words(a), _content_words(b)
    return len(words_a & words_b) / max(1, min(len(words_a), len(words_b)))


def _content_words(text: str) -> set[str]:
    words = re.findall(r"\w+", fold(text))
    return {w for w in words if len(w) > 2 and w not in _FUNCTION_WORDS}


_FUNCTION_WORDS = frozenset(
    "the and of was were had has that with for from this which were their his her its not but "
    "all also were into been را که در از به با برای این آن بود شد کرد هم نیز تا".split()
)


def group_events(events: Sequence[Event]) -> list[list[Event]]:
    """Groups of comparable events, first within passages, then across neighbouring ones."""
    groups, left = [], []
    by_passage: dict[int, list[Event]] = {}
    for event in events:
        by_passage.setdefault(event.order, []).append(event)
    for passage_events in by_passage.values():
        found, rest = _greedy(passage_events)
        groups += found
        left += rest
    found, _ = _greedy(left, span=MAX_PASSAGE_SPAN)
    return groups + found


def _greedy(events: Sequence[Event], span: int = 0) -> tuple[list[list[Event]], list[Event]]:
    groups, rest, pending = [], [], list(events)
    while pending:
        group = [pending.pop(0)]
        keep = []
        for event in pending:
            near = event.order - group[0].order <= span
            same = event.target.sentence.passage.section == group[0].target.sentence.passage.section
            if len(group) < MAX_EVENTS and near and same and _fits(event, group):
                group.append(event)
            else:
                keep.append(event)
        if len(group) >= MIN_EVENTS:
            groups.append(group)
            pending = keep
        else:
            rest.append(group[0])
            pending = [e for e in pending if e is not group[0]]
    return groups, rest


def timeline(group: Sequence[Event], seed: int) -> Draft:
    """One ordering question from a group of events."""
    ordered = sorted(group, key=lambda event: event.span)
    language = group[0].target.language
    first = group[0].target
    sources = [e.target.sentence.text for e in group]
    key = key_of(
        TIMELINE,
        language,
        "\n".join(sources),
        "|".join(e.target.fact.text for e in group),
        first.local[0],
    )
    options = [Option(e.text, True, rank=ordered.index(e) + 1) for e in group]
    shuffled = _shuffle(options, random.Random(f"{seed}:{key}"))
    reasons = [q.OCR_DEBRIS] if any(q.unbalanced(e.text) for e in group) else []
    confidence = min(e.target.fact.confidence for e in group)
    spread = group[-1].order != group[0].order
    explanation = " ".join(dict.fromkeys(clean_stem(e.target.sentence.text) for e in ordered))
    return Draft(
        kind=TIMELINE,
        language=language,
        prompt=PROMPT[language],
        answer=" → ".join(e.text for e in ordered),
        explanation=explanation,
        passage_id=first.sentence.passage.id,
        answer_start=-1,
        answer_end=-1,
        entities=entities_of(*(f for e in group for f in e.target.sentence.facts)),
        options=tuple(shuffled),
        score=q.score(reasons, confidence, 0.7 if spread else 1.0, 1.0),
        reasons=tuple(reasons),
        key=key,
    )


def _shuffle(options: list[Option], rng: random.Random) -> list[Option]:
    """The items in an order that is never already the right one."""
    shuffled = list(options)
    rng.shuffle(shuffled)
    if [o.rank for o in shuffled] == sorted(o.rank or 0 for o in shuffled):
        shuffled = shuffled[1:] + shuffled[:1]
    return shuffled
