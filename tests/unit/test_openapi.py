"""The local OpenAPI document's example body and the Swagger UI page's JSON link (no server started)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from local.gateway import openapi
from local.gateway.core import LocalApiGateway
from local.gateway.routes import Route
from sms_pool import validation
from sms_pool.constants import IDEMPOTENCY_HEADER, ROUTE


def _example(document: dict[str, object]) -> dict[str, str]:
    body = document["paths"][ROUTE]["post"]["requestBody"]["content"]["application/json"]  # type: ignore[index]
    return body["example"]  # type: ignore[no-any-return]


def test_default_example_is_a_valid_body_with_a_readable_token() -> None:
    example = _example(openapi.build())
    assert example["ClientToken"] == openapi.EXAMPLE_CLIENT_TOKEN
    assert validation.validate_body(dict(example)) == example
    header = openapi.build()["paths"][ROUTE]["post"]["parameters"][0]
    assert header["name"] == IDEMPOTENCY_HEADER


def test_example_carries_the_ids_it_is_given() -> None:
    example = openapi.example_body("pool-abc", "phone-def")
    assert _example(openapi.build(example=example)) == {
        "PoolId": "pool-abc",
        "OriginationIdentity": "phone-def",
        "IsoCountryCode": "US",
        "ClientToken": openapi.EXAMPLE_CLIENT_TOKEN,
    }


@pytest.fixture
def gateway() -> Iterator[LocalApiGateway]:
    local = LocalApiGateway([Route(ROUTE, "POST", "sms_pool.handlers.handler", "AWS_IAM")], port=0)
    local.start()  # stop() waits for the serving thread
    yield local
    local.stop()


def test_docs_format_json_is_the_document_with_the_demo_example(gateway: LocalApiGateway) -> None:
    gateway.example = openapi.example_body("pool-demo", "phone-demo")
    answer = gateway.static("GET", "/docs?format=json")
    assert answer is not None
    status, headers, body = answer
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert _example(json.loads(body))["PoolId"] == "pool-demo"
    page = gateway.static("GET", "/docs")
    assert page is not None and page[1]["Content-Type"].startswith("text/html")
    assert "pool-demo" in page[2].decode()


def test_the_document_carries_dry_runs_numbers_and_their_errors() -> None:
    from sms_pool import errors, models

    document = openapi.build()
    operation = document["paths"][ROUTE]["post"]
    ok = operation["responses"]["200"]["content"]["application/json"]["schema"]["oneOf"]
    assert [ref["$ref"].rsplit("/", 1)[1] for ref in ok] == ["DisassociateResponse", "DryRunResponse"]
    schemas = document["components"]["schemas"]
    assert schemas["DisassociateRequest"]["properties"]["DryRun"]["type"] == "boolean"
    identity = schemas["DisassociateRequest"]["properties"]["OriginationIdentity"]
    assert identity["pattern"] == models.IDENTITY_PATTERN and "not" in identity
    assert {"poolId", "phoneNumber", "identities"} <= set(schemas["Problem"]["properties"])
    for row in (errors.PhoneNumberNotInPoolError.row, errors.PhoneNumberAmbiguousError.row):
        assert row.code in operation["responses"][str(row.status)]["description"]


def test_the_sigv4_scheme_is_declared_as_api_gateways_export_does() -> None:
    document = openapi.build()
    # The shape of the API Gateway developer guide's x-amazon-apigateway-authtype example (IAM authorization).
    scheme = document["components"]["securitySchemes"]["sigv4"]
    assert {k: v for k, v in scheme.items() if k != "description"} == {
        "type": "apiKey",
        "name": "Authorization",
        "in": "header",
        "x-amazon-apigateway-authtype": "awsSigv4",
    }
    assert document["paths"][ROUTE]["post"]["security"] == [{"sigv4": []}]


def test_the_page_says_why_try_it_out_is_refused_and_how_to_sign() -> None:
    description = openapi.build()["info"]["description"]
    for words in ("403 `MISSING_AUTHENTICATION`", "curl --aws-sigv4", "execute-api", "LOCAL_API_AUTH=off make run"):
        assert words in description
