"""Admin page form that keeps Serbian page slugs in ASCII Latin."""

from wagtail.admin.forms import WagtailAdminPageForm

from .script import serbian_slug

SERBIAN_CONTENT_LANGUAGE = "sr"


class SerbianSlugPageForm(WagtailAdminPageForm):
    """Turn a Cyrillic or accented slug of a Serbian page into ASCII Latin.

    Wagtail's editor proposes a slug from the title as typed, which for a
    Serbian page is Cyrillic; readers of both scripts share one URL, so it is
    converted (Посета у Нишу → poseta-u-nisu) before the uniqueness check.
    """

    def clean_slug(self):
        slug = self.cleaned_data.get("slug", "")
        if slug and not slug.isascii() and self._is_serbian():
            slug = serbian_slug(slug) or slug
        return slug

    def _is_serbian(self):
        locale = None
        if self.instance.locale_id:
            locale = self.instance.locale
        elif self.parent_page is not None and self.parent_page.depth > 1:
            locale = self.parent_page.locale
        return locale is not None and locale.language_code == SERBIAN_CONTENT_LANGUAGE
