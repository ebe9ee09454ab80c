"""The library: documents, their sections (chapters, headings, notes) and passages."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from quizapp.text.offsets import OffsetMap


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    PERSIAN = "fa", _("Persian")


class Calendar(models.TextChoices):
    JULIAN = "julian", _("Julian (Old Style)")
    GREGORIAN = "gregorian", _("Gregorian (New Style)")
    MIXED = "mixed", _("Mixed")
    UNKNOWN = "unknown", _("Unknown")


# A document's full texts run to megabytes: leave them out whenever a document is joined.
HEAVY_FIELDS = ("raw_text", "text", "offset_map")


def without_texts(path: str = "") -> list[str]:
    """Field paths to ``defer`` so that joining a document does not load its full texts."""
    return [f"{path}__{name}" if path else name for name in HEAVY_FIELDS]


class DocumentQuerySet(models.QuerySet):
    def with_counts(self):
        return self.annotate(
            section_count=models.Count("sections", distinct=True),
            passage_count=models.Count("passages", distinct=True),
        )


class Document(models.Model):
    slug = models.SlugField(max_length=120, unique=True, allow_unicode=True)
    title = models.CharField(max_length=300)
    author = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=2, choices=Language.choices)
    year = models.IntegerField(null=True, blank=True, help_text=_("Year of publication."))
    default_year = models.IntegerField(
        null=True, blank=True, help_text=_("The year of a date that gives none (e.g. 1917).")
    )
    calendar = models.CharField(
        max_length=10,
        choices=Calendar.choices,
        default=Calendar.UNKNOWN,
        help_text=_("The calendar the document's dates use."),
    )
    source = models.TextField(blank=True)
    notes = models.TextField(blank=True)
    file = models.CharField(max_length=500, blank=True, help_text=_("Where the text came from."))
    content_hash = models.CharField(max_length=64)
    metadata = models.JSONField(default=dict, blank=True)
    raw_text = models.TextField(help_text=_("The file as decoded, before cleaning."))
    text = models.TextField(help_text=_("Cleaned and normalised text that passages cut."))
    offset_map = models.JSONField(default=dict, help_text=_("Maps offsets in text to raw text."))
    ingested_at = models.DateTimeField(auto_now=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["language", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("document", kwargs={"slug": self.slug})

    @property
    def is_rtl(self) -> bool:
        return self.language == Language.PERSIAN

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original file text of a span of the cleaned text."""
        mapping = OffsetMap.from_json(self.offset_map)
        return mapping.to_old(start), mapping.to_old(end)


class SectionKind(models.TextChoices):
    PREAMBLE = "preamble", _("Opening")
    PREFACE = "preface", _("Preface")
    CHAPTER = "chapter", _("Chapter")
    PART = "part", _("Part")
    HEADING = "heading", _("Heading")
    CONCLUSION = "conclusion", _("Conclusion")
    APPENDIX = "appendix", _("Appendix")
    NOTES = "notes", _("Notes")


class SectionQuerySet(models.QuerySet):
    def annotate_passage_counts(self):
        return self.annotate(passage_count=models.Count("passages"))


class Section(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="sections")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    order = models.PositiveIntegerField(help_text=_("Position in the document, from 1."))
    level = models.PositiveSmallIntegerField(default=1)
    kind = models.CharField(max_length=12, choices=SectionKind.choices)
    label = models.CharField(max_length=100, blank=True, help_text=_("e.g. « فصل اول »."))
    number = models.PositiveIntegerField(null=True, blank=True)
    title = models.CharField(max_length=300, blank=True)

    objects = SectionQuerySet.as_manager()

    class Meta:
        ordering = ["document", "order"]
        constraints = [
            models.UniqueConstraint(fields=["document", "order"], name="section_order_unique")
        ]

    def __str__(self) -> str:
        return self.display_title

    def get_absolute_url(self) -> str:
        return reverse("section", kwargs={"slug": self.document.slug, "order": self.order})

    @property
    def display_title(self) -> str:
        if self.kind == SectionKind.PREAMBLE and not self.title:
            return self.document.title
        return self.title or self.label or self.get_kind_display()

    def neighbour(self, step: int) -> "Section | None":
        """The section just before (step -1) or after (step +1) this one."""
        return Section.objects.filter(document_id=self.document_id, order=self.order + step).first()


class PassageKind(models.TextChoices):
    BODY = "body", _("Body")
    HEADING = "heading", _("Heading")
    FOOTNOTE = "footnote", _("Note")


class Passage(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="passages")
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="passages")
    order = models.PositiveIntegerField(help_text=_("Position in the document, from 1."))
    kind = models.CharField(max_length=10, choices=PassageKind.choices, default=PassageKind.BODY)
    text = models.TextField()
    start = models.PositiveIntegerField(help_text=_("Offset in the document's cleaned text."))
    end = models.PositiveIntegerField()
    raw_start = models.PositiveIntegerField(help_text=_("Offset in the original file text."))
    raw_end = models.PositiveIntegerField()

    class Meta:
        ordering = ["document", "order"]
        constraints = [
            models.UniqueConstraint(fields=["document", "order"], name="passage_order_unique")
        ]

    def __str__(self) -> str:
        return f"{self.document.slug} ¶{self.order}"

    def get_absolute_url(self) -> str:
        return f"{self.section.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"p{self.order}"
