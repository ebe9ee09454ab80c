"""Quizzes taken by learners (signed in or not) and their answers."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from quizapp.models.questions import Choice, Question


class QuizQuerySet(models.QuerySet):
    def owned_by(self, request):
        """Quizzes of the signed-in user, or of this browser's session."""
        if request.user.is_authenticated:
            return self.filter(user=request.user)
        return self.filter(user=None, session_key=request.session.session_key or "-")


class Quiz(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="quizzes",
    )
    session_key = models.CharField(max_length=40, blank=True)
    title = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=2, blank=True)
    criteria = models.JSONField(default=dict, blank=True, help_text=_("What was asked for."))
    questions = models.ManyToManyField(Question, through="QuizItem", related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = QuizQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title or str(self.uuid)

    def get_absolute_url(self) -> str:
        return reverse("quiz", kwargs={"quiz": self.uuid})


class QuizItem(models.Model):
    """A question's place in a quiz, and the learner's answer once given."""

    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="items")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField()
    choice = models.ForeignKey(
        Choice, null=True, blank=True, on_delete=models.SET_NULL, related_name="quizitem_picks"
    )
    response = models.JSONField(null=True, blank=True, help_text=_("What the learner gave."))
    correct = models.BooleanField(null=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["quiz", "position"]
        constraints = [
            models.UniqueConstraint(fields=["quiz", "position"], name="quiz_position_unique"),
            models.UniqueConstraint(fields=["quiz", "question"], name="quiz_question_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.quiz} #{self.position}"

    @property
    def answered(self) -> bool:
        return self.answered_at is not None
