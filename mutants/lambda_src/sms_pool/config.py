"""Runtime settings read once from the environment, failing fast with a clear message."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Final


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class ConfigurationError(RuntimeError):
    """The function's environment is invalid; raised at import so the init phase fails loudly."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What the data-access layer needs; every field has a safe default except the region."""

    region: str
    connect_timeout: float
    read_timeout: float
    max_attempts: int


_BOUNDS: Final = {
    "SMS_POOL_CONNECT_TIMEOUT": (0.1, 10.0, 2.0),
    "SMS_POOL_READ_TIMEOUT": (0.1, 60.0, 5.0),
}
_MAX_ATTEMPTS_BOUNDS: Final = (1, 10, 3)
# The API Gateway integration gives up after 29 s; retries must finish well inside it.
_MAX_WORST_CASE_SECONDS: Final = 28.0
mutants_x__number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__number__mutmut)
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


def x__number__mutmut_orig(name: str, env: dict[str, str] | os._Environ[str]) -> float:
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


def x__number__mutmut_1(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = None
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


def x__number__mutmut_2(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = None
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if not low <= value <= high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def x__number__mutmut_3(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(None)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if not low <= value <= high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def x__number__mutmut_4(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(name)
    if raw is None and raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if not low <= value <= high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def x__number__mutmut_5(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(name)
    if raw is not None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if not low <= value <= high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def x__number__mutmut_6(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(name)
    if raw is None or raw != "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if not low <= value <= high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def x__number__mutmut_7(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(name)
    if raw is None or raw == "XXXX":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if not low <= value <= high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def x__number__mutmut_8(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = None
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if not low <= value <= high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def x__number__mutmut_9(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(None)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if not low <= value <= high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def x__number__mutmut_10(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(None) from None
    if not low <= value <= high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def x__number__mutmut_11(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if low <= value <= high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def x__number__mutmut_12(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if not low < value <= high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def x__number__mutmut_13(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if not low <= value < high:
        raise ConfigurationError(f"{name}={raw!r} must be between {low} and {high} seconds")
    return value


def x__number__mutmut_14(name: str, env: dict[str, str] | os._Environ[str]) -> float:
    low, high, default = _BOUNDS[name]
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number (seconds)") from None
    if not low <= value <= high:
        raise ConfigurationError(None)
    return value

mutants_x__number__mutmut['_mutmut_orig'] = x__number__mutmut_orig # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_1'] = x__number__mutmut_1 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_2'] = x__number__mutmut_2 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_3'] = x__number__mutmut_3 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_4'] = x__number__mutmut_4 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_5'] = x__number__mutmut_5 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_6'] = x__number__mutmut_6 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_7'] = x__number__mutmut_7 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_8'] = x__number__mutmut_8 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_9'] = x__number__mutmut_9 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_10'] = x__number__mutmut_10 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_11'] = x__number__mutmut_11 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_12'] = x__number__mutmut_12 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_13'] = x__number__mutmut_13 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_14'] = x__number__mutmut_14 # type: ignore # mutmut generated
mutants_x_load__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load__mutmut)
def load(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_orig(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_1(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = None
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_2(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") and env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_3(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get(None) or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_4(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("XXAWS_REGIONXX") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_5(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("aws_region") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_6(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get(None)
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_7(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("XXAWS_DEFAULT_REGIONXX")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_8(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("aws_default_region")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_9(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_10(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError(None)
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_11(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("XXAWS_REGION (or AWS_DEFAULT_REGION) must be setXX")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_12(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("aws_region (or aws_default_region) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_13(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (OR AWS_DEFAULT_REGION) MUST BE SET")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_14(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = None
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_15(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = None
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_16(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") and str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_17(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get(None) or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_18(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("XXSMS_POOL_MAX_ATTEMPTSXX") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_19(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("sms_pool_max_attempts") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_20(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(None)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_21(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() and not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_22(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_23(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_24(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low < int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_25(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(None) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_26(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) < high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_27(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(None)
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_28(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = None
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_29(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=None,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_30(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=None,
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_31(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=None,
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_32(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=None,
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_33(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_34(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_35(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_36(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_37(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number(None, env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_38(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", None),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_39(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number(env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_40(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", ),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_41(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("XXSMS_POOL_CONNECT_TIMEOUTXX", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_42(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("sms_pool_connect_timeout", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_43(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number(None, env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_44(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", None),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_45(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number(env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_46(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", ),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_47(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("XXSMS_POOL_READ_TIMEOUTXX", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_48(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("sms_pool_read_timeout", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_49(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(None),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_50(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = None
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_51(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) / settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_52(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout - settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_53(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst >= _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            f"(connect {settings.connect_timeout}s + read {settings.read_timeout}s) x "
            f"{settings.max_attempts} attempts = {worst:g}s exceeds {_MAX_WORST_CASE_SECONDS:g}s"
        )
    return settings


def x_load__mutmut_54(env: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    """Read and check the settings; raise ConfigurationError naming the bad variable."""
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not region:
        raise ConfigurationError("AWS_REGION (or AWS_DEFAULT_REGION) must be set")
    low, high, default = _MAX_ATTEMPTS_BOUNDS
    raw_attempts = env.get("SMS_POOL_MAX_ATTEMPTS") or str(default)
    if not raw_attempts.isdigit() or not low <= int(raw_attempts) <= high:
        raise ConfigurationError(f"SMS_POOL_MAX_ATTEMPTS={raw_attempts!r} must be an integer from {low} to {high}")
    settings = Settings(
        region=region,
        connect_timeout=_number("SMS_POOL_CONNECT_TIMEOUT", env),
        read_timeout=_number("SMS_POOL_READ_TIMEOUT", env),
        max_attempts=int(raw_attempts),
    )
    worst = (settings.connect_timeout + settings.read_timeout) * settings.max_attempts
    if worst > _MAX_WORST_CASE_SECONDS:
        raise ConfigurationError(
            None
        )
    return settings

mutants_x_load__mutmut['_mutmut_orig'] = x_load__mutmut_orig # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_1'] = x_load__mutmut_1 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_2'] = x_load__mutmut_2 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_3'] = x_load__mutmut_3 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_4'] = x_load__mutmut_4 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_5'] = x_load__mutmut_5 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_6'] = x_load__mutmut_6 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_7'] = x_load__mutmut_7 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_8'] = x_load__mutmut_8 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_9'] = x_load__mutmut_9 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_10'] = x_load__mutmut_10 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_11'] = x_load__mutmut_11 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_12'] = x_load__mutmut_12 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_13'] = x_load__mutmut_13 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_14'] = x_load__mutmut_14 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_15'] = x_load__mutmut_15 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_16'] = x_load__mutmut_16 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_17'] = x_load__mutmut_17 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_18'] = x_load__mutmut_18 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_19'] = x_load__mutmut_19 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_20'] = x_load__mutmut_20 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_21'] = x_load__mutmut_21 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_22'] = x_load__mutmut_22 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_23'] = x_load__mutmut_23 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_24'] = x_load__mutmut_24 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_25'] = x_load__mutmut_25 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_26'] = x_load__mutmut_26 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_27'] = x_load__mutmut_27 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_28'] = x_load__mutmut_28 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_29'] = x_load__mutmut_29 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_30'] = x_load__mutmut_30 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_31'] = x_load__mutmut_31 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_32'] = x_load__mutmut_32 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_33'] = x_load__mutmut_33 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_34'] = x_load__mutmut_34 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_35'] = x_load__mutmut_35 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_36'] = x_load__mutmut_36 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_37'] = x_load__mutmut_37 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_38'] = x_load__mutmut_38 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_39'] = x_load__mutmut_39 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_40'] = x_load__mutmut_40 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_41'] = x_load__mutmut_41 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_42'] = x_load__mutmut_42 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_43'] = x_load__mutmut_43 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_44'] = x_load__mutmut_44 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_45'] = x_load__mutmut_45 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_46'] = x_load__mutmut_46 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_47'] = x_load__mutmut_47 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_48'] = x_load__mutmut_48 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_49'] = x_load__mutmut_49 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_50'] = x_load__mutmut_50 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_51'] = x_load__mutmut_51 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_52'] = x_load__mutmut_52 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_53'] = x_load__mutmut_53 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_54'] = x_load__mutmut_54 # type: ignore # mutmut generated
