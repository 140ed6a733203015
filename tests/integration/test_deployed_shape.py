"""What a caller's code meets deployed, met locally, as independent clients see it (the AWS SDK for JavaScript's
signer with ``fetch``, curl): the stage in the path, the throttled 429's headers, session tokens, SigV4 texts.

Recorded AWS answers the assertions rest on: a path without the stage is 403 ``{"message":"Forbidden"}``
(OWASP/Serverless-Goat#14); a JWT in ``Authorization`` gets "Authorization header requires 'Credential'
parameter. ..." (aws/chalice#828, API Gateway); a token AWS did not issue is "The security token included in the
request is invalid." (mhart/dynalite's DynamoDB record); "Signature not yet current: X is still later than Y
(Z + 5 min.)" (an ``eb deploy`` answer; API Gateway's window is 5 minutes).
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from local import sigv4
from local.gateway import responses as gateway_responses
from local.gateway import routes
from local.gateway.core import LocalApiGateway
from local.sigv4 import LocalKey
from tests.fixtures import run_json
from tests.integration import echo_handler
from tests.integration.conftest import LocalMode, start_local_mode
from tests.synth import ROOT

ROUTE = "/disassociate-origination-identity"
KEY = sigv4.DEFAULT_KEYS[0]
SCRIPT = Path(__file__).parent / "js" / "signed_call.mjs"
TOKEN_KEY = LocalKey(
    "ASIALOCALTOKENKEY001",
    "token-key-secret",
    "arn:aws:sts::123456789012:assumed-role/caller/session",
    "AROALOCALTOKENKEY001:session",
    "123456789012",
    "token-issued-by-the-local-mode",
)
BODY = {"PoolId": "pool-00000000000000000000000000000000", "OriginationIdentity": "phone-1", "IsoCountryCode": "US"}


def js_call(url: str, key: LocalKey = KEY, *, token: str | None = None, repeat: int = 0) -> Any:
    """The JS SDK's signer (@smithy/signature-v4) and fetch: one answer, or ``repeat`` of them."""
    env = {**os.environ, **({"SESSION_TOKEN": token} if token else {}), **({"REPEAT": str(repeat)} if repeat else {})}
    return run_json(
        [str(ROOT / "node_modules" / ".bin" / "node"), str(SCRIPT), url, key.access_key, key.secret_key], env=env
    )


def curl(url: str, *headers: str) -> tuple[dict[str, str], dict[str, Any]]:
    """curl's answer: (lower-cased headers, JSON body)."""
    args = ["curl", "-s", "-i", "-X", "POST", url, "-H", "Content-Type: application/json", "-d", json.dumps(BODY)]
    for header in headers:
        args += ["-H", header]
    raw = subprocess.run(args, capture_output=True, text=True, timeout=30, check=True).stdout
    head, _, body = raw.partition("\n\n")  # text mode: CRLF read as LF
    fields = dict(line.split(": ", 1) for line in head.splitlines()[1:])
    return {k.lower(): v for k, v in fields.items()}, json.loads(body)


def test_the_route_answers_on_the_templates_stage_and_only_there(local_mode: LocalMode, cdk_out: Path) -> None:
    stage = routes.stage_name(routes.resources_of(routes.find_template(cdk_out)))
    assert urlsplit(local_mode.api).path == f"/{stage}" == "/v1"  # the base URL, as the stack outputs it
    through = js_call(local_mode.api + ROUTE)
    assert (through["status"], through["body"]["code"]) == (404, "RESOURCE_NOT_FOUND")  # reached the function
    root = local_mode.api.removesuffix(f"/{stage}")
    stageless = js_call(root + ROUTE)
    assert (stageless["status"], stageless["body"], stageless["errorType"]) == (
        403,
        {"message": "Forbidden"},
        "ForbiddenException",
    )
    assert stageless["requestId"]


