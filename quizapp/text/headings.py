"""Recognising one line as a heading, a note or a separator, in English or Persian."""

import re
from dataclasses import dataclass

from .numbers import parse_ordinal
from .persian import fold_persian

_EN_NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
_EN_DIVISION = re.compile(
    r"^(?P<label>(?:chapter|part|book|appendix)\s+(?P<num>\d+|[ivxlcdm]+|[a-z]+))"
    r"\s*[.:—-]?\s*(?P<title>.*)$",
    re.IGNORECASE,
)
_EN_SINGLE = {
    "introduction": "preface",
    "preface": "preface",
    "foreword": "preface",
    "prologue": "preface",
    "conclusion": "conclusion",
    "epilogue": "conclusion",
    "afterword": "conclusion",
}
_FA_DIVISION = re.compile(r"^(?P<word>فصل|ضمیمه(?:\s*ی)?|پیوست)\s+(?P<num>[^.:]{1,30}?)\s*[.:]?$")
_FA_SINGLE = {
    "نتیجه": "conclusion",
    "نتیجه گیری": "conclusion",
    "سخن پایانی": "conclusion",
    "مقدمه": "preface",
    "پیشگفتار": "preface",
    "دیباچه": "preface",
    "پیش گفتار": "preface",
}
_FA_PART = re.compile(r"^(?P<label>بخش\s+(?P<num>[^.:]{1,30}?))\s*[.:]\s*(?P<title>.*)$")
_EN_PART = re.compile(
    r"^(?P<label>section\s+(?P<num>\d+|[ivxlcdm]+))\s*[.:]\s*(?P<title>.*)$", re.IGNORECASE
)
NOTES_TITLES = {
    "footnotes",
    "notes",
    "endnotes",
    "references",
    "یادداشت ها",
    "پانویس ها",
    "پی نوشت ها",
    "پانوشت ها",
    "یادداشت های مترجم",
}
NOTE_MARKER = re.compile(r"^\s*(?:\(\s*\d{0,3}\s*-|\[\d{1,3}\]|\d{1,3}\t|\*\d{0,3}\s)")
_SEPARATOR = re.compile(r"^[\W_]{3,}$")
_SENTENCE_END = tuple(".!:;,،؛…-")


@dataclass(frozen=True, slots=True)
class Heading:
    kind: str  # chapter, appendix, conclusion, preface, part, notes, heading
    level: int  # 1 for a division of the whole document, 2 inside one
    label: str  # « فصل اول », "CHAPTER IV", or "" when the line is only a title
    number: int | None
    title: str  # "" when the title is on the next line


def classify_heading(line: str) -> Heading | None:
    """The heading this stripped line is, if it is one by its own form."""
    folded = fold_persian(line).strip()
    lowered = folded.lower().rstrip(":")
    if lowered in NOTES_TITLES:
        return Heading("notes", 1, "", None, line)
    if lowered in _EN_SINGLE:
        return Heading(_EN_SINGLE[lowered], 1, "", None, line)
    if folded in _FA_SINGLE:
        return Heading(_FA_SINGLE[folded], 1, "", None, line)
    return _division(line, folded) or _part(line, folded)


def _division(line: str, folded: str) -> Heading | None:
    if match := _FA_DIVISION.match(folded):
        number = parse_ordinal(match["num"])
        if number is None:
            return None
        kind = "chapter" if match["word"] == "فصل" else "appendix"
        return Heading(kind, 1, line, number, "")
    if match := _EN_DIVISION.match(folded):
        number = _english_number(match["num"])
        if number is None or len(line) > 100:
            return None
        kind = match["label"].split()[0].lower()
        kind = {"book": "part"}.get(kind, kind)
        label = line[: len(match["label"])]
        return Heading(kind, 1, label, number, _span(line, match, "title"))
    return None


def _part(line: str, folded: str) -> Heading | None:
    match = _FA_PART.match(folded) or _EN_PART.match(folded)
    if not match:
        return None
    number = parse_ordinal(match["num"]) or _english_number(match["num"])
    if number is None or len(match["title"]) > 100:
        return None
    return Heading("part", 2, line[: len(match["label"])], number, _span(line, match, "title"))


def _span(line: str, match: re.Match[str], group: str) -> str:
    """A group of a match on the folded line, cut from the original (folding keeps lengths)."""
    start, end = match.span(group)
    return line[start:end].strip(" .:")


def _english_number(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        return int(token)
    if token in _EN_NUMBER_WORDS:
        return _EN_NUMBER_WORDS.index(token) + 1
    if re.fullmatch(r"[ivxlcdm]+", token):
        return _roman(token)
    return None


def _roman(token: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for index, ch in enumerate(token):
        value = values[ch]
        following = values[token[index + 1]] if index + 1 < len(token) else 0
        total += -value if value < following else value
    return total or None


def is_all_caps_heading(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return (
        len(letters) >= 3
        and len(line) <= 80
        and all(ch.isupper() for ch in letters)
        and not line.endswith((",", ";"))
    )


def is_separator(line: str) -> bool:
    return bool(_SEPARATOR.match(line.strip()))


def looks_like_title(line: str, *, question: bool = False) -> bool:
    """Short, with no sentence-ending punctuation: a title, not a sentence.

    A question mark is allowed only when asked for (a chapter's title may be a question;
    a free-standing short question in running text is dialogue, not a heading).
    """
    stripped = line.strip()
    ending = stripped.rstrip("»\"'”’)]").rstrip()
    endings = _SENTENCE_END if question else (*_SENTENCE_END, "?", "؟")
    return (
        0 < len(stripped) <= 100
        and len(stripped.split()) <= 14
        and not ending.endswith(endings)
        and not stripped.startswith(("(", "[", "-", "«", '"', "'"))
        and any(ch.isalnum() for ch in stripped)
    )
