"""Which pages readers may see, with the view restrictions read once per request.

Wagtail's ``PageQuerySet.public()`` reads every view restriction in a query of
its own each time it is called: four or five times on every page (the
language switcher, the menu, the media desk's links, the listings).
:func:`public` leaves out the same pages, those at or below a page with a
view restriction, reading the restrictions once for the whole request. A
restriction added while a request renders counts from the next request on.
"""


def public(pages, request):
    """``pages.public()``, reading the view restrictions once per ``request``."""
    if request is None:
        return pages.public()
    private = getattr(request, "_private_pages_q", None)
    if private is None:
        private = request._private_pages_q = pages.private_q()
    return pages.exclude(private)
