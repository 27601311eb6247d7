"""What happens to an accreditation, and how embargoed releases reach journalists.

Views, signals, the admin and the scheduler call these functions; the rules
live here. E-mail is written with the outbox's ``send_email`` inside the
transaction that records why it is sent.

The embargo is Wagtail's scheduled publication: a press release approved
with a go-live time ahead stays unpublished until the scheduler publishes
it, so the one visibility rule keeps it off every public surface. Its
personal links ask that same rule (``is_visible``) on every opening: they
show the approved copy until the page is visible and send the journalist
to the public page from then on, so the link and the site follow one clock.
"""

import ipaddress
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Page

from pressroom.languages.reading import READING_LANGUAGES, reading_language
from pressroom.news.models import ArticleKind, ArticlePage
from pressroom.outbox.sending import send_email
from pressroom.sitesetup.address import site_address
from pressroom.visibility.rules import is_visible, would_be_visible_when_live

from .models import Accreditation, EmbargoLink, LinkOpening


@transaction.atomic
def accreditation_apply(
    *,
    name: str,
    outlet: str,
    role: str,
    email: str,
    reading_language: str,
    press_card,
    press_card_type: str,
) -> Accreditation:
    """Store an application for the desk to decide on."""
    accreditation = Accreditation(
        name=name,
        outlet=outlet,
        role=role,
        email=email.strip().lower(),
        reading_language=reading_language,
        press_card=press_card,
        press_card_type=press_card_type,
    )
    accreditation.full_clean()
    accreditation.save()
    return accreditation


@transaction.atomic
def accreditation_approve(*, accreditation: Accreditation, user, now=None):
    """Accredit the journalist for ACCREDITATION_VALID_DAYS and tell them.

    Press releases under an embargo at this moment are sent to them too.
    """
    now = now or timezone.now()
    if accreditation.status != Accreditation.Status.PENDING:
        raise ValidationError("Only a pending application can be approved.")
    accreditation.status = Accreditation.Status.APPROVED
    accreditation.decided_at = now
    accreditation.decided_by = user
    accreditation.valid_until = timezone.localdate(now) + timedelta(
        days=settings.ACCREDITATION_VALID_DAYS
    )
    accreditation.save()
    send_email(
        to=accreditation.email,
        template="accreditation/email/approved",
        context={"accreditation": accreditation},
        reading_language=accreditation.reading_language,
    )
    locale = reading_language(accreditation.reading_language).content_locale
    for page in embargoed_releases(now=now):
        if page.locale.language_code == locale:
            embargo_send_link(page=page, accreditation=accreditation)


@transaction.atomic
def accreditation_decline(*, accreditation: Accreditation, user, now=None):
    """Decline the application (nothing is e-mailed: the desk writes if it wants)."""
    if accreditation.status != Accreditation.Status.PENDING:
        raise ValidationError("Only a pending application can be declined.")
    accreditation.status = Accreditation.Status.DECLINED
    accreditation.decided_at = now or timezone.now()
    accreditation.decided_by = user
    accreditation.save()


def erasable(*, now=None):
    """Applications whose personal data is past the retention period.

    Declined ones count from the decision, expired ones from their last
    valid day, undecided ones from the application.
    """
    now = now or timezone.now()
    days = timedelta(days=settings.ACCREDITATION_RETENTION_DAYS)
    status = Accreditation.Status
    return Accreditation.objects.filter(
        Q(status=status.DECLINED, decided_at__lte=now - days)
        | Q(
            status=status.APPROVED,
            valid_until__lt=timezone.localdate(now) - days,
        )
        | Q(status=status.PENDING, applied_at__lte=now - days)
    )


def accreditation_erase(*, accreditation: Accreditation):
    """Delete the application, its press card, links and their openings."""
    with transaction.atomic():
        card = accreditation.press_card
        accreditation.delete()
        # The file goes once the rows are gone for good.
        if card:
            transaction.on_commit(lambda: card.storage.delete(card.name))


def erase_old_accreditations(*, now=None):
    """Erase every application past the retention period; return how many."""
    count = 0
    for accreditation in erasable(now=now).iterator():
        accreditation_erase(accreditation=accreditation)
        count += 1
    return count


