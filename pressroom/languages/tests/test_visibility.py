"""Pages under a view restriction stay out of every listing, read once per request."""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest

from pressroom.languages.visibility import public

pytestmark = pytest.mark.django_db


@pytest.fixture
def restricted_section():
    section = Page.objects.live().filter(depth=3, numchild__gt=0).first()
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    return section


def test_public_leaves_out_what_wagtail_leaves_out(restricted_section):
    request = RequestFactory().get("/en/")
    shown = set(public(Page.objects.live(), request))

    assert shown == set(Page.objects.live().public())
    assert restricted_section not in shown
    assert not shown & set(restricted_section.get_descendants())


def test_the_restrictions_are_read_once_per_request(restricted_section):
    request = RequestFactory().get("/en/")
    list(public(Page.objects.live(), request))

    with CaptureQueriesContext(connection) as captured:
        list(public(Page.objects.live().in_menu(), request))
        list(public(Page.objects.live().filter(depth=2), request))

    assert len(captured.captured_queries) == 2  # the two listings only
