"""Subscription pages, included under each language prefix (pressroom/urls.py)."""

from django.urls import path

from . import views

app_name = "subscriptions"
urlpatterns = [
    path("subscriptions/", views.subscribe, name="subscribe"),
    path("subscriptions/check-your-inbox/", views.check_inbox, name="check_inbox"),
    path("subscriptions/confirm/<slug:token>/", views.confirm, name="confirm"),
    path(
        "subscriptions/unsubscribe/<slug:token>/",
        views.unsubscribe,
        name="unsubscribe",
    ),
]
