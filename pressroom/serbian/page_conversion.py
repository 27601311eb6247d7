"""Convert the Latin text of a Serbian page's draft to Cyrillic, field by field.

Editors sometimes paste Latin text into a Serbian page. This walks every text
field and every text block of the page's latest draft, converts it with the
script engine, and reports each change so the editor sees it before it is
applied. URLs, e-mail addresses, image choices and other non-text values are
never touched. Names in the register (``models.Name``) are written in their
registered Cyrillic form (``names.apply_names``), not transliterated.
"""

from dataclasses import dataclass

from django.db import models

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page

from .names import apply_names
from .script import html_to_cyrillic, to_cyrillic

# Page fields that hold machine values, never prose.
SKIPPED_FIELDS = {"slug", "url_path", "draft_title", "live_revision", "path"}


@dataclass(frozen=True)
class ProposedChange:
    """One field or block whose text changes."""

    label: str
    before: str
    after: str


def convert_page_to_cyrillic(page, foreign_words=(), names=None):
    """Convert ``page`` in place; return the list of ProposedChange made.

    ``names``: Latin spelling → Cyrillic form, from the names register.
    """
    changes = []
    names = names or {}

    def convert_text(text):
        return to_cyrillic(apply_names(text, names), foreign_words=foreign_words)

    def convert_html(html):
        return html_to_cyrillic(
            apply_names(html, names, html=True), foreign_words=foreign_words
        )

    for field in _text_fields(page):
        before = getattr(page, field.attname) or ""
        after = convert_text(before)
        if after != before:
            setattr(page, field.attname, after)
            changes.append(
                ProposedChange(str(field.verbose_name).capitalize(), before, after)
            )
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            stream = getattr(page, field.attname)
            raw = stream.get_prep_value()
            label = str(field.verbose_name).capitalize()
            converted = _convert_stream(
                field.stream_block, raw, label, changes, (convert_text, convert_html)
            )
            if converted != raw:
                setattr(page, field.attname, converted)
    return changes


def _text_fields(page):
    for field in page._meta.concrete_fields:
        if field.name in SKIPPED_FIELDS or field.choices:
            continue
        if type(field) in (models.CharField, models.TextField):
            if field.model is Page and field.name not in (
                "title",
                "seo_title",
                "search_description",
            ):
                continue
            yield field


def _convert(block, value, label, changes, converters):
    """Return ``value`` (raw, as stored) with its text converted by
    ``converters`` (plain text, HTML)."""
    if value is None:
        return value
    convert_text, convert_html = converters
    if isinstance(block, blocks.RichTextBlock):
        after = convert_html(value)
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        after = convert_text(value)
    elif isinstance(block, blocks.StructBlock):
        return {
            name: _convert(
                block.child_blocks[name],
                child,
                f"{label} › {block.child_blocks[name].label}",
                changes,
                converters,
            )
            if name in block.child_blocks
            else child
            for name, child in value.items()
        }
    elif isinstance(block, blocks.ListBlock):
        return [
            {
                **item,
                "value": _convert(
                    block.child_block, item["value"], label, changes, converters
                ),
            }
            if isinstance(item, dict) and "value" in item and "type" in item
            else _convert(block.child_block, item, label, changes, converters)
            for item in value
        ]
    elif isinstance(block, blocks.StreamBlock):
        return _convert_stream(block, value, label, changes, converters)
    else:
        return value
    if after != value:
        changes.append(ProposedChange(label, value, after))
    return after


def _convert_stream(stream_block, raw, label, changes, converters):
    converted = []
    for item in raw:
        child = stream_block.child_blocks.get(item["type"])
        if child is None:
            converted.append(item)
            continue
        value = _convert(
            child, item["value"], f"{label} › {child.label}", changes, converters
        )
        converted.append({**item, "value": value})
    return converted
