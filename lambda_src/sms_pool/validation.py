"""Input checks: body decoding, size and duplicate-key limits, and the compiled model schemas.

Every failure is the table's ``InvalidRequestError`` naming the field, raised before any AWS call.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import TYPE_CHECKING, Any, Final

from fastjsonschema import JsonSchemaValueException

from sms_pool import errors
from sms_pool._generated import request as compiled_request
from sms_pool.aws import PARTITION

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import DisassociateOriginationIdentityRequestTypeDef

MAX_BODY_BYTES: Final = 64 * 1024
_REQUIRED: Final = ("PoolId", "OriginationIdentity", "IsoCountryCode")
_ALLOWED_HTTP: Final = frozenset({*_REQUIRED, "ClientToken"})
_ALLOWED_SFN: Final = _ALLOWED_HTTP | {"IdempotencyKey"}
# The API takes identity ids and ARNs; a bare number is always a caller passing a phone number.
_PHONE_LIKE: Final = re.compile(r"\+?[0-9 ().-]{7,24}")
_PHONE_HINT: Final = (
    "looks like a phone number; pass the PhoneNumberId (phone-...) or PhoneNumberArn from DescribePhoneNumbers"
)


# An ARN passes the model's pattern whatever it names; only End User Messaging SMS resources of the right
# type, in this function's partition, can be disassociated (region and account are free: shared pools).
_ARN: Final = re.compile(r"arn:([a-z0-9-]+):([a-z0-9-]*):([a-z0-9-]*):([0-9]*):([a-z-]+)/[A-Za-z0-9_-]+(/[A-Z]{2})?")
_ARN_TYPES: Final = {"PoolId": ("pool",), "OriginationIdentity": ("phone-number", "sender-id")}


def _check_arn(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = _ARN_TYPES[field]
    if not (
        match
        and match[1] == PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{PARTITION}:sms-voice:<region>:<account>:{kinds}")


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def decode_body(body: object, is_base64: bool) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, oversize, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > MAX_BODY_BYTES * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BODY_BYTES:
        raise errors.invalid("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def _message(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def validate_payload(data: Any, *, step_functions: bool) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded body (or a Step Functions payload) against the model; return it typed.

    For Step Functions the payload may also carry ``IdempotencyKey``; callers pop it afterwards.
    """
    root = "payload" if step_functions else "body"
    if not isinstance(data, dict):
        raise errors.invalid(root, "must be a JSON object")
    missing = [name for name in _REQUIRED if name not in data]
    extra = sorted(str(key) for key in data.keys() - (_ALLOWED_SFN if step_functions else _ALLOWED_HTTP))
    if missing or extra:
        problems = [{"field": name, "message": "is required"} for name in missing]
        problems += [{"field": name, "message": "is not a known field"} for name in extra]
        raise errors.error(
            "invalid_request", "; ".join(f"{p['field']}: {p['message']}" for p in problems), errors=problems
        )
    try:
        compiled_request.validate(data)
    except JsonSchemaValueException as exc:
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(data[field], str) and _PHONE_LIKE.fullmatch(data[field]):
            message = _PHONE_HINT
        raise errors.invalid(field, message) from None
    identity = data["OriginationIdentity"]
    if _PHONE_LIKE.fullmatch(identity) and sum(c.isdigit() for c in identity) >= 7:
        raise errors.invalid("OriginationIdentity", _PHONE_HINT)
    for field in _ARN_TYPES:
        if data[field].startswith("arn:"):
            _check_arn(field, data[field])
    return data  # type: ignore[return-value]  # the schema just proved the shape
