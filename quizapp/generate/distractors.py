"""Wrong options: same type as the answer, plausible, never an alias of it, never also true."""

import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

from .dates import date_variants, interval, precision, shape
from .forms import (
    REFERENCE_PLACES,
    form_of,
    is_container,
    is_generic,
    party_form,
    same_thing,
    to_party_form,
)
from .names import looks_like_name, partial_names
from .quality import has_debris
from .textutil import fold, fold_name, squash, trim_possessive
from .types import Fact, SourcePassage

MIN_CONFIDENCE = 0.75  # facts less sure than this are never offered as options


@dataclass(frozen=True, slots=True)
class Candidate:
    type: str
    text: str  # as shown in an option
    canonical: str
    value: str | None = None  # DATE: the normalised value
    tier: int = 1  # 0 same section, 1 same document, 2 pool, 3 made up (dates), 4 reference
    count: int = 1  # mentions in its document
    shape: str = ""  # DATE: how the text writes it (see ``dates.shape``)


def display(fact: Fact, language: str) -> str:
    """A mention as an option shows it: one line, English possessive dropped."""
    text = squash(fact.text)
    return trim_possessive(text, 0, len(text))[0] if language == "en" else text


def is_alias(a: str, b: str, canonical_a: str = "", canonical_b: str = "") -> bool:
    """Whether two names may be the same thing: equal folds, one inside the other, near spelling."""
    names_a = {fold_name(x) for x in (a, canonical_a) if x}
    names_b = {fold_name(x) for x in (b, canonical_b) if x}
    return any(_same_name(x, y) for x in names_a for y in names_b)


@lru_cache(maxsize=262144)
def _same_name(x: str, y: str) -> bool:
    if x == y or _contains(x, y) or _contains(y, x) or same_thing(x, y):
        return True
    return SequenceMatcher(None, x, y).ratio() >= 0.8


def _shares_a_name(a: str, b: str) -> bool:
    """Two people's names with a word of four letters or more in common."""
    words_a = {w for w in fold_name(a).split() if len(w) >= 4}
    return bool(words_a & set(fold_name(b).split()))


def _contains(outer: str, inner: str) -> bool:
    """``inner``'s words all inside ``outer`` (a surname, a shortened organisation name)."""
    inner_words = [w for w in inner.split() if w not in ("of", "the", "and")]
    return bool(inner_words) and set(inner_words) <= set(outer.split())


class CandidateIndex:
    """The options that can stand for each type of fact in one document, and in the pool."""

    def __init__(self, passages: Sequence[SourcePassage], pool: Sequence[Fact], language: str):
        self.language = language
        self.vocabulary = frozenset(w for p in passages for w in p.text.split())
        self.partial = partial_names(passages)
        self._sections: dict[tuple[str, str], set[str]] = defaultdict(set)
        for passage in passages:
            for fact in passage.facts:
                self._sections[_name_key(fact)].add(passage.section)
        self.document = self._gather((f for p in passages for f in p.facts), 1)
        self.pool = self._gather(pool, 2)
        self.reference = [
            Candidate("PLACE", name, fold_name(name), tier=4)
            for names in REFERENCE_PLACES.get(language, {}).values()
            for name in names
        ]
        self.dates = [c for c in self.document.get("DATE", []) if precision(c.value)]

    def _gather(self, facts: Iterable[Fact], tier: int) -> dict[str, list[Candidate]]:
        shown: dict[tuple[str, str], Counter] = defaultdict(Counter)
        values: dict[tuple[str, str], str | None] = {}
        for fact in facts:
            text = display(fact, self.language)
            if fact.confidence < MIN_CONFIDENCE or has_debris(text) or len(text) < 2:
                continue
            key = _name_key(fact)
            shown[key][text] += 1
            values[key] = fact.value
        by_type: dict[str, list[Candidate]] = defaultdict(list)
        for (kind, name), texts in shown.items():
            text, _ = texts.most_common(1)[0]
            canonical = name if kind != "DATE" else text
            form = shape(text, self.language) if kind == "DATE" else ""
            value = values[(kind, name)]
            by_type[kind].append(Candidate(kind, text, canonical, value, tier, texts.total(), form))
        return by_type

    def looks_like_name(self, text: str) -> bool:
        """False for a plural common noun taken for a name (« دانشجویان », "students"), or for
        the tail of a name cut in two (« یوکوف » of « میلی یوکوف »)."""
        if fold_name(text) in self.partial:
            return False
        return looks_like_name(text, self.language, self.vocabulary)

    def in_section(self, candidate: Candidate, section: str) -> bool:
        key = (candidate.type, candidate.value or candidate.canonical)
        return section in self._sections.get(key, ())


def _name_key(fact: Fact) -> tuple[str, str]:
    return fact.type, fact.value or fold_name(fact.canonical)


def _jitter(seed: int, *parts: str) -> int:
    return zlib.crc32("\x1f".join((str(seed), *parts)).encode())


@dataclass(frozen=True, slots=True)
class Excluded:
    """What an option must not be: the answer and every same-type fact of its passage."""

    names: tuple[tuple[str, str], ...]
    values: frozenset[str]
    ranges: tuple[tuple[str, str], ...]  # spans of the passage's date ranges ("5 or 6 Nov.")

    @classmethod
    def of(cls, answer: Fact, text: str, passage: SourcePassage, language: str) -> "Excluded":
        same = [f for f in passage.facts if f.type == answer.type]
        names = {(text, answer.canonical)} | {(display(f, language), f.canonical) for f in same}
        values = {f.value for f in [answer, *same] if f.value}
        ranges = [interval(v) for v in values if "/" in v]
        return cls(tuple(sorted(names)), frozenset(values), tuple(r for r in ranges if r))

    def rejects(self, candidate: Candidate) -> bool:
        if candidate.type == "DATE":
            if candidate.value in self.values:
                return True
            span = interval(candidate.value)
            if span and any(span[0] <= high and low <= span[1] for low, high in self.ranges):
                return True
            return any(fold(candidate.text) == fold(text) for text, _ in self.names)
        if candidate.type == "PERSON" and any(
            _shares_a_name(candidate.text, text) for text, _ in self.names
        ):
            return True  # « آنتونوف ساراتوفسکی » is a trap beside « آنتونوف اوفسینکو »
        return any(
            is_alias(candidate.text, text, candidate.canonical, canonical)
            for text, canonical in self.names
        )


