"""The content manifest: which files make up the library, with their metadata."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from quizapp.text.errors import InputError

CALENDARS = ("julian", "gregorian", "mixed", "unknown")
_TEXT_FIELDS = ("title", "author", "source", "notes")


@dataclass(frozen=True, slots=True)
class Entry:
    slug: str
    path: Path
    title: str
    language: str | None = None  # None: detected from the text
    author: str = ""
    year: int | None = None
    default_year: int | None = None  # the year of a date that gives none
    calendar: str = "unknown"
    source: str = ""
    notes: str = ""

    def reading(self) -> str:
        """The metadata that changes how the text is read: a change re-extracts it."""
        return f"{self.language}|{self.calendar}|{self.default_year}"

    def metadata(self) -> dict[str, object]:
        return {
            "title": self.title,
            "author": self.author,
            "year": self.year,
            "default_year": self.default_year,
            "calendar": self.calendar,
            "source": self.source,
            "notes": self.notes,
        }


def read_manifest(path: Path) -> list[Entry]:
    """Entries of a TOML manifest (``[[documents]]`` tables), paths made absolute."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: manifest not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: malformed manifest ({exc})") from None
    documents = data.get("documents")
    if not isinstance(documents, list) or not documents:
        raise InputError(f"{path}: malformed manifest (no [[documents]] entries)")
    entries = [_entry(path, number, item) for number, item in enumerate(documents, 1)]
    slugs = [entry.slug for entry in entries]
    if duplicates := sorted({slug for slug in slugs if slugs.count(slug) > 1}):
        raise InputError(f"{path}: malformed manifest (duplicate slug {', '.join(duplicates)})")
    return entries


def _entry(manifest: Path, number: int, item: object) -> Entry:
    where = f"{manifest}: document {number}"
    if not isinstance(item, dict):
        raise InputError(f"{where}: malformed manifest (not a table)")
    for key in ("slug", "file", "title"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise InputError(f"{where}: malformed manifest (missing '{key}')")
    language = item.get("language") or None
    if language not in (None, "en", "fa"):
        raise InputError(f"{where}: language must be 'en' or 'fa', not {language!r}")
    calendar = item.get("calendar") or "unknown"
    if calendar not in CALENDARS:
        raise InputError(f"{where}: calendar must be one of {', '.join(CALENDARS)}")
    years = {key: item.get(key) for key in ("year", "default_year")}
    for key, value in years.items():
        if value is not None and not isinstance(value, int):
            raise InputError(f"{where}: {key} must be a whole number")
    texts = {key: str(item.get(key) or "") for key in _TEXT_FIELDS}
    path = (manifest.parent / item["file"]).resolve()
    return Entry(
        slug=item["slug"], path=path, language=language, calendar=calendar, **years, **texts
    )
