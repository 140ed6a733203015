"""The bad-input corpus (tests/data/bad_inputs.json) over HTTP and, where it applies, as a Step Functions payload."""

from __future__ import annotations

import base64
import http.client
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from local.gateway.server import MAX_PAYLOAD_BYTES
from tests.integration.conftest import LocalMode, post
from tests.reliability.logscan import body_leaks, problem_fields
from tests.reliability.plugin import SfnWorker

CORPUS = json.loads((Path(__file__).parents[1] / "data" / "bad_inputs.json").read_text())["cases"]
REQUIRED_CATEGORIES = {
    "not-json",
    "truncated",
    "size",
    "nesting",
    "duplicate-keys",
    "unicode",
    "control",
    "wrong-type",
    "country-code",
    "arn",
    "injection",
}


def _fill(value: Any, demo: dict[str, Any]) -> Any:
    if isinstance(value, str):
        return value.replace("{pool_id}", demo["pool_id"]).replace("{phone_id}", demo["phone_number_ids"][2])
    if isinstance(value, list):
        return [_fill(item, demo) for item in value]
    if isinstance(value, dict):
        return {key: _fill(item, demo) for key, item in value.items()}
    return value


def _raw(case: dict[str, Any], demo: dict[str, Any]) -> bytes:
    if "raw" in case:
        return str(_fill(case["raw"], demo)).encode("utf-8", "surrogatepass")
    if "raw_b64" in case:
        return base64.b64decode(str(case["raw_b64"]))
    if "body" in case:
        return json.dumps(_fill(case["body"], demo)).encode("utf-8")
    spec: dict[str, Any] = case["generate"]
    if spec["kind"] == "size":
        prefix = b'{"PoolId": "'
        return prefix + b"A" * (int(spec["bytes"]) - len(prefix) - 2) + b'"}'
    depth = int(spec["depth"])
    nested = str(spec["open"]) * depth + "1" + str(spec["close"]) * depth
    if "field" in spec:
        return (
            json.dumps(
                _fill({"PoolId": "{pool_id}", "OriginationIdentity": "{phone_id}", "IsoCountryCode": "US"}, demo)
            )
            .replace(json.dumps(demo["pool_id"]), nested)
            .encode()
        )
    return nested.encode()


def _post_headers_only(mode: LocalMode, length: int) -> tuple[int, dict[str, str], Any]:
    """Announce an oversize body and read the answer without sending it (as API Gateway answers 413 first)."""
    parts = urlsplit(mode.api)
    connection = http.client.HTTPConnection(str(parts.hostname), parts.port, timeout=30)
    try:
        connection.putrequest("POST", f"{parts.path}/disassociate-origination-identity")
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Content-Length", str(length))
        connection.endheaders()
        response = connection.getresponse()
        return response.status, dict(response.headers), json.loads(response.read())
    finally:
        connection.close()


@pytest.fixture(scope="module")
def demo(rel_mode: LocalMode) -> dict[str, Any]:
    return rel_mode.seed()


def test_corpus_covers_every_category() -> None:
    assert {case["category"] for case in CORPUS} >= REQUIRED_CATEGORIES
    assert len({case["name"] for case in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize("case", CORPUS, ids=[case["name"] for case in CORPUS])
def test_bad_input_over_http(rel_mode: LocalMode, demo: dict[str, Any], case: dict[str, Any]) -> None:
    rel_mode.control.clear_calls()
    size = case.get("generate", {}).get("bytes", 0)
    if size > MAX_PAYLOAD_BYTES:
        raw = b""
        status, headers, body = _post_headers_only(rel_mode, size)
    else:
        raw = _raw(case, demo)
        status, headers, body = post(rel_mode, None, case.get("headers"), raw=raw)
    expect = case["expect"]
    assert (status, body["code"]) == (expect["status"], expect["code"]), body
    assert headers["Content-Type"] == "application/problem+json"
    if expect["field"] is not None:
        assert expect["field"] in problem_fields(body), body
    assert body_leaks(json.dumps(body), raw.decode("utf-8", "replace")) == []
    calls = rel_mode.control.calls("DisassociateOriginationIdentity")
    assert len(calls) == (1 if case["aws_call"] else 0), calls


def test_corpus_left_the_pool_intact(rel_mode: LocalMode, demo: dict[str, Any]) -> None:
    assert len(rel_mode.pool_identities(demo["pool_id"])) == 4


SFN_CASES = [case for case in CORPUS if case["sfn"]]


@pytest.mark.parametrize("case", SFN_CASES, ids=[case["name"] for case in SFN_CASES])
def test_bad_input_as_step_functions_payload(
    rel_mode: LocalMode, demo: dict[str, Any], sfn: SfnWorker, case: dict[str, Any]
) -> None:
    rel_mode.control.clear_calls()
    answer = sfn.invoke(_fill(case["body"], demo))
    assert answer.get("errorType") == "InvalidRequestError", answer
    cause = json.loads(answer["errorMessage"])
    assert cause["code"] == "INVALID_REQUEST" and case["expect"]["field"] in problem_fields(cause)
    assert rel_mode.control.calls() == []
