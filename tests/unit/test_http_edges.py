"""The API adapter at its edges: exact answers, header case variants, half-shaped events, log lines."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, cast

import pytest
from aws_lambda_powertools.utilities.typing import LambdaContext

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import core, handlers
from sms_pool.observability import logger
from tests.fixtures import OK_RESULT, VALID_REQUEST, FakeAws

ROUTE = "/disassociate-origination-identity"
BODY = json.dumps(VALID_REQUEST)


def _problem(response: dict[str, Any]) -> dict[str, Any]:
    assert response["headers"]["Content-Type"] == "application/problem+json"
    problem: dict[str, Any] = json.loads(response["body"])
    # Compact JSON on the wire: the body is exactly the problem re-serialized without spaces.
    assert response["body"] == json.dumps(problem, separators=(",", ":"))
    return problem


def _lines(read_logs: Callable[[], list[str]]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in read_logs()]


@pytest.fixture
def debug_logs() -> Iterator[None]:
    level = logger.log_level
    logger.setLevel("DEBUG")
    yield
    logger.setLevel(level)


def test_success_answer_is_exact(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    response = handlers.handler(api_gateway_event(BODY), context)
    assert response == {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(OK_RESULT, separators=(",", ":")),
    }


def test_request_id_comes_from_the_request_context_not_the_extended_id(context: FakeLambdaContext) -> None:
    event = api_gateway_event("{}")
    assert event["requestContext"]["extendedRequestId"] != event["requestContext"]["requestId"]
    problem = _problem(handlers.handler(event, context))
    assert problem["requestId"] == event["requestContext"]["requestId"] != context.aws_request_id


def test_request_id_falls_back_to_the_lambda_request_id(context: FakeLambdaContext) -> None:
    event = {**api_gateway_event("{}"), "requestContext": {"stage": "v1"}}
    answer = handlers.api_handler(event, cast(LambdaContext, context))
    assert _problem(answer)["requestId"] == context.aws_request_id


@pytest.mark.parametrize(
    ("event", "status", "code", "detail"),
    [
        (api_gateway_event(BODY, path="/nope"), 404, "ROUTE_NOT_FOUND", "No route for /nope"),
        (api_gateway_event(BODY, method="DELETE"), 405, "METHOD_NOT_ALLOWED", "DELETE is not allowed; use POST"),
        # The method is echoed cut to 10 characters, the path to 100.
        (
            api_gateway_event(BODY, method="PROPFINDXYZW"),
            405,
            "METHOD_NOT_ALLOWED",
            "PROPFINDXY is not allowed; use POST",
        ),
        (api_gateway_event(BODY, path="/" + "p" * 200), 404, "ROUTE_NOT_FOUND", "No route for /" + "p" * 99),
        (
            api_gateway_event(BODY, headers={"CONTENT-TYPE": "text/plain"}),
            415,
            "UNSUPPORTED_MEDIA_TYPE",
            "Send the body as application/json",
        ),
    ],
)
def test_request_line_problems_are_exact(
    event: dict[str, Any], status: int, code: str, detail: str, context: FakeLambdaContext
) -> None:
    response = handlers.handler(event, context)
    problem = _problem(response)
    assert response["statusCode"] == status == problem["status"]
    assert problem["code"] == code and problem["detail"] == detail
    assert problem["type"] == "urn:sms-pool:problem:" + code.lower().replace("_", "-")
    assert ("Allow" in response["headers"]) == (status == 405)


def test_the_resource_template_wins_over_the_path(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    # API Gateway's resource is the route template; path may carry a custom domain's base path.
    fake_aws.ok()
    event = api_gateway_event(BODY, path="/base/disassociate-origination-identity", resource=ROUTE)
    assert handlers.handler(event, context)["statusCode"] == 200
    event = api_gateway_event(BODY, path=ROUTE, resource=ROUTE + "-not")
    assert handlers.handler(event, context)["statusCode"] == 404


@pytest.mark.parametrize(
    "content_type", ["Application/JSON", "APPLICATION/JSON; charset=UTF-8", "application/problem+json"]
)
@pytest.mark.parametrize("header", ["Content-Type", "content-type", "CONTENT-TYPE"])
def test_content_type_is_matched_without_case(
    header: str, content_type: str, fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.ok()
    assert handlers.handler(api_gateway_event(BODY, headers={header: content_type}), context)["statusCode"] == 200


@pytest.mark.parametrize("header", ["Idempotency-Key", "idempotency-key", "IDEMPOTENCY-KEY", "iDeMpOtEnCy-KeY"])
def test_idempotency_key_header_in_any_case_derives_the_token(
    header: str, fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    fake_aws.ok()
    event = api_gateway_event(BODY, headers={"Content-Type": "application/json", header: "order-42"})
    assert handlers.handler(event, context)["statusCode"] == 200
    assert fake_aws.calls[0]["ClientToken"] == core.derive_client_token("order-42", VALID_REQUEST)


@pytest.mark.parametrize("length", [1, 256])
def test_idempotency_key_length_edges_are_accepted(length: int, fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    event = api_gateway_event(BODY, headers={"Idempotency-Key": "k" * length})
    assert handlers.handler(event, context)["statusCode"] == 200


@pytest.mark.parametrize("key", ["", "k" * 257, "caf\u00e9", "tab\there"])
def test_idempotency_key_outside_the_rules_is_named(key: str, context: FakeLambdaContext) -> None:
    response = handlers.handler(api_gateway_event(BODY, headers={"Idempotency-Key": key}), context)
    problem = _problem(response)
    assert response["statusCode"] == 400
    assert problem["detail"] == "Idempotency-Key: must be 1 to 256 printable ASCII characters"
    assert problem["errors"] == [{"field": "Idempotency-Key", "message": "must be 1 to 256 printable ASCII characters"}]


@pytest.mark.parametrize(
    "event",
    [
        {**VALID_REQUEST, "httpMethod": "POST"},  # an HTTP method but no request context
        {**VALID_REQUEST, "requestContext": {"requestId": "r-1"}},  # a request context but no method
    ],
)
def test_half_api_gateway_events_are_step_functions_payloads(event: dict[str, Any], context: FakeLambdaContext) -> None:
    # Neither is an API Gateway event, so the Step Functions adapter rejects the stray member by name.
    stray = next(key for key in event if key not in VALID_REQUEST)
    with pytest.raises(Exception) as caught:
        handlers.handler(event, context)
    assert type(caught.value).__name__ == "InvalidRequestError"
    assert json.loads(str(caught.value)) == {
        "code": "INVALID_REQUEST",
        "detail": f"{stray}: is not a known field",
        "errors": [{"field": stray, "message": "is not a known field"}],
    }


def test_a_rejection_is_logged_at_info_with_its_outcome_and_detail(
    context: FakeLambdaContext, read_logs: Callable[[], list[str]]
) -> None:
    handlers.handler(api_gateway_event(BODY, method="GET"), context)
    (line,) = [line for line in _lines(read_logs) if line["message"] == "rejected"]
    assert line["level"] == "INFO"
    assert line["outcome"] == "METHOD_NOT_ALLOWED" and line["detail"] == "GET is not allowed; use POST"


@pytest.mark.parametrize("api", [True, False])
def test_an_unexpected_failure_is_a_500_logged_as_failed(
    api: bool, fake_aws: FakeAws, context: FakeLambdaContext, read_logs: Callable[[], list[str]]
) -> None:
    fake_aws.raise_(ZeroDivisionError("internal"))
    detail = "The service failed unexpectedly; retry later or report the requestId"
    if api:
        event = api_gateway_event(BODY)
        problem = _problem(handlers.handler(event, context))
        assert problem["status"] == 500 and problem["detail"] == detail
        assert problem["requestId"] == event["requestContext"]["requestId"]
    else:
        with pytest.raises(Exception) as caught:
            handlers.handler(dict(VALID_REQUEST), context)
        assert json.loads(str(caught.value)) == {"code": "INTERNAL_ERROR", "detail": detail}
        assert caught.value.args == (detail,)
    (line,) = [line for line in _lines(read_logs) if line["message"] == "failed"]
    assert line["level"] == "ERROR" and line["outcome"] == "INTERNAL_ERROR" and line["detail"] == detail


def test_a_502_is_logged_as_failed(
    fake_aws: FakeAws, context: FakeLambdaContext, read_logs: Callable[[], list[str]]
) -> None:
    fake_aws.error("SomethingNewException")
    handlers.handler(api_gateway_event(BODY), context)
    (line,) = [line for line in _lines(read_logs) if line["message"] in ("failed", "rejected")]
    assert line["message"] == "failed" and line["outcome"] == "UPSTREAM_ERROR"


@pytest.mark.usefixtures("debug_logs")
def test_a_success_is_recorded_by_the_audit_line_not_a_debug_line(
    fake_aws: FakeAws,
    context: FakeLambdaContext,
    read_logs: Callable[[], list[str]],
    read_audit: Callable[[], list[dict[str, Any]]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Issue 12: the audit record is the success's one line (a logger line would cost ~115 µs), even at DEBUG.
    fake_aws.ok()
    handlers.handler(api_gateway_event(BODY), context)
    assert not [line for line in _lines(read_logs) if line["message"] == "disassociated"]
    [record] = read_audit()
    assert record["outcome"] == "OK" and record["status"] == 200
    assert record["pool"] == OK_RESULT["PoolId"] and record["identity"] == OK_RESULT["OriginationIdentity"]
    emf = [json.loads(text) for text in capsys.readouterr().out.splitlines() if '"_aws"' in text and '"OK"' in text]
    assert len(emf) == 1
    (metric,) = emf[0]["_aws"]["CloudWatchMetrics"][0]["Metrics"]
    assert metric == {"Name": "OK", "Unit": "Count"} and emf[0]["OK"] == [1.0]
