"""Library pages: thin views over the models' own queries."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from quizapp.models import Document, Section


@require_GET
def library(request: HttpRequest) -> HttpResponse:
    documents = Document.objects.with_counts().defer("raw_text", "text", "offset_map")
    return render(request, "quizapp/library.html", {"documents": documents})


@require_GET
def document(request: HttpRequest, slug: str) -> HttpResponse:
    doc = get_object_or_404(Document.objects.defer("raw_text", "text", "offset_map"), slug=slug)
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
