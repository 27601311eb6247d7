"""Spokespeople's vCards, included under each language prefix (pressroom/urls.py)."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "spokespeople/<int:pk>.vcf",
        views.spokesperson_vcard,
        name="spokesperson_vcard",
    ),
]
