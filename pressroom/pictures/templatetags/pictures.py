"""``{% picture %}`` as Wagtail's, with each picture's markup kept once made.

Wagtail's tag parses its filter specs into operations and reads the
renditions (nine for a picture in three formats and three widths) from the
``renditions`` cache on every render: half the time of an article page with
nine pictures. The markup depends only on the image (its file, focal point
and alternative text), the specs and the attributes, so it is kept per
process under a key made of exactly those: an edited image (a new file, a
new focal point, a new title) gets a new key, and no content change can make
a kept picture wrong. Pictures whose file is missing ("not-found") are not
kept, so they show as soon as the file is back.
"""

from django import template
from django.utils.safestring import mark_safe

from wagtail.images.templatetags.wagtailimages_tags import PictureNode, image

from pressroom.rendercache.reuse import KeptValues

register = template.Library()

# Pictures kept per process: a few KB of markup each.
KEPT_PICTURES = 4096


kept = KeptValues(KEPT_PICTURES)


class KeptPictureNode(PictureNode):
    """Wagtail's ``PictureNode``, its markup kept per image, specs and attributes."""

    def render(self, context):
        if self.output_var_name:
            return super().render(context)
        picture = self.validate_image(context)
        if not picture:
            return ""
        attrs = tuple(
            (name, str(value.resolve(context))) for name, value in self.attrs.items()
        )
        key = (
            picture.pk,
            picture.file.name,
            picture.width,
            picture.height,
            picture.focal_point_x,
            picture.focal_point_y,
            picture.focal_point_width,
            picture.focal_point_height,
            picture.default_alt_text,
            tuple(self.filter_specs),
            attrs,
        )
        markup = kept.get(key)
        if markup is None:
            markup = super().render(context)
            if "not-found" not in markup:
                kept.put(key, markup)
        return mark_safe(markup)  # noqa: S308 (Wagtail's own escaped markup)


@register.tag("picture")
def picture(parser, token):
    """``{% picture image format-{avif,webp} width-{480,960} sizes="…" %}``."""
    node = image(parser, token)  # Wagtail's parsing and its error messages
    return KeptPictureNode(
        node.image_expr,
        node.filter_specs,
        output_var_name=node.output_var_name,
        attrs=node.attrs,
    )
