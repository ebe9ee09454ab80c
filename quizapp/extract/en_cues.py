"""Context cues for a name's type: titles, verbs of speech, appositions, prepositions, articles.

Each cue is a vote ``(label, weight)``; ``NOT_PERSON`` votes against PERSON only.
"""

import re

from quizapp.extract.en_model import ORG_HEADS, PLACE_HEADS
from quizapp.extract.en_spans import TITLES, Candidate, possessive_end
from quizapp.extract.types import ORG, PERSON, PLACE

NOT_PERSON = "NOT_PERSON"
Vote = tuple[str, float]

_HUMAN_ONLY = (
    "say tell write think feel reply answer exclaim shout smile laugh whisper remark recall "
    "observe believe consider admit hesitate resign die marry summon confess realize realise "
    "disagree rescue"
).split()
_SHARED = (
    "demand propose declare announce insist argue protest urge warn withdraw decide vote refuse "
    "suggest agree object explain claim deny complain ask order push call appeal join attend "
    "oppose accuse criticise criticize sign lead head speak return arrive arrest flee escape "
    "gather send visit meet telegraph promise threaten accept reject go come leave"
).split()
_IRREGULAR = {
    "say": "said", "tell": "told", "write": "wrote written", "think": "thought", "feel": "felt",
    "withdraw": "withdrew withdrawn", "lead": "led", "speak": "spoke spoken", "flee": "fled",
    "send": "sent", "meet": "met", "go": "went gone", "come": "came", "leave": "left",
}  # fmt: skip
_PERSON_NOUNS = (
    "leader minister general chairman commander president head author editor member wife son "
    "daughter brother sister husband father mother secretary writer poet historian commissar "
    "delegate officer deputy spokesman premier tsar colonel admiral lawyer friend"
).split()
_PLACE_NOUNS = "city town capital village port country province region island fortress".split()
_HUMAN_POSSESSIONS = (
    "wife husband son daughter father mother brother sister friend friends memoirs diary life "
    "death arrest resignation speech letter article view views opinion eyes face hand voice mind"
).split()
_HUMAN_OF = (
    "wife husband son daughter brother sister father mother widow memoirs diary arrest "
    "resignation assassination murder execution speech agents supporters followers adherents "
    "partisans"
).split()
_HUMAN_OF_BEFORE = re.compile(rf"\b(?:{'|'.join(_HUMAN_OF)})\s+of\s+$", re.I)
_AUXILIARIES = (
    "had has have was were is also then later still once again not never himself herself should "
    "would could must will shall did does do may might too however immediately now first"
).split()


