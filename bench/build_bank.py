"""Benchmark: build_bank over all of content/ from scratch — seconds and peak memory.

    .venv/bin/python bench/build_bank.py

Uses a throwaway SQLite database in a temporary folder; not a test.
"""

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quizapp.settings")
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        call_command("ingest", verbosity=0)
        ingested = time.perf_counter()
        call_command("build_bank", verbosity=1)
        built = time.perf_counter()
        call_command("build_bank", verbosity=0)
        again = time.perf_counter()
        from quizapp.models import Question

        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"ingest {ingested - started:.1f} s, build_bank {built - ingested:.1f} s "
            f"({Question.objects.count()} questions, {Question.objects.approved().count()} "
            f"approved), second build_bank {again - built:.1f} s, peak memory {peak_mb:.0f} MB"
        )


if __name__ == "__main__":
    main()
