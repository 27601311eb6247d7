"""The <head> tags other sites read: canonical link, Open Graph, Twitter, JSON-LD."""

import json

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from wagtail.models import Page

from pressroom.branding.logo import PUBLISHER_LOGO_PATH, PUBLISHER_LOGO_SIZE
from pressroom.contact.models import ContactPage
from pressroom.home.models import HomePage
from pressroom.inquiries.models import MediaInquiryPage
from pressroom.languages.reading import READING_LANGUAGES, reading_language
from pressroom.news.models import ArticlePage, NewsIndexPage
from pressroom.sitesetup.address import site_address

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
    """The address of this page in this reading language, without a query,
    on the site's address."""
    if isinstance(page, Page):
        url = page.get_url(request)
        if url:
            return site_address(url, request)
    return site_address(request.path, request)


def page_description(page, office=""):
    """What a page says about itself in search results and shared links: the
    SEO text, lead, intro or (a media event's) description, else a sentence
    about its kind of page."""
    for field in ("search_description", "lead", "intro", "description"):
        value = getattr(page, field, "")
        if value:
            return value
    if not isinstance(page, Page):
        return ""
    values = {"office": office, "title": page.seo_title or page.title}
    if isinstance(page, HomePage):
        text = gettext(
            "News, press releases, speeches and statements of %(office)s, "
            "and how journalists and the public can reach it."
        )
    elif isinstance(page, NewsIndexPage):
        text = gettext(
            "%(title)s: news, press releases, speeches and statements of "
            "%(office)s, newest first, by kind, year and topic."
        )
    elif isinstance(page, ContactPage):
        text = gettext(
            "How to reach %(office)s and its press office: addresses, phone "
            "numbers and e-mail."
        )
    elif isinstance(page, MediaInquiryPage):
        text = gettext(
            "Journalists can send their questions to the press office of "
            "%(office)s here and follow their inquiry."
        )
    else:
        text = gettext("%(title)s: a page of %(office)s.")
    return text % values


@register.simple_tag(takes_context=True)
def meta_description(context, home=None):
    """The description of the page being shown (see ``page_description``)."""
    office = home.title if home is not None else ""
    return page_description(context.get("page"), office)


def og_locales():
    """The Open Graph locale of the reading language and the others'."""
    current = reading_language(translation.get_language()).open_graph_locale
    others = dict.fromkeys(language.open_graph_locale for language in READING_LANGUAGES)
    others.pop(current, None)
    return current, list(others)


def news_article(page, request, *, url, image, office, home):
    """schema.org NewsArticle for an article page.

    The publisher is the office, with its home page and its logo (the
    largest of the site's icons, made from the logo setting); the author
    is the byline or the office, with the office's home page as its url.
    """
    home_url = site_address(home.get_url(request), request) if home else None
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.seo_title or page.title,
        "description": page_description(page, office),
        "datePublished": published_at(page).isoformat(),
        "dateModified": updated_at(page).isoformat(),
        "inLanguage": content_language(page),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "articleSection": page.get_kind_display(),
        # A byline names an office unit or an interviewer and outlet; it is
        # shown as written, so the author is described as an organization.
        "author": {"@type": "Organization", "name": author_name(page, request)},
        "publisher": {
            "@type": "Organization",
            "name": office,
            "logo": {
                "@type": "ImageObject",
                "url": site_address(PUBLISHER_LOGO_PATH, request),
                "width": PUBLISHER_LOGO_SIZE,
                "height": PUBLISHER_LOGO_SIZE,
            },
        },
    }
    if page.shown_release_number:
        data["identifier"] = page.shown_release_number
    if home_url:
        data["publisher"]["url"] = home_url
        data["author"]["url"] = home_url
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
    locale, alternate_locales = og_locales()
    result = {
        "canonical": url,
        # The site's title, as every page's <title> ends with it.
        "site_name": home.title if home is not None else office,
        "locale": locale,
        "alternate_locales": alternate_locales,
    }
    if not isinstance(page, Page):
        return result
    image = shared_image(getattr(page, "image", None), request)
    result.update(
        title=page.seo_title or page.title,
        description=page_description(page, result["site_name"]),
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
