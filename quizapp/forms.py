"""Forms of the learner's pages."""

from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from quizapp.models import Document, Entity, Language, QuestionKind, Section, without_texts
from quizapp.quizzes import COUNTS, Criteria
from quizapp.registry import entity_key


class StartForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Any language")), *Language.choices],
    )
    document = forms.ModelChoiceField(
        label=_("Document"),
        required=False,
        empty_label=_("Any document"),
        queryset=Document.objects.defer(*without_texts()),
        to_field_name="slug",
    )
    section = forms.IntegerField(
        label=_("Chapter"), required=False, min_value=1, widget=forms.HiddenInput
    )
    person = forms.CharField(
        label=_("Person"), required=False, max_length=100, help_text=_("e.g. Kamenev or کامنف")
    )
    kind = forms.ChoiceField(
        label=_("Kind of question"),
        required=False,
        choices=[("", _("Any kind")), *QuestionKind.choices],
    )
    count = forms.TypedChoiceField(
        label=_("Questions"), coerce=int, initial=10, choices=[(n, str(n)) for n in COUNTS]
    )

    def clean_person(self) -> Entity | None:
        name = self.cleaned_data["person"].strip()
        if not name:
            return None
        people = Entity.objects.people().with_mention_counts().order_by("-mention_count")
        entity = (
            people.filter(key=entity_key(name)).first()
            or people.filter(key__endswith=" " + entity_key(name)).first()
            or people.filter(name__icontains=name).first()
        )
        if entity is None:
            raise forms.ValidationError(
                _("No one called “%(name)s” in the library."), params={"name": name}
            )
        return entity

    def clean(self):
        data = super().clean()
        section, document = data.get("section"), data.get("document")
        if section and document:
            found = Section.objects.filter(document=document, order=section).first()
            data["section_id"] = found.pk if found else None
        return data

    def criteria(self) -> Criteria:
        data = self.cleaned_data
        return Criteria(
            language=data.get("language") or "",
            document=data["document"].pk if data.get("document") else None,
            section=data.get("section_id"),
            entity=data["person"].pk if data.get("person") else None,
            kind=data.get("kind") or "",
            count=data.get("count") or 10,
        )

    def title(self) -> str:
        data = self.cleaned_data
        parts = [str(x) for x in (data.get("document"), data.get("person")) if x]
        return " · ".join(parts) or str(_("Quick quiz"))


class SignupForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = ("username",)
