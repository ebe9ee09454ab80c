from django.contrib import admin
from django.urls import path

from quizapp import views

urlpatterns = [
    path("", views.library, name="library"),
    path("documents/<str:slug>/", views.document, name="document"),
    path("documents/<str:slug>/sections/<int:order>/", views.section, name="section"),
    path("people/", views.people, name="people"),
    path("people/<int:pk>/", views.person, name="person"),
    path("timeline/", views.timeline, name="timeline"),
    path("admin/", admin.site.urls),
]
