"""Tokens of normalised Persian text, with offsets, stems and attached suffixes."""

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*|\d+|[^\w\s\u200c]")
_VERB_PREFIXES = ("می\u200c", "نمی\u200c")
_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
CLAUSE_BREAKS = frozenset('.،,:;؛!?؟«»"()[]-–—…')


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    stem: str  # the word before a ZWNJ-attached suffix (« کرنسکی‌ها » → « کرنسکی »)
    suffix: str  # what followed the ZWNJ, without it ("" if none)

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_break(self) -> bool:
        return self.text in CLAUSE_BREAKS


def tokenize(text: str) -> list[Token]:
    folded = text.translate(_LETTERS)  # length-preserving: offsets stay valid
    tokens = []
    for match in _TOKEN.finditer(folded):
        word = match.group()
        stem, suffix = word, ""
        if "\u200c" in word and not word.startswith(_VERB_PREFIXES):
            stem, _, suffix = word.partition("\u200c")
        tokens.append(Token(word, match.start(), match.end(), stem, suffix.replace("\u200c", "")))
    return tokens
