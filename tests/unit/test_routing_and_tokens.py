"""Both entry points end to end (through botocore), routing errors and ClientToken derivation."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import core, errors, handlers
from tests.fixtures import OK_RESULT, SFN_OK_RESULT, VALID_REQUEST, FakeAws


def test_http_success_returns_aws_fields(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    response = handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)
    assert response["statusCode"] == 200
    assert response["headers"]["Content-Type"] == "application/json"
    assert json.loads(response["body"]) == OK_RESULT
    sent = fake_aws.calls[0]
    assert {k: sent[k] for k in VALID_REQUEST} == VALID_REQUEST
    assert len(sent["ClientToken"]) == 36  # botocore's own uuid4 when the caller gave no key


def test_step_functions_success_returns_same_object(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    event = {**VALID_REQUEST, "IdempotencyKey": "arn:aws:states:us-east-1:123456789012:execution:sm:run-1"}
    assert handlers.handler(event, context) == SFN_OK_RESULT
    # Masked as the logs are: an account id is a 12-digit run, all but its last 4 digits hidden.
    assert SFN_OK_RESULT["PoolArn"] == OK_RESULT["PoolArn"].replace(":123456789012:", ":********9012:")
    assert "IdempotencyKey" in event  # the caller's payload is left alone
    assert fake_aws.calls[0]["ClientToken"] == core.derive_client_token(event["IdempotencyKey"], VALID_REQUEST)
    assert "IdempotencyKey" not in fake_aws.calls[0]


def test_client_token_passes_through(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    body = {**VALID_REQUEST, "ClientToken": "caller-token-1"}
    handlers.handler(api_gateway_event(json.dumps(body), headers={"Idempotency-Key": "ignored"}), context)
    assert fake_aws.calls[0]["ClientToken"] == "caller-token-1"


def test_idempotency_key_gives_same_token_on_retry(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    for _ in range(3):
        fake_aws.ok()
    for key in ("order-42", "order-42", "order-43"):
        event = api_gateway_event(json.dumps(VALID_REQUEST), headers={"idempotency-KEY": key})
        assert handlers.handler(event, context)["statusCode"] == 200
    tokens = [call["ClientToken"] for call in fake_aws.calls]
    assert tokens[0] == tokens[1] != tokens[2]
    assert tokens[0] == core.derive_client_token("order-42", VALID_REQUEST)


def test_derived_token_fits_the_model() -> None:
    token = core.derive_client_token("x" * 1000, VALID_REQUEST)
    assert len(token) == 64 and all("!" <= c <= "~" for c in token)
    assert core.derive_client_token("a", VALID_REQUEST) != core.derive_client_token("b", VALID_REQUEST)


def test_one_key_for_several_identities_gives_distinct_tokens() -> None:
    # A Map state passes the same $$.Execution.Id for every item.
    other = {**VALID_REQUEST, "OriginationIdentity": "phone-other"}
    assert core.derive_client_token("exec-1", VALID_REQUEST) != core.derive_client_token("exec-1", other)
    assert core.derive_client_token("exec-1", VALID_REQUEST) == core.derive_client_token("exec-1", dict(VALID_REQUEST))


@pytest.mark.parametrize("key", ["", "x" * 257, "caf\u00e9", "tab\there"])
def test_bad_idempotency_key_is_400(fake_aws: FakeAws, context: FakeLambdaContext, key: str) -> None:
    event = api_gateway_event(json.dumps(VALID_REQUEST), headers={"Idempotency-Key": key})
    response = handlers.handler(event, context)
    assert response["statusCode"] == 400
    assert json.loads(response["body"])["errors"][0]["field"] == "Idempotency-Key"
    assert fake_aws.calls == []


def test_wrong_method_is_405(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    response = handlers.handler(api_gateway_event(None, method="GET"), context)
    assert response["statusCode"] == 405 and response["headers"]["Allow"] == "POST"
    assert json.loads(response["body"])["code"] == "METHOD_NOT_ALLOWED"


def test_unknown_path_is_404(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    response = handlers.handler(api_gateway_event("{}", path="/nope"), context)
    assert response["statusCode"] == 404
    assert json.loads(response["body"])["code"] == "ROUTE_NOT_FOUND"


def test_non_json_content_type_is_415(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    event = api_gateway_event(json.dumps(VALID_REQUEST), headers={"content-type": "text/plain"})
    response = handlers.handler(event, context)
    assert response["statusCode"] == 415 and fake_aws.calls == []


def test_problem_carries_request_id(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    event = api_gateway_event("not json")
    body = json.loads(handlers.handler(event, context)["body"])
    assert body["requestId"] == event["requestContext"]["requestId"]
    assert set(body) >= {"type", "title", "status", "detail", "code", "requestId", "errors"}


@pytest.mark.parametrize(
    "change",
    [
        {"requestContext": "not a dict"},
        {"requestContext": {"requestId": 42}},
        {"headers": ["a", "b"]},
        {"headers": "Content-Type: application/json"},
        {"headers": {1: "x"}},
        {"body": {"PoolId": "p"}},
        {"body": 12},
        {"body": ["x"]},
        {"resource": None},
    ],
)
def test_malformed_events_get_a_problem_not_a_crash(
    fake_aws: FakeAws, context: FakeLambdaContext, change: dict[str, object]
) -> None:
    event = {**api_gateway_event(json.dumps(VALID_REQUEST)), **change}
    fake_aws.ok()
    response = handlers.handler(event, context)
    if "requestContext" in change:  # no longer the deployed API's: refused, not crashed
        assert (response["statusCode"], json.loads(response["body"])["code"]) == (403, "UNTRUSTED_API_EVENT")
        return
    assert response["statusCode"] in (200, 400)
    if response["statusCode"] == 400:
        assert json.loads(response["body"])["code"] == "INVALID_REQUEST"


def test_base64_flag_must_be_true_not_truthy(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    event = {**api_gateway_event(json.dumps(VALID_REQUEST)), "isBase64Encoded": "false"}
    assert handlers.handler(event, context)["statusCode"] == 200


def test_step_functions_rejection_is_logged_with_a_correlation_id(
    fake_aws: FakeAws, context: FakeLambdaContext, read_logs: Callable[[], list[str]]
) -> None:
    with pytest.raises(errors.ServiceError):
        handlers.handler({"PoolId": 1}, context)
    assert json.loads(read_logs()[-1])["correlation_id"] == context.aws_request_id
