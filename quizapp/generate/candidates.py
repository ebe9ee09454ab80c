"""The options a document offers for each type of fact: its own names and dates, its
language's other documents' (the pool), and a gazetteer's places, each with what the corpus
says of it (how often named, how sure, how near the answer)."""

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .affinity import Affinity, stopwords_for
from .camps import Camps
from .collocations import Collocations
from .dates import precision, shape
from .forms import REFERENCE_PLACES, districts, place_class
from .names import joined_names, looks_like_name, partial_names
from .quality import has_debris
from .textutil import fold_name, squash, trim_possessive
from .titles import titled_people
from .types import Fact, SourcePassage

if TYPE_CHECKING:
    from .targets import Target

MIN_CONFIDENCE = 0.75  # facts less sure than this are offered only when near the answer
MIN_CONFIDENCE_NEAR = 0.6  # and facts less sure than this never
REFERENCE_TIER = 4  # places from a gazetteer, not from the texts


@dataclass(frozen=True, slots=True)
class Candidate:
    type: str
    text: str  # as shown in an option
    canonical: str
    value: str | None = None  # DATE: the normalised value
    tier: int = 1  # 0 same section, 1 same document, 2 pool, 3 made up (dates), 4 reference
    count: int = 1  # mentions in its document
    shape: str = ""  # DATE: how the text writes it (see ``dates.shape``)
    near: float = 0.0  # how near the answer it stands in the corpus (see ``affinity``)
    sure: bool = True  # extracted with confidence: else offered only when near the answer
    judged: bool = False  # whether ``near`` rests on enough mentions of both names to mean much
    ally: bool | None = None  # in the answer's camp (see ``camps``); None: no camp known


def display(fact: Fact, language: str) -> str:
    """A mention as an option shows it: one line, English possessive dropped."""
    text = squash(fact.text)
    return trim_possessive(text, 0, len(text))[0] if language == "en" else text


class CandidateIndex:
    """The options that can stand for each type of fact in one document, and in the pool."""

    def __init__(
        self, passages: Sequence[SourcePassage], pool: Sequence[SourcePassage], language: str
    ):
        self.language = language
        self.affinity = Affinity([*passages, *pool], language)
        self.camps = Camps([*passages, *pool], language)
        self.collocations = Collocations(passages, stopwords_for(language))
        self.vocabulary = frozenset(w for p in passages for w in p.text.split())
        self.partial = partial_names(passages)
        self.joined = joined_names(passages)
        self.author = frozenset(
            fold_name(word) for p in passages[:1] for word in p.author.split() if len(word) >= 4
        )
        self._sections: dict[tuple[str, str], set[str]] = defaultdict(set)
        for passage in passages:
            for fact in passage.facts:
                self._sections[name_key(fact)].add(passage.section)
        self.places = _mostly_places([*passages, *pool])
        self.districts = districts([*passages, *pool])
        self.titled = titled_people([*passages, *pool], language)
        self.pool_people = {
            fold_name(f.canonical) for p in pool for f in p.facts if f.type == "PERSON"
        }
        self.document = self._gather((f for p in passages for f in p.facts), 1)
        self.pool = self._gather((f for p in pool for f in p.facts), 2)
        self.reference = [
            Candidate("PLACE", name, fold_name(name), tier=REFERENCE_TIER)
            for names in REFERENCE_PLACES.get(language, {}).values()
            for name in names
        ]
        self._gazetteer = {c.canonical for c in self.reference}  # towns, whatever a tagger said
        self.dates = [c for c in self.document.get("DATE", []) if precision(c.value)]
        places = self.document.get("PLACE", [])
        self.default_places = (
            _default_place(places, _WIDE)
            # a short text is about the country the texts beside it are about
            or _default_place(places + self.pool.get("PLACE", []), _WIDE)
        ) | _default_place(places, ("town",))  # a text's own city, never its neighbours'
        self.default_year = _default_year(passages)
        self._common_people = _common_people(passages)

    def _gather(self, facts: Iterable[Fact], tier: int) -> dict[str, list[Candidate]]:
        shown: dict[tuple[str, str], Counter] = defaultdict(Counter)
        values: dict[tuple[str, str], str | None] = {}
        surest: dict[tuple[str, str], float] = defaultdict(float)
        for fact in facts:
            text = display(fact, self.language)
            if fact.confidence < MIN_CONFIDENCE_NEAR or has_debris(text) or len(text) < 2:
                continue
            key = name_key(fact)
            shown[key][text] += 1
            values[key] = fact.value
            surest[key] = max(surest[key], fact.confidence)
        by_type: dict[str, list[Candidate]] = defaultdict(list)
        for (kind, name), texts in shown.items():
            text, _ = texts.most_common(1)[0]
            canonical = name if kind != "DATE" else text
            form = shape(text, self.language) if kind == "DATE" else ""
            value, sure = values[(kind, name)], surest[(kind, name)] >= MIN_CONFIDENCE
            if sure or (kind != "DATE" and texts.total() >= 2):
                count = texts.total()
                by_type[kind].append(
                    Candidate(kind, text, canonical, value, tier, count, form, sure=sure)
                )
        return by_type

    def looks_like_name(self, text: str) -> bool:
        """False for a plural common noun taken for a name (« دانشجویان », "students"), for
        the tail of a name cut in two (« یوکوف » of « میلی یوکوف »), or for a place the texts
        name as a place more often (« ساراتوف »)."""
        folded = fold_name(text)
        if folded in self.partial or folded in self.places or folded in self._gazetteer:
            return False
        return looks_like_name(text, self.language, self.vocabulary)

    def vouched(self, target: "Target") -> "Target":
        """The target, its fact as sure as a strong cue makes one when its name is among the
        document's most often found (« لنین » is also a word, so each mention is less sure)."""
        fact = self.vouched_fact(target.fact)
        return target if fact is target.fact else replace(target, fact=fact)

    def vouched_fact(self, fact: Fact) -> Fact:
        """A month named outright (« در ماه اکتبر ») is sure even when its year was inferred;
        so is a person the document names most often."""
        month = fact.type == "DATE" and precision(fact.value) == "month"
        common = fact.type == "PERSON" and name_key(fact) in self._common_people
        if not (month or common):
            return fact
        if not MIN_CONFIDENCE_NEAR <= fact.confidence < MIN_CONFIDENCE:
            return fact
        return replace(fact, confidence=MIN_CONFIDENCE)

    def is_default_guess(self, fact: Fact) -> bool:
        if fact.type == "DATE":
            return precision(fact.value) == "year" and fact.value == self.default_year
        return fact.type == "PLACE" and name_key(fact)[1] in self.default_places

    def in_section(self, candidate: Candidate, section: str) -> bool:
        key = (candidate.type, candidate.value or candidate.canonical)
        return section in self._sections.get(key, ())


