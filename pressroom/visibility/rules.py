"""What an anonymous reader may see: the one rule every surface asks.

A page is visible when it is live, has not expired, and neither it nor any
page above it carries a view restriction (a login, a password or groups).
Listings, home blocks, the menu, related cards, language alternates, the
search index, feeds, the sitemap, the content API and subscriber e-mail all
ask :func:`visible_pages` or :func:`is_visible`; nothing else decides it.

The restriction test is part of the SQL (an ``EXISTS`` over the view
restrictions), so a restriction made in any process counts on the very next
query, with nothing read into Python and nothing kept between requests.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Left, Length
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction


def under_restriction():
    """True for a page at or below a page with a view restriction."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Left(OuterRef("path"), Length("page__path"))
        )
    )


def not_expired(now=None):
    """True for a page with no expiry, or one still ahead."""
    now = now or timezone.now()
    return Q(expire_at__isnull=True) | Q(expire_at__gt=now)


def visible_pages(pages=None, *, now=None):
    """The pages of ``pages`` (a page queryset; all pages by default) that an
    anonymous reader may see."""
    if pages is None:
        pages = Page.objects.all()
    return pages.filter(not_expired(now), live=True).exclude(under_restriction())


def is_visible(page, *, now=None):
    """True if an anonymous reader may see ``page`` (one query)."""
    if page is None or page.pk is None or not page.live:
        return False
    return visible_pages(Page.objects.filter(pk=page.pk), now=now).exists()


def would_be_visible_when_live(page):
    """True if ``page`` would be visible once published: no view restriction
    on it or above it (an embargoed press release, before its time)."""
    if page is None or page.pk is None:
        return False
    return not Page.objects.filter(pk=page.pk).filter(under_restriction()).exists()
