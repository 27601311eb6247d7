"""Imports in the inquiries app flow one way: nothing imports back into views."""

import ast
from pathlib import Path

import pytest

from pressroom.inquiries.models import MediaInquiryPage

APP = Path(__file__).resolve().parent.parent
HANDLERS = {"views", "forms", "services", "desk", "digest", "wagtail_hooks"}


def imported_modules(path):
    """The app's own modules that ``path`` imports, anywhere in the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 1 and not module:
                found.update(alias.name for alias in node.names)
            elif node.level == 1:
                found.add(module.split(".")[0])
            elif module.startswith("pressroom.inquiries."):
                found.add(module.split(".")[2])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("pressroom.inquiries."):
                    found.add(alias.name.split(".")[2])
    return found


def test_the_models_import_no_view_form_or_service():
    assert not imported_modules(APP / "models.py") & HANDLERS


def test_the_page_model_has_no_http_entry_point_of_its_own():
    from wagtail.models import Page

    assert MediaInquiryPage.serve is Page.serve


@pytest.mark.django_db
def test_a_preview_of_the_form_page_shows_the_form(english):
    page = MediaInquiryPage.objects.live().get(locale=english)
    response = page.make_preview_request()
    if hasattr(response, "render"):
        response.render()
    assert response.status_code == 200
    text = response.content.decode()
    assert "Your question" in text and 'name="started"' in text
