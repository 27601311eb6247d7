"""Number a press release when it is approved (Wagtail's page_published).

Wagtail sends ``page_published`` when a revision is published and also when
an approved revision is scheduled for later (an embargo), so both are numbered.
"""

from wagtail.signals import page_published


def page_was_published(sender, instance, **kwargs):
    from .numbering import number_approved_release

    number_approved_release(page=instance)


def connect():
    """Connect the handler (called once, from the app's ready())."""
    page_published.connect(page_was_published, dispatch_uid="pressroom.news.numbering")
