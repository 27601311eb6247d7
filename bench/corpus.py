"""Grow the site to a benchmark corpus: at least N live articles in all.

    python bench/corpus.py --articles 10000

Run with the same environment as the site (bench/http.py does). Articles
are added below the demo's newsroom sections, half in English and half in
Serbian Cyrillic, each with a listing image, three paragraphs and a topic,
then the search index is rebuilt. Pages are made live directly (no
revisions), which serves the same pages as publishing and is much faster.
Safe to run again: it adds only what is missing.
"""

import argparse
import os
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings.production")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from wagtail.images import get_image_model  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from pressroom.news.models import ArticleKind, ArticlePage, NewsIndexPage  # noqa: E402
from pressroom.search.index import rebuild_index  # noqa: E402

TEXT = {
    "en": (
        "Exercise report {n}: teams rehearse flood rescue on the Drina",
        "Officers from partner countries practised evacuation, field hospitals "
        "and river crossings in the {n}th drill of the season.",
        "<p>The exercise brought together civil protection units, army "
        "engineers and medical teams from the region. They worked through a "
        "scenario of rising water, cut roads and villages without power.</p>",
    ),
    "sr": (
        "Извештај са вежбе {n}: екипе увежбавају спасавање на Дрини",
        "Официри из партнерских земаља увежбавали су евакуацију, пољске "
        "болнице и прелазак реке у {n}. вежби ове сезоне.",
        "<p>Вежба је окупила јединице цивилне заштите, инжењерце војске и "
        "медицинске екипе из региона. Радили су по сценарију пораста воде, "
        "прекинутих путева и села без струје, уз помоћ Љубише и Џевада.</p>",
    ),
}


def tree_path(parent, position):
    """The materialized path of ``parent``'s child number ``position`` (1-based)."""
    digits, number = "", position
    while number:
        number, digit = divmod(number, len(Page.alphabet))
        digits = Page.alphabet[digit] + digits
    return parent.path + digits.rjust(Page.steplen, "0")


def grow(total):
    """Add articles until there are ``total`` live ones; return how many added.

    Writes the tree rows directly (materialized paths, one bulk insert of the
    page rows, one insert per article row) instead of ``add_child`` for each,
    which would take hours at this size.
    """
    missing = total - ArticlePage.objects.live().count()
    if missing <= 0:
        return 0
    image = get_image_model().objects.first()
    content_type = ContentType.objects.get_for_model(ArticlePage)
    kinds = ArticleKind.values
    now = timezone.now()
    first = ArticlePage.objects.filter(slug__startswith="bench-").count()
    for language in ("en", "sr"):
        locale = Locale.objects.get(language_code=language)
        section = NewsIndexPage.objects.filter(locale=locale).order_by("-depth")[0]
        topic = section.articles().first().topics.first()
        title, lead, paragraph = TEXT[language]
        numbers = range(first, first + missing)[language == "sr" :: 2]
        pages, children = [], section.numchild
        for number in numbers:
            children += 1
            slug = f"bench-{number}"
            pages.append(
                Page(
                    title=title.format(n=number),
                    draft_title=title.format(n=number),
                    slug=slug,
                    url_path=f"{section.url_path}{slug}/",
                    path=tree_path(section, children),
                    depth=section.depth + 1,
                    numchild=0,
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                    locale=locale,
                    translation_key=uuid.uuid4(),
                    content_type=content_type,
                )
            )
        with transaction.atomic():
            Page.objects.bulk_create(pages, batch_size=1000)
            for page, number in zip(pages, numbers, strict=True):
                article = ArticlePage(
                    page_ptr=page,
                    kind=kinds[number % len(kinds)],
                    date=date(2020, 1, 1) + timedelta(days=number % 2000),
                    lead=lead.format(n=number),
                    image=image,
                    body=[("paragraph", paragraph)] * 3,
                )
                article.__dict__.update(
                    {f.attname: getattr(page, f.attname) for f in Page._meta.fields}
                )
                article.save_base(raw=True)
            if topic is not None:
                ArticlePage.topics.through.objects.bulk_create(
                    ArticlePage.topics.through(articlepage_id=page.pk, topic=topic)
                    for page in pages
                )
            Page.objects.filter(pk=section.pk).update(numchild=children)
        print(f"  {len(pages)} {language} articles added", flush=True)
    return missing


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    started = time.perf_counter()
    added = grow(parser.parse_args().articles)
    if added:
        print(f"  {rebuild_index()} pages indexed for search", flush=True)
    total = ArticlePage.objects.live().count()
    print(
        f"{total} live articles ({added} added in "
        f"{time.perf_counter() - started:.0f} s)"
    )


if __name__ == "__main__":
    main()
