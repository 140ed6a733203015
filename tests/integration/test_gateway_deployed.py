"""The local API refuses, signs and validates as the deployed one: SigV4, gateway responses, model, policy."""

from __future__ import annotations

import datetime
import json
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import botocore.auth
import pytest

from local import sigv4
from local.gateway import responses as gateway_responses
from local.gateway import routes
from local.gateway.core import LocalApiGateway
from local.gateway.responses import ResourcePolicy
from local.sigv4 import LocalKey
from tests.integration import echo_handler
from tests.integration.conftest import LocalMode, post

ROUTE = "/disassociate-origination-identity"
GOOD = {"PoolId": "pool-1", "OriginationIdentity": "phone-1", "IsoCountryCode": "US"}
OTHER_KEY = LocalKey(
    "AKIAOTHEREXAMPLE0002", "other-secret", "arn:aws:iam::123456789012:role/allowed", "AROA2", "123456789012"
)


def _template(cdk_out: Path) -> Path:
    return routes.find_template(cdk_out)


@pytest.fixture
def make_gateway(cdk_out: Path) -> Iterator[Callable[..., str]]:
    """The template's gateway (routes, models, gateway responses) in-process, its handler a recorder."""
    started: list[LocalApiGateway] = []

    def start(handler: str = "capture", **kwargs: Any) -> str:
        template = _template(cdk_out)
        found = [replace(r, handler=f"{echo_handler.__name__}.{handler}") for r in routes.load(template)]
        resources = routes.resources_of(template)
        kwargs.setdefault("responses", gateway_responses.load(resources))
        kwargs.setdefault("keys", (*sigv4.DEFAULT_KEYS, OTHER_KEY))
        gateway = LocalApiGateway(found, port=0, **kwargs)
        started.append(gateway)
        return gateway.start()

    echo_handler.CAPTURED.clear()
    yield start
    for gateway in started:
        gateway.stop()


def _send(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str], dict[str, Any]]:
    request = urllib.request.Request(url + ROUTE, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.loads(error.read())


def _signed(url: str, body: bytes, key: LocalKey = sigv4.DEFAULT_KEYS[0], region: str = "us-east-1") -> dict[str, str]:
    return sigv4.signed_headers("POST", url + ROUTE, body, {"Content-Type": "application/json"}, key=key, region=region)


def _expected(cdk_out: Path, response_type: str, message: str, answer: dict[str, Any]) -> dict[str, Any]:
    """What the template's gateway response for ``response_type`` renders to (with the answer's request id)."""
    responses = gateway_responses.load(routes.resources_of(_template(cdk_out)))
    rendered = gateway_responses.render(responses, response_type, message, answer["requestId"], 403)
    expected: dict[str, Any] = json.loads(rendered["body"])
    return expected


def test_a_signed_request_passes_with_its_identity(make_gateway: Callable[..., str]) -> None:
    url = make_gateway()
    body = json.dumps(GOOD).encode()
    assert _send(url, body, _signed(url, body))[0] == 200
    identity = echo_handler.CAPTURED[0]["requestContext"]["identity"]
    key = sigv4.DEFAULT_KEYS[0]
    assert (identity["userArn"], identity["accountId"], identity["accessKey"]) == (
        key.user_arn,
        key.account_id,
        key.access_key,
    )
    assert identity["caller"] == key.caller


def test_unsigned_is_missing_authentication(make_gateway: Callable[..., str], cdk_out: Path) -> None:
    url = make_gateway()
    status, headers, answer = _send(url, json.dumps(GOOD).encode(), {"Content-Type": "application/json"})
    assert status == 403 and headers["Content-Type"] == "application/problem+json"
    assert answer == _expected(cdk_out, "MISSING_AUTHENTICATION_TOKEN", "Missing Authentication Token", answer)
    assert answer["code"] == "MISSING_AUTHENTICATION" and echo_handler.CAPTURED == []


def test_a_tampered_body_is_an_invalid_signature(make_gateway: Callable[..., str], cdk_out: Path) -> None:
    url = make_gateway()
    body = json.dumps(GOOD).encode()
    headers = _signed(url, body)
    status, _, answer = _send(url, body.replace(b"phone-1", b"phone-2"), headers)
    assert status == 403 and answer["code"] == "INVALID_SIGNATURE"
    assert answer == _expected(cdk_out, "INVALID_SIGNATURE", answer["detail"], answer)
    assert "does not match" in answer["detail"] and echo_handler.CAPTURED == []


def test_an_expired_signature_is_refused(make_gateway: Callable[..., str], monkeypatch: pytest.MonkeyPatch) -> None:
    url = make_gateway()
    body = json.dumps(GOOD).encode()
    past = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=10)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: past)
    headers = _signed(url, body)
    monkeypatch.undo()
    status, _, answer = _send(url, body, headers)
    assert status == 403 and answer["code"] == "INVALID_SIGNATURE"
    assert answer["detail"].startswith("Signature expired:")


