"""Library, people and timeline pages: thin views over the models' own queries."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from quizapp.models import Document, Entity, Mention, Section, without_texts


@require_GET
def library(request: HttpRequest) -> HttpResponse:
    documents = Document.objects.with_counts().defer(*without_texts())
    return render(request, "quizapp/library.html", {"documents": documents})


@require_GET
def document(request: HttpRequest, slug: str) -> HttpResponse:
    doc = get_object_or_404(Document.objects.defer(*without_texts()), slug=slug)
    sections = doc.sections.annotate_passage_counts()
    return render(request, "quizapp/document.html", {"document": doc, "sections": sections})


@require_GET
@vary_on_headers("HX-Request")
def section(request: HttpRequest, slug: str, order: int) -> HttpResponse:
    current = get_object_or_404(
        Section.objects.select_related("document", "parent").defer(
            "document__raw_text", "document__text", "document__offset_map"
        ),
        document__slug=slug,
        order=order,
    )
    context = {
        "document": current.document,
        "section": current,
        "passages": current.passages.all(),
        "previous": current.neighbour(-1),
        "next": current.neighbour(+1),
    }
    template = "quizapp/section.html"
    if request.htmx:
        template += "#reader"
    return render(request, template, context)


@require_GET
def people(request: HttpRequest) -> HttpResponse:
    language = request.GET.get("lang", "")
    entities = Entity.objects.people().with_mention_counts().order_by("-mention_count", "name")
    if language in ("en", "fa"):
        entities = entities.filter(language=language)
    page = Paginator(entities, 60).get_page(request.GET.get("page"))
    return render(request, "quizapp/people.html", {"page": page, "language": language})


@require_GET
def person(request: HttpRequest, pk: int) -> HttpResponse:
    entity = get_object_or_404(Entity, pk=pk)
    mentions = entity.mentions.select_related("passage", "document").defer(
        *without_texts("document")
    )
    mentions = mentions.order_by("document", "start")
    page = Paginator(mentions, 50).get_page(request.GET.get("page"))
    return render(request, "quizapp/person.html", {"entity": entity, "page": page})


@require_GET
def timeline(request: HttpRequest) -> HttpResponse:
    mentions = Mention.objects.dated().select_related("document", "passage__section")
    mentions = mentions.defer(*without_texts("document"))
    documents = Document.objects.defer(*without_texts())
    slug = request.GET.get("document", "")
    if slug:
        mentions = mentions.filter(document__slug=slug)
    page = Paginator(mentions, 100).get_page(request.GET.get("page"))
    context = {"page": page, "documents": documents, "current": slug}
    return render(request, "quizapp/timeline.html", context)
