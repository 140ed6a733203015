"""Input validation boundaries, for both entry points; none of these may reach AWS."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import errors, handlers
from sms_pool.constants import MAX_BODY_BYTES
from tests.fixtures import VALID_REQUEST, FakeAws


def _call(body: str | None, context: FakeLambdaContext, **kwargs: Any) -> tuple[int, dict[str, Any]]:
    response = handlers.handler(api_gateway_event(body, **kwargs), context)
    return response["statusCode"], json.loads(response["body"])


def _with(**changes: Any) -> str:
    return json.dumps({**VALID_REQUEST, **changes})


OK_VALUES = [
    ("PoolId", "p"),
    ("PoolId", "p" * 256),
    ("PoolId", "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-0123456789abcdef0123456789abcdef"),
    ("OriginationIdentity", "o"),
    ("OriginationIdentity", "o" * 256),
    ("OriginationIdentity", "MySender_1"),
    ("ClientToken", "t"),
    ("ClientToken", "~" * 64),
    ("ClientToken", "!#$%&'()*+,-./:;<=>?@[]^_`{|}"),
]
BAD_VALUES = [
    ("PoolId", "", "1 to 256"),
    ("PoolId", "p" * 257, "1 to 256"),
    ("PoolId", "pool 1", "must match"),
    ("PoolId", "pool-1\n", "must match"),
    ("PoolId", 5, "must be a string"),
    ("PoolId", None, "must be a string"),
    ("PoolId", ["pool-1"], "must be a string"),
    ("PoolId", {"a": 1}, "must be a string"),
    ("OriginationIdentity", "", "1 to 256"),
    ("OriginationIdentity", "o" * 257, "1 to 256"),
    ("OriginationIdentity", "sender*id", "must match"),
    ("OriginationIdentity", True, "must be a string"),
    ("IsoCountryCode", "us", "must match"),
    ("IsoCountryCode", "USA", "exactly 2"),
    ("IsoCountryCode", "U", "exactly 2"),
    ("IsoCountryCode", "", "exactly 2"),
    ("IsoCountryCode", "U1", "must match"),
    ("IsoCountryCode", None, "string"),
    ("ClientToken", "", "1 to 64"),
    ("ClientToken", "t" * 65, "1 to 64"),
    ("ClientToken", "has space", "must match"),
    ("ClientToken", "caf\u00e9", "must match"),
    ("ClientToken", None, "must be a string"),
]
# Numbers not in E.164 form: only "+12065550100" names a number unambiguously (resolved: tests/unit/test_resolution.py).
PHONE_NUMBERS = ["12065550100", "+1 206-555-0100", "(206) 555-0100", "2065550100", "+1 (206) 555-0100", "206.555.0100"]


@pytest.mark.parametrize(("field", "value"), OK_VALUES)
def test_boundary_values_accepted(fake_aws: FakeAws, context: FakeLambdaContext, field: str, value: str) -> None:
    fake_aws.ok()
    status, _ = _call(_with(**{field: value}), context)
    assert status == 200
    assert fake_aws.calls[0][field] == value


@pytest.mark.parametrize(("field", "value", "message"), BAD_VALUES)
def test_bad_values_rejected(
    fake_aws: FakeAws, context: FakeLambdaContext, field: str, value: Any, message: str
) -> None:
    status, body = _call(_with(**{field: value}), context)
    assert status == 400 and body["code"] == "INVALID_REQUEST"
    assert body["errors"][0]["field"] == field
    assert message in body["errors"][0]["message"]
    with pytest.raises(errors.ERROR_CLASSES["InvalidRequestError"]) as caught:
        handlers.handler({**VALID_REQUEST, field: value}, context)
    assert json.loads(str(caught.value))["errors"][0]["field"] == field
    assert fake_aws.calls == []


@pytest.mark.parametrize("number", PHONE_NUMBERS)
def test_phone_number_gets_a_hint(fake_aws: FakeAws, context: FakeLambdaContext, number: str) -> None:
    status, body = _call(_with(OriginationIdentity=number), context)
    assert status == 400
    assert body["errors"][0] == {"field": "OriginationIdentity", "message": body["errors"][0]["message"]}
    assert "PhoneNumberId" in body["errors"][0]["message"]
    assert number not in json.dumps(body)  # not even echoed back
    assert fake_aws.calls == []


@pytest.mark.parametrize("missing", ["PoolId", "OriginationIdentity", "IsoCountryCode"])
def test_missing_field(fake_aws: FakeAws, context: FakeLambdaContext, missing: str) -> None:
    body = {k: v for k, v in VALID_REQUEST.items() if k != missing}
    status, problem = _call(json.dumps(body), context)
    assert status == 400 and problem["errors"] == [{"field": missing, "message": "is required"}]


def test_extra_and_missing_fields_all_reported(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    status, problem = _call(json.dumps({"PoolId": "p", "Extra": 1, "poolid": "p"}), context)
    assert status == 400
    assert [e["field"] for e in problem["errors"]] == ["OriginationIdentity", "IsoCountryCode", "Extra", "poolid"]


def test_idempotency_key_is_not_a_body_field(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    status, problem = _call(_with(IdempotencyKey="k"), context)
    assert status == 400 and problem["errors"][0]["field"] == "IdempotencyKey"


@pytest.mark.parametrize(
    ("body", "is_base64", "field"),
    [
        (None, False, "body"),
        ("", False, "body"),
        ("not json", False, "body"),
        ('{"PoolId": ', False, "body"),
        ("[]", False, "body"),
        ("null", False, "body"),
        ('"str"', False, "body"),
        ("42", False, "body"),
        ("NaN", False, "body"),
        ("{}{}", False, "body"),
        ("[" * 100_000 + "]" * 100_000, False, "body"),
        ("%%%not-base64", True, "body"),
        (base64.b64encode(b"\xff\xfe").decode(), True, "body"),
        ('{"PoolId":"a","PoolId":"b","OriginationIdentity":"o","IsoCountryCode":"US"}', False, "PoolId"),
    ],
)
def test_bad_bodies(
    fake_aws: FakeAws, context: FakeLambdaContext, body: str | None, is_base64: bool, field: str
) -> None:
    status, problem = _call(body, context, is_base64=is_base64)
    assert status == 400 and problem["code"] == "INVALID_REQUEST"
    assert problem["errors"][0]["field"] == field
    assert fake_aws.calls == []


def test_base64_body_accepted(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    status, _ = _call(base64.b64encode(json.dumps(VALID_REQUEST).encode()).decode(), context, is_base64=True)
    assert status == 200


def test_body_size_limit(fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    padded = json.dumps(VALID_REQUEST)[:-1] + " " * (MAX_BODY_BYTES - len(json.dumps(VALID_REQUEST))) + "}"
    assert len(padded) == MAX_BODY_BYTES
    assert _call(padded, context)[0] == 200
    status, problem = _call(padded + " ", context)
    assert status == 400 and "65536 bytes" in problem["errors"][0]["message"]
    multibyte = json.dumps({**VALID_REQUEST, "x": "\u00e9" * (MAX_BODY_BYTES // 2)})
    assert _call(multibyte, context)[1]["errors"][0]["field"] == "body"
    assert _call("x" * 10 * 1024 * 1024, context)[0] == 400
    assert len(fake_aws.calls) == 1


@pytest.mark.parametrize("payload", [None, [], "PoolId", 3, 1.5, True, ["a"], {"a": {"b": []}}])
def test_step_functions_non_objects(fake_aws: FakeAws, context: FakeLambdaContext, payload: Any) -> None:
    with pytest.raises(errors.ServiceError) as caught:
        handlers.handler(payload, context)
    assert type(caught.value).__name__ == "InvalidRequestError"
    assert fake_aws.calls == []


GOOD_ARNS = [
    ("PoolId", "arn:aws:sms-voice:eu-west-1:111122223333:pool/pool-0123456789abcdef0123456789abcdef"),
    ("OriginationIdentity", "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0123456789abcdef"),
    ("OriginationIdentity", "arn:aws:sms-voice:us-east-1:123456789012:sender-id/MySender/GB"),
]
BAD_ARNS = [
    ("PoolId", "arn:aws-cn:sms-voice:cn-north-1:123456789012:pool/pool-1"),  # another partition
    ("PoolId", "arn:aws:sns:us-east-1:123456789012:pool/pool-1"),  # another service
    ("PoolId", "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-1"),  # not a pool
    ("PoolId", "arn:aws:sms-voice::123456789012:pool/pool-1"),  # no region
    ("PoolId", "arn:aws:sms-voice:us-east-1:1234:pool/pool-1"),  # not an account id
    ("OriginationIdentity", "arn:aws:iam::123456789012:role/admin"),
    ("OriginationIdentity", "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-1"),  # a pool is not an identity
    ("OriginationIdentity", "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-1/US"),
    ("OriginationIdentity", "arn:"),
]


@pytest.mark.parametrize(("field", "value"), GOOD_ARNS)
def test_sms_voice_arns_accepted(fake_aws: FakeAws, context: FakeLambdaContext, field: str, value: str) -> None:
    fake_aws.ok()
    assert _call(_with(**{field: value}), context)[0] == 200


@pytest.mark.parametrize(("field", "value"), BAD_ARNS)
def test_other_arns_rejected(fake_aws: FakeAws, context: FakeLambdaContext, field: str, value: str) -> None:
    status, problem = _call(_with(**{field: value}), context)
    assert status == 400 and problem["errors"][0]["field"] == field
    assert "arn:aws:sms-voice:" in problem["errors"][0]["message"]
    assert fake_aws.calls == []
