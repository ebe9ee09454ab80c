"""Set phrases: an answer that the words beside it nearly always bring with them in the
document (« انقلاب کبیر فرانسه », « روزهای کورنیلوف ») is guessed from the phrase, not known."""

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from .textutil import fold, words
from .types import SourcePassage

MIN_SEEN = 4  # a phrase read fewer times than this says nothing
SHARE = 0.7  # of its readings, the share that must go on with the answer
# the word right after a name (no sign between), and the one after that
_NEXT_WORDS = re.compile(r"[ \u200c]+(?P<next>[^\W\d_][\w\u200c]*)(?:\s+(?P<then>[\w\u200c]+))?")


class Collocations:
    """What follows each one- and two-word phrase of a document, and what precedes it."""

    def __init__(self, passages: Sequence[SourcePassage], stop: frozenset[str]):
        self.stop = stop
        self._next: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        self._previous: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        for passage in passages:
            tokens = [fold(w) for w in words(passage.text)]
            for i, word in enumerate(tokens):
                for n in (1, 2):
                    if i >= n:
                        self._next[tuple(tokens[i - n : i])][word] += 1
                    if i + n < len(tokens):
                        self._previous[tuple(tokens[i + 1 : i + 1 + n])][word] += 1

    def predictable(self, before: str, answer: str, after: str) -> bool:
        """Whether the words just before or just after the answer nearly always come with it."""
        answer_words = [fold(w) for w in words(answer)]
        if not answer_words:
            return False
        left = [fold(w) for w in words(before)][-2:]
        right = [fold(w) for w in words(after)][:2]
        for n in (2, 1):
            if len(left) >= n and self._brings(self._next, tuple(left[-n:]), answer_words[0]):
                return True
            if len(right) >= n and self._brings(self._previous, tuple(right[:n]), answer_words[-1]):
                return True
        return False

    def goes_on(self, answer: str, after: str, *, is_verb: Callable[[str], bool]) -> bool:
        """Whether the word right after a name is one the document often writes after it, and
        not half of a verb (« کمیته‌ی اجرائی دهقانان », the Peasants' Executive Committee, not
        « کمیته‌ی مرکزی تصمیم گرفت »): the name goes on past the answer."""
        match = _NEXT_WORDS.match(after)
        phrase = tuple(fold(w) for w in words(answer))[-2:]
        if not match or not phrase or is_verb(match["next"]):
            return False
        if match["then"] and is_verb(match["then"]):
            return False
        word = fold(match["next"])
        seen = self._next.get(phrase)  # a lookup: reading must not grow the table
        return word not in self.stop and seen is not None and seen[word] >= MIN_SEEN

    def _brings(self, table: dict[tuple[str, ...], Counter], phrase: tuple, word: str) -> bool:
        if all(w in self.stop or len(w) < 3 for w in phrase):
            return False  # "of the", « در »: no phrase
        seen = table.get(phrase)
        if not seen or seen.total() < MIN_SEEN:
            return False
        return seen[word] / seen.total() >= SHARE
