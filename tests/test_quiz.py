"""Taking a quiz: pages and fragments, answers checked on the server, integrity cases."""

import re
import threading

import pytest
from django.db import OperationalError, connection
from django.utils.html import escape

from quizapp.models import Choice, Document, Question, Quiz, QuizItem
from quizapp.quizzes import AlreadyAnswered, answer

pytestmark = pytest.mark.django_db

SECRET = "Verkhovsky"


@pytest.fixture
def questions():
    """Three hand-made approved questions: multiple choice, true/false and cloze."""
    document = Document.objects.get(slug="woytinsky-before-october")
    passage = document.passages.get(text__contains=SECRET)
    start = passage.text.index(SECRET)
    common = {
        "document": document,
        "passage": passage,
        "language": "en",
        "status": "approved",
        "answer_start": start,
        "answer_end": start + len(SECRET),
    }
    Question.objects.exclude(document=document).update(status="draft")
    Question.objects.filter(document=document).delete()
    mcq = Question.objects.create(
        key="q1",
        kind="mcq",
        answer=SECRET,
        **common,
        prompt="Who demanded the immediate withdrawal of Russia?",
    )
    for order, (text, correct) in enumerate(
        [("Kerensky", False), (SECRET, True), ("Cheremissov", False), ("Lenin", False)]
    ):
        Choice.objects.create(
            question=mcq,
            order=order,
            text=text,
            correct=correct,
            note="He was in Petrograd." if text == "Kerensky" else "",
        )
    tf = Question.objects.create(
        key="q2",
        kind="true_false",
        answer="True",
        **common,
        prompt="True or false: Verkhovsky demanded peace.",
    )
    Choice.objects.create(question=tf, order=0, text="True", correct=True)
    Choice.objects.create(question=tf, order=1, text="False", correct=False)
    cloze = Question.objects.create(
        key="q3",
        kind="cloze",
        answer=SECRET,
        **common,
        prompt="_____ demanded immediate withdrawal of Russia.",
    )
    return [mcq, tf, cloze]


def start(client, **data) -> Quiz:
    response = client.post("/quiz/", {"count": 10, "language": "en", **data})
    assert response.status_code == 302, response.content
    return Quiz.objects.get(uuid=response["Location"].split("/")[2])


def test_start_page_and_quick_quiz(client, questions):
    assert client.get("/quiz/").status_code == 200
    quiz = start(client)
    assert quiz.items.count() == 3


def test_start_by_person(client, questions):
    from quizapp.models import Entity

    entity = Entity.objects.get(language="en", key="verkhovsky")
    for question in questions:
        question.entities.add(entity)
    assert start(client, person="Verkhovsky").items.count() == 3
    response = client.post("/quiz/", {"count": 10, "person": "Nobody At All"})
    assert response.status_code == 400


def test_the_answer_is_not_in_the_page_before_answering(client, questions):
    quiz = start(client)
    item = quiz.items.get(question__kind="mcq")
    html = client.get(f"/quiz/{quiz.uuid}/{item.position}/").content.decode()
    assert "correct" not in html.lower()
    assert "He was in Petrograd" not in html
    assert "Right!" not in html
    for fragment in (
        html,
        client.get(
            f"/quiz/{quiz.uuid}/{item.position}/", headers={"HX-Request": "true"}
        ).content.decode(),
    ):
        assert 'action="/quiz/' in fragment and "csrfmiddlewaretoken" in fragment


def test_answering_by_form_redirects_and_shows_feedback(client, questions):
    quiz = start(client)
    item = quiz.items.get(question__kind="mcq")
    wrong = item.question.choices.get(text="Kerensky")
    url = f"/quiz/{quiz.uuid}/{item.position}/answer/"
    response = client.post(url, {"choice": wrong.pk})
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert "Not quite." in html and "He was in Petrograd." in html
    assert f"<mark>{SECRET}</mark>" in html
    item.refresh_from_db()
    assert item.correct is False


