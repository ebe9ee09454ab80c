"""Persian people, places and organisations, decided per word type and then per mention.

No Persian NER model can be installed offline, so names are found from evidence that any
Persian text offers: words missing from hazm's lexicon (transliterations), foreign surname
endings, titles and roles before a name, speech verbs after it, appositions, lists of names,
and the head words of places and institutions. Evidence is pooled over a word's occurrences
in the document; each occurrence is then typed from its own context.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from quizapp.extract import fa_cues as cues
from quizapp.extract.fa_lexicon import in_lexicon, is_ordinary, stopwords
from quizapp.extract.fa_tokens import Token, tokenize
from quizapp.extract.types import ORG, PERSON, PLACE, Mention

_SPEECH_REACH = 8


@dataclass
class Evidence:
    """What the occurrences of one word type say about it."""

    count: int = 0
    person: int = 0  # occurrences with any person cue
    speech: int = 0  # occurrences opening a clause that a speech verb closes, or in apposition
    place: int = 0
    org: int = 0
    plural: int = 0
    suffixed: int = 0  # with any ZWNJ-attached suffix (ezafe, plural, clitic)
    locative: int = 0  # right after « در »: people are seldom "in" somewhere
    counted: int = 0  # right after a number: a unit (« ۵۰ دسیاتین »), not a name
    listed_with: set[str] = field(default_factory=set)  # neighbours in « X، Y و Z » lists

    def share(self, n: int) -> float:
        return n / self.count if self.count else 0.0


_ROLE_WORDS = cues.PERSON_TITLES | cues.APPOSITION | cues.PLACE_HEADS | cues.ORG_HEADS


def _candidate(token: Token) -> bool:
    stem = token.stem
    return stem not in _ROLE_WORDS and (
        token.is_word
        and len(stem) >= 3
        and stem not in stopwords()
        and "\u200c" not in stem
        and not stem.isascii()
    )


def _title_before(tokens: list[Token], i: int) -> bool:
    left = tokens[i - 1] if i else None
    return bool(
        left and left.is_word and (left.text in cues.PERSON_TITLES or left.text in cues.PERSON_LEFT)
    )


def _speech_follows(tokens: list[Token], i: int) -> bool:
    following = tokens[i + 1 : i + 1 + _SPEECH_REACH]
    for before, token in zip([tokens[i], *following], following, strict=False):
        if token.is_break:
            return False
        # « به گفته‌ی X » is a noun phrase, not X speaking
        if cues.SPEECH.match(token.text) and before.text != "به" and token.suffix != "ی":
            return True
    return False


def _apposition_follows(tokens: list[Token], i: int) -> bool:
    """« بگیشف، دهقان … » or « گاتران ملوان … »: a role right after the name."""
    nxt = tokens[i + 1 : i + 3]
    if nxt and nxt[0].stem in cues.APPOSITION:
        return True
    return len(nxt) == 2 and nxt[0].text == "،" and nxt[1].stem in cues.APPOSITION


def _head(tokens: list[Token], i: int) -> str | None:
    left = tokens[i - 1] if i else None
    if left is None or not left.is_word:
        return None
    if left.text in cues.PLACE_HEADS or left.stem in cues.PLACE_HEADS:
        return PLACE
    if left.text in cues.ORG_HEADS or left.stem in cues.ORG_HEADS:
        return ORG
    return None


def gather(tokens: list[Token]) -> dict[str, Evidence]:
    evidence: dict[str, Evidence] = defaultdict(Evidence)
    for i, token in enumerate(tokens):
        if not _candidate(token):
            continue
        item = evidence[token.stem]
        item.count += 1
        speech = _speech_follows(tokens, i) or _apposition_follows(tokens, i)
        item.speech += speech
        item.person += speech or _title_before(tokens, i)
        head = _head(tokens, i)
        item.place += head == PLACE
        item.org += head == ORG
        item.plural += token.suffix in cues.PLURAL_SUFFIXES
        item.suffixed += bool(token.suffix)
        item.locative += i > 0 and tokens[i - 1].text == "در"
        item.counted += i > 0 and (
            tokens[i - 1].text.isdigit() or tokens[i - 1].text in cues.NUMBER_WORDS
        )
        item.listed_with.update(_list_neighbours(tokens, i))
    return evidence


def _list_neighbours(tokens: list[Token], i: int) -> list[str]:
    """Words joined to this one by « ، » or « و » in a list of single words."""
    found = []
    for step in (-2, 2):
        j = i + step
        if 0 <= j < len(tokens) and tokens[(i + j) // 2].text in {"،", "و"}:
            other = tokens[j]
            if other.is_word and _candidate(other):
                found.append(other.stem)
    return found


def type_scores(evidence: dict[str, Evidence]) -> dict[str, float]:
    """How likely each word type is a person's name, 0..1 (only the likely ones)."""
    for stem, ev in evidence.items():
        if stem.endswith("ی") and stem[:-1] in evidence:
            ev.place += ev.count  # « مینسکی » beside « مینسک »: "of Minsk", not a surname
        for plural in ("ها", "های"):  # a plural written without a ZWNJ: « رولوسیونرها »
            if stem.endswith(plural) and stem[: -len(plural)] in evidence:
                ev.plural += ev.count
                evidence[stem[: -len(plural)]].plural += ev.count
    scores = {stem: s for stem, ev in evidence.items() if (s := _type_score(stem, ev)) >= 0.499}
    for _ in range(2):  # names listed beside confident names are names too
        for stem, ev in evidence.items():
            if stem in scores or _excluded(stem, ev):
                continue
            confident = {other for other in ev.listed_with if scores.get(other, 0) >= 0.55}
            if confident and not is_ordinary_stem(stem):
                scores[stem] = 0.55
            elif _famous(ev, confident):
                scores[stem] = 0.6
    return scores


