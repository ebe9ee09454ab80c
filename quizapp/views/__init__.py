from quizapp.views.accounts import progress, signup
from quizapp.views.library import document, library, people, person, section, timeline
from quizapp.views.quiz import (
    quiz,
    quiz_answer,
    quiz_question,
    quiz_retry,
    quiz_start,
    quiz_summary,
)

__all__ = [
    "document",
    "library",
    "people",
    "person",
    "progress",
    "quiz",
    "quiz_answer",
    "quiz_question",
    "quiz_retry",
    "quiz_start",
    "quiz_summary",
    "section",
    "signup",
    "timeline",
]
