from quizapp.views.accounts import progress, signup
from quizapp.views.downloads import document_anki, person_anki, quiz_anki, section_anki
from quizapp.views.library import document, library, people, person, section, timeline
from quizapp.views.quiz import (
    quiz,
    quiz_answer,
    quiz_question,
    quiz_retry,
    quiz_start,
    quiz_summary,
)
from quizapp.views.review import review, review_decide
from quizapp.views.uploads import upload

__all__ = [
    "document",
    "document_anki",
    "library",
    "people",
    "person",
    "person_anki",
    "progress",
    "quiz",
    "quiz_anki",
    "quiz_answer",
    "quiz_question",
    "quiz_retry",
    "quiz_start",
    "quiz_summary",
    "review",
    "review_decide",
    "section",
    "section_anki",
    "signup",
    "timeline",
    "upload",
]
