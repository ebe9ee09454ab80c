"""Persian number words: cardinals and ordinals (« بیست و سوم » → 23, « یازدهم » → 11)."""

import re

from .persian import fold_persian

_UNITS = {
    "یک": 1,
    "دو": 2,
    "سه": 3,
    "چهار": 4,
    "پنج": 5,
    "شش": 6,
    "شیش": 6,
    "هفت": 7,
    "هشت": 8,
    "نه": 9,
    "ده": 10,
    "یازده": 11,
    "دوازده": 12,
    "سیزده": 13,
    "چهارده": 14,
    "پانزده": 15,
    "پونزده": 15,
    "شانزده": 16,
    "هفده": 17,
    "هجده": 18,
    "هیجده": 18,
    "نوزده": 19,
}
_TENS = {
    "بیست": 20,
    "سی": 30,
    "چهل": 40,
    "پنجاه": 50,
    "شصت": 60,
    "هفتاد": 70,
    "هشتاد": 80,
    "نود": 90,
}
_HUNDREDS = {
    "صد": 100,
    "یکصد": 100,
    "دویست": 200,
    "سیصد": 300,
    "چهارصد": 400,
    "پانصد": 500,
    "ششصد": 600,
    "هفتصد": 700,
    "هشتصد": 800,
    "نهصد": 900,
}
_ORDINAL_SPECIAL = {"اول": 1, "نخست": 1, "یکم": 1, "سوم": 3, "سیم": 3}
_ORDINAL_GAP = re.compile(r"\s+(?=ام(ین)?$)")  # « سی ام » is « سی‌ام » typed with a space
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def to_ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits → ASCII, same length."""
    return text.translate(_DIGITS)


def _word_value(word: str) -> int | None:
    for table in (_UNITS, _TENS, _HUNDREDS):
        if word in table:
            return table[word]
    return None


def _ordinal_stem(word: str) -> tuple[str, bool]:
    """Strip an ordinal suffix (-م, -مین, -ام); say whether there was one."""
    if word in _ORDINAL_SPECIAL:
        return word, True
    for suffix in ("مین", "امین", "ام", "م"):
        if word.endswith(suffix) and _word_value(word[: -len(suffix)].strip()) is not None:
            return word[: -len(suffix)].strip(), True
    return word, False


def parse_number_words(phrase: str) -> tuple[int, bool] | None:
    """``(value, is_ordinal)`` for a phrase like « بیست و سوم » or « سی »; else None."""
    folded = _ORDINAL_GAP.sub("", fold_persian(phrase).strip())
    parts = [p for p in re.split(r"\s+و\s+|\s+", folded) if p]
    if not parts:
        return None
    total, ordinal = 0, False
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if last:
            part, ordinal = _ordinal_stem(part)
            if part in _ORDINAL_SPECIAL:
                value = _ORDINAL_SPECIAL[part]
                total += value
                continue
        value = _word_value(part)
        if value is None:
            return None
        total += value
    return total, ordinal


def parse_ordinal(phrase: str) -> int | None:
    """« اول » → 1, « دهم » → 10, « بیست و یکم » → 21, « 3 » → 3; otherwise None."""
    digits = to_ascii_digits(phrase.strip())
    if digits.isdigit():
        return int(digits)
    parsed = parse_number_words(phrase)
    return parsed[0] if parsed else None
