"""Log masking (every line, the logged event included), metrics per outcome, and tracing off by default."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, cast

import pytest
from aws_lambda_powertools.utilities.typing import LambdaContext

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import handlers, observability
from sms_pool.observability import logger
from sms_pool.phone import mask
from tests.fixtures import VALID_REQUEST, FakeAws

NUMBERS = [
    "+12065550100",
    "+44 20 7946 0958",
    "(206) 555-0199",
    "206-555-0142",
    "12065550123",
    "020 7946 0958",
    "0049 30 901820",
    "07700 900123",
    "206/555/0100",
]


@pytest.mark.parametrize("number", NUMBERS)
def test_mask_keeps_only_last_four_digits(number: str) -> None:
    masked = mask(f"identity={number}!")
    digits = [c for c in masked if c.isdigit()]
    assert "".join(digits) == "".join(c for c in number if c.isdigit())[-4:]
    assert masked.startswith("identity=") and masked.endswith("!")


def test_mask_leaves_dates_and_ids_alone() -> None:
    text = "2026-11-25 09:02:11,298+0000 pool-0a1b2c3d phone-1234abcd US 12345678-1234-4abc-8def-123456789012"
    assert mask(text) == text


def test_no_full_number_in_any_log_line(
    fake_aws: FakeAws, context: FakeLambdaContext, read_logs: Callable[[], list[str]]
) -> None:
    # Powertools writes the whole event when log_event is on (POWERTOOLS_LOGGER_LOG_EVENT, read at
    # decoration time): the number is in the raw body and a header.
    logged_handler = logger.inject_lambda_context(log_event=True)(handlers.api_handler)
    body = json.dumps({**VALID_REQUEST, "OriginationIdentity": NUMBERS[0]})
    fake_aws.numbers()  # resolved by the index (the account's own numbers, then shared ones): not there, a 404
    fake_aws.numbers()  # whose detail names the number
    response = logged_handler(api_gateway_event(body, headers={"X-Caller": NUMBERS[1]}), cast(LambdaContext, context))
    assert response["statusCode"] == 404
    fake_aws.raise_(ValueError(f"boom {NUMBERS[2]}"))
    handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)  # logs a stack trace
    out = "\n".join(read_logs())
    lines = [json.loads(line) for line in read_logs()]
    assert any(line.get("message") == "unexpected failure" and "exception" in line for line in lines)
    assert any("0100" in line for line in out.splitlines())  # the event was logged, masked
    for number in NUMBERS[:3]:
        assert number not in out
        assert "".join(c for c in number if c.isdigit()) not in out


def test_one_metric_per_outcome(
    fake_aws: FakeAws, context: FakeLambdaContext, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_aws.ok()
    handlers.handler(api_gateway_event(json.dumps(VALID_REQUEST)), context)
    handlers.handler(api_gateway_event("{}"), context)
    emf = [json.loads(line) for line in capsys.readouterr().out.splitlines() if '"_aws"' in line]
    names = [m["Name"] for doc in emf for d in doc["_aws"]["CloudWatchMetrics"] for m in d["Metrics"]]
    assert "OK" in names and "INVALID_REQUEST" in names


def test_correlation_id_is_the_api_request_id(
    fake_aws: FakeAws, context: FakeLambdaContext, read_logs: Callable[[], list[str]]
) -> None:
    event = api_gateway_event("{}")
    handlers.handler(event, context)
    logs = [json.loads(line) for line in read_logs()]
    assert logs and all(line["correlation_id"] == event["requestContext"]["requestId"] for line in logs)


def test_tracer_not_built_outside_lambda() -> None:
    assert observability.tracer is None
    assert observability.trace_handler(len) is len


def test_success_is_recorded_in_the_emf_line_and_the_audit_record(
    fake_aws: FakeAws,
    context: FakeLambdaContext,
    capsys: pytest.CaptureFixture[str],
    read_audit: Callable[[], list[dict[str, Any]]],
) -> None:
    fake_aws.ok()
    event = {**VALID_REQUEST, "IdempotencyKey": "arn:aws:states:us-east-1:123456789012:execution:sm:+12065550100#7"}
    handlers.handler(event, context)
    emf = [json.loads(line) for line in capsys.readouterr().out.splitlines() if '"OK"' in line and '"_aws"' in line]
    assert len(emf) == 1 and "correlation_id" not in emf[0]  # the audit record carries the request's ids
    [record] = read_audit()
    assert record["pool"] == VALID_REQUEST["PoolId"] and record["identity"] == VALID_REQUEST["OriginationIdentity"]
    assert record["outcome"] == "OK" and record["item"] == 7
    assert record["execution"] == "arn:aws:states:us-east-1:********9012:execution:sm:+*******0100"


def test_a_number_used_as_a_key_is_masked(read_logs: Callable[[], list[str]]) -> None:
    logger.info({"+12065550100": "value", "nested": {"12065550123": [1, 17955984419020]}})
    line = "\n".join(read_logs())
    assert "12065550100" not in line and "12065550123" not in line and "17955984419020" not in line
    assert "0100" in line and "0123" in line
    json.loads(line)  # still one valid JSON line


def test_a_line_that_cannot_be_encoded_never_reaches_stderr_unmasked(
    read_logs: Callable[[], list[str]], capfd: pytest.CaptureFixture[str]
) -> None:
    logger.info("rejected", extra={"detail": "\ud800 +12065550100", "value": 12065550100.0})
    err = capfd.readouterr().err
    assert "12065550100" not in err and "Logging error" not in err
    line = json.loads(read_logs()[-1])
    assert "12065550100" not in json.dumps(line) and line["value"].endswith("0100.0")
