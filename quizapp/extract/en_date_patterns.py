"""Regular expressions for English date expressions and what each match means.

A match becomes a ``RawDate``: parts (year, month, day) with the year left ``None`` where the
expression does not give it; ``dates_en`` fills it from context and formats the value.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

Ymd = tuple[int | None, int | None, int | None]  # year (None: not in the text), month, day

_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8}
_ABBREVIATIONS |= {"Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MONTHS = {name: i for i, name in enumerate(_MONTH_NAMES, 1)} | _ABBREVIATIONS

M = r"(?:" + "|".join(_MONTH_NAMES) + r"|(?:" + "|".join(_ABBREVIATIONS) + r")\.)(?![\w-])"
D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\w)(?![:.,]\d)"
Y = r"(?:1\d{3}|20\d{2})(?!\w)"
_TAIL_YEAR = rf"(?:,?\s+(?P<y>{Y}))?"
_OR = r"\s+(?:or|and)\s+"


@dataclass
class RawDate:
    start: int
    end: int
    lo: Ymd
    hi: Ymd | None = None  # end of a range ("July or August")
    new_lo: Ymd | None = None  # New Style side of an Old Style (New Style) pair
    new_hi: Ymd | None = None
    confidence: float = 0.85


def month(name: str) -> int:
    return MONTHS[name.rstrip(".")]


def day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def year(text: str | None) -> int | None:
    return int(text) if text else None


def _days_apart(a: Ymd, b: Ymd) -> int:
    """Days from a to b, both read in one calendar (only for checking Old/New Style pairs)."""
    y = a[0] or 1917
    b_year = b[0] or (y + 1 if b[1] < a[1] else y)
    try:
        return (date(b_year, b[1], b[2] or 1) - date(y, a[1], a[2] or 1)).days
    except ValueError:
        return -1


def _pair(m: re.Match, lo: Ymd, new_lo: Ymd, hi: Ymd | None, new_hi: Ymd | None) -> RawDate | None:
    """An Old Style (New Style) pair, if the two dates are 10 to 13 days apart."""
    if "(" in m.group() and ")" not in m.group():
        return None  # "November 3 (16 delegates ...)"
    if not 10 <= _days_apart(lo, new_lo) <= 13:
        return None
    return RawDate(m.start(), m.end(), lo, hi, new_lo, new_hi, confidence=0.95)


def _new_month(m: re.Match, d1: int, d2: int) -> int:
    """The New Style month of a pair: given, or the next month when the day number drops."""
    if m.group("m2"):
        return month(m.group("m2"))
    m1 = month(m.group("m1"))
    return m1 if d2 > d1 else m1 % 12 + 1


def _pair_month_first(m: re.Match) -> RawDate | None:
    y, y2 = year(m.group("y")), year(m.group("y2"))
    d1, d2 = day(m.group("d1")), day(m.group("d2"))
    m1, m2 = month(m.group("m1")), _new_month(m, d1, d2)
    if y2 is None and y is not None and m2 < m1:  # "December 20 (January 2), 1918"
        y, y2 = y - 1, y
    if y is None and y2 is not None:
        y = y2 - 1 if m2 < m1 else y2
    lo, new_lo = (y, m1, d1), (y2, m2, d2)
    hi = (y, m1, day(m.group("d1b"))) if m.group("d1b") else None
    new_hi = (new_lo[0], m2, day(m.group("d2b"))) if m.group("d2b") else None
    return _pair(m, lo, new_lo, hi, new_hi)


def _pair_day_first(m: re.Match) -> RawDate | None:
    y, d1, d2 = year(m.group("y")), day(m.group("d1")), day(m.group("d2"))
    m1 = month(m.group("m1"))
    return _pair(m, (y, m1, d1), (None, _new_month(m, d1, d2), d2), None, None)


def _day_range(m: re.Match) -> RawDate:
    y, m1 = year(m.group("y")), month(m.group("m1"))
    lo, hi = (y, m1, day(m.group("d1"))), (y, m1, day(m.group("d2")))
    return RawDate(m.start(), m.end(), lo, hi if hi[2] > lo[2] else None)


def _day(m: re.Match) -> RawDate:
    y = year(m.group("y"))
    return RawDate(m.start(), m.end(), (y, month(m.group("m1")), day(m.group("d1"))), None)


def _month(m: re.Match) -> RawDate:
    conf = 0.9 if m.group("y") else 0.8
    return RawDate(
        m.start(), m.end(), (year(m.group("y")), month(m.group("m1")), None), None, confidence=conf
    )


def _month_range(m: re.Match) -> RawDate:
    y, m1, m2 = year(m.group("y")), month(m.group("m1")), month(m.group("m2"))
    if m1 == m2:
        return _month(m)
    lo = (y - 1 if y and m2 < m1 else y, m1, None)
    return RawDate(m.start(), m.end(), lo, (y, m2, None), confidence=0.8)


_PREPOSITIONS = (
    "in of since until till by during from through throughout before after about around "
    "early late mid last next that this between to and or"
).split()
_MONTH_CONTEXT = set(_PREPOSITIONS) - {"and", "or"}  # "and March on" is not a date
_TIME_PREPOSITIONS = (
    "in since until till during before after by early late mid spring summer autumn fall winter "
    "year circa c"
).split()


def _bare_month(m: re.Match) -> RawDate | None:
    """A month name alone counts only after a preposition ('in July', not 'the July days')."""
    before = re.search(r"([A-Za-z]+)\W*$", m.string[max(0, m.start() - 20) : m.start()])
    if not before or before.group(1).lower() not in _MONTH_CONTEXT:
        return None
    return RawDate(m.start(), m.end(), (None, month(m.group("m1")), None), None, confidence=0.75)


_NOT_A_YEAR_AFTER = re.compile(r"(?:\b(?:pp?|nos?|vols?|page|pages|art|ch)\.?|[$£€#])\s*$", re.I)
_FUNCTION_WORDS = set(
    "a an the and or but when while as it he she they we i his her their its was were had has "
    "is are did to in on at by for with from of that this which who until after before".split()
)


def _year_context_ok(m: re.Match) -> bool:
    """A four-digit number is a year after a preposition or in a citation, not as a count."""
    text = m.string
    if _NOT_A_YEAR_AFTER.search(text[max(0, m.start() - 8) : m.start()]):
        return False
    before = re.search(r"([A-Za-z]+)\W*$", text[max(0, m.start() - 20) : m.start()])
    previous = before.group(1).lower() if before else ""
    if previous in _TIME_PREPOSITIONS or m.group("s"):
        return True
    next_word = re.match(r"\s*([A-Za-z]+)", text[m.end() : m.end() + 20])
    word = next_word.group(1) if next_word else ""
    if word.islower() and word not in _FUNCTION_WORDS and not word.endswith("ed"):
        return False  # a count: "of 1500 men"
    if previous in _PREPOSITIONS:
        return True
    return bool(
        re.match(r"\s*(?:[)\],.;:]|$)", text[m.end() :]) or text[m.start() - 1 : m.start()] == "("
    )


def _year(m: re.Match) -> RawDate | None:
    y, y2 = int(m.group("y")), m.group("y2")
    if not _year_context_ok(m):
        return None
    if m.group("s"):
        end_year = y + (9 if y % 10 == 0 else 0)
        return RawDate(m.start(), m.end(), (y, None, None), (end_year, None, None), confidence=0.75)
    if y2:
        end_year = int(y2) if len(y2) == 4 else y // 100 * 100 + int(y2)
        hi = (end_year, None, None) if end_year > y else None
        if hi is None:
            return None
        return RawDate(m.start(), m.end(), (y, None, None), hi, confidence=0.8)
    return RawDate(m.start(), m.end(), (y, None, None), None, confidence=0.8)


_QUALIFIED = (
    r"(?:(?i:the)\s+)?(?i:(?:very\s+)?(?:end|beginning|middle|start|close|turn|"
    r"(?:first|second|latter|early|last|later)\s+(?:half|part|days|weeks?))\s+of)\s+"
)
_BUILDERS: list[tuple[str, Callable[[re.Match], RawDate | None]]] = [
    (
        rf"(?P<m1>{M})\s+(?P<d1>{D})(?:{_OR}(?P<d1b>{D}))?\s*[(/]\s*(?:(?P<m2>{M})\s+)?"
        rf"(?P<d2>{D})(?:{_OR}(?P<d2b>{D}))?(?:,?\s+(?P<y2>{Y}))?\s*\)?{_TAIL_YEAR}",
        _pair_month_first,
    ),
    (rf"(?P<d1>{D})\s*\(\s*(?P<d2>{D})\s*\)\s+(?P<m1>{M})(?P<m2>){_TAIL_YEAR}", _pair_day_first),
    (
        rf"(?P<d1>{D})\s+(?P<m1>{M})\s*[(/]\s*(?P<d2>{D})\s+(?P<m2>{M})\s*\)?{_TAIL_YEAR}",
        _pair_day_first,
    ),
    (
        rf"(?P<m1>{M})\s+(?P<d1>{D})\s*(?:[-–/]|\s(?:or|to|and)\s)\s*(?P<d2>{D}){_TAIL_YEAR}",
        _day_range,
    ),
    (
        rf"(?P<d1>{D})\s*(?:[-–/]|\s(?:or|to|and)\s)\s*(?P<d2>{D})\s+(?P<m1>{M}){_TAIL_YEAR}",
        _day_range,
    ),
    (rf"(?P<m1>{M})\s+(?P<d1>{D}){_TAIL_YEAR}", _day),
    (rf"(?P<d1>{D})\s+(?:of\s+)?(?P<m1>{M}){_TAIL_YEAR}", _day),
    (rf"(?P<m1>{M}),?\s+(?P<y>{Y})", _month),
    (rf"(?i:early|late|mid|middle)(?:-|\s+|\s+in\s+)(?P<m1>{M}){_TAIL_YEAR}", _month),
    (rf"{_QUALIFIED}(?P<m1>{M}){_TAIL_YEAR}", _month),
    (
        rf"(?P<m1>{M})(?:,?\s+(?:or|and|to|through|until|till)\s+|\s*[-–—]\s*)(?P<m2>{M}){_TAIL_YEAR}",
        _month_range,
    ),
    (rf"(?P<m1>{M})", _bare_month),
    (r"(?P<y>1\d{3}|20\d{2})(?:(?P<s>'?s)|\s*[-–]\s*(?P<y2>\d{4}|\d{2}))?(?!\w)", _year),
]
PATTERNS = [(re.compile(rf"(?<![\w-]){rx}"), build) for rx, build in _BUILDERS]


def find_raw_dates(text: str) -> list[RawDate]:
    """Every reading of every pattern; overlaps are resolved by the caller."""
    found = []
    for pattern, build in PATTERNS:
        for m in pattern.finditer(text):
            raw = build(m)
            if raw is not None:
                found.append(raw)
    return found
