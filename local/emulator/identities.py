"""The SMS Voice V2 operations on phone numbers and sender IDs: request, describe, release.

Behaviour choice (documented in README.md): releasing a phone number / sender ID that is in a pool ->
ConflictException PHONE_NUMBER_ASSOCIATED_TO_POOL / SENDER_ID_ASSOCIATED_TO_POOL.
"""

from __future__ import annotations

import time
from typing import Any

from local.emulator.model import conflict, enum_value
from local.emulator.resources import (
    Context,
    apply_filters,
    new_id,
    paginate,
    resolve_phone,
    resolve_pool,
    resolve_sender,
    sender_key,
)
from local.emulator.store import PHONE, POOL, SENDER

# The (country code, block) new numbers are drawn from, per country; OTHER_BLOCK for any other country.
NUMBER_BLOCKS = {"US": ("+1", "206555"), "CA": ("+1", "604555"), "GB": ("+44", "7700900"), "AU": ("+61", "491570")}
OTHER_BLOCK = ("+99", "5550")


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
    prefix, local = NUMBER_BLOCKS.get(iso, OTHER_BLOCK)
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
    page, token = paginate(ctx, apply_filters(numbers, p.get("Filters"), "PhoneNumberInformation"), p)
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
        senders = [resolve_sender(ctx, s["SenderId"], s["IsoCountryCode"], exact=True) for s in p["SenderIds"]]
    else:
        senders = ctx.tx.list_all(SENDER)
    page, token = paginate(ctx, apply_filters(senders, p.get("Filters"), "SenderIdInformation"), p)
    return {"SenderIds": page, "NextToken": token}


def release_sender_id(ctx: Context, p: dict[str, Any]) -> dict[str, Any]:
    doc = resolve_sender(ctx, p["SenderId"], p["IsoCountryCode"], exact=True)
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
