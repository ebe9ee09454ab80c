"""Persian date mentions: « روز بیست و سوم سپتامبر », « ۲۵ اکتبر ۱۹۱۷ », « سال ۱۸۴۸ » …

Works on hazm-normalised or raw text: matching runs on a length-keeping fold of the text
(ی/ک, ZWNJ → space, ASCII digits), so offsets are those of the text passed in. A line is a
paragraph: a date without a year takes the latest year stated earlier in its paragraph
(with « سال » or attached to a month), else ``default_year``; « در روز هفدهم » takes the
latest month named earlier in its paragraph.
"""

import re
from dataclasses import dataclass, field

from quizapp.text.numbers import parse_number_words, parse_ordinal, to_ascii_digits
from quizapp.text.persian import fold_persian

from . import dates_fa_grammar as g
from .dates_fa_resolve import resolve
from .types import Mention

_P = g.SP
_DAY_PREFIX = rf"(?:(?:{g.DAY_WORD}){_P})?"


def _part(p: str) -> str:
    return (
        rf"(?P<{p}>(?:(?P<{p}q>{g.QUALIFIER}){g.EZAFE}{_P}(?:ماه{_P})?)?{_DAY_PREFIX}"
        rf"(?:(?P<{p}d1>{g.DAY})(?:(?P<{p}dl>{g.DAY_LINK}){_DAY_PREFIX}(?P<{p}d2>{g.DAY}))?{_P})?"
        rf"(?P<{p}mah>ماه(?:{g.SP0}ها(?:ی)?)?{_P})?(?P<{p}m>{g.MONTH})"
        rf"(?:{g.EZAFE}{g.SP0}(?:سال{_P})?(?P<{p}y>{g.YEAR}))?)"
    )


_YEARS = (
    rf"(?:(?P<ys>{g.SEASON}|{g.QUALIFIER}){g.EZAFE}{_P}(?:سال{_P})?"
    rf"|(?P<yk>سال(?:{g.SP0}ها(?:ی)?)?){_P})?"
    rf"(?P<y1>{g.YEAR})(?:(?P<yl>{g.RANGE_LINK})(?:سال{_P})?(?P<y2>{g.YEAR}))?"
    rf"(?:{_P}(?P<ysuf>{g.YEAR_SUFFIX})(?!\w))?"
)
_DAY_ONLY = (
    rf"(?:(?P<dw>{g.DAY_WORD}){_P})?(?P<od>{g.DAY_ORD})"
    rf"(?:(?P<odl>{_P}(?:و|تا|الی){_P}){_DAY_PREFIX}(?P<od2>{g.DAY_ORD}))?(?P<dm>{_P}ماه(?!\w))?"
)
_MASTER = re.compile(
    rf"(?<!\w)(?:(?P<A>{_part('a')}(?:(?P<link>{g.RANGE_LINK}){_part('b')})?)"
    rf"|(?P<Y>{_YEARS})|(?P<D>{_DAY_ONLY}))"
)
_WORD = re.compile(r"[^\W\d_]+|\d+")
_RANGE_WORDS = {"تا", "الی", "-", "–", "—", "به"}
_BETWEEN = {"بین", "مابین", "میان", "از"}
_PREPOSITIONS = {"در", "از", "تا", "به", "پیش", "پس", "بعد", "قبل", "اوایل", "اواخر"}
_SOLAR_SUFFIX = {"شمسی", "هجری شمسی", "خورشیدی", "هجری خورشیدی", "ه.ش", "ه ش"}
_LUNAR_SUFFIX = {"قمری", "هجری قمری", "ه.ق", "ه ق"}

Point = tuple[int | None, int | None, int | None]  # (year, month, day); None = unknown


@dataclass
class Cand:
    """A date found in the text, before the paragraph context fills in what it leaves out."""

    start: int
    end: int
    lo: Point
    hi: Point | None = None  # the end of a range
    confidence: float = 0.9
    kind: str = "date"  # date | year | day (a day of the latest month named)
    solar: bool = False
    sets_context: bool = False  # its year is stated (« سال ۱۷۸۹ », « اکتبر ۱۹۱۸ »)
    no_value: bool = False
    weak: bool = False  # a month used in a name: not a month for later day-only references
    calendar: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class _Part:
    start: int
    end: int
    month: int
    solar: bool
    year: int | None
    days: list[tuple[int, int, int]]  # (day, start, end)
    day_link: str
    cue: bool  # a qualifier, « ماه », a day or a year makes the month name certain
    after_preposition: bool  # « در اکتبر », not « انقلاب اکتبر »
    cardinal: bool = False  # the day is a cardinal word (« دو تیر » is rather two bullets)


