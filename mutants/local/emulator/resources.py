"""Ids, ARNs, identity resolution, filters and pagination shared by the operations."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from local.emulator.model import ApiError, not_found, validation_error
from local.emulator.store import PHONE, POOL, SENDER, Tx

DEFAULT_MAX_RESULTS = 100


@dataclass
class Context:
    """What an operation needs besides its parameters."""

    tx: Tx
    region: str
    account: str
    request_id: str

    def arn(self, resource: str) -> str:
        return f"arn:aws:sms-voice:{self.region}:{self.account}:{resource}"


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex}"


def sender_key(sender_id: str, iso: str) -> str:
    return f"{sender_id}/{iso}"


def _arn_resource(value: str) -> str | None:
    """The resource part of an ``arn:...:sms-voice:...`` value, or None if ``value`` is no ARN."""
    if not value.startswith("arn:"):
        return None
    parts = value.split(":", 5)
    if len(parts) != 6 or parts[2] != "sms-voice":
        raise validation_error("INVALID_ARN", [("Arn", f"{value} is not a valid SMS Voice ARN")])
    return parts[5]


def resolve_pool(ctx: Context, value: str, field: str = "PoolId") -> dict[str, Any]:
    resource = _arn_resource(value)
    pool_id = value
    if resource is not None:
        kind, _, pool_id = resource.partition("/")
        if kind != POOL:
            raise validation_error("INVALID_ARN", [(field, f"{value} is not a pool ARN")])
    doc = ctx.tx.get(POOL, pool_id)
    if doc is None:
        raise _not_found(POOL, value)
    return doc


def resolve_phone(ctx: Context, value: str) -> dict[str, Any]:
    resource = _arn_resource(value)
    phone_id = value
    if resource is not None:
        kind, _, phone_id = resource.partition("/")
        if kind != PHONE:
            raise validation_error("INVALID_ARN", [("PhoneNumberId", f"{value} is not a phone number ARN")])
    doc = ctx.tx.get(PHONE, phone_id)
    if doc is None:
        raise _not_found(PHONE, value)
    return doc


def resolve_sender(ctx: Context, value: str, iso: str | None, field: str = "SenderId") -> dict[str, Any]:
    resource = _arn_resource(value)
    sender_id = value
    if resource is not None:
        kind, _, rest = resource.partition("/")
        sender_id, _, arn_iso = rest.partition("/")
        if kind != SENDER or not arn_iso:
            raise validation_error("INVALID_ARN", [(field, f"{value} is not a sender ID ARN")])
        _check_country(arn_iso, iso)
        iso = arn_iso
    if iso is not None:
        doc = ctx.tx.get(SENDER, sender_key(sender_id, iso))
        if doc is not None:
            return doc
    candidates = [d for d in ctx.tx.list_all(SENDER) if d["SenderId"] == sender_id]
    if not candidates:
        raise _not_found(SENDER, value)
    if iso is not None:
        _check_country(candidates[0]["IsoCountryCode"], iso)
    if len(candidates) > 1:
        raise validation_error(
            "MISSING_PARAMETER",
            [("IsoCountryCode", f"Sender ID {sender_id} exists in several countries; give IsoCountryCode")],
        )
    return candidates[0]


def resolve_identity(ctx: Context, value: str, iso: str | None) -> tuple[str, dict[str, Any]]:
    """(kind, doc) of an origination identity given as phone number id/ARN or sender id/ARN."""
    resource = _arn_resource(value)
    default_kind = PHONE if value.startswith("phone-") else SENDER
    kind = resource.partition("/")[0] if resource is not None else default_kind
    if kind == PHONE:
        doc = resolve_phone(ctx, value)
        _check_country(doc["IsoCountryCode"], iso)
        return PHONE, doc
    if kind == SENDER:
        return SENDER, resolve_sender(ctx, value, iso, field="OriginationIdentity")
    message = f"{value} is not an origination identity"
    raise validation_error("INVALID_ARN", [("OriginationIdentity", message)])


def _check_country(actual: str, requested: str | None) -> None:
    if requested is not None and requested != actual:
        raise validation_error(
            "COUNTRY_CODE_MISMATCH",
            [("IsoCountryCode", f"The origination identity belongs to {actual}, not {requested}")],
        )


def _not_found(kind: str, value: str) -> ApiError:
    return not_found(kind, value, f"Resource {value} of type {kind} not found.")


def identity_id(kind: str, doc: dict[str, Any]) -> str:
    return str(doc["PhoneNumberId"] if kind == PHONE else doc["SenderId"])


def identity_arn(kind: str, doc: dict[str, Any]) -> str:
    return str(doc["PhoneNumberArn"] if kind == PHONE else doc["SenderIdArn"])


# Filter names whose value lives under a differently named (list) member.
_FILTER_KEYS = {"number-capability": "NumberCapabilities"}


def _filter_key(name: str, doc: dict[str, Any]) -> str:
    if name in _FILTER_KEYS:
        return _FILTER_KEYS[name]
    key = "".join(part.capitalize() for part in name.split("-"))
    if key not in doc and f"{key}s" in doc:
        return f"{key}s"
    return key


def _as_text(value: Any) -> list[str]:
    if isinstance(value, list):
        return [t for v in value for t in _as_text(v)]
    if isinstance(value, bool):
        return [str(value).lower()]
    return [] if value is None else [str(value)]


def apply_filters(items: list[dict[str, Any]], filters: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Keep items matching every filter (any of its values); filter names map to member names."""
    out = items
    for flt in filters or []:
        wanted = {str(v) for v in flt["Values"]}
        name = str(flt["Name"])
        out = [d for d in out if wanted & set(_as_text(d.get(_filter_key(name, d))))]
    return out


def paginate(items: list[Any], params: dict[str, Any]) -> tuple[list[Any], str | None]:
    """One page of ``items`` per ``MaxResults`` and an opaque ``NextToken`` for the rest."""
    start = 0
    token = params.get("NextToken")
    if token is not None:
        start = _decode_token(token)
    size = int(params.get("MaxResults") or DEFAULT_MAX_RESULTS)
    page = items[start : start + size]
    end = start + size
    next_token = _encode_token(end) if end < len(items) else None
    return page, next_token


def _encode_token(offset: int) -> str:
    raw = json.dumps({"offset": offset}).encode()
    return base64.urlsafe_b64encode(raw).decode()


def _decode_token(token: str) -> int:
    try:
        data = json.loads(base64.urlsafe_b64decode(token.encode()))
        offset = int(data["offset"])
    except (binascii.Error, ValueError, KeyError, TypeError) as exc:
        raise validation_error("INVALID_NEXT_TOKEN", [("NextToken", "The NextToken is not valid")]) from exc
    if offset < 0:
        raise validation_error("INVALID_NEXT_TOKEN", [("NextToken", "The NextToken is not valid")])
    return offset


Handler = Callable[[Context, dict[str, Any]], dict[str, Any]]
