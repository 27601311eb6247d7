"""The served OpenAPI document describes what /api/search really answers."""

from datetime import date

import pytest

from pressroom.ratelimits import limits as ratelimit

pytestmark = pytest.mark.django_db


def check(value, schema, document, where="$"):
    """A small JSON Schema check: the keywords the document uses, no more."""
    if "$ref" in schema:
        target = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return check(value, target, document, where)
    kind = schema.get("type")
    types = {
        "object": dict,
        "array": list,
        "string": str,
        "integer": int,
        "boolean": bool,
    }
    if kind:
        assert isinstance(value, types[kind]), f"{where}: not {kind}"
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not allowed"
    if "minimum" in schema:
        assert value >= schema["minimum"], where
    if schema.get("format") == "date":
        date.fromisoformat(value)
    if schema.get("format") == "uri":
        assert value.startswith(("http://", "https://")), where
    if kind == "object":
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            assert name in value, f"{where}: {name} missing"
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(properties), f"{where}: extra {set(value)}"
        for name, item in value.items():
            if name in properties:
                check(item, properties[name], document, f"{where}.{name}")
    if kind == "array":
        assert len(value) <= schema.get("maxItems", len(value)), where
        for index, item in enumerate(value):
            check(item, schema["items"], document, f"{where}[{index}]")


@pytest.fixture
def document(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def response_schema(document, status):
    operation = document["paths"]["/api/search"]["get"]
    content = operation["responses"][str(status)]["content"]
    return content["application/json"]["schema"]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "vucetic", "lang": "sr-latn"},
        {"q": "Србија", "lang": "sr", "page": "2"},
        {"q": "partnership", "lang": "en", "kind": "page"},
        {"q": "exercise", "lang": "en", "year": "2026", "kind": "news"},
    ],
)
def test_results_match_the_document(client, document, params):
    response = client.get("/api/search", params)
    assert response.status_code == 200
    check(response.json(), response_schema(document, 200), document)


@pytest.mark.parametrize(
    "params", [{"q": ""}, {"q": "x", "lang": "xx"}, {"q": "x", "page": "0"}]
)
def test_errors_match_the_document(client, document, params):
    response = client.get("/api/search", params)
    assert response.status_code == 400
    check(response.json(), response_schema(document, 400), document)


def test_rate_limit_answer_matches_the_document(
    client, document, settings, monkeypatch
):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 1
    monkeypatch.setattr(ratelimit, "now", lambda: 1_000_000.0)
    client.get("/api/search", {"q": "vucetic"})
    response = client.get("/api/search", {"q": "vucetic"})
    assert response.status_code == 429
    check(response.json(), response_schema(document, 429), document)


def test_every_parameter_the_endpoint_reads_is_documented(document):
    parameters = document["paths"]["/api/search"]["get"]["parameters"]
    assert {parameter["name"] for parameter in parameters} == {
        "q",
        "lang",
        "kind",
        "year",
        "page",
    }
