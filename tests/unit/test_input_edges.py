"""Input checks at their edges, through the entry points: sizes, base64, JSON oddities, messages."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event
from sms_pool import core, handlers
from tests.fixtures import VALID_REQUEST, FakeAws

LIMIT = 64 * 1024  # the documented body limit, in bytes


def _padded(size: int) -> str:
    """The valid request as JSON, padded with spaces to exactly ``size`` bytes."""
    text = json.dumps(VALID_REQUEST)
    return text[:-1] + " " * (size - len(text)) + "}"


def _detail(event: Any, context: FakeLambdaContext) -> str:
    response = handlers.handler(event, context)
    assert response["statusCode"] == 400, response
    detail: str = json.loads(response["body"])["detail"]
    return detail


def _sfn_detail(payload: Any, context: FakeLambdaContext) -> str:
    with pytest.raises(Exception) as caught:
        handlers.handler(payload, context)
    assert type(caught.value).__name__ == "InvalidRequestError"
    detail: str = json.loads(str(caught.value))["detail"]
    return detail


@pytest.mark.parametrize("is_base64", [False, True])
def test_a_body_of_exactly_the_limit_is_accepted(
    is_base64: bool, fake_aws: FakeAws, context: FakeLambdaContext
) -> None:
    body = _padded(LIMIT)
    assert len(body.encode()) == LIMIT
    wire = base64.b64encode(body.encode()).decode() if is_base64 else body
    fake_aws.ok()
    assert handlers.handler(api_gateway_event(wire, is_base64=is_base64), context)["statusCode"] == 200


@pytest.mark.parametrize("is_base64", [False, True])
def test_one_byte_over_the_limit_is_refused(is_base64: bool, context: FakeLambdaContext) -> None:
    body = _padded(LIMIT + 1)
    wire = base64.b64encode(body.encode()).decode() if is_base64 else body
    assert _detail(api_gateway_event(wire, is_base64=is_base64), context) == f"body: must be at most {LIMIT} bytes"


def test_the_limit_counts_utf8_bytes_not_characters(context: FakeLambdaContext) -> None:
    body = '{"PoolId":"' + "\u00e9" * 33_000 + '"}'  # 33,013 characters, 66,013 bytes
    assert len(body) < LIMIT < len(body.encode())
    assert _detail(api_gateway_event(body), context) == f"body: must be at most {LIMIT} bytes"


@pytest.mark.parametrize("stray", ["*", "\n", " ", "==="])
def test_base64_with_stray_characters_is_refused(stray: str, context: FakeLambdaContext) -> None:
    wire = base64.b64encode(json.dumps(VALID_REQUEST).encode()).decode()
    wire = wire[:8] + stray + wire[8:]
    assert _detail(api_gateway_event(wire, is_base64=True), context) == (
        "body: isBase64Encoded is set but the body is not valid base64"
    )


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (None, "body: a JSON object body is required"),
        ("", "body: a JSON object body is required"),
        ('{"PoolId": NaN}', "body: must be a valid UTF-8 JSON object"),
        ('{"PoolId": Infinity}', "body: must be a valid UTF-8 JSON object"),
        ("[1]", "body: must be a JSON object"),
        # The second key repeats: the problem names it, not the first key.
        ('{"IsoCountryCode": "US", "PoolId": "a", "PoolId": "b"}', "PoolId: appears more than once in the body"),
        ('{"IsoCountryCode": "US"}', "PoolId: is required; OriginationIdentity: is required"),
        (
            json.dumps({**VALID_REQUEST, "Zeta": 1, "Alpha": 2}),
            "Alpha: is not a known field; Zeta: is not a known field",
        ),
        (json.dumps({**VALID_REQUEST, "PoolId": 5}), "PoolId: must be a string"),
        (json.dumps({**VALID_REQUEST, "IsoCountryCode": "U"}), "IsoCountryCode: must be exactly 2 characters"),
        (json.dumps({**VALID_REQUEST, "PoolId": ""}), "PoolId: must be 1 to 256 characters"),
        (json.dumps({**VALID_REQUEST, "IsoCountryCode": "us"}), "IsoCountryCode: must match ^[A-Z]{2}$"),
        (
            json.dumps({**VALID_REQUEST, "PoolId": "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-1"}),
            "PoolId: an ARN here must be arn:aws:sms-voice:<region>:<account>:pool/<id>",
        ),
        (
            json.dumps({**VALID_REQUEST, "OriginationIdentity": "arn:aws:sms-voice:us-east-1:123456789012:pool/p-1"}),
            "OriginationIdentity: an ARN here must be arn:aws:sms-voice:<region>:<account>:"
            "phone-number/<id> or sender-id/<SenderId>/<country>",
        ),
    ],
)
def test_http_input_problems_are_exact(body: str | None, detail: str, context: FakeLambdaContext) -> None:
    assert _detail(api_gateway_event(body), context) == detail


def test_a_body_that_is_not_text_is_named(context: FakeLambdaContext) -> None:
    event = {**api_gateway_event(None), "body": {"PoolId": "p"}}
    assert _detail(event, context) == "body: must be a JSON text"


@pytest.mark.parametrize("payload", [[VALID_REQUEST], "text", 7])
def test_a_step_functions_payload_that_is_not_an_object_is_named(payload: Any, context: FakeLambdaContext) -> None:
    assert _sfn_detail(payload, context) == "payload: must be a JSON object"


PHONE_HINT = f"OriginationIdentity: {core.PHONE_NUMBER_HINT}"


@pytest.mark.parametrize("identity", ["1234567", "555-0100", "+1 555010", "(555) 0100"])
def test_the_shortest_phone_numbers_get_the_hint(identity: str, context: FakeLambdaContext) -> None:
    # Seven digits is the shortest number the rules cover; only E.164 (+1555010) is resolved, not hinted.
    assert _sfn_detail({**VALID_REQUEST, "OriginationIdentity": identity}, context) == PHONE_HINT


@pytest.mark.parametrize("identity", ["123456", "55-5-010", "1-2-3-4-5-6"])
def test_six_digits_are_not_a_phone_number(identity: str, fake_aws: FakeAws, context: FakeLambdaContext) -> None:
    fake_aws.ok()
    handlers.handler({**VALID_REQUEST, "OriginationIdentity": identity}, context)
    assert fake_aws.calls[0]["OriginationIdentity"] == identity
