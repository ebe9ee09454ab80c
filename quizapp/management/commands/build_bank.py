import sys
import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from quizapp.bank import build_bank
from quizapp.models import Document


class Command(BaseCommand):
    help = (
        "Build the question bank from the ingested documents. Idempotent: unchanged questions "
        "keep their IDs, editors' questions are never overwritten, stale drafts are removed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--document",
            metavar="SLUG",
            default=None,
            help="Build only this document's questions (default: every document).",
        )

        parser.add_argument(
            "--force",
            action="store_true",
            help="Regenerate even documents whose text and generator have not changed.",
        )

    def handle(self, *args, document, force, verbosity, **options):
        started = time.monotonic()
        documents = Document.objects.order_by("language", "slug")
        if document:
            documents = documents.filter(slug=document)
            if not documents.exists():
                raise CommandError(f"No document with the slug {document!r}. Run ingest first?")
        with tqdm(
            total=documents.count(),
            desc="build_bank",
            unit="doc",
            file=sys.stderr,
            disable=verbosity < 1 or None,
        ) as bar:
            summary = build_bank(
                documents=documents, force=force, on_document=lambda d: bar.update()
            )
        if verbosity >= 1:
            for slug, counts in summary.by_document.items():
                self.stdout.write(f"  {slug}: " + _by_kind(counts))
        self.stdout.write(
            self.style.SUCCESS(
                f"{summary.created} created, {summary.updated} updated, "
                f"{summary.unchanged} unchanged, {summary.kept_edited} kept as edited, "
                f"{summary.removed} stale removed, {summary.skipped} documents unchanged "
                f"in {time.monotonic() - started:.1f} s"
            )
        )


def _by_kind(counts) -> str:
    kinds = sorted({kind for kind, _ in counts})
    parts = []
    for kind in kinds:
        approved = counts.get((kind, "approved"), 0)
        total = sum(n for (k, _), n in counts.items() if k == kind)
        parts.append(f"{kind} {approved}/{total}")
    return ", ".join(parts) + " (approved/all)"
