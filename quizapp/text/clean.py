"""Cleaning that any document needs before structure is read: page-break hyphens."""

import re
from collections.abc import Callable

from .offsets import OffsetMap

# "be-\nfore" → "before": a letter, a hyphen at a line end, blank lines, a lowercase letter.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t\n]*(?=[a-z\u00e0-\u00ff])")
_TRAILING_SPACE = re.compile(r"[ \t]+(?=\n)")


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
    tidy, second = substitute(joined, _TRAILING_SPACE, lambda m: "")
    return tidy, first.then(second)
