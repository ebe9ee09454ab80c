"""Admin for the library and the entity registry."""

from django.contrib import admin, messages

from quizapp.models import Document, Entity, Passage, Section
from quizapp.registry import merge_entities


class SectionInline(admin.TabularInline):
    model = Section
    fields = ["order", "level", "kind", "label", "title"]
    readonly_fields = ["order", "level", "kind", "label"]
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "author", "language", "year", "calendar", "ingested_at"]
    list_filter = ["language", "calendar"]
    search_fields = ["title", "author", "slug"]
    readonly_fields = ["slug", "content_hash", "file", "ingested_at"]
    exclude = ["raw_text", "text", "offset_map"]
    inlines = [SectionInline]


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "document", "order", "level", "kind", "label"]
    list_filter = ["document", "kind", "level"]
    search_fields = ["title", "label"]
    readonly_fields = ["document", "parent", "order", "level"]


@admin.register(Passage)
class PassageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "section", "kind", "start", "end"]
    list_filter = ["document", "kind"]
    search_fields = ["text"]
    readonly_fields = ["document", "section", "order", "start", "end", "raw_start", "raw_end"]


@admin.register(Entity)
class EntityAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "language", "counterpart"]
    list_filter = ["kind", "language"]
    search_fields = ["name", "key", "aliases"]
    raw_id_fields = ["counterpart"]
    actions = ["merge"]

    @admin.action(
        description="Merge selected entities into the most mentioned one", permissions=["change"]
    )
    def merge(self, request, queryset):
        if queryset.count() < 2:
            self.message_user(request, "Select two or more entities to merge.", messages.WARNING)
            return
        kept = merge_entities(list(queryset.with_mention_counts().order_by("-mention_count")))
        self.message_user(request, f"Merged into {kept.name}.")
