"""How a question shows its sentence: the answer replaced by a blank or a stand-in, a memoir's
"I" named as its author, a day given the month its sentence never names."""

import re

from .dates import EN_MONTHS, FA_MONTHS, precision
from .events import names_no_month
from .targets import Target, inside_quotation
from .textutil import BLANK, narrated


def told(target: Target, text: str) -> str:
    """A memoir's "I" and "me" named as its author (a quotation's own "I" left alone)."""
    sentence = target.sentence
    passage = sentence.passage
    if inside_quotation(sentence) or passage.kind != "body" or not passage.author.split():
        return text
    return narrated(text, passage.author.split()[-1], target.language)


def replaced(target: Target, text: str) -> str:
    """The sentence with the answer's words replaced by ``text``, an English "a" or "an"
    before them made to agree ("a(n)" before a blank, which must not tell a vowel), and each
    day whose month it never names given its month (« روز شانزدهم [اکتبر] »)."""
    start, end = target.local
    glosses = _month_glosses(target)
    sentence = target.sentence.text
    before = _glossed(sentence[:start], glosses, 0)
    article = _ARTICLE.search(before) if target.language == "en" else None
    if article:
        word = "a(n)" if text == BLANK else ("an" if text[:1].lower() in "aeio" else "a")
        word = word.capitalize() if article.group(1)[0].isupper() else word
        before = before[: article.start(1)] + word + before[article.end(1) :]
    own = glosses.get(end, "") if names_no_month(text, target.language) else ""
    return before + text + own + _glossed(sentence[end:], glosses, end)


def _month_glosses(target: Target) -> dict[int, str]:
    """Where each day of a sentence that names no month ends, and its month in brackets: the
    pages before told the reader which month, the question must."""
    sentence, language = target.sentence, target.language
    if not names_no_month(sentence.text, language):
        return {}
    months = FA_MONTHS if language == "fa" else EN_MONTHS
    return {
        fact.end - sentence.start: f" [{months[int(fact.value.split('-')[-2]) - 1]}]"
        for fact in sentence.facts
        if fact.type == "DATE" and precision(fact.value) == "day"
    }


def _glossed(text: str, glosses: dict[int, str], offset: int) -> str:
    for at in sorted((at for at in glosses if offset < at <= offset + len(text)), reverse=True):
        text = text[: at - offset] + glosses[at] + text[at - offset :]
    return text


_ARTICLE = re.compile(r"(?:^|(?<=\s))(an?|An?)\s+$")
