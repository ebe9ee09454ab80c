"""One type per name across a document: votes from the model, the ruler, cues and lists.

The model's labels for a name count as one vote in total, split by how often it gave each
label; cues count per mention; a list "X, Y and Z" shares the type of its members; a surname
shares the type of the full name it belongs to.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from quizapp.extract.en_cues import NOT_PERSON, cues, org_shaped, verb_votes
from quizapp.extract.en_spans import Candidate
from quizapp.extract.types import ORG, PERSON, PLACE

LABELS = (PERSON, PLACE, ORG)
_SURNAME = re.compile(
    r"(?:ov|ev|ëv|off|sky|ski|skii|skiy|skaya|ich|vich|enko|uk|yuk|dze|shvili|ova|eva|in|ina|yn|"
    r"ikh|ykh|ago|kin|tsev|chev|shev)$"
)
_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|nor)\s+)(?:the\s+)?")
_BREAKING_PREPOSITION = re.compile(r"\b(?:in|at|near|from|into|since|after|before)\s+$", re.I)
_MIN_SCORE = 0.5


@dataclass
class Tally:
    votes: Counter = field(default_factory=Counter)
    backing: Counter = field(default_factory=Counter)  # weight of cues (not the model) per label
    mentions: int = 0

    def add(self, label: str, weight: float, *, cue: bool = True) -> None:
        self.votes[label] += weight
        if cue:
            self.backing[label] += weight

    def scores(self, extra: Counter | None = None) -> dict[str, float]:
        votes = self.votes + extra if extra else self.votes
        return {
            PERSON: votes[PERSON] - votes[NOT_PERSON],
            PLACE: votes[PLACE],
            ORG: votes[ORG],
        }

    def decision(self) -> tuple[str | None, float]:
        """The winning label and a confidence from its margin and how much backs it."""
        scores = self.scores()
        label = max(LABELS, key=lambda lab: scores[lab])
        if scores[label] < _MIN_SCORE:
            return None, 0.0
        others = sum(max(s, 0.0) for lab, s in scores.items() if lab != label)
        share = scores[label] / (scores[label] + 0.5 * others)
        cue = self.backing[label]
        backing = 0.55 + 0.2 * (self.mentions >= 2) + 0.1 * (self.mentions >= 3)
        backing += 0.3 * (cue >= 1.0) + 0.1 * (cue >= 2.0)
        return label, round(min(0.97, backing * (0.5 + 0.5 * share)), 2)


def tally(text: str, mentions: list[Candidate]) -> dict[str, Tally]:
    """Votes per name key, after lists and surnames have shared their evidence."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for key, group in _by_key(mentions).items():
        _model_votes(tallies[key], group)
        for c in group:
            for label, weight in cues(text, c):
                tallies[key].add(label, weight)
        tallies[key].mentions = len(group)
        if _surname_shaped(text[group[0].start : group[0].end]):
            tallies[key].add(PERSON, 0.45)
    chains = _chains(text, sorted(mentions, key=lambda c: c.start))
    _verbs_after_lists(text, chains, tallies)
    _share_with_full_names(tallies)
    shared = _list_votes(text, chains, tallies, Counter())  # two rounds: a list can settle
    for key, votes in _list_votes(text, chains, tallies, shared).items():  # a name in another
        for label, weight in votes.items():
            tallies[key].add(label, weight)
    _share_with_plurals(tallies)
    return dict(tallies)


def _by_key(mentions: list[Candidate]) -> dict[str, list[Candidate]]:
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for c in mentions:
        groups[c.key].append(c)
    return groups


def _model_votes(t: Tally, group: list[Candidate]) -> None:
    labelled = Counter()
    for c in group:
        if c.label and c.source in ("model", "split"):
            labelled[c.label] += 1.0 if c.source == "model" else 0.5
        elif c.label and c.source == "ruler":
            t.add(c.label, 2.0)
    total = sum(labelled.values())
    for label, count in labelled.items():
        t.add(label, count / total, cue=False)


def _surname_shaped(surface: str) -> bool:
    words = surface.split()
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and bool(_SURNAME.search(words[-1]))
        and not org_shaped(surface)
    )


def _share_with_plurals(tallies: dict[str, Tally]) -> None:
    """'Kaledin' and 'the Kaledins' are evidence for each other (at half weight)."""
    for key in [k for k in tallies if k.endswith("s") and k[:-1] in tallies]:
        one, many = tallies[key[:-1]], tallies[key]
        one_scores, many_scores = one.scores(), many.scores()
        for label in LABELS:
            one.add(label, 0.5 * max(many_scores[label], 0.0), cue=False)
            many.add(label, 0.5 * max(one_scores[label], 0.0), cue=False)


def _verbs_after_lists(text: str, chains: list[list[Candidate]], tallies: dict) -> None:
    """'Kamenev, Rykov and Nogin resigned': the verb speaks for every name in the list."""
    for chain in chains:
        after = verb_votes(text, chain[-1].end)
        for c in chain[:-1]:
            if not org_shaped(text[c.start : c.end]):
                for label, weight in after:
                    tallies[c.key].add(label, weight)


def _list_votes(
    text: str, chains: list[list[Candidate]], tallies: dict[str, Tally], shared: dict
) -> dict[str, Counter]:
    """Each name in a list gets a vote for the list's majority type (names with evidence only)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for chain in chains:
        scores = [tallies[c.key].scores(shared.get(c.key)) for c in chain]
        totals = Counter()
        for member in scores:
            totals.update({lab: max(s, 0.0) for lab, s in member.items()})
        label = max(LABELS, key=lambda lab: totals[lab])
        if totals[label] <= 0:
            continue
        share = totals[label] / sum(totals.values())
        for c, member in zip(chain, scores, strict=True):
            if max(member.values()) > 0:
                votes[c.key][label] += 1.2 * share
    return votes


def _chains(text: str, ordered: list[Candidate]) -> list[list[Candidate]]:
    chains, current, coordinated = [], [], False
    for c in ordered:
        link = _LINK.fullmatch(text, current[-1].end, c.start) if current else None
        if link:
            coordinated = coordinated or bool(re.search(r"\b(?:and|or|nor)\b", link.group()))
            current.append(c)
            continue
        if len(current) > 1 and coordinated:
            chains.append(_trim_chain(text, current))
        current, coordinated = [c], False
    if len(current) > 1 and coordinated:
        chains.append(_trim_chain(text, current))
    return [chain for chain in chains if len(chain) > 1]


def _trim_chain(text: str, chain: list[Candidate]) -> list[Candidate]:
    """'In Petrograd, Lenin and Trotsky ...': a place before a comma is not in the list."""
    first_link = text[chain[0].end : chain[1].start]
    before = text[max(0, chain[0].start - 12) : chain[0].start]
    if first_link.strip() == "," and _BREAKING_PREPOSITION.search(before):
        return chain[1:]
    return chain


def _share_with_full_names(tallies: dict[str, Tally]) -> None:
    """A surname alone is the same person as the full name ending in it."""
    for key, t in list(tallies.items()):
        words = key.split()
        if len(words) < 2 or t.decision()[0] != PERSON:
            continue
        if words[-1] in tallies and len(words[-1]) > 2:
            tallies[words[-1]].add(PERSON, 1.5)
