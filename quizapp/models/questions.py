"""The question bank: generated questions, their choices, and editors' changes."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from quizapp.generate.quality import answer_in
from quizapp.models.entities import Entity
from quizapp.models.library import Document, Language, Passage, SectionKind


class QuestionKind(models.TextChoices):
    CLOZE = "cloze", _("Fill in the blank")
    MCQ = "mcq", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")
    TIMELINE = "timeline", _("Timeline")
    WHO_SAID = "who_said", _("Who said it")


class QuestionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class QuestionQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=QuestionStatus.APPROVED)

    def generated(self):
        """Questions the generator may still update: not changed by an editor."""
        return self.filter(edited=False).exclude(status=QuestionStatus.REJECTED)


class Question(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    key = models.CharField(max_length=64, help_text=_("The generator's stable identity."))
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="questions")
    # SET_NULL: a re-ingested document gets new passages; build_bank re-attaches by key,
    # and an edited question whose source vanished stays for its editor to see.
    passage = models.ForeignKey(
        Passage, null=True, blank=True, on_delete=models.SET_NULL, related_name="questions"
    )
    kind = models.CharField(max_length=12, choices=QuestionKind.choices)
    language = models.CharField(max_length=2, choices=Language.choices)
    prompt = models.TextField()
    context = models.TextField(blank=True, help_text=_("The sentence before, when needed."))
    answer = models.TextField()
    explanation = models.TextField(blank=True, help_text=_("The source sentence."))
    answer_start = models.IntegerField(default=-1, help_text=_("Offset in the passage text."))
    answer_end = models.IntegerField(default=-1)
    entities = models.ManyToManyField(Entity, blank=True, related_name="questions")
    status = models.CharField(
        max_length=8, choices=QuestionStatus.choices, default=QuestionStatus.DRAFT
    )
    score = models.FloatField(default=0)
    reasons = models.JSONField(default=list, blank=True, help_text=_("Quality gates failed."))
    generator_version = models.CharField(max_length=40, blank=True)
    fingerprint = models.CharField(max_length=64, blank=True, help_text=_("Of generated content."))
    edited = models.BooleanField(default=False, help_text=_("Changed by an editor: kept as is."))
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    edited_at = models.DateTimeField(null=True, blank=True)
    rejection_reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["document", "passage__order", "kind", "id"]
        constraints = [
            models.UniqueConstraint(fields=["document", "key"], name="question_key_unique")
        ]
        indexes = [models.Index(fields=["status", "language", "kind"])]

    def __str__(self) -> str:
        return self.prompt[:80]

    @property
    def is_rtl(self) -> bool:
        return self.language == Language.PERSIAN

    @property
    def answer_span(self) -> tuple[int, int]:
        """The answer's offsets in the passage text ((0, 0) when it is not one span)."""
        return (self.answer_start, self.answer_end) if self.answer_start >= 0 else (0, 0)

    @property
    def setting(self) -> str:
        """The chapter the question comes from, to show before it is answered: where the story
        stands ("the session", "the committee"). Empty when the title would give the answer."""
        if self.passage is None:
            return ""
        section = self.passage.section
        title = section.display_title
        if self.kind == QuestionKind.TIMELINE:  # the order is the answer, and no title tells it
            return self.document.title if section.kind == SectionKind.NOTES else title
        if section.kind == SectionKind.NOTES:  # "Footnotes" says nothing: the work they annotate
            title = f"{self.document.title} — {title}"
        words = [w for w in self.answer.split() if len(w) >= 4 and w.lower() not in _DATE_PARTS]
        return "" if answer_in(title, [self.answer, *words]) else title

    def mark_edited(self, *, by) -> None:
        """An editor changed this question: the generator must leave it alone from now on."""
        self.edited, self.edited_by, self.edited_at = True, by, timezone.now()


# words of a date answer ("the middle of September") that name no month or year
_DATE_PARTS = frozenset(
    "early middle late beginning end first second half".split()
    + "اوایل اوائل اواسط اواخر نیمه‌ی روز ماه سال".split()
)


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.TextField()
    correct = models.BooleanField(default=False)
    note = models.TextField(blank=True, help_text=_("Why this option is wrong."))
    rank = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("Timeline: place in the right order.")
    )

    class Meta:
        ordering = ["question", "order"]

    def __str__(self) -> str:
        return self.text[:60]
