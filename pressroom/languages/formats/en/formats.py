"""English: the office's staff work in Belgrade, so times are on the 24-hour
clock and numeric dates put the day first, never "12/07/2026 noon".

The admin is in English for everyone (Wagtail has no Serbian translation),
so these are the formats the desk and the page listings show to Serbian staff.
"""

DATE_FORMAT = "N j, Y"
DATETIME_FORMAT = "N j, Y, H:i"
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
