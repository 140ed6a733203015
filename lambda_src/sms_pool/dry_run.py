"""The dry run: what a removal would answer, checked with read calls only; changes nothing.

A phone number (by id, ARN or E.164 through :mod:`sms_pool.index`) costs two calls whatever the pool's size:
``ListPoolOriginationIdentities`` with ``MaxResults=2`` (the pool exists; its ARN; "not the last" needs only a
second member) and ``DescribePhoneNumbers`` of the one id (it exists, its country, its ``PoolId``). A sender ID
has no Describe that names its pool (botocore's ``SenderIdInformation`` has no ``PoolId``), so its dry run pages
the pool's listing, paced, and answers ``DRY_RUN_OVER_BUDGET`` when the pool is too large for one request.
The checks run in the order the real call makes them, so a dry run answers what the removal would.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from sms_pool import aws, errors, index, pacing, phone
from sms_pool.constants import DRY_RUN_FIELD, LIST_PAGE_SIZE, RESULT_FIELDS

if TYPE_CHECKING:
    from sms_pool.audit import Attempt

LIST: Final = "ListPoolOriginationIdentities"
DESCRIBE: Final = "DescribePhoneNumbers"


def _paced(operation: str, params: Mapping[str, Any], deadline: pacing.Deadline) -> dict[str, Any]:
    # One call that could not be sent within the budget: AWS's quota was taken by other callers all along, and a
    # later retry of this single call can succeed, so the retryable throttle answer is the true one here.
    page = aws.paced(operation, params, deadline)
    if page is None:
        row = errors.AWS_ERRORS["ThrottlingException"]
        raise errors.from_row(row, f"{row.title}: {operation} found no free request within this request's time")
    return page


def _pool(page: Mapping[str, Any]) -> dict[str, str]:
    pool = {key: page[key] for key in ("PoolArn", "PoolId") if isinstance(page.get(key), str)}
    if len(pool) < 2:
        raise errors.error(errors.Kind.MALFORMED_RESPONSE, "AWS's pool listing lacked PoolArn or PoolId")
    return pool


def _country_mismatch(actual: str) -> errors.ServiceError:
    return errors.from_row(
        errors.AWS_ERRORS["ValidationException"],
        "AWS rejected the request as invalid: COUNTRY_CODE_MISMATCH",
        reason="COUNTRY_CODE_MISMATCH",
        errors=[{"field": "IsoCountryCode", "message": f"the identity's country is {actual}"}],
    )


def _not_associated(identity: str, pool_id: str, kind: str) -> errors.ServiceError:
    return errors.from_row(
        errors.AWS_REASONS[("ConflictException", "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL")],
        f"{kind} {identity} is not in pool {pool_id}",
        reason="PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL",
        resourceType=kind,
        resourceId=identity,
    )


def _phone_number(identity: str, country: str, pool: dict[str, str], deadline: pacing.Deadline) -> dict[str, Any]:
    described = _paced(DESCRIBE, {"PhoneNumberIds": [identity]}, deadline).get("PhoneNumbers") or []
    if not described or not isinstance(described[0], dict):
        raise errors.error(errors.Kind.MALFORMED_RESPONSE, "AWS's DescribePhoneNumbers answer lacked the number")
    info = described[0]
    if info.get("IsoCountryCode") != country:
        raise _country_mismatch(str(info.get("IsoCountryCode")))
    if info.get("PoolId") != pool["PoolId"]:
        raise _not_associated(identity, pool["PoolId"], "phone-number")
    return {
        "OriginationIdentityArn": info.get("PhoneNumberArn"),
        "OriginationIdentity": info.get("PhoneNumberId"),
        "IsoCountryCode": country,
    }


def _sender_id(
    identity: str, country: str, pool_id: str, deadline: pacing.Deadline
) -> tuple[dict[str, str], int, dict[str, Any]]:
    """The pool, how many members its first page shows (2 means "not the last"), and the sender's listing."""
    params: dict[str, Any] = {"PoolId": pool_id, "MaxResults": LIST_PAGE_SIZE}
    pool: dict[str, str] | None = None
    shown = checked = 0
    while True:
        page = aws.paced(LIST, params, deadline)
        if page is None:
            raise errors.error(
                errors.Kind.DRY_RUN_OVER_BUDGET,
                f"checked {checked} members of pool {pool_id} without reaching sender ID {identity} within the "
                "request's time; a sender ID's dry run lists the pool (AWS names no pool for a sender ID): remove "
                "it without DryRun, which AWS checks in one call",
                poolId=pool_id,
            )
        members = page.get("OriginationIdentities", [])
        if pool is None:
            pool, shown = _pool(page), len(members) + (1 if page.get("NextToken") else 0)
        checked += len(members)
        named = [m for m in members if identity in (m.get("OriginationIdentity"), m.get("OriginationIdentityArn"))]
        for item in named:
            if item.get("IsoCountryCode") == country:
                return pool, shown, dict(item)
        if named:
            raise _country_mismatch(str(named[0].get("IsoCountryCode")))
        if not page.get("NextToken"):
            # What the real call answers for a sender ID in another pool; one that does not exist at all (the
            # real call's 404) cannot be told apart without DescribeSenderIds per country.
            raise _not_associated(identity, pool["PoolId"], "sender-id")
        params["NextToken"] = page["NextToken"]