def find_dates_fa(
    text: str, *, default_year: int | None, calendar: str = "unknown"
) -> list[Mention]:
    """Date mentions in Persian ``text``, sorted by start and non-overlapping."""
    folded = to_ascii_digits(fold_persian(text))
    cands: list[Cand] = []
    for match in _MASTER.finditer(folded):
        if match.group("A"):
            cands += _from_months(match, folded)
        elif match.group("Y"):
            cands += _from_years(match, folded)
        else:
            cands += _from_day_only(match, folded)
    return resolve(cands, text, folded, default_year=default_year, calendar=calendar)


# --- month-based dates --------------------------------------------------------------------


def _day_value(phrase: str) -> tuple[int, bool] | None:
    """(day, written as a cardinal word) for « بیست و سوم », « ۲۵ », « بیست و یک »."""
    phrase = re.sub(r"(?<=\s)و(?=\S)", "و ", phrase)  # « بیست وسوم »
    phrase = re.sub(r"(?<=\d)\s*(?:ام|م)$", "", phrase)  # « ۲۵ام »
    value = parse_ordinal(phrase)
    if value is None or not 1 <= value <= 31:
        return None
    words = parse_number_words(phrase) if not phrase.strip().isdigit() else None
    return value, bool(words and not words[1])


def _read_part(match: re.Match, p: str, folded: str) -> _Part | None:
    if not match.group(p):
        return None
    month, solar = g.month_number(match.group(p + "m"))
    year = int(match.group(p + "y")) if match.group(p + "y") else None
    keys = [k for k in (p + "d1", p + "d2") if match.group(k)]
    values = [_day_value(match.group(k)) for k in keys]
    days = [(v[0], match.start(k), match.end(k)) for k, v in zip(keys, values, strict=True) if v]
    cardinal = any(v and v[1] for v in values)
    if len(days) != len(keys) or (cardinal and match.group(p + "mah")):
        days = []
    start = match.start(p)
    if not days and not match.group(p + "q"):
        start = match.start(p + "mah") if match.group(p + "mah") else match.start(p + "m")
    cue = bool(days or year or match.group(p + "q") or match.group(p + "mah"))
    link = (match.group(p + "dl") or "").strip()
    before = _WORD.findall(folded[max(0, start - 20) : start])[-1:]
    prep = bool(before) and before[0] in _PREPOSITIONS
    part = _Part(start, match.end(p), month, solar, year, days, link, cue, prep)
    part.cardinal = cardinal and not match.group(p + "mah")
    return part


def _acceptable(part: _Part, folded: str, partner: bool) -> bool:
    if part.solar:
        return part.year is not None or (bool(part.days) and not part.cardinal)
    if part.cue or part.month not in g.AMBIGUOUS_MONTHS:
        return True
    if part.month == 5:
        return partner
    after = _WORD.findall(folded[part.end : part.end + 20])[:1]
    return partner or (part.after_preposition and after != ["فیلد"])


def _from_months(match: re.Match, folded: str) -> list[Cand]:
    a, b = _read_part(match, "a", folded), _read_part(match, "b", folded)
    if a and b and a.solar == b.solar:
        link = match.group("link").strip()
        if not (_acceptable(a, folded, True) and _acceptable(b, folded, True)):
            return []
        before = _WORD.findall(folded[max(0, a.start - 12) : a.start])[-1:]
        months_only = not a.days and not b.days
        follows = (b.month - a.month) % 12 == 1
        if link in _RANGE_WORDS or (before and before[0] in _BETWEEN and link == "و"):
            return [_range(a, b)]
        if months_only and follows:
            return [_range(a, b)]
        if a.year is None and b.year is not None:
            a.year = b.year
    parts = [p for p in (a, b) if p and _acceptable(p, folded, False)]
    return [cand for p in parts for cand in _single(p)]


def _range(a: _Part, b: _Part) -> Cand:
    lo = (a.year, a.month, a.days[0][0] if a.days else None)
    hi = (b.year, b.month, b.days[-1][0] if b.days else None)
    cand = Cand(a.start, b.end, lo, hi, 0.9 if a.days else 0.85, solar=a.solar)
    cand.sets_context = b.year is not None
    return cand


