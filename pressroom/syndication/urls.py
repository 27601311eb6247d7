"""Feeds under each language prefix; sitemap, robots.txt and the API at the root.

``language_urlpatterns`` are included in ``i18n_patterns`` before Wagtail's
page serving (which claims every path below the prefix); ``urlpatterns`` sit
outside the prefixes.
"""

from django.urls import path

from . import views
from .api import api_router, openapi_document
from .feeds import NewsroomAtomFeed, NewsroomRssFeed

urlpatterns = [
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("api/openapi.json", openapi_document, name="openapi"),
    path("api/v2/", api_router.urls),
]

language_urlpatterns = [
    path("feeds/rss.xml", NewsroomRssFeed(), name="newsroom_rss"),
    path("feeds/atom.xml", NewsroomAtomFeed(), name="newsroom_atom"),
    path("feeds/<slug:kind>/rss.xml", NewsroomRssFeed(), name="newsroom_kind_rss"),
    path("feeds/<slug:kind>/atom.xml", NewsroomAtomFeed(), name="newsroom_kind_atom"),
]
