"""One entry point for extraction in either language, and the document-level rules."""

import re
from collections import Counter

from quizapp.extract.types import DATE, PERSON, Mention
from quizapp.text.numbers import to_ascii_digits

_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")


def infer_default_year(text: str) -> int | None:
    """The year a date without one most likely falls in: the document's most cited year."""
    years = Counter(int(y) for y in _YEAR.findall(to_ascii_digits(text)) if 1000 <= int(y) <= 2100)
    return years.most_common(1)[0][0] if years else None


def extract(
    text: str, *, language: str, default_year: int | None = None, calendar: str = "unknown"
) -> list[Mention]:
    """Entity mentions of ``text`` (cleaned; for Persian, hazm-normalised), sorted, disjoint."""
    default_year = default_year or infer_default_year(text)
    if language == "fa":
        mentions = _persian(text, default_year=default_year, calendar=calendar)
    elif language == "en":
        from quizapp.extract.english import extract_english

        mentions = extract_english(text, default_year=default_year, calendar=calendar)
    else:
        raise ValueError(f"unsupported language {language!r}")
    return _disjoint(mentions)


def _persian(text: str, *, default_year: int | None, calendar: str) -> list[Mention]:
    from quizapp.extract.dates_fa import find_dates_fa
    from quizapp.extract.fa_names import gather, person_mentions, type_scores
    from quizapp.extract.fa_places import find_places_fa
    from quizapp.extract.fa_tokens import tokenize

    tokens = tokenize(text)
    evidence = gather(tokens)
    scores = type_scores(evidence)
    counts = {stem: ev.count for stem, ev in evidence.items()}
    mentions = person_mentions(tokens, scores, text, counts)
    mentions += find_places_fa(tokens, evidence, set(scores), text)
    mentions += find_dates_fa(text, default_year=default_year, calendar=calendar)
    return [m if m.canonical or m.type == DATE else _with_canonical(m) for m in mentions]


def _with_canonical(mention: Mention) -> Mention:
    from dataclasses import replace

    return replace(mention, canonical=" ".join(mention.text.replace("-", " ").split()))


def _disjoint(mentions: list[Mention]) -> list[Mention]:
    """Keep the more confident (then longer, then person or date) of overlapping mentions."""
    ranked = sorted(
        mentions,
        key=lambda m: (-m.confidence, -(m.end - m.start), m.type not in (PERSON, DATE)),
    )
    kept: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for mention in ranked:
        if all(mention.end <= s or mention.start >= e for s, e in taken):
            kept.append(mention)
            taken.append((mention.start, mention.end))
    return sorted(kept, key=lambda m: m.start)
