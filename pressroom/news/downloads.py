"""Media assets for journalists: photo originals, a photo story's ZIP, a press kit.

- ``photo_download``: a picture's original file, as an attachment;
- ``photo_zip``: every photo of a photo story with ``captions.txt``;
- ``press_kit``: a press release as plain text (``release.txt``) with its
  photos and ``captions.txt``.

Only what readers may see is offered: a picture while a visible page uses it
(``visibility.rules.visible_images``), a ZIP while its article is visible, so
the photos of an embargoed, restricted or draft story are a 404 like the
story itself. The texts are in the reading language of the URL, Serbian
Latin converted from the Cyrillic as the Latin site is. A ZIP is written to
a temporary file (in memory up to ``DOWNLOAD_ZIP_SPOOL_BYTES``) and holds
photos up to ``DOWNLOAD_ZIP_MAX_BYTES``; ``captions.txt`` links the others.
ZIPs count against a per-client rate limit.
"""

import html
import re
import tempfile
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from wagtail.images import get_image_model

from pressroom.languages.dates import dateline
from pressroom.languages.reading import LATIN_CODE, reading_language
from pressroom.ratelimits.limits import allow_request, retry_after
from pressroom.serbian.script import serbian_slug, to_latin
from pressroom.sitesetup.address import site_address
from pressroom.visibility.rules import is_visible, visible_images

from .models import ArticleKind, ArticlePage

# Ids beyond this cannot be a row (PostgreSQL's bigint): a 404, not a 500.
MAX_ID = 2**63 - 1
# Quotation marks as each content language writes them.
QUOTES = {"en": "“”", "sr": "„“"}
BLOCK_END = re.compile(r"</(p|li|h[1-6]|ul|ol)>|<br\s*/?>", re.IGNORECASE)


def _object_id(value):
    number = int(value)
    if number > MAX_ID:
        raise Http404
    return number


def _in_script(text):
    """``text`` as the reading language writes it (Latin on /sr-latn/)."""
    return to_latin(text) if translation.get_language() == LATIN_CODE else text


def photo_filename(image):
    """A plain ASCII name for ``image``'s original: its title, its id, its type."""
    suffix = PurePosixPath(image.file.name).suffix.lower() or ".jpg"
    return f"{serbian_slug(image.title)[:60] or 'photo'}-{image.pk}{suffix}"


@require_safe
@never_cache
def photo_download(request, image_id):
    """The original file of a picture that a visible page uses."""
    image = get_object_or_404(visible_images(), pk=_object_id(image_id))
    try:
        handle = image.file.open("rb")
    except OSError:
        raise Http404 from None
    return FileResponse(handle, as_attachment=True, filename=photo_filename(image))


def _article(page_id, kind):
    """The article of ``kind`` in the URL's language, if readers may see it."""
    content_locale = reading_language(translation.get_language()).content_locale
    article = (
        ArticlePage.objects.filter(
            pk=_object_id(page_id), kind=kind, locale__language_code=content_locale
        )
        .select_related("image")
        .first()
    )
    if article is None or not is_visible(article):
        raise Http404
    return article


