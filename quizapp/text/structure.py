"""Reading the structure of a cleaned text: sections (chapters, headings, notes) and passages."""

import itertools
from dataclasses import dataclass, field

from .headings import (
    NOTE_MARKER,
    Heading,
    classify_heading,
    is_all_caps_heading,
    is_separator,
    looks_like_title,
)


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ParsedPassage:
    kind: str  # body, heading, footnote
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ParsedSection:
    kind: str  # preamble, chapter, appendix, conclusion, preface, part, notes, heading
    level: int
    label: str
    number: int | None
    title: str
    parent: int | None  # index of the parent section in the document's list
    passages: tuple[ParsedPassage, ...]


@dataclass
class _Draft:
    kind: str
    level: int
    label: str
    number: int | None
    title: str
    parent: int | None
    passages: list[ParsedPassage] = field(default_factory=list)

    def freeze(self) -> ParsedSection:
        return ParsedSection(
            self.kind,
            self.level,
            self.label,
            self.number,
            self.title,
            self.parent,
            tuple(self.passages),
        )


def split_lines(text: str) -> list[Line | None]:
    """Stripped non-empty lines with their offsets; None for a blank line."""
    lines: list[Line | None] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            lines.append(Line(start, start + len(stripped), stripped))
        else:
            lines.append(None)
        pos += len(raw) + 1
    return lines


def is_hard_wrapped(lines: list[Line | None]) -> bool:
    """True when paragraphs are broken into lines of similar width, as in OCR output."""
    texts = [line for line in lines if line]
    if len(texts) < 8:
        return False
    followed = sum(1 for a, b in itertools.pairwise(lines) if a and b and 30 <= len(a.text) <= 110)
    return followed / len(texts) > 0.5


class _Reader:
    def __init__(self, text: str, default_notes_title: str):
        self.text = text
        self.notes_title = default_notes_title
        self.lines = split_lines(text)
        self.wrapped = is_hard_wrapped(self.lines)
        self.sections: list[_Draft] = []
        self.in_notes = False
        self.top: int | None = None
        self.has_divisions = any(
            (h := classify_heading(line.text)) and h.level == 1 and h.kind != "notes"
            for line in self.lines
            if line
        )

    def passage(self, kind: str, start: int, end: int) -> ParsedPassage:
        return ParsedPassage(kind, start, end, self.text[start:end])

    def open_section(self, heading: Heading) -> _Draft:
        level = heading.level
        if heading.kind == "heading" and self.has_divisions:
            level = 2
        parent = self.top if level == 2 else None
        if level == 2 and parent is None:
            level = 1
        draft = _Draft(heading.kind, level, heading.label, heading.number, heading.title, parent)
        self.sections.append(draft)
        if level == 1:
            self.top = len(self.sections) - 1
        self.in_notes = heading.kind == "notes"
        return draft

    def current(self) -> _Draft:
        if not self.sections:
            self.open_section(Heading("preamble", 1, "", None, ""))
        return self.sections[-1]


def _next_line(lines: list[Line | None], index: int) -> tuple[int, Line | None]:
    for j in range(index + 1, len(lines)):
        if lines[j]:
            return j, lines[j]
    return len(lines), None


def _heading_here(reader: _Reader, index: int, line: Line) -> Heading | None:
    heading = classify_heading(line.text)
    if heading or reader.in_notes or reader.wrapped:
        return heading
    if is_all_caps_heading(line.text):
        return Heading("heading", 1, "", None, line.text)
    _, following = _next_line(reader.lines, index)
    if (
        looks_like_title(line.text)
        and len(line.text) <= 80
        and following
        and len(following.text) >= max(80, 2 * len(line.text))
    ):
        return Heading("heading", 2, "", None, line.text)
    return None


def _take_heading(reader: _Reader, index: int, line: Line, heading: Heading) -> int:
    """Open the section a heading starts; return the index of its last line."""
    draft = reader.open_section(heading)
    draft.passages.append(reader.passage("heading", line.start, line.end))
    if heading.title or heading.kind not in {"chapter", "appendix", "part"}:
        return index
    title_index, title = _next_line(reader.lines, index)
    if title and looks_like_title(title.text, question=True) and not classify_heading(title.text):
        draft.title = title.text
        draft.passages.append(reader.passage("heading", title.start, title.end))
        return title_index
    return index


def _take_note(reader: _Reader, index: int, line: Line) -> None:
    draft = reader.current()
    previous = reader.lines[index - 1] if index else None
    continues = previous is not None and draft.passages and not NOTE_MARKER.match(line.text)
    if continues and draft.passages[-1].kind == "footnote":
        last = draft.passages.pop()
        draft.passages.append(reader.passage("footnote", last.start, line.end))
    else:
        draft.passages.append(reader.passage("footnote", line.start, line.end))


def _take_body(reader: _Reader, index: int, line: Line) -> None:
    draft = reader.current()
    previous = reader.lines[index - 1] if index else None
    if reader.wrapped and previous and draft.passages and draft.passages[-1].kind == "body":
        last = draft.passages.pop()
        draft.passages.append(reader.passage("body", last.start, line.end))
    else:
        draft.passages.append(reader.passage("body", line.start, line.end))


def read_structure(text: str, *, notes_title: str = "Notes") -> tuple[ParsedSection, ...]:
    """Sections, in order, each with its passages; every non-blank line lands in one."""
    reader = _Reader(text, notes_title)
    index = 0
    while index < len(reader.lines):
        line = reader.lines[index]
        if line is None or is_separator(line.text):
            index += 1
            continue
        if heading := _heading_here(reader, index, line):
            index = _take_heading(reader, index, line, heading) + 1
            continue
        if not reader.in_notes and NOTE_MARKER.match(line.text) and _notes_follow(reader, index):
            reader.open_section(Heading("notes", 1, "", None, reader.notes_title))
        if reader.in_notes:
            _take_note(reader, index, line)
        else:
            _take_body(reader, index, line)
        index += 1
    return tuple(draft.freeze() for draft in reader.sections)


def _notes_follow(reader: _Reader, index: int) -> bool:
    """A note marker starts the notes only if at least one more marker line follows."""
    return any(
        line and NOTE_MARKER.match(line.text) for line in reader.lines[index + 1 : index + 200]
    )
