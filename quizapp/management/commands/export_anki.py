import os
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q, QuerySet
from tqdm import tqdm

from quizapp.anki import with_related, write_package
from quizapp.models import Document, Entity, Language, Question, QuestionStatus, Section

PROGRESS_FROM = 500  # questions: smaller exports take a moment and show no bar


class Command(BaseCommand):
    help = (
        "Export questions as an Anki package (.apkg): a deck per document, a subdeck per "
        "section. Importing a later export into Anki updates its notes instead of duplicating."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "-o", "--output", required=True, metavar="FILE", help="The .apkg file to write."
        )
        parser.add_argument(
            "--document", metavar="SLUG", help="Only this document's questions (default: all)."
        )
        parser.add_argument(
            "--section",
            type=int,
            metavar="ORDER",
            help="Only the questions of this section, by its position (needs --document).",
        )
        parser.add_argument(
            "--entity",
            metavar="ID_OR_NAME",
            help="Only questions involving this entity: its ID, or its name (any case).",
        )
        parser.add_argument(
            "--language", choices=Language.values, help="Only questions in this language."
        )
        parser.add_argument(
            "--status",
            choices=QuestionStatus.values,
            default=QuestionStatus.APPROVED,
            help="Only questions with this status (default: approved).",
        )
        parser.add_argument(
            "--deck-title",
            metavar="TITLE",
            help='A deck to hold the documents\' decks ("::" nests, e.g. "History::1917").',
        )

    def handle(self, *args, output, deck_title, verbosity, **options):
        _check_writable(Path(output))
        questions = with_related(select_questions(**options))
        total = questions.count()
        if not total:
            raise CommandError("No questions match: nothing to export.")
        with tqdm(
            total=total,
            desc="export_anki",
            unit="q",
            file=sys.stderr,
            disable=verbosity < 1 or total < PROGRESS_FROM,
        ) as bar:
            try:
                summary = write_package(
                    questions, output, deck_title=deck_title, on_note=lambda q: bar.update()
                )
            except OSError as exc:
                raise CommandError(f"{output}: cannot write ({exc.strerror or exc})") from None
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(summary.by_kind.items()))
        self.stdout.write(
            self.style.SUCCESS(
                f"{summary.notes} notes ({kinds}) in {len(summary.decks)} decks written to "
                f"{summary.path} ({summary.size / 1024:.0f} KiB)"
            )
        )


def select_questions(
    *,
    document: str | None = None,
    section: int | None = None,
    entity: str | None = None,
    language: str | None = None,
    status: str | None = QuestionStatus.APPROVED,
    **unused,
) -> QuerySet[Question]:
    """The questions the options select; CommandError for a document, section or entity unknown."""
    questions = Question.objects.all()
    if status:
        questions = questions.filter(status=status)
    if language:
        questions = questions.filter(language=language)
    if section is not None and not document:
        raise CommandError("--section needs --document (sections are numbered per document).")
    if document:
        found = Document.objects.filter(slug=document).first()
        if found is None:
            raise CommandError(f"No document with the slug {document!r}.")
        questions = questions.filter(document=found)
        if section is not None:
            if not Section.objects.filter(document=found, order=section).exists():
                raise CommandError(f"{document} has no section {section}.")
            questions = questions.filter(passage__section__document=found)
            questions = questions.filter(passage__section__order=section)
    if entity:
        questions = questions.filter(entities__in=_entities(entity)).distinct()
    return questions


def _check_writable(path: Path) -> None:
    """Fail before the work: a missing or read-only folder, or a folder given as the file."""
    if path.is_dir():
        raise CommandError(f"{path} is a folder: give the .apkg file to write.")
    folder = path.parent
    if not folder.is_dir():
        raise CommandError(f"{path}: the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(f"{path}: cannot write in {folder}.")


def _entities(id_or_name: str) -> QuerySet[Entity]:
    lookup = Q(name__iexact=id_or_name)
    if id_or_name.isdigit():
        lookup |= Q(pk=int(id_or_name))
    entities = Entity.objects.filter(lookup)
    if not entities.exists():
        raise CommandError(f"No entity with the ID or name {id_or_name!r}.")
    return entities
