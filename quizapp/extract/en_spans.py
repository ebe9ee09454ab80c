"""Name candidates: model spans cleaned up (no 'the', titles, footnote marks), split, keyed."""

import re
from dataclasses import dataclass, replace

from quizapp.extract.en_model import ORG_HEADS, PLACE_HEADS, ModelSpan
from quizapp.extract.types import ORG

TITLES = (
    "Comrade Comrades Mr Mr. Mrs Mrs. Miss Ms Ms. Dr Dr. General Gen. Colonel Col. Captain Capt. "
    "Admiral Lieutenant Lt. Prince Princess Count Countess Baron Tsar Czar Tsarina Emperor Empress "
    "King Queen Grand Duke Professor Prof. Citizen Premier Ataman Father Sir Lord Lady Madame "
    "Monsieur Marshal Commissar Minister President Chairman Ambassador Senator Deputy Bishop"
).split()
_TITLE_SET = set(TITLES)
_INSTITUTION_WORDS = set(ORG_HEADS) | set(PLACE_HEADS)
_TITLES_RX = "|".join(re.escape(t) for t in TITLES)
_TITLE_RUN = re.compile(rf"^(?:(?:{_TITLES_RX})\s+)+")
_NAME_WORD = r"[A-Z][a-z][\w'’-]*"
TITLE_THEN_NAME = re.compile(
    rf"\b(?:{_TITLES_RX})\s+(?P<name>(?:[A-Z]\.\s?){{0,3}}{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
    r"(?:\s+[IVX]+\b)?)"
)
INITIALS_NAME = re.compile(r"\b(?:[A-Z]\.\s?){1,3}[A-Z][a-z][\w'’-]+")
_INNER_TITLE = re.compile(rf"\b(?:{_TITLES_RX})\s+(?=[A-Z])")
_LEADING = re.compile(r"^(?:(?:the|a|an)\s+|[-–—'\"’‘“”(\[]+)", re.I)
_CUT = re.compile(r"[\[\]()/\"“”]|\.\[|\s{2,}")
_POSSESSIVE = re.compile(r"['’]s?(?=\W|$)")
_NOT_PARTS = {"Company", "Co", "Co.", "Others", "others"}  # "Kerensky and Company"
_SPLIT = re.compile(
    r",\s+(?:and\s+|or\s+)?|\s+(?:and|or|&|at|in|on|to|from|by|with|for|near)\s+|(?<=[a-z]{2})[.;:]\s+"
)


@dataclass
class Candidate:
    start: int  # the bare name: no article, title or possessive
    end: int
    label: str | None
    source: str  # ruler, model, split (part of a model span), propn, title, initials, found
    plural: bool = False
    next_tag: str = ""
    key: str = ""


def name_key(surface: str) -> str:
    """The form names are grouped by: no title, no possessive, no case, single spaces."""
    surface = _TITLE_RUN.sub("", " ".join(surface.split()))
    surface = _POSSESSIVE.sub("", surface)
    return surface.casefold().strip(" .,;:-")


def candidates(text: str, spans: list[ModelSpan]) -> list[Candidate]:
    """Cleaned candidates from the model plus names found after titles and initials."""
    found: list[Candidate] = []
    for span in spans:
        found.extend(_cleaned(text, span))
    for rx, source in ((TITLE_THEN_NAME, "title"), (INITIALS_NAME, "initials")):
        for m in rx.finditer(text):
            start, end = m.span("name") if source == "title" else m.span()
            if not set(m.group().lower().split()) & _INSTITUTION_WORDS:
                found.append(Candidate(start, end, None, source))
    return [replace(c, key=name_key(text[c.start : c.end])) for c in found if _usable(text, c)]


def _cleaned(text: str, span: ModelSpan) -> list[Candidate]:
    person_like = span.source != "ruler" and span.label != ORG  # not "the General Staff"
    start, end = _trim(text, span.start, span.end, person_like=person_like)
    if span.source == "ruler" and span.next_tag in ("NN", "NNS") and " of " in text[start:end]:
        end = start + text[start:end].rindex(" of ")  # "Soviets of the Petrograd | district"
    base = Candidate(start, end, span.label, span.source, span.plural, span.next_tag)
    if span.source == "ruler" or not _SPLIT.search(text, start, end):
        return [base]
    parts = []  # "Kerensky and Company", "Grant at Appomattox", "Mensheviks. Martov"
    for sep in _SPLIT.finditer(text, start, end):
        parts.append(replace(base, end=sep.start(), source="split", plural=False, next_tag=""))
        base = replace(base, start=sep.end())
    parts.append(replace(base, source="split"))
    trimmed = [replace(p, start=s, end=e) for p in parts for s, e in [_trim(text, p.start, p.end)]]
    return [p for p in trimmed if text[p.start : p.end] not in _NOT_PARTS]


def _trim(text: str, start: int, end: int, *, person_like: bool = True) -> tuple[int, int]:
    """Drop a leading article, titles and quotes, a trailing possessive, cut at brackets."""
    cut = _CUT.search(text, start, end)
    end = cut.start() if cut else end
    while True:
        lead = _LEADING.match(text[start:end])
        lead = lead or (_TITLE_RUN.match(text[start:end]) if person_like else None)
        if not lead or lead.end() == 0:
            break
        start += lead.end()
    titles = list(_INNER_TITLE.finditer(text, start, end)) if person_like else []
    if titles:  # "Prime Minister Kerensky": the name follows the last title
        start = titles[-1].end()
    end = start + len(text[start:end].rstrip(" ,;:'’\"-"))
    if end - start > 1 and text[end - 1] == "." and not re.search(r"\b\w\.$", text[start:end]):
        end -= 1
    possessive = re.search(r"['’]s?$", text[start:end])
    return start, possessive.start() + start if possessive else end


def _usable(text: str, c: Candidate) -> bool:
    surface = text[c.start : c.end]
    if c.end <= c.start or not surface[:1].isalpha() or re.search(r"\b\d", surface):
        return False
    if re.fullmatch(r"[IVXLC]+", surface):
        return False  # a Roman numeral (volume, chapter)
    if surface.isupper() and _line_of(text, c.start, c.end).isupper():
        return False  # a heading in capitals
    if c.start > 0 and (text[c.start - 1].isalnum() or text[c.start - 1] == "-"):
        return False  # inside a word: "non-|Party"
    if surface.split()[-1] in _TITLE_SET:
        return False  # a description ("the War Minister"), not a name
    if c.source != "ruler" and not any(ch.isupper() for ch in surface):
        return False
    return bool(name_key(surface))


def _line_of(text: str, start: int, end: int) -> str:
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]


def possessive_end(text: str, end: int) -> int:
    """Where a name's possessive ('s, ’s, or a bare apostrophe after s) ends."""
    m = _POSSESSIVE.match(text, end)
    if m and (m.group() in ("'s", "’s") or text[end - 1 : end] == "s"):
        return m.end()
    return end
