"""URLs outside the language prefixes: the root and the language chooser."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.root_redirect, name="root_redirect"),
    path("language/<str:code>/", views.choose_language, name="choose_language"),
]
