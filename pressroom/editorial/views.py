"""Admin view: every article's English and Serbian versions and their state."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from pressroom.news.models import ArticleKind, ArticlePage

from .forms import SHOW_MISSING, SHOW_OUTDATED, TranslationFilterForm
from .translation_status import PageVersion, Status, article_translations

ARTICLES_PER_PAGE = 50
STATUS_LABELS = {
    Status.SOURCE: gettext_lazy("Original"),
    Status.UP_TO_DATE: gettext_lazy("Up to date"),
    Status.OUTDATED: gettext_lazy("Older than the source"),
    Status.UNPUBLISHED: gettext_lazy("Not published"),
    Status.MISSING: gettext_lazy("Missing"),
}


def page_versions():
    """Every article version, newest first, read in one query."""
    rows = (
        ArticlePage.objects.order_by("-date", "pk")
        .values_list(
            "pk",
            "translation_key",
            "locale__language_code",
            "draft_title",
            "kind",
            "live",
            "last_published_at",
        )
        .iterator()
    )
    for pk, key, language, title, kind, live, published in rows:
        yield PageVersion(pk, str(key), language, title, kind, live, published)


def table_row(article):
    """What the template shows for one article."""
    kinds = dict(ArticleKind.choices)
    return {
        "title": article.source.title,
        "kind": kinds.get(article.kind, article.kind),
        "source_id": article.source.page_id,
        "cells": [
            {
                "language": cell.language,
                "status": cell.status.value,
                "status_label": STATUS_LABELS[cell.status],
                "page_id": cell.version.page_id if cell.version else None,
                "title": cell.version.title if cell.version else "",
            }
            for cell in article.cells
        ],
    }


def may_see_translation_overview(user):
    """Those who may add, edit or publish pages: the overview shows draft titles."""
    return PagePermissionPolicy().user_has_any_permission(
        user, {"add", "change", "publish"}
    )


@require_GET
def translation_overview(request):
    """List articles with their versions per content language, filtered.

    A filter that does not validate is ignored (the form shows why), so a
    bad query string never loses the list.
    """
    if not may_see_translation_overview(request.user):
        raise PermissionDenied
    locales = list(Locale.objects.order_by("language_code"))
    languages = [locale.language_code for locale in locales]
    form = TranslationFilterForm(request.GET)
    form.is_valid()
    filters = form.cleaned_data  # only the fields that validated
    articles = article_translations(page_versions(), languages)
    if filters.get("kind"):
        articles = [article for article in articles if article.kind == filters["kind"]]
    if filters.get("show") == SHOW_MISSING:
        articles = [article for article in articles if article.is_missing]
    elif filters.get("show") == SHOW_OUTDATED:
        articles = [article for article in articles if article.is_outdated]
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "editorial/translation_overview.html",
        {
            "header_title": _("Translations"),
            "form": form,
            "languages": [locale.get_display_name() for locale in locales],
            "articles": page,
            "rows": [table_row(article) for article in page],
            "filter_query": query.urlencode(),
        },
    )
