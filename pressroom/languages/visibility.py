"""Which pages readers may see, with the view restrictions read once per request.

Wagtail's ``PageQuerySet.public()`` reads every view restriction in a query of
its own each time it is called: four or five times on every page (the
language switcher, the menu, the media desk's links, the listings).
:func:`public` leaves out the same pages, those at or below a page with a
view restriction, reading the restrictions once for the whole request, and
then again only after a change to the content (see ``pressroom.rendercache``).
A restriction added while a request renders counts from the next request on.
"""

from django.db.models import F

from pressroom.rendercache.reuse import reused

HOME_DEPTH = 2  # the home page of each language sits right below the tree's root


def public(pages, request):
    """``pages.public()``, reading the view restrictions once per ``request``."""
    if request is None:
        return pages.public()
    private = getattr(request, "_private_pages_q", None)
    if private is None:
        private = request._private_pages_q = reused("private pages", pages.private_q)
    return pages.exclude(private)


def all_view_restrictions():
    """Every view restriction with its page's path, read once per content version."""
    from wagtail.models import PageViewRestriction

    return reused(
        "all view restrictions",
        lambda: list(
            PageViewRestriction.objects.annotate(page_path=F("page__path")).order_by(
                "pk"
            )
        ),
    )


def served_path_without_aliases(page):
    """True when ``page`` and its ancestors are known from Wagtail's routing
    (each holding its parent) and none is an alias.

    Such a page's view restrictions are those of the pages whose path starts
    its own; an alias would take its original's instead.
    """
    while page.depth > HOME_DEPTH:
        if page.alias_of_id is not None:
            return False
        page = page.__dict__.get("_cached_parent_obj")
        if page is None:
            return False
    # The home page; the root above it is never an alias.
    return page.alias_of_id is None


class ViewRestrictionsReused:
    """Page mixin: the restrictions on a served page without new queries.

    Wagtail checks them (``get_view_restrictions()``, two queries) before
    serving every page. A page reached by Wagtail's routing, with no alias
    on its path, takes them from every view restriction read once per
    content version (``all_view_restrictions``); another page's are read
    once per content version for that page. Under a request the queryset
    comes back already evaluated; it still filters, orders and counts as a
    queryset.
    """

    def get_view_restrictions(self):
        from wagtail.models import PageViewRestriction

        if self.pk is None:  # a new page's preview
            return super().get_view_restrictions()
        if served_path_without_aliases(self):
            found = [
                restriction
                for restriction in all_view_restrictions()
                if self.path.startswith(restriction.page_path)
            ]
        else:
            found = reused(
                ("view restrictions", self.pk),
                lambda: list(
                    super(ViewRestrictionsReused, self).get_view_restrictions()
                ),
            )
        if found:
            restrictions = PageViewRestriction.objects.filter(
                pk__in=[r.pk for r in found]
            )
        else:
            restrictions = PageViewRestriction.objects.none()
        # Already read: iterating them compiles no SQL.
        restrictions._result_cache = list(found)
        restrictions._prefetch_done = True
        return restrictions
