"""The implemented SMS Voice V2 operations, run inside one store transaction each: the pools and their
associations here, the phone numbers and sender IDs themselves in ``local.emulator.identities``.

Behaviour choices (documented in README.md):
- Disassociating an identity that exists but is not in the pool -> ConflictException
  PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL naming the identity (ResourceType phone-number or sender-id).
- Removing the last identity of a pool -> ConflictException LAST_PHONE_NUMBER.
- Reusing a ClientToken with different parameters -> ValidationException INVALID_PARAMETER
  (field ClientToken).
"""

from __future__ import annotations

import time
from typing import Any

from local.emulator import identities
from local.emulator.model import conflict, enum_value
from local.emulator.resources import (
    Context,
    Handler,
    apply_filters,
    identity_arn,
    identity_id,
    new_id,
    paginate,
    resolve_identity,
    resolve_pool,
    sender_key,
)
from local.emulator.store import PHONE, POOL


def create_pool(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    kind, ident = resolve_identity(ctx, p["OriginationIdentity"], p.get("IsoCountryCode"))
    pool_id = new_id("pool")
    _check_associable(kind, ident, pool_id, p["MessageType"])
    pool = {
        "PoolArn": ctx.arn(f"pool/{pool_id}"),
        "PoolId": pool_id,
        "Status": enum_value("PoolStatus", "ACTIVE"),
        "MessageType": p["MessageType"],
        "TwoWayEnabled": False,
        "SelfManagedOptOutsEnabled": False,
        "OptOutListName": "Default",
        "SharedRoutesEnabled": False,
        "DeletionProtectionEnabled": bool(p.get("DeletionProtectionEnabled", False)),
        "Tags": p.get("Tags", []),
        "CreatedTimestamp": time.time(),
    }
    ctx.tx.put(POOL, pool_id, pool)
    _set_pool(ctx, kind, ident, pool_id)
    return pool


def describe_pools(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    if p.get("Owner") == "SHARED":
        return {"Pools": []}
    pools = [resolve_pool(ctx, pid) for pid in p["PoolIds"]] if p.get("PoolIds") else ctx.tx.list_all(POOL)
    page, token = paginate(ctx, apply_filters(pools, p.get("Filters"), "PoolInformation"), p)
    return {"Pools": page, "NextToken": token}


_POOL_UPDATABLE = (
    "TwoWayEnabled",
    "TwoWayChannelArn",
    "TwoWayChannelRole",
    "SelfManagedOptOutsEnabled",
    "OptOutListName",
    "SharedRoutesEnabled",
    "DeletionProtectionEnabled",
)


def update_pool(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    pool = resolve_pool(ctx, p["PoolId"])
    for key in _POOL_UPDATABLE:
        if key in p:
            pool[key] = p[key]
    ctx.tx.put(POOL, pool["PoolId"], pool)
    return pool


def delete_pool(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    pool = resolve_pool(ctx, p["PoolId"])
    if pool["DeletionProtectionEnabled"]:
        raise conflict(
            "DELETION_PROTECTION_ENABLED",
            POOL,
            pool["PoolId"],
            f"Pool {pool['PoolId']} has deletion protection enabled.",
        )
    for kind, ident in ctx.tx.members(pool["PoolId"]):
        _set_pool(ctx, kind, ident, None)
    ctx.tx.delete(POOL, pool["PoolId"])
    return {**pool, "Status": enum_value("PoolStatus", "DELETING")}


def associate(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    pool = resolve_pool(ctx, p["PoolId"])
    kind, ident = resolve_identity(ctx, p["OriginationIdentity"], p.get("IsoCountryCode"))
    _check_associable(kind, ident, pool["PoolId"], pool["MessageType"])
    _set_pool(ctx, kind, ident, pool["PoolId"])
    return _association(pool, kind, ident)


def disassociate(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    pool = resolve_pool(ctx, p["PoolId"])
    kind, ident = resolve_identity(ctx, p["OriginationIdentity"], p.get("IsoCountryCode"))
    pool_id = pool["PoolId"]
    if ident.get("PoolId") != pool_id:
        # The identity exists but is not in this pool: a state conflict, not a missing resource (README,
        # "Identity not in the pool"); the model's only "not associated" reason names phone numbers.
        ident_name = p["OriginationIdentity"]
        message = f"Origination identity {ident_name} is not associated with pool {pool_id}."
        raise conflict("PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL", kind, ident_name, message)
    if len(ctx.tx.members(pool_id)) <= 1:
        raise conflict(
            "LAST_PHONE_NUMBER",
            POOL,
            pool_id,
            f"Origination identity {p['OriginationIdentity']} is the last one in pool {pool_id}; "
            "a pool must keep at least one origination identity.",
        )
    _set_pool(ctx, kind, ident, None)
    return _association(pool, kind, ident)


def list_pool_identities(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    pool = resolve_pool(ctx, p["PoolId"])
    items = []
    for kind, ident in ctx.tx.members(pool["PoolId"]):
        items.append(
            {
                "OriginationIdentityArn": identity_arn(kind, ident),
                "OriginationIdentity": identity_id(kind, ident),
                "IsoCountryCode": ident["IsoCountryCode"],
                "NumberCapabilities": ident.get("NumberCapabilities", ["SMS"]),
                "PhoneNumber": ident.get("PhoneNumber"),
            }
        )
    page, token = paginate(ctx, apply_filters(items, p.get("Filters"), "OriginationIdentityMetadata"), p)
    return {
        "PoolArn": pool["PoolArn"],
        "PoolId": pool["PoolId"],
        "OriginationIdentities": page,
        "NextToken": token,
    }


def _check_associable(kind: str, ident: dict[str, Any], pool_id: str, message_type: str) -> None:
    rid = identity_id(kind, ident)
    current = ident.get("PoolId")
    if current == pool_id:
        message = f"{rid} is already associated with {pool_id}."
        raise conflict("RESOURCE_ALREADY_ASSOCIATED", kind, rid, message)
    if current:
        reason = "PHONE_NUMBER_ASSOCIATED_TO_POOL" if kind == PHONE else "SENDER_ID_ASSOCIATED_TO_POOL"
        raise conflict(reason, kind, rid, f"{rid} is already associated with pool {current}.")
    types = [ident["MessageType"]] if kind == PHONE else ident.get("MessageTypes") or [message_type]
    if message_type not in types:
        raise conflict("MESSAGE_TYPE_MISMATCH", kind, rid, f"{rid} does not support {message_type} messages.")


def _set_pool(ctx: Context, kind: str, ident: dict[str, Any], pool_id: str | None) -> None:
    ident["PoolId"] = pool_id
    key = ident["PhoneNumberId"] if kind == PHONE else sender_key(ident["SenderId"], ident["IsoCountryCode"])
    ctx.tx.put(kind, key, ident)


def _association(pool: dict[str, Any], kind: str, ident: dict[str, Any]) -> dict[str, Any]:
    return {
        "PoolArn": pool["PoolArn"],
        "PoolId": pool["PoolId"],
        "OriginationIdentityArn": identity_arn(kind, ident),
        "OriginationIdentity": identity_id(kind, ident),
        "IsoCountryCode": ident["IsoCountryCode"],
    }


HANDLERS: dict[str, Handler] = {
    "CreatePool": create_pool,
    "DescribePools": describe_pools,
    "UpdatePool": update_pool,
    "DeletePool": delete_pool,
    "AssociateOriginationIdentity": associate,
    "DisassociateOriginationIdentity": disassociate,
    "ListPoolOriginationIdentities": list_pool_identities,
    "RequestPhoneNumber": identities.request_phone_number,
    "DescribePhoneNumbers": identities.describe_phone_numbers,
    "ReleasePhoneNumber": identities.release_phone_number,
    "RequestSenderId": identities.request_sender_id,
    "DescribeSenderIds": identities.describe_sender_ids,
    "ReleaseSenderId": identities.release_sender_id,
}