def test_answering_by_htmx_returns_the_feedback_fragment(client, questions):
    quiz = start(client)
    item = quiz.items.get(question__kind="true_false")
    right = item.question.choices.get(correct=True)
    response = client.post(
        f"/quiz/{quiz.uuid}/{item.position}/answer/",
        {"choice": right.pk},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert response.status_code == 200 and html.lstrip().startswith('<section id="card"')
    assert "Right!" in html and 'role="status"' in html


def test_cloze_answers_are_compared_leniently(client, questions):
    quiz = start(client)
    item = quiz.items.get(question__kind="cloze")
    client.post(f"/quiz/{quiz.uuid}/{item.position}/answer/", {"text": "  verkhovsky! "})
    item.refresh_from_db()
    assert item.correct is True


@pytest.mark.parametrize("tamper", ["other-question", "nonsense", "missing"])
def test_tampered_answers_get_400_and_count_nothing(client, questions, tamper):
    quiz = start(client)
    item = quiz.items.get(question__kind="mcq")
    other = quiz.items.get(question__kind="true_false").question.choices.first()
    data = {
        "other-question": {"choice": other.pk},
        "nonsense": {"choice": "1 OR 1=1"},
        "missing": {},
    }[tamper]
    response = client.post(f"/quiz/{quiz.uuid}/{item.position}/answer/", data)
    assert response.status_code == 400
    item.refresh_from_db()
    assert not item.answered


def test_a_question_not_in_your_quiz_is_404(client, questions):
    quiz = start(client)
    assert client.post(f"/quiz/{quiz.uuid}/99/answer/", {"choice": 1}).status_code == 404


def test_someone_elses_quiz_is_404(client, questions):
    from django.test import Client

    quiz = start(client)
    assert Client().get(f"/quiz/{quiz.uuid}/1/").status_code == 404


def test_a_repeated_answer_is_409_and_not_counted_twice(client, questions):
    quiz = start(client)
    item = quiz.items.get(question__kind="mcq")
    url = f"/quiz/{quiz.uuid}/{item.position}/answer/"
    right = item.question.choices.get(correct=True)
    wrong = item.question.choices.get(text="Lenin")
    client.post(url, {"choice": right.pk})
    response = client.post(url, {"choice": wrong.pk})
    assert response.status_code == 409
    item.refresh_from_db()
    assert item.correct is True


@pytest.mark.django_db(transaction=True)
def test_concurrent_submits_count_once(questions):
    quiz = Quiz.objects.create()
    QuizItem.objects.create(quiz=quiz, question=questions[0], position=1)
    right = questions[0].choices.get(correct=True)
    outcomes = []

    def submit():
        try:
            answer(item=QuizItem.objects.get(quiz=quiz, position=1), choice=str(right.pk))
            outcomes.append("ok")
        except AlreadyAnswered:
            outcomes.append("409")
        except OperationalError as error:  # the shared in-memory test database locks a table
            outcomes.append(str(error))  # where a file database would wait its timeout out
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("ok") == 1


def test_post_without_csrf_is_refused(questions):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    assert client.post("/quiz/", {"count": 10}).status_code == 403


def test_summary_counts_right_answers_and_retry_missed(client, questions):
    quiz = start(client)
    for item in quiz.items.all():
        url = f"/quiz/{quiz.uuid}/{item.position}/answer/"
        if item.question.kind == "cloze":
            client.post(url, {"text": "wrong"})
        else:
            client.post(url, {"choice": item.question.choices.get(correct=True).pk})
    html = client.get(f"/quiz/{quiz.uuid}/summary/").content.decode()
    assert re.search(r'<strong id="score">2</strong> / 3', html)
    assert "Retry the missed ones" in html
    fragment = client.get(f"/quiz/{quiz.uuid}/summary/", headers={"HX-Request": "true"})
    assert fragment.content.decode().lstrip().startswith('<section id="summary"')
    response = client.post(f"/quiz/{quiz.uuid}/retry/")
    retry = Quiz.objects.get(uuid=response["Location"].split("/")[2])
    assert [i.question.kind for i in retry.items.all()] == ["cloze"]


def test_signed_in_progress_page_draws_a_chart(client, questions, django_user_model):
    user = django_user_model.objects.create_user("learner", password="pw-quiz-12345")
    client.force_login(user)
    quiz = start(client)
    item = quiz.items.get(question__kind="mcq")
    client.post(
        f"/quiz/{quiz.uuid}/{item.position}/answer/",
        {"choice": item.question.choices.get(correct=True).pk},
    )
    html = client.get("/me/progress/").content.decode()
    assert "<svg" in html and "<polyline" in html
    assert client.logout() is None
    assert client.get("/me/progress/").status_code == 302


def test_signup_logs_in(client):
    response = client.post(
        "/accounts/signup/",
        {"username": "newbie", "password1": "a-Long-pass-99", "password2": "a-Long-pass-99"},
    )
    assert response.status_code == 302
    assert client.get("/me/progress/").status_code == 200


def test_a_quiz_asks_each_sentence_once_while_there_are_enough(questions):
    from quizapp.quizzes import Criteria, start_quiz

    document = questions[0].document
    for n, question in enumerate(questions):
        question.explanation = "One sentence." if n < 2 else "Another sentence."
        question.save()
    for seed in range(8):
        criteria = Criteria(document=document.pk, count=2, language="en")
        quiz = start_quiz(criteria=criteria, seed=seed)
        sentences = [i.question.explanation for i in quiz.items.select_related("question")]
        assert sorted(sentences) == ["Another sentence.", "One sentence."], seed
    everything = start_quiz(criteria=Criteria(document=document.pk, count=3), seed=1)
    assert everything.items.count() == 3  # the same sentence again rather than a short quiz


def test_a_question_shows_its_chapter_unless_the_title_gives_the_answer(client, questions):
    quiz = start(client)
    item = quiz.items.get(question__kind="mcq")
    title = item.question.passage.section.display_title
    assert title and SECRET not in title
    html = client.get(f"/quiz/{quiz.uuid}/{item.position}/").content.decode()
    assert 'class="setting"' in html and escape(title) in html
    section = item.question.passage.section
    section.title = f"{SECRET} at the front"
    section.save()
    html = client.get(f"/quiz/{quiz.uuid}/{item.position}/").content.decode()
    assert 'class="setting"' not in html
    dated = Question(passage=item.question.passage, answer="the middle of September")
    section.title = "September–October 1917"
    assert dated.setting == ""  # the month alone gives it away
    section.title = "The Kornilov affair"
    assert dated.setting == "The Kornilov affair"
    section.kind, section.title = "notes", "Footnotes"  # says nothing: the work they annotate
    dated.document = item.question.document
    assert dated.setting == f"{item.question.document.title} — Footnotes"
    section.kind, section.title = "chapter", "The Central Committee and the Vikzhel"
    events = Question(passage=item.question.passage, kind="timeline")
    events.answer = "The Central Committee met. → The Vikzhel refused."
    assert events.setting == "The Central Committee and the Vikzhel"  # the order stays unsaid
