"""Run-time switchable fault injection: throttling, internal errors, latency and dropped connections.

Counts are deterministic ("the next N matching calls"); rates draw from a seedable RNG. When both
are set for a fault, the count is consumed first. ``operations`` restricts faults to those names.
"""

from __future__ import annotations

import json
import os
import random
import threading
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from local.emulator.model import ApiError

FAULTS_ENV = "SMS_EMULATOR_FAULTS"
SEED_ENV = "SMS_EMULATOR_SEED"


@dataclass
class FaultConfig:
    throttle_rate: float = 0.0
    throttle_count: int = 0
    internal_error_rate: float = 0.0
    internal_error_count: int = 0
    latency_ms: int = 0
    latency_rate: float = 0.0
    latency_count: int = 0
    drop_rate: float = 0.0
    drop_count: int = 0
    drop_after_apply: bool = False
    # Any AWS error, modelled or not (e.g. AccessDeniedException with {"Reason": "ACCOUNT_DISABLED"}).
    error_code: str | None = None
    error_members: dict[str, Any] | None = None
    error_rate: float = 0.0
    error_count: int = 0
    # A 200 answer whose body is not JSON: what a broken proxy in front of AWS would send.
    malformed_rate: float = 0.0
    malformed_count: int = 0
    operations: list[str] | None = None
    seed: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FaultConfig:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fault settings: {sorted(unknown)}; known: {sorted(known)}")
        config = cls(**data)
        if (config.error_rate or config.error_count) and not config.error_code:
            raise ValueError("error_rate/error_count need error_code")
        for name in (
            "throttle_rate",
            "internal_error_rate",
            "latency_rate",
            "drop_rate",
            "error_rate",
            "malformed_rate",
        ):
            value = float(getattr(config, name))
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
            setattr(config, name, value)
        for name in (
            "throttle_count",
            "internal_error_count",
            "latency_count",
            "drop_count",
            "latency_ms",
            "error_count",
            "malformed_count",
        ):
            if int(getattr(config, name)) < 0:
                raise ValueError(f"{name} must be >= 0")
            setattr(config, name, int(getattr(config, name)))
        return config

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> FaultConfig:
        env = os.environ if environ is None else environ
        data: dict[str, Any] = json.loads(env.get(FAULTS_ENV) or "{}")
        if env.get(SEED_ENV) and "seed" not in data:
            data["seed"] = int(env[SEED_ENV])
        return cls.from_dict(data)


@dataclass
class FaultDecision:
    drop: bool = False
    throttle: bool = False
    internal_error: bool = False
    error: bool = False
    malformed: bool = False
    # Read under the same lock as the decision, so a concurrent reset cannot change them in between.
    drop_after_apply: bool = False
    error_code: str | None = None
    error_members: dict[str, Any] = field(default_factory=dict)
    latency_ms: int = 0
    kinds: list[str] = field(default_factory=list)

    def raise_injected(self, request_id: str) -> None:
        """Raise the ApiError of an injected throttle, internal error or error code, if one was decided."""
        if self.throttle:
            raise ApiError("ThrottlingException", "Rate exceeded (injected by the emulator).")
        if self.internal_error:
            message = "Internal failure (injected by the emulator)."
            raise ApiError("InternalServerException", message, {"RequestId": request_id})
        if self.error and self.error_code:
            raise ApiError(self.error_code, "Injected by the emulator.", self.error_members)


class FaultInjector:
    """Thread-safe holder of the current :class:`FaultConfig`."""

    def __init__(self, config: FaultConfig | None = None) -> None:
        self._lock = threading.Lock()
        self._config = FaultConfig()
        self._rng = random.Random()  # noqa: S311 - fault injection, not cryptography
        self.configure(config or FaultConfig())

    def configure(self, config: FaultConfig) -> None:
        with self._lock:
            self._config = config
            self._rng = random.Random(config.seed)  # noqa: S311

    def reset(self) -> None:
        self.configure(FaultConfig())

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return asdict(self._config)

    def decide(self, operation: str) -> FaultDecision:
        decision = FaultDecision()
        with self._lock:
            cfg = self._config
            if cfg.operations is not None and operation not in cfg.operations:
                return decision
            decision.drop = self._fire("drop")
            decision.throttle = not decision.drop and self._fire("throttle")
            decision.internal_error = not decision.drop and not decision.throttle and self._fire("internal_error")
            decision.error = not (decision.drop or decision.throttle or decision.internal_error) and self._fire("error")
            decision.malformed = not (
                decision.drop or decision.throttle or decision.internal_error or decision.error
            ) and self._fire("malformed")
            decision.latency_ms = self._latency(cfg)
            decision.drop_after_apply = cfg.drop_after_apply
            decision.error_code = cfg.error_code
            decision.error_members = dict(cfg.error_members or {})
        for kind in ("drop", "throttle", "internal_error", "error", "malformed"):
            if getattr(decision, kind):
                decision.kinds.append(kind)
        if decision.latency_ms:
            decision.kinds.append("latency")
        return decision

    def _latency(self, cfg: FaultConfig) -> int:
        """latency_ms for this call: the next latency_count calls, else latency_rate, else every call.

        When a latency_count runs out, latency_ms is cleared so later calls are not delayed.
        """
        delay = cfg.latency_ms
        if not delay:
            return 0
        if cfg.latency_count > 0:
            cfg.latency_count -= 1
            if cfg.latency_count == 0:
                cfg.latency_ms = 0
            return delay
        if cfg.latency_rate > 0.0:
            return delay if self._rng.random() < cfg.latency_rate else 0
        return delay

    def _fire(self, kind: str) -> bool:
        cfg = self._config
        count = int(getattr(cfg, f"{kind}_count"))
        if count > 0:
            setattr(cfg, f"{kind}_count", count - 1)
            return True
        rate = float(getattr(cfg, f"{kind}_rate"))
        if rate > 0.0:
            return self._rng.random() < rate
        return False
