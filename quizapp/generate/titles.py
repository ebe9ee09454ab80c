"""Ranks and titles before a name ("General Cheremissov", « ژنرال چرمیسوف »): a wrong option
for a titled person must be someone the texts give the same title, or it reads as a
made-up "General Kerensky"."""

import re
from collections import defaultdict
from collections.abc import Iterable

from .textutil import fold_name
from .types import SourcePassage

_TITLES = {
    "en": r"General|Admiral|Colonel|Captain|Lieutenant|Ensign|Prince|Princess|Count|Baron"
    r"|Tsar|Grand Duke|Metropolitan|Bishop|Ataman|historian",
    "fa": r"ژنرال|دریاسالار|سرهنگ|سروان|ستوان|سرجوخه|پرنس|شاهزاده|کنت|بارون|تزار|گراندوک"
    r"|اسقف|آتامان|مورخ",
}
# a Persian title may take an adjective before the name (« مورخ جوان پوکروفسکی »)
_BEFORE = {
    "en": re.compile(rf"(?:^|[\s(«\"“])({_TITLES['en']})\s+$", re.IGNORECASE),
    "fa": re.compile(rf"(?:^|[\s(«\"“])({_TITLES['fa']})(?:\s+[^\s،,«»]+)?\s+$"),
}


def title_before(text: str, start: int, language: str) -> str:
    """The title just before ``start`` in ``text`` (folded), or ""."""
    pattern = _BEFORE.get(language)
    match = pattern.search(text[max(0, start - 30) : start]) if pattern else None
    return match.group(1).lower() if match else ""


def titled_people(passages: Iterable[SourcePassage], language: str) -> dict[str, set[str]]:
    """For each title, the folded names of the people the texts ever give it."""
    found: dict[str, set[str]] = defaultdict(set)
    for passage in passages:
        for fact in passage.facts:
            if fact.type == "PERSON" and (
                title := title_before(passage.text, fact.start, language)
            ):
                found[title].add(fold_name(fact.canonical))
    return found
