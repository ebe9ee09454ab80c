"""What extraction returns: entity mentions with offsets into the text they came from."""

from dataclasses import dataclass, replace

PERSON, PLACE, ORG, DATE = "PERSON", "PLACE", "ORG", "DATE"
TYPES = (PERSON, PLACE, ORG, DATE)


@dataclass(frozen=True, slots=True)
class Mention:
    type: str  # PERSON, PLACE, ORG or DATE
    text: str  # exactly text[start:end] of the text that was searched
    start: int
    end: int
    confidence: float  # 0..1; questions are approved automatically only on confident ones
    canonical: str = ""  # the name this mention is grouped under ("" until grouped)
    value: str | None = None  # DATE: YYYY, YYYY-MM, YYYY-MM-DD, ranges A/B, optional THH:MM
    calendar: str | None = None  # DATE: julian, gregorian or unknown
    value_julian: str | None = None  # DATE given as an Old Style (New Style) pair
    value_gregorian: str | None = None

    def shifted(self, offset: int) -> "Mention":
        """The same mention in a larger text that starts ``offset`` characters earlier."""
        return replace(self, start=self.start + offset, end=self.end + offset)
