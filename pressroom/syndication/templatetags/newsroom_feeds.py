"""Links to the newsroom feeds of the active reading language."""

from dataclasses import dataclass

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from pressroom.news.models import ArticleKind

from ..feeds import kind_plural, kind_slug

register = template.Library()


@dataclass(frozen=True)
class FeedLinks:
    """The RSS and Atom addresses of one feed, with what it covers."""

    label: str
    rss: str
    atom: str


@register.simple_tag
def newsroom_feeds(kinds=True):
    """The whole-newsroom feed first, then (with ``kinds``) one per kind."""
    feeds = [
        FeedLinks(_("All articles"), reverse("newsroom_rss"), reverse("newsroom_atom"))
    ]
    if kinds:
        feeds += [
            FeedLinks(
                kind_plural(kind),
                reverse("newsroom_kind_rss", kwargs={"kind": kind_slug(kind)}),
                reverse("newsroom_kind_atom", kwargs={"kind": kind_slug(kind)}),
            )
            for kind in ArticleKind
        ]
    return feeds
