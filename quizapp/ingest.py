"""Ingestion: files in, Document/Section/Passage rows out, all or nothing."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from quizapp.manifest import Entry
from quizapp.models import Document, Passage, Section
from quizapp.registry import (
    extract_version,
    link_counterparts,
    merge_surnames,
    prune_entities,
    store_mentions,
)
from quizapp.text.decode import decode_document
from quizapp.text.errors import InputError
from quizapp.text.pipeline import ParsedDocument, content_hash, parse_document


@dataclass(frozen=True, slots=True)
class Source:
    entry: Entry
    raw_text: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class Outcome:
    slug: str
    status: str  # created, replaced, updated (metadata only), unchanged
    sections: int
    passages: int
    mentions: int = 0


def entry_for_path(path: Path, *, manifest_entries: Iterable[Entry]) -> Entry:
    """The manifest's entry for a file, or a plain one named after the file."""
    resolved = path.resolve()
    for entry in manifest_entries:
        if entry.path == resolved:
            return entry
    slug = slugify(path.stem, allow_unicode=True) or "document"
    return Entry(slug=slug, path=resolved, title=path.stem.replace("-", " ").replace("_", " "))


def read_source(entry: Entry, *, max_bytes: int) -> Source:
    """Read and decode one file; an unreadable one raises InputError naming it."""
    try:
        data = entry.path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{entry.path}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{entry.path}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{entry.path}: cannot be read ({exc.strerror})") from None
    try:
        raw = decode_document(data, max_bytes=max_bytes)
    except InputError as exc:
        raise InputError(f"{entry.path}: {exc}") from None
    return Source(entry, raw, content_hash(raw, extract_version(), entry.reading()))


def ingest_sources(
    sources: list[Source], *, on_parsed: Callable[[Source], None] = lambda source: None
) -> list[Outcome]:
    """Parse what changed, then write everything in one transaction."""
    existing = {
        doc.slug: doc
        for doc in Document.objects.filter(slug__in=[s.entry.slug for s in sources]).only(
            "slug", "content_hash"
        )
    }
    parsed: dict[str, ParsedDocument] = {}
    for source in sources:
        known = existing.get(source.entry.slug)
        if known is None or known.content_hash != source.content_hash:
            parsed[source.entry.slug] = parse_document(
                source.raw_text, language=source.entry.language
            )
        on_parsed(source)
    with transaction.atomic():
        outcomes = [_store(source, parsed.get(source.entry.slug)) for source in sources]
        if any(o.status in ("created", "replaced") for o in outcomes):
            prune_entities()
            merge_surnames()
            link_counterparts()
    return outcomes


def _store(source: Source, parsed: ParsedDocument | None) -> Outcome:
    entry = source.entry
    if parsed is None:
        document = Document.objects.get(slug=entry.slug)
        status = _update_metadata(document, entry)
        counts = (document.sections.count(), document.passages.count(), document.mentions.count())
        return Outcome(entry.slug, status, *counts)
    document, created = Document.objects.update_or_create(
        slug=entry.slug,
        defaults={
            **entry.metadata(),
            "language": parsed.language,
            "file": str(entry.path.name),
            "content_hash": source.content_hash,
            "raw_text": parsed.raw_text,
            "text": parsed.text,
            "offset_map": parsed.offset_map.as_json(),
            "metadata": {"path": str(entry.path)},
        },
    )
    if not created:
        document.sections.all().delete()  # passages follow by cascade
    sections, passages = _store_structure(document, parsed)
    mentions = store_mentions(document)
    status = "created" if created else "replaced"
    return Outcome(entry.slug, status, sections, passages, mentions)


def _update_metadata(document: Document, entry: Entry) -> str:
    changed = {k: v for k, v in entry.metadata().items() if getattr(document, k) != v}
    if not changed:
        return "unchanged"
    for key, value in changed.items():
        setattr(document, key, value)
    document.save(update_fields=[*changed, "ingested_at"])
    return "updated"


def _store_structure(document: Document, parsed: ParsedDocument) -> tuple[int, int]:
    rows: list[Section] = []
    passages: list[Passage] = []
    to_raw = parsed.offset_map.to_old
    for order, parsed_section in enumerate(parsed.sections, 1):
        parent = rows[parsed_section.parent] if parsed_section.parent is not None else None
        section = Section.objects.create(
            document=document,
            parent=parent,
            order=order,
            level=parsed_section.level,
            kind=parsed_section.kind,
            label=parsed_section.label,
            number=parsed_section.number,
            title=parsed_section.title[:300],
        )
        rows.append(section)
        passages += [
            Passage(
                document=document,
                section=section,
                order=len(passages) + index,
                kind=p.kind,
                text=p.text,
                start=p.start,
                end=p.end,
                raw_start=to_raw(p.start),
                raw_end=to_raw(p.end),
            )
            for index, p in enumerate(parsed_section.passages, 1)
        ]
    Passage.objects.bulk_create(passages, batch_size=500)
    return len(rows), len(passages)
