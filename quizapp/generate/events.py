"""Months that name an event rather than date one: "the October Revolution", « انقلاب فوریه »,
« روزهای ژوئیه ». Their only fair wrong options are the months the same kind of event bears
elsewhere in the text (February for October), never any month (« انقلاب اوت »)."""

import re
from collections.abc import Iterable

from .dates import EN_MONTHS, FA_MONTHS

# Words that make a month the name of an event: after the month in English, before it in
# Persian (the Persian genitive puts the head first).
_EN_HEADS = (
    "revolution|revolutions|days|uprising|insurrection|rising|crisis|offensive|strike|events"
    "|regime|theses|manifesto"
)
_FA_HEADS = (
    "انقلاب|انقلابات|روزهای|روزها|قیام|شورش|بحران|تعرض|اعتصاب|وقایع|حوادث|جنبش|رژیم|تزهای"
    "|تظاهرات|کنفرانس|بیانیه‌ی"
)
_EN_MONTH = "|".join(EN_MONTHS)
_FA_MONTH = "|".join(FA_MONTHS)
# a Persian month ends at a space or a sign, or takes its ezafe (« فوریه، », « ژانویه‌ی ۱۹۱۸ »);
# its event's head may open a quotation (« «انقلاب اکتبر … » »)
_FA_MONTH_END = r"(?:\u200c?ی)?(?![\w\u200c])"
_NAMED = {
    # the month capitalised ("they may strike" names nothing), the head word either way
    "en": re.compile(rf"\b(?P<month>{_EN_MONTH})\s+(?P<head>(?i:{_EN_HEADS}))\b"),
    "fa": re.compile(
        rf"(?<![^\s«\"“(])(?P<head>{_FA_HEADS})(?:ی|‌ی)?\s+(?:ماه\s+)?(?P<month>{_FA_MONTH})"
        rf"{_FA_MONTH_END}"
    ),
}


def event_names(texts: Iterable[str], language: str) -> frozenset[tuple[str, str]]:
    """The (head word, month) pairs a text names events by: ("revolution", "february")."""
    pattern = _NAMED.get(language)
    if pattern is None:
        return frozenset()
    return frozenset(
        (match["head"].lower(), match["month"].lower())
        for text in texts
        for match in pattern.finditer(text)
    )


def names_event(sentence: str, start: int, end: int, language: str) -> tuple[str, str] | None:
    """The (head word, month) when a month within ``start:end`` of the sentence names an
    event."""
    pattern = _NAMED.get(language)
    if pattern is None:
        return None
    for match in pattern.finditer(sentence):
        if match.start("month") < end and start < match.end("month"):
            return match["head"].lower(), match["month"].lower()
    return None


def other_events(head: str, month: str, names: frozenset[tuple[str, str]]) -> set[str]:
    """The other months the text gives an event of the same kind (``head``), but not the
    month next to it: « انقلاب نوامبر » is the October Revolution by the other calendar."""
    return {
        m for h, m in names if h == head and m != month.lower() and not _next_to(m, month.lower())
    }


def _next_to(a: str, b: str) -> bool:
    one, other = _MONTH_ORDER.get(a), _MONTH_ORDER.get(b)
    return one is not None and other is not None and abs(one - other) in (1, 11)


_MONTH_ORDER = {m.lower(): n for months in (EN_MONTHS, FA_MONTHS) for n, m in enumerate(months)}


_ANY_MONTH = {
    "en": re.compile(rf"\b(?:{_EN_MONTH})\b"),
    "fa": re.compile(rf"(?<!\S)(?:{_FA_MONTH}){_FA_MONTH_END}"),
}


def names_no_month(text: str, language: str) -> bool:
    """Whether a sentence names no month at all: a day in it (« روز شانزدهم ») is a day of a
    month the reader was told earlier."""
    pattern = _ANY_MONTH.get(language)
    return pattern is not None and not pattern.search(text)
