"""What an anonymous reader may see: the one rule every surface asks.

A page is visible when it is live, has not expired, and neither it nor any
page above it carries a view restriction (a login, a password or groups).
Listings, home blocks, the menu, related cards, language alternates, the
search index, feeds, the sitemap, the content API and subscriber e-mail all
ask :func:`visible_pages` or :func:`is_visible`; nothing else decides it.
An image is public while a visible page uses it (:func:`visible_images`):
the content API and the photo downloads ask that.

The restriction test is part of the SQL (an ``EXISTS`` over the view
restrictions), so a restriction made in any process counts on the very next
query, with nothing read into Python and nothing kept between requests.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Left, Length
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex


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


# The name under which a query reads ``under_restriction()`` with its pages
# (the serving path's routing query does): ``is_visible`` then asks nothing.
UNDER_RESTRICTION = "under_view_restriction"


def is_visible(page, *, now=None):
    """True if an anonymous reader may see ``page``: one query, or none when
    the page was read with its answer to ``under_restriction()`` under the
    name ``UNDER_RESTRICTION``."""
    if page is None or page.pk is None or not page.live:
        return False
    restricted = getattr(page, UNDER_RESTRICTION, None)
    if restricted is not None:
        now = now or timezone.now()
        return not restricted and (page.expire_at is None or page.expire_at > now)
    return visible_pages(Page.objects.filter(pk=page.pk), now=now).exists()


def would_be_visible_when_live(page):
    """True if ``page`` would be visible once published: no view restriction
    on it or above it (an embargoed press release, before its time)."""
    if page is None or page.pk is None:
        return False
    return not Page.objects.filter(pk=page.pk).filter(under_restriction()).exists()


def visible_images(images=None, *, now=None):
    """The images of ``images`` (an image queryset; all images by default)
    that a page an anonymous reader may see uses, as Wagtail's reference
    index records it (the listing image and the pictures in the body).

    A picture uploaded for an embargoed, restricted or draft story is not
    among them until the story is out.
    """
    image_model = get_image_model()
    if images is None:
        images = image_model.objects.all()
    # ReferenceIndex keeps object ids as text: compare them as text, in one
    # query, however many pages there are.
    public_pages = (
        visible_pages(now=now)
        .annotate(pk_text=Cast("pk", CharField()))
        .values("pk_text")
    )
    used = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=Subquery(public_pages),
        to_content_type=ContentType.objects.get_for_model(image_model),
    )
    image_ids = used.annotate(image_id=Cast("to_object_id", IntegerField())).values(
        "image_id"
    )
    return images.filter(pk__in=Subquery(image_ids))
