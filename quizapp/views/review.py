"""The review queue: drafts, best first, approved or rejected one at a time by keyboard."""

from collections import Counter

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.timezone import now
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from quizapp.models import Question, QuestionStatus

REJECTION_REASONS = [
    "distractor also true",
    "not answerable from the source",
    "ungrammatical",
    "gives the answer away",
    "wrong answer",
    "trivial",
]


def _queue(document: str = ""):
    drafts = Question.objects.filter(status=QuestionStatus.DRAFT, passage__isnull=False)
    if document:
        drafts = drafts.filter(document__slug=document)
    return (
        drafts.select_related("passage", "document")
        .defer("document__raw_text", "document__text", "document__offset_map")
        .order_by("-score", "pk")
    )


@require_GET
@staff_member_required
@permission_required("quizapp.change_question", raise_exception=True)
@vary_on_headers("HX-Request")
def review(request: HttpRequest) -> HttpResponse:
    return _render_queue(request)


def _render_queue(request: HttpRequest) -> HttpResponse:
    rejected = Question.objects.filter(status=QuestionStatus.REJECTED)
    document = request.GET.get("document", "") or request.POST.get("document", "")
    context = {
        "question": _queue(document).first(),
        "remaining": _queue(document).count(),
        "document": document,
        "reasons": REJECTION_REASONS,
        "rejections": Counter(rejected.values_list("rejection_reason", flat=True)).most_common(),
    }
    template = "quizapp/review.html" + ("#queue" if request.htmx else "")
    return render(request, template, context)


@require_POST
@staff_member_required
@permission_required("quizapp.change_question", raise_exception=True)
def review_decide(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(Question, pk=pk, status=QuestionStatus.DRAFT)
    decision = request.POST.get("decision")
    if decision not in ("approve", "reject"):
        return HttpResponse("Choose approve or reject.", status=400)
    question.status = QuestionStatus.APPROVED if decision == "approve" else QuestionStatus.REJECTED
    question.rejection_reason = request.POST.get("reason", "")[:200] if decision == "reject" else ""
    question.edited_by, question.edited_at = request.user, now()
    question.save(update_fields=["status", "rejection_reason", "edited_by", "edited_at"])
    if request.htmx:
        return _render_queue(request)
    document = request.POST.get("document", "")
    return redirect(f"{reverse('review')}?document={document}" if document else reverse("review"))
