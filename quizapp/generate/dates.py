"""Dates as the text writes them: their shape, their precision, and look-alike other dates.

A date mention is read as literal text with slots (month names, day numbers in digits or
Persian ordinal words, four-digit years). Other dates are made by moving every slot of one
kind by the same step, so « روز هیجدهم ژوئیه » gives « روز بیستم ژوئیه » and "November 1 (14)"
gives "November 3 (16)", with the normalised value moved alike.
"""

import calendar
import datetime
import re
from dataclasses import dataclass

from quizapp.text.numbers import parse_ordinal, to_ascii_digits

from .types import Fact

EN_MONTHS = (
    "January February March April May June July August September October November December"
).split()
FA_MONTHS = "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر".split()
_FA_MONTH_RE = {
    "ژانو[یئ]?یه": 1, "فور[یئ]?یه": 2, "مارس": 3, "[آا]وریل": 4, "مه": 5, "ژوئ?ن": 6,
    "ژو[ئی]?[ئی]ه": 7, "[اآ]وت": 8, "سپتامبر": 9, "[اآ]کتبر": 10, "نوامبر": 11, "دسامبر": 12,
}  # fmt: skip
_FA_UNITS = "اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم".split()
_FA_TEENS = "دهم یازدهم دوازدهم سیزدهم چهاردهم پانزدهم شانزدهم هفدهم هیجدهم نوزدهم".split()
_FA_CARD = "یک دو سه چهار پنج شش هفت هشت نه".split()
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ORD_WORD = r"(?:(?:بیست|سی)\s+و\s*)?(?:[\u0600-\u06ff]+م|سی\u200c?\s?ام|اول|نخست)"
_W = r"(?<![\w\u200c])"
_E = r"(?![\w\u200c])"


@dataclass(frozen=True, slots=True)
class Slot:
    kind: str  # day, month or year
    start: int  # offsets in the date's text
    end: int
    number: int
    style: str  # en, digits-fa, digits, words


def fa_ordinal(day: int) -> str:
    """1 → « اول », 18 → « هیجدهم », 25 → « بیست و پنجم », 30 → « سی‌ام »."""
    if day < 10:
        return _FA_UNITS[day - 1]
    if day < 20:
        return _FA_TEENS[day - 10]
    tens = "بیست" if day < 30 else "سی"
    unit = day % 10
    if unit == 0:
        return "بیستم" if day == 20 else "سی\u200cام"
    word = "یکم" if unit == 1 else _FA_UNITS[unit - 1]
    return f"{tens} و {word}"


def _digit_slots(text: str) -> list[Slot]:
    slots = []
    for match in re.finditer(r"(?<!\d)[0-9۰-۹]{1,4}(?!\d)", text):
        number = int(to_ascii_digits(match.group()))
        kind = "year" if len(match.group()) == 4 else "day"
        if kind == "day" and not 1 <= number <= 31:
            continue
        style = "digits-fa" if match.group()[0] in "۰۱۲۳۴۵۶۷۸۹" else "digits"
        slots.append(Slot(kind, match.start(), match.end(), number, style))
    return slots


def _month_slots(text: str, language: str) -> list[Slot]:
    slots = []
    if language == "en":
        for match in re.finditer(rf"\b({'|'.join(EN_MONTHS)})\b", text):
            slots.append(Slot("month", *match.span(), EN_MONTHS.index(match.group()) + 1, "en"))
        return slots
    for pattern, number in _FA_MONTH_RE.items():
        for match in re.finditer(rf"{_W}{pattern}{_E}", text):
            slots.append(Slot("month", *match.span(), number, "fa"))
    return slots


def _word_day_slots(text: str) -> list[Slot]:
    slots = []
    for match in re.finditer(rf"{_W}{_ORD_WORD}{_E}", text):
        day = parse_ordinal(match.group())
        if day and 1 <= day <= 31:
            slots.append(Slot("day", *match.span(), day, "words"))
    return slots


def slots_of(text: str, language: str) -> list[Slot]:
    """The month, day and year slots of a date's text, in order."""
    found = _month_slots(text, language) + _digit_slots(text)
    if language == "fa":
        found += _word_day_slots(text)
    found.sort(key=lambda slot: slot.start)
    kept: list[Slot] = []
    for slot in found:
        if not kept or slot.start >= kept[-1].end:
            kept.append(slot)
    return kept


def shape(text: str, language: str) -> str:
    """The date's text with its slots as placeholders: dates of one shape read alike."""
    out, position = [], 0
    for slot in slots_of(text, language):
        out.append(text[position : slot.start])
        out.append(f"<{slot.kind}:{slot.style}>")
        position = slot.end
    out.append(text[position:])
    return "".join(out)