def choose(
    answer: Fact, text: str, passage: SourcePassage, index: CandidateIndex, seed: int, n: int = 3
) -> list[Candidate]:
    """Up to ``n`` wrong options for ``answer`` (shown as ``text``) in ``passage``."""
    excluded = Excluded.of(answer, text, passage, index.language)
    if answer.type == "DATE":
        ranked = _date_candidates(answer, index)
    else:
        ranked = _name_candidates(answer, text, passage.section, index, seed)
    chosen: list[Candidate] = []
    here = _folded_text(passage.text)
    for candidate in ranked:
        if excluded.rejects(candidate) or _mentioned(candidate.text, here):
            continue
        if candidate.type == "PLACE" and is_container(candidate.text):
            continue
        if candidate.type == "PERSON" and not index.looks_like_name(candidate.text):
            continue
        if any(_clash(candidate, other) for other in chosen):
            continue
        chosen.append(candidate)
        if len(chosen) == n:
            break
    return chosen


@lru_cache(maxsize=4096)
def _folded_text(text: str) -> str:
    return f" {fold(text)} "


def _mentioned(name: str, folded_text: str) -> bool:
    """Whether the passage names it anyway (a mention the extractor missed is still true)."""
    folded = fold_name(name) if len(name) > 3 else fold(name)
    return bool(re.search(rf"(?<!\w){re.escape(folded)}", folded_text))


def _clash(a: Candidate, b: Candidate) -> bool:
    if a.type == "DATE":
        return a.value == b.value or fold(a.text) == fold(b.text)
    return is_alias(a.text, b.text, a.canonical, b.canonical)


def _name_candidates(
    answer: Fact, text: str, section: str, index: CandidateIndex, seed: int
) -> list[Candidate]:
    """Names of the answer's type, the likeliest-looking first."""
    kind, language = answer.type, index.language
    form, generic = form_of(text, kind, language), is_generic(text)
    scored = []
    extra = index.reference if kind == "PLACE" else []
    for candidate in index.document.get(kind, []) + index.pool.get(kind, []) + extra:
        candidate = _reshaped(candidate, text, kind, language)
        tier = 0 if candidate.tier == 1 and index.in_section(candidate, section) else candidate.tier
        key = (
            is_generic(candidate.text) and not generic,
            form_of(candidate.text, kind, language) != form,
            tier,  # the same chapter's names first: they belong to the same story
            _length_ratio(text, candidate.text) < 0.45,
            -min(candidate.count, 4),
            _jitter(seed, answer.canonical, candidate.canonical),
        )
        scored.append((key, candidate if tier == candidate.tier else _with_tier(candidate, tier)))
    scored.sort(key=lambda pair: pair[0])
    return [candidate for _, candidate in scored]


def _reshaped(candidate: Candidate, text: str, kind: str, language: str) -> Candidate:
    """An English party name in the answer's number ("Mensheviks" for "Bolsheviks")."""
    if kind != "ORG" or language != "en" or not party_form(text):
        return candidate
    turned = to_party_form(candidate.text, party_form(text))
    return candidate if turned in (None, candidate.text) else replace(candidate, text=turned)


def _length_ratio(a: str, b: str) -> float:
    return min(len(a), len(b)) / max(len(a), len(b), 1)


def alike(candidate: Candidate, text: str, kind: str, language: str) -> bool:
    """Whether a wrong option could stand in the answer's place word for word."""
    if kind == "DATE":
        return True
    if is_generic(candidate.text) and not is_generic(text):
        return False
    same_form = form_of(candidate.text, kind, language) == form_of(text, kind, language)
    return same_form and _length_ratio(text, candidate.text) >= 0.45


def _with_tier(candidate: Candidate, tier: int) -> Candidate:
    return replace(candidate, tier=tier)


def _date_candidates(answer: Fact, index: CandidateIndex) -> list[Candidate]:
    """The document's dates of the same shape, and made-up ones, nearest in time first."""
    kind, form = precision(answer.value), shape(answer.text, index.language)
    made = [Candidate("DATE", t, t, v, 3) for t, v in date_variants(answer, index.language)]
    real = [c for c in index.dates if c.shape == form and precision(c.value) == kind]
    here = _day_number(answer.value)
    return sorted(real + made, key=lambda c: (abs(_day_number(c.value) - here), c.tier, c.text))


def _day_number(value: str | None) -> int:
    span = interval(value)
    if span is None:
        return 0
    year, month, day = (int(part) for part in span[0].split("-"))
    return year * 372 + month * 31 + day


def quality(candidates: Sequence[Candidate], text: str, kind: str, language: str) -> float:
    """How good a set of wrong options looks, 0..1: close by, alike in form and length."""
    if not candidates:
        return 0.0
    marks = []
    for candidate in candidates:
        mark = {0: 1.0, 1: 0.9, 2: 0.75, 3: 0.85, 4: 0.7}[candidate.tier]
        marks.append(mark - (0 if alike(candidate, text, kind, language) else 0.3))
    return max(0.0, sum(marks) / len(marks))
