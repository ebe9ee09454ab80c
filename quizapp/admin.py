from django.contrib import admin

from quizapp.anki_http import export_response
from quizapp.models import Choice, Document, Entity, Passage, Question, Section


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


class ChoiceInline(admin.TabularInline):
    model = Choice
    fields = ["order", "text", "correct", "rank", "note"]
    extra = 0


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["prompt_short", "document", "kind", "language", "status", "score", "edited"]
    list_filter = ["status", "kind", "language", "document", "edited"]
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
        "created_at",
        "updated_at",
    ]
    exclude = ["fingerprint"]
    autocomplete_fields = ["entities"]
    inlines = [ChoiceInline]
    actions = ["export_anki"]

    @admin.action(description="Export selected questions to Anki")
    def export_anki(self, request, queryset):
        return export_response(queryset, "quizapp-questions")

    @admin.display(description="prompt")
    def prompt_short(self, obj: Question) -> str:
        return obj.prompt[:90]

    def save_model(self, request, obj, form, change):
        if change:
            obj.mark_edited(by=request.user)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if change and formset.has_changed():
            form.instance.mark_edited(by=request.user)
            form.instance.save(update_fields=["edited", "edited_by", "edited_at"])


@admin.register(Entity)
class EntityAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "language", "counterpart"]
    list_filter = ["kind", "language"]
    search_fields = ["name", "key", "aliases"]
    raw_id_fields = ["counterpart"]
