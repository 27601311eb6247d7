"""Who must confirm a sign-in with a second factor."""

from django.conf import settings


def requires_two_factor(user):
    """True for administrators and members of settings.TWO_FACTOR_GROUPS."""
    if not settings.TWO_FACTOR_REQUIRED or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.TWO_FACTOR_GROUPS).exists()
