"""Persian normalisation with hazm, keeping a map back to the original offsets."""

from functools import cache

from .offsets import OffsetMap, align


@cache
def _normalizer():
    from hazm import Normalizer  # imported lazily: hazm pulls in nltk

    return Normalizer()


def normalize_persian_line(line: str) -> str:
    """hazm's normalisation of one line: ی/ک, ZWNJ in affixes, Persian digits, «quotes»."""
    if not line.strip():
        return line
    normalized = _normalizer().normalize(line)
    # hazm trims the line; keep its outer whitespace so the text keeps its shape
    lead = line[: len(line) - len(line.lstrip())]
    trail = line[len(line.rstrip()) :]
    return f"{lead}{normalized}{trail}"


def normalize_persian(text: str) -> tuple[str, OffsetMap]:
    """Normalise line by line (hazm never joins lines) and align each line to its source."""
    out: list[str] = []
    anchors: list[tuple[int, int]] = []
    old_pos = new_pos = 0
    for line in text.split("\n"):
        normalized = normalize_persian_line(line)
        if normalized != line:
            anchors += align(line, normalized, new_offset=new_pos, old_offset=old_pos)
        else:
            anchors.append((new_pos, old_pos))
        out.append(normalized)
        old_pos += len(line) + 1
        new_pos += len(normalized) + 1
    result = "\n".join(out)
    return result, OffsetMap.from_anchors(anchors, len(result), len(text))


def fold_persian(text: str) -> str:
    """A light, length-keeping fold for matching: Arabic ي/ك/ى → ی/ک, ZWNJ → space."""
    return text.translate(_FOLD)


_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " ", "ۀ": "ه", "ة": "ه"})
