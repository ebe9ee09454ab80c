"""Which side a person is on, from the people a text names together: "Lenin and Trotsky",
« زینوویف و کامنف », "Kerensky, Konovalov". People named side by side in a list are mostly
allies; the lists link up into camps (the Bolsheviks, the ministers and their moderate
allies). A wrong option from the other camp ("Kerensky" for a Bolshevik leader) gives itself
away however often the two names share a page, and a statement that swaps them is absurd.
Places listed together form camps the same way (the towns of one country, the powers abroad).

Nothing here knows any name: the camps come from the texts, in any language.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import pairwise

from .textutil import fold_name
from .types import SourcePassage

Name = tuple[str, str]  # (type, folded canonical name)
MIN_CAMP = 3  # a pair named together once is no camp
TWINNED = 0.25  # the share of the rarer name's mentions that pair it with the other
_JOINED = {
    "en": re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", re.IGNORECASE),
    "fa": re.compile(r"\s*(?:[،,]\s*(?:و\s+)?|و\s+)"),
}


class Camps:
    """The camp of each person or place named in a list with others of its type (names never
    listed: none)."""

    TYPES = ("PERSON", "PLACE")

    def __init__(self, passages: Sequence[SourcePassage], language: str):
        joined = _JOINED.get(language, _JOINED["en"])
        links: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
        self._paired: Counter[frozenset[Name]] = Counter()
        self._mentions: Counter[Name] = Counter()
        for passage in passages:
            for type_ in self.TYPES:
                named = sorted((f for f in passage.facts if f.type == type_), key=_start)
                self._mentions.update((type_, fold_name(f.canonical)) for f in named)
                for a, b in pairwise(named):
                    one, other = (type_, fold_name(a.canonical)), (type_, fold_name(b.canonical))
                    if one != other and joined.fullmatch(passage.text[a.end : b.start]):
                        links[one].add(other)
                        links[other].add(one)
                        self._paired[frozenset((one, other))] += 1
        self._camp = _components(links)

    def twins(self, a: str, b: str, type_: str = "PERSON") -> bool:
        """Whether two names go about as a pair (« زینوویف و کامنف »): what one did, the other
        mostly did too, so neither is a fair wrong option for the other."""
        one, other = (type_, fold_name(a)), (type_, fold_name(b))
        paired = self._paired[frozenset((one, other))]
        fewer = min(self._mentions[one], self._mentions[other])
        return paired >= MIN_CAMP and paired >= TWINNED * fewer

    def together(self, a: str, b: str, type_: str = "PERSON") -> bool:
        """Whether two names (canonical) are known to stand in one camp."""
        one = self._camp.get((type_, fold_name(a)))
        return one is not None and one == self._camp.get((type_, fold_name(b)))

    def knows(self, name: str, type_: str = "PERSON") -> bool:
        """Whether the name stands in a camp."""
        return (type_, fold_name(name)) in self._camp

    def camp_of(self, name: str, type_: str = "PERSON", company: Sequence[str] = ()) -> int | None:
        """The name's camp; for a name in none, the one camp of the people its sentence names
        with it (« the last three and Teodorovich resigned »), if they share one."""
        own = self._camp.get((type_, fold_name(name)))
        if own is not None:
            return own
        theirs = {self._camp.get((type_, fold_name(other))) for other in company}
        theirs.discard(None)
        return theirs.pop() if len(theirs) == 1 else None

    def apart(self, a: str, b: str, type_: str = "PERSON") -> bool:
        """Whether two names (canonical) are known to stand in different camps."""
        one, other = self._camp.get((type_, fold_name(a))), self._camp.get((type_, fold_name(b)))
        return one is not None and other is not None and one != other


def _start(fact) -> int:
    return fact.start


def _components(links: dict[Name, set[Name]]) -> dict[Name, int]:
    """Each linked name's camp number: the connected groups of at least ``MIN_CAMP``."""
    camp: dict[Name, int] = {}
    number = 0
    for start in sorted(links):
        if start in camp:
            continue
        group, stack = {start}, [start]
        while stack:
            for other in links[stack.pop()] - group:
                group.add(other)
                stack.append(other)
        if len(group) >= MIN_CAMP:
            camp.update(dict.fromkeys(group, number))
            number += 1
        else:
            camp.update(dict.fromkeys(group, -1))  # too small to tell a side; never apart
    return {name: n for name, n in camp.items() if n >= 0}
