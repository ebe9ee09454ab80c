from quizapp.models.entities import Entity, EntityKind, Mention
from quizapp.models.library import (
    Calendar,
    Document,
    Language,
    Passage,
    PassageKind,
    Section,
    SectionKind,
    without_texts,
)
from quizapp.models.questions import Choice, Question, QuestionKind, QuestionStatus
from quizapp.models.quizzes import Quiz, QuizItem

__all__ = [
    "Calendar",
    "Choice",
    "Document",
    "Entity",
    "EntityKind",
    "Language",
    "Mention",
    "Passage",
    "PassageKind",
    "Question",
    "QuestionKind",
    "QuestionStatus",
    "Quiz",
    "QuizItem",
    "Section",
    "SectionKind",
    "without_texts",
]
