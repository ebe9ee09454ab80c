"""The quiz flow: start, one question at a time, feedback from the source, summary.

Every step works as plain forms that post and redirect; the same URLs answer htmx with the
page's partial instead.
"""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from quizapp.forms import StartForm
from quizapp.models import Document, Quiz, QuizItem, without_texts
from quizapp.quizzes import COUNTS, QuizError, answer, retry_missed, start_quiz, summarise


def _quiz_of(request: HttpRequest, uuid) -> Quiz:
    return get_object_or_404(Quiz.objects.owned_by(request), uuid=uuid)


def _item_of(quiz: Quiz, position: int) -> QuizItem:
    item = quiz.items.select_related(
        "question__passage__section", "question__document", "choice"
    ).defer(*without_texts("question__document"))
    return get_object_or_404(item, position=position)


@require_http_methods(["GET", "POST"])
def quiz_start(request: HttpRequest) -> HttpResponse:
    form = StartForm(request.POST or None, initial=request.GET.dict() or None)
    if request.method == "POST" and form.is_valid():
        if not request.session.session_key:
            request.session.save()
        quiz = start_quiz(
            criteria=form.criteria(),
            seed=None,
            title=form.title(),
            user=request.user if request.user.is_authenticated else None,
            session_key=request.session.session_key,
        )
        if not quiz.items.exists():
            quiz.delete()
            form.add_error(None, _("No approved questions match that choice yet."))
        else:
            return redirect("quiz_question", quiz=quiz.uuid, position=1)
    documents = Document.objects.defer(*without_texts())
    context = {"form": form, "documents": documents, "counts": COUNTS}
    return render(request, "quizapp/quiz_start.html", context, status=400 if form.errors else 200)


@require_GET
def quiz(request: HttpRequest, quiz) -> HttpResponse:
    current = _quiz_of(request, quiz)
    unanswered = current.items.filter(answered_at=None).first()
    if unanswered is None:
        return redirect("quiz_summary", quiz=current.uuid)
    return redirect("quiz_question", quiz=current.uuid, position=unanswered.position)


@require_GET
@vary_on_headers("HX-Request")
def quiz_question(request: HttpRequest, quiz, position: int) -> HttpResponse:
    current = _quiz_of(request, quiz)
    return _render_item(request, current, _item_of(current, position))


def _render_item(request, quiz: Quiz, item: QuizItem, *, error: str = "", status: int = 200):
    total = quiz.items.count()
    answered = quiz.items.exclude(answered_at=None)
    context = {
        "quiz": quiz,
        "item": item,
        "question": item.question,
        "total": total,
        "answered_count": answered.count(),
        "right_count": answered.filter(correct=True).count(),
        "next_position": item.position + 1 if item.position < total else None,
        "error": error,
        "choices": list(item.question.choices.all()),
    }
    template = "quizapp/quiz_question.html"
    if request.htmx:
        template += "#card"
    return render(request, template, context, status=status)


@require_POST
@vary_on_headers("HX-Request")
def quiz_answer(request: HttpRequest, quiz, position: int) -> HttpResponse:
    current = _quiz_of(request, quiz)
    item = _item_of(current, position)
    try:
        item = answer(
            item=item,
            choice=request.POST.get("choice"),
            text=request.POST.get("text"),
            order=_order_from(request),
        )
    except QuizError as exc:
        if not request.htmx:
            messages.error(request, str(exc))
        return _render_item(request, current, item, error=str(exc), status=exc.status)
    if request.htmx:
        return _render_item(request, current, item)
    return redirect("quiz_question", quiz=current.uuid, position=position)


def _order_from(request: HttpRequest) -> list[str] | None:
    """Timeline answers: each item's chosen place (``rank-<choice id>``), sorted into an order."""
    ranks = {key[5:]: value for key, value in request.POST.items() if key.startswith("rank-")}
    if not ranks:
        return None
    if not all(v.isdigit() for v in ranks.values()) or len(set(ranks.values())) != len(ranks):
        raise QuizError(_("Give each event a different place."))
    return sorted(ranks, key=lambda pk: int(ranks[pk]))


@require_GET
@vary_on_headers("HX-Request")
def quiz_summary(request: HttpRequest, quiz) -> HttpResponse:
    current = _quiz_of(request, quiz)
    template = "quizapp/quiz_summary.html" + ("#summary" if request.htmx else "")
    return render(request, template, {"quiz": current, "summary": summarise(current)})


@require_POST
def quiz_retry(request: HttpRequest, quiz) -> HttpResponse:
    current = _quiz_of(request, quiz)
    retry = retry_missed(quiz=current)
    if not retry.items.exists():
        retry.delete()
        raise Http404(_("Nothing was missed."))
    return redirect("quiz_question", quiz=retry.uuid, position=1)
