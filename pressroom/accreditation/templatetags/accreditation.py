"""``accredited``: whether an e-mail address belongs to an accredited journalist.

The inquiry desk marks such senders; it loads this library in its template,
so that the inquiries app does not import this one.
"""

from django import template

from ..models import Accreditation

register = template.Library()


@register.filter
def accredited(email):
    """True if ``email`` has a valid accreditation (compared without case)."""
    if not email:
        return False
    return Accreditation.objects.valid().of_email(email).exists()
