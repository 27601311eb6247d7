"""Which translations of an article are missing or older than their source.

A pure core, without Django: the admin view reads the page versions from the
database and hands them here as ``PageVersion``s.

The rules:

- The versions of one article share a ``translation_key`` (Wagtail's link
  between translations).
- The *source* is the version created first (the lowest page id): editors
  write an article in one language and create the other with "Translate".
- A language is *missing* when the article has no version in it, and
  *unpublished* when the version exists but is not live.
- A live translation is *outdated* when it was last published before the
  source's latest publication (``last_published_at``): the source changed
  after the translation was brought up to date.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Status(StrEnum):
    """The state of one language version of an article."""

    SOURCE = "source"
    UP_TO_DATE = "up_to_date"
    OUTDATED = "outdated"
    UNPUBLISHED = "unpublished"
    MISSING = "missing"


@dataclass(frozen=True)
class PageVersion:
    """One language version of an article, as stored."""

    page_id: int
    translation_key: str
    language: str
    title: str
    kind: str
    live: bool
    last_published_at: datetime | None


@dataclass(frozen=True)
class LanguageCell:
    """An article in one language: its version (None if missing) and its status."""

    language: str
    version: PageVersion | None
    status: Status


@dataclass(frozen=True)
class ArticleTranslations:
    """One article with a cell per language, in the order asked for."""

    source: PageVersion
    cells: tuple[LanguageCell, ...]

    @property
    def kind(self):
        return self.source.kind

    @property
    def is_missing(self):
        """True when some language has no live version."""
        return any(
            cell.status in (Status.MISSING, Status.UNPUBLISHED) for cell in self.cells
        )

    @property
    def is_outdated(self):
        """True when some live translation is older than the source."""
        return any(cell.status is Status.OUTDATED for cell in self.cells)


def _status(version, source):
    if version is None:
        return Status.MISSING
    if version is source:
        return Status.SOURCE
    if not version.live:
        return Status.UNPUBLISHED
    if source.last_published_at is not None and (
        version.last_published_at is None
        or version.last_published_at < source.last_published_at
    ):
        return Status.OUTDATED
    return Status.UP_TO_DATE


def article_translations(versions, languages):
    """Group ``versions`` by article and give each language's status.

    Articles come in the order of their sources' first appearance in
    ``versions``. Versions in other languages than ``languages`` are ignored.
    """
    by_key = defaultdict(dict)
    for version in versions:
        if version.language in languages:
            by_key[version.translation_key].setdefault(version.language, version)
    articles = []
    for per_language in by_key.values():
        source = min(per_language.values(), key=lambda version: version.page_id)
        cells = tuple(
            LanguageCell(
                language,
                per_language.get(language),
                _status(per_language.get(language), source),
            )
            for language in languages
        )
        articles.append(ArticleTranslations(source=source, cells=cells))
    return articles