def _too_many(request):
    if allow_request(
        request, scope="download", limit=settings.DOWNLOAD_RATE_LIMIT_PER_MINUTE
    ):
        return None
    response = HttpResponse(
        _("You have downloaded a lot in the last minute. Please wait a minute."),
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(retry_after())
    return response


def _visible_photos(article):
    """The article's photos whose pictures readers may see, in its order."""
    photos = article.photos()
    allowed = set(
        visible_images(
            get_image_model().objects.filter(pk__in=[p.image.pk for p in photos])
        ).values_list("pk", flat=True)
    )
    return [photo for photo in photos if photo.image.pk in allowed]


def _captions(article, photos, included, request):
    """captions.txt: each photo's file name, caption, credit and licence."""
    lines = [article.title, dateline(article.place, article.date), ""]
    for photo in photos:
        name = photo_filename(photo.image)
        if photo.image.pk in included:
            lines.append(f"photos/{name}")
        else:
            path = reverse("photo_download", args=[photo.image.pk])
            url = site_address(path, request)
            lines.append(
                _("%(name)s (not in this ZIP; download it from %(url)s)")
                % {
                    "name": name,
                    "url": url,
                }
            )
        for label, text in (
            (_("Caption"), photo.caption),
            (_("Credit"), photo.credit),
            (_("Licence"), photo.licence),
        ):
            if text:
                lines.append(f"{label}: {text}")
        lines.append("")
    return "\n".join(lines)


def _plain_text(rich_html):
    text = BLOCK_END.sub("\n", str(rich_html))
    return html.unescape(strip_tags(text)).strip()


def release_text(article):
    """The press release as plain text: title, dateline, lead and body."""
    parts = [article.title, dateline(article.place, article.date), article.lead]
    if article.byline:
        parts.insert(2, article.byline)
    for block in article.body:
        value = block.value
        if block.block_type == "paragraph":
            parts.append(_plain_text(value))
        elif block.block_type == "heading":
            parts.append(str(value))
        elif block.block_type == "quote":
            opening, closing = QUOTES.get(article.locale.language_code, "“”")
            quote = f"{opening}{value['text']}{closing}"
            if value.get("attribution"):
                quote += f"\n— {value['attribution']}"
            parts.append(quote)
        elif block.block_type == "qa":
            parts.append(f"{value['question']}\n{_plain_text(value['answer'])}")
        elif block.block_type == "video":
            parts.append(f"{value['title']}: {value['url']}")
    return "\n\n".join(part for part in parts if part) + "\n"


def _zip_response(request, article, photos, extra_files, filename):
    """A ZIP of ``photos`` (under photos/), captions.txt and ``extra_files``."""
    budget = settings.DOWNLOAD_ZIP_MAX_BYTES
    included = set()
    spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (FileResponse closes it)
        max_size=settings.DOWNLOAD_ZIP_SPOOL_BYTES
    )
    with zipfile.ZipFile(spool, "w") as archive:
        for file_name, text in extra_files:
            archive.writestr(
                file_name, _in_script(text), compress_type=zipfile.ZIP_DEFLATED
            )
        for photo in photos:
            try:
                # Known since upload; asked of the storage for older pictures.
                size = photo.image.file_size or photo.image.file.size
                if size > budget:
                    continue
                # Photos are compressed already: stored, not deflated.
                entry = f"photos/{photo_filename(photo.image)}"
                with (
                    photo.image.file.open("rb") as source,
                    archive.open(entry, "w") as target,
                ):
                    while chunk := source.read(1024 * 1024):
                        target.write(chunk)
            except OSError:
                continue  # a file missing from storage: the others still go
            budget -= size
            included.add(photo.image.pk)
        archive.writestr(
            "captions.txt",
            _in_script(_captions(article, photos, included, request)),
            compress_type=zipfile.ZIP_DEFLATED,
        )
    spool.seek(0)
    return FileResponse(
        spool, as_attachment=True, filename=filename, content_type="application/zip"
    )


def _zip_name(article, what):
    return f"{what}-{serbian_slug(article.slug)[:60] or article.pk}.zip"


@require_safe
@never_cache
def photo_zip(request, page_id):
    """Every photo of a visible photo story, with its captions, as one ZIP."""
    article = _article(page_id, ArticleKind.PHOTO_STORY)
    if response := _too_many(request):
        return response
    return _zip_response(
        request, article, _visible_photos(article), [], _zip_name(article, "photos")
    )


@require_safe
@never_cache
def press_kit(request, page_id):
    """A visible press release as text, with its photos and captions, as a ZIP."""
    article = _article(page_id, ArticleKind.PRESS_RELEASE)
    if response := _too_many(request):
        return response
    return _zip_response(
        request,
        article,
        _visible_photos(article),
        [("release.txt", release_text(article))],
        _zip_name(article, "press-kit"),
    )
