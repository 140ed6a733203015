"""The local API Gateway itself: the events it builds, its documents, and the CLI's invoke."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aws_lambda_powertools.utilities.parser.models import APIGatewayProxyEventModel

from local.gateway import routes
from local.gateway.core import LocalApiGateway
from local.gateway.routes import Route
from tests.integration.conftest import LocalMode
from tests.synth import ROOT

CAPTURED: list[dict[str, Any]] = []


def capture(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """A stand-in handler that records the event the gateway built."""
    CAPTURED.append(event)
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"}


@pytest.fixture
def capturing_gateway() -> Iterator[str]:
    CAPTURED.clear()
    gateway = LocalApiGateway([Route("/things", "POST", f"{__name__}.capture", "AWS_IAM")], port=0, auth=False)
    yield gateway.start()
    gateway.stop()


def test_routes_come_from_the_synthesized_template(cdk_out: Path) -> None:
    found = routes.load(routes.find_template(cdk_out))
    assert [(r.path, r.method, r.handler) for r in found] == [
        ("/disassociate-origination-identity", "POST", "sms_pool.handlers.handler")
    ]


def test_event_parses_with_powertools_model(capturing_gateway: str) -> None:
    request = urllib.request.Request(
        f"{capturing_gateway}/things?a=1&a=2&b=",
        data=b"\xff\xfebinary",
        method="POST",
        headers={"Content-Type": "application/octet-stream", "X-Multi": "v"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
    event = CAPTURED[0]
    parsed = APIGatewayProxyEventModel.model_validate(event)
    assert parsed.httpMethod == "POST" and parsed.resource == "/things" and parsed.path == "/things"
    assert parsed.isBase64Encoded and parsed.body is not None
    assert parsed.multiValueQueryStringParameters == {"a": ["1", "2"], "b": [""]}
    assert parsed.queryStringParameters == {"a": "2", "b": ""}
    assert parsed.requestContext.identity.sourceIp is not None
    assert parsed.requestContext.stage == "local" and parsed.requestContext.requestId


def test_unknown_path_and_method_answered_by_the_gateway(capturing_gateway: str) -> None:
    for method, path in (("POST", "/nope"), ("GET", "/things")):
        request = urllib.request.Request(f"{capturing_gateway}{path}", method=method)
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(request, timeout=10)
        assert caught.value.code == 403  # no gateway responses given: API Gateway's default body
        assert json.loads(caught.value.read()) == {"message": "Missing Authentication Token"}
    assert CAPTURED == []


def test_openapi_and_swagger_ui_served_locally(local_mode: LocalMode) -> None:
    with urllib.request.urlopen(f"{local_mode.api}/openapi.json", timeout=10) as response:
        document = json.load(response)
    assert document["openapi"].startswith("3.")
    assert "/disassociate-origination-identity" in document["paths"]
    with urllib.request.urlopen(f"{local_mode.api}/docs", timeout=10) as response:
        page = response.read().decode()
    assert "/docs/swagger-ui-bundle.min.js" in page and "https://" not in page.split("<body>")[0]
    # The page declares SigV4 and says why "Try it out" is refused and how to sign (or turn checking off).
    assert '"x-amazon-apigateway-authtype": "awsSigv4"' in page and "LOCAL_API_AUTH=off make run" in page
    with urllib.request.urlopen(f"{local_mode.api}/docs/swagger-ui-bundle.min.js", timeout=10) as response:
        assert len(response.read()) > 100_000


def test_cli_invoke_success_and_error(local_mode: LocalMode) -> None:
    demo = local_mode.seed()
    payload = {
        "PoolId": demo["pool_id"],
        "OriginationIdentity": demo["phone_number_ids"][0],
        "IsoCountryCode": "US",
        "IdempotencyKey": "exec-1",
    }
    cli = [sys.executable, "-m", "local.cli", "invoke", "-", "--endpoint", local_mode.emulator]
    ok = subprocess.run(
        cli, input=json.dumps(payload), capture_output=True, text=True, cwd=ROOT, timeout=60, check=False
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["OriginationIdentity"] == demo["phone_number_ids"][0]
    missing = {**payload, "OriginationIdentity": "phone-00000000000000000000000000000000"}
    failed = subprocess.run(
        cli, input=json.dumps(missing), capture_output=True, text=True, cwd=ROOT, timeout=60, check=False
    )
    assert failed.returncode == 1
    error = json.loads(failed.stdout)
    assert error["errorType"] == "ResourceNotFoundError"
    assert json.loads(error["errorMessage"])["code"] == "RESOURCE_NOT_FOUND"
