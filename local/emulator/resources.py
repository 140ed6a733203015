"""Ids, ARNs, identity resolution, filters and pagination shared by the operations."""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from botocore.model import ListShape, Shape

from local.emulator.model import ApiError, not_found, service_model, validation_error
from local.emulator.store import PHONE, POOL, SENDER, Tx

DEFAULT_MAX_RESULTS = 100


@dataclass
class Context:
    """What an operation needs besides its parameters."""

    tx: Tx
    region: str
    account: str
    request_id: str
    operation: str = ""

    def arn(self, resource: str) -> str:
        return f"arn:aws:sms-voice:{self.region}:{self.account}:{resource}"


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex}"


def sender_key(sender_id: str, iso: str) -> str:
    return f"{sender_id}/{iso}"


class _ForeignError(Exception):
    """An ARN of another account or region: not visible to this caller (see README, "Accounts and regions")."""


def _arn_resource(ctx: Context, value: str) -> str | None:
    """The resource part of an ``arn:...:sms-voice:...`` value, or None if ``value`` is no ARN.

    Raises :class:`_ForeignError` for an ARN of another region or account: this emulator shares nothing
    through AWS RAM, so such a resource does not exist for the caller.
    """
    if not value.startswith("arn:"):
        return None
    parts = value.split(":", 5)
    if len(parts) != 6 or parts[2] != "sms-voice":
        raise validation_error("INVALID_ARN", [("Arn", f"{value} is not a valid SMS Voice ARN")])
    if (parts[3], parts[4]) != (ctx.region, ctx.account):
        raise _ForeignError(value)
    return parts[5]


