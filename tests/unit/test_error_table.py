"""Every row of the error table, driven by real AWS-shaped answers at botocore's HTTP layer."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from botocore.exceptions import (
    ConnectionClosedError,
    ConnectTimeoutError,
    EndpointConnectionError,
    ReadTimeoutError,
)

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import errors, handlers
from tests.fixtures import VALID_REQUEST, FakeAws

URL = "https://sms-voice.us-east-1.amazonaws.com/"

# (AWS answer, HTTP status, problem code, Step Functions errorType, extra problem members expected)
AWS_ROWS: list[tuple[str, int, dict[str, Any], int, str, str, dict[str, Any]]] = [
    (
        "ValidationException",
        400,
        {"Reason": "COUNTRY_CODE_MISMATCH", "Fields": [{"Name": "IsoCountryCode", "Message": "does not match"}]},
        400,
        "AWS_VALIDATION_FAILED",
        "AwsValidationError",
        {
            "reason": "COUNTRY_CODE_MISMATCH",
            "errors": [{"field": "IsoCountryCode", "message": "rejected by AWS (COUNTRY_CODE_MISMATCH)"}],
        },
    ),
    (
        "AccessDeniedException",
        400,
        {"Reason": "ACCOUNT_DISABLED"},
        403,
        "ACCESS_DENIED",
        "AccessDeniedError",
        {"reason": "ACCOUNT_DISABLED"},
    ),
    (
        "ResourceNotFoundException",
        400,
        {"ResourceType": "pool", "ResourceId": VALID_REQUEST["PoolId"]},
        404,
        "RESOURCE_NOT_FOUND",
        "ResourceNotFoundError",
        {"resourceType": "pool", "resourceId": VALID_REQUEST["PoolId"]},
    ),
    (
        "ConflictException",
        400,
        {"Reason": "LAST_PHONE_NUMBER", "ResourceType": "pool", "ResourceId": VALID_REQUEST["PoolId"]},
        409,
        "LAST_IDENTITY_IN_POOL",
        "LastIdentityError",
        {"reason": "LAST_PHONE_NUMBER", "resourceId": VALID_REQUEST["PoolId"]},
    ),
    (
        "ConflictException",
        400,
        {
            "Reason": "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL",
            "ResourceType": "phone-number",
            "ResourceId": VALID_REQUEST["OriginationIdentity"],
        },
        409,
        "NOT_IN_POOL",
        "NotInPoolError",
        {"reason": "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL", "resourceId": VALID_REQUEST["OriginationIdentity"]},
    ),
    (
        "ConflictException",
        400,
        {"Reason": "RESOURCE_NOT_ACTIVE", "ResourceType": "pool", "ResourceId": VALID_REQUEST["PoolId"]},
        409,
        "CONFLICT",
        "ConflictError",
        {"reason": "RESOURCE_NOT_ACTIVE", "resourceId": VALID_REQUEST["PoolId"]},
    ),
    ("ThrottlingException", 400, {}, 429, "THROTTLED", "ThrottledError", {}),
    ("InternalServerException", 500, {"RequestId": "r"}, 502, "UPSTREAM_INTERNAL_ERROR", "UpstreamInternalError", {}),
    (
        "ServiceQuotaExceededException",
        400,
        {"Reason": "x"},
        502,
        "UPSTREAM_ERROR",
        "UpstreamError",
        {"awsErrorCode": "ServiceQuotaExceededException"},
    ),
]
TRANSPORT_ROWS: list[tuple[BaseException, int, str, str]] = [
    (EndpointConnectionError(endpoint_url=URL), 503, "UPSTREAM_UNAVAILABLE", "UpstreamUnavailableError"),
    (ConnectionClosedError(endpoint_url=URL), 503, "UPSTREAM_UNAVAILABLE", "UpstreamUnavailableError"),
    (ConnectTimeoutError(endpoint_url=URL), 504, "UPSTREAM_TIMEOUT", "UpstreamTimeoutError"),
    (ReadTimeoutError(endpoint_url=URL), 504, "UPSTREAM_TIMEOUT", "UpstreamTimeoutError"),
]
RETRIED_BY_BOTOCORE = {"ThrottlingException", "InternalServerException"}


def _queue_error(fake: FakeAws, code: str, status: int, members: dict[str, Any]) -> None:
    # botocore's standard mode retries throttling and 5xx: queue enough answers for every attempt.
    for _ in range(3 if code in RETRIED_BY_BOTOCORE else 1):
        fake.error(code, status, **members)


@pytest.mark.parametrize(("aws_code", "aws_status", "members", "status", "code", "error_type", "extra"), AWS_ROWS)
def test_aws_error_row_http(
    fake_aws: FakeAws,
    context: FakeLambdaContext,
    aws_code: str,
    aws_status: int,
    members: dict[str, Any],
    status: int,
    code: str,
    error_type: str,
    extra: dict[str, Any],
) -> None:
    _queue_error(fake_aws, aws_code, aws_status, members)
    response = handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)
    body = json.loads(response["body"])
    assert response["statusCode"] == status
    assert response["headers"]["Content-Type"] == "application/problem+json"
    assert body["code"] == code and body["status"] == status
    assert {k: body[k] for k in extra} == extra
    assert f"{aws_code} message" not in json.dumps(body)  # AWS's free-text message is never echoed
    row = (
        errors.AWS_REASONS.get((aws_code, members.get("Reason", "")))
        or errors.BY_SOURCE.get(aws_code)
        or errors.BY_SOURCE[errors.Kind.OTHER_CLIENT_ERROR]
    )
    assert row is not None and row.error_type == error_type
    if row.retry_after is not None:
        assert response["headers"]["Retry-After"] == str(row.retry_after)
    else:
        assert "Retry-After" not in response["headers"]


@pytest.mark.parametrize(("aws_code", "aws_status", "members", "status", "code", "error_type", "extra"), AWS_ROWS)
def test_aws_error_row_step_functions(
    fake_aws: FakeAws,
    context: FakeLambdaContext,
    aws_code: str,
    aws_status: int,
    members: dict[str, Any],
    status: int,
    code: str,
    error_type: str,
    extra: dict[str, Any],
) -> None:
    _queue_error(fake_aws, aws_code, aws_status, members)
    with pytest.raises(errors.ServiceError) as caught:
        handlers.handler(dict(VALID_REQUEST), context)
    assert type(caught.value).__name__ == error_type
    cause = json.loads(str(caught.value))
    assert cause["code"] == code
    assert caught.value.row.retryable == (aws_code in RETRIED_BY_BOTOCORE)


@pytest.mark.parametrize(("exc", "status", "code", "error_type"), TRANSPORT_ROWS)
def test_transport_error_rows(
    fake_aws: FakeAws, context: FakeLambdaContext, exc: BaseException, status: int, code: str, error_type: str
) -> None:
    for _ in range(3):
        fake_aws.raise_(exc)
    response = handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)
    assert response["statusCode"] == status
    assert json.loads(response["body"])["code"] == code
    assert ("Retry-After" in response["headers"]) == (status == 503)
    for _ in range(3):
        fake_aws.raise_(exc)
    with pytest.raises(errors.ServiceError) as caught:
        handlers.handler(dict(VALID_REQUEST), context)
    assert type(caught.value).__name__ == error_type and caught.value.row.retryable


def test_botocore_retries_then_succeeds(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.error("ThrottlingException")
    fake_aws.ok()
    response = handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)
    assert response["statusCode"] == 200
    assert len(fake_aws.calls) == 2
    assert fake_aws.calls[0]["ClientToken"] == fake_aws.calls[1]["ClientToken"]


def test_unexpected_error_is_500_without_internals(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.raise_(ZeroDivisionError("secret internal detail"))
    response = handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)
    assert response["statusCode"] == 500
    assert json.loads(response["body"])["code"] == "INTERNAL_ERROR"
    assert "secret" not in response["body"] and "Traceback" not in response["body"]
    fake_aws.raise_(ZeroDivisionError("secret internal detail"))
    with pytest.raises(errors.ServiceError) as caught:
        handlers.handler(dict(VALID_REQUEST), context)
    assert type(caught.value).__name__ == "InternalError" and "secret" not in str(caught.value)


def test_table_is_consistent() -> None:
    codes = [row.code for row in errors.TABLE]
    names = [row.error_type for row in errors.TABLE]
    sources = [s for row in errors.TABLE for s in row.sources]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names) and len(set(sources)) == len(sources)
    for row in errors.TABLE:
        cls = errors.ERROR_CLASSES[row.error_type]
        assert cls.__name__ == row.error_type and issubclass(cls, errors.ServiceError) and cls.row is row
    retryable = {row.code for row in errors.TABLE if row.retryable}
    assert retryable == {
        "THROTTLED",
        "UPSTREAM_INTERNAL_ERROR",
        "UPSTREAM_UNAVAILABLE",
        "UPSTREAM_TIMEOUT",
        "INDEX_BUILDING",  # a retry continues the build the container keeps (sms_pool.index)
    }


def test_answer_without_the_fields_is_502(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.answers.append((200, {"PoolArn": "arn:x"}))
    response = handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)
    assert response["statusCode"] == 502
    assert json.loads(response["body"])["code"] == "UPSTREAM_ERROR"


def test_aws_free_text_never_reaches_the_caller(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    leak = "/var/task/x.py arn:aws:iam::999988887777:root"
    fake_aws.error("ValidationException", Reason="OTHER", Fields=[{"Name": "PoolId", "Message": leak}])
    fake_aws.error(
        "ResourceNotFoundException",
        ResourceType="pool",
        ResourceId="arn:aws:sms-voice:us-east-1:999988887777:pool/pool-1",
    )
    fake_aws.error("AccessDeniedException", Reason=leak)
    fake_aws.error("Weird Code 999988887777")
    for _ in range(4):
        body = handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)["body"]
        assert "999988887777" not in body and "/var/task" not in body


def test_a_transport_name_sent_as_an_aws_code_is_not_a_transport_error(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.error("ReadTimeoutError")
    response = handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)
    assert response["statusCode"] == 502
    assert json.loads(response["body"])["code"] == "UPSTREAM_ERROR"


def test_unmapped_botocore_error_is_500_and_logged_with_its_stack(
    fake_aws: FakeAws, context: FakeLambdaContext, read_logs: Callable[[], list[str]]
) -> None:
    from botocore.exceptions import NoCredentialsError

    fake_aws.raise_(NoCredentialsError())
    response = handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)
    assert response["statusCode"] == 500
    logged = [json.loads(line) for line in read_logs()]
    assert any("NoCredentialsError" in str(line.get("exception", "")) for line in logged)
