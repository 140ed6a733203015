"""Input shape: body decoding, size and duplicate-key limits, and one compiled validator per model.

Every failure is the table's ``InvalidRequestError`` naming the field, raised before any AWS call. Each schema
does its whole job (required and unknown members included); the service's rules beyond shape live in ``core``.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from fastjsonschema import JsonSchemaValueException

from sms_pool import errors, phone
from sms_pool._generated import bulk as compiled_bulk
from sms_pool._generated import request as compiled_request
from sms_pool._generated import resolve as compiled_resolve
from sms_pool._generated import task as compiled_task
from sms_pool.constants import IDEMPOTENCY_HEADER, MAX_BODY_BYTES, MAX_IDEMPOTENCY_KEY_LENGTH
from sms_pool.core import PHONE_NUMBER_HINT

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import DisassociateOriginationIdentityRequestTypeDef


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


def decode_body(body: object, is_base64: bool, limit: int = MAX_BODY_BYTES) -> Any:
    """The JSON value of an API Gateway body; 400 if absent, over ``limit`` bytes, not UTF-8 or not strict JSON."""
    if body is None or body == "":
        raise errors.invalid("body", "a JSON object body is required")
    if not isinstance(body, str):
        raise errors.invalid("body", "must be a JSON text")
    if len(body) > limit * (2 if is_base64 else 1):  # cheap bound before any copy
        raise errors.invalid("body", f"must be at most {limit} bytes")
    raw: bytes | str = body
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid("body", "isBase64Encoded is set but the body is not valid base64") from None
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise errors.invalid("body", f"must be at most {limit} bytes")
    try:
        return json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise errors.invalid(exc.key, "appears more than once in the body") from None
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise errors.invalid("body", "must be a valid UTF-8 JSON object") from None


def _members(exc: JsonSchemaValueException) -> list[dict[str, str]] | None:
    # The schema's own member lists name every missing and unknown member, not only the first.
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule not in ("required", "additionalProperties") or not isinstance(exc.value, dict):
        return None
    keys = exc.value.keys()
    known = definition.get("properties", {})
    members = [{"field": name, "message": "is required"} for name in definition.get("required", ()) if name not in keys]
    members += [
        {"field": name, "message": "is not a known field"} for name in sorted(map(str, keys)) if name not in known
    ]
    return members


def _message(exc: JsonSchemaValueException) -> str:
    definition = exc.definition if isinstance(exc.definition, dict) else {}
    if exc.rule == "type" and definition.get("type") == "object":
        return "must be a JSON object"
    if exc.rule == "type":
        return f"must be a {definition.get('type', 'value of the right type')}"
    if exc.rule in ("minLength", "maxLength"):
        low, high = definition.get("minLength"), definition.get("maxLength")
        return f"must be exactly {low} characters" if low == high else f"must be {low} to {high} characters"
    if exc.rule == "pattern":
        return f"must match {definition.get('pattern')}"
    return "is invalid"


def _validate(validator: Callable[[Any], Any], data: Any, root: str) -> dict[str, Any]:
    try:
        validator(data)
    except JsonSchemaValueException as exc:
        members = _members(exc)
        if members:
            raise errors.error(
                errors.Kind.INVALID_REQUEST, "; ".join(f"{m['field']}: {m['message']}" for m in members), errors=members
            ) from None
        field = (exc.name or "data").removeprefix("data").lstrip(".") or root
        message = _message(exc)
        if field == "OriginationIdentity" and isinstance(exc.value, str) and phone.looks_typed_as_number(exc.value):
            message = PHONE_NUMBER_HINT
        raise errors.invalid(field, message) from None
    return cast(dict[str, Any], data)


def validate_body(data: Any) -> DisassociateOriginationIdentityRequestTypeDef:
    """Check a decoded HTTP body against the request model; return it typed."""
    return cast("DisassociateOriginationIdentityRequestTypeDef", _validate(compiled_request.validate, data, "body"))


def validate_task(data: Any) -> tuple[DisassociateOriginationIdentityRequestTypeDef, str | None]:
    """Check a Step Functions payload against the task model; return the request and its ``IdempotencyKey``.

    The caller's payload is never mutated: the request is a copy without the key.
    """
    payload = dict(_validate(compiled_task.validate, data, "payload"))
    key = payload.pop("IdempotencyKey", None)
    return cast("DisassociateOriginationIdentityRequestTypeDef", payload), key


def validate_resolve(data: Any) -> dict[str, Any]:
    """Check the bulk workflow's resolution payload (``PoolId``, ``IsoCountryCode``, ``Identities``)."""
    return _validate(compiled_resolve.validate, data, "payload")


def validate_bulk(data: Any) -> dict[str, Any]:
    """Check a decoded ``POST /bulk-disassociations`` body against the bulk job model."""
    return _validate(compiled_bulk.validate, data, "body")


def lower_headers(event: dict[str, Any]) -> dict[str, Any]:
    """An API event's headers with lower-case names."""
    # HTTP header names are case-insensitive; API Gateway passes them as the client sent them.
    headers = event.get("headers")
    if not isinstance(headers, dict):
        return {}
    return {key.lower(): value for key, value in headers.items() if isinstance(key, str)}


def idempotency_key(headers: dict[str, Any]) -> str | None:
    """The ``Idempotency-Key`` header, checked; None when absent."""
    key = headers.get(IDEMPOTENCY_HEADER.lower())
    if key is None:
        return None
    limit = MAX_IDEMPOTENCY_KEY_LENGTH
    if not (isinstance(key, str) and 0 < len(key) <= limit and key.isascii() and key.isprintable()):
        raise errors.invalid(IDEMPOTENCY_HEADER, f"must be 1 to {limit} printable ASCII characters")
    return key
