"""Importing published articles from a JSON file (``manage.py import_articles``).

The file holds a list of records::

    {"locale": "en" | "sr", "slug", "title", "lead", "body_html", "date",
     "kind", "topics": [...], "translation_key"}

Each valid record creates or updates one live ``ArticlePage`` in its locale's
newsroom (the top ``NewsIndexPage`` of that locale); the format is described in
``docs/importing.md``. The rules:

* An existing page is found by locale and translation key, else by locale and
  slug below the newsroom; it is updated (a new revision, published) only when
  something changed, so running the same file twice changes nothing.
* Records with the same ``translation_key`` are translations of each other:
  any string maps to one Wagtail translation key (a UUID as is, anything else
  through ``uuid5``), the same in every locale.
* Serbian text is stored in Cyrillic whatever script it arrives in
  (``to_cyrillic``, ``html_to_cyrillic``); Serbian slugs are ASCII Latin
  (``serbian_slug``). Topic names are converted too.
* ``body_html`` is cleaned with Wagtail's rich-text whitelist (the features of
  the body's paragraph block): scripts, styles, frames and forms go with their
  content, other unknown tags are unwrapped, attributes and URL schemes not on
  the list are dropped. Top-level ``h1``–``h6`` become heading blocks, the rest
  paragraph blocks.
* Pages are published with Wagtail's own ``Revision.publish()``, so everything
  that follows a publish (the search index among it) follows an import.
* An invalid record is reported with its position in the list and the reason,
  and skipped; the others are still imported. Each record is saved in a
  savepoint, records are committed in batches.
"""

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import transaction
from django.utils.text import slugify

from wagtail.admin.rich_text.converters.editor_html import (
    DbWhitelister,
    EditorHTMLConverter,
)
from wagtail.models import Locale

from bs4 import BeautifulSoup, NavigableString, Tag

from pressroom.languages.reading import CONTENT_LOCALES
from pressroom.rendercache.reuse import changes_batched
from pressroom.serbian.script import html_to_cyrillic, serbian_slug, to_cyrillic

from .blocks import StoryBlock
from .models import ArticleKind, ArticlePage, NewsIndexPage, Topic

LANGUAGES = CONTENT_LOCALES
REQUIRED = ("locale", "title", "lead", "date", "kind", "translation_key")
TEXT_FIELDS = (*REQUIRED, "slug", "body_html")
MAX_TITLE = 255
MAX_SLUG = 255
MAX_KEY = 255
BATCH_SIZE = 200
# Namespace of the translation keys made from import keys that are not UUIDs.
IMPORT_NAMESPACE = uuid.UUID("6f1c8a52-3d1e-4c8e-9a43-5d2f0e7b8c11")
# Removed with everything inside them: their content is never readable text.
DROPPED_ELEMENTS = frozenset(
    {"script", "style", "iframe", "object", "embed", "template", "noscript",
     "form", "textarea", "select", "svg", "math", "head", "title"}
)  # fmt: skip
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


class ImportFileError(Exception):
    """The file cannot be read as a list of records (missing, bad JSON, …)."""


class InvalidRecord(ValueError):
    """A record that cannot be imported; the message says why."""


@dataclass(frozen=True)
class ArticleRecord:
    """One validated record, its Serbian text already in Cyrillic."""

    locale: str
    slug: str
    title: str
    lead: str
    body: list  # StreamField raw data
    date: date
    kind: str
    topics: tuple[str, ...]
    translation_key: uuid.UUID


@dataclass
class ImportReport:
    """What an import did: counts, and the records that failed, by position."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[tuple[int, str]] = field(default_factory=list)
    page_ids: list[int] = field(default_factory=list)

    @property
    def ok(self):
        return not self.failures


def read_records(path):
    """The list of raw records in the JSON file at ``path``."""
    try:
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
    except FileNotFoundError:
        raise ImportFileError(f"No such file: {path}") from None
    except IsADirectoryError:
        raise ImportFileError(f"Not a file: {path}") from None
    except UnicodeDecodeError:
        raise ImportFileError(f"{path} is not UTF-8 text.") from None
    except json.JSONDecodeError as error:
        raise ImportFileError(
            f"{path} is not valid JSON: {error.msg} "
            f"(line {error.lineno}, column {error.colno})."
        ) from None
    except OSError as error:
        raise ImportFileError(f"Cannot read {path}: {error.strerror}.") from None
    if not isinstance(data, list):
        raise ImportFileError(f"{path} must hold a JSON list of articles.")
    return data


def translation_key_for(key):
    """The Wagtail translation key (a UUID) for an import's translation key."""
    try:
        return uuid.UUID(key)
    except ValueError:
        return uuid.uuid5(IMPORT_NAMESPACE, key)


