"""Anki export: questions as a genanki package whose notes update in place when re-imported.

Stable identity: a note's GUID comes from its question's UUID, note types have fixed IDs
(``quizapp.anki_models``), decks are named after the document and section. Anki updates a note
it knows when the incoming one is newer (whole seconds): see ``export_timestamp``.
"""

import hashlib
import itertools
import json
import math
import os
import re
import sqlite3
import tempfile
import time
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import genanki
from django.db.models import QuerySet

from quizapp.anki_models import note_fields, note_model, section_label, section_of
from quizapp.models import Document, Question, Section

TAG_ROOT = "quizapp"
# Fields an export never reads, and too big to read once per question (a book's text).
_HEAVY = [
    f"{path}__{name}"
    for path in ("document", "passage__section__document")
    for name in ("raw_text", "text", "offset_map", "metadata")
] + ["passage__text"]


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    notes: int
    cards: int
    decks: tuple[str, ...]
    by_kind: dict[str, int]
    timestamp: float  # the notes' modification time (seconds since the epoch)
    size: int  # bytes


# Package ---------------------------------------------------------------------------------


def build_package(
    questions: Iterable[Question],
    *,
    deck_title: str | None = None,
    on_note: Callable[[Question], None] | None = None,
) -> genanki.Package:
    """Every question as a note, in a deck per document and a subdeck per section.

    ``deck_title``, when given, names a deck above the documents' decks ("::" nests).
    """
    decks: dict[str, genanki.Deck] = {}
    for position, question in enumerate(with_related(questions)):
        deck = _deck_for(question, deck_title, decks)
        deck.add_note(note_for(question, due=position))
        if on_note:
            on_note(question)
    return genanki.Package(list(decks.values()))


def write_package(
    questions: Iterable[Question],
    path: Path | str,
    *,
    deck_title: str | None = None,
    timestamp: float | None = None,
    on_note: Callable[[Question], None] | None = None,
) -> ExportSummary:
    """Write an .apkg atomically (a temporary file beside ``path``, then a rename)."""
    path = Path(path)
    questions = list(with_related(questions))
    package = build_package(questions, deck_title=deck_title, on_note=on_note)
    stamp = export_timestamp(questions) if timestamp is None else timestamp
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        _write_apkg(package, Path(temp), stamp)
        os.chmod(temp, _mode_for(path))
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    notes = [note for deck in package.decks for note in deck.notes]
    return ExportSummary(
        path=path,
        notes=len(notes),
        cards=sum(len(note.cards) for note in notes),
        decks=tuple(deck.name for deck in package.decks),
        by_kind=dict(Counter(q.kind for q in questions)),
        timestamp=stamp,
        size=path.stat().st_size,
    )


def export_timestamp(questions: Sequence[Question]) -> float:
    """The time of an export, in a later second than the newest change of its questions.

    Anki compares whole seconds and updates a note only when the incoming one is newer. An
    export made in the same second as an edit could share its second with an earlier export
    (made just before the edit), and the edited note would be skipped as a duplicate: wait for
    the next second instead (under a second, and only right after an edit). Never ahead of
    the clock, so a later edit always lands at or after this export and its export is newer.
    """
    newest = max((q.updated_at.timestamp() for q in questions if q.updated_at), default=0.0)
    target = math.floor(newest) + 1
    now = time.time()
    if now < target:
        time.sleep(min(target - now, 1.0))  # at most a second, should clocks disagree
    return max(time.time(), target)


def with_related(questions: Iterable[Question]) -> Iterable[Question]:
    """A queryset with what notes read fetched in a few queries; anything else as is."""
    if isinstance(questions, QuerySet) and not questions.query.is_sliced:
        related = questions.select_related("document", "passage__section__document")
        related = related.defer(*_HEAVY)
        return related.prefetch_related("choices", "entities")
    return questions


