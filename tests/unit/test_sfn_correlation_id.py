"""The correlation id the Step Functions adapter logs under: the task's key once validated, else the request id."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from local.gateway.lambda_runtime import FakeLambdaContext
from sms_pool import errors, handlers, validation
from tests.fixtures import VALID_REQUEST, FakeAws

KEY = "offboard-run-9"  # no account id in it: the logger masks those


def _last_correlation_id(read_logs: Callable[[], list[str]]) -> object:
    return json.loads(read_logs()[-1])["correlation_id"]


def test_a_failure_after_validation_is_logged_under_the_tasks_key(
    fake_aws: FakeAws, context: FakeLambdaContext, read_logs: Callable[[], list[str]]
) -> None:
    fake_aws.error("ResourceNotFoundException", 404, ResourceType="pool", ResourceId=VALID_REQUEST["PoolId"])
    with pytest.raises(errors.ServiceError):
        handlers.handler({**VALID_REQUEST, "IdempotencyKey": KEY}, context)
    assert _last_correlation_id(read_logs) == KEY


def test_a_failure_of_a_task_without_a_key_is_logged_under_the_request_id(
    fake_aws: FakeAws, context: FakeLambdaContext, read_logs: Callable[[], list[str]]
) -> None:
    fake_aws.error("ResourceNotFoundException", 404, ResourceType="pool", ResourceId=VALID_REQUEST["PoolId"])
    with pytest.raises(errors.ServiceError):
        handlers.handler(dict(VALID_REQUEST), context)
    assert _last_correlation_id(read_logs) == context.aws_request_id


def test_an_unexpected_failure_after_validation_is_logged_under_the_tasks_key(
    fake_aws: FakeAws, context: FakeLambdaContext, read_logs: Callable[[], list[str]]
) -> None:
    fake_aws.raise_(RuntimeError("boom"))
    with pytest.raises(errors.ServiceError) as caught:
        handlers.handler({**VALID_REQUEST, "IdempotencyKey": KEY}, context)
    assert caught.value.row.code == "INTERNAL_ERROR"
    assert _last_correlation_id(read_logs) == KEY


def test_an_unexpected_failure_before_validation_is_logged_under_the_request_id(
    monkeypatch: pytest.MonkeyPatch, context: FakeLambdaContext, read_logs: Callable[[], list[str]]
) -> None:
    def broken(data: object) -> None:
        raise RuntimeError("validator bug")

    monkeypatch.setattr(validation, "validate_task", broken)
    with pytest.raises(errors.ServiceError) as caught:
        handlers.handler({**VALID_REQUEST, "IdempotencyKey": KEY}, context)
    assert caught.value.row.code == "INTERNAL_ERROR"
    assert _last_correlation_id(read_logs) == context.aws_request_id
