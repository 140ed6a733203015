"""The one core function and the service's rules: which identities a pool gives up, and its idempotency token.

Knows nothing of HTTP or Step Functions; both adapters in ``handlers`` call :func:`disassociate` with a request
whose shape ``validation`` has already proved. The rules here are the ones no schema can state: a phone number
is an identity only in E.164 form, resolved within the pool (:func:`resolve`), and an ARN must name an End User
Messaging SMS resource of the right type in this function's partition. A dry run (:func:`preview`) answers what
the removal would, from the pool's listing, and changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from sms_pool import aws, config, errors, phone, pool_guard
from sms_pool.constants import APP_NAME, ARN_RESOURCE_TYPES, DRY_RUN_FIELD, RESULT_FIELDS, TOKEN_FIELDS

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import (
        DisassociateOriginationIdentityRequestTypeDef,
        OriginationIdentityMetadataTypeDef,
    )

    from sms_pool.audit import Attempt

# Versioned so a future change of derivation cannot collide with tokens already sent to AWS; its bytes must never
# change (b"sms-pool-disassociate/v1\x00": known-answer tests pin them), nor, therefore, APP_NAME.
TOKEN_DOMAIN: Final = f"{APP_NAME}/v1\x00".encode()

PHONE_NUMBER_HINT: Final = (
    "looks like a phone number not in E.164 form; pass it as E.164 (+, country code, number, nothing else), or "
    "the PhoneNumberId (phone-...) or PhoneNumberArn from DescribePhoneNumbers"
)

RESOLUTION_OFF_HINT: Final = (
    "looks like a phone number, and this deployment does not resolve numbers (resolvePhoneNumbers=false); "
    "pass the PhoneNumberId (phone-...) or PhoneNumberArn from DescribePhoneNumbers"
)

# An ARN passes the model's pattern whatever it names; only End User Messaging SMS resources of the right
# type, in this function's partition, can be disassociated (region and account are free: shared pools).
_ARN: Final = re.compile(r"arn:([a-z0-9-]+):([a-z0-9-]*):([a-z0-9-]*):([0-9]*):([a-z-]+)/[A-Za-z0-9_-]+(/[A-Z]{2})?")


def _check_arn(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    partition = aws.partition()
    types = ARN_RESOURCE_TYPES[field]
    if not (
        match
        and match[1] == partition
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{partition}:sms-voice:<region>:<account>:{kinds}")


def check_rules(request: DisassociateOriginationIdentityRequestTypeDef) -> None:
    """Raise ``InvalidRequestError`` naming the field if ``request`` breaks one of the service's rules."""
    identity = request["OriginationIdentity"]
    resolving = config.settings().resolve_numbers
    if phone.is_phone_number(identity) and not (resolving and phone.is_e164(identity)):
        raise errors.invalid("OriginationIdentity", PHONE_NUMBER_HINT if resolving else RESOLUTION_OFF_HINT)
    if request.get(DRY_RUN_FIELD) and not resolving:
        raise errors.invalid(DRY_RUN_FIELD, "previews are off in this deployment (resolvePhoneNumbers=false)")
    for field, value in (("PoolId", request["PoolId"]), ("OriginationIdentity", identity)):
        if value.startswith("arn:"):
            _check_arn(field, value)


def derive_client_token(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "")) for name in TOKEN_FIELDS)]
    return hashlib.sha256(TOKEN_DOMAIN + "\0".join(parts).encode("utf-8")).hexdigest()


def _by_number(
    number: str, pool_id: str, identities: list[OriginationIdentityMetadataTypeDef], country: str
) -> OriginationIdentityMetadataTypeDef:
    # The listing may be unfiltered (a dry run counts the whole pool), so the country is matched here too.
    matches = [item for item in identities if item.get("PhoneNumber") == number and item["IsoCountryCode"] == country]
    if not matches:
        raise errors.error(
            errors.Kind.PHONE_NUMBER_NOT_IN_POOL,
            f"no {country} identity of pool {pool_id} has the phone number {phone.mask(number)}",
            poolId=pool_id,
            phoneNumber=phone.mask(number),
        )
    if len(matches) > 1:
        ids = [item["OriginationIdentity"] for item in matches]
        raise errors.error(
            errors.Kind.PHONE_NUMBER_AMBIGUOUS,
            f"{len(ids)} identities of pool {pool_id} have the phone number {phone.mask(number)}; pass one's id",
            poolId=pool_id,
            phoneNumber=phone.mask(number),
            identities=ids,
        )
    return matches[0]


