from django.apps import AppConfig


class QuizappConfig(AppConfig):
    name = "quizapp"
    verbose_name = "Quiz app"
    default_auto_field = "django.db.models.BigAutoField"
