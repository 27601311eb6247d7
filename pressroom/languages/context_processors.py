"""Template context for the active reading language."""

from django.utils import translation

from .reading import reading_language


def reading_language_context(request):
    """Expose the active ReadingLanguage as ``reading_language``."""
    return {"reading_language": reading_language(translation.get_language())}
