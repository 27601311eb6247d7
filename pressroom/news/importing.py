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
* New articles are written in bulk, a batch at a time, with the rows
  Wagtail's create and publish would write: the page tree (materialised
  paths, ``numchild``, ``url_path``), one revision each (latest and live),
  the audit log's create and publish entries, Wagtail's reference and admin
  search indexes; the reader search index follows ``articles_imported``
  (``news.signals``), sent once per batch. Articles that changed are updated
  with Wagtail's own ``save_revision().publish()``, so everything that
  follows a publish follows. New imported press releases are neither
  announced to subscribers nor numbered: an archive is not news.
* Each batch is one transaction, with one content change (``changes_batched``):
  a run stopped halfway leaves whole articles, which the next run finds and
  leaves alone, so it continues where the first stopped.
* An invalid record is reported with its position in the list and the reason,
  and skipped; the others are still imported. If the database refuses a
  batch's bulk write, its records are saved one by one, each in a savepoint,
  so that the failing one is named.
"""

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from wagtail.admin.rich_text.converters.editor_html import (
    DbWhitelister,
    EditorHTMLConverter,
)
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends

from bs4 import BeautifulSoup, NavigableString, Tag

from pressroom.languages.reading import CONTENT_LOCALES
from pressroom.rendercache.reuse import changes_batched, content_changed
from pressroom.serbian.script import html_to_cyrillic, serbian_slug, to_cyrillic

from .blocks import StoryBlock
from .models import ArticleKind, ArticlePage, NewsIndexPage, Topic
from .signals import articles_imported

LANGUAGES = CONTENT_LOCALES
REQUIRED = ("locale", "title", "lead", "date", "kind", "translation_key")
TEXT_FIELDS = (*REQUIRED, "slug", "body_html")
MAX_TITLE = 255
MAX_SLUG = 255
MAX_KEY = 255
BATCH_SIZE = 500
# Namespace of the translation keys made from import keys that are not UUIDs.
IMPORT_NAMESPACE = uuid.UUID("6f1c8a52-3d1e-4c8e-9a43-5d2f0e7b8c11")
# Removed with everything inside them: their content is never readable text.
DROPPED_ELEMENTS = frozenset(
    {"script", "style", "iframe", "object", "embed", "template", "noscript",
     "form", "textarea", "select", "svg", "math", "head", "title"}
)  # fmt: skip
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Letters the Serbian converter may change (Latin, with diacritics), and the
# markup whose Latin it leaves alone or the whitelist drops (tags with their
# attributes: only a link's address is kept, and addresses are not converted;
# character references).
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_MARKUP = re.compile(r"<[^>]*>|&#?\w+;")


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
    text = _cyrillic if serbian else str
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
    if serbian and _LATIN_LETTER.search(_MARKUP.sub("", body_html)):
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


def _cyrillic(text):
    # Text without a Latin letter has nothing to convert (and an archive's
    # Serbian usually is Cyrillic already): the converter is left out.
    return to_cyrillic(text) if _LATIN_LETTER.search(text) else text


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


@dataclass
class _Item:
    """A valid record of the batch, where it is in the file, and its topics."""

    index: int
    record: ArticleRecord
    topics: list
    page: ArticlePage | None = None  # the existing article, if any
    topic_ids: set = field(default_factory=set)  # and its topics


class ArticleImporter:
    """Create or update live articles from raw records; see the module docstring.

    ``progress``, if given, is called after each batch with the number of
    records done so far and the report.
    """

    def __init__(self, batch_size=BATCH_SIZE, progress=None):
        self.batch_size = batch_size
        self.progress = progress
        self.locales = {}
        self.newsrooms = {}
        self.topics = {}  # (locale code, name) → Topic

    def run(self, raw_records):
        """Import every valid record; return an ImportReport."""
        report = ImportReport()
        seen = {}
        total = len(raw_records)
        for start in range(0, total, self.batch_size):
            # One transaction per batch: a run stopped halfway leaves whole
            # articles, which the next run finds and leaves alone. One new
            # content version per batch too (pressroom.rendercache).
            with transaction.atomic(), changes_batched():
                self._import_batch(
                    start, raw_records[start : start + self.batch_size], report, seen
                )
            if self.progress is not None:
                self.progress(min(start + self.batch_size, total), report)
        return report

    def _import_batch(self, start, raws, report, seen):
        reported = len(report.failures)
        items = []
        for offset, raw in enumerate(raws):
            item = self._validated(start + offset, raw, report, seen)
            if item is not None:
                items.append(item)
        new, existing = self._match_existing(items, report)
        if new:
            self._create_all(new, report)
        for item in existing:
            if self._differs(item):
                self._save_one(item, report)
            else:
                report.unchanged += 1
                report.page_ids.append(item.page.pk)
        report.failures[reported:] = sorted(report.failures[reported:])

    def _validated(self, index, raw, report, seen):
        """The record at ``index`` as an _Item, or None (reported) if invalid."""
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
            self._newsroom(record.locale)
            # Topics are found or created outside the record's savepoint, so
            # a record that fails later never rolls back a cached topic.
            topics = [self._topic(record.locale, name) for name in record.topics]
        except InvalidRecord as error:
            report.failures.append((index, str(error)))
            return None
        seen[(record.locale, record.translation_key)] = index
        seen[(record.locale, "slug", record.slug)] = index
        return _Item(index, record, topics)

    def _match_existing(self, items, report):
        """Split ``items`` into (new, existing), in a few queries for the batch.

        An existing article is found by locale and translation key, else by
        locale and slug in the newsroom (``item.page``, with its topic ids).
        An item whose key or slug belongs to a page that is not an article,
        or that would update an article another record of the batch updates,
        is reported and left out.
        """
        article_type = ContentType.objects.get_for_model(ArticlePage).pk
        found = {}  # (locale code, "key" or "slug", value) → (page id, type id)
        locale_codes = {locale.pk: code for code, locale in self.locales.items()}
        for page_id, locale_id, key, type_id in Page.objects.filter(
            translation_key__in={item.record.translation_key for item in items}
        ).values_list("pk", "locale_id", "translation_key", "content_type_id"):
            if locale_id in locale_codes:
                found[(locale_codes[locale_id], "key", key)] = (page_id, type_id)
        for language in {item.record.locale for item in items}:
            slugs = {
                item.record.slug for item in items if item.record.locale == language
            }
            for page_id, slug, type_id in (
                Page.objects.child_of(self._newsroom(language))
                .filter(slug__in=slugs)
                .values_list("pk", "slug", "content_type_id")
            ):
                found[(language, "slug", slug)] = (page_id, type_id)
        new, wanted = [], {}
        for item in items:
            record = item.record
            by_key = found.get((record.locale, "key", record.translation_key))
            by_slug = found.get((record.locale, "slug", record.slug))
            page_id, type_id = by_key or by_slug or (None, None)
            if page_id is None:
                new.append(item)
            elif type_id != article_type:
                what = "translation_key" if by_key else "slug"
                report.failures.append(
                    (
                        item.index,
                        f"the {what} is taken by a page that is not an article",
                    )
                )
            elif page_id in wanted:
                report.failures.append(
                    (item.index, f"same article as record {wanted[page_id].index}")
                )
            else:
                wanted[page_id] = item
        pages = ArticlePage.objects.in_bulk(wanted)
        topic_ids = {page_id: set() for page_id in wanted}
        for page_id, topic_id in ArticlePage.topics.through.objects.filter(
            articlepage_id__in=wanted
        ).values_list("articlepage_id", "topic_id"):
            topic_ids[page_id].add(topic_id)
        for page_id, item in wanted.items():
            item.page = pages[page_id]
            item.topic_ids = topic_ids[page_id]
        return new, list(wanted.values())

    def _differs(self, item):
        page, record = item.page, item.record
        current = (
            page.title,
            page.slug,
            page.lead,
            page.date,
            page.kind,
            page.translation_key,
            [{"type": b["type"], "value": b["value"]} for b in page.body.raw_data],
            item.topic_ids,
        )
        wanted = (
            record.title,
            record.slug,
            record.lead,
            record.date,
            record.kind,
            record.translation_key,
            record.body,
            {topic.pk for topic in item.topics},
        )
        return current != wanted or not page.live or page.has_unpublished_changes

    def _save_one(self, item, report):
        """Create or update one article with Wagtail's own save and publish,
        in a savepoint: a record that fails takes no other with it."""
        try:
            with transaction.atomic():
                page, outcome = self.save(item.record, item.topics)
        except ValidationError as error:
            report.failures.append((item.index, _validation_message(error)))
        except DatabaseError as error:
            report.failures.append((item.index, f"not saved: {error}"))
        else:
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.page_ids.append(page.pk)

    def save(self, record, topics):
        """Create or update the page of one record, through Wagtail's own
        publish; return (page, outcome)."""
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
        outcome = "updated"
        if page is None:
            page = ArticlePage(locale=locale, translation_key=record.translation_key)
            self._fill(page, record, topics)
            newsroom.add_child(instance=page)
            outcome = "created"
        page.translation_key = record.translation_key
        self._fill(page, record, topics)
        page.save_revision().publish()
        return page, outcome

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

    # Creating in bulk ----------------------------------------------------

    def _create_all(self, items, report):
        """Create the new articles of a batch in bulk, in a savepoint; if the
        database refuses (a slug taken meanwhile, say), one by one instead,
        so that the failing record is named."""
        try:
            with transaction.atomic():
                pages = self._create_in_bulk(items)
        except DatabaseError:
            for item in items:
                self._save_one(item, report)
            return
        report.created += len(pages)
        report.page_ids += [page.pk for page in pages]

    def _create_in_bulk(self, items):
        """Write the rows Wagtail's create and publish would, for many pages.

        The tree rows (materialised path, depth, ``numchild`` of the
        newsroom, ``url_path``), the article rows, the topics, one revision
        per page (latest and live), the audit log's create and publish
        entries, Wagtail's reference index and admin search index, then
        :data:`~pressroom.news.signals.articles_imported` (the reader search
        index) and one content change.
        """
        now = timezone.now()
        article_type = ContentType.objects.get_for_model(ArticlePage)
        page_type = ContentType.objects.get_for_model(Page)
        pages = []
        for language in sorted({item.record.locale for item in items}):
            mine = [item for item in items if item.record.locale == language]
            pages += self._tree_rows(language, mine, article_type, now)
        bases = Page.objects.bulk_create(
            [
                Page(**{f.attname: getattr(p, f.attname) for f in _BASE_FIELDS})
                for p in pages
            ]
        )
        for page, base in zip(pages, bases, strict=True):
            page.pk = page.page_ptr_id = base.pk
            page._state.adding = False
            page._state.db = base._state.db
        _insert_article_rows(pages)
        ArticlePage.topics.through.objects.bulk_create(
            ArticlePage.topics.through(articlepage_id=page.pk, topic_id=topic.pk)
            for page in pages
            for topic in page.topics.all()
        )
        revisions = Revision.objects.bulk_create(
            Revision(
                content_type=article_type,
                base_content_type=page_type,
                object_id=str(page.pk),
                object_str=page.title,
                content=page.serializable_data(),
                created_at=now,
            )
            for page in pages
        )
        for page, base, revision in zip(pages, bases, revisions, strict=True):
            for row in (page, base):
                row.latest_revision = row.live_revision = revision
        # In batches: each statement is a CASE over its rows.
        Page.objects.bulk_update(
            bases, ["latest_revision", "live_revision"], batch_size=100
        )
        PageLogEntry.objects.bulk_create(
            PageLogEntry(
                content_type=article_type,
                page_id=page.pk,
                label=page.title,
                action=action,
                timestamp=now,
                revision=revision,
                content_changed=True,
            )
            for page, revision in zip(pages, revisions, strict=True)
            for action in ("wagtail.create", "wagtail.publish")
        )
        for page in pages:
            ReferenceIndex.create_or_update_for_object(page)
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(ArticlePage, pages)
        articles_imported.send(sender=ArticlePage, pages=pages)
        content_changed()  # bulk writes send no post_save
        return pages

    def _tree_rows(self, language, items, article_type, now):
        """Unsaved ArticlePages for ``items``, the newsroom's next children."""
        newsroom = self._newsroom(language)
        # Locked until the batch commits: two imports never take one path.
        parent = (
            Page.objects.select_for_update()
            .filter(pk=newsroom.pk)
            .values("path", "depth", "url_path")
            .get()
        )
        last = (
            Page.objects.filter(
                path__startswith=parent["path"], depth=parent["depth"] + 1
            )
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        number = _step_number(last[-Page.steplen :]) if last else 0
        pages = []
        for item in items:
            record = item.record
            number += 1
            page = ArticlePage(
                locale=self.locales[language],
                translation_key=record.translation_key,
                content_type=article_type,
                path=parent["path"] + _step(number),
                depth=parent["depth"] + 1,
                numchild=0,
                url_path=f"{parent['url_path']}{record.slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                latest_revision_created_at=now,
            )
            self._fill_fields(page, record)
            page.topics = item.topics  # kept in memory until written
            page.related_links = []
            pages.append(page)
        Page.objects.filter(pk=newsroom.pk).update(numchild=F("numchild") + len(items))
        return pages

    @staticmethod
    def _fill_fields(page, record):
        page.title = page.draft_title = record.title
        page.slug = record.slug
        page.lead = record.lead
        page.date = record.date
        page.kind = record.kind
        page.body = record.body

    # Newsroom and topics -------------------------------------------------

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


# The columns of Page that an article's page row holds (all but the id).
_BASE_FIELDS = [field for field in Page._meta.concrete_fields if not field.primary_key]


def _step(number):
    """The last step of a tree path: ``number`` in treebeard's alphabet."""
    alphabet, digits = Page.alphabet, ""
    while number:
        number, digit = divmod(number, len(alphabet))
        digits = alphabet[digit] + digits
    if len(digits) > Page.steplen:
        raise DatabaseError("the newsroom has no room for more pages")
    return digits.rjust(Page.steplen, alphabet[0])


def _step_number(step):
    number = 0
    for digit in step:
        number = number * len(Page.alphabet) + Page.alphabet.index(digit)
    return number


def _insert_article_rows(pages):
    """INSERT the article rows of pages whose page rows exist, in one statement.

    Django's ``bulk_create`` does not write models with a parent table; the
    values are prepared as Django prepares them for an insert.
    """
    fields = ArticlePage._meta.local_concrete_fields
    quote = connection.ops.quote_name
    # Only the model's own table and column names go into the statement.
    sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608
        quote(ArticlePage._meta.db_table),
        ", ".join(quote(field.column) for field in fields),
        ", ".join(["%s"] * len(fields)),
    )
    rows = [
        [
            field.get_db_prep_save(field.pre_save(page, True), connection)
            for field in fields
        ]
        for page in pages
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _validation_message(error):
    if hasattr(error, "message_dict"):
        return "; ".join(
            f"{name}: {' '.join(str(m) for m in messages)}"
            for name, messages in error.message_dict.items()
        )
    return " ".join(str(message) for message in error.messages)


def import_articles(raw_records, batch_size=BATCH_SIZE, progress=None):
    """Import a list of raw records; return the ImportReport."""
    return ArticleImporter(batch_size=batch_size, progress=progress).run(raw_records)