def precision(value: str | None) -> str | None:
    """day, month or year for a single normalised date; None for ranges and odd values."""
    if not value or "/" in value:
        return None
    if re.fullmatch(r"(?:\d{4}|-)-\d\d-\d\d", value):
        return "day"
    if re.fullmatch(r"(?:\d{4}|-)-\d\d", value):
        return "month"
    return "year" if re.fullmatch(r"\d{4}", value) else None


def _render(slot: Slot, number: int, language: str) -> str:
    if slot.kind == "month":
        return EN_MONTHS[number - 1] if language == "en" else FA_MONTHS[number - 1]
    if slot.style == "words":
        return fa_ordinal(number)
    text = str(number)
    return text.translate(_FA_DIGITS) if slot.style == "digits-fa" else text


def _shift_value(value: str, kind: str, step: int) -> str:
    """Move one part (year, month or day) of a normalised value by ``step``."""
    year, _, rest = value.partition("-") if not value.startswith("--") else ("--", "", value[2:])
    parts = rest.split("-") if rest else []
    if kind == "year":
        return f"{int(year) + step}" + (f"-{rest}" if rest else "")
    index = 0 if kind == "month" else 1
    parts[index] = f"{int(parts[index]) + step:02d}"
    prefix = "-" if year == "--" else year
    return f"{prefix}-{'-'.join(parts)}"


_STEPS = {
    "day": (-2, 2, -5, 5, -1, 1, 3, -3, 7, -7),
    "month": (-1, 1, -2, 2, -3, 3),
    "year": (-1, 1, -2, 2, 3, -3, 5),
}
_BOUNDS = {"day": (2, 28), "month": (1, 12), "year": (1000, 2100)}


def date_variants(fact: Fact, language: str) -> list[tuple[str, str]]:
    """Other dates written like ``fact``: ``(text, value)`` pairs, nearest first."""
    kind = precision(fact.value)
    if kind is None or fact.value is None:
        return []
    slots = [slot for slot in slots_of(fact.text, language) if slot.kind == kind]
    if not slots:
        return []
    low, high = _BOUNDS[kind]
    variants = []
    for step in _STEPS[kind]:
        if not all(low <= slot.number + step <= high for slot in slots):
            continue
        text, position = [], 0
        for slot in slots:
            text += [fact.text[position : slot.start], _render(slot, slot.number + step, language)]
            position = slot.end
        text.append(fact.text[position:])
        variants.append(("".join(text), _shift_value(fact.value, kind, step)))
    return variants


CALENDAR_GAP = 13  # days between the Julian and the Gregorian calendar in 1900-1923
LAST_JULIAN_YEAR = 1923  # the last country to leave the Julian calendar did so that year


def calendar_twins(value: str | None, calendar: str | None = None) -> list[tuple[str, str]]:
    """The days a date covers read in the other calendar (13 days later or earlier), while
    both calendars were in use: "25 October" Old Style is 7 November New Style, so 7 November
    is no wrong answer to it. A month of a text that says its calendar reaches into one
    neighbour: June Old Style ends in July New Style (the "July offensive" of 18 June)."""
    span, kind = interval(value), precision(value)
    if kind not in ("day", "month") or span is None:
        return []  # a year read in the other calendar is still mostly the same year
    shifts = _MONTH_SHIFTS.get(calendar or "", ()) if kind == "month" else _DAY_SHIFTS
    yearless = span[0].startswith("0000")
    if not yearless and span[0][:4] > str(LAST_JULIAN_YEAR):
        return []
    low, high = (_as_date(day, 2001 if yearless else None) for day in span)
    twins = []
    for shift in shifts:
        delta = datetime.timedelta(days=shift)
        days = [(low + delta).isoformat(), (high + delta).isoformat()]
        twins.append(tuple("0000" + d[4:] if yearless else d for d in days))
    return twins


# which way a month moves read in the other calendar; one of a text whose calendar is not
# known moves neither way, or its wrong options would spread a season from it
_MONTH_SHIFTS = {"julian": (CALENDAR_GAP,), "gregorian": (-CALENDAR_GAP,)}
_DAY_SHIFTS = (CALENDAR_GAP, -CALENDAR_GAP)


def _as_date(day: str, year: int | None) -> datetime.date:
    y, m, d = (int(part) for part in day.split("-"))
    return datetime.date(year or y, m, min(d, calendar.monthrange(year or y, m)[1]))


def interval(value: str | None) -> tuple[str, str] | None:
    """The first and last day a value covers, as sortable strings ("--" years as 0000)."""
    if not value:
        return None
    first, _, last = value.partition("/")
    last = last or first
    low, high = _pad(first, "01"), _pad(last, "31")
    if low is None or high is None or low > high:
        return None
    return low, high


def _pad(value: str, fill: str) -> str | None:
    value = "0000" + value[1:] if value.startswith("--") else value
    match = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value)
    if not match:
        return None
    year, month, day = match.groups()
    month = month or ("01" if fill == "01" else "12")
    return f"{year}-{month}-{day or fill}"
