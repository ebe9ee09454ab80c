"""English date expressions: spans, normalised values, Old Style (New Style) pairs.

Values are ISO-like (YYYY, YYYY-MM, YYYY-MM-DD, ranges A/B). A year the expression does not
give comes from the latest explicit year earlier in the same paragraph, else ``default_year``;
with neither, the value has no year ("--11-03", "--07").
"""

import calendar as calendars
import re
from bisect import bisect_left
from datetime import date

from quizapp.extract.en_date_patterns import RawDate, Ymd, find_raw_dates
from quizapp.extract.en_text import Occupancy, paragraph_spans
from quizapp.extract.types import DATE, Mention

_MARKER = re.compile(
    r"\s*(?P<open>\()?\s*(?:(?P<old>O\.\s?S\.|Old\s+Style)|N\.\s?S\.|New\s+Style)(?(open)\))"
)


def find_dates_en(
    text: str, *, default_year: int | None, calendar: str = "unknown"
) -> list[Mention]:
    """Date mentions in ``text``, sorted by start and non-overlapping."""
    chosen = _non_overlapping(find_raw_dates(text), len(text))
    starts = [raw.start for raw in chosen]
    mentions = []
    for start, end in paragraph_spans(text):
        context = default_year
        for raw in chosen[bisect_left(starts, start) : bisect_left(starts, end)]:
            explicit = _explicit_year(raw)
            mention = _mention(
                text, raw, explicit or context, from_text=bool(explicit), cal=calendar
            )
            if mention is not None:
                mentions.append(mention)
            context = explicit or context
    return mentions


def _non_overlapping(found: list[RawDate], size: int) -> list[RawDate]:
    """Longest expressions first; a shorter one overlapping a chosen one is dropped."""
    taken, occupied = [], Occupancy(size)
    for raw in sorted(found, key=lambda r: (r.start - r.end, r.start)):
        if occupied.free(raw.start, raw.end):
            taken.append(raw)
            occupied.take(raw.start, raw.end)
    return sorted(taken, key=lambda r: r.start)


def _explicit_year(raw: RawDate) -> int | None:
    """The last year written in the expression itself."""
    years = [p[0] for p in (raw.lo, raw.hi, raw.new_lo, raw.new_hi) if p and p[0] is not None]
    return years[-1] if years else None


def _with_year(part: Ymd, year: int | None, after: Ymd | None = None) -> Ymd:
    """``part`` with its year filled in; a month earlier than ``after``'s is in the next year."""
    if part[0] is not None or year is None:
        return part
    if after is not None and part[1] and after[1] and part[1] < after[1]:
        year += 1
    return (year, part[1], part[2])


def _iso(part: Ymd) -> str | None:
    y, m, d = part
    if m is None:
        return f"{y:04d}" if y is not None else None
    if d is not None and d > calendars.monthrange(y or 2000, m)[1]:
        return None
    head = f"{y:04d}-{m:02d}" if y is not None else f"--{m:02d}"
    return f"{head}-{d:02d}" if d is not None else head


def _joined(lo: Ymd, hi: Ymd | None) -> str | None:
    first = _iso(lo)
    if hi is None or first is None:
        return first
    last = _iso(hi)
    return f"{first}/{last}" if last else None


def _filled(raw: RawDate, year: int | None) -> tuple[Ymd, Ymd | None, Ymd | None, Ymd | None]:
    lo = _with_year(raw.lo, raw.lo[0] if raw.lo[0] is not None else year)
    hi = _with_year(raw.hi, lo[0], lo) if raw.hi else None
    new_lo = _with_year(raw.new_lo, lo[0], lo) if raw.new_lo else None
    new_hi = _with_year(raw.new_hi, new_lo[0], new_lo) if raw.new_hi and new_lo else None
    return lo, hi, new_lo, new_hi


def _mention(
    text: str, raw: RawDate, year: int | None, *, from_text: bool, cal: str
) -> Mention | None:
    lo, hi, new_lo, new_hi = _filled(raw, year)
    marker = _MARKER.match(text, raw.end) if new_lo is None else None
    end = marker.end() if marker else raw.end  # "5 March 1917 (O.S.)"
    base = dict(type=DATE, text=text[raw.start : end], start=raw.start, end=end)
    confidence = raw.confidence - (0 if from_text else 0.05 if year else 0.2)
    if new_lo is not None:  # Old Style (New Style): the value is the New Style date
        julian, gregorian = _joined(lo, hi), _joined(new_lo, new_hi)
        if julian is None or gregorian is None:
            return None
        return Mention(
            **base, confidence=confidence, canonical="", value=gregorian,
            calendar="julian", value_julian=julian, value_gregorian=gregorian,
        )  # fmt: skip
    value = _joined(lo, hi)
    if value is None:
        return None
    marked = None if marker is None else "julian" if marker.group("old") else "gregorian"
    julian = value if marked == "julian" else None
    gregorian = value if marked == "gregorian" else _to_gregorian(lo) if julian and not hi else None
    return Mention(
        **base, confidence=confidence, canonical="", value=value, calendar=marked or cal,
        value_julian=julian, value_gregorian=gregorian,
    )  # fmt: skip


def _to_gregorian(part: Ymd) -> str | None:
    """The New Style date of a full Old Style (Julian) date."""
    y, m, d = part
    if y is None or m is None or d is None:
        return None
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    julian_day = d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083
    return date.fromordinal(julian_day - 1721425).isoformat()
