"""Sentence splitting for English and Persian passages, keeping offsets into the passage."""

import re
from dataclasses import dataclass

from .textutil import count_words
from .types import Fact, SourcePassage

# English words that end with a full stop without ending the sentence
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt capt maj sgt prof rev vol vols pp p cf ed eds etc e.g i.e no nos "
    "jan feb mar apr jun jul aug sep sept oct nov dec ch chap fig op art sec jr sr co inc ltd vs "
    "cc c.c comrade".split()
)
_END = re.compile(
    r"(?:\.(?:\s?\.)*|[!?؟]+|…)[\"'”’»)\]]*(?:\d{1,2}(?=\s)|\[\d{1,3}\])?"
    r"|\s\(see pp?\.\s*[\d–-]+\)?(?=\s+[A-Z])"  # "(see pp. 277-79) At the ..." ends one
)
_LONG = 45  # words: a longer sentence is cut at « ; » / « ؛ » when its parts can stand alone
_QUOTE_PAIRS = {"«": "»", "“": "”"}
_MAX_QUOTE = 300  # characters: a shorter quotation is kept whole inside its sentence


@dataclass(frozen=True, slots=True)
class Sentence:
    passage: SourcePassage
    index: int  # its place in the passage, from 0
    start: int  # offsets in the passage text
    end: int
    facts: tuple[Fact, ...]  # the facts lying wholly inside it
    previous: str  # the sentence before it in the passage ("" for the first)
    earlier: str = ""  # the sentence before that ("" when none)
    earliest: str = ""  # and the one before that

    @property
    def text(self) -> str:
        return self.passage.text[self.start : self.end]

    @property
    def language(self) -> str:
        return self.passage.language


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Short quotations: no sentence ends inside them."""
    spans, stack = [], []
    for i, char in enumerate(text):
        if char in _QUOTE_PAIRS:
            stack.append((char, i))
        elif stack and char == _QUOTE_PAIRS[stack[-1][0]]:
            _, begin = stack.pop()
            if i - begin <= _MAX_QUOTE:
                spans.append((begin + 1, i))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """An English full stop after an abbreviation or an initial ("Mr.", "C.C.", "V. I.")."""
    match = re.search(r"([A-Za-z][A-Za-z.]*)$", text[:dot])
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS or len(word) == 1:
        return True
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))  # "u.s", "c.c"


def _boundary(text: str, match: re.Match, language: str) -> bool:
    after = text[match.end() : match.end() + 2].lstrip()
    if match.end() < len(text) and not text[match.end()].isspace():
        return False
    if language == "en":
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            return False
        return not after or not after[0].islower()
    return True


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of a passage (each trimmed of surrounding whitespace)."""
    quoted = _quoted_spans(text)
    cuts, start = [], 0
    for match in _END.finditer(text):
        if any(b <= match.start() < e and match.end() <= e for b, e in quoted):
            continue
        if _boundary(text, match, language):
            cuts.append((start, match.end()))
            start = match.end()
    cuts.append((start, len(text)))
    spans = []
    for begin, end in cuts:
        spans += _split_long(text, begin, end)
    return [span for span in (_trim(text, b, e) for b, e in spans) if span[1] > span[0]]


def _split_long(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """A very long sentence cut after « ; » / « ؛ » into parts of at least eight words."""
    if count_words(text[begin:end]) <= _LONG:
        return [(begin, end)]
    parts, start = [], begin
    for match in re.finditer(r"[;؛]\s", text[begin:end]):
        cut = begin + match.end()
        if _GOES_ON.match(text, cut):
            continue  # « …؛ و یا … »: the part after leans on the part before
        if count_words(text[start:cut]) >= 8 and count_words(text[cut:end]) >= 8:
            parts.append((start, cut))
            start = cut
    return [*parts, (start, end)]


_GOES_ON = re.compile(r"\s*(?:و|یا|and|or|nor)\s", re.IGNORECASE)


_NOTE_NUMBER = re.compile(r"\s*(?:\d{1,3}\t|\[\d{1,3}\]\s)")


def _trim(text: str, begin: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace nor a leading note number ("7\t", "[1] ")."""
    note = _NOTE_NUMBER.match(text, begin, end)
    if note:
        begin = note.end()
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end


_NOTE_MARK = re.compile(r"\s*(?:\[\d+\]|\d{1,3}[.\t)]|\(\s*\d*\s*-)")


def sentences_of(passage: SourcePassage) -> list[Sentence]:
    """The passage's sentences, each with its facts and the sentence before it."""
    spans = split_sentences(passage.text, passage.language)
    result = []
    for index, (start, end) in enumerate(spans):
        if index == 0 and passage.kind == "footnote" and _NOTE_MARK.match(passage.text):
            continue  # a numbered note's first sentence points at the text it annotates
        facts = tuple(f for f in passage.facts if start <= f.start and f.end <= end)
        previous = passage.text[spans[index - 1][0] : spans[index - 1][1]] if index else ""
        earlier = passage.text[spans[index - 2][0] : spans[index - 2][1]] if index > 1 else ""
        earliest = passage.text[spans[index - 3][0] : spans[index - 3][1]] if index > 2 else ""
        result.append(Sentence(passage, index, start, end, facts, previous, earlier, earliest))
    return result
