"""Raw text in, a parsed document out: cleaned, normalised, mapped back, structured."""

import hashlib
from dataclasses import dataclass

from .clean import clean_text
from .offsets import OffsetMap
from .persian import normalize_persian
from .structure import ParsedSection, read_structure

PIPELINE_VERSION = "text-1"
LANGUAGES = ("en", "fa")
_NOTES_TITLE = {"en": "Notes", "fa": "یادداشت‌ها"}


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    language: str
    raw_text: str  # the file as decoded: what offsets in ``offset_map`` point back to
    text: str  # cleaned and (for Persian) normalised: what passages cut
    offset_map: OffsetMap  # text → raw_text
    sections: tuple[ParsedSection, ...]

    @property
    def passage_count(self) -> int:
        return sum(len(section.passages) for section in self.sections)


def detect_language(text: str) -> str:
    """``fa`` when most letters are Arabic-script, else ``en``."""
    sample = text[:20000]
    letters = [ch for ch in sample if ch.isalpha()]
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff")
    return "fa" if letters and arabic / len(letters) > 0.3 else "en"


def content_hash(raw_text: str, *versions: str) -> str:
    """Changes when the text or any stage that reads it (named by its version) changes."""
    digest = hashlib.sha256("|".join((PIPELINE_VERSION, *versions)).encode())
    digest.update(raw_text.encode("utf-8"))
    return digest.hexdigest()


def parse_document(raw_text: str, *, language: str | None = None) -> ParsedDocument:
    language = language or detect_language(raw_text)
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
    text, offset_map = clean_text(raw_text)
    if language == "fa":
        text, normalised_map = normalize_persian(text)
        offset_map = offset_map.then(normalised_map)
    sections = read_structure(text, notes_title=_NOTES_TITLE[language])
    return ParsedDocument(language, raw_text, text, offset_map, sections)
