"""Which pages readers may see, with the view restrictions read once per request.

Wagtail's ``PageQuerySet.public()`` reads every view restriction in a query of
its own each time it is called: four or five times on every page (the
language switcher, the menu, the media desk's links, the listings).
:func:`public` leaves out the same pages, those at or below a page with a
view restriction, reading the restrictions once for the whole request, and
then again only after a change to the content (see ``pressroom.rendercache``).
A restriction added while a request renders counts from the next request on.
"""

from pressroom.rendercache.reuse import reused


def public(pages, request):
    """``pages.public()``, reading the view restrictions once per ``request``."""
    if request is None:
        return pages.public()
    private = getattr(request, "_private_pages_q", None)
    if private is None:
        private = request._private_pages_q = reused("private pages", pages.private_q)
    return pages.exclude(private)


class ViewRestrictionsReused:
    """Page mixin: the restrictions on a served page read once per content version.

    Wagtail checks them (``get_view_restrictions()``, two queries) before
    serving every page. Under a request the queryset comes back already
    evaluated, from what an earlier request read under the same content
    version; it still filters, orders and counts as a queryset.
    """

    def get_view_restrictions(self):
        from wagtail.models import PageViewRestriction

        if self.pk is None:  # a new page's preview
            return super().get_view_restrictions()
        found = reused(
            ("view restrictions", self.pk),
            lambda: list(super(ViewRestrictionsReused, self).get_view_restrictions()),
        )
        restrictions = PageViewRestriction.objects.filter(pk__in=[r.pk for r in found])
        restrictions._result_cache = list(found)
        restrictions._prefetch_done = True
        return restrictions
