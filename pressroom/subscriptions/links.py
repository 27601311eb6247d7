"""Absolute links in e-mail: the site's public address plus a path."""

from django.urls import reverse
from django.utils import translation

from pressroom.sitesetup.address import site_address


def subscription_url(name, subscriber):
    """The confirm or unsubscribe page for ``subscriber``, in their language."""
    with translation.override(subscriber.reading_language):
        return site_address(reverse(f"subscriptions:{name}", args=[subscriber.token]))


def page_url(page, reading_language):
    """The page's address as a reader of ``reading_language`` finds it."""
    with translation.override(reading_language):
        return site_address(page.get_url())
