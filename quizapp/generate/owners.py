"""Whose speech? A name that owns a speech, a proposal or a view the sentence does not spell
out (« سخن‌رانی کامنف با مخالفت … رو به رو نشد », "Kamenev's policy was defeated") leaves the
learner asking which one: the question cannot be placed without the text around it.
"""

import re

from .textutil import fold

_FA_THINGS = (
    "سخنرانی سخن‌رانی نطق انتقاد انتقادهای انتقادات پیشنهاد پیشنهادهای موضع نظر نظریه "
    "نظریات عقیده عقاید استدلال استدلال‌های استدلالهای قطع‌نامه قطعنامه نامه مقاله بیانیه "
    "سیاست تاکتیک تاکتیک‌های نگرش وعده طرح برنامه فرمول تز تزهای گزارش اظهارات سخنان "
    "حرف‌های گفته‌های اعتراض پاسخ جواب تهدید اخطار درخواست دیدگاه قول"
).split()
_EN_THINGS = (
    "speech criticism criticisms proposal proposals position view views argument arguments "
    "resolution letter article statement policy tactics attitude promise plan formula theses "
    "report remarks objection answer reply threat warning request line stand"
).split()
_FA_OWNED = re.compile(
    rf"(?:^|\s)(?P<lead>(?:بنا\s+)?(?:به|طبق)\s+)?(?P<thing>{'|'.join(_FA_THINGS)}|سخن\s+رانی)"
    r"(?:\u200cی|ی)?\s*$"
)
_EN_OWNED_AFTER = re.compile(rf"^['’]s\s+(?P<thing>{'|'.join(_EN_THINGS)})\b")
_EN_OWNED_BEFORE = re.compile(rf"\bthe\s+(?P<thing>{'|'.join(_EN_THINGS)})\s+of\s+$", re.I)
# what follows the name when the sentence says what the thing was
_FA_SAID = re.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:دائر|دایر|مبنی|مبتنی|که|درباره|در\s+باره|در\s+خصوص|برای)"
)
_EN_SAID = re.compile(r"^\s*(?:to|that|for|on|about|of|which)\b")
_QUOTED_AFTER = re.compile(r"[:«“\"]")  # « … به تصویب رسید: «…» »: what it was follows


def unplaced_thing(sentence: str, start: int, end: int, context: str, language: str) -> bool:
    """Whether the name at ``start:end`` owns a speech, proposal or view that neither the
    sentence (after the name) nor the context says anything about."""
    thing, after = _owned(sentence, start, end, language)
    if thing is None:
        return False
    said = _FA_SAID if language == "fa" else _EN_SAID
    if said.match(after) or _QUOTED_AFTER.search(after):
        return False
    stem = fold(thing).replace(" ", "")[:4]
    return stem not in fold(context).replace(" ", "")


def _owned(sentence: str, start: int, end: int, language: str) -> tuple[str | None, str]:
    """The thing the name owns, and the words after the owner's phrase."""
    before, after = sentence[:start], sentence[end:]
    if language == "fa":
        match = _FA_OWNED.search(before)
        if match is None or match.group("lead"):
            return None, after  # « به پیشنهاد لنین »: on his proposal, said in what follows
        return match.group("thing"), after
    owned = _EN_OWNED_AFTER.match(after)
    if owned:
        return owned.group("thing"), after[owned.end() :]
    owned = _EN_OWNED_BEFORE.search(before)
    return (owned.group("thing"), after) if owned else (None, after)
