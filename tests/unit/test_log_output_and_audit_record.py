"""What the function writes to its log: the serializer's bytes, the audit record and its clock, masked numbers.

Byte for byte: the serializer's separators, ASCII escaping and fallback for values JSON cannot encode, the audit
clock's format and milliseconds under a fixed clock, the 7-digit boundary, and the audit record's fields for an
HTTP and a Step Functions caller.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import audit, errors, handlers, observability
from sms_pool.constants import AUDIT_FIELDS, AUDIT_TYPE
from sms_pool.phone import MIN_DIGITS, is_phone_number, mask
from tests.fixtures import OK_RESULT, VALID_REQUEST, FakeAws, member, phone_info

NUMBER = "+12065550100"
ID = OK_RESULT["OriginationIdentity"]
BY_NUMBER = {**VALID_REQUEST, "OriginationIdentity": NUMBER}
EXECUTION = "arn:aws:states:us-east-1:123456789012:execution:Offboard:run-7"


class _Number:
    """A value JSON cannot encode whose text is a phone number: the serializer's fallback must mask it."""

    def __str__(self) -> str:
        return "+12065550100"


# --- the log serializer: flat records (one pass of mask() over the JSON) ---


def test_flat_record_is_compact_json() -> None:
    assert observability._masked_json({"a": "x", "b": 1}) == '{"a":"x","b":1}'


def test_flat_record_escapes_non_ascii() -> None:
    assert observability._masked_json({"name": "José"}) == '{"name":"Jos\\u00e9"}'


def test_flat_record_falls_back_to_the_masked_text_of_a_value() -> None:
    assert observability._masked_json({"v": _Number()}) == '{"v":"+*******0100"}'


# --- nested records (masked value by value) ---


def test_nested_record_is_compact_json() -> None:
    assert observability._masked_json({"a": {"b": 1}, "c": 2}) == '{"a":{"b":1},"c":2}'


def test_nested_record_escapes_non_ascii() -> None:
    assert observability._masked_json({"a": {"b": "é"}}) == '{"a":{"b":"\\u00e9"}}'


def test_nested_record_falls_back_to_the_masked_text_of_a_value() -> None:
    assert observability._masked_json({"a": {"v": _Number()}}) == '{"a":{"v":"+*******0100"}}'


def test_nested_list_items_are_kept() -> None:
    assert observability._masked_json({"a": [1, "x", "+12065550100"]}) == '{"a":[1,"x","+*******0100"]}'


def test_non_text_keys_are_kept() -> None:
    assert observability._masked_json({"a": {1: "x"}}) == '{"a":{"1":"x"}}'


@pytest.mark.parametrize(
    ("number", "logged"),
    [
        (1_000_000, '"***0000"'),
        (999_999, "999999"),
        (-1_000_000, '"***0000"'),
        (-12065550100, '"*******0100"'),
        (-999_999, "-999999"),
    ],
)
def test_a_json_number_of_seven_digits_is_masked_as_text(number: int, logged: str) -> None:
    assert observability._masked_json({"n": number}) == '{"n":' + logged + "}"


# --- the audit record's clock ---


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """A fixed clock for the audit record (set ``clock[0]``)."""
    now = [0.0]
    monkeypatch.setattr(time, "time", lambda: now[0])
    return now


def test_audit_time_is_utc_iso_8601_with_milliseconds(clock: list[float]) -> None:
    clock[0] = 1_700_000_123.25  # exact in binary: no rounding in the milliseconds
    assert audit._now() == "2023-11-14T22:15:23.250Z"


def test_audit_time_within_and_after_a_second(clock: list[float]) -> None:
    clock[0] = 1_700_000_123.5
    assert audit._now() == "2023-11-14T22:15:23.500Z"
    clock[0] = 1_700_000_123.75
    assert audit._now() == "2023-11-14T22:15:23.750Z"
    clock[0] = 1_700_000_124.0
    assert audit._now() == "2023-11-14T22:15:24.000Z"


def test_audit_record_carries_the_clock(clock: list[float]) -> None:
    clock[0] = 1_700_000_123.25
    line = audit.render(audit.Attempt("http", "req-1"), "OK", 200)
    assert '"time":"2023-11-14T22:15:23.250Z"' in line


