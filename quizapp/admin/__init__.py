"""The editors' admin: library, entities and the question bank."""

from quizapp.admin import library, questions, uploads  # noqa: F401  (registers the model admins)
