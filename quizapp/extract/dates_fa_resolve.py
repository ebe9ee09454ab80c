"""Second step of ``dates_fa``: fill in years and months from the paragraph, write values.

Candidates come in text order; a paragraph (one line) keeps the latest stated year and the
latest month named, which dates without a year, and day-only references, take.
"""

import calendar as calendar_module
import re
from datetime import date
from typing import TYPE_CHECKING

from quizapp.text.numbers import parse_ordinal

from . import dates_fa_grammar as g
from .types import DATE, Mention

if TYPE_CHECKING:
    from .dates_fa import Cand, Point

_OPEN = re.compile(rf"{g.SP0}[(\[/]{g.SP0}")


def resolve(
    cands: "list[Cand]", text: str, folded: str, *, default_year: int | None, calendar: str
) -> list[Mention]:
    """Mentions for the candidates, with years and months from their paragraph."""
    cands = sorted(cands, key=lambda c: c.start)
    kept: list[Cand] = []
    line = -2
    for cand in cands:
        if folded.rfind("\n", 0, cand.start) != line:
            line = folded.rfind("\n", 0, cand.start)
            year = solar_year = last_month = None
        if cand.kind == "day":
            if last_month is None:
                continue
            cand.lo, cand.solar = (*last_month[:2], cand.lo[2]), last_month[2]
            cand.hi = cand.hi and (*last_month[:2], cand.hi[2])
        elif cand.kind == "date":
            context = solar_year if cand.solar else year if year is not None else default_year
            _fill_years(cand, context)
        if cand.sets_context and (cand.hi or cand.lo)[0] is not None:
            if cand.solar:
                solar_year = (cand.hi or cand.lo)[0]
            else:
                year = (cand.hi or cand.lo)[0]
        elif cand.kind == "year" and cand.lo[0] != year:
            year = None  # a bare year elsewhere in time: the stated year no longer holds
        if cand.kind != "year" and not cand.weak and (cand.hi or cand.lo)[1] is not None:
            last_month = (*(cand.hi or cand.lo)[:2], cand.solar)
        kept.append(cand)
    return _to_mentions(_merge_style_pairs(kept, folded), text, folded, calendar)


def _to_mentions(cands: "list[Cand]", text: str, folded: str, calendar: str) -> list[Mention]:
    """One mention per candidate; a clock time is left out where it would overlap a date."""
    mentions: list[Mention] = []
    pairs = [(c, _mention(c, text, folded, calendar)) for c in cands]
    for index, (cand, mention) in enumerate(pairs):
        if index + 1 < len(pairs) and mention.end > pairs[index + 1][0].start:
            mention = _mention(cand, text, folded, calendar, with_time=False)
        if mentions and mention.start < mentions[-1].end:  # a clock time reached back
            mention = _mention(cand, text, folded, calendar, with_time=False)
        mentions.append(mention)
    return mentions


def _fill_years(cand: "Cand", context: int | None) -> None:
    lo_year, month, day = cand.lo
    if cand.hi is None:
        cand.lo = (lo_year if lo_year is not None else context, month, day)
        return
    hi_year, hi_month, hi_day = cand.hi
    wraps = int(month is not None and hi_month is not None and hi_month < month)
    if lo_year is None and hi_year is not None:
        lo_year = hi_year - wraps
    elif lo_year is None and context is not None:
        lo_year = context
    if hi_year is None and lo_year is not None:
        hi_year = lo_year + wraps
    cand.lo, cand.hi = (lo_year, month, day), (hi_year, hi_month, hi_day)


def _gregorian(point: "Point", solar: bool, end: bool) -> tuple[int, int | None, int | None]:
    """The point as a Gregorian (year, month, day); a Solar month or year gives its first
    (or, for the end of a span, last) Gregorian month or year."""
    year, month, day = point
    assert year is not None
    if not solar:
        return year, month, day
    if month is None:
        return year + 621 + end, None, None
    last = g.jalali_month_length(year, month)
    if day is not None and day > last:
        day = None
    converted = g.jalali_to_gregorian(year, month, day or (last if end else 1))
    return converted.year, converted.month, converted.day if day else None


