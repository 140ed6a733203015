"""Runtime settings read once from the environment, failing fast with a clear message."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Final, Literal

RetryMode = Literal["standard", "adaptive"]


class ConfigurationError(RuntimeError):
    """The function's environment is invalid; raised at import so the init phase fails loudly."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What the data-access layer needs; every field has a safe default except the region."""

    region: str
    connect_timeout: float
    read_timeout: float
    max_attempts: int
    retry_mode: RetryMode = "standard"


_BOUNDS: Final = {
    "SMS_POOL_CONNECT_TIMEOUT": (0.1, 10.0, 2.0),
    "SMS_POOL_READ_TIMEOUT": (0.1, 60.0, 5.0),
}
_MAX_ATTEMPTS_BOUNDS: Final = (1, 10, 3)
# botocore retry modes. "standard" is the default and the choice (docs/scale.md: measured, adaptive's
# client-side rate limiter sleeps inside the billed invocation and is per container, so it cannot share
# AWS's account-wide quota between containers; the stage throttle shapes the load instead).
RETRY_MODES: Final[tuple[RetryMode, ...]] = ("standard", "adaptive")
# The API Gateway integration gives up after 29 s; retries must finish well inside it.
_MAX_WORST_CASE_SECONDS: Final = 28.0


def _number(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if not low <= value <= high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def load(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    retry_mode = env.get("SMS_POOL_RETRY_MODE") or RETRY_MODES[0]
    if retry_mode not in RETRY_MODES:
        raise ConfigurationError(f"SMS_POOL_RETRY_MODE={retry_mode!r} must be one of {', '.join(RETRY_MODES)}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
        retry_mode=retry_mode,
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings
