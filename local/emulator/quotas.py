"""AWS's API rate quotas, enforced: one token bucket per account, region and operation.

Default rates are AWS's documented defaults ("Quotas for AWS End User Messaging SMS", SMS and Voice v2 API
table, https://docs.aws.amazon.com/sms-voice/latest/userguide/quotas.html): 1 request per second for the pool,
phone-number and sender-id operations the emulator implements (the table lists 1 for each of them, e.g.
AssociateOriginationIdentity, CreatePool, DeletePool; the few faster rows, such as DeleteOptedOutNumber at 10,
are operations the emulator does not implement). AWS does not document its
bucket size; one second of the rate (at least 1 token) is assumed, the same burst the stage throttle uses.

Off by default in :class:`~local.emulator.server.EmulatorServer` (tests that need speed); ``make run`` and the
quota load run turn it on (``SMS_EMULATOR_QUOTAS=on``, or ``POST /_emulator/quotas {"enabled": true}``).
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

DOCUMENTED_DEFAULT_RPS: Final = 1.0
# Every operation the emulator implements, at the documented default (overridable per operation).
DEFAULT_RATES: Final[Mapping[str, float]] = dict.fromkeys(
    (
        "AssociateOriginationIdentity",
        "CreatePool",
        "DeletePool",
        "DescribePhoneNumbers",
        "DescribePools",
        "DescribeSenderIds",
        "DisassociateOriginationIdentity",
        "ListPoolOriginationIdentities",
        "ReleasePhoneNumber",
        "ReleaseSenderId",
        "RequestPhoneNumber",
        "RequestSenderId",
        "UpdatePool",
    ),
    DOCUMENTED_DEFAULT_RPS,
)
ENV_VAR: Final = "SMS_EMULATOR_QUOTAS"


@dataclass
class TokenBucket:
    """``rate`` tokens per second up to ``capacity``; a call takes one token or is refused."""

    rate: float
    capacity: float
    tokens: float
    updated: float

    def take(self, now: float) -> bool:
        """Refill for the time since the last call, then take a token if there is one."""
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


def capacity_for(rate: float) -> float:
    """The assumed bucket size: one second of the rate, at least one call."""
    return float(max(1, math.ceil(rate)))


@dataclass
class QuotaLimiter:
    """Thread-safe per (account, region, operation) buckets; ``allow`` answers whether a call may proceed."""

    enabled: bool = False
    rates: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_RATES))
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[tuple[str, str, str], TokenBucket] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, account: str, region: str, operation: str) -> bool:
        """True if the call fits the operation's quota (always, when disabled)."""
        if not self.enabled:
            return True
        rate = self.rates.get(operation, DOCUMENTED_DEFAULT_RPS)
        now = self.clock()
        with self._lock:
            key = (account, region, operation)
            bucket = self._buckets.get(key)
            if bucket is None or bucket.rate != rate:
                bucket = self._buckets[key] = TokenBucket(rate, capacity_for(rate), capacity_for(rate), now)
            return bucket.take(now)

    def configure(self, settings: Mapping[str, Any]) -> None:
        """Apply ``{"enabled": bool, "rates": {operation: requests/s}}`` (either key optional); buckets refill."""
        unknown = set(settings) - {"enabled", "rates"}
        if unknown:
            raise ValueError(f"unknown quota settings {sorted(unknown)}; use enabled and rates")
        rates = settings.get("rates", {})
        if not isinstance(rates, dict) or not all(
            isinstance(v, int | float) and not isinstance(v, bool) and v > 0 for v in rates.values()
        ):
            raise ValueError("rates must map operation names to positive requests per second")
        enabled = settings.get("enabled", self.enabled)
        if not isinstance(enabled, bool):
            raise ValueError("enabled must be true or false")
        with self._lock:
            self.enabled = enabled
            self.rates.update({str(k): float(v) for k, v in rates.items()})
            self._buckets.clear()

    def control(self, method: str, data: Any) -> dict[str, Any]:
        """``GET`` / ``POST /_emulator/quotas``: the settings, after applying a POSTed JSON object."""
        if method == "POST":
            if not isinstance(data, dict):
                raise ValueError("quota settings must be a JSON object")
            self.configure(data)
        return self.snapshot()

    def snapshot(self) -> dict[str, Any]:
        """The current settings, as the control endpoint reports them."""
        return {"enabled": self.enabled, "rates": dict(sorted(self.rates.items()))}


def settings_from_env(env: Mapping[str, str] = os.environ, *, default: bool = False) -> dict[str, Any]:
    """``SMS_EMULATOR_QUOTAS``: ``on``/``off``, or a JSON object of per-operation rates (which means on);
    unset or empty means ``default``."""
    raw = env.get(ENV_VAR, "").strip()
    if not raw:
        return {"enabled": default}
    if raw.lower() in {"off", "0", "false"}:
        return {"enabled": False}
    if raw.lower() in {"on", "1", "true"}:
        return {"enabled": True}
    try:
        rates = json.loads(raw)
    except json.JSONDecodeError:
        raise ValueError(f"{ENV_VAR}={raw!r}: use on, off or a JSON object of requests per second") from None
    return {"enabled": True, "rates": rates}
