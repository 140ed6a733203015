"""AWS's answers, well and badly shaped, through the public entry points: exact problems."""

from __future__ import annotations

import json
from typing import Any

import pytest
from botocore.exceptions import EndpointConnectionError, ReadTimeoutError

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import errors, handlers
from tests.fixtures import SFN_OK_RESULT, VALID_REQUEST, FakeAws

POOL = VALID_REQUEST["PoolId"]
IDENTITY = VALID_REQUEST["OriginationIdentity"]


def _call(context: FakeLambdaContext) -> tuple[int, dict[str, Any]]:
    response = handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)
    problem = json.loads(response["body"])
    problem.pop("requestId")
    problem.pop("type")
    problem.pop("title")
    return response["statusCode"], problem


def test_an_unmodelled_error_names_its_code(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.error("SomethingNewException")
    assert _call(context) == (
        502,
        {
            "status": 502,
            "code": "UPSTREAM_ERROR",
            "detail": "AWS answered SomethingNewException",
            "awsErrorCode": "SomethingNewException",
        },
    )


def test_an_error_code_that_is_not_a_symbol_is_never_echoed(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.error("<b>odd code</b>")
    assert _call(context) == (502, {"status": 502, "code": "UPSTREAM_ERROR", "detail": "AWS answered an unknown error"})


@pytest.mark.parametrize("resource_id", [POOL, IDENTITY])
def test_not_found_names_the_type_and_the_id_the_caller_sent(
    resource_id: str, fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.error("ResourceNotFoundException", ResourceType="pool", ResourceId=resource_id)
    assert _call(context) == (
        404,
        {
            "status": 404,
            "code": "RESOURCE_NOT_FOUND",
            "detail": f"pool {resource_id} was not found",
            "resourceType": "pool",
            "resourceId": resource_id,
        },
    )


@pytest.mark.parametrize(
    ("members", "detail", "carried"),
    [
        # An id the caller did not send (AWS may name an ARN with its account) is not echoed.
        ({"ResourceType": "pool", "ResourceId": "arn:aws:sms-voice:x"}, "pool was not found", {"resourceType": "pool"}),
        ({}, "resource was not found", {}),
        # Present but wrong-typed members are dropped, not echoed.
        ({"ResourceType": 7, "ResourceId": ["x"]}, "resource was not found", {}),
        ({"ResourceType": "phone number with spaces"}, "resource was not found", {}),
    ],
)
def test_not_found_without_usable_members(
    members: dict[str, Any], detail: str, carried: dict[str, str], fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.error("ResourceNotFoundException", **members)
    assert _call(context) == (404, {"status": 404, "code": "RESOURCE_NOT_FOUND", "detail": detail, **carried})


def test_validation_fields_and_reason_are_carried(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    # botocore's parser itself fails on a Fields item that is not an object, so none can reach the adapter.
    fields = [{"Name": "PoolId", "Message": "bad"}, {"Message": "no name"}, {"Name": 5}]
    fake_aws.error("ValidationException", Reason="INVALID_ARN", Fields=fields)
    message = "rejected by AWS (INVALID_ARN)"
    assert _call(context) == (
        400,
        {
            "status": 400,
            "code": "AWS_VALIDATION_FAILED",
            "detail": "AWS rejected the request as invalid: INVALID_ARN",
            "reason": "INVALID_ARN",
            "errors": [
                {"field": "PoolId", "message": message},
                {"field": "unknown", "message": message},
                {"field": "unknown", "message": message},
            ],
        },
    )


@pytest.mark.parametrize("reason", [12, ["INVALID_ARN"], "free text with spaces"])
def test_validation_with_a_wrong_typed_reason_gives_the_rows_title(
    reason: Any, fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.error("ValidationException", Reason=reason)
    assert _call(context) == (
        400,
        {"status": 400, "code": "AWS_VALIDATION_FAILED", "detail": "AWS rejected the request as invalid"},
    )


def test_validation_field_message_names_the_code_without_a_reason(
    fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.error("ValidationException", Fields=[{"Name": "IsoCountryCode"}])
    _, problem = _call(context)
    assert problem["errors"] == [{"field": "IsoCountryCode", "message": "rejected by AWS (ValidationException)"}]


@pytest.mark.parametrize(
    ("exc", "status", "detail"),
    [
        (EndpointConnectionError(endpoint_url="http://127.0.0.1:9"), 503, "AWS could not be reached"),
        (ReadTimeoutError(endpoint_url="http://127.0.0.1:9"), 504, "AWS did not answer in time"),
    ],
)
def test_transport_failures_carry_the_rows_title(
    exc: Exception, status: int, detail: str, fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    for _ in range(3):
        fake_aws.raise_(exc)
    code, problem = _call(context)
    assert code == status and problem["detail"] == detail


@pytest.mark.parametrize(
    ("answer", "missing"),
    [
        ({"PoolArn": 12}, "PoolArn"),
        ({"PoolArn": None, "IsoCountryCode": ["US"]}, "PoolArn, IsoCountryCode"),
        ({"OriginationIdentity": {"Id": "x"}}, "OriginationIdentity"),
        ({"PoolId": True, "OriginationIdentityArn": 1.5}, "PoolId, OriginationIdentityArn"),
    ],
)
def test_a_wrong_typed_answer_is_an_upstream_error(
    answer: dict[str, Any], missing: str, fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.ok(answer)
    assert _call(context) == (
        502,
        {"status": 502, "code": "UPSTREAM_ERROR", "detail": f"AWS's answer lacked {missing}"},
    )


def test_only_the_documented_fields_are_returned(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok({"Extra": "x"})
    assert handlers.handler(dict(VALID_REQUEST), context) == SFN_OK_RESULT


@pytest.mark.parametrize("row", errors.TABLE, ids=lambda row: row.code)
def test_every_row_has_its_own_class_named_after_its_error_type(row: errors.ErrorRow) -> None:
    cls = errors.ERROR_CLASSES[row.error_type]
    assert cls.__name__ == row.error_type and cls.row is row and issubclass(cls, errors.ServiceError)
    assert cls.__module__ == "sms_pool.errors" and cls.__doc__
    for source in row.sources:
        assert errors.BY_SOURCE[source] is row
    exc = errors.from_row(row, "why")
    assert type(exc) is cls and exc.detail == "why" and exc.args == ("why",)
    assert str(exc) == '{"code":"' + row.code + '","detail":"why"}'
