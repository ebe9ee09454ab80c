"""Following a document's processing: the page polls itself with htmx until it is done."""

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from quizapp.models import Upload


@require_GET
@staff_member_required
@vary_on_headers("HX-Request")
def upload(request: HttpRequest, pk: int) -> HttpResponse:
    current = get_object_or_404(
        Upload.objects.select_related("document").defer(
            "content", "document__raw_text", "document__text", "document__offset_map"
        ),
        pk=pk,
    )
    template = "quizapp/upload.html" + ("#status" if request.htmx else "")
    return render(request, template, {"upload": current})
