import csv
import io
import json
import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quizapp.models import Question, without_texts

FIELDS = [
    "id",
    "document",
    "section",
    "language",
    "kind",
    "prompt",
    "choices",
    "answer",
    "source",
    "status",
    "score",
    "reasons",
]


class Command(BaseCommand):
    help = "Export the question bank, one record per question, as JSON or CSV."

    def add_arguments(self, parser):
        parser.add_argument(
            "--format",
            choices=["json", "csv"],
            default="json",
            help="Output format (default: json).",
        )
        parser.add_argument(
            "-o", "--output", default=None, help="File to write (default: standard output)."
        )
        parser.add_argument(
            "--status",
            choices=["draft", "approved", "rejected"],
            default=None,
            help="Only questions with this status.",
        )

    def handle(self, *args, format, output, status, **options):
        questions = Question.objects.select_related("document", "passage__section")
        questions = questions.defer(*without_texts("document"))
        questions = questions.prefetch_related("choices").order_by("document__slug", "id")
        if status:
            questions = questions.filter(status=status)
        records = [record(q) for q in questions]
        buffer = io.StringIO(newline="")
        (_write_json if format == "json" else _write_csv)(records, buffer)
        if not output:
            self.stdout.write(buffer.getvalue(), ending="")
            return
        try:
            write_atomically(Path(output), buffer.getvalue())
        except OSError as exc:
            raise CommandError(f"{output}: cannot write ({exc.strerror})") from None
        self.stdout.write(self.style.SUCCESS(f"{len(records)} questions written to {output}"))


def write_atomically(path: Path, text: str) -> None:
    """Write beside the target, then rename: a reader never sees half a file."""
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=path.parent, delete=False, suffix=".tmp"
    ) as handle:
        handle.write(text)
    os.replace(handle.name, path)


def record(question: Question) -> dict:
    passage = question.passage
    return {
        "id": str(question.uuid),
        "document": question.document.slug,
        "section": passage.section.display_title if passage else "",
        "language": question.language,
        "kind": question.kind,
        "prompt": question.prompt,
        "choices": [
            {"text": c.text, "correct": c.correct, "rank": c.rank, "note": c.note}
            for c in question.choices.all()
        ],
        "answer": question.answer,
        "source": passage.text if passage else question.explanation,
        "status": question.status,
        "score": question.score,
        "reasons": question.reasons,
    }


def _write_json(records: list[dict], stream) -> None:
    json.dump(records, stream, ensure_ascii=False, indent=1)
    stream.write("\n")


def _write_csv(records: list[dict], stream) -> None:
    writer = csv.DictWriter(stream, fieldnames=FIELDS)
    writer.writeheader()
    for row in records:
        writer.writerow(
            {
                **row,
                "choices": " | ".join(c["text"] for c in row["choices"]),
                "reasons": "; ".join(row["reasons"]),
            }
        )
