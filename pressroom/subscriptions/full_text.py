"""An article's whole text for an e-mail, as HTML and as plain text.

The site's block templates are for the site: pictures in several formats,
classes from its style sheet, relative links. A message gets the text of
each block (paragraphs, headings, quotations, questions and answers, video
links and picture captions) with every link made absolute; the pictures
themselves stay on the site, where the message links to.
"""

import re
from collections.abc import Mapping
from html import unescape

from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.safestring import mark_safe

from pressroom.sitesetup.address import site_address

# Links and sources in rich text that start with "/": the site's own.
_SITE_LINK = re.compile(r'(\s(?:href|src)=")(/[^"]*)"')
# Where a line ends in rich text once its tags are gone.
_LINE_END = re.compile(r"</(?:p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


def _absolute_links(html):
    return _SITE_LINK.sub(lambda m: f'{m.group(1)}{site_address(m.group(2))}"', html)


def _rich_text_plain(html):
    text = strip_tags(_LINE_END.sub("\n", re.sub(r"<li[^>]*>", "- ", html)))
    lines = (" ".join(line.split()) for line in unescape(text).splitlines())
    return "\n".join(line for line in lines if line)


def _captions(value):
    # One captioned image (a StructValue, a mapping) or a gallery (a
    # ListValue, a sequence but no list).
    pictures = [value] if isinstance(value, Mapping) else list(value)
    return [picture.get("caption") for picture in pictures if picture.get("caption")]


def body_html(page):
    """The article's body as simple, safe HTML with absolute links."""
    parts = []
    for block in page.body:
        kind, value = block.block_type, block.value
        if kind == "paragraph":
            parts.append(mark_safe(_absolute_links(str(value.__html__()))))  # noqa: S308
        elif kind == "heading":
            parts.append(format_html("<h2>{}</h2>", value))
        elif kind == "quote":
            parts.append(
                format_html(
                    "<blockquote><p>{}</p>{}</blockquote>",
                    value["text"],
                    format_html("<p>— {}</p>", value["attribution"])
                    if value["attribution"]
                    else "",
                )
            )
        elif kind == "qa":
            parts.append(
                format_html(
                    "<p><strong>{}</strong></p>{}",
                    value["question"],
                    mark_safe(_absolute_links(str(value["answer"].__html__()))),  # noqa: S308
                )
            )
        elif kind == "video":
            parts.append(
                format_html('<p><a href="{}">{}</a></p>', value["url"], value["title"])
            )
        elif kind in ("image", "gallery"):
            captions = ((caption,) for caption in _captions(value))
            parts.append(format_html_join("", "<p><em>{}</em></p>", captions))
    return mark_safe("\n".join(str(part) for part in parts if part))  # noqa: S308


def body_text(page):
    """The article's body as plain text, a blank line between blocks."""
    parts = []
    for block in page.body:
        kind, value = block.block_type, block.value
        if kind == "paragraph":
            parts.append(_rich_text_plain(_absolute_links(str(value.__html__()))))
        elif kind == "heading":
            parts.append(str(value))
        elif kind == "quote":
            attribution = f"\n— {value['attribution']}" if value["attribution"] else ""
            parts.append(f"“{value['text']}”{attribution}")
        elif kind == "qa":
            answer = _rich_text_plain(str(value["answer"].__html__()))
            parts.append(f"{value['question']}\n{answer}")
        elif kind == "video":
            parts.append(f"{value['title']}: {value['url']}")
        elif kind in ("image", "gallery"):
            parts.extend(f"[{caption}]" for caption in _captions(value))
    return "\n\n".join(part for part in parts if part)
