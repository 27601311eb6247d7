"""How a date is written in each reading language: the one place that decides.

Serbian writes a day with its month in the genitive, with a full stop after
the day and after the year: "20. маја 2026." (Pravopis 2010). Django's
Serbian formats write "20. мај 2026.": the nominative, right only for a month
on its own ("мај 2026."). So:

- the formats are the project's own (``settings.FORMAT_MODULE_PATH``,
  ``pressroom/languages/formats/<locale>/formats.py``), and put Django's
  ``E``, the month's "alternative" name, after a day number;
- the alternative names come from the project's catalogue, in the genitive
  (:data:`GENITIVE_MONTHS`, context "alt. month"; Django's own Serbian
  alternative names are nominative too). Naming them here keeps them in the
  catalogue when it is regenerated.

Templates write dates with Django's named formats (``|date:"DATE_FORMAT"``,
``"DATETIME_FORMAT"``, ``"SHORT_DATETIME_FORMAT"``) and a dateline with
``{% dateline place date %}``; Python code calls the functions below. A
dateline names the place first, in every language: "Београд, 20. маја 2026.".
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import pgettext_lazy

#: The genitive ("of May") of each month, January first, for "20. маја".
GENITIVE_MONTHS = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)


def _local(value):
    """An aware datetime in the current time zone; dates as they are."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def human_date(value):
    """The date as readers of the active language write it: "20. маја 2026."."""
    return date_format(_local(value), "DATE_FORMAT")


def human_datetime(value):
    """Date and time: "20. маја 2026. у 12:00"."""
    return date_format(_local(value), "DATETIME_FORMAT")


def dateline(place, value):
    """The place, then the date: "Београд, 20. маја 2026."; the date alone
    when there is no place."""
    date_text = human_date(value)
    return f"{place}, {date_text}" if place else date_text
