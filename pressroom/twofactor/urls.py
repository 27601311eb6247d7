from django.urls import path

from . import views

app_name = "twofactor"
urlpatterns = [
    path("setup/", views.setup, name="setup"),
    path("setup/email/", views.request_link, name="request_link"),
    path("enrol/<str:token>/", views.enrol, name="enrol"),
    path("verify/", views.verify, name="verify"),
    path("replace/", views.replace, name="replace"),
]