@pytest.mark.parametrize(
    ("key", "region", "code"),
    [
        (LocalKey("AKIANOSUCHKEY0000000", "x", "arn:aws:iam::1:user/x", "x", "1"), "us-east-1", "GATEWAY_REJECTED"),
        (sigv4.DEFAULT_KEYS[0], "eu-west-1", "INVALID_SIGNATURE"),
        (replace(sigv4.DEFAULT_KEYS[0], secret_key="wrong"), "us-east-1", "INVALID_SIGNATURE"),
    ],
    ids=["unknown-key", "other-region", "wrong-secret"],
)
def test_bad_credentials_are_refused(make_gateway: Callable[..., str], key: LocalKey, region: str, code: str) -> None:
    url = make_gateway()
    body = json.dumps(GOOD).encode()
    status, _, answer = _send(url, body, _signed(url, body, key, region))
    assert (status, answer["code"]) == (403, code)


def test_no_auth_accepts_unsigned(make_gateway: Callable[..., str]) -> None:
    url = make_gateway(auth=False)
    assert _send(url, json.dumps(GOOD).encode(), {"Content-Type": "application/json"})[0] == 200


# (a bad body, the field its 400 must name: None where the body as a whole is wrong)
INVALID_BODIES = [
    (b"not json", None),
    (b"[]", None),
    (json.dumps({**GOOD, "Extra": 1}).encode(), "Extra"),
    (json.dumps({k: v for k, v in GOOD.items() if k != "IsoCountryCode"}).encode(), "IsoCountryCode"),
    (json.dumps({**GOOD, "OriginationIdentity": "(206) 555-0100"}).encode(), "OriginationIdentity"),  # not E.164
    (json.dumps({**GOOD, "OriginationIdentity": "12065550100"}).encode(), "OriginationIdentity"),  # digits only
    (json.dumps({**GOOD, "DryRun": "yes"}).encode(), "DryRun"),
    (json.dumps({**GOOD, "IsoCountryCode": "us"}).encode(), "IsoCountryCode"),
    (json.dumps({**GOOD, "PoolId": None}).encode(), "PoolId"),
    (json.dumps({**GOOD, "ClientToken": "x" * 65}).encode(), "ClientToken"),
]


def test_the_template_has_no_request_validator(cdk_out: Path) -> None:
    # infra/api.py: the function validates (and names the field); the model only documents the body.
    assert all(route.request_schema is None for route in routes.load(_template(cdk_out)))


@pytest.mark.parametrize(("body", "field"), INVALID_BODIES)
def test_a_bad_body_gets_a_400_that_names_the_field(local_mode: LocalMode, body: bytes, field: str | None) -> None:
    local_mode.control.clear_calls()
    status, headers, answer = post(local_mode, None, raw=body)
    assert status == 400 and headers["Content-Type"] == "application/problem+json"
    assert answer["code"] == "INVALID_REQUEST" and "gatewayError" not in answer  # the function's answer
    if field is not None:
        assert field in [error["field"] for error in answer["errors"]] and field in answer["detail"]
    assert local_mode.control.calls() == []  # and AWS was never called


def test_a_non_json_body_is_left_to_the_function(make_gateway: Callable[..., str]) -> None:
    url = make_gateway()
    body = b"PoolId=pool-1"
    headers = sigv4.signed_headers("POST", url + ROUTE, body, {"Content-Type": "text/plain"})
    assert _send(url, body, headers)[0] == 200  # no model for text/plain: API Gateway does not validate


def test_the_resource_policy_limits_principals(make_gateway: Callable[..., str]) -> None:
    url = make_gateway(policy=ResourcePolicy(("arn:aws:iam::123456789012:role/allowed",)))
    body = json.dumps(GOOD).encode()
    status, _, answer = _send(url, body, _signed(url, body))
    assert status == 403 and answer["code"] == "CALLER_ACCESS_DENIED"
    assert "explicit deny" in answer["detail"]
    assert _send(url, body, _signed(url, body, OTHER_KEY))[0] == 200


def test_the_policy_is_read_from_the_template() -> None:
    resources = {
        "Api": {
            "Type": "AWS::ApiGateway::RestApi",
            "Properties": {
                "Policy": {
                    "Statement": [
                        {"Effect": "Allow", "Principal": {"AWS": "*"}},
                        {
                            "Effect": "Deny",
                            "Condition": {"ArnNotLike": {"aws:PrincipalArn": ["arn:aws:iam::1:role/ok-*"]}},
                        },
                    ]
                }
            },
        }
    }
    policy = gateway_responses.resource_policy(resources)
    assert policy.denies("arn:aws:iam::1:role/other") and not policy.denies("arn:aws:iam::1:role/ok-1")


