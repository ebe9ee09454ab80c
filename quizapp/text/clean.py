"""Cleaning that any document needs before structure is read: words a line or page break
split (with a hyphen, or without one where the scanner lost it)."""

import re
from collections import Counter
from collections.abc import Callable

from .offsets import OffsetMap

# "be-\nfore" → "before": a letter, a hyphen at a line end, blank lines, a lowercase letter.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t\n]*(?=[a-z\u00e0-\u00ff])")
_TRAILING_SPACE = re.compile(r"[ \t]+(?=\n)")
# "Govern\nment" → "Government": a line break inside a word whose hyphen the scanner lost
_LINE_BREAK = re.compile(r"(?<=[A-Za-z])[ \t]*\n[ \t]*(?=[a-z])")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def substitute(
    text: str, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]
) -> tuple[str, OffsetMap]:
    """``pattern.sub(repl, text)`` that also returns the map back to ``text``."""
    pieces: list[str] = []
    anchors: list[tuple[int, int]] = []
    last = produced = 0
    for match in pattern.finditer(text):
        pieces.append(text[last : match.start()])
        produced += match.start() - last
        replacement = repl(match)
        anchors += [(produced, match.start()), (produced + len(replacement), match.end())]
        pieces.append(replacement)
        produced += len(replacement)
        last = match.end()
    pieces.append(text[last:])
    result = "".join(pieces)
    return result, OffsetMap.from_anchors(anchors, len(result), len(text))


def clean_text(raw: str) -> tuple[str, OffsetMap]:
    """Join words split across line or page breaks and drop trailing spaces."""
    joined, first = substitute(raw, _BROKEN_WORD, lambda m: "")
    rejoined, second = substitute(joined, _LINE_BREAK, _lost_hyphen(joined))
    tidy, third = substitute(rejoined, _TRAILING_SPACE, lambda m: "")
    return tidy, first.then(second).then(third)


def _lost_hyphen(text: str) -> Callable[[re.Match[str]], str]:
    """Join the two halves of a line break when together they make a word the text uses
    elsewhere and the second half is no word of it ("ment" is met only after a break)."""
    words = Counter(word.lower() for word in _LATIN_WORD.findall(text))
    after_breaks = Counter(_tail(text, m).lower() for m in _LINE_BREAK.finditer(text))

    def join(match: re.Match[str]) -> str:
        head = _LATIN_WORD.findall(text[max(0, match.start() - 40) : match.start()])[-1]
        tail = _tail(text, match).lower()
        whole = (head + tail).lower()
        return "" if words[whole] and words[tail] == after_breaks[tail] else match.group()

    return join


def _tail(text: str, match: re.Match[str]) -> str:
    return _LATIN_WORD.match(text, match.end()).group()
