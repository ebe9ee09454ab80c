"""Benchmark: the whole bank (every approved question) as one Anki package — seconds and size.

    .venv/bin/python bench/export_anki.py            # the project's database
    .venv/bin/python bench/export_anki.py --fresh    # a throwaway one: ingest, then build_bank

The package is written to a temporary folder and deleted. Not a test.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="Build the bank in a throwaway SQLite database first (ingest, build_bank).",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.fresh:
            os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quizapp.settings")
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import DatabaseError

        from quizapp.anki import write_package
        from quizapp.models import Question

        if args.fresh:
            call_command("migrate", verbosity=0)
            call_command("ingest", verbosity=0)
            call_command("build_bank", verbosity=0)
        questions = Question.objects.approved()
        try:
            count = questions.count()
        except DatabaseError as exc:
            print(f"No question bank in this database ({exc}); try --fresh.", file=sys.stderr)
            return 1
        if not count:
            print("No approved questions to export; try --fresh.", file=sys.stderr)
            return 1
        started = time.perf_counter()
        summary = write_package(questions, Path(folder) / "bank.apkg")
        elapsed = time.perf_counter() - started
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(summary.by_kind.items()))
        print(
            f"{summary.notes} notes ({kinds}) in {len(summary.decks)} decks: "
            f"{elapsed:.2f} s, {summary.size / 1024 / 1024:.2f} MB "
            f"({summary.size / summary.notes:.0f} bytes a note)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
