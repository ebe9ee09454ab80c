"""Anki downloads of a document, a chapter, a person, or the questions a quiz missed."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.views.decorators.http import require_GET

from quizapp.anki_http import export_response
from quizapp.models import Document, Entity, Question, Quiz, Section, without_texts


def _download(questions, name: str) -> HttpResponse:
    if not questions.exists():
        raise Http404("No approved questions to export yet.")
    return export_response(questions, slugify(name, allow_unicode=True) or "quizapp")


@require_GET
def document_anki(request: HttpRequest, slug: str) -> HttpResponse:
    document = get_object_or_404(Document.objects.defer(*without_texts()), slug=slug)
    return _download(Question.objects.approved().filter(document=document), document.slug)


@require_GET
def section_anki(request: HttpRequest, slug: str, order: int) -> HttpResponse:
    section = get_object_or_404(Section, document__slug=slug, order=order)
    questions = Question.objects.approved().filter(passage__section=section)
    return _download(questions, f"{slug}-{order:02d}")


@require_GET
def person_anki(request: HttpRequest, pk: int) -> HttpResponse:
    entity = get_object_or_404(Entity, pk=pk)
    return _download(Question.objects.approved().filter(entities=entity), entity.name)


@require_GET
def quiz_anki(request: HttpRequest, quiz) -> HttpResponse:
    current = get_object_or_404(Quiz.objects.owned_by(request), uuid=quiz)
    missed = current.items.filter(correct=False).values("question_id")
    return _download(Question.objects.filter(pk__in=missed), f"missed-{current.uuid}")
