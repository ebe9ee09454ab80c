import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from quizapp.ingest import entry_for_path, ingest_sources, read_source
from quizapp.manifest import read_manifest
from quizapp.text.errors import InputError


class Command(BaseCommand):
    help = (
        "Ingest documents into the library: decode, clean, normalise Persian, find chapters, "
        "headings and notes. Unchanged documents are skipped; all or nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="*",
            type=Path,
            help="Text files to ingest (default: every document in the manifest).",
        )
        parser.add_argument(
            "--manifest",
            type=Path,
            default=None,
            help="The TOML manifest (default: content/manifest.toml).",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=settings.QUIZAPP_MAX_DOCUMENT_BYTES,
            help="Refuse files larger than this many bytes (default: %(default)s).",
        )

    def handle(self, *args, paths, manifest, max_bytes, verbosity, **options):
        started = time.monotonic()
        manifest = manifest or settings.QUIZAPP_CONTENT_DIR / "manifest.toml"
        try:
            entries = read_manifest(manifest) if (not paths or manifest.exists()) else []
            if paths:
                entries = [entry_for_path(p, manifest_entries=entries) for p in paths]
            sources = [read_source(entry, max_bytes=max_bytes) for entry in entries]
        except InputError as exc:
            raise CommandError(f"Nothing was ingested. {exc}") from None
        with tqdm(
            total=len(sources),
            desc="ingest",
            unit="doc",
            disable=verbosity < 1 or None,
            file=sys.stderr,
        ) as bar:
            outcomes = ingest_sources(sources, on_parsed=lambda source: bar.update())
        for outcome in outcomes:
            if verbosity > 1:
                self.stdout.write(f"  {outcome.slug}: {outcome.status}")
        counts = {
            s: sum(o.status == s for o in outcomes)
            for s in ("created", "replaced", "updated", "unchanged")
        }
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(outcomes)} documents ({', '.join(f'{n} {s}' for s, n in counts.items())}), "
                f"{sum(o.sections for o in outcomes)} sections, "
                f"{sum(o.passages for o in outcomes)} passages, "
                f"{sum(o.mentions for o in outcomes)} mentions "
                f"in {time.monotonic() - started:.1f} s"
            )
        )
