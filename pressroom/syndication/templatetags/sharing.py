"""The <head> tags other sites read: canonical link, Open Graph, Twitter, JSON-LD."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Page

from pressroom.news.models import ArticlePage

from ..publication import (
    X_DEFAULT_ORDER,
    author_name,
    content_language,
    office_name,
    published_at,
    shared_image,
    updated_at,
)

register = template.Library()

# The escapes of Django's json_script: "<", ">" and "&" never appear raw, so
# no title can close the <script> element or open a comment inside it.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    """A ``<script type="application/ld+json">`` element holding ``data`` safely."""
    text = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text),  # noqa: S308
    )


def canonical_url(request, page):
    """The address of this page in this reading language, without a query."""
    if isinstance(page, Page):
        url = page.get_url(request)
        if url:
            return request.build_absolute_uri(url)
    return request.build_absolute_uri(request.path)


def page_description(page):
    """What a shared link says under its title: the SEO text, lead or intro."""
    for field in ("search_description", "lead", "intro"):
        value = getattr(page, field, "")
        if value:
            return value
    return ""


def news_article(page, request, *, url, image, office, home):
    """schema.org NewsArticle for an article page."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.seo_title or page.title,
        "description": page_description(page),
        "datePublished": published_at(page).isoformat(),
        "dateModified": updated_at(page).isoformat(),
        "inLanguage": content_language(page),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "articleSection": page.get_kind_display(),
        # A byline names an office unit or an interviewer and outlet; it is
        # shown as written, so the author is described as an organization.
        "author": {"@type": "Organization", "name": author_name(page, request)},
        "publisher": {"@type": "Organization", "name": office},
    }
    if page.shown_release_number:
        data["identifier"] = page.shown_release_number
    if home is not None:
        data["publisher"]["url"] = request.build_absolute_uri(home.get_url(request))
    topics = [topic.name for topic in page.topic_list]
    if topics:
        data["keywords"] = topics
    if image is not None:
        data["image"] = {
            "@type": "ImageObject",
            "url": image.url,
            "width": image.width,
            "height": image.height,
            "caption": image.caption or image.alt,
        }
    return data


@register.simple_tag
def x_default_alternate(alternates):
    """Of the page's language alternates, the one for hreflang x-default.

    The same choice as in the sitemap: English, else the Cyrillic original.
    """
    existing = {alternate.language.code: alternate for alternate in alternates}
    for code in X_DEFAULT_ORDER:
        alternate = existing.get(code)
        if alternate is not None and alternate.exists:
            return alternate
    return None


@register.inclusion_tag("syndication/sharing_metadata.html", takes_context=True)
def sharing_metadata(context, home=None):
    """Render the canonical link and sharing tags of the page being shown.

    ``home`` is the home page in the reading language (the publisher's page).
    """
    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page")
    url = canonical_url(request, page)
    office = office_name(request)
    result = {"canonical": url, "site_name": office}
    if not isinstance(page, Page):
        return result
    image = shared_image(getattr(page, "image", None), request)
    result.update(
        title=page.seo_title or page.title,
        description=page_description(page),
        image=image,
        article=isinstance(page, ArticlePage),
    )
    if isinstance(page, ArticlePage):
        result.update(
            published=published_at(page).isoformat(),
            modified=updated_at(page).isoformat(),
            json_ld=json_ld_script(
                news_article(
                    page, request, url=url, image=image, office=office, home=home
                )
            ),
        )
    return result
