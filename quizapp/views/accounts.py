"""Sign-up and the learner's own progress."""

from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from quizapp.charts import accuracy_chart
from quizapp.forms import SignupForm
from quizapp.models import Entity, QuizItem, Section


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user)
        return redirect("progress")
    return render(
        request, "registration/signup.html", {"form": form}, status=400 if form.errors else 200
    )


@require_GET
@login_required
def progress(request: HttpRequest) -> HttpResponse:
    items = QuizItem.objects.filter(quiz__user=request.user).exclude(answered_at=None)
    quizzes = (
        request.user.quizzes.annotate(
            answered=Count("items", filter=Q(items__answered_at__isnull=False)),
            right=Count("items", filter=Q(items__correct=True)),
        )
        .filter(answered__gt=0)
        .order_by("created_at")
    )
    points = [(q.created_at.strftime("%Y-%m-%d %H:%M"), q.right / q.answered) for q in quizzes]
    context = {
        "quizzes": quizzes,
        "answered": items.count(),
        "right": items.filter(correct=True).count(),
        "chart": accuracy_chart(points, title=_("Accuracy by quiz")),
        "weak_sections": _weakest(Section.objects, "passages__questions", items),
        "weak_people": _weakest(Entity.objects.people(), "questions", items),
    }
    return render(request, "quizapp/progress.html", context)


def _weakest(queryset, path: str, items, limit: int = 5):
    """The groups whose questions this learner missed most (at least two answers)."""
    ids = items.values("question_id")
    mine = Q(**{f"{path}__in": ids})
    rows = queryset.annotate(
        tries=Count(path, filter=mine),
        wrong=Count(
            path,
            filter=mine
            & Q(**{f"{path}__id__in": items.filter(correct=False).values("question_id")}),
        ),
    ).filter(tries__gte=2, wrong__gt=0)
    return sorted(rows, key=lambda r: -r.wrong / r.tries)[:limit]
