"""The editors' admin: library, entities and the question bank."""

from quizapp.admin import library, questions  # noqa: F401  (registers the model admins)
