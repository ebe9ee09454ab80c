"""Background work: a document added in the admin is ingested and turned into questions."""

from pathlib import Path

from django.tasks import task
from django.utils.text import slugify

from quizapp.bank import build_bank
from quizapp.ingest import Source, ingest_sources
from quizapp.manifest import Entry
from quizapp.models import Document, Upload, UploadStatus
from quizapp.registry import extract_version
from quizapp.text.pipeline import content_hash


@task
def process_upload(upload_id: int) -> None:
    upload = Upload.objects.get(pk=upload_id)
    _progress(upload, UploadStatus.RUNNING, 10, "Reading the text and finding its structure…")
    try:
        entry = _entry(upload)
        source = Source(
            entry, upload.content, content_hash(upload.content, extract_version(), entry.reading())
        )
        ingest_sources([source])
        document = Document.objects.get(slug=entry.slug)
        upload.document = document
        _progress(upload, UploadStatus.RUNNING, 60, "Writing questions…")
        summary = build_bank(documents=[document], force=True)
    except Exception as exc:  # the editor must see why, whatever it was
        _progress(upload, UploadStatus.FAILED, 100, f"Failed: {exc}")
        raise
    _progress(
        upload,
        UploadStatus.DONE,
        100,
        f"Done: {document.passages.count()} passages, {summary.created} questions.",
    )


def _entry(upload: Upload) -> Entry:
    slug = unique_slug(upload.title)
    return Entry(
        slug=slug,
        path=Path("uploads") / (upload.filename or f"{slug}.txt"),
        title=upload.title,
        language=upload.language or None,
        author=upload.author,
        year=upload.year,
        default_year=upload.default_year,
        calendar=upload.calendar,
        source=upload.source,
        notes=upload.notes,
    )


def unique_slug(title: str) -> str:
    base = slugify(title, allow_unicode=True)[:100] or "document"
    slug, n = base, 2
    while Document.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _progress(upload: Upload, status: str, progress: int, message: str) -> None:
    upload.status, upload.progress, upload.message = status, progress, message
    upload.save(update_fields=["status", "progress", "message", "document", "updated_at"])
