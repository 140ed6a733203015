"""Runtime settings read once from the environment, failing fast with a clear message."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import Final, Literal

from sms_pool import bounds
from sms_pool.constants import (
    ALL_POOLS,
    ALLOWED_POOLS_ENV,
    API_ACCOUNT_ENV,
    API_ID_ENV,
    API_STAGE_ENV,
    RESOLVE_NUMBERS_ENV,
)

RetryMode = Literal["standard", "adaptive"]


class ConfigurationError(RuntimeError):
    """The function's environment is invalid; raised during init (``handlers`` builds the client) so it fails loudly."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What the data-access layer needs; every field has a safe default except the region."""

    region: str
    connect_timeout: float
    read_timeout: float
    max_attempts: int
    retry_mode: RetryMode = "standard"
    resolve_numbers: bool = True  # E.164 numbers resolved and dry runs allowed (the number index, sms_pool.index)
    aws_requests_per_second: float = bounds.AWS_REQUESTS_PER_SECOND.default  # the pace of paged listings
    allowed_pools: frozenset[str] | None = frozenset()  # None: every pool (allowAllPools); empty: none
    api_account_id: str = ""  # the deployed API's account, stage and id (empty: not checked / no API event trusted)
    api_stage: str = ""
    api_id: str = ""


# botocore retry modes. "standard" is the default and the choice (docs/scale.md: measured, adaptive's
# client-side rate limiter sleeps inside the billed invocation and is per container, so it cannot share
# AWS's account-wide quota between containers; the stage throttle shapes the load instead).
RETRY_MODES: Final[tuple[RetryMode, ...]] = ("standard", "adaptive")


def _number(bound: bounds.Bound, env: dict[str, str] | os._Environ[str]) -> float:
    raw = env.get(bound.env)
    if raw is None or raw == "":
        return bound.default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{bound.env}={raw!r} is not a number ({bound.unit})") from None
    problem = bound.error(value)
    if problem:
        raise ConfigurationError(f"{bound.env}={raw!r} {problem}")
    return value


def _allowed_pools(env: dict[str, str] | os._Environ[str]) -> frozenset[str] | None:
    # Fail closed: without the setting no pool is allowed (every request is refused with POOL_NOT_ALLOWED).
    raw = (env.get(ALLOWED_POOLS_ENV) or "").strip()
    if raw == ALL_POOLS:
        return None
    return frozenset(part.strip() for part in raw.split(",") if part.strip())


def load(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    attempts = bounds.MAX_ATTEMPTS
    raw_attempts = env.get(attempts.env) or f"{attempts.default:g}"
    if not raw_attempts.isdigit() or attempts.error(int(raw_attempts)):
        raise ConfigurationError(
            f"{attempts.env}={raw_attempts!r} must be an integer from {attempts.low:g} to {attempts.high:g}"
        )
    resolve = (env.get(RESOLVE_NUMBERS_ENV) or "true").lower()
    if resolve not in ("true", "false"):
        raise ConfigurationError(f"{RESOLVE_NUMBERS_ENV}={resolve!r} must be true or false")
    raw_mode = env.get("SMS_POOL_RETRY_MODE") or RETRY_MODES[0]
    retry_mode = next((mode for mode in RETRY_MODES if mode == raw_mode), None)
    if retry_mode is None:
        raise ConfigurationError(f"SMS_POOL_RETRY_MODE={raw_mode!r} must be one of {', '.join(RETRY_MODES)}")
    settings = Settings(
        region=region,
        resolve_numbers=resolve == "true",
        connect_timeout=_number(bounds.CONNECT_TIMEOUT, env),
        read_timeout=_number(bounds.READ_TIMEOUT, env),
        max_attempts=int(raw_attempts),
        retry_mode=retry_mode,
        aws_requests_per_second=_number(bounds.AWS_REQUESTS_PER_SECOND, env),
        allowed_pools=_allowed_pools(env),
        api_account_id=env.get(API_ACCOUNT_ENV, ""),
        api_stage=env.get(API_STAGE_ENV, ""),
        api_id=env.get(API_ID_ENV, ""),
    )
    # The deployed timeout is not visible here; the longest one the stack allows is the budget.
    problem = bounds.retry_budget_error(
        settings.connect_timeout, settings.read_timeout, settings.max_attempts, bounds.FUNCTION_TIMEOUT.high
    )
    if problem:
        raise ConfigurationError(problem)
    return settings


@functools.cache
def settings() -> Settings:
    """The process's settings, read from ``os.environ`` on first call and kept (the environment is fixed in Lambda)."""
    return load()