COMMON_MENTIONS = 20  # a person named this often, and
COMMON_SHARE = 0.02  # making up this share of the document's people, is surely a person


def _mostly_places(passages: Sequence[SourcePassage]) -> frozenset[str]:
    """Names found as places more often than as people (an extractor's slip the other way)."""
    counts = Counter(
        (fold_name(f.canonical), f.type) for p in passages for f in p.facts if f.type != "DATE"
    )
    return frozenset(
        name
        for (name, kind), n in counts.items()
        if kind == "PLACE" and n > counts[(name, "PERSON")]
    )


def _common_people(passages: Sequence[SourcePassage]) -> frozenset[tuple[str, str]]:
    counts = Counter(name_key(f) for p in passages for f in p.facts if f.type == "PERSON")
    floor = max(COMMON_MENTIONS, COMMON_SHARE * counts.total())
    return frozenset(key for key, count in counts.items() if count >= floor)


DEFAULT_SHARE = 0.3  # of a document's mentions of countries: the one the story is about
DEFAULT_MENTIONS = 10  # and at least so many: a country named twice is no background
_WIDE = ("land", "continent")


def _default_place(places: list[Candidate], classes: Sequence[str]) -> frozenset[str]:
    """The country (or continent, or town) most of a document's are, if one is: the guess a
    reader makes for any blank of its kind, so never a fair answer (« روسیه » in a history of
    Russia; « پتروگراد » in one of the Petrograd rising, where Moscow or Kiev cannot have
    been where the cruiser lay)."""
    counts = Counter()
    for c in places:
        if place_class(c.text) in classes:
            counts[c.canonical] += c.count
    top = counts.most_common(1)
    if not top or top[0][1] < max(DEFAULT_MENTIONS, DEFAULT_SHARE * counts.total()):
        return frozenset()
    return frozenset({top[0][0]})


def _default_year(passages: Sequence[SourcePassage]) -> str | None:
    """The year most of a document's dates fall in, if most do: « سال ۱۹۱۷ » in a history of
    1917 is the guess a reader makes."""
    years = Counter(f.value[:4] for p in passages for f in p.facts if f.type == "DATE" and f.value)
    years.pop("--", None)
    top = years.most_common(1)
    if not top or top[0][1] < max(DEFAULT_MENTIONS, DEFAULT_SHARE * years.total()):
        return None
    return top[0][0]


def name_key(fact: Fact) -> tuple[str, str]:
    return fact.type, fact.value or fold_name(fact.canonical)