def _by_number(request: Mapping[str, Any], pool: dict[str, str], deadline: pacing.Deadline) -> dict[str, Any]:
    # As the removal does (sms_pool.core): an id AWS no longer knows starts one new build and one more lookup.
    number, pool_id, country = request["OriginationIdentity"], request["PoolId"], request["IsoCountryCode"]
    entry = index.resolve(number, pool_id, country, deadline)
    try:
        return _phone_number(entry.identity, country, pool, deadline)
    except errors.ResourceNotFoundError:
        index.forget(country, entry)
        fresh = index.resolve(number, pool_id, country, deadline)
        if fresh.identity == entry.identity:
            raise index.not_in_pool(number, pool_id, country) from None
        return _phone_number(fresh.identity, country, pool, deadline)


def _is_phone_number_id(identity: str) -> bool:
    return identity.startswith("phone-") or ":phone-number/" in identity


def preview(request: Mapping[str, Any], deadline: pacing.Deadline, attempt: Attempt | None = None) -> dict[str, Any]:
    """What :func:`sms_pool.core.disassociate` would remove, or the error it would raise; changes nothing.

    A preview is a snapshot: another caller may change the pool before the real call (docs/audit.md, "Dry run").
    """
    pool_id, identity, country = request["PoolId"], request["OriginationIdentity"], request["IsoCountryCode"]
    by_number = phone.is_e164(identity)
    if not (by_number or _is_phone_number_id(identity)):
        pool, shown, item = _sender_id(identity, country, pool_id, deadline)
    else:
        first = _paced(LIST, {"PoolId": pool_id, "MaxResults": 2}, deadline)  # the real call checks the pool first
        pool, shown = _pool(first), len(first.get("OriginationIdentities", []))
        try:
            item = (
                _by_number(request, pool, deadline) if by_number else _phone_number(identity, country, pool, deadline)
            )
        except errors.NotInPoolError:
            if by_number:  # the contract's answer for a number not in the pool, as the removal gives it
                raise index.not_in_pool(identity, pool_id, country) from None
            raise
    if attempt is not None and item["OriginationIdentity"] != identity:
        attempt.resolved_identity = item["OriginationIdentity"]
    if shown <= 1:
        raise errors.from_row(
            errors.AWS_REASONS[("ConflictException", "LAST_PHONE_NUMBER")],
            f"{item['OriginationIdentity']} is the last origination identity of pool {pool_id}; a pool keeps one",
            reason="LAST_PHONE_NUMBER",
            resourceType="pool",
            resourceId=pool_id,
        )
    would = {**pool, **item}
    return {DRY_RUN_FIELD: True, "WouldDisassociate": {key: would[key] for key in RESULT_FIELDS}}