def _forms(verb: str) -> list[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    past = stem[:-1] + "ied" if verb.endswith("y") and verb[-2] not in "aeiou" else stem + "ed"
    third = (
        verb[:-1] + "ies" if past.endswith("ied") else verb + ("es" if verb[-1] in "sh" else "s")
    )
    return [verb, third, past, stem + "ing", *_IRREGULAR.get(verb, "").split()]


def _alternation(words: list[str]) -> str:
    return "|".join(sorted({form for w in words for form in _forms(w)}, key=len, reverse=True))


_BETWEEN = rf"(?:\s+(?:\w+ly|{'|'.join(_AUXILIARIES)}))*"
_HUMAN_VERB = re.compile(rf"{_BETWEEN}\s+(?:{_alternation(_HUMAN_ONLY)})\b")
_SHARED_VERB = re.compile(rf"{_BETWEEN}\s+(?:{_alternation(_SHARED)})\b")
_TITLES_RX = "|".join(re.escape(t) for t in TITLES)
_TITLE_BEFORE = re.compile(rf"(?:\b(?:{_TITLES_RX})|\b[A-Z]\.)\s*$")
_SAID_BEFORE = re.compile(
    r"\b(?:said|replied|answered|asked|wrote|declared|exclaimed|shouted|cried|added|remarked|"
    r"observed|continued|objected|retorted)\s+$"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
_ROLE_BEFORE = re.compile(rf"\b(?:{'|'.join(_PERSON_NOUNS)}),?\s+$", re.I)
_POSSESSION = re.compile(rf"['’]s?\s+(?:{'|'.join(_HUMAN_POSSESSIONS)})\b")
_APPOSITION = re.compile(r",\s+(?:the|a|an|its|his|her)\s+([^,.;:()]{1,80})")
_PLACE_PREPOSITION = re.compile(
    r"\b(in|at|near|into|across|throughout|outside|inside|to|from|toward|towards)\s+$"
)
_NEWSPAPER_BEFORE = re.compile(
    r"\b(?:(?:published|printed|appeared|article|articles|editorial|columns)\s+(?:in|of)|"
    r"newspaper|paper|journal|daily|weekly)\s+$",
    re.I,
)
_GROUP_WORD = re.compile(r"[a-z](?:ists?|iks?)$")
_APPOSITION_END = re.compile(r"\b(?:which|who|that|was|were|is|are|had|has)\b")
_PREPOSITION_WEIGHT = {"to": 0.5, "from": 0.5, "toward": 0.5, "towards": 0.5}


def org_shaped(surface: str) -> bool:
    return any(w.lower() in ORG_HEADS for w in re.findall(r"\w+", surface))


def cues(text: str, c: Candidate) -> list[Vote]:
    """Every cue around one candidate mention."""
    before, surface = text[max(0, c.start - 40) : c.start], text[c.start : c.end]
    after = text[c.end : c.end + 120]
    if possessive_end(text, c.end) > c.end:  # "Kamenev's policy": only the possession counts
        votes = _before_cues(before, c) + _possession_votes(after)
    else:
        votes = _before_cues(before, c) + _after_cues(after, surface, c)
    if _GROUP_WORD.search(surface):
        votes.append((ORG, 1.2))  # Bolshevik(s), Communists: members of a party
    if c.next_tag in ("NN", "NNS") and re.match(r" [a-z]", text[c.end : c.end + 2]):
        votes.append((NOT_PERSON, 0.7))  # used as an adjective: "Bolshevik thought"
    if re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,}", surface):  # an acronym
        votes.append((ORG, 1.0))
    words = {w.lower() for w in re.findall(r"\w+", surface)}
    if c.source != "ruler" and words & set(ORG_HEADS):
        votes.append((ORG, 1.0))
    if c.source != "ruler" and words & set(PLACE_HEADS):
        votes.append((PLACE, 1.0))
    return votes


def _before_cues(before: str, c: Candidate) -> list[Vote]:
    if c.source in ("title", "initials") or _TITLE_BEFORE.search(before):
        return [(PERSON, 2.0)]
    votes: list[Vote] = []
    if _ARTICLE_BEFORE.search(before):
        votes.append((NOT_PERSON, 1.0))
    if _ROLE_BEFORE.search(before):
        votes.append((PERSON, 1.2))
    if _SAID_BEFORE.search(before):  # '"...," said Trotsky'
        votes.append((PERSON, 1.5))
    if _HUMAN_OF_BEFORE.search(before):  # "the agents of Kaledin"
        votes.append((PERSON, 0.8))
    if _NEWSPAPER_BEFORE.search(before):
        return [*votes, (ORG, 1.5)]
    prep = _PLACE_PREPOSITION.search(before)
    if prep and not c.plural and c.next_tag not in ("NN", "NNS", "POS"):
        weight = _PREPOSITION_WEIGHT.get(prep.group(1), 1.2)
        votes += [(PLACE, weight), (NOT_PERSON, weight)]  # "in X": not a person
    return votes


def _after_cues(after: str, surface: str, c: Candidate) -> list[Vote]:
    votes: list[Vote] = []
    if re.match(r"\s+(?:and|&)\s+(?:Company|Co\.)", after):
        votes.append((PERSON, 1.5))
    if re.match(r",?\s+who\b", after):
        votes.append((PERSON, 1.2))
    elif re.match(r",?\s+which\b", after):
        votes.append((NOT_PERSON, 1.0))
    apposition = _APPOSITION.match(after)
    if apposition:
        votes.extend(_apposition_votes(apposition.group(1)))
    if c.plural:  # "the Bolsheviks decided": a group, not a person
        votes.extend((ORG, weight) for _, weight in _verb_votes(after))
    elif not (c.source == "ruler" or org_shaped(surface)):
        votes.extend(_verb_votes(after))
    return votes


def _possession_votes(after: str) -> list[Vote]:
    if _POSSESSION.match(after):
        return [(PERSON, 0.8)]
    return []


def verb_votes(text: str, end: int) -> list[Vote]:
    """Votes from a verb of speech or decision right after a name (or a list of names)."""
    return _verb_votes(text[end : end + 120])


def _verb_votes(after: str) -> list[Vote]:
    if _HUMAN_VERB.match(after):
        return [(PERSON, 1.5)]
    if _SHARED_VERB.match(after):
        return [(PERSON, 0.8)]
    return []


def _apposition_votes(phrase: str) -> list[Vote]:
    """'X, the Y Committee, ...' makes X an organisation (the phrase up to a verb, <= 10 words)."""
    phrase = _APPOSITION_END.split(phrase)[0]
    words = [w.lower() for w in re.findall(r"[\w-]+", phrase)]
    if len(words) > 10:
        return []
    if any(w in ORG_HEADS for w in words):
        return [(ORG, 1.5)]
    if any(w in _PLACE_NOUNS for w in words[:4]):
        return [(PLACE, 1.5)]
    if any(w in _PERSON_NOUNS for w in words[:4]):
        return [(PERSON, 1.5)]
    return []