def _famous(ev: Evidence, confident: set[str]) -> bool:
    """A name that is also an ordinary word (« لنین »، « استالین »): listed with several
    names, often speaking, never inflected."""
    return len(confident) >= 3 and ev.share(ev.speech) >= 0.1 and ev.share(ev.suffixed) <= 0.1


def _excluded(stem: str, ev: Evidence) -> bool:
    return bool(
        cues.NOT_NAME_ENDING.search(stem)
        or ev.share(ev.place + ev.org + ev.locative) >= 0.2
        or ev.share(ev.plural) >= 0.4
        or ev.share(ev.counted) >= 0.3
    )


def is_ordinary_stem(stem: str) -> bool:
    return is_ordinary(stem, looks_like_name=bool(cues.STRONG_NAME_ENDING.search(stem)))


def _type_score(stem: str, ev: Evidence) -> float:
    if _excluded(stem, ev):
        return 0.0
    if is_ordinary_stem(stem):
        return 0.0  # only the company it keeps can make an ordinary word a name (below)
    ending = 0.35 if cues.STRONG_NAME_ENDING.search(stem) else 0.0
    ending = ending or (0.2 if cues.NAME_ENDING.search(stem) else 0.0)
    prior = 0.25 if in_lexicon(stem) else 0.3
    score = prior + ending + 0.2 * min(ev.person, 2) + 0.05 * min(ev.count - 1, 2)
    return min(score, 0.98)


def person_mentions(
    tokens: list[Token], scores: dict[str, float], text: str, counts: dict[str, int]
) -> list[Mention]:
    """Each occurrence of a name type, typed by its own context; a first name and a
    surname (or a hyphenated double name) joined into one mention."""
    mentions: list[Mention] = []
    for i, token in enumerate(tokens):
        score = scores.get(token.stem)
        if score is None or not _candidate(token) or token.suffix in cues.PLURAL_SUFFIXES:
            continue
        kind = _head(tokens, i) or PERSON
        end = token.start + len(token.stem)
        previous = mentions[-1] if mentions else None
        if (
            kind == PERSON
            and previous
            and previous.type == PERSON
            and _one_name(text, previous, token, counts)
        ):
            score = max(score, previous.confidence)
            mentions[-1] = Mention(PERSON, text[previous.start : end], previous.start, end, score)
            continue
        confidence = score if kind == PERSON else 0.5
        mentions.append(Mention(kind, text[token.start : end], token.start, end, confidence))
    return mentions


def _one_name(text: str, previous: Mention, token: Token, counts: dict[str, int]) -> bool:
    """« روزا لوکزامبورگ », « آنتونوف- اوفسینکو »: one person, not two listed without a comma.

    A word seen alone many times is a surname in its own right, so two such words side
    by side are two people unless a hyphen joins them.
    """
    gap = text[previous.end : token.start]
    if gap.strip(" -"):
        return False
    return "-" in gap or counts.get(previous.text, 0) <= 3


def find_names_fa(text: str) -> list[Mention]:
    """PERSON mentions (and PLACE/ORG ones where a head word says so) in normalised Persian."""
    tokens = tokenize(text)
    evidence = gather(tokens)
    counts = {stem: ev.count for stem, ev in evidence.items()}
    return person_mentions(tokens, type_scores(evidence), text, counts)
