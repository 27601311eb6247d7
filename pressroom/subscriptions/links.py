"""Absolute links in e-mail: the site's public address plus a path."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def absolute(path):
    """``path`` on the public site (WAGTAILADMIN_BASE_URL), unless already absolute."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def subscription_url(name, subscriber):
    """The confirm or unsubscribe page for ``subscriber``, in their language."""
    with translation.override(subscriber.reading_language):
        return absolute(reverse(f"subscriptions:{name}", args=[subscriber.token]))


def page_url(page, reading_language):
    """The page's address as a reader of ``reading_language`` finds it."""
    with translation.override(reading_language):
        return absolute(page.get_url())
