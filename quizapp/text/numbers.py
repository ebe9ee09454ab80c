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
    "هیژده": 18,
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
    """Strip an ordinal suffix (-م, -مین, -ام, -ین); say whether there was one."""
    if word.endswith("ین") and word[:-2] in _ORDINAL_SPECIAL:  # « سومین »، « نخستین »
        word = word[:-2]
    if word in _ORDINAL_SPECIAL:
        return word, True
    for suffix in ("مین", "امین", "ام", "م"):
        if word.endswith(suffix) and _word_value(word[: -len(suffix)].strip()) is not None:
            return word[: -len(suffix)].strip(), True
    return word, False


def _parts(phrase: str) -> list[str]:
    """The number words of a phrase, with « و » dropped (also when written « وسوم »)."""
    folded = _ORDINAL_GAP.sub("", fold_persian(phrase).strip())
    parts = []
    for word in folded.split():
        if word == "و":
            continue
        stem = _ordinal_stem(word[1:])[0]
        if word.startswith("و") and parts and (stem in _ORDINAL_SPECIAL or _word_value(stem)):
            word = word[1:]
        parts.append(word)
    return parts


def parse_number_words(phrase: str) -> tuple[int, bool] | None:
    """``(value, is_ordinal)`` for a phrase like « بیست و سوم » or « سی »; else None.

    Parts must fall in size as Persian writes them (hundreds, tens, units): « سی بیست »
    and « دو سه » are no numbers.
    """
    parts = _parts(phrase)
    if not parts:
        return None
    total, ordinal, previous = 0, False, 1000  # no thousands: days, chapters, ranks
    for index, part in enumerate(parts):
        if index == len(parts) - 1:
            part, ordinal = _ordinal_stem(part)
        value = _ORDINAL_SPECIAL.get(part) if ordinal else None
        value = value or _word_value(part)
        if value is None or _magnitude(value) >= _magnitude(previous):
            return None
        total, previous = total + value, value
    return total, ordinal


def _magnitude(value: int) -> int:
    return 1000 if value >= 1000 else 100 if value >= 100 else 10 if value >= 20 else 1


def parse_ordinal(phrase: str) -> int | None:
    """« اول » → 1, « دهم » → 10, « بیست و یکم » → 21, « 3 » → 3; otherwise None."""
    digits = re.sub(r"^(\d+)\s*(?:ام|امین|مین|م)$", r"\1", to_ascii_digits(phrase.strip()))
    if digits.isdigit():  # « ۲۵ », « ۲۵ام »
        return int(digits)
    parsed = parse_number_words(phrase)
    return parsed[0] if parsed else None