# --- phone-number edges: exactly MIN_DIGITS digits is a phone number ---


def test_seven_digits_are_a_phone_number_and_six_are_not() -> None:
    assert MIN_DIGITS == 7
    assert is_phone_number("555-0100")
    assert not is_phone_number("55-0100")


def test_seven_digits_are_masked_and_six_are_not() -> None:
    assert mask("call 5550100") == "call ***0100"
    assert mask("call 550100") == "call 550100"


# --- the audit record: its fields for each caller, one per attempt, bounded and masked ---


def test_audit_record_of_an_http_caller(
    fake_aws: FakeAws, context: FakeLambdaContext, read_audit: Callable[[], list[dict[str, Any]]]
) -> None:
    fake_aws.numbers(phone_info(ID, NUMBER))
    fake_aws.ok()
    event = api_gateway_event(json.dumps(BY_NUMBER))
    user = "arn:aws:iam::123456789012:role/offboarding"
    event["requestContext"]["identity"].update(userArn=user, caller="AROAEXAMPLEID:worker-1", accountId="123456789012")
    assert handlers.handler(event, context)["statusCode"] == 200
    [record] = read_audit()
    assert list(record) == list(AUDIT_FIELDS) and record["type"] == AUDIT_TYPE
    assert record["outcome"] == "OK" and record["status"] == 200 and record["via"] == "http"
    assert record["identity"] == "+*******0100" and record["resolvedIdentity"] == ID
    assert record["userArn"] == "arn:aws:iam::********9012:role/offboarding"  # masked like every log line
    assert record["caller"] == "AROAEXAMPLEID:worker-1" and record["accountId"] == "********9012"
    assert record["requestId"] == event["requestContext"]["requestId"] and record["dryRun"] is False
    assert record["time"].endswith("Z") and record["execution"] is None


def test_audit_record_of_a_step_functions_dry_run(
    fake_aws: FakeAws, context: FakeLambdaContext, read_audit: Callable[[], list[dict[str, Any]]]
) -> None:
    fake_aws.listing(member(ID, NUMBER))  # the last one: the preview is refused
    fake_aws.numbers(phone_info(ID, NUMBER))
    fake_aws.numbers(phone_info(ID, NUMBER))
    with pytest.raises(errors.LastIdentityError):
        handlers.handler({**BY_NUMBER, "DryRun": True, "IdempotencyKey": EXECUTION}, context)
    [record] = read_audit()
    assert record["outcome"] == "LAST_IDENTITY_IN_POOL" and record["status"] == 409 and record["dryRun"] is True
    assert record["via"] == "stepfunctions" and record["userArn"] is None
    assert record["execution"] == EXECUTION.replace("123456789012", "********9012")
    assert record["stateMachine"] == "arn:aws:states:us-east-1:********9012:stateMachine:Offboard"
    assert record["requestId"] == context.aws_request_id and record["resolvedIdentity"] == ID


@pytest.mark.parametrize("body", ["not json", json.dumps({"PoolId": 7, "OriginationIdentity": "(206) 555-0100"})])
def test_every_rejection_leaves_a_record(
    fake_aws: FakeAws, context: FakeLambdaContext, read_audit: Callable[[], list[dict[str, Any]]], body: str
) -> None:
    handlers.handler(api_gateway_event(body), context)
    [record] = read_audit()
    assert record["outcome"] == "INVALID_REQUEST" and record["status"] == 400 and record["pool"] is None
    assert "555-0100" not in json.dumps(record)


def test_a_long_caller_value_is_bounded() -> None:
    attempt = audit.from_task({"IdempotencyKey": f"{EXECUTION}#{'1' * 10_000}"}, "req-1")
    assert attempt.execution is None and attempt.item is None and attempt.state_machine is None
    assert len(audit.render(attempt, "OK", 200)) < 1000


@pytest.mark.parametrize(
    "value", ["pool-" + "0" * 32, "phone-01234567890123456789012345678901", "12065550-1000-4000-8000-120655501000"]
)
def test_the_audit_record_leaves_ids_as_they_are(value: str) -> None:
    assert audit._masked(value) == value
