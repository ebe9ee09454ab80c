"""The entity registry: people, places and organisations, and their mentions."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from quizapp.models.library import Document, Language, Passage


class EntityKind(models.TextChoices):
    PERSON = "PERSON", _("Person")
    PLACE = "PLACE", _("Place")
    ORG = "ORG", _("Organisation")


class EntityQuerySet(models.QuerySet):
    def with_mention_counts(self):
        return self.annotate(mention_count=models.Count("mentions"))

    def people(self):
        return self.filter(kind=EntityKind.PERSON)


class Entity(models.Model):
    """A person, place or organisation of the corpus, gathering its mentions."""

    kind = models.CharField(max_length=6, choices=EntityKind.choices)
    language = models.CharField(max_length=2, choices=Language.choices)
    name = models.CharField(max_length=200, help_text=_("The canonical name."))
    key = models.CharField(max_length=200, help_text=_("The name folded for matching."))
    aliases = models.JSONField(default=list, blank=True, help_text=_("Other spellings seen."))
    counterpart = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The same entity in the other language."),
    )

    objects = EntityQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "name"]
        verbose_name_plural = "entities"
        constraints = [
            models.UniqueConstraint(fields=["kind", "language", "key"], name="entity_key_unique")
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("person", kwargs={"pk": self.pk})


class MentionQuerySet(models.QuerySet):
    def dated(self):
        return self.filter(type="DATE").exclude(value="").order_by("value", "document", "start")


class Mention(models.Model):
    """One occurrence of an entity or a date in a passage."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="mentions")
    passage = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="mentions")
    entity = models.ForeignKey(
        Entity, null=True, blank=True, on_delete=models.CASCADE, related_name="mentions"
    )
    type = models.CharField(max_length=6)
    text = models.CharField(max_length=300)
    start = models.PositiveIntegerField(help_text=_("Offset in the document's cleaned text."))
    end = models.PositiveIntegerField()
    confidence = models.FloatField()
    value = models.CharField(max_length=50, blank=True, help_text=_("Normalised date."))
    calendar = models.CharField(max_length=10, blank=True)
    value_julian = models.CharField(max_length=50, blank=True)
    value_gregorian = models.CharField(max_length=50, blank=True)

    objects = MentionQuerySet.as_manager()

    class Meta:
        ordering = ["document", "start"]
        indexes = [models.Index(fields=["type", "value"])]

    def __str__(self) -> str:
        return f"{self.type} {self.text}"

    @property
    def span(self) -> tuple[int, int]:
        """The mention's offsets within its passage's text."""
        return self.start - self.passage.start, self.end - self.passage.start
