"""English entity extraction: people, places, organisations (and dates from ``dates_en``).

spaCy's small model proposes names; an entity ruler adds institutional patterns; every
name then gets one type per document by voting over all its mentions and their cues (titles,
verbs of speech, lists, appositions, prepositions). Mentions of one entity share a canonical
name: the fullest form in the text, without titles or possessive.
"""

import re
from collections import defaultdict
from dataclasses import replace

from quizapp.extract.dates_en import find_dates_en
from quizapp.extract.en_model import model_spans
from quizapp.extract.en_names import canonical_names
from quizapp.extract.en_spans import Candidate, candidates, possessive_end
from quizapp.extract.en_text import Occupancy, ocr_fixed
from quizapp.extract.en_vote import tally
from quizapp.extract.types import Mention

_SOURCE_RANK = {"ruler": 0, "model": 1, "title": 1, "initials": 1, "split": 2, "propn": 3}


def extract_english(
    text: str, *, default_year: int | None, calendar: str = "unknown"
) -> list[Mention]:
    """People, places, organisations and dates in ``text``, sorted and non-overlapping."""
    dates = find_dates_en(text, default_year=default_year, calendar=calendar)
    found = _without_overlaps(candidates(text, model_spans(text)), dates)
    decisions = {key: t.decision() for key, t in tally(text, found).items()}
    typed = [c for c in found if decisions[c.key][0]]
    typed += _other_occurrences(text, typed, dates)
    labels = {c.key: decisions[c.key][0] for c in typed}
    surfaces: dict[str, list[str]] = defaultdict(list)
    readable = ocr_fixed(text)
    for c in typed:
        surfaces[c.key].append(readable[c.start : c.end])
    names = canonical_names(surfaces, labels)
    confidence = _group_confidence(decisions, names)
    mentions = [
        _mention(text, c, labels[c.key], confidence[names[c.key]], names[c.key]) for c in typed
    ]
    return sorted(mentions + dates, key=lambda m: m.start)


def _without_overlaps(found: list[Candidate], dates: list[Mention]) -> list[Candidate]:
    """One candidate per stretch of text: ruler patterns first, then the longest."""
    taken: list[Candidate] = []
    occupied = Occupancy(max([c.end for c in found] + [d.end for d in dates], default=0))
    for d in dates:
        occupied.take(d.start, d.end)
    for c in sorted(found, key=lambda c: (_SOURCE_RANK[c.source], c.start - c.end, c.start)):
        if occupied.free(c.start, c.end):
            taken.append(c)
            occupied.take(c.start, c.end)
    return sorted(taken, key=lambda c: c.start)


def _other_occurrences(text: str, typed: list[Candidate], dates: list[Mention]) -> list[Candidate]:
    """Occurrences of a typed name that the model did not mark (same key, same type)."""
    occupied = Occupancy(len(text))
    for span in [*typed, *dates]:
        occupied.take(span.start, span.end)
    by_first_word: dict[str, dict[str, Candidate]] = defaultdict(dict)
    for c in typed:
        form = text[c.start : c.end]
        if form[:1].isupper():
            by_first_word[re.match(r"[\w-]+", form).group()][form] = c
    extra = []
    for word in re.finditer(r"(?<![\w-])[A-Z][\w-]*", text):
        forms = by_first_word.get(word.group(), {})
        for form in sorted(forms, key=len, reverse=True):
            start, end = word.start(), word.start() + len(form)
            if text.startswith(form, start) and _boundary(text, end) and occupied.free(start, end):
                extra.append(replace(forms[form], start=start, end=end, source="found"))
                occupied.take(start, end)
                break
    return extra


def _boundary(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() or text[end] in "_-")


def _group_confidence(decisions: dict, names: dict[str, str]) -> dict[str, float]:
    """An entity is as certain as its most certain name, a little more with several names."""
    by_name: dict[str, list[float]] = defaultdict(list)
    for key, name in names.items():
        by_name[name].append(decisions[key][1])
    return {name: min(0.97, max(cs) + 0.05 * (len(cs) - 1)) for name, cs in by_name.items()}


def _mention(text: str, c: Candidate, label: str, confidence: float, name: str) -> Mention:
    end = possessive_end(text, c.end)
    return Mention(label, text[c.start : end], c.start, end, confidence, canonical=name)
