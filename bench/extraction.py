"""Benchmark: extraction over every document of content/ — seconds and peak memory.

    .venv/bin/python bench/extraction.py

Not a test: it prints figures to compare over time.
"""

import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quizapp.settings")


def main() -> None:
    from quizapp.extract.extractor import extract
    from quizapp.manifest import read_manifest
    from quizapp.text.decode import decode_document
    from quizapp.text.pipeline import parse_document

    total = time.perf_counter()
    for entry in read_manifest(ROOT / "content" / "manifest.toml"):
        started = time.perf_counter()
        parsed = parse_document(decode_document(entry.path.read_bytes()), language=entry.language)
        parsed_at = time.perf_counter()
        calendar = entry.calendar if entry.calendar in ("julian", "gregorian") else "unknown"
        mentions = extract(
            parsed.text,
            language=parsed.language,
            default_year=entry.default_year,
            calendar=calendar,
        )
        done = time.perf_counter()
        counts = {
            kind: sum(m.type == kind for m in mentions)
            for kind in ("PERSON", "PLACE", "ORG", "DATE")
        }
        print(
            f"{entry.slug:40} {len(parsed.text):>9,} chars  parse {parsed_at - started:5.2f} s"
            f"  extract {done - parsed_at:5.2f} s  {counts}"
        )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"total {time.perf_counter() - total:.2f} s (models loaded once), "
        f"peak memory {peak_mb:.0f} MB"
    )


if __name__ == "__main__":
    main()
