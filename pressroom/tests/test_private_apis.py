"""The private APIs docs/architecture.md lists still behave as Pressroom uses them.

Each test fails when an upgrade of Django, Wagtail, treebeard or Django REST
framework changes the private name the project relies on.
"""

import inspect

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.images import models as image_models
from wagtail.models import Page, Site

import pytest
from rest_framework.request import Request

from pressroom.rendercache.compiled_query import CompiledQuery


@pytest.mark.django_db
def test_treebeard_reads_a_parent_from_cached_parent_obj():
    page = Page.objects.filter(depth=3).first()
    parent = Page.objects.get(pk=page.get_parent().pk)
    page = Page.objects.get(pk=page.pk)
    page._cached_parent_obj = parent
    with CaptureQueriesContext(connection) as captured:
        assert page.get_parent() is parent
    assert len(captured.captured_queries) == 0


def test_wagtail_skips_writing_back_renditions_marked_from_cache():
    assert 'getattr(rendition, "_from_cache", False)' in inspect.getsource(image_models)


def test_rest_framework_keeps_the_http_request_as_request():
    http_request = RequestFactory().get("/api/v2/pages/")
    assert Request(http_request)._request is http_request


@pytest.mark.django_db
def test_the_compiled_query_builds_what_the_orm_builds():
    query = CompiledQuery(
        lambda slug: Page.objects.filter(slug=slug).order_by("pk"), slug="\ue000"
    )
    for page in Page.objects.filter(depth__gt=1)[:3]:
        found = query.objects(slug=page.slug)
        assert [p.pk for p in found] == list(
            Page.objects.filter(slug=page.slug)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        assert (
            found[0].title
            == Page.objects.filter(slug=page.slug).order_by("pk")[0].title
        )


def test_wagtail_takes_the_request_site_from_wagtail_site():
    request = RequestFactory().get("/")
    site = Site(hostname="kept.example")  # never saved: no query may find it
    request._wagtail_site = site
    assert Site.find_for_request(request) is site


def test_django_marks_a_loaded_model_saved_through_state():
    """news.importing marks bulk-created pages as loaded ones are marked:
    ``_state.adding`` False and ``_state.db`` the database alias."""
    assert Page()._state.adding is True
    loaded = Page.from_db("default", ["id"], [1])
    assert loaded._state.adding is False
    assert loaded._state.db == "default"
