"""Inquiry references such as ``MLO-2026-00042``: formatting and parsing.

Pure Python. The number is a per-year sequence; the database allocates it
(``models.ReferenceCounter``) inside the submission's transaction.
"""

import re
from dataclasses import dataclass

PREFIX_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,9}$")


@dataclass(frozen=True, order=True)
class Reference:
    prefix: str
    year: int
    number: int

    def __post_init__(self):
        if not PREFIX_PATTERN.match(self.prefix):
            raise ValueError(f"A reference prefix is 1–10 capitals: {self.prefix!r}")
        if self.number < 1:
            raise ValueError("Reference numbers start at 1.")

    def __str__(self):
        # Five digits keep references the same length up to 99,999 a year;
        # beyond that the number simply grows.
        return f"{self.prefix}-{self.year:04d}-{self.number:05d}"


REFERENCE_PATTERN = re.compile(r"^([A-Z][A-Z0-9]{0,9})-(\d{4})-(\d{5,})$")


def parse_reference(text):
    """Read a reference written by ``str(Reference)``; ValueError if it is not one."""
    match = REFERENCE_PATTERN.match(text.strip().upper())
    if not match:
        raise ValueError(f"Not an inquiry reference: {text!r}")
    prefix, year, number = match.groups()
    return Reference(prefix, int(year), int(number))