def _single(part: _Part) -> list[Cand]:
    base = Cand(part.start, part.end, (part.year, part.month, None), solar=part.solar)
    base.sets_context = part.year is not None
    if not part.days:
        base.confidence = 0.9 if part.year else 0.85 if part.cue else 0.65
        base.weak = not (part.cue or part.after_preposition)  # « انقلاب اکتبر »: a name
        return [base]
    base.confidence = 0.95 if part.year else 0.9
    first, last = part.days[0], part.days[-1]
    base.lo = (part.year, part.month, first[0])
    if len(part.days) == 1:
        return [base]
    if part.day_link in _RANGE_WORDS:
        base.hi = (part.year, part.month, last[0])
        return [base]
    alone = Cand(part.start, first[2], base.lo, confidence=base.confidence, solar=part.solar)
    base.start, base.lo = last[1], (part.year, part.month, last[0])
    return [alone, base]


# --- years and day-only references --------------------------------------------------------


def _year_cue(folded: str, start: int, end: int) -> float | None:
    """How sure a bare four-digit number is a year, from the words around it (None: not)."""
    before = re.split(r"[^\w\s]", folded[max(0, start - 40) : start])[-1].split()
    before = [w for w in before if w != "ی"][-2:]
    after = _WORD.findall(folded[end : end + 30])[:1]
    if set(before) & g.NOT_YEAR_BEFORE or set(after) & g.COUNT_NOUNS:
        return None
    month = before and re.fullmatch(g.MONTH, before[-1])
    if before and (before[-1] in g.YEAR_CUES or month):
        return 0.9 if before[-1] in g.STRONG_YEAR_CUES else 0.7
    if len(before) == 2 and before[0] in ("در", "از", "تا"):
        return 0.55
    counted = "را" in re.split(r"[^\w\s]", folded[end : end + 40])[0].split()[1:3]  # « … نفر را »
    if before and before[-1].isalpha() and before[-1] not in g.FUNCTION_WORDS and not counted:
        return 0.5  # a year naming what precedes it: « تجربه‌ی ۱۹۰۵ », « استالینِ ۱۹۱۸ »
    return None


def _from_years(match: re.Match, folded: str) -> list[Cand]:
    y1, y2 = int(match.group("y1")), match.group("y2") and int(match.group("y2"))
    link, suffix = (match.group("yl") or "").strip(), match.group("ysuf") or ""
    stated = bool(match.group("yk") or match.group("ys"))
    confidence = 0.95 if stated else _year_cue(folded, match.start("y1"), match.end("y1"))
    start, end = match.start("Y"), match.end("Y")
    if y2 and link in _RANGE_WORDS and 0 < abs(y2 - y1) <= 200:
        lo, hi = sorted((y1, y2))
        cand = Cand(start, end, (lo, None, None), (hi, None, None), 0.9 if stated else 0.7)
        cand.kind, cand.solar = "year", suffix in _SOLAR_SUFFIX
        return [cand]
    if confidence is None:
        return []
    first_end = end if not y2 else match.end("y1")
    cands = [Cand(start, first_end, (y1, None, None), confidence=confidence)]
    if y2 and link in ("و", "یا"):
        cands.append(Cand(match.start("y2"), end, (y2, None, None), confidence=confidence))
    for cand in cands:
        cand.kind = "year"
        cand.solar, cand.no_value = suffix in _SOLAR_SUFFIX, suffix in _LUNAR_SUFFIX
        cand.sets_context = bool(match.group("yk") or match.group("ys")) and not y2
    return cands


def _from_day_only(match: re.Match, folded: str) -> list[Cand]:
    if not (match.group("dw") or match.group("dm")):
        return []
    days = [(parse_ordinal(match.group(k)), k) for k in ("od", "od2") if match.group(k)]
    if any(d is None or not 1 <= d <= 31 for d, _ in days) or match.group("od") in ("اول", "نخست"):
        return []
    if days[-1][0] <= 3 and not match.group("dm") and _WORD.match(folded, match.end() + 1):
        return []  # « در روز دوم قیام » counts days of something, it is not a date
    start, end = match.start("D"), match.end("D")
    if len(days) == 1:
        return [Cand(start, end, (None, None, days[0][0]), confidence=0.6, kind="day")]
    if match.group("odl").strip() != "و":
        hi = (None, None, days[1][0])
        return [Cand(start, end, (None, None, days[0][0]), hi, confidence=0.6, kind="day")]
    first = Cand(start, match.end("od"), (None, None, days[0][0]), confidence=0.6, kind="day")
    second = Cand(match.start("od2"), end, (None, None, days[1][0]), confidence=0.6, kind="day")
    return [first, second]
