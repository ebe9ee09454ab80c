"""Wrong options: same type as the answer, plausible, never an alias of it, never also true."""

import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

from .candidates import REFERENCE_TIER, Candidate, CandidateIndex, display, name_key
from .dates import calendar_twins, date_variants, interval, precision, shape
from .forms import (
    form_of,
    is_container,
    is_generic,
    org_class,
    party_form,
    same_thing,
    to_party_form,
)
from .sides import ally, apart_from, other_camp, stranger
from .textutil import fold, fold_name
from .titles import title_before
from .types import Fact, SourcePassage

UNSURE_NEAR = 0.15  # how near the answer a less sure name must be to be offered
FAR = 0.08  # a judged nearness under this: the option belongs to another story
SAME_CAMP = 0.15  # what standing in the answer's camp (named in lists beside it) adds
SLOT_WEIGHT = 0.5  # how much fitting the answer's place in its sentence adds to nearness
NEAR_STEP = 0.05  # nearness is compared in steps: within one, others decide
SAME_CHAPTER = 0.08  # what sharing the answer's chapter adds to a name's nearness
REFERENCE_PENALTY = 0.1  # a made-up place stands behind the corpus's own names


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
        if answer.type == "DATE":  # the answer's day in the other calendar is no wrong answer
            ranges += calendar_twins(answer.value, answer.calendar)
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
    answer: Fact,
    text: str,
    passage: SourcePassage,
    index: CandidateIndex,
    seed: int,
    n: int = 3,
    company: Sequence[str] = (),
    sentence: tuple[int, int] | None = None,
) -> list[Candidate]:
    """Up to ``n`` wrong options for ``answer`` (shown as ``text``) in ``passage``
    (``company``: the other people its sentence names, who tell its camp when lists do not;
    ``sentence``: the answer's sentence, the only months a month must not be)."""
    scope = _months_scope(answer, passage, sentence)
    excluded = Excluded.of(answer, text, scope, index.language)
    if answer.type == "DATE":
        ranked = _date_candidates(answer, index)
    else:
        slot = index.affinity.slot(passage.text, answer.start, answer.end, answer.type)
        ranked = _name_candidates(answer, text, passage.section, index, seed, slot)
    chosen: list[Candidate] = []
    later: list[Candidate] = []  # people outside a known answer's camp: only to make up numbers
    camp = index.camps.camp_of(answer.canonical, answer.type, company)
    here = _folded_text(scope.text)
    title = title_before(passage.text, answer.start, index.language)
    for candidate in ranked:
        if excluded.rejects(candidate) or _mentioned(candidate.text, here):
            continue
        if not candidate.sure and candidate.near < UNSURE_NEAR:
            continue
        if stranger(candidate, answer, index):
            continue  # Lenin for the general who summoned the memoirist
        if candidate.type == "PLACE" and is_container(candidate.text):
            continue
        if candidate.type == "PLACE" and _district_of_a_town(candidate, answer, index):
            continue
        if candidate.type == "PERSON" and not index.looks_like_name(candidate.text):
            continue
        if (fold_name(text), fold_name(candidate.text)) in index.joined:
            continue  # « اوفسینکو » is « آنتونوف » too
        if candidate.type == "PERSON" and set(fold_name(candidate.text).split()) & index.author:
            continue  # the author, quoting others, would be a wrong option that is half right
        if other_camp(candidate, camp, index):
            continue  # Kerensky among the Bolshevik leaders
        if title and fold_name(candidate.canonical) not in index.titled.get(title, ()):
            continue  # no "General Kerensky"
        if answer.type == "PERSON" and index.camps.twins(answer.canonical, candidate.canonical):
            continue  # Zinoviev for Kamenev: what one did, the other mostly did too
        if any(_clash(candidate, other) for other in chosen):
            continue
        candidate = replace(candidate, ally=ally(candidate, camp, index, answer))
        if candidate.ally is None and apart_from(candidate, chosen, index):
            candidate = replace(candidate, ally=False)  # options from one side, not both
        if candidate.ally is False:  # outside the answer's camp, or of another text's
            if candidate.type == "PERSON":  # a town abroad is no stand-in for a Russian one
                later.append(candidate)
            continue
        chosen.append(candidate)
        if len(chosen) == n:
            break
    return chosen + later[: n - len(chosen)]


def _months_scope(
    answer: Fact, passage: SourcePassage, sentence: tuple[int, int] | None
) -> SourcePassage:
    """Where a wrong option must not come from: the passage, or for a month only the answer's
    sentence. A passage that also names August and October would leave July, November and
    December to stand beside September, and a month after the story's turning point gives
    itself away ("before October … in November")."""
    if sentence is None or answer.type != "DATE" or precision(answer.value) != "month":
        return passage
    start, end = sentence
    facts = tuple(f for f in passage.facts if start <= f.start and f.end <= end)
    return replace(passage, text=passage.text[start:end], facts=facts)


