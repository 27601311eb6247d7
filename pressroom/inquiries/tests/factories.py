"""Inquiries made through the same service the public form uses, and the
desk's sign-in: ``pressroom.testing``'s factories under the names these
tests use."""

from pressroom.testing import make_inquiry as submit_inquiry
from pressroom.testing import sign_in_with_second_factor as log_in

__all__ = ["log_in", "submit_inquiry"]