def _iso(point: tuple[int, int | None, int | None]) -> str:
    year, month, day = point
    if month is None:
        return f"{year:04d}"
    if day is None or day > calendar_module.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _value(cand: "Cand") -> str | None:
    if cand.no_value or cand.lo[0] is None or (cand.hi and cand.hi[0] is None):
        return None
    lo = _iso(_gregorian(cand.lo, cand.solar, False))
    hi = _iso(_gregorian(cand.hi or cand.lo, cand.solar, True))
    if len(lo) == len(hi) and hi < lo:
        lo, hi = hi, lo
    return lo if lo == hi else f"{lo}/{hi}"


def _day(cand: "Cand") -> date | None:
    value = _value(cand)
    if cand.hi or not value or len(value) != 10:
        return None
    return date.fromisoformat(value)


def _merge_style_pairs(cands: "list[Cand]", folded: str) -> "list[Cand]":
    """« ۲۵ اکتبر (۷ نوامبر) »: an Old Style date with its New Style twin → one date."""
    out: list[Cand] = []
    for cand in cands:
        prev = out[-1] if out else None
        first, second = (_day(prev), _day(cand)) if prev else (None, None)
        gap = _OPEN.fullmatch(folded, prev.end, cand.start) if prev else None
        if first and second and gap and 10 <= abs((second - first).days) <= 13:
            julian, gregorian = sorted((first, second))
            end = cand.end + (folded[cand.end : cand.end + 1] in ")]")
            prev.end, prev.lo, prev.hi = end, (gregorian.year, gregorian.month, gregorian.day), None
            prev.solar, prev.calendar = False, "gregorian"
            prev.extra = {"value_julian": julian.isoformat(), "value_gregorian": str(gregorian)}
            prev.confidence = max(prev.confidence, cand.confidence)
            continue
        out.append(cand)
    return out


def _calendar_mark(folded: str, start: int, end: int) -> str | None:
    mark = g.CALENDAR_AFTER.match(folded, end) or g.CALENDAR_BEFORE.search(
        folded, max(0, start - 40), start
    )
    if mark is None:
        return None
    return "gregorian" if mark.group("new") else "julian"


def _with_time(cand: "Cand", folded: str, value: str | None) -> tuple[int, int, str | None]:
    """Extend a one-day date over an adjacent « ساعت سه بعدازظهر » and add ``THH:MM``."""
    start, end = cand.start, cand.end
    if value is None or len(value) != 10:
        return start, end, value
    before = g.TIME_BEFORE.search(folded, max(0, start - 60), start)
    after = None if before else g.TIME_AFTER.match(folded, end)
    found = before or after
    if found is None:
        return start, end, value
    hour = parse_ordinal(found.group("hour")) or -1
    minute = int(found.group("minute") or {"نیم": 30, "ربع": 15}.get(found.group("half"), 0))
    lead = re.match(rf"({g.PART_OF_DAY})(?!\w)", folded[start:end])  # « ساعت ده شب ۲۴ اکتبر »
    clock = g.clock(hour, minute, found.group("part") or (lead and lead.group(1)))
    if clock is None:
        return start, end, value
    if before:
        start = before.start()
    else:
        end = after.end()
    return start, end, f"{value}T{clock}"


def _mention(
    cand: "Cand", text: str, folded: str, calendar: str, *, with_time: bool = True
) -> Mention:
    value = _value(cand)
    start, end = cand.start, cand.end
    if with_time:
        start, end, value = _with_time(cand, folded, value)
    mark = _calendar_mark(folded, cand.start, cand.end)
    chosen = cand.calendar or ("gregorian" if cand.solar else None) or mark or calendar
    confidence = cand.confidence if value is not None else min(cand.confidence, 0.45)
    return Mention(
        type=DATE,
        text=text[start:end],
        start=start,
        end=end,
        confidence=confidence,
        value=value,
        calendar=chosen,
        value_julian=cand.extra.get("value_julian"),
        value_gregorian=cand.extra.get("value_gregorian"),
    )
