"""The canned AWS answer every benchmark shares: a botocore ``before-send`` hook, as in ``tests/fixtures.py``.

Lean on purpose (no request decoding, no recording) so it costs the same, and little, on both sides.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Final

from botocore.awsrequest import AWSResponse

from local.defaults import ACCOUNT_ID, REGION
from sms_pool.constants import SERVICE_NAME

SERVICE: Final = SERVICE_NAME
_ARN: Final = f"arn:aws:sms-voice:{REGION}:{ACCOUNT_ID}"
EVENT: Final = f"before-send.{SERVICE}"

OK_RESULT: Final[dict[str, str]] = {
    "PoolArn": f"{_ARN}:pool/pool-0123456789abcdef0123456789abcdef",
    "PoolId": "pool-0123456789abcdef0123456789abcdef",
    "OriginationIdentityArn": f"{_ARN}:phone-number/phone-abcdef0123456789abcdef0123456789",
    "OriginationIdentity": "phone-abcdef0123456789abcdef0123456789",
    "IsoCountryCode": "US",
}
REQUEST: Final[dict[str, str]] = {
    "PoolId": OK_RESULT["PoolId"],
    "OriginationIdentity": OK_RESULT["OriginationIdentity"],
    "IsoCountryCode": "US",
}
# The number the by-number benchmark removes; the listings carry it for OK_RESULT's identity.
PHONE_NUMBER: Final = "+12065550100"
_BODY: Final = json.dumps(OK_RESULT).encode()
_LISTING: Final = json.dumps(
    {
        "PoolArn": OK_RESULT["PoolArn"],
        "PoolId": OK_RESULT["PoolId"],
        "OriginationIdentities": [
            {
                "OriginationIdentityArn": OK_RESULT["OriginationIdentityArn"],
                "OriginationIdentity": OK_RESULT["OriginationIdentity"],
                "IsoCountryCode": "US",
                "NumberCapabilities": ["SMS"],
                "PhoneNumber": PHONE_NUMBER,
            }
        ],
    }
).encode()
# DescribePhoneNumbers (the number index, sms_pool.index): the account's one number, in OK_RESULT's pool.
_NUMBERS: Final = json.dumps(
    {
        "PhoneNumbers": [
            {
                "PhoneNumberArn": OK_RESULT["OriginationIdentityArn"],
                "PhoneNumberId": OK_RESULT["OriginationIdentity"],
                "PhoneNumber": PHONE_NUMBER,
                "IsoCountryCode": "US",
                "PoolId": OK_RESULT["PoolId"],
            }
        ]
    }
).encode()
_BODIES: Final = {"ListPoolOriginationIdentities": _LISTING, "DescribePhoneNumbers": _NUMBERS}
_HEADERS: Final = {"Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": "aws-req-1"}


class _Raw:
    __slots__ = ("_body",)

    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self._body


def answer_ok(request: Any, **_: Any) -> AWSResponse:
    """Answer every call with 200 before anything is sent: ``OK_RESULT``, the pool's listing or its numbers."""
    target = request.headers.get("X-Amz-Target", b"")
    target = target.decode() if isinstance(target, bytes) else target
    body = _BODIES.get(target.rpartition(".")[2], _BODY)
    return AWSResponse(request.url, 200, _HEADERS, _Raw(body))  # type: ignore[arg-type]


def install(client: Any) -> None:
    """Register the hook first on ``client``'s event system."""
    client.meta.events.register_first(EVENT, answer_ok)