def _write_apkg(package: genanki.Package, path: Path, timestamp: float) -> None:
    """genanki's ``Package.write_to_file``, without the temporary database it leaves behind."""
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            id_gen = itertools.count(int(timestamp * 1000))
            package.write_to_db(connection.cursor(), timestamp, id_gen)
            connection.commit()
        finally:
            connection.close()
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", json.dumps({}))


def _mode_for(path: Path) -> int:
    """Keep the permissions of the file replaced; a new one is readable by all (not 0600)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


# Decks -----------------------------------------------------------------------------------


def _deck_for(question: Question, root: str | None, decks: dict[str, genanki.Deck]) -> genanki.Deck:
    """The question's deck, created with its parents (root, document) when first needed."""
    for name, key in _deck_path(question, root):
        if name not in decks:
            decks[name] = genanki.Deck(deck_id(key), name)
    return decks[name]


def _deck_path(question: Question, root: str | None) -> list[tuple[str, tuple]]:
    """(name, identity) of each deck from the top one down to the question's."""
    document, section = question.document, section_of(question)
    levels = root_levels(root)
    path = [("::".join(levels[: i + 1]), ("root", *levels[: i + 1])) for i in range(len(levels))]
    path.append((deck_name(document, None, root), ("document", *levels, document.pk)))
    if section is not None:
        path.append((deck_name(document, section, root), ("section", *levels, section.pk)))
    return path


def deck_name(document: Document, section: Section | None, root: str | None = None) -> str:
    parts = [*root_levels(root), clean_deck_part(document.title)]
    if section is not None:
        parts.append(clean_deck_part(section_label(section)))
    return "::".join(parts)


def root_levels(root: str | None) -> list[str]:
    """A deck title's levels: "::" nests, as in Anki ("Revision::1917")."""
    return [clean_deck_part(part) for part in root.split("::")] if root else []


def deck_id(key: object) -> int:
    """A deck ID from its key, in [2**30, 2**31): deterministic, never Anki's Default (1)."""
    digest = hashlib.sha256(f"quizapp-deck:{key}".encode()).digest()
    return (1 << 30) | int.from_bytes(digest[:4], "big") & ((1 << 30) - 1)


def clean_deck_part(text: str) -> str:
    """One level of a deck name: no "::" (a level separator), no quotes or control characters."""
    text = unicodedata.normalize("NFC", text).replace('"', "'")
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    return " ".join(re.sub(r":{2,}", ":", text).split()) or "Untitled"


# Notes -----------------------------------------------------------------------------------


def note_for(question: Question, *, due: int = 0) -> genanki.Note:
    kind, fields = note_fields(question)
    return genanki.Note(
        model=note_model(kind, question.language),
        fields=fields,
        tags=note_tags(question),
        guid=note_guid(question),
        due=due,
    )


def note_guid(question: Question) -> str:
    return genanki.guid_for(str(question.uuid))


# Tags ------------------------------------------------------------------------------------


def note_tags(question: Question) -> list[str]:
    """quizapp::doc::<slug>[::<section>], ::kind::, ::lang::, ::person:: / ::place:: / ::org::."""
    document = f"{TAG_ROOT}::doc::{tag_part(question.document.slug)}"
    tags = [document]
    if section := section_of(question):
        tags.append(f"{document}::{tag_part(section_label(section))}")
    tags += [f"{TAG_ROOT}::kind::{question.kind}", f"{TAG_ROOT}::lang::{question.language}"]
    tags += sorted(
        f"{TAG_ROOT}::{entity.kind.lower()}::{tag_part(entity.name)}"
        for entity in question.entities.all()
    )
    return list(dict.fromkeys(tags))


def tag_part(text: str) -> str:
    """One level of a tag: Anki splits tags on spaces, nests on "::", drops quotes."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in re.sub(r'[\s:"]+', "_", text) if unicodedata.category(c) != "Cc")
    return text.strip("_") or "blank"
