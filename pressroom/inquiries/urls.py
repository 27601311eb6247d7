"""Public inquiry URLs, under each reading language's prefix."""

from django.urls import path

from . import views

urlpatterns = [
    path("media-desk-figures/", views.figures_page, name="inquiry_figures"),
    path("inquiry-status/<str:token>/", views.status_page, name="inquiry_status"),
    path(
        "inquiry-status/<str:token>/confirm-email/",
        views.confirm_email,
        name="inquiry_confirm_email",
    ),
]