def test_the_throttled_429_carries_the_gateways_headers(cdk_out: Path, tmp_path: Path) -> None:
    process, mode = start_local_mode(cdk_out, tmp_path, {"SMS_LOCAL_THROTTLE": "on"})
    try:
        answers = js_call(mode.api + ROUTE, repeat=3)  # back to back: the stage's burst is 1
    finally:
        process.stop()
    throttled = [answer for answer in answers if answer["status"] == 429]
    assert throttled, [answer["status"] for answer in answers]
    for answer in throttled:
        assert answer["errorType"] == "TooManyRequestsException"
        assert answer["requestId"] == answer["body"]["requestId"]


@pytest.fixture
def token_gateway(cdk_out: Path) -> Iterator[str]:
    """The template's gateway (its function a recorder) with a key whose session token the local mode issued."""
    template = routes.find_template(cdk_out)
    resources = routes.resources_of(template)
    found = [dataclasses.replace(r, handler=f"{echo_handler.__name__}.capture") for r in routes.load(template)]
    gateway = LocalApiGateway(
        found,
        port=0,
        stage=routes.stage_name(resources),
        responses=gateway_responses.load(resources),
        keys=(KEY, TOKEN_KEY),
    )
    yield gateway.start()
    gateway.stop()


def test_a_token_the_local_mode_did_not_issue_is_refused(token_gateway: str) -> None:
    issued = js_call(token_gateway + ROUTE, TOKEN_KEY, token=TOKEN_KEY.session_token)
    assert issued["status"] == 200  # past SigV4: the function's stand-in answered
    for key, token in ((TOKEN_KEY, "forged"), (TOKEN_KEY, None), (KEY, "forged")):
        refused = js_call(token_gateway + ROUTE, key, token=token)
        assert (refused["status"], refused["errorType"]) == (403, "UnrecognizedClientException")
        assert refused["body"]["detail"] == "The security token included in the request is invalid."


def test_a_token_outside_the_signature_is_refused(token_gateway: str) -> None:
    import urllib.error
    import urllib.request

    body = json.dumps(BODY).encode()
    unsigned = dataclasses.replace(TOKEN_KEY, session_token=None)
    headers = sigv4.signed_headers(
        "POST", token_gateway + ROUTE, body, {"Content-Type": "application/json"}, key=unsigned
    )
    headers["X-Amz-Security-Token"] = str(TOKEN_KEY.session_token)  # a valid token, added after signing
    request = urllib.request.Request(token_gateway + ROUTE, data=body, headers=headers, method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403 and refused.value.headers["x-amzn-ErrorType"] == "InvalidSignatureException"


def test_a_bearer_header_is_an_incomplete_signature_naming_each_part(local_mode: LocalMode) -> None:
    headers, body = curl(local_mode.api + ROUTE, "Authorization: Bearer abc")
    assert headers["x-amzn-errortype"] == "IncompleteSignatureException"
    assert body["detail"] == (
        "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. "
        "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either "
        "a 'X-Amz-Date' or a 'Date' header. Authorization=Bearer abc"
    )


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(10, "Signature not yet current: {stamp} is still later than"), (-10, "Signature expired: {stamp} is now")],
)
def test_a_skewed_signature_gets_api_gateways_text(local_mode: LocalMode, minutes: int, expected: str) -> None:
    stamp = (datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%SZ")
    signed = sigv4.signed_headers("POST", local_mode.api + ROUTE, json.dumps(BODY).encode())
    sent: Callable[[str], bool] = lambda name: name.lower() not in {"x-amz-date", "content-type"}  # noqa: E731
    headers, body = curl(
        local_mode.api + ROUTE, f"X-Amz-Date: {stamp}", *(f"{k}: {v}" for k, v in signed.items() if sent(k))
    )
    assert headers["x-amzn-errortype"] == "InvalidSignatureException"
    assert body["detail"].startswith(expected.format(stamp=stamp)), body["detail"]
    assert body["detail"].endswith(f" {'+' if minutes > 0 else '-'} 5 min.)")
