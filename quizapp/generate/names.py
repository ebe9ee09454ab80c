"""Whether a person's name as extracted is really one whole name."""

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from quizapp.extract.fa_cues import PERSON_TITLES
from quizapp.extract.fa_lexicon import stopwords

from .textutil import fold_name
from .types import SourcePassage

_TITLES = PERSON_TITLES | frozenset(
    "comrade general admiral colonel captain citizen mr mrs dr professor prince count baron "
    "lieutenant commissar minister ensign".split()
)


def partial_names(passages: Sequence[SourcePassage]) -> frozenset[str]:
    """People's names nearly always read after one same word that is neither a title nor a
    function word: the extractor kept only the tail of a longer name (« میلی یوکوف »)."""
    before: dict[str, Counter] = defaultdict(Counter)
    for passage in passages:
        for fact in passage.facts:
            if fact.type == "PERSON":
                words = passage.text[max(0, fact.start - 40) : fact.start].split()
                gap = fact.start > 0 and passage.text[fact.start - 1] == " "
                before[fold_name(fact.text)][words[-1] if words and gap else ""] += 1
    partial = set()
    for name, words in before.items():
        word, count = words.most_common(1)[0]
        total = words.total()
        if word and total >= 5 and count / total >= 0.9 and _name_part(word):
            partial.add(name)
    return frozenset(partial)


def _name_part(word: str) -> bool:
    """Whether a word could be the head of a name: no title, no function word, no sign."""
    if word.lower() in _TITLES or not word.replace("\u200c", "").isalpha():
        return False
    if word.isascii():
        return word[:1].isupper()
    return word not in stopwords()


_FA_RANKS = frozenset("تزارویچ تزارینا ولیعهد ملکه‌ی امیر شیخ ملا".split())


def looks_like_name(text: str, language: str, vocabulary: frozenset[str]) -> bool:
    """A Persian « X‌ان » / « X‌یان » whose X also stands as a word (« دانشجو‌ها ») is a plural
    noun; an English lower-case word or a plural surname ("Kornilovs") is no name either."""
    if language == "en":  # "the Kaledins and Kornilovs": Russian surnames made plural
        return text[:1].isupper() and not re.search(r"(?:ov|ev|in|sky|ich)s$", text)
    if text in PERSON_TITLES or text in _FA_RANKS:
        return False  # « تزارویچ »، « ژنرال »: a title, no one's name
    for suffix in ("یان", "ان"):
        stem = text.removesuffix(suffix)
        if stem != text and len(stem) >= 3:
            forms = (stem, stem + "ها", stem + "\u200cها", stem + "ی")
            if any(form in vocabulary for form in forms):
                return False
    return True


def joined_names(passages: Sequence[SourcePassage]) -> frozenset[tuple[str, str]]:
    """Pairs of people's names found side by side (« آنتونوف اوفسینکو »): two halves of one
    name, so never each other's wrong option."""
    pairs = set()
    for passage in passages:
        people = sorted((f for f in passage.facts if f.type == "PERSON"), key=lambda f: f.start)
        for left, right in itertools.pairwise(people):
            if not passage.text[left.end : right.start].strip(" -\u200c"):
                a, b = fold_name(left.text), fold_name(right.text)
                pairs |= {(a, b), (b, a)}
    return frozenset(pairs)
