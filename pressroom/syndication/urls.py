"""Feeds under each language prefix; sitemap, robots.txt and the API at the root.

``language_urlpatterns`` are included in ``i18n_patterns`` before Wagtail's
page serving (which claims every path below the prefix); ``urlpatterns`` sit
outside the prefixes.
"""

from django.urls import path, re_path

from . import views
from .api import api_not_found, api_router, openapi_document
from .conditional import validated_by_content_version
from .feeds import NewsroomAtomFeed, NewsroomRssFeed

rss = validated_by_content_version(NewsroomRssFeed(), page_cached=True)
atom = validated_by_content_version(NewsroomAtomFeed(), page_cached=True)

urlpatterns = [
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("api/openapi.json", openapi_document, name="openapi"),
    path("api/v2/", api_router.urls),
    # Last: any other address under /api/ is a JSON 404 (/api/search is
    # routed before these patterns).
    re_path(r"^api/", api_not_found, name="api_not_found"),
]

language_urlpatterns = [
    path("feeds/rss.xml", rss, name="newsroom_rss"),
    path("feeds/atom.xml", atom, name="newsroom_atom"),
    path("feeds/<slug:kind>/rss.xml", rss, name="newsroom_kind_rss"),
    path("feeds/<slug:kind>/atom.xml", atom, name="newsroom_kind_atom"),
]
