"""The editors' admin: permissions, edits that survive rebuilds, bulk actions, merging."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from quizapp.models import Entity, Question, QuestionStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password="pw-editor-123", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_anonymous_and_learners_are_sent_to_log_in(client, django_user_model):
    assert client.get("/admin/quizapp/question/")["Location"].startswith("/admin/login/")
    client.force_login(django_user_model.objects.create_user("learner"))
    assert client.get("/admin/quizapp/question/")["Location"].startswith("/admin/login/")


def test_an_editor_reviews_questions_but_not_users(editor_client):
    assert (
        editor_client.get("/admin/quizapp/question/?status__exact=draft&band=low").status_code
        == 200
    )
    assert editor_client.get("/admin/quizapp/entity/").status_code == 200
    assert editor_client.get("/admin/auth/user/").status_code == 403
    persian = Question.objects.filter(language="fa").first()
    page = editor_client.get(f"/admin/quizapp/question/{persian.pk}/change/").content.decode()
    assert '<div class="preview" lang="fa" dir="rtl">' in page


def test_an_admin_edit_survives_build_bank(editor_client, editor):
    question = Question.objects.approved().filter(kind="mcq").first()
    url = f"/admin/quizapp/question/{question.pk}/change/"
    form = editor_client.get(url).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(
        prompt="An editor's better question?", entities=[e.pk for e in question.entities.all()]
    )
    choices = list(question.choices.all())
    data.update(
        {
            "choices-TOTAL_FORMS": len(choices),
            "choices-INITIAL_FORMS": len(choices),
            "choices-MIN_NUM_FORMS": 0,
            "choices-MAX_NUM_FORMS": 1000,
        }
    )
    for n, choice in enumerate(choices):
        data.update(
            {
                f"choices-{n}-id": choice.pk,
                f"choices-{n}-question": question.pk,
                f"choices-{n}-order": choice.order,
                f"choices-{n}-text": choice.text,
                f"choices-{n}-correct": "on" if choice.correct else "",
                f"choices-{n}-rank": choice.rank or "",
                f"choices-{n}-note": choice.note,
            }
        )
    response = editor_client.post(url, {k: v for k, v in data.items() if v != ""})
    assert response.status_code == 302, response.context["adminform"].form.errors
    call_command("build_bank", "--document", question.document.slug, "--force", verbosity=0)
    question.refresh_from_db()
    assert question.prompt == "An editor's better question?"
    assert question.edited and question.edited_by == editor


def _act(client, action, ids, **extra):
    return client.post(
        "/admin/quizapp/question/", {"action": action, "_selected_action": ids, **extra}
    )


def test_bulk_approve_and_reject_with_a_reason(editor_client):
    drafts = list(Question.objects.filter(status="draft").values_list("pk", flat=True)[:3])
    _act(editor_client, "approve", drafts[:2])
    _act(editor_client, "reject", drafts[2:], reason="distractor also true")
    assert Question.objects.filter(pk__in=drafts[:2], status="approved").count() == 2
    rejected = Question.objects.get(pk=drafts[2])
    assert rejected.status == QuestionStatus.REJECTED
    assert rejected.rejection_reason == "distractor also true"


def test_unlock_and_regenerate(editor_client, editor):
    question = Question.objects.approved().filter(language="en").first()
    original = question.prompt
    question.prompt = "Locked by an editor"
    question.mark_edited(by=editor)
    question.save()
    _act(editor_client, "unlock_and_regenerate", [question.pk])
    question.refresh_from_db()
    assert not question.edited and question.prompt == original


def test_export_selected_to_anki(editor_client):
    ids = list(Question.objects.approved().values_list("pk", flat=True)[:5])
    response = _act(editor_client, "export_anki", ids)
    assert response["Content-Type"] == "application/apkg"


def test_merging_entities_moves_mentions_and_questions(editor_client):
    a = Entity.objects.get(language="fa", kind="PERSON", key="زینوویف")
    b = Entity.objects.get(language="fa", kind="PERSON", key="زینویف")
    mentions = a.mentions.count() + b.mentions.count()
    editor_client.post(
        "/admin/quizapp/entity/", {"action": "merge", "_selected_action": [a.pk, b.pk]}
    )
    kept = (
        Entity.objects.get(pk=a.pk)
        if Entity.objects.filter(pk=a.pk).exists()
        else Entity.objects.get(pk=b.pk)
    )
    assert kept.mentions.count() == mentions
    assert {"زینوویف", "زینویف"} <= {kept.name, *kept.aliases}
    assert Entity.objects.filter(pk__in=[a.pk, b.pk]).count() == 1


def test_review_queue_by_form_and_htmx(editor_client):
    from django.test import Client

    page = editor_client.get("/review/")
    first = page.context["question"]
    assert page.status_code == 200 and first.status == "draft"
    response = editor_client.post(
        f"/review/{first.pk}/", {"decision": "reject", "reason": "trivial"}
    )
    assert response.status_code == 302
    first.refresh_from_db()
    assert (first.status, first.rejection_reason) == ("rejected", "trivial")
    second = editor_client.get("/review/").context["question"]
    fragment = editor_client.post(
        f"/review/{second.pk}/", {"decision": "approve"}, headers={"HX-Request": "true"}
    )
    assert fragment.content.decode().lstrip().startswith('<section id="queue"')
    assert "trivial: 1" in fragment.content.decode()
    assert editor_client.post(f"/review/{second.pk}/", {"decision": "approve"}).status_code == 404
    assert Client().get("/review/").status_code == 302  # not signed in


IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def test_an_uploaded_document_is_ingested_and_questioned_in_the_background(
    editor_client, settings, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from quizapp.models import Document, Upload

    settings.TASKS = IMMEDIATE
    text = (
        "THE RAILWAY STRIKE\n\nOn October 12 the railwaymen of Moscow stopped work. General "
        "Brusilov wrote to Kerensky that the army could not hold. Kerensky said the government "
        "would not yield. On October 14 the strike spread to Petrograd and Kiev.\n"
    )
    upload = SimpleUploadedFile("strike.txt", text.encode(), content_type="text/plain")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            "/admin/quizapp/upload/add/",
            {
                "title": "The railway strike",
                "language": "en",
                "default_year": 1917,
                "calendar": "unknown",
                "file": upload,
            },
        )
    assert response.status_code == 302
    added = Upload.objects.get()
    assert added.status == "done", added.message
    document = Document.objects.get(slug="the-railway-strike")
    assert document.passages.exists() and document.mentions.filter(type="DATE").exists()
    page = editor_client.get(added.get_absolute_url(), headers={"HX-Request": "true"})
    assert page.content.decode().lstrip().startswith('<section id="status"')
    assert "hx-trigger" not in page.content.decode()  # finished: no more polling


def test_a_bad_upload_writes_nothing(editor_client, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from quizapp.models import Document, Upload

    settings.TASKS = IMMEDIATE
    documents = Document.objects.count()
    binary = SimpleUploadedFile(
        "scan.pdf", b"%PDF-1.4\x00\x01\x02binary", content_type="application/pdf"
    )
    response = editor_client.post(
        "/admin/quizapp/upload/add/",
        {
            "title": "A scan",
            "calendar": "unknown",
            "file": binary,
        },
    )
    assert response.status_code == 200
    assert "scan.pdf: file is binary" in response.content.decode()
    assert Upload.objects.count() == 0 and Document.objects.count() == documents


def test_regenerate_distractors_keeps_the_answer_and_logs_it(editor_client, editor):
    from django.contrib.admin.models import LogEntry

    question = Question.objects.approved().filter(kind="mcq", language="fa").first()
    _act(editor_client, "regenerate_distractors", [question.pk])
    question.refresh_from_db()
    after = list(question.choices.all())
    assert [c.text for c in after if c.correct] == [question.answer]
    assert len(after) == 4 and question.edited and question.edited_by == editor
    assert len({c.text for c in after}) == 4
    assert LogEntry.objects.filter(object_id=str(question.pk), user=editor).exists()


def test_item_analysis_counts_answers_and_flags_unpicked_distractors(editor_client):
    from django.utils import timezone

    from quizapp.admin.questions import analysis_flags
    from quizapp.models import Quiz, QuizItem

    question = Question.objects.approved().filter(kind="mcq").first()
    right = question.choices.get(correct=True)
    for _ in range(5):
        QuizItem.objects.create(
            quiz=Quiz.objects.create(),
            question=question,
            position=1,
            choice=right,
            correct=True,
            answered_at=timezone.now(),
        )
    page = editor_client.get(f"/admin/quizapp/question/{question.pk}/change/").content.decode()
    assert "5 answers, 100% right." in page and "Everybody gets it right." in page
    assert analysis_flags(10, 3, [("A", 3, True), ("B", 7, False), ("C", 0, False)]) == [
        "Never picked: C."
    ]
