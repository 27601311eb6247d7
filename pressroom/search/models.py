"""The reader search index: one entry per live, public page, in its own table.

Wagtail's database search backend stays for the admin; readers search this
index instead, whose terms come from :mod:`pressroom.serbian.search_terms`.
The full-text structure on top of the ``*_terms`` columns is created by a
migration for each database (``migrations/0002_full_text_index.py``): an FTS5
table kept in step by triggers on SQLite, a generated ``tsvector`` column with
a GIN index on PostgreSQL, and a copy of it for ranking kept in step by a
trigger (``0005_ranking_documents.py``). Code only ever writes entries
through this model.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """What a reader can find of one page, and what a result shows of it."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10)  # content locale
    kind = models.CharField(_("kind"), max_length=20, blank=True)
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=255)
    url = models.CharField(_("address"), max_length=1000)  # in the content language
    text = models.TextField(_("text"), blank=True)  # lead and body, for snippets
    # Analysed terms (search_terms.index_terms); the full-text index reads these.
    title_terms = models.TextField(blank=True)
    lead_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    # order_key(language, date, page): the row's key in the full-text index.
    order_key = models.BigIntegerField(unique=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return self.title


class IndexState(models.Model):
    """What the index was last built with: the version of the text analysis
    (``serbian.search_terms.ANALYSIS_VERSION``). One row; see
    ``index.rebuild_if_analysis_changed``."""

    analysis_version = models.PositiveIntegerField(_("analysis version"))

    class Meta:
        verbose_name = _("search index state")
        verbose_name_plural = _("search index state")

    def __str__(self):
        return f"analysis {self.analysis_version}"
