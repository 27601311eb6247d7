"""The icons' addresses, outside the language prefixes (pressroom/urls.py)."""

from django.urls import path

from . import views

urlpatterns = [
    path("favicon.ico", views.favicon, name="favicon"),
    path("apple-touch-icon.png", views.apple_touch_icon, name="apple_touch_icon"),
    path("icon-192.png", views.app_icon, {"size": 192}, name="icon_192"),
    path("icon-512.png", views.app_icon, {"size": 512}, name="icon_512"),
    path("manifest.webmanifest", views.manifest, name="web_manifest"),
]
