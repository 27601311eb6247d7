"""What happens to a subscription, and how a press release reaches subscribers.

Views, signals and tasks call these functions; the rules live here. Every
e-mail is written with the outbox's ``send_email`` inside the transaction
that records why it is sent, so a message exists if and only if its record
does.
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from pressroom.languages.reading import READING_LANGUAGES, reading_language
from pressroom.news.models import ArticleKind, ArticlePage
from pressroom.outbox.sending import send_email
from pressroom.visibility.rules import is_visible, visible_pages

from .links import page_url, subscription_url
from .models import Announcement, Delivery, Subscriber

# A confirmation link works for this long; an unconfirmed address can ask
# for a new one after RESEND_AFTER (so the form cannot flood an inbox).
CONFIRMATION_VALID_FOR = timedelta(days=7)
RESEND_AFTER = timedelta(minutes=10)


def _send_confirmation(subscriber, now):
    send_email(
        to=subscriber.email,
        template="subscriptions/email/confirm_subscription",
        context={
            "confirm_url": subscription_url("confirm", subscriber),
            "valid_days": CONFIRMATION_VALID_FOR.days,
        },
        reading_language=subscriber.reading_language,
    )
    subscriber.confirmation_sent_at = now
    subscriber.save(update_fields=["confirmation_sent_at", "reading_language"])


@transaction.atomic
def subscription_request(*, email, reading_language, now=None):
    """Ask for press releases at ``email``; send a confirmation when due.

    A new address gets a confirmation e-mail. An unconfirmed one gets a new
    one (in the language now chosen) if the last was sent RESEND_AFTER ago.
    A confirmed address is left as it is: whoever fills in the form learns
    nothing about whether an address is subscribed.
    """
    now = now or timezone.now()
    email = email.strip().lower()
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is None:
        subscriber = Subscriber(email=email, reading_language=reading_language)
        subscriber.full_clean(validate_unique=False)
        try:
            with transaction.atomic():
                subscriber.save()
        except IntegrityError:
            return  # the same address, subscribed a moment ago by another request
        _send_confirmation(subscriber, now)
    elif subscriber.confirmed_at is None and (
        subscriber.confirmation_sent_at is None
        or now - subscriber.confirmation_sent_at >= RESEND_AFTER
    ):
        subscriber.reading_language = reading_language
        subscriber.full_clean()
        _send_confirmation(subscriber, now)


def subscriber_awaiting_confirmation(token, now=None):
    """The subscriber whose confirmation link this is, or None if not valid."""
    now = now or timezone.now()
    subscriber = Subscriber.objects.filter(token=token).first()
    if subscriber is None or subscriber.confirmed_at is not None:
        return subscriber
    sent = subscriber.confirmation_sent_at or subscriber.created_at
    return subscriber if now - sent <= CONFIRMATION_VALID_FOR else None


@transaction.atomic
def subscription_confirm(*, token, now=None):
    """Confirm the subscription of ``token``; return the subscriber or None."""
    now = now or timezone.now()
    subscriber = subscriber_awaiting_confirmation(token, now)
    if subscriber is not None and subscriber.confirmed_at is None:
        subscriber.confirmed_at = now
        subscriber.save(update_fields=["confirmed_at"])
    return subscriber


@transaction.atomic
def subscription_cancel(*, token):
    """Delete the subscription of ``token``; True if there was one."""
    deleted, _ = Subscriber.objects.filter(token=token).delete()
    return bool(deleted)


def purge_unconfirmed(*, now=None):
    """Delete subscriptions never confirmed while their link was valid."""
    now = now or timezone.now()
    deleted, _ = Subscriber.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - CONFIRMATION_VALID_FOR
    ).delete()
    return deleted


def _is_first_publication(page):
    # Wagtail sets both from the same moment on a page's first publication;
    # a later publication (an edit, or publishing again after unpublishing)
    # only moves last_published_at.
    return page.live and page.first_published_at == page.last_published_at


def press_release_announce(*, page):
    """On publication: queue the announcement of a new press release, once.

    Only the first publication of a press release counts; each language
    version is announced to the subscribers who read that language.
    """
    from .tasks import announce_press_release

    if not isinstance(page, ArticlePage) or page.kind != ArticleKind.PRESS_RELEASE:
        return
    if not _is_first_publication(page) or not is_visible(page):
        # A release restricted when first published is never announced:
        # readers were not meant to see it.
        return
    with transaction.atomic():
        _, created = Announcement.objects.get_or_create(page_id=page.pk)
        # No task when nobody reads this language (the demo's releases, say):
        # the worker would find no one to write to.
        if created and _subscribers_of(page).exists():
            announce_press_release.enqueue(page.pk)


def _subscribers_of(page):
    """Confirmed subscribers who read the language ``page`` is written in."""
    locale = page.locale.language_code
    languages = [
        language.code
        for language in READING_LANGUAGES
        if language.content_locale == locale
    ]
    return Subscriber.objects.filter(
        confirmed_at__isnull=False, reading_language__in=languages
    )


def press_release_deliver(*, page_id):
    """Write the press release to each confirmed subscriber of its language.

    One transaction per subscriber records the Delivery and the e-mail
    together; the unique Delivery per article and subscriber means a run
    that is repeated (a retry, a second worker) sends nothing twice.
    Returns how many messages were written.
    """
    page = visible_pages(ArticlePage.objects.filter(pk=page_id)).first()
    if page is None:  # unpublished, restricted or deleted before the worker ran
        return 0
    already = Delivery.objects.filter(article_key=page.translation_key).values(
        "subscriber_id"
    )
    subscribers = _subscribers_of(page).exclude(pk__in=already).order_by("pk")
    written = 0
    for subscriber in subscribers.iterator():
        try:
            with transaction.atomic():
                delivery = Delivery.objects.create(
                    article_key=page.translation_key, subscriber=subscriber, page=page
                )
                delivery.email = _send_press_release(page, subscriber)
                delivery.save(update_fields=["email"])
        except IntegrityError:
            continue  # another run delivered it first
        written += 1
    return written


def _send_press_release(page, subscriber):
    unsubscribe_url = subscription_url("unsubscribe", subscriber)
    return send_email(
        to=subscriber.email,
        template="subscriptions/email/press_release",
        context={
            "article": page,
            "article_url": page_url(page, subscriber.reading_language),
            "unsubscribe_url": unsubscribe_url,
            "html_lang": reading_language(subscriber.reading_language).html_lang,
        },
        reading_language=subscriber.reading_language,
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
