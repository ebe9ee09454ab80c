"""Library, document and section pages, in English and Persian, full page and fragment."""

import re

import pytest
from django.core.management import call_command
from django.utils.html import escape

from quizapp.models import Document

pytestmark = pytest.mark.django_db


def test_library_lists_every_document_with_counts(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    for document in Document.objects.with_counts():
        assert escape(document.title) in html
    assert 'lang="fa" dir="rtl"' in html
    assert "htmx" in html  # htmx is loaded for the pages that use it


def test_document_page_lists_the_table_of_contents(client):
    html = client.get("/documents/trotsky-history-vol3/").content.decode()
    assert "فصل اول" in html
    assert "دهقانان پیش از اکتبر" in html
    assert "ضمیمه‌ی سوم" in html
    assert "یادداشت‌ها" in html
    assert html.count('class="level-1"') == 15  # 10 chapters, conclusion, 3 appendices, notes


def test_english_section_reader(client):
    document = Document.objects.get(slug="woytinsky-unrest-in-petrograd")
    section = document.sections.get(title="UNREST IN PETROGRAD")
    response = client.get(section.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert '<article id="reader" class="reader" lang="en" dir="ltr"' in html
    assert "Tauride Palace" in html
    assert "<html" in html


def test_persian_section_reader_is_right_to_left(client):
    response = client.get("/documents/trotsky-history-vol3/sections/1/")
    html = response.content.decode()
    assert 'lang="fa" dir="rtl"' in html
    assert "دهقانان پیش از اکتبر" in html
    assert 'rel="next"' in html
    assert 'hx-get="/documents/trotsky-history-vol3/sections/2/"' in html
    assert 'href="/documents/trotsky-history-vol3/sections/2/"' in html


def test_htmx_request_gets_only_the_reader_fragment(client):
    response = client.get(
        "/documents/trotsky-history-vol3/sections/2/", headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<article id="reader"')
    assert "<html" not in html
    assert "HX-Request" in response["Vary"]


def test_missing_pages_are_404(client):
    assert client.get("/documents/nope/").status_code == 404
    assert client.get("/documents/trotsky-history-vol3/sections/999/").status_code == 404


def test_post_is_refused(client):
    assert client.post("/").status_code == 405


def test_html_in_a_document_is_shown_as_text(client, tmp_path):
    path = tmp_path / "html.txt"
    path.write_text('<script>alert("x")</script> & <b>bold</b> claims\n')
    call_command("ingest", str(path), verbosity=0)
    html = client.get("/documents/html/sections/1/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html


def test_admin_is_for_staff_only(client, django_user_model):
    assert client.get("/admin/").status_code == 302
    learner = django_user_model.objects.create_user("learner", password="pw-123456789")
    client.force_login(learner)
    assert client.get("/admin/").status_code == 302
    staff = django_user_model.objects.create_superuser("boss", password="pw-123456789")
    client.force_login(staff)
    assert client.get("/admin/quizapp/document/").status_code == 200


def test_people_page_lists_people_of_both_languages(client):
    html = client.get("/people/").content.decode()
    assert "Kamenev" in html and "کرنسکی" in html
    persian = client.get("/people/?lang=fa").content.decode()
    assert "کرنسکی" in persian and "Kamenev" not in persian


def test_person_page_shows_each_mention_highlighted_in_its_passage(client):
    from quizapp.models import Entity

    kamenev = Entity.objects.get(kind="PERSON", language="en", name__endswith="Kamenev")
    html = client.get(kamenev.get_absolute_url()).content.decode()
    assert "<mark>Kamenev" in html
    assert kamenev.mentions.first().passage.get_absolute_url() in html


def test_timeline_orders_dates_and_shows_both_calendars(client):
    html = client.get("/timeline/?document=lenin-cc-meeting-november-1917").content.decode()
    assert "1917-11-14" in html
    assert "Old Style" in html and "New Style" in html
    values = re.findall(r"<time>([^<]+)</time>", html)
    assert values == sorted(values) and values


def test_the_interface_speaks_persian_right_to_left(client):
    html = client.get("/", headers={"Accept-Language": "fa"}).content.decode()
    assert '<html lang="fa" dir="rtl">' in html
    assert "کتابخانه" in html and "آزمون" in html
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert '<html lang="en" dir="ltr">' in client.get("/").content.decode()


def test_anki_downloads_from_document_section_person_and_quiz(client):
    from quizapp.models import Entity, Question, Quiz, QuizItem

    response = client.get("/documents/woytinsky-before-october/anki/")
    assert response.status_code == 200 and response["Content-Type"] == "application/apkg"
    assert response.content[:2] == b"PK"  # a zip archive
    assert client.get("/documents/trotsky-history-vol3/sections/1/anki/").status_code == 200
    person = Entity.objects.filter(questions__status="approved").first()
    assert client.get(f"/people/{person.pk}/anki/").status_code == 200
    client.get("/")  # a session for the quiz below
    quiz = Quiz.objects.create(session_key=client.session.session_key or "")
    if not quiz.session_key:
        client.session.save()
        quiz.session_key = client.session.session_key
        quiz.save()
    question = Question.objects.approved().first()
    QuizItem.objects.create(quiz=quiz, question=question, position=1, correct=False)
    assert client.get(f"/quiz/{quiz.uuid}/anki/").status_code == 200
    assert client.get("/documents/nope/anki/").status_code == 404