def test_an_oversized_body_gets_the_templates_413(make_gateway: Callable[..., str]) -> None:
    import http.client

    parts = urlsplit(make_gateway())
    connection = http.client.HTTPConnection(str(parts.hostname), parts.port, timeout=10)
    connection.putrequest("POST", parts.path + ROUTE)
    connection.putheader("Content-Length", str(11 * 1024 * 1024))
    connection.endheaders()
    response = connection.getresponse()
    answer = json.loads(response.read())
    connection.close()
    assert response.status == 413 and answer["code"] == "REQUEST_TOO_LARGE"


def test_containers_run_requests_side_by_side(make_gateway: Callable[..., str]) -> None:
    url = make_gateway("slow_pid", auth=False, concurrency=2)
    pids: list[int] = []

    def call() -> None:
        pids.append(_send(url, b"{}", {"Content-Type": "text/plain"})[2]["pid"])

    started = time.monotonic()
    threads = [threading.Thread(target=call) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(pids)) == 2  # two containers, each its own process
    assert time.monotonic() - started < 0.95  # side by side, not one after the other


def test_curl_sigv4_is_accepted(local_mode: LocalMode) -> None:
    key = sigv4.DEFAULT_KEYS[0]
    answer = subprocess.run(
        [
            "curl",
            "-s",
            "--aws-sigv4",
            "aws:amz:us-east-1:execute-api",
            "--user",
            f"{key.access_key}:{key.secret_key}",
            "-H",
            "Content-Type: application/json",
            "-d",
            json.dumps(
                {"PoolId": "pool-00000000000000000000000000000000", **{k: GOOD[k] for k in GOOD if k != "PoolId"}}
            ),
            local_mode.api + ROUTE,
        ],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert json.loads(answer.stdout)["code"] == "RESOURCE_NOT_FOUND"  # signed and through to the function


@pytest.mark.parametrize("region_variable", ["AWS_REGION", "AWS_DEFAULT_REGION"])
def test_the_documented_python_example_works_unchanged(
    local_mode: LocalMode, tmp_path: Path, region_variable: str
) -> None:
    from tests.synth import ROOT

    text = (ROOT / "docs" / "infrastructure.md").read_text()
    section = text.split("## Calling the API from an internal service (SigV4)", 1)[1]
    code = section.split("```python", 1)[1].split("```", 1)[0]
    url = f'URL = "{local_mode.api}{ROUTE}"'
    script = "\n".join(url if line.startswith("URL = ") else line for line in code.splitlines())
    key = sigv4.DEFAULT_KEYS[0]
    env = {
        "AWS_ACCESS_KEY_ID": key.access_key,
        "AWS_SECRET_ACCESS_KEY": key.secret_key,
        region_variable: "us-east-1",  # either one alone: Lambda sets AWS_REGION, the CLI's docs AWS_DEFAULT_REGION
        "AWS_CONFIG_FILE": str(tmp_path / "none"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "PATH": "/usr/bin:/bin",
    }
    import sys

    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("400 ")  # signed: the function (not SigV4) rejects "pool-...", naming the field
    assert "'errors': [{'field': 'PoolId'" in result.stdout  # the script prints the parsed problem


def test_unsigned_through_the_local_mode_is_refused(local_mode: LocalMode) -> None:
    status, _, body = post(local_mode, GOOD, sign=False)
    assert status == 403 and body["code"] == "MISSING_AUTHENTICATION"


def test_allowed_principals_of_a_synthesized_stack_are_enforced(
    tmp_path_factory: pytest.TempPathFactory, make_gateway: Callable[..., str]
) -> None:
    from tests.infra.conftest import VARIANT_CONTEXT
    from tests.synth import synth_app

    variant = synth_app(tmp_path_factory.mktemp("cdk-principals"), VARIANT_CONTEXT)
    policy = gateway_responses.resource_policy(variant.raw["Resources"])
    allowed = replace(OTHER_KEY, user_arn="arn:aws:iam::111122223333:role/caller-b")
    url = make_gateway(policy=policy, keys=(sigv4.DEFAULT_KEYS[0], allowed))
    body = json.dumps(GOOD).encode()
    status, _, answer = _send(url, body, _signed(url, body))  # local-caller is not an allowed principal
    assert status == 403 and answer["code"] == "CALLER_ACCESS_DENIED"
    assert _send(url, body, _signed(url, body, allowed))[0] == 200


@pytest.mark.parametrize(
    ("tamper", "status", "code"), [("", 404, "RESOURCE_NOT_FOUND"), ("x", 403, "INVALID_SIGNATURE")]
)
def test_the_js_sdks_signer_is_accepted(local_mode: LocalMode, tamper: str, status: int, code: str) -> None:
    from tests.synth import ROOT

    node = ROOT / "node_modules" / ".bin" / "node"
    script = Path(__file__).parent / "js" / "signed_call.mjs"
    key = sigv4.DEFAULT_KEYS[0]
    args = [
        str(node),
        str(script),
        local_mode.api + ROUTE,
        key.access_key,
        key.secret_key,
        *([tamper] if tamper else []),
    ]
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    answer = json.loads(result.stdout)
    assert (answer["status"], answer["body"]["code"]) == (status, code)
