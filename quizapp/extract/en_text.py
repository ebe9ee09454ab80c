"""Text plumbing for English extraction: paragraphs, model-sized chunks, OCR-tolerant view."""

import re

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_LONG_LINE = 120  # a line this long is a whole paragraph, not a hard-wrapped line
_MAX_CHUNK = 20_000
_NEW_PARAGRAPH = re.compile(
    r"[ \t]|\d{1,3}\t|\[\d{1,3}\]"
)  # indent or a footnote's number  # characters per spaCy doc

# OCR noise seen in scanned books, replaced one character for one so offsets are kept:
# '/' for a closing quote ("Soviets/'"), '7' for an apostrophe ("Soldiers7 Deputies").
_SLASH_QUOTE = re.compile(r"(?<=[A-Za-z.,!?'’])/(?=[\s'’\"]|$)")
_SEVEN_QUOTE = re.compile(r"(?<=[A-Za-z][A-Za-z.,])7(?=[\s'\",.;:]|$)")
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line blocks, split after unwrapped long lines."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for gap in _BLANK_LINES.finditer(text):
        spans.extend(_split_block(text, pos, gap.start()))
        pos = gap.end()
    spans.extend(_split_block(text, pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A block of lines is one paragraph unless its lines are long (one paragraph per line)."""
    spans = []
    line_start = start
    while True:
        nl = text.find("\n", line_start, end)
        if nl < 0:
            spans.append((start, end))
            return spans
        if nl - line_start > _LONG_LINE or _NEW_PARAGRAPH.match(text, nl + 1):
            spans.append((start, nl))
            start = nl + 1
        line_start = nl + 1


def model_chunks(text: str) -> list[tuple[int, int]]:
    """Paragraph spans cut further where one is too long for a single spaCy doc."""
    chunks = []
    for start, end in paragraph_spans(text):
        while end - start > _MAX_CHUNK:
            cut = text.rfind(". ", start, start + _MAX_CHUNK)
            cut = cut + 2 if cut > start else start + _MAX_CHUNK
            chunks.append((start, cut))
            start = cut
        chunks.append((start, end))
    return chunks


def ocr_fixed(text: str) -> str:
    """The text with the OCR noise above repaired, one character for one."""
    return _SEVEN_QUOTE.sub("'", _SLASH_QUOTE.sub('"', text))


def model_view(text: str) -> str:
    """The text as the model should read it: same length, straight quotes, OCR noise fixed."""
    return ocr_fixed(text.translate(_TRANSLATE))


class Occupancy:
    """Which characters of a text are already covered by a chosen span (linear-time checks)."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size + 1)

    def free(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) < 0

    def take(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)
