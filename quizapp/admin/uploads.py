"""Adding a document without a terminal: upload or paste, then a background task does the rest."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.db import transaction
from django.utils.html import format_html

from quizapp.models import Upload
from quizapp.tasks import process_upload
from quizapp.text.decode import decode_document
from quizapp.text.errors import InputError


class UploadForm(forms.ModelForm):
    file = forms.FileField(required=False, help_text="A UTF-8 (or Windows-1256 Persian) text file.")
    pasted_text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Or paste the text here.",
    )

    class Meta:
        model = Upload
        fields = [
            "title",
            "author",
            "language",
            "year",
            "default_year",
            "calendar",
            "source",
            "notes",
        ]

    def clean(self):
        data = super().clean()
        upload, pasted = data.get("file"), (data.get("pasted_text") or "").strip()
        if bool(upload) == bool(pasted):
            raise forms.ValidationError("Upload a file or paste a text (one of the two).")
        raw = upload.read() if upload else pasted.encode("utf-8")
        try:
            self.instance.content = decode_document(
                raw, max_bytes=settings.QUIZAPP_MAX_DOCUMENT_BYTES
            )
        except InputError as exc:
            name = upload.name if upload else "the pasted text"
            raise forms.ValidationError(f"{name}: {exc}") from None
        self.instance.filename = upload.name if upload else ""
        return data


@admin.register(Upload)
class UploadAdmin(admin.ModelAdmin):
    form = UploadForm
    list_display = ["title", "status", "progress", "document", "created_by", "created_at"]
    list_filter = ["status"]
    readonly_fields = ["status", "progress", "message", "document", "progress_page"]

    @admin.display(description="progress page")
    def progress_page(self, obj: Upload) -> str:
        return format_html('<a href="{}">Follow the processing</a>', obj.get_absolute_url())

    def get_fields(self, request, obj=None):
        if obj is None:
            return [*UploadForm.Meta.fields, "file", "pasted_text"]
        return [*UploadForm.Meta.fields, *self.readonly_fields]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if not change:
            transaction.on_commit(lambda: process_upload.enqueue(obj.pk))

    def response_add(self, request, obj, post_url_continue=None):
        from django.shortcuts import redirect

        return redirect(obj.get_absolute_url())
