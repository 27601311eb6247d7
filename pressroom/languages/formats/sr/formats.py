"""Serbian (Cyrillic): a day's month in the genitive, "20. маја 2026.".

``E`` is the month's alternative name, which the project's catalogue gives
in the genitive (pressroom/languages/dates.py); ``F`` (nominative) stays for
a month on its own, "мај 2026.".
"""

DATE_FORMAT = "j. E Y."
DATETIME_FORMAT = "j. E Y. у H:i"
MONTH_DAY_FORMAT = "j. E"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y."
SHORT_DATE_FORMAT = "j. n. Y."
SHORT_DATETIME_FORMAT = "j. n. Y. H:i"
