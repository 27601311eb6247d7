"""The content API at /api/v2/ and its OpenAPI description."""

import io
import re
from urllib.parse import urlparse

from django.conf import settings
from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

import pytest
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate
from PIL import Image as PillowImage

from pressroom.news.models import ArticlePage
from pressroom.serbian.script import to_latin

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_content")]


CYRILLIC = re.compile("[\u0400-\u04ff]")
ARTICLES = "/api/v2/pages/?type=news.ArticlePage&fields=*"


@pytest.fixture
def document(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def conforms(document, schema_name, body):
    """Validate ``body`` against a schema of the document, $refs resolved."""
    schema = {
        "components": document["components"],
        "$ref": f"#/components/schemas/{schema_name}",
    }
    OAS31Validator(schema, format_checker=OAS31Validator.FORMAT_CHECKER).validate(body)


def all_items(client, url):
    """Every item of a listing, following the offset (20 per request)."""
    items, offset = [], 0
    while True:
        response = client.get(f"{url}&offset={offset}")
        assert response.status_code == 200, response.content
        body = response.json()
        items += body["items"]
        offset += len(body["items"])
        if not body["items"] or offset >= body["meta"]["total_count"]:
            return items


def test_the_document_is_valid_openapi_and_describes_both_apis(document):
    from pressroom.syndication.api import openapi_description

    # The one schemathesis checks the APIs against (test_api_conformance.py).
    assert document == openapi_description()
    validate(document)
    assert document["openapi"].startswith("3.")
    assert {"/api/search", "/api/v2/pages/", "/api/v2/images/"} <= set(
        document["paths"]
    )


@pytest.mark.parametrize("script", ["", "&script=cyrillic", "&script=latin"])
def test_article_listings_match_the_document(client, document, script):
    response = client.get(f"{ARTICLES}&locale=sr{script}")
    assert response.status_code == 200
    body = response.json()
    conforms(document, "PageListing", body)
    assert (
        body["meta"]["total_count"]
        == ArticlePage.objects.live().filter(locale__language_code="sr").count()
    )
    article = body["items"][0]
    assert {"kind", "date", "lead", "body", "topics", "image"} <= set(article)
    assert {"translations", "image_rendition"} <= set(article)
    assert article["meta"]["locale"] == "sr"


def test_details_and_images_match_the_document(client, document, english):
    article = ArticlePage.objects.live().filter(locale=english).first()
    detail = client.get(f"/api/v2/pages/{article.pk}/").json()
    conforms(document, "PageDetail", detail)
    assert detail["title"] == article.title
    assert detail["translations"] == [
        {"id": page.pk, "locale": "sr"} for page in article.get_translations()
    ]
    images = client.get("/api/v2/images/").json()
    conforms(document, "ImageListing", images)
    image = client.get(f"/api/v2/images/{detail['image']['id']}/").json()
    conforms(document, "Image", image)


def test_bad_parameters_are_answered_as_documented(client, document):
    for url in (
        "/api/v2/pages/?script=klingon",
        "/api/v2/pages/?limit=21",
        "/api/v2/pages/?type=news.Nothing",
        "/api/v2/pages/?type=",
        "/api/v2/images/?script=",
    ):
        response = client.get(url)
        assert response.status_code == 400, url
        conforms(document, "APIError", response.json())


def test_every_documented_parameter_is_accepted(client, document, english):
    article = ArticlePage.objects.live().filter(locale=english).first()
    values = {
        "script": "latin",
        "type": "news.ArticlePage",
        "fields": "*",
        "locale": "sr",
        "translation_of": article.pk,
        "child_of": article.get_parent().pk,
        "descendant_of": article.get_parent().pk,
        "ancestor_of": article.pk,
        "order": "-first_published_at",
        "search": "Drina",
        "limit": "5",
        "offset": "0",
    }
    operation = document["paths"]["/api/v2/pages/"]["get"]
    for parameter in operation["parameters"]:
        name = document["components"]["parameters"][
            parameter["$ref"].rsplit("/", 1)[1]
        ]["name"]
        params = {name: values[name]}
        if name in ("order", "fields"):
            params["type"] = "news.ArticlePage"
        response = client.get("/api/v2/pages/", params)
        assert response.status_code == 200, (name, response.content)


def test_latin_is_asked_for_and_never_imposed_by_a_cookie(client, serbian):
    article = ArticlePage.objects.live().filter(locale=serbian).first()
    latin = client.get(f"/api/v2/pages/{article.pk}/?script=latin").json()
    assert not CYRILLIC.search(str(latin))
    assert urlparse(latin["meta"]["html_url"]).path.startswith("/sr-latn/")
    assert latin["lead"] and latin["title"]
    assert latin["image_rendition"]["url"].startswith("/media/images/")

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sr-latn"
    plain = client.get(f"/api/v2/pages/{article.pk}/").json()
    assert plain["title"] == article.title
    assert urlparse(plain["meta"]["html_url"]).path.startswith("/sr/")
    # The same picture, its alternative text in the script asked for.
    latin_alt = latin["image_rendition"].pop("alt")
    plain_alt = plain["image_rendition"].pop("alt")
    assert plain["image_rendition"] == latin["image_rendition"]
    assert latin_alt == to_latin(plain_alt)


def test_drafts_and_restricted_pages_are_never_returned(client, english, admin_user):
    draft, private = ArticlePage.objects.live().filter(locale=english)[:2]
    draft.unpublish()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    # Not even to a signed-in editor: a partner's copy must not depend on it.
    client.force_login(admin_user)
    ids = {item["id"] for item in all_items(client, "/api/v2/pages/?limit=20")}
    assert ids
    assert draft.pk not in ids
    assert private.pk not in ids
    for page in (draft, private):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_only_images_that_public_pages_use_are_listed(client, english):
    picture = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "red").save(picture, "JPEG")
    unused = get_image_model().objects.create(
        title="Embargoed", file=ImageFile(picture, name="embargoed.jpg")
    )
    article = ArticlePage.objects.live().filter(locale=english).exclude(image=None)[0]
    ids = {item["id"] for item in all_items(client, "/api/v2/images/?limit=20")}
    assert article.image_id in ids
    assert unused.pk not in ids
    assert client.get(f"/api/v2/images/{unused.pk}/").status_code == 404


@pytest.mark.parametrize("endpoint", ["/api/v2/pages/", "/api/v2/images/"])
def test_search_is_left_to_the_search_api(client, endpoint):
    response = client.get(endpoint, {"search": '"unbalanced'})

    assert response.status_code == 400
    assert "search" in response.json()["message"]


def test_a_huge_offset_is_refused_with_a_message(client):
    response = client.get("/api/v2/pages/", {"offset": "9" * 30})

    assert response.status_code == 400
    assert "offset" in response.json()["message"]


def test_the_document_names_every_page_type_and_field_the_api_takes(document):
    """schemathesis trusts the document: a page type or field added to the
    site must be added to it too."""
    from wagtail.models import Page, get_page_models

    from pressroom.syndication.api import PublicPagesAPIViewSet as pages

    parameters = document["components"]["parameters"]
    types = parameters["type"]["schema"]["enum"]
    assert sorted(types) == sorted(model._meta.label for model in get_page_models())
    listing_fields = set(pages.get_available_fields(Page)) - set(
        pages.detail_only_fields
    )
    for name in listing_fields:
        assert f"|{name}|" in parameters["fields"]["schema"]["pattern"].replace(
            "(?:", "|"
        ).replace(")", "|"), name
