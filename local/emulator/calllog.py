"""The record of every AWS call (SQLite, read back by ``GET /_emulator/calls``) and its one log line."""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from typing import Any

from local.emulator.store import Store
from sms_pool.phone import mask

LOG = logging.getLogger("local.emulator")
_LOGGED = ("PoolId", "OriginationIdentity", "PhoneNumberId", "SenderId", "IsoCountryCode", "ClientToken")


def mask_phone_numbers(text: str) -> str:
    """``text`` with phone-number-like runs masked to their last four digits (the function's own rule)."""
    return mask(text)


@dataclass(frozen=True, slots=True)
class Call:
    """One answered (or dropped: status 0) AWS call."""

    operation: str
    params: Any
    request_id: str
    started: float  # time.monotonic() when it arrived
    fault: str | None
    status: int
    error_code: Any


def record(store: Store, call: Call) -> None:
    """Store the call before its answer is sent, and log it with phone numbers masked."""
    duration = (time.monotonic() - call.started) * 1000
    params = call.params
    store.record_call(
        {
            "timestamp": time.time(),
            "operation": call.operation,
            "params": params,
            "client_token": params.get("ClientToken") if isinstance(params, dict) else None,
            "status": call.status,
            "error_code": call.error_code,
            "request_id": call.request_id,
            "fault": call.fault,
            "duration_ms": round(duration, 3),
        }
    )
    shown = {k: v for k, v in params.items() if k in _LOGGED} if isinstance(params, dict) else {}
    LOG.info(
        mask_phone_numbers(
            f"{call.operation} {call.status or 'DROPPED'} {call.error_code or '-'} {duration:.1f}ms"
            f"{' fault=' + call.fault if call.fault else ''} {json.dumps(shown, sort_keys=True) if shown else ''}"
        ).rstrip()
    )