def _district_of_a_town(candidate: Candidate, answer: Fact, index: CandidateIndex) -> bool:
    """A district offered for a town (the Vyborg side for Petrograd): part of the answer."""
    parts = index.districts
    return fold_name(candidate.canonical) in parts and fold_name(answer.canonical) not in parts


@lru_cache(maxsize=4096)
def _folded_text(text: str) -> str:
    return f" {fold(text)} "


def _mentioned(name: str, folded_text: str) -> bool:
    """Whether the passage names it anyway (a mention the extractor missed is still true)."""
    folded = fold_name(name) if len(name) > 3 else fold(name)
    if folded not in folded_text:  # the cheap test first: most names are nowhere in it
        return False
    return bool(re.search(rf"(?<!\w){re.escape(folded)}", folded_text))


def _clash(a: Candidate, b: Candidate) -> bool:
    if a.type == "DATE":
        return a.value == b.value or fold(a.text) == fold(b.text)
    return is_alias(a.text, b.text, a.canonical, b.canonical)


def _name_candidates(
    answer: Fact,
    text: str,
    section: str,
    index: CandidateIndex,
    seed: int,
    slot: Callable[[tuple[str, str]], float] = lambda key: 0.0,
) -> Iterator[Candidate]:
    """Names of the answer's type, the likeliest-looking first: alike in form, then nearest
    to the answer in the corpus and fitting its place in the sentence best (the same chapter
    counting a little more)."""
    kind, language = answer.type, index.language
    form, generic = form_of(text, kind, language), is_generic(text)
    answer_key = name_key(answer)
    scored = []
    extra = index.reference if kind == "PLACE" else []
    for number, candidate in enumerate(
        index.document.get(kind, []) + index.pool.get(kind, []) + extra
    ):
        candidate = _reshaped(candidate, text, kind, language)
        tier = 0 if candidate.tier == 1 and index.in_section(candidate, section) else candidate.tier
        near = index.affinity(answer_key, (kind, candidate.canonical))
        bonus = {0: SAME_CHAPTER, REFERENCE_TIER: -REFERENCE_PENALTY}.get(tier, 0.0)
        bonus += SLOT_WEIGHT * slot((kind, candidate.canonical))
        if index.camps.together(answer.canonical, candidate.canonical, kind):
            bonus += SAME_CAMP
        key = (
            is_generic(candidate.text) and not generic,
            form_of(candidate.text, kind, language) != form,
            -round((near + bonus) / NEAR_STEP),
            _length_ratio(text, candidate.text) < 0.45,
            -min(candidate.count, 4),
            _jitter(seed, answer.canonical, candidate.canonical),
            number,
        )
        scored.append((key, candidate, tier, near))
    scored.sort(key=lambda entry: entry[0])
    known = index.affinity.known(answer_key)
    for _, candidate, tier, near in scored:  # made lazily: few of the many are ever looked at
        judged = known and index.affinity.known((kind, candidate.canonical))
        yield replace(candidate, tier=tier, near=round(near, 3), judged=judged)


def _reshaped(candidate: Candidate, text: str, kind: str, language: str) -> Candidate:
    """An English party name in the answer's number ("Mensheviks" for "Bolsheviks")."""
    if kind != "ORG" or language != "en" or not party_form(text):
        return candidate
    turned = to_party_form(candidate.text, party_form(text))
    return candidate if turned in (None, candidate.text) else replace(candidate, text=turned)


def _length_ratio(a: str, b: str) -> float:
    return min(len(a), len(b)) / max(len(a), len(b), 1)


def far(candidate: Candidate) -> bool:
    """Whether a wrong option is known to belong elsewhere than the answer: the corpus has
    enough of both names, and they seldom share words around them or passages."""
    return candidate.judged and candidate.near < FAR


def alike(candidate: Candidate, text: str, kind: str, language: str) -> bool:
    """Whether a wrong option could stand in the answer's place word for word."""
    if kind == "DATE":
        return True
    if is_generic(candidate.text) and not is_generic(text):
        return False
    same_form = form_of(candidate.text, kind, language) == form_of(text, kind, language)
    if kind == "ORG" and language == "en":  # bodies of a kind differ in length, not in number
        same_kind = org_class(candidate.text) == org_class(text)
        same_case = candidate.text[:1].isupper() == text[:1].isupper()  # "sixth congress of …"
        return same_kind and same_case and _plural(candidate.text) == _plural(text)
    return same_form and _length_ratio(text, candidate.text) >= 0.45


def _plural(name: str) -> bool:
    last = name.split()[-1] if name.split() else ""
    return last.endswith("s") and not last.endswith("ss") and last[:1].isupper()


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