def parse_record(raw):
    """Validate one raw record and return an ArticleRecord; raise InvalidRecord."""
    if not isinstance(raw, dict):
        raise InvalidRecord("not a JSON object")
    missing = [name for name in REQUIRED if raw.get(name) in (None, "")]
    if missing:
        raise InvalidRecord(f"missing {', '.join(missing)}")
    for name in TEXT_FIELDS:
        if name in raw and raw[name] is not None and not isinstance(raw[name], str):
            raise InvalidRecord(f"{name} must be a string")
    locale = raw["locale"]
    if locale not in LANGUAGES:
        raise InvalidRecord(f"locale must be one of {', '.join(LANGUAGES)}")
    kind = raw["kind"]
    if kind not in ArticleKind.values:
        raise InvalidRecord(f"kind must be one of {', '.join(ArticleKind.values)}")
    try:
        day = date.fromisoformat(raw["date"])
    except ValueError:
        raise InvalidRecord("date must be YYYY-MM-DD") from None
    topics = raw.get("topics") or []
    if not isinstance(topics, list) or not all(
        isinstance(name, str) and name.strip() for name in topics
    ):
        raise InvalidRecord("topics must be a list of names")
    key = raw["translation_key"].strip()
    if len(key) > MAX_KEY:
        raise InvalidRecord(f"translation_key is longer than {MAX_KEY} characters")

    serbian = locale == "sr"
    text = to_cyrillic if serbian else str
    title = " ".join(text(raw["title"]).split())
    if not title:
        raise InvalidRecord("missing title")
    if len(title) > MAX_TITLE:
        raise InvalidRecord(f"title is longer than {MAX_TITLE} characters")
    lead = text(raw["lead"]).strip()
    if not lead:
        raise InvalidRecord("missing lead")
    slug = _slug(raw.get("slug") or "", title, serbian)
    body_html = raw.get("body_html") or ""
    if serbian:
        body_html = html_to_cyrillic(body_html)
    return ArticleRecord(
        locale=locale,
        slug=slug,
        title=title,
        lead=lead,
        body=body_blocks(body_html),
        date=day,
        kind=kind,
        topics=tuple(dict.fromkeys(" ".join(text(t).split()) for t in topics)),
        translation_key=translation_key_for(key),
    )


def _slug(slug, title, serbian):
    if serbian:
        # ASCII Latin from the given slug or the title, in either script.
        slug = serbian_slug(slug or title, max_length=MAX_SLUG)
    elif slug:
        try:
            validate_slug(slug)
        except ValidationError:
            raise InvalidRecord(
                "slug may hold only letters, digits, hyphens and underscores"
            ) from None
    else:
        slug = slugify(title)[:MAX_SLUG].strip("-")
    if not slug:
        raise InvalidRecord("no slug can be made from the slug or the title")
    if len(slug) > MAX_SLUG:
        raise InvalidRecord(f"slug is longer than {MAX_SLUG} characters")
    return slug


# Body HTML ----------------------------------------------------------------


class ImportWhitelister(DbWhitelister):
    """Wagtail's rich-text whitelist, also dropping the content of script-like tags.

    The plain whitelist unwraps unknown tags, which would leave a script's
    source as text; here such elements go whole. Links and embeds typed for
    Wagtail's editor (``data-linktype``, ``data-embedtype``) are not trusted
    from an import: they are treated as plain markup.
    """

    def clean_tag_node(self, doc, tag):
        if tag.name in DROPPED_ELEMENTS:
            tag.decompose()
            return
        tag.attrs.pop("data-linktype", None)
        tag.attrs.pop("data-embedtype", None)
        super().clean_tag_node(doc, tag)


def _paragraph_features():
    return StoryBlock.base_blocks["paragraph"].features


_whitelister = None


def clean_html(html):
    """``html`` reduced to what the body's paragraph block allows."""
    global _whitelister  # built once: the feature registry is read lazily
    if _whitelister is None:
        rules = EditorHTMLConverter(features=_paragraph_features()).converter_rules
        _whitelister = ImportWhitelister(rules)
    return _whitelister.clean(html).strip()


_BLANK_PARAGRAPH = re.compile(r"<p>(\s|<br/?>|&nbsp;)*</p>")


def body_blocks(html):
    """StreamField data for the body: heading blocks and cleaned paragraph blocks.

    Top-level headings become heading blocks; everything between them (loose
    text and inline markup included) one paragraph block, wrapped in ``<p>``
    where it is not already a block element.
    """
    if not html.strip():
        return []
    soup = BeautifulSoup(html, "html.parser")
    blocks, pending = [], []

    def flush():
        chunk = "".join(pending).strip()
        pending.clear()
        if chunk:
            cleaned = _BLANK_PARAGRAPH.sub("", clean_html(chunk)).strip()
            if cleaned and re.sub(r"<[^>]*>", "", cleaned).strip():
                if not cleaned.startswith(("<p>", "<ul>", "<ol>")):
                    cleaned = f"<p>{cleaned}</p>"
                blocks.append({"type": "paragraph", "value": cleaned})

    for node in list(soup.contents):
        if isinstance(node, Tag) and node.name in HEADINGS:
            flush()
            text = " ".join(node.get_text(" ").split())
            if text:
                blocks.append({"type": "heading", "value": text})
        elif isinstance(node, Tag | NavigableString):
            pending.append(str(node))
    flush()
    return blocks


