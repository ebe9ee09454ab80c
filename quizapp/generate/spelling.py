"""Misspelt Persian words: a typist's slip (« سپنامبر », « اعتارض ») a teacher would have to
fix before handing a question out.

A word is taken as misspelt when hazm's lexicon does not know it (nor as an inflected form),
the document hardly uses it, no extracted name holds it, and one slip away (a letter dropped,
added, changed or two swapped) lies a known word the document uses often. The corpus is the
evidence, so nothing here is tuned to one text.
"""

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache

from quizapp.extract import fa_lexicon

from .types import SourcePassage

_LETTERS = "ءآأؤإئابتثجحخدذرزسشصضطظعغفقلمنهوپچژکگی"
_WORD = re.compile(f"[{_LETTERS}][{_LETTERS}\u200c]*")
# what Persian hangs on a known word: plurals, possessives, the ezafe, copulas
_ENDINGS = frozenset("ها های هایی ی ای ام ات اش مان تان شان اند ایم اید تر ترین".split())
_POSSESSIVE = re.compile(r"(?:ان|ها|های)(?:ش|یش|شان|مان)$")  # « رهبرانش »، « کادرهایش »
# a little word typed twice (« او که که »); words that say themselves twice (« کم کم ») are longer
_DOUBLED = re.compile(r"(?<![\w\u200c])(که|از|در|را|با|و)\s+\1(?![\w\u200c])")
# an ezafe that joins its noun to no one (« جلسه‌ی کنگره‌ی در ساعت نه »)
_STRAY_EZAFE = re.compile(r"\S+ه\u200cی(?=\s+(?:در|از|را|که|و)\s)")
# a word cut before its last letter, « و », which then reads as "and" (« رزمنا و »)
_BEFORE_WAW = re.compile(f"(?<![{_LETTERS}\u200c])([{_LETTERS}]{{3,}}) و(?=\\s)")
_OWNER = re.compile(r"(?:شان|مان|یش|ش)$")
RARE, COMMON = 2, 5  # uses in the document: at most RARE for a slip, at least COMMON for its fix
LEXICON_COMMON = 1000  # uses in hazm's corpus that make a word common
STAPLE = 50  # uses in the document that make a word one of its staples
# A long listed word never met, a slip inside a word the document uses this often: « متعقد »
LONG, COMMON_FIX = 5, 10


class Spelling:
    """The words of a document (and its language's other documents) and the names in them."""

    def __init__(self, passages: Sequence[SourcePassage]) -> None:
        self.counts = Counter(w for p in passages for w in _WORD.findall(p.text))
        self.names = frozenset(w for p in passages for f in p.facts for w in _WORD.findall(f.text))

    def misspelt(self, texts: Iterable[str]) -> str | None:
        """The first misspelt word of the texts (or a little word typed twice, an ezafe before
        a preposition, a word cut before its last « و »), or None."""
        for text in texts:
            if slip := _DOUBLED.search(text) or _STRAY_EZAFE.search(text):
                return slip.group()
            if split := self._split_waw(text):
                return split
            for word in _WORD.findall(text):
                if self._slip(word):
                    return word
        return None

    def _split_waw(self, text: str) -> str | None:
        """A word cut before its last « و », which reads as "and" (« رزمنا و » for « رزمناو »)."""
        for match in _BEFORE_WAW.finditer(text):
            word = match.group(1)
            whole = word + "و"
            if not _known(word) and (self.counts[whole] or _known(whole)):
                return match.group()
        return None

    def _slip(self, word: str) -> bool:
        if len(word) < 4 or word in self.names or self.counts[word] > RARE:
            return False
        if _known(word):  # a form hazm lists but never met (« سیاس »), one slip from a staple
            return _never_met(word) and any(
                self.counts[fix] >= (STAPLE if len(word) < LONG else COMMON_FIX)
                and _common_word(fix)
                for fix in _one_slip_away(word, inner=len(word) >= LONG)
            )
        once = self.counts[word] <= 1 and len(word) >= 6
        return any(
            (self.counts[fix] >= COMMON and _known(fix)) or (once and _common_word(fix))
            for fix in _one_slip_away(word)
        )


def _never_met(word: str) -> bool:
    """A bare entry of hazm's word list its corpus never met (not an inflected form)."""
    listed = fa_lexicon.in_lexicon(word) and fa_lexicon.frequency(word) == 0
    return listed and not fa_lexicon.is_inflected(word)


def _common_word(word: str) -> bool:
    """A word hazm's corpus uses often: a long word used once, one slip from it, is a typo
    (« فراخوندن » for « فراخواندن ») even when this document never spells it right."""
    return fa_lexicon.frequency(word) >= LEXICON_COMMON


@cache
def _known(word: str) -> bool:
    if fa_lexicon.is_known(word):
        return True
    if _POSSESSIVE.search(word) and _known(_OWNER.sub("", word)):
        return True
    if word.endswith("ند") and len(word) > 5 and fa_lexicon.is_known(word[:-2]):
        return True  # « قدرتند »: a noun and its copula, written as one word
    parts = [part for part in word.split("\u200c") if part]
    return len(parts) > 1 and all(fa_lexicon.is_known(p) or p in _ENDINGS for p in parts)


def _one_slip_away(word: str, inner: bool = False) -> set[str]:
    """The words one dropped, added, changed or swapped letter away (``inner``: no first
    letter changed and no final « ه » taken off, which make other words (« سیستم » from
    « بیستم »; « بازداشته » from « بازداشت ») far more often than slips do)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    dropped = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changed = {a + c + b[1:] for a, b in splits if b and (a or not inner) for c in _LETTERS}
    added = {a + c + b for a, b in splits for c in _LETTERS}
    if inner and word.endswith("ه"):
        dropped.discard(word[:-1])
    return (dropped | swapped | changed | added) - {word}
