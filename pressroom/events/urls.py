"""The media calendar's feed, under each language prefix (pressroom/urls.py)."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "feeds/media-calendar.ics", views.media_calendar_ics, name="media_calendar_ics"
    ),
]
