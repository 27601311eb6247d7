"""sitemap.xml (every live public page in every reading language) and robots.txt."""

from collections import defaultdict

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from wagtail.models import Page

from pressroom.languages.reading import READING_LANGUAGES
from pressroom.sitesetup.address import site_address
from pressroom.visibility.rules import visible_pages

from .conditional import validated_by_content_version
from .publication import X_DEFAULT_ORDER


def sitemap_entries(request):
    """One entry per page and reading language, each with all its alternates.

    Pages are grouped by ``translation_key``: an English page and its Serbian
    translation are alternates of each other, and the Serbian page is listed
    twice, in Cyrillic (``sr-Cyrl``) and in Latin (``sr-Latn``). The x-default
    is the English version, or the Cyrillic one where there is no English.
    """
    groups = defaultdict(dict)
    pages = (
        visible_pages(Page.objects.filter(depth__gt=1))
        .select_related("locale")
        .order_by("path")
    )
    for page in pages:
        groups[page.translation_key][page.locale.language_code] = page
    entries = []
    for translations in groups.values():
        urls = []
        for language in READING_LANGUAGES:
            page = translations.get(language.content_locale)
            if page is None:
                continue
            with translation.override(language.code):
                url = page.get_url(request)
            if url is None:  # not routable from any site
                continue
            urls.append((language, site_address(url, request), page))
        if not urls:
            continue
        alternates = [(language.html_lang, url) for language, url, _page in urls]
        default = next(
            url
            for code in X_DEFAULT_ORDER
            for language, url, _page in urls
            if language.code == code
        )
        alternates.append(("x-default", default))
        for _language, url, page in urls:
            modified = page.last_published_at or page.first_published_at
            entries.append(
                {
                    "location": url,
                    "lastmod": timezone.localtime(modified).isoformat()
                    if modified
                    else None,
                    "alternates": alternates,
                }
            )
    return entries


@require_GET
@validated_by_content_version
def sitemap(request):
    """/sitemap.xml: the sitemaps.org format with xhtml:link hreflang alternates."""
    response = render(
        request,
        "syndication/sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )
    # It lists the pages of every reading language, whatever the reader's.
    response["Content-Language"] = ", ".join(
        language.html_lang for language in READING_LANGUAGES
    )
    return response


@require_GET
def robots_txt(request):
    """/robots.txt: crawl the public site, not the admin, search or the APIs."""
    disallowed = ["/admin/", "/api/", "/language/"]
    for language in READING_LANGUAGES:
        with translation.override(language.code):
            disallowed.append(reverse("search"))
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in disallowed]
    lines += [
        "Allow: /",
        "",
        f"Sitemap: {site_address(reverse('sitemap'), request)}",
    ]
    return HttpResponse(
        "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )
