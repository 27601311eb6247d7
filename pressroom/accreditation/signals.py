"""Send the personal links when a press release is approved under an embargo.

Wagtail sends ``page_published`` when it schedules an approved revision for
later, as when it publishes one; the news app numbers the release first
(its receiver is connected earlier), so the e-mail carries the number.
"""

from wagtail.signals import page_published

from . import services


def page_was_published(sender, instance, **kwargs):
    services.embargo_announce(page=instance)


def connect():
    """Connect the handler (called once, from the app's ready())."""
    page_published.connect(
        page_was_published, dispatch_uid="pressroom.accreditation.embargo"
    )
