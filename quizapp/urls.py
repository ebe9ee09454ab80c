from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from quizapp import views

urlpatterns = [
    path("", views.library, name="library"),
    path("documents/<str:slug>/", views.document, name="document"),
    path("documents/<str:slug>/sections/<int:order>/", views.section, name="section"),
    path("documents/<str:slug>/anki/", views.document_anki, name="document_anki"),
    path(
        "documents/<str:slug>/sections/<int:order>/anki/", views.section_anki, name="section_anki"
    ),
    path("people/", views.people, name="people"),
    path("people/<int:pk>/anki/", views.person_anki, name="person_anki"),
    path("people/<int:pk>/", views.person, name="person"),
    path("timeline/", views.timeline, name="timeline"),
    path("quiz/", views.quiz_start, name="quiz_start"),
    path("quiz/<uuid:quiz>/", views.quiz, name="quiz"),
    path("quiz/<uuid:quiz>/<int:position>/", views.quiz_question, name="quiz_question"),
    path("quiz/<uuid:quiz>/<int:position>/answer/", views.quiz_answer, name="quiz_answer"),
    path("quiz/<uuid:quiz>/summary/", views.quiz_summary, name="quiz_summary"),
    path("quiz/<uuid:quiz>/retry/", views.quiz_retry, name="quiz_retry"),
    path("quiz/<uuid:quiz>/anki/", views.quiz_anki, name="quiz_anki"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/signup/", views.signup, name="signup"),
    path("me/progress/", views.progress, name="progress"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("uploads/<int:pk>/", views.upload, name="upload"),
    path("review/", views.review, name="review"),
    path("review/<int:pk>/", views.review_decide, name="review_decide"),
    path("admin/", admin.site.urls),
]
