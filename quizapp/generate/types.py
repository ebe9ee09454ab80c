"""What question generation reads and returns."""

from dataclasses import dataclass

# Kinds of question
CLOZE, MCQ, TRUE_FALSE, TIMELINE, WHO_SAID = "cloze", "mcq", "true_false", "timeline", "who_said"
KINDS = (CLOZE, MCQ, TRUE_FALSE, TIMELINE, WHO_SAID)


@dataclass(frozen=True, slots=True)
class Fact:
    """An extracted mention inside a passage (offsets into the passage's text)."""

    type: str  # PERSON, PLACE, ORG or DATE
    text: str
    start: int
    end: int
    confidence: float
    canonical: str  # the entity's canonical name; for dates the normalised value
    value: str | None = None  # DATE: YYYY, YYYY-MM, YYYY-MM-DD or A/B
    calendar: str | None = None


@dataclass(frozen=True, slots=True)
class SourcePassage:
    id: int  # the passage's database id: questions cite it
    document: str  # the document's slug
    section: str  # the section's title
    language: str  # en or fa
    text: str
    facts: tuple[Fact, ...]
    kind: str = "body"  # body or footnote
    author: str = ""  # the document's author: never a wrong option in their own text


@dataclass(frozen=True, slots=True)
class Option:
    text: str
    correct: bool
    note: str = ""  # why a wrong option is wrong, when the source says so
    rank: int | None = None  # timeline: the item's place in the right order, from 1


@dataclass(frozen=True, slots=True)
class Draft:
    kind: str  # one of KINDS
    language: str
    prompt: str
    answer: str  # the right answer as text (timeline: the items in order, joined by " → ")
    explanation: str  # the source sentence(s) the question came from
    passage_id: int
    answer_start: int  # the answer's offsets in the passage text (-1 when not a span)
    answer_end: int
    entities: tuple[str, ...]  # canonical names of the entities involved
    options: tuple[Option, ...]  # mcq and who_said: 4; true_false: True/False; timeline: items
    score: float  # quality, 0..1; above the threshold the question is approved automatically
    reasons: tuple[str, ...]  # quality gates it failed (empty when none)
    key: str  # stable identity: the same question from the same source keeps the same key
    context: str = ""  # the previous sentence, when the question's sentence needs it
    answer_type: str = ""  # the answer's fact type (PERSON, PLACE, ORG, DATE), when one
