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
from quizapp.models.uploads import Upload, UploadStatus

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
    "Upload",
    "UploadStatus",
    "without_texts",
]
