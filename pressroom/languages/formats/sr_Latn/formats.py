"""Serbian (Latin): as Cyrillic, "20. maja 2026." (see ../sr/formats.py)."""

DATE_FORMAT = "j. E Y."
# "u" is a format character (microseconds): the word is escaped.
DATETIME_FORMAT = r"j. E Y. \u H:i"
MONTH_DAY_FORMAT = "j. E"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y."
SHORT_DATE_FORMAT = "j. n. Y."
SHORT_DATETIME_FORMAT = "j. n. Y. H:i"
