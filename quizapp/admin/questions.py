"""Admin for the question bank: review, edit, approve or reject; edits survive rebuilds."""

import secrets

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils.html import format_html_join
from django.utils.timezone import now

from quizapp.anki_http import export_response
from quizapp.bank import build_bank, regenerate_distractors
from quizapp.models import Choice, Document, Question, QuestionStatus, QuizItem


class ChoiceInline(admin.TabularInline):
    model = Choice
    fields = ["order", "text", "correct", "rank", "note"]
    extra = 0


class ScoreBand(admin.SimpleListFilter):
    title = "score"
    parameter_name = "band"
    BANDS = {"low": (0, 0.4), "middle": (0.4, 0.7), "high": (0.7, 1.01)}

    def lookups(self, request, model_admin):
        return [("low", "below 0.4"), ("middle", "0.4 – 0.7"), ("high", "0.7 and above")]

    def queryset(self, request, queryset):
        if self.value() in self.BANDS:
            low, high = self.BANDS[self.value()]
            return queryset.filter(score__gte=low, score__lt=high)
        return queryset


class ReasonForm(ActionForm):
    reason = forms.CharField(required=False, label="Reason (for reject)", max_length=200)


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["prompt_short", "document", "kind", "language", "status", "score", "edited"]
    list_filter = [
        "status",
        "kind",
        "language",
        "document",
        ScoreBand,
        "edited",
        ("passage__section", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["prompt", "answer"]
    readonly_fields = [
        "uuid",
        "key",
        "document",
        "passage",
        "generator_version",
        "reasons",
        "score",
        "edited",
        "edited_by",
        "edited_at",
        "rejection_reason",
        "learner_preview",
        "item_analysis",
        "created_at",
        "updated_at",
    ]
    exclude = ["fingerprint"]
    autocomplete_fields = ["entities"]
    inlines = [ChoiceInline]
    action_form = ReasonForm
    actions = [
        "approve",
        "reject",
        "regenerate_distractors",
        "unlock_and_regenerate",
        "export_anki",
    ]
    list_per_page = 50

    @admin.display(description="prompt")
    def prompt_short(self, obj: Question) -> str:
        return obj.prompt[:90]

    @admin.action(description="Approve selected questions", permissions=["change"])
    def approve(self, request, queryset):
        count = queryset.update(
            status=QuestionStatus.APPROVED,
            edited_by=request.user,
            edited_at=now(),
            rejection_reason="",
        )
        self.message_user(request, f"{count} approved.")

    @admin.action(
        description="Reject selected questions (with the reason above)", permissions=["change"]
    )
    def reject(self, request, queryset):
        reason = request.POST.get("reason", "").strip() or "rejected by an editor"
        count = queryset.update(
            status=QuestionStatus.REJECTED,
            rejection_reason=reason,
            edited_by=request.user,
            edited_at=now(),
        )
        self.message_user(request, f"{count} rejected: {reason}.")

    @admin.action(description="Regenerate distractors", permissions=["change"])
    def regenerate_distractors(self, request, queryset):
        changed = regenerate_distractors(
            questions=list(queryset), user=request.user, seed=secrets.randbelow(10_000) + 1
        )
        self._log(request, queryset, "New distractors.")
        self.message_user(request, f"New distractors for {changed} questions.")

    @admin.action(description="Unlock and regenerate from the source", permissions=["change"])
    def unlock_and_regenerate(self, request, queryset):
        self._log(request, queryset, "Unlocked and regenerated.")
        documents = Document.objects.filter(pk__in=queryset.values("document_id"))
        queryset.update(edited=False, status=QuestionStatus.DRAFT, fingerprint="")
        summary = build_bank(documents=documents, force=True)
        self.message_user(
            request,
            f"Regenerated: {summary.updated} updated, {summary.removed} no longer generated.",
            messages.SUCCESS,
        )

    def _log(self, request, queryset, message: str) -> None:
        """Bulk actions go in the admin log too, one entry per question."""
        for question in queryset:
            self.log_change(request, question, message)

    @admin.action(description="Export selected questions to Anki")
    def export_anki(self, request, queryset):
        return export_response(queryset, "quizapp-questions")

    @admin.display(description="as the learner sees it")
    def learner_preview(self, obj: Question) -> str:
        return render_to_string(
            "quizapp/_question_preview.html", {"question": obj, "reveal": False}
        )

    @admin.display(description="item analysis")
    def item_analysis(self, obj: Question) -> str:
        answers = QuizItem.objects.filter(question=obj).exclude(answered_at=None)
        total = answers.count()
        if not total:
            return "Not answered yet."
        right = answers.filter(correct=True).count()
        picks = obj.choices.annotate(
            picked=Count("quizitem_picks", filter=Q(quizitem_picks__answered_at__isnull=False))
        )
        flags = analysis_flags(total, right, [(c.text, c.picked, c.correct) for c in picks])
        rows = [(c.text, c.picked, "✓" if c.correct else "") for c in picks]
        table = format_html_join("", "<li>{} — {} {}</li>", rows)
        summary = f"{total} answers, {right / total:.0%} right. {' '.join(flags)}"
        return format_html_join("", "<p>{}</p><ul>{}</ul>", [(summary, table)])

    def save_model(self, request, obj, form, change):
        if change:
            obj.mark_edited(by=request.user)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if change and formset.has_changed():
            form.instance.mark_edited(by=request.user)
            form.instance.save(update_fields=["edited", "edited_by", "edited_at"])


def analysis_flags(total: int, right: int, choices: list[tuple[str, int, bool]]) -> list[str]:
    """Warnings an editor should see: too easy, too hard, distractors nobody picks."""
    flags = []
    if total >= 5 and right == total:
        flags.append("Everybody gets it right.")
    if total >= 5 and right == 0:
        flags.append("Nobody gets it right.")
    unpicked = [text for text, picked, correct in choices if not correct and picked == 0]
    if total >= 10 and unpicked:
        flags.append(f"Never picked: {', '.join(unpicked)}.")
    return flags