# Pages --------------------------------------------------------------------


class ArticleImporter:
    """Create or update live articles from raw records; see the module docstring."""

    def __init__(self, batch_size=BATCH_SIZE):
        self.batch_size = batch_size
        self.locales = {}
        self.newsrooms = {}
        self.topics = {}  # (locale code, name) → Topic

    def run(self, raw_records):
        """Import every valid record; return an ImportReport."""
        report = ImportReport()
        seen = {}
        for start in range(0, len(raw_records), self.batch_size):
            # One new content version per batch, in its transaction, instead
            # of one per saved row (pressroom.rendercache).
            with transaction.atomic(), changes_batched():
                for index in range(
                    start, min(start + self.batch_size, len(raw_records))
                ):
                    self._import_one(index, raw_records[index], report, seen)
        return report

    def _import_one(self, index, raw, report, seen):
        try:
            record = parse_record(raw)
            for identity in (
                (record.locale, record.translation_key),
                (record.locale, "slug", record.slug),
            ):
                if identity in seen:
                    what = "slug" if len(identity) == 3 else "translation_key"
                    raise InvalidRecord(
                        f"same locale and {what} as record {seen[identity]}"
                    )
            # Topics are found or created outside the record's savepoint, so
            # a record that fails later never rolls back a cached topic.
            topics = [self._topic(record.locale, name) for name in record.topics]
            with transaction.atomic():
                page, outcome = self.save(record, topics)
        except InvalidRecord as error:
            report.failures.append((index, str(error)))
            return
        except ValidationError as error:
            report.failures.append((index, _validation_message(error)))
            return
        seen[(record.locale, record.translation_key)] = index
        seen[(record.locale, "slug", record.slug)] = index
        setattr(report, outcome, getattr(report, outcome) + 1)
        report.page_ids.append(page.pk)

    def save(self, record, topics):
        """Create or update the page of one record; return (page, outcome)."""
        newsroom = self._newsroom(record.locale)
        locale = self.locales[record.locale]
        page = (
            ArticlePage.objects.filter(
                locale=locale, translation_key=record.translation_key
            ).first()
            or ArticlePage.objects.child_of(newsroom)
            .filter(locale=locale, slug=record.slug)
            .first()
        )
        if page is None:
            page = ArticlePage(locale=locale, translation_key=record.translation_key)
            self._fill(page, record, topics)
            newsroom.add_child(instance=page)
            page.save_revision().publish()
            return page, "created"
        if page.live and not self._differs(page, record, topics):
            return page, "unchanged"
        page.translation_key = record.translation_key
        self._fill(page, record, topics)
        page.save_revision().publish()
        return page, "updated"

    @staticmethod
    def _fill(page, record, topics):
        page.title = record.title
        page.draft_title = record.title
        page.slug = record.slug
        page.lead = record.lead
        page.date = record.date
        page.kind = record.kind
        page.body = record.body
        page.topics.set(topics)

    @staticmethod
    def _differs(page, record, topics):
        current = (
            page.title,
            page.slug,
            page.lead,
            page.date,
            page.kind,
            page.translation_key,
            [{"type": b["type"], "value": b["value"]} for b in page.body.raw_data],
            sorted(topic.pk for topic in page.topics.all()),
        )
        wanted = (
            record.title,
            record.slug,
            record.lead,
            record.date,
            record.kind,
            record.translation_key,
            record.body,
            sorted(topic.pk for topic in topics),
        )
        return current != wanted or page.has_unpublished_changes

    def _newsroom(self, language):
        if language not in self.newsrooms:
            locale = Locale.objects.filter(language_code=language).first()
            newsroom = None
            if locale is not None:
                newsroom = (
                    NewsIndexPage.objects.filter(locale=locale)
                    .order_by("depth", "path")
                    .first()
                )
            self.locales[language] = locale
            self.newsrooms[language] = newsroom
        if self.newsrooms[language] is None:
            raise InvalidRecord(f"there is no newsroom in the {language} locale")
        return self.newsrooms[language]

    def _topic(self, language, name):
        self._newsroom(language)  # reads the locale
        key = (language, name)
        if key not in self.topics:
            locale = self.locales[language]
            topic = Topic.objects.filter(locale=locale, name=name).first()
            if topic is None:
                base = serbian_slug(name, max_length=90) or "topic"
                slug, number = base, 1
                while Topic.objects.filter(locale=locale, slug=slug).exists():
                    number += 1
                    slug = f"{base}-{number}"
                topic = Topic.objects.create(locale=locale, name=name[:100], slug=slug)
            self.topics[key] = topic
        return self.topics[key]


def _validation_message(error):
    if hasattr(error, "message_dict"):
        return "; ".join(
            f"{name}: {' '.join(str(m) for m in messages)}"
            for name, messages in error.message_dict.items()
        )
    return " ".join(str(message) for message in error.messages)


def import_articles(raw_records, batch_size=BATCH_SIZE):
    """Import a list of raw records; return the ImportReport."""
    return ArticleImporter(batch_size=batch_size).run(raw_records)
