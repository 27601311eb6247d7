"""Inquiry references: MLO-2026-00042."""

import pytest

from pressroom.inquiries.reference import Reference, parse_reference


def test_reference_is_prefix_year_and_five_digit_number():
    assert str(Reference("MLO", 2026, 42)) == "MLO-2026-00042"
    assert str(Reference("PRESS", 2027, 123456)) == "PRESS-2027-123456"


def test_reference_round_trips_and_ignores_case_and_spaces():
    assert parse_reference(" mlo-2026-00042 ") == Reference("MLO", 2026, 42)


@pytest.mark.parametrize(
    "text", ["", "MLO-26-00042", "MLO-2026-42", "2026-00042", "MLO_2026_00042"]
)
def test_anything_else_is_not_a_reference(text):
    with pytest.raises(ValueError):
        parse_reference(text)


@pytest.mark.parametrize("prefix", ["", "mlo", "M-L", "TOOLONGPREFIX"])
def test_prefix_must_be_short_capitals(prefix):
    with pytest.raises(ValueError):
        Reference(prefix, 2026, 1)


def test_numbers_start_at_one():
    with pytest.raises(ValueError):
        Reference("MLO", 2026, 0)