def _foreign_not_found(kind: str) -> Callable[[Callable[..., dict[str, Any]]], Callable[..., dict[str, Any]]]:
    def wrap(resolve: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
        @functools.wraps(resolve)
        def resolved(ctx: Context, value: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
            try:
                return resolve(ctx, value, *args, **kwargs)
            except _ForeignError:
                raise _not_found(kind, value) from None

        return resolved

    return wrap


@_foreign_not_found(POOL)
def resolve_pool(ctx: Context, value: str, field: str = "PoolId") -> dict[str, Any]:
    """The pool named by id or ARN in the caller's account and region."""
    resource = _arn_resource(ctx, value)
    pool_id = value
    if resource is not None:
        kind, _, pool_id = resource.partition("/")
        if kind != POOL:
            raise validation_error("INVALID_ARN", [(field, f"{value} is not a pool ARN")])
    doc = ctx.tx.get(POOL, pool_id)
    if doc is None:
        raise _not_found(POOL, value)
    return doc


@_foreign_not_found(PHONE)
def resolve_phone(ctx: Context, value: str) -> dict[str, Any]:
    """The phone number named by id or ARN in the caller's account and region."""
    resource = _arn_resource(ctx, value)
    phone_id = value
    if resource is not None:
        kind, _, phone_id = resource.partition("/")
        if kind != PHONE:
            raise validation_error("INVALID_ARN", [("PhoneNumberId", f"{value} is not a phone number ARN")])
    doc = ctx.tx.get(PHONE, phone_id)
    if doc is None:
        raise _not_found(PHONE, value)
    return doc


@_foreign_not_found(SENDER)
def resolve_sender(
    ctx: Context, value: str, iso: str | None, field: str = "SenderId", *, exact: bool = False
) -> dict[str, Any]:
    """The sender ID named by id (+ country) or ARN; ``exact``: the (id, country) pair is the key.

    DescribeSenderIds and ReleaseSenderId name a sender ID by the pair (``SenderIdAndCountry``), so
    another country's sender ID of the same name is not it (not found); an origination identity given
    with the wrong country is a ``COUNTRY_CODE_MISMATCH``.
    """
    resource = _arn_resource(ctx, value)
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
        if exact:
            raise _not_found(SENDER, value)
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
    try:
        resource = _arn_resource(ctx, value)
    except _ForeignError:
        raise _not_found(PHONE if ":phone-number/" in value else SENDER, value) from None
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


def _filter_key(name: str, members: Mapping[str, Shape]) -> str:
    if name in _FILTER_KEYS:
        return _FILTER_KEYS[name]
    key = "".join(part.capitalize() for part in name.split("-"))
    if key not in members and f"{key}s" in members:
        return f"{key}s"
    return key


def _as_text(value: Any) -> list[str]:
    if isinstance(value, list):
        return [t for v in value for t in _as_text(v)]
    if isinstance(value, bool):
        return [str(value).lower()]
    return [] if value is None else [str(value)]


def _allowed_values(shape: Shape) -> list[str]:
    """The values a filter on a member of ``shape`` can match: its enum, true/false, or anything ([])."""
    if isinstance(shape, ListShape):
        shape = shape.member
    if shape.type_name == "boolean":
        return ["true", "false"]
    return list(getattr(shape, "enum", None) or [])


def apply_filters(
    items: list[dict[str, Any]], filters: list[dict[str, Any]] | None, info_shape: str
) -> list[dict[str, Any]]:
    """Keep items matching every filter (any of its values); filter names map to members of ``info_shape``.

    A value outside the member's enum (``status=BOGUS``) is ``INVALID_FILTER_VALUES``, as the model's
    reason says, rather than an empty match.
    """
    members: Mapping[str, Shape] = service_model().shape_for(info_shape).members  # type: ignore[attr-defined]
    out = items
    for index, flt in enumerate(filters or []):
        wanted = {str(v) for v in flt["Values"]}
        key = _filter_key(str(flt["Name"]), members)
        allowed = _allowed_values(members[key]) if key in members else []
        bad = sorted(wanted - set(allowed)) if allowed else []
        if bad:
            message = f"{', '.join(bad)} not in [{', '.join(allowed)}]"
            raise validation_error("INVALID_FILTER_VALUES", [(f"Filters[{index}].Values", message)])
        out = [d for d in out if wanted & set(_as_text(d.get(key)))]
    return out


_UNBOUND = ("NextToken", "MaxResults")  # a caller may change the page size between pages


def _binding(ctx: Context, params: dict[str, Any]) -> str:
    """What a NextToken belongs to: the operation and every other parameter (filters, ids, owner)."""
    request = {k: v for k, v in params.items() if k not in _UNBOUND}
    text = json.dumps([ctx.operation, request], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _mac(ctx: Context, offset: int, binding: str) -> str:
    key = str(ctx.tx.token_key()).encode()
    return hmac.new(key, f"{offset}:{binding}".encode(), hashlib.sha256).hexdigest()[:32]


def paginate(ctx: Context, items: list[Any], params: dict[str, Any]) -> tuple[list[Any], str | None]:
    """One page of ``items`` per ``MaxResults`` and a signed ``NextToken`` for the rest.

    The token is bound to the operation and its parameters and signed with the state's key: a token
    of another operation or filter, or a forged one, is ``INVALID_NEXT_TOKEN``.
    """
    binding = _binding(ctx, params)
    start = 0
    token = params.get("NextToken")
    if token is not None:
        start = _decode_token(ctx, token, binding)
    size = int(params.get("MaxResults") or DEFAULT_MAX_RESULTS)
    page = items[start : start + size]
    end = start + size
    next_token = _encode_token(ctx, end, binding) if end < len(items) else None
    return page, next_token


def _encode_token(ctx: Context, offset: int, binding: str) -> str:
    raw = json.dumps({"offset": offset, "for": binding, "mac": _mac(ctx, offset, binding)}).encode()
    return base64.urlsafe_b64encode(raw).decode()


def _decode_token(ctx: Context, token: str, binding: str) -> int:
    invalid = validation_error("INVALID_NEXT_TOKEN", [("NextToken", "The NextToken is not valid for this request")])
    try:
        data = json.loads(base64.urlsafe_b64decode(token.encode()))
        offset = int(data["offset"])
        valid = data["for"] == binding and hmac.compare_digest(str(data["mac"]), _mac(ctx, offset, binding))
    except (binascii.Error, ValueError, KeyError, TypeError) as exc:
        raise invalid from exc
    if not valid or offset < 0:
        raise invalid
    return offset


Handler = Callable[[Context, dict[str, Any]], dict[str, Any]]
