"""The implemented SMS Voice V2 operations, run inside one store transaction each.

Behaviour choices (documented in README.md):
- Disassociating an identity that is not in the pool -> ResourceNotFoundException naming the identity.
- Removing the last identity of a pool -> ConflictException LAST_PHONE_NUMBER.
- Reusing a ClientToken with different parameters -> ValidationException INVALID_PARAMETER
  (field ClientToken).
- Releasing a phone number / sender ID that is in a pool -> ConflictException
  PHONE_NUMBER_ASSOCIATED_TO_POOL / SENDER_ID_ASSOCIATED_TO_POOL.
"""

from __future__ import annotations

import time
from typing import Any

from local.emulator.model import conflict, enum_value, not_found
from local.emulator.resources import (
    Context,
    Handler,
    apply_filters,
    identity_arn,
    identity_id,
    new_id,
    paginate,
    resolve_identity,
    resolve_phone,
    resolve_pool,
    resolve_sender,
    sender_key,
)
from local.emulator.store import PHONE, POOL, SENDER

_DIAL = {"US": ("+1", "206555"), "CA": ("+1", "604555"), "GB": ("+44", "7700900"), "AU": ("+61", "491570")}


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
    page, token = paginate(apply_filters(pools, p.get("Filters")), p)
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
        ident_name = p["OriginationIdentity"]
        message = f"Origination identity {ident_name} is not associated with pool {pool_id}."
        raise not_found(kind, ident_name, message)
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
    page, token = paginate(apply_filters(items, p.get("Filters")), p)
    return {
        "PoolArn": pool["PoolArn"],
        "PoolId": pool["PoolId"],
        "OriginationIdentities": page,
        "NextToken": token,
    }


def request_phone_number(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    pool = resolve_pool(ctx, p["PoolId"]) if p.get("PoolId") else None
    if pool is not None and pool["MessageType"] != p["MessageType"]:
        raise conflict(
            "MESSAGE_TYPE_MISMATCH",
            POOL,
            pool["PoolId"],
            f"Pool {pool['PoolId']} is {pool['MessageType']}, the number is {p['MessageType']}.",
        )
    phone_id = new_id("phone")
    iso = p["IsoCountryCode"]
    prefix, local = _DIAL.get(iso, ("+99", "5550"))
    number = f"{prefix}{local}{ctx.tx.next_seq('phone-number'):04d}"
    doc = {
        "PhoneNumberArn": ctx.arn(f"phone-number/{phone_id}"),
        "PhoneNumberId": phone_id,
        "PhoneNumber": number,
        "Status": enum_value("NumberStatus", "ACTIVE"),
        "IsoCountryCode": iso,
        "MessageType": p["MessageType"],
        "NumberCapabilities": p["NumberCapabilities"],
        "NumberType": p["NumberType"],
        "MonthlyLeasingPrice": "1.00",
        "TwoWayEnabled": False,
        "SelfManagedOptOutsEnabled": False,
        "OptOutListName": p.get("OptOutListName", "Default"),
        "InternationalSendingEnabled": bool(p.get("InternationalSendingEnabled", False)),
        "DeletionProtectionEnabled": bool(p.get("DeletionProtectionEnabled", False)),
        "PoolId": pool["PoolId"] if pool else None,
        "RegistrationId": p.get("RegistrationId"),
        "Tags": p.get("Tags", []),
        "CreatedTimestamp": time.time(),
    }
    ctx.tx.put(PHONE, phone_id, doc)
    return doc


def describe_phone_numbers(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    if p.get("Owner") == "SHARED":
        return {"PhoneNumbers": []}
    if p.get("PhoneNumberIds"):
        numbers = [resolve_phone(ctx, pid) for pid in p["PhoneNumberIds"]]
    else:
        numbers = ctx.tx.list_all(PHONE)
    page, token = paginate(apply_filters(numbers, p.get("Filters")), p)
    return {"PhoneNumbers": page, "NextToken": token}


def release_phone_number(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    doc = resolve_phone(ctx, p["PhoneNumberId"])
    _check_releasable(PHONE, doc, doc["PhoneNumberId"])
    ctx.tx.delete(PHONE, doc["PhoneNumberId"])
    return {**doc, "Status": enum_value("NumberStatus", "DELETED")}


def request_sender_id(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    key = sender_key(p["SenderId"], p["IsoCountryCode"])
    if ctx.tx.get(SENDER, key) is not None:
        raise conflict(
            "RESOURCE_ALREADY_EXISTS",
            SENDER,
            p["SenderId"],
            f"Sender ID {p['SenderId']} already exists in {p['IsoCountryCode']}.",
        )
    doc = {
        "SenderIdArn": ctx.arn(f"sender-id/{key}"),
        "SenderId": p["SenderId"],
        "IsoCountryCode": p["IsoCountryCode"],
        "MessageTypes": p.get("MessageTypes") or ["TRANSACTIONAL", "PROMOTIONAL"],
        "MonthlyLeasingPrice": "0.00",
        "DeletionProtectionEnabled": bool(p.get("DeletionProtectionEnabled", False)),
        "Registered": False,
        "Tags": p.get("Tags", []),
        "PoolId": None,
    }
    ctx.tx.put(SENDER, key, doc)
    return doc


def describe_sender_ids(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    if p.get("Owner") == "SHARED":
        return {"SenderIds": []}
    if p.get("SenderIds"):
        senders = [resolve_sender(ctx, s["SenderId"], s["IsoCountryCode"]) for s in p["SenderIds"]]
    else:
        senders = ctx.tx.list_all(SENDER)
    page, token = paginate(apply_filters(senders, p.get("Filters")), p)
    return {"SenderIds": page, "NextToken": token}


def release_sender_id(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    doc = resolve_sender(ctx, p["SenderId"], p["IsoCountryCode"])
    _check_releasable(SENDER, doc, doc["SenderId"])
    ctx.tx.delete(SENDER, sender_key(doc["SenderId"], doc["IsoCountryCode"]))
    return doc


def _check_releasable(kind: str, doc: dict[str, Any], rid: str) -> None:
    if doc.get("DeletionProtectionEnabled"):
        raise conflict("DELETION_PROTECTION_ENABLED", kind, rid, f"{rid} has deletion protection enabled.")
    if doc.get("PoolId"):
        reason = "PHONE_NUMBER_ASSOCIATED_TO_POOL" if kind == PHONE else "SENDER_ID_ASSOCIATED_TO_POOL"
        message = f"{rid} is associated with pool {doc['PoolId']}; disassociate it first."
        raise conflict(reason, kind, rid, message)


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
    "RequestPhoneNumber": request_phone_number,
    "DescribePhoneNumbers": describe_phone_numbers,
    "ReleasePhoneNumber": release_phone_number,
    "RequestSenderId": request_sender_id,
    "DescribeSenderIds": describe_sender_ids,
    "ReleaseSenderId": release_sender_id,
}
