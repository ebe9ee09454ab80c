"""Documents added by editors through the admin, processed by a background task."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from quizapp.models.library import Calendar, Document, Language


class UploadStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class Upload(models.Model):
    title = models.CharField(max_length=300)
    author = models.CharField(max_length=200, blank=True)
    language = models.CharField(
        max_length=2, choices=Language.choices, blank=True, help_text=_("Leave empty to detect it.")
    )
    year = models.IntegerField(null=True, blank=True)
    default_year = models.IntegerField(
        null=True, blank=True, help_text=_("The year of a date that gives none.")
    )
    calendar = models.CharField(max_length=10, choices=Calendar.choices, default=Calendar.UNKNOWN)
    source = models.TextField(blank=True)
    notes = models.TextField(blank=True)
    filename = models.CharField(max_length=255, blank=True)
    content = models.TextField(editable=False, help_text=_("The decoded text."))
    status = models.CharField(
        max_length=8, choices=UploadStatus.choices, default=UploadStatus.QUEUED
    )
    progress = models.PositiveSmallIntegerField(default=0)
    message = models.TextField(blank=True)
    document = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("upload", kwargs={"pk": self.pk})

    @property
    def finished(self) -> bool:
        return self.status in (UploadStatus.DONE, UploadStatus.FAILED)