# Embargoed press releases


def _embargo_revision(page):
    """The approved revision waiting for its go-live time, or None."""
    return (
        page.revisions.filter(approved_go_live_at__isnull=False)
        .order_by("-created_at", "-pk")
        .first()
    )


def embargoed_releases(*, now=None):
    """Press releases approved for publication later that readers may then see."""
    now = now or timezone.now()
    pages = ArticlePage.objects.filter(
        kind=ArticleKind.PRESS_RELEASE, live=False, go_live_at__gt=now
    )
    return [
        page
        for page in pages
        if _embargo_revision(page) is not None and would_be_visible_when_live(page)
    ]


def _journalists_of(page):
    """Valid accreditations of journalists who read the page's language."""
    locale = page.locale.language_code
    languages = [
        language.code
        for language in READING_LANGUAGES
        if language.content_locale == locale
    ]
    return Accreditation.objects.valid().filter(reading_language__in=languages)


def link_url(link):
    """The personal link in the journalist's reading language."""
    with translation.override(link.accreditation.reading_language):
        return site_address(reverse("embargoed_release", args=[link.token]))


def embargo_send_link(*, page, accreditation):
    """Send ``accreditation``'s journalist a personal link to ``page``, once."""
    try:
        with transaction.atomic():
            link = EmbargoLink.objects.create(accreditation=accreditation, page=page)
            revision = _embargo_revision(page)
            link.email = send_email(
                to=accreditation.email,
                template="accreditation/email/embargoed_release",
                context={
                    "article": revision.as_object() if revision else page,
                    "number": page.release_number,
                    "embargo_until": page.go_live_at,
                    "link_url": link_url(link),
                },
                reading_language=accreditation.reading_language,
            )
            link.save(update_fields=["email"])
    except IntegrityError:
        return None  # sent already
    return link


def embargo_announce(*, page):
    """On approval of a press release for later publication: the personal links.

    Wagtail sends ``page_published`` also when it schedules a revision; the
    page is then not live and its go-live time lies ahead.
    """
    if not isinstance(page, ArticlePage) or page.kind != ArticleKind.PRESS_RELEASE:
        return
    if page.live or page.go_live_at is None or page.go_live_at <= timezone.now():
        return
    if not would_be_visible_when_live(page):
        return  # restricted: readers are not meant to see it, nor journalists
    for accreditation in _journalists_of(page):
        embargo_send_link(page=page, accreditation=accreditation)


class Embargoed:
    """What a personal link shows before the embargo lifts."""

    def __init__(self, page, revision):
        self.page = page
        self.revision = revision
        self.until = revision.approved_go_live_at


def _address(request):
    value = request.META.get("REMOTE_ADDR", "")
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def embargo_link_open(*, token: str, request):
    """Record an opening of the link ``token``; return what it leads to.

    A Page when readers may see the release (the link sends them there),
    an :class:`Embargoed` while the approved copy waits for its time, or
    None when the link does not work (unknown, revoked, accreditation no
    longer valid, embargo withdrawn).
    """
    link = (
        EmbargoLink.objects.select_related("accreditation")
        .filter(token=token, revoked_at__isnull=True)
        .first()
    )
    if link is None or not link.accreditation.is_valid:
        return None
    page = Page.objects.filter(pk=link.page_id).first()
    if page is None:
        return None
    page = page.specific
    visible = is_visible(page)
    result = None
    if visible:
        result = page
    else:
        revision = _embargo_revision(page)
        if revision is not None and would_be_visible_when_live(page):
            result = Embargoed(page, revision)
    if result is not None:
        LinkOpening.objects.create(
            link=link,
            ip_address=_address(request),
            user_agent=request.META.get("HTTP_USER_AGENT", "")[:500],
            after_embargo=visible,
        )
    return result


@transaction.atomic
def embargo_link_revoke(*, link: EmbargoLink, user, now=None):
    """Stop ``link`` from working (a forwarded link, say)."""
    if link.revoked_at is None:
        link.revoked_at = now or timezone.now()
        link.revoked_by = user
        link.save(update_fields=["revoked_at", "revoked_by"])
