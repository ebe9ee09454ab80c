"""Offset maps: where a character of a rewritten text came from in the text before it.

A map is a sorted list of anchors ``(new_pos, old_pos)``; between two anchors the
offsets move together, clamped at the next anchor, so a map stays small when most of a
rewrite keeps lengths (Persian letter and space-to-ZWNJ swaps keep lengths).
"""

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass(frozen=True, slots=True)
class OffsetMap:
    anchors: tuple[tuple[int, int], ...]
    new_length: int
    old_length: int

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls(((0, 0),), length, length)

    @classmethod
    def from_anchors(
        cls, anchors: Iterable[tuple[int, int]], new_length: int, old_length: int
    ) -> "OffsetMap":
        kept: list[tuple[int, int]] = []
        for new, old in sorted(anchors):
            if kept and new - old == kept[-1][0] - kept[-1][1]:
                continue  # same shift as the anchor before: redundant
            kept.append((new, old))
        if not kept or kept[0] != (0, 0):
            kept.insert(0, (0, 0))
        return cls(tuple(kept), new_length, old_length)

    def to_old(self, pos: int) -> int:
        """The offset in the old text of offset ``pos`` in the new text."""
        pos = max(0, min(pos, self.new_length))
        index = bisect_right(self.anchors, (pos, float("inf"))) - 1
        new, old = self.anchors[index]
        limit = self.anchors[index + 1][1] if index + 1 < len(self.anchors) else self.old_length
        return min(old + (pos - new), limit)

    def to_new(self, pos: int) -> int:
        """The offset in the new text of offset ``pos`` in the old text."""
        flipped = sorted((old, new) for new, old in self.anchors)
        inverse = OffsetMap(tuple(flipped), self.old_length, self.new_length)
        return inverse.to_old(pos)

    def then(self, later: "OffsetMap") -> "OffsetMap":
        """The map of ``later`` applied after this one, back to this map's old text."""
        points = {new for new, _ in later.anchors}
        points.update(later.to_new(new) for new, _ in self.anchors)
        anchors = [(p, self.to_old(later.to_old(p))) for p in sorted(points)]
        # an anchor just before each point keeps clamped (shrinking) stretches exact
        anchors += [(p - 1, self.to_old(later.to_old(p - 1))) for p in points if p > 0]
        return OffsetMap.from_anchors(anchors, later.new_length, self.old_length)

    def as_json(self) -> dict:
        return {
            "anchors": [list(a) for a in self.anchors],
            "new": self.new_length,
            "old": self.old_length,
        }

    @classmethod
    def from_json(cls, data: dict) -> "OffsetMap":
        anchors = tuple((int(n), int(o)) for n, o in data["anchors"])
        return cls(anchors, int(data["new"]), int(data["old"]))


_CANON = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "\u200c": " ",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        **{chr(0x0660 + d): str(d) for d in range(10)},
    }
)
_WINDOW = 4
_REACH = 12


def align(old: str, new: str, *, new_offset: int = 0, old_offset: int = 0) -> list[tuple[int, int]]:
    """Anchors that map ``new`` back onto ``old`` (both pieces of larger texts).

    Normalisers change text locally (a letter, a space, a dropped mark), so a walk that
    resynchronises after each difference is exact and linear; difflib is the fallback.
    """
    a, b = old.translate(_CANON), new.translate(_CANON)
    i = j = 0
    anchors = [(new_offset, old_offset)]
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i, j = i + 1, j + 1
            continue
        step = _resync(a, b, i, j)
        if step is None:
            return anchors + _difflib_anchors(old[i:], new[j:], new_offset + j, old_offset + i)
        anchors.append((new_offset + j, old_offset + i))
        i, j = i + step[0], j + step[1]
        anchors.append((new_offset + j, old_offset + i))
    anchors.append((new_offset + len(new), old_offset + len(old)))
    return anchors


def _resync(a: str, b: str, i: int, j: int) -> tuple[int, int] | None:
    """The smallest skip (in old, in new) after which both texts agree again."""
    for total in range(1, 2 * _REACH + 1):
        for skip_a in range(max(0, total - _REACH), min(total, _REACH) + 1):
            skip_b = total - skip_a
            tail_a, tail_b = (
                a[i + skip_a : i + skip_a + _WINDOW],
                b[j + skip_b : j + skip_b + _WINDOW],
            )
            if tail_a == tail_b and (tail_a or (i + skip_a == len(a) and j + skip_b == len(b))):
                return skip_a, skip_b
    return None


def _difflib_anchors(old: str, new: str, new_offset: int, old_offset: int) -> list[tuple[int, int]]:
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    anchors = []
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        anchors.append((new_offset + j1, old_offset + i1))
        anchors.append((new_offset + j2, old_offset + i2))
    return anchors
