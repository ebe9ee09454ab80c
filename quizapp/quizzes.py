"""Taking quizzes: choosing questions, checking answers on the server, summing up."""

import random
import re
from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from quizapp.models import Choice, Question, QuestionKind, Quiz, QuizItem, without_texts
from quizapp.text.persian import fold_persian

COUNTS = (10, 20, 50)


class QuizError(Exception):
    """An answer that cannot be accepted; ``status`` is the HTTP status to answer with."""

    status = 400


class AlreadyAnswered(QuizError):
    status = 409


@dataclass(frozen=True)
class Criteria:
    language: str = ""
    document: int | None = None
    section: int | None = None
    entity: int | None = None
    kind: str = ""
    count: int = 10

    def questions(self):
        questions = Question.objects.approved().filter(passage__isnull=False)
        filters = {
            "language": self.language,
            "document_id": self.document,
            "kind": self.kind,
            "passage__section_id": self.section,
            "entities": self.entity,
        }
        return questions.filter(**{k: v for k, v in filters.items() if v})


def start_quiz(
    *,
    criteria: Criteria,
    user=None,
    session_key: str = "",
    title: str = "",
    seed: int | None = None,
) -> Quiz:
    """A quiz of up to ``criteria.count`` approved questions drawn at random, each from its
    own sentence while there are enough: two on one sentence give each other away."""
    rows = list(criteria.questions().values_list("pk", "passage_id", "explanation").distinct())
    random.Random(seed).shuffle(rows)
    sentences: set[tuple] = set()
    first, rest = [], []
    for pk, passage, sentence in rows:
        (rest if (passage, sentence) in sentences else first).append(pk)
        sentences.add((passage, sentence))
    chosen = (first + rest)[: criteria.count]
    return _create(
        chosen,
        user=user,
        session_key=session_key,
        title=title,
        language=criteria.language,
        criteria=criteria.__dict__,
    )


def retry_missed(*, quiz: Quiz) -> Quiz:
    missed = list(quiz.items.filter(correct=False).values_list("question_id", flat=True))
    return _create(
        missed,
        user=quiz.user,
        session_key=quiz.session_key,
        language=quiz.language,
        title=quiz.title,
        criteria={**quiz.criteria, "retry_of": str(quiz.uuid)},
    )


def _create(question_ids: list[int], **fields) -> Quiz:
    with transaction.atomic():
        quiz = Quiz.objects.create(**fields)
        QuizItem.objects.bulk_create(
            QuizItem(quiz=quiz, question_id=pk, position=n) for n, pk in enumerate(question_ids, 1)
        )
    return quiz


def answer(
    *,
    item: QuizItem,
    choice: str | None = None,
    text: str | None = None,
    order: list[str] | None = None,
) -> QuizItem:
    """Check an answer and record it once; a second or concurrent one raises AlreadyAnswered."""
    if item.answered:
        raise AlreadyAnswered("This question has already been answered.")
    question = item.question
    chosen, response, correct = _judge(question, choice=choice, text=text, order=order)
    updated = QuizItem.objects.filter(pk=item.pk, answered_at=None).update(
        choice=chosen, response=response, correct=correct, answered_at=timezone.now()
    )
    if not updated:  # another request got there first
        raise AlreadyAnswered("This question has already been answered.")
    _finish_if_done(item.quiz)
    item.refresh_from_db()
    return item


def _judge(question: Question, *, choice, text, order):
    if question.kind == QuestionKind.CLOZE and not question.choices.exists():
        if not (text or "").strip():
            raise QuizError("Please type an answer.")
        return None, {"text": text[:300]}, same_answer(text, question.answer)
    if question.kind == QuestionKind.TIMELINE:
        return None, {"order": order}, _judge_order(question, order)
    chosen = _own_choice(question, choice)
    return chosen, {"choice": chosen.pk}, chosen.correct


def _own_choice(question: Question, choice: str | None) -> Choice:
    if not choice or not str(choice).isdigit():
        raise QuizError("Please choose an answer.")
    try:
        return question.choices.get(pk=int(choice))
    except Choice.DoesNotExist:
        raise QuizError("That answer does not belong to this question.") from None


def _judge_order(question: Question, order: list[str] | None) -> bool:
    ranks = dict(question.choices.values_list("pk", "rank"))
    if not order or sorted(order) != sorted(str(pk) for pk in ranks):
        raise QuizError("Please put every event in order.")
    return [ranks[int(pk)] for pk in order] == sorted(ranks.values())


def same_answer(given: str, expected: str) -> bool:
    """Typed answers match whatever their case, punctuation, Arabic letters or ZWNJ."""
    return _comparable(given) == _comparable(expected)


def _comparable(text: str) -> str:
    text = re.sub(r"[’']s\b", "", fold_persian(text).casefold())
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _finish_if_done(quiz: Quiz) -> None:
    if not quiz.items.filter(answered_at=None).exists():
        Quiz.objects.filter(pk=quiz.pk, finished_at=None).update(finished_at=timezone.now())


@dataclass
class Summary:
    total: int
    answered: int
    right: int
    by_kind: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind: (right, total)
    missed: list[QuizItem] = field(default_factory=list)


def summarise(quiz: Quiz) -> Summary:
    items = quiz.items.select_related("question__passage__section", "question__document")
    items = list(items.defer(*without_texts("question__document")))
    right = [i for i in items if i.correct]
    kinds = Counter(i.question.kind for i in items)
    by_kind = {k: (sum(1 for i in right if i.question.kind == k), n) for k, n in kinds.items()}
    missed = [i for i in items if i.correct is False]
    return Summary(len(items), sum(i.answered for i in items), len(right), by_kind, missed)