def _by_id(
    identity: str, pool_id: str, identities: list[OriginationIdentityMetadataTypeDef], country: str
) -> OriginationIdentityMetadataTypeDef:
    named = [item for item in identities if identity in (item["OriginationIdentity"], item["OriginationIdentityArn"])]
    for item in named:
        if item["IsoCountryCode"] == country:
            return item
    if named:
        raise errors.from_row(
            errors.AWS_ERRORS["ValidationException"],
            "AWS rejected the request as invalid: COUNTRY_CODE_MISMATCH",
            reason="COUNTRY_CODE_MISMATCH",
            errors=[{"field": "IsoCountryCode", "message": f"the identity's country is {named[0]['IsoCountryCode']}"}],
        )
    # What the real call answers for an identity that exists in another pool. A preview cannot tell that from an
    # identity that does not exist at all (the real call's 404) without a Describe call per identity type.
    kind = "phone-number" if identity.startswith("phone-") or ":phone-number/" in identity else "sender-id"
    raise errors.from_row(
        errors.AWS_REASONS[("ConflictException", "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL")],
        f"{kind} {identity} is not in pool {pool_id}",
        reason="PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL",
        resourceType=kind,
        resourceId=identity,
    )


def preview(request: Mapping[str, Any], attempt: Attempt | None = None) -> dict[str, Any]:
    """What :func:`disassociate` would remove, checked with ``ListPoolOriginationIdentities``; changes nothing.

    Raises what the real call would for an identity not in the pool or the pool's last one. A preview is a
    snapshot: another caller may change the pool before the real call (docs/audit.md, "Dry run").
    """
    pool_id, identity, country = request["PoolId"], request["OriginationIdentity"], request["IsoCountryCode"]
    pool, identities = aws.list_pool_identities(pool_id)  # unfiltered: the not-last rule counts every member
    find = _by_number if phone.is_e164(identity) else _by_id
    item = find(identity, pool_id, identities, country)
    if attempt is not None and item["OriginationIdentity"] != identity:
        attempt.resolved_identity = item["OriginationIdentity"]
    if len(identities) <= 1:
        raise errors.from_row(
            errors.AWS_REASONS[("ConflictException", "LAST_PHONE_NUMBER")],
            f"{item['OriginationIdentity']} is the last origination identity of pool {pool_id}; a pool keeps one",
            reason="LAST_PHONE_NUMBER",
            resourceType="pool",
            resourceId=pool_id,
        )
    would = {**pool, **{key: item[key] for key in ("OriginationIdentityArn", "OriginationIdentity", "IsoCountryCode")}}
    return {DRY_RUN_FIELD: True, "WouldDisassociate": {key: would[key] for key in RESULT_FIELDS}}


def resolve(request: Mapping[str, Any]) -> str:
    """The identity id to send to AWS: an E.164 number resolved within the pool (one filtered listing), else as is."""
    identity = request["OriginationIdentity"]
    if not phone.is_e164(identity):
        return str(identity)
    _, identities = aws.list_pool_identities(request["PoolId"], request["IsoCountryCode"])
    return _by_number(identity, request["PoolId"], identities, request["IsoCountryCode"])["OriginationIdentity"]


def disassociate(
    request: Mapping[str, Any], idempotency_key: str | None = None, attempt: Attempt | None = None
) -> dict[str, Any]:
    """Check the service's rules, resolve a phone number, then remove the identity from the pool (or preview it).

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key`` over the resolved
    identity id (a retry by number and one by id send the same token); with neither, botocore generates a
    random one (so only that single call is idempotent). ``attempt`` (the audit record) learns the resolved id.
    """
    pool_guard.check(request["PoolId"])  # before any AWS call, previews included
    check_rules(request)  # type: ignore[arg-type]
    if request.get(DRY_RUN_FIELD):
        return preview(request, attempt)
    params = dict(request)  # the caller-only fields (DryRun, ...) are dropped by ``aws``, just before the call
    identity = resolve(request)
    if identity != params["OriginationIdentity"]:
        params["OriginationIdentity"] = identity
        if attempt is not None:
            attempt.resolved_identity = identity
    if "ClientToken" not in params and idempotency_key:
        params["ClientToken"] = derive_client_token(idempotency_key, params)
    return dict(aws.disassociate_origination_identity(params))
