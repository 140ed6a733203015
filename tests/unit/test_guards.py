"""The function's guards (issue 25): the pools it may change, the API events it trusts, what Step Functions keeps."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import config, errors, handlers
from sms_pool.constants import ALLOWED_POOLS_ENV
from tests.fixtures import OK_RESULT, VALID_REQUEST, FakeAws, patch_settings

SHARED = "arn:aws:sms-voice:us-east-1:444455556666:pool/pool-shared0123"
EXECUTION = "arn:aws:states:us-east-1:123456789012:execution:Offboard:run-7"


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_pool_outside_the_list_is_a_403_before_any_aws_call(
    monkeypatch: pytest.MonkeyPatch, fake_aws: FakeAws, context: FakeLambdaContext, dry_run: bool
) -> None:
    patch_settings(monkeypatch, allowed_pools=frozenset({"pool-other", SHARED}))
    body = {**VALID_REQUEST, "DryRun": dry_run}
    response = handlers.handler(api_gateway_event(json.dumps(body)), context)
    problem = json.loads(response["body"])
    assert (response["statusCode"], problem["code"], problem["poolId"]) == (403, "POOL_NOT_ALLOWED", body["PoolId"])
    with pytest.raises(errors.ERROR_CLASSES["PoolNotAllowedError"]):
        handlers.handler({**body, "IdempotencyKey": EXECUTION}, context)
    assert fake_aws.calls == []


def test_listed_pools_pass_by_id_and_by_arn(
    monkeypatch: pytest.MonkeyPatch, fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    patch_settings(monkeypatch, allowed_pools=frozenset({VALID_REQUEST["PoolId"], SHARED}))
    fake_aws.ok()
    fake_aws.ok()
    for pool in (VALID_REQUEST["PoolId"], SHARED):
        response = handlers.handler(api_gateway_event(json.dumps({**VALID_REQUEST, "PoolId": pool})), context)
        assert response["statusCode"] == 200
    assert [call["PoolId"] for call in fake_aws.calls] == [VALID_REQUEST["PoolId"], SHARED]


@pytest.mark.parametrize(
    ("raw", "expected"), [(None, frozenset()), ("", frozenset()), ("*", None), ("a, b,", {"a", "b"})]
)
def test_the_pool_setting_fails_closed(raw: str | None, expected: frozenset[str] | None) -> None:
    env = {"AWS_REGION": "us-east-1", **({ALLOWED_POOLS_ENV: raw} if raw is not None else {})}
    assert config.load(env).allowed_pools == expected


@pytest.mark.parametrize(
    "forged",
    [
        {"accountId": "999988887777"},
        {"stage": "prod"},
        {"apiId": "other-api"},
        {"accountId": None},
    ],
)
def test_a_forged_api_event_is_refused_and_not_recorded_as_http_by_the_named_user(
    forged: dict[str, Any],
    fake_aws: FakeAws,
    context: FakeLambdaContext,
    read_audit: Callable[[], list[dict[str, Any]]],
) -> None:
    event = api_gateway_event(json.dumps(VALID_REQUEST))
    event["requestContext"]["identity"]["userArn"] = "arn:aws:iam::123456789012:role/someone-else"
    event["requestContext"].update(forged)
    response = handlers.handler(event, context)
    assert (response["statusCode"], json.loads(response["body"])["code"]) == (403, "UNTRUSTED_API_EVENT")
    assert fake_aws.calls == []
    [record] = read_audit()
    assert record["via"] == "direct" and record["userArn"] is None and record["outcome"] == "UNTRUSTED_API_EVENT"


def test_an_event_from_the_deployed_api_records_its_caller(
    fake_aws: FakeAws, context: FakeLambdaContext, read_audit: Callable[[], list[dict[str, Any]]]
) -> None:
    fake_aws.ok()
    event = api_gateway_event(json.dumps(VALID_REQUEST))
    event["requestContext"]["identity"]["userArn"] = "arn:aws:iam::123456789012:role/caller"
    assert handlers.handler(event, context)["statusCode"] == 200
    [record] = read_audit()
    assert record["via"] == "http" and record["userArn"] == "arn:aws:iam::********9012:role/caller"


def test_without_the_api_settings_no_api_event_is_trusted(
    monkeypatch: pytest.MonkeyPatch, fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    patch_settings(monkeypatch, api_account_id="", api_stage="")
    response = handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)
    assert response["statusCode"] == 403 and fake_aws.calls == []


def test_no_full_number_in_what_step_functions_receives(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    # The example: a stray field named after a number came back unmasked in errorMessage.
    with pytest.raises(errors.ServiceError) as raised:
        handlers.handler({**VALID_REQUEST, "Bogus+12065551234": "x", "IdempotencyKey": EXECUTION}, context)
    message = str(raised.value)
    assert "12065551234" not in message and "+*******1234" in message
    assert json.loads(message)["code"] == "INVALID_REQUEST"  # still the JSON Cause a Catch parses
    fake_aws.ok()
    result = handlers.handler({**VALID_REQUEST, "IdempotencyKey": EXECUTION}, context)
    assert "123456789012" not in json.dumps(result)  # ARNs' account ids, masked as in the logs
    assert result["PoolId"] == OK_RESULT["PoolId"]


def test_an_http_caller_still_gets_its_own_values(context: FakeLambdaContext) -> None:
    body = json.dumps({**VALID_REQUEST, "Bogus+12065551234": "x"})
    problem = json.loads(handlers.handler(api_gateway_event(body), context)["body"])
    assert problem["errors"][0]["field"] == "Bogus+12065551234"
