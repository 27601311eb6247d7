"""Announce a press release when it is first published (Wagtail's page_published).

The content apps know nothing of subscriptions: this app listens.
"""

from wagtail.signals import page_published

from . import services


def page_was_published(sender, instance, **kwargs):
    services.press_release_announce(page=instance)


def connect():
    """Connect the handler (called once, from the app's ready())."""
    page_published.connect(
        page_was_published, dispatch_uid="pressroom.subscriptions.published"
    )
