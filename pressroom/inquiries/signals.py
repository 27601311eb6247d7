"""Receivers: a published article made from an answer is e-mailed to those who asked."""

from wagtail.signals import page_published

from . import services


def announce_published_answer(sender, instance, **kwargs):
    services.inquiries_announce_published(page=instance)


def connect():
    page_published.connect(
        announce_published_answer, dispatch_uid="inquiries-published-answer"
    )
