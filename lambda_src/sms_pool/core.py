"""The one core function and the service's rules: which identities a pool gives up, and its idempotency token.

Knows nothing of HTTP or Step Functions; both adapters in ``handlers`` call :func:`disassociate` with a request
whose shape ``validation`` has already proved. The rules here are the ones no schema can state: a phone number
is an identity only in E.164 form, resolved to its id by the account's number index (:mod:`sms_pool.index`), and
an ARN must name an End User Messaging SMS resource of the right type in this function's partition. A dry run
(:mod:`sms_pool.dry_run`) answers what the removal would and changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from sms_pool import aws, config, dry_run, errors, index, pacing, phone, pool_guard
from sms_pool.constants import APP_NAME, ARN_RESOURCE_TYPES, BULK_ITEMS_FIELD, DRY_RUN_FIELD, TOKEN_FIELDS

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import DisassociateOriginationIdentityRequestTypeDef

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


def _removed(params: dict[str, Any], identity: str, idempotency_key: str | None) -> dict[str, Any]:
    params["OriginationIdentity"] = identity
    if "ClientToken" not in params and idempotency_key:
        params["ClientToken"] = derive_client_token(idempotency_key, params)
    return dict(aws.disassociate_origination_identity(params))


def _remove_number(
    request: Mapping[str, Any], idempotency_key: str | None, attempt: Attempt | None, deadline: pacing.Deadline
) -> dict[str, Any]:
    """Remove the identity the index gives for the request's E.164 number; AWS has the last word.

    The id is sent even if the index lists the number in no pool or another one: a retry after a success then
    reaches AWS with the same token and gets the first answer again, and AWS's "not associated" becomes the
    contract's 404 for a number not in the pool. An id AWS no longer knows means the index is stale: one new
    build, one more lookup, and a removal only if that gives another id (never a guess).
    """
    number, pool_id, country = request["OriginationIdentity"], request["PoolId"], request["IsoCountryCode"]
    entry = index.resolve(number, pool_id, country, deadline)
    for last_try in (False, True):
        if attempt is not None:
            attempt.resolved_identity = entry.identity
        try:
            return _removed(dict(request), entry.identity, idempotency_key)
        except errors.NotInPoolError:
            raise index.not_in_pool(number, pool_id, country) from None
        except errors.ResourceNotFoundError as exc:
            if exc.extensions.get("resourceType") == "pool" or last_try:
                raise
            index.forget(country, entry)
            fresh = index.resolve(number, pool_id, country, deadline)
            if fresh.identity == entry.identity:
                raise index.not_in_pool(number, pool_id, country) from None
            entry = fresh
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def disassociate(
    request: Mapping[str, Any],
    idempotency_key: str | None = None,
    attempt: Attempt | None = None,
    deadline: pacing.Deadline | None = None,
) -> dict[str, Any]:
    """Check the service's rules, resolve a phone number, then remove the identity from the pool (or preview it).

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key`` over the resolved
    identity id (a retry by number and one by id send the same token); with neither, botocore generates a
    random one (so only that single call is idempotent). ``attempt`` (the audit record) learns the resolved id.
    ``deadline`` bounds paged listings (the adapters derive it from Lambda's remaining time).
    """
    pool_guard.check(request["PoolId"])  # before any AWS call, previews included
    check_rules(request)  # type: ignore[arg-type]
    deadline = deadline or pacing.default_deadline()
    if request.get(DRY_RUN_FIELD):
        return dry_run.preview(request, deadline, attempt)
    if phone.is_e164(request["OriginationIdentity"]):
        return _remove_number(request, idempotency_key, attempt, deadline)
    # the caller-only fields (DryRun, ...) are dropped by ``aws``, just before the call
    return _removed(dict(request), request["OriginationIdentity"], idempotency_key)


def resolve_identities(request: Mapping[str, Any], deadline: pacing.Deadline) -> list[str]:
    """The bulk list with each E.164 number replaced by the id the index gives for it, in one paced pass.

    Every other item, and a number the index cannot place (not in the account, or ambiguous), stays as given:
    its own removal task then answers for it, exactly as it would have without this step.
    """
    pool_id, country = request["PoolId"], request["IsoCountryCode"]
    resolving = config.settings().resolve_numbers
    resolved = []
    for given in request[BULK_ITEMS_FIELD]:
        identity = given
        if resolving and phone.is_e164(given):
            with contextlib.suppress(errors.PhoneNumberNotInPoolError, errors.PhoneNumberAmbiguousError):
                identity = index.resolve(given, pool_id, country, deadline).identity
        resolved.append(identity)
    return resolved
