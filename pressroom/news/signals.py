"""The newsroom's signals: what it sends, and what it does on Wagtail's.

Number a press release when it is approved (Wagtail's page_published).
Wagtail sends ``page_published`` when a revision is published and also when
an approved revision is scheduled for later (an embargo), so both are numbered.

The content apps know nothing of search: when the importer writes articles
in bulk, without Wagtail's per-page publish (and so without its
``page_published``), it sends :data:`articles_imported` once per batch, in
the batch's transaction, and the search app indexes the pages.
"""

from django.dispatch import Signal

from wagtail.signals import page_published

# Sent with ``pages``: the ArticlePage objects just created, live and saved.
articles_imported = Signal()


def page_was_published(sender, instance, **kwargs):
    from .numbering import number_approved_release

    number_approved_release(page=instance)


def connect():
    """Connect the handler (called once, from the app's ready())."""
    page_published.connect(page_was_published, dispatch_uid="pressroom.news.numbering")
