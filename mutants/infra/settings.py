"""Deployment settings read from CDK context (``cdk.json`` or ``-c key=value``), with checked defaults.

Every option is documented in ``docs/infrastructure.md``; :data:`DEFAULTS` is the single list of them.
Values given with ``-c`` arrive as strings, so lists accept JSON or comma-separated text and numbers
and booleans are parsed here, failing synthesis with the option's name when a value is wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from constructs import Node

ROOT: Final = Path(__file__).resolve().parent.parent

# One place for every context key and its default (the docs table is checked against it in tests).
DEFAULTS: Final[dict[str, Any]] = {
    "serviceName": "sms-pool-disassociate",
    "metricsNamespace": "SmsPool",
    "logLevel": "INFO",
    "memorySize": 256,
    "timeoutSeconds": 25,
    "reservedConcurrency": 10,
    "logRetentionDays": 30,
    "connectTimeout": 2.0,
    "readTimeout": 5.0,
    "maxAttempts": 3,
    "powertoolsLayerVersion": 38,
    "stageName": "v1",
    "throttleRateLimit": 50,
    "throttleBurstLimit": 100,
    "allowedPrincipals": [],
    "allowedVpcEndpoints": [],
    "extraResourceArns": [],
    "enableStateMachine": True,
    "enableSnapStart": False,
    "alarmTopicArn": "",
}

_LOG_LEVELS: Final = frozenset({"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"})
_ARN: Final = re.compile(r"^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:[^*]+$")
# Shared pools and identities: another account's (or region's) sms-voice resources, named exactly.
_SMS_ARN: Final = re.compile(
    r"^arn:aws[a-z-]*:sms-voice:[a-z0-9-]+:\d{12}:((pool|phone-number)/[A-Za-z0-9_-]+|sender-id/[A-Za-z0-9_-]+/[A-Z]{2})$"
)
# CloudWatch Logs accepts only these retention periods (days -> aws_logs.RetentionDays member).
RETENTION_NAMES: Final[dict[int, str]] = {
    1: "ONE_DAY",
    3: "THREE_DAYS",
    5: "FIVE_DAYS",
    7: "ONE_WEEK",
    14: "TWO_WEEKS",
    30: "ONE_MONTH",
    60: "TWO_MONTHS",
    90: "THREE_MONTHS",
    120: "FOUR_MONTHS",
    150: "FIVE_MONTHS",
    180: "SIX_MONTHS",
    365: "ONE_YEAR",
    400: "THIRTEEN_MONTHS",
    545: "EIGHTEEN_MONTHS",
    731: "TWO_YEARS",
    1096: "THREE_YEARS",
    1827: "FIVE_YEARS",
    2192: "SIX_YEARS",
    2557: "SEVEN_YEARS",
    2922: "EIGHT_YEARS",
    3288: "NINE_YEARS",
    3653: "TEN_YEARS",
}
# API Gateway's integration gives up after 29 s; the function must answer before that.
API_INTEGRATION_TIMEOUT_SECONDS: Final = 29


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class SettingsError(ValueError):
    """A context value is invalid; synthesis stops with the option's name."""
mutants_x_powertools_version__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_powertools_version__mutmut)
def powertools_version() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_orig() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_1() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = None
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_2() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" * "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_3() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT * "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_4() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "XXrequirementsXX" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_5() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "REQUIREMENTS" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_6() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "XXrequirements.lockXX").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_7() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "REQUIREMENTS.LOCK").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_8() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = None
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_9() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(None, lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_10() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", None, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_11() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, None)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_12() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_13() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_14() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, )
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_15() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"XX^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)XX", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_16() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^AWS[-_]LAMBDA[-_]POWERTOOLS(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_17() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE & re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_18() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is not None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(1)


def x_powertools_version__mutmut_19() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError(None)
    return match.group(1)


def x_powertools_version__mutmut_20() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("XXaws-lambda-powertools is not pinned in requirements/requirements.lockXX")
    return match.group(1)


def x_powertools_version__mutmut_21() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("AWS-LAMBDA-POWERTOOLS IS NOT PINNED IN REQUIREMENTS/REQUIREMENTS.LOCK")
    return match.group(1)


def x_powertools_version__mutmut_22() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(None)


def x_powertools_version__mutmut_23() -> str:
    """The aws-lambda-powertools version pinned in requirements.lock (the layer must match it)."""
    lock = (ROOT / "requirements" / "requirements.lock").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/requirements.lock")
    return match.group(2)

mutants_x_powertools_version__mutmut['_mutmut_orig'] = x_powertools_version__mutmut_orig # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_1'] = x_powertools_version__mutmut_1 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_2'] = x_powertools_version__mutmut_2 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_3'] = x_powertools_version__mutmut_3 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_4'] = x_powertools_version__mutmut_4 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_5'] = x_powertools_version__mutmut_5 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_6'] = x_powertools_version__mutmut_6 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_7'] = x_powertools_version__mutmut_7 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_8'] = x_powertools_version__mutmut_8 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_9'] = x_powertools_version__mutmut_9 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_10'] = x_powertools_version__mutmut_10 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_11'] = x_powertools_version__mutmut_11 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_12'] = x_powertools_version__mutmut_12 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_13'] = x_powertools_version__mutmut_13 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_14'] = x_powertools_version__mutmut_14 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_15'] = x_powertools_version__mutmut_15 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_16'] = x_powertools_version__mutmut_16 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_17'] = x_powertools_version__mutmut_17 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_18'] = x_powertools_version__mutmut_18 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_19'] = x_powertools_version__mutmut_19 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_20'] = x_powertools_version__mutmut_20 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_21'] = x_powertools_version__mutmut_21 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_22'] = x_powertools_version__mutmut_22 # type: ignore # mutmut generated
mutants_x_powertools_version__mutmut['x_powertools_version__mutmut_23'] = x_powertools_version__mutmut_23 # type: ignore # mutmut generated
mutants_x__list__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__list__mutmut)
def _list(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith("[") else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_orig(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith("[") else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_1(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = None
        raw = json.loads(text) if text.startswith("[") else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_2(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = None
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_3(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if (text.startswith("[")) and False else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_4(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if (text.startswith("[")) or True else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_5(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(None) if text.startswith("[") else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_6(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith(None) else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_7(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith("XX[XX") else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_8(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith("[") else [part.strip() for part in text.split(None) if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_9(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith("[") else [part.strip() for part in text.split("XX,XX") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_10(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith("[") else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) and not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_11(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith("[") else [part.strip() for part in text.split(",") if part.strip()]
    if isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_12(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith("[") else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_13(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith("[") else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(None):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def x__list__mutmut_14(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith("[") else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(None)
    return tuple(raw)


def x__list__mutmut_15(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith("[") else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(None)

mutants_x__list__mutmut['_mutmut_orig'] = x__list__mutmut_orig # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_1'] = x__list__mutmut_1 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_2'] = x__list__mutmut_2 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_3'] = x__list__mutmut_3 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_4'] = x__list__mutmut_4 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_5'] = x__list__mutmut_5 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_6'] = x__list__mutmut_6 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_7'] = x__list__mutmut_7 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_8'] = x__list__mutmut_8 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_9'] = x__list__mutmut_9 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_10'] = x__list__mutmut_10 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_11'] = x__list__mutmut_11 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_12'] = x__list__mutmut_12 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_13'] = x__list__mutmut_13 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_14'] = x__list__mutmut_14 # type: ignore # mutmut generated
mutants_x__list__mutmut['x__list__mutmut_15'] = x__list__mutmut_15 # type: ignore # mutmut generated
mutants_x__bool__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__bool__mutmut)
def _bool(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_orig(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_1(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) or raw.lower() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_2(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.upper() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_3(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() not in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_4(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"XXtrueXX", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_5(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"TRUE", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_6(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "XXfalseXX", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_7(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "FALSE", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_8(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "XX1XX", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_9(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "XX0XX", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_10(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "XXyesXX", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_11(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "YES", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_12(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "XXnoXX"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_13(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "NO"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_14(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.upper() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_15(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() not in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_16(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"XXtrueXX", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_17(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"TRUE", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_18(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "XX1XX", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_19(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "XXyesXX"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_20(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "YES"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def x__bool__mutmut_21(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(None)

mutants_x__bool__mutmut['_mutmut_orig'] = x__bool__mutmut_orig # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_1'] = x__bool__mutmut_1 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_2'] = x__bool__mutmut_2 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_3'] = x__bool__mutmut_3 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_4'] = x__bool__mutmut_4 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_5'] = x__bool__mutmut_5 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_6'] = x__bool__mutmut_6 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_7'] = x__bool__mutmut_7 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_8'] = x__bool__mutmut_8 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_9'] = x__bool__mutmut_9 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_10'] = x__bool__mutmut_10 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_11'] = x__bool__mutmut_11 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_12'] = x__bool__mutmut_12 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_13'] = x__bool__mutmut_13 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_14'] = x__bool__mutmut_14 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_15'] = x__bool__mutmut_15 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_16'] = x__bool__mutmut_16 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_17'] = x__bool__mutmut_17 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_18'] = x__bool__mutmut_18 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_19'] = x__bool__mutmut_19 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_20'] = x__bool__mutmut_20 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_21'] = x__bool__mutmut_21 # type: ignore # mutmut generated
mutants_x__number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__number__mutmut)
def _number(name: str, raw: Any, low: float, high: float) -> float:
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name}={raw!r} must be between {low:g} and {high:g}")
    return value


def x__number__mutmut_orig(name: str, raw: Any, low: float, high: float) -> float:
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name}={raw!r} must be between {low:g} and {high:g}")
    return value


def x__number__mutmut_1(name: str, raw: Any, low: float, high: float) -> float:
    try:
        value = None
    except (TypeError, ValueError):
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name}={raw!r} must be between {low:g} and {high:g}")
    return value


def x__number__mutmut_2(name: str, raw: Any, low: float, high: float) -> float:
    try:
        value = float(None)
    except (TypeError, ValueError):
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name}={raw!r} must be between {low:g} and {high:g}")
    return value


def x__number__mutmut_3(name: str, raw: Any, low: float, high: float) -> float:
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise SettingsError(None) from None
    if not low <= value <= high:
        raise SettingsError(f"{name}={raw!r} must be between {low:g} and {high:g}")
    return value


def x__number__mutmut_4(name: str, raw: Any, low: float, high: float) -> float:
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if low <= value <= high:
        raise SettingsError(f"{name}={raw!r} must be between {low:g} and {high:g}")
    return value


def x__number__mutmut_5(name: str, raw: Any, low: float, high: float) -> float:
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if not low < value <= high:
        raise SettingsError(f"{name}={raw!r} must be between {low:g} and {high:g}")
    return value


def x__number__mutmut_6(name: str, raw: Any, low: float, high: float) -> float:
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if not low <= value < high:
        raise SettingsError(f"{name}={raw!r} must be between {low:g} and {high:g}")
    return value


def x__number__mutmut_7(name: str, raw: Any, low: float, high: float) -> float:
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(None)
    return value

mutants_x__number__mutmut['_mutmut_orig'] = x__number__mutmut_orig # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_1'] = x__number__mutmut_1 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_2'] = x__number__mutmut_2 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_3'] = x__number__mutmut_3 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_4'] = x__number__mutmut_4 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_5'] = x__number__mutmut_5 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_6'] = x__number__mutmut_6 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_7'] = x__number__mutmut_7 # type: ignore # mutmut generated
mutants_x__int__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__int__mutmut)
def _int(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, raw, low, high)
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_orig(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, raw, low, high)
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_1(name: str, raw: Any, low: int, high: int) -> int:
    value = None
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_2(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(None, raw, low, high)
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_3(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, None, low, high)
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_4(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, raw, None, high)
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_5(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, raw, low, None)
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_6(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(raw, low, high)
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_7(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, low, high)
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_8(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, raw, high)
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_9(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, raw, low, )
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_10(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, raw, low, high)
    if value == int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_11(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, raw, low, high)
    if value != int(None):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def x__int__mutmut_12(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, raw, low, high)
    if value != int(value):
        raise SettingsError(None)
    return int(value)


def x__int__mutmut_13(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, raw, low, high)
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(None)

mutants_x__int__mutmut['_mutmut_orig'] = x__int__mutmut_orig # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_1'] = x__int__mutmut_1 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_2'] = x__int__mutmut_2 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_3'] = x__int__mutmut_3 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_4'] = x__int__mutmut_4 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_5'] = x__int__mutmut_5 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_6'] = x__int__mutmut_6 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_7'] = x__int__mutmut_7 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_8'] = x__int__mutmut_8 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_9'] = x__int__mutmut_9 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_10'] = x__int__mutmut_10 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_11'] = x__int__mutmut_11 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_12'] = x__int__mutmut_12 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_13'] = x__int__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSettingsǁcheck__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSettingsǁfunction_environment__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class Settings:
    """The parsed, checked deployment options."""

    service_name: str
    metrics_namespace: str
    log_level: str
    memory_size: int
    timeout_seconds: int
    reserved_concurrency: int | None
    log_retention_days: int
    connect_timeout: float
    read_timeout: float
    max_attempts: int
    powertools_layer_version: int
    stage_name: str
    throttle_rate_limit: float
    throttle_burst_limit: int
    allowed_principals: tuple[str, ...]
    allowed_vpc_endpoints: tuple[str, ...]
    extra_resource_arns: tuple[str, ...]
    enable_state_machine: bool
    enable_snap_start: bool
    alarm_topic_arn: str

    @classmethod
    @_mutmut_mutated(mutants_xǁSettingsǁfrom_context__mutmut, is_classmethod = True)
    def from_context(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_orig(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_1(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = None
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_2(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(None) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_3(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = None
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_4(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if (value is None) and False else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_5(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if (value is None) or True else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_6(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is not None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_7(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = None
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_8(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["XXreservedConcurrencyXX"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_9(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedconcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_10(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["RESERVEDCONCURRENCY"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_11(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = None
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_12(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=None,
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_13(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=None,
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_14(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=None,
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_15(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=None,
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_16(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=None,
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_17(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None,
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_18(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=None,
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_19(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=None,
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_20(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=None,
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_21(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=None,
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_22(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=None,
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_23(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=None,
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_24(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=None,
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_25(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=None,
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_26(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=None,
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_27(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=None,
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_28(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=None,
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_29(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=None,
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_30(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=None,
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_31(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=None,
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_32(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_33(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_34(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_35(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_36(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_37(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_38(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_39(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_40(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_41(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_42(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_43(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_44(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_45(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_46(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_47(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_48(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_49(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_50(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_51(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_52(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(None),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_53(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["XXserviceNameXX"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_54(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["servicename"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_55(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["SERVICENAME"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_56(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(None),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_57(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["XXmetricsNamespaceXX"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_58(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsnamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_59(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["METRICSNAMESPACE"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_60(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).lower(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_61(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(None).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_62(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["XXlogLevelXX"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_63(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["loglevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_64(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["LOGLEVEL"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_65(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int(None, ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_66(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", None, 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_67(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], None, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_68(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, None),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_69(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int(ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_70(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_71(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_72(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, ),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_73(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("XXmemorySizeXX", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_74(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorysize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_75(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("MEMORYSIZE", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_76(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["XXmemorySizeXX"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_77(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorysize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_78(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["MEMORYSIZE"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_79(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 129, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_80(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10241),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_81(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int(None, ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_82(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", None, 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_83(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], None, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_84(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, None),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_85(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int(ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_86(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_87(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_88(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, ),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_89(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("XXtimeoutSecondsXX", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_90(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutseconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_91(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("TIMEOUTSECONDS", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_92(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["XXtimeoutSecondsXX"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_93(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutseconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_94(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["TIMEOUTSECONDS"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_95(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 4, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_96(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if (str(reserved).lower() in {"none", "-1", ""}) and False
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_97(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if (str(reserved).lower() in {"none", "-1", ""}) or True
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_98(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).upper() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_99(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(None).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_100(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() not in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_101(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"XXnoneXX", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_102(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"NONE", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_103(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "XX-1XX", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_104(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", "XXXX"}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_105(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int(None, reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_106(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", None, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_107(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, None, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_108(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, None),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_109(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int(reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_110(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_111(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_112(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, ),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_113(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("XXreservedConcurrencyXX", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_114(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedconcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_115(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("RESERVEDCONCURRENCY", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_116(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 2, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_117(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1001),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_118(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int(None, ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_119(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", None, 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_120(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], None, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_121(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, None),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_122(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int(ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_123(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_124(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_125(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, ),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_126(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("XXlogRetentionDaysXX", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_127(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logretentiondays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_128(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("LOGRETENTIONDAYS", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_129(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["XXlogRetentionDaysXX"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_130(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logretentiondays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_131(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["LOGRETENTIONDAYS"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_132(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 2, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_133(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3654),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_134(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number(None, ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_135(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", None, 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_136(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], None, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_137(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, None),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_138(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number(ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_139(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_140(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_141(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, ),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_142(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("XXconnectTimeoutXX", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_143(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connecttimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_144(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("CONNECTTIMEOUT", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_145(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["XXconnectTimeoutXX"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_146(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connecttimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_147(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["CONNECTTIMEOUT"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_148(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 1.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_149(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 11.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_150(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number(None, ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_151(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", None, 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_152(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], None, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_153(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, None),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_154(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number(ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_155(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_156(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_157(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, ),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_158(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("XXreadTimeoutXX", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_159(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readtimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_160(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("READTIMEOUT", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_161(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["XXreadTimeoutXX"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_162(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readtimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_163(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["READTIMEOUT"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_164(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 1.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_165(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 61.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_166(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int(None, ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_167(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", None, 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_168(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], None, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_169(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, None),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_170(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int(ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_171(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_172(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_173(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, ),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_174(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("XXmaxAttemptsXX", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_175(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxattempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_176(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("MAXATTEMPTS", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_177(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["XXmaxAttemptsXX"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_178(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxattempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_179(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["MAXATTEMPTS"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_180(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 2, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_181(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 11),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_182(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int(None, ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_183(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", None, 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_184(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], None, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_185(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, None),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_186(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int(ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_187(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_188(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_189(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, ),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_190(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("XXpowertoolsLayerVersionXX", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_191(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolslayerversion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_192(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("POWERTOOLSLAYERVERSION", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_193(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["XXpowertoolsLayerVersionXX"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_194(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolslayerversion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_195(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["POWERTOOLSLAYERVERSION"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_196(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 2, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_197(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10001),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_198(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(None),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_199(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["XXstageNameXX"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_200(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stagename"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_201(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["STAGENAME"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_202(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number(None, ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_203(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", None, 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_204(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], None, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_205(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, None),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_206(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number(ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_207(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_208(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_209(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, ),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_210(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("XXthrottleRateLimitXX", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_211(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleratelimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_212(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("THROTTLERATELIMIT", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_213(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["XXthrottleRateLimitXX"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_214(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleratelimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_215(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["THROTTLERATELIMIT"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_216(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 2, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_217(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10001),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_218(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int(None, ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_219(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", None, 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_220(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], None, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_221(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, None),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_222(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int(ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_223(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_224(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_225(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, ),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_226(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("XXthrottleBurstLimitXX", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_227(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleburstlimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_228(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("THROTTLEBURSTLIMIT", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_229(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["XXthrottleBurstLimitXX"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_230(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleburstlimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_231(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["THROTTLEBURSTLIMIT"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_232(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 2, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_233(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5001),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_234(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list(None, ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_235(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", None),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_236(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list(ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_237(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_238(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("XXallowedPrincipalsXX", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_239(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedprincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_240(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("ALLOWEDPRINCIPALS", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_241(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["XXallowedPrincipalsXX"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_242(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedprincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_243(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["ALLOWEDPRINCIPALS"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_244(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list(None, ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_245(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", None),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_246(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list(ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_247(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_248(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("XXallowedVpcEndpointsXX", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_249(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedvpcendpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_250(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("ALLOWEDVPCENDPOINTS", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_251(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["XXallowedVpcEndpointsXX"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_252(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedvpcendpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_253(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["ALLOWEDVPCENDPOINTS"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_254(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list(None, ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_255(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", None),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_256(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list(ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_257(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_258(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("XXextraResourceArnsXX", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_259(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraresourcearns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_260(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("EXTRARESOURCEARNS", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_261(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["XXextraResourceArnsXX"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_262(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraresourcearns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_263(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["EXTRARESOURCEARNS"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_264(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool(None, ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_265(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", None),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_266(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool(ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_267(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_268(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("XXenableStateMachineXX", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_269(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enablestatemachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_270(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("ENABLESTATEMACHINE", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_271(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["XXenableStateMachineXX"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_272(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enablestatemachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_273(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["ENABLESTATEMACHINE"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_274(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool(None, ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_275(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", None),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_276(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool(ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_277(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_278(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("XXenableSnapStartXX", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_279(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enablesnapstart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_280(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("ENABLESNAPSTART", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_281(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["XXenableSnapStartXX"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_282(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enablesnapstart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_283(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["ENABLESNAPSTART"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_284(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(None),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_285(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] and ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_286(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["XXalarmTopicArnXX"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_287(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmtopicarn"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_288(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["ALARMTOPICARN"] or ""),
        )
        settings.check()
        return settings

    @classmethod
    def xǁSettingsǁfrom_context__mutmut_289(cls, node: Node) -> Settings:
        """Read every option from ``node``'s context, falling back to :data:`DEFAULTS`."""
        raw = {key: node.try_get_context(key) for key in DEFAULTS}
        ctx = {key: DEFAULTS[key] if value is None else value for key, value in raw.items()}
        reserved = ctx["reservedConcurrency"]
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int("timeoutSeconds", ctx["timeoutSeconds"], 3, API_INTEGRATION_TIMEOUT_SECONDS),
            # "none" (or -1) leaves the function on the account's unreserved pool.
            reserved_concurrency=None
            if str(reserved).lower() in {"none", "-1", ""}
            else _int("reservedConcurrency", reserved, 1, 1000),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_number("connectTimeout", ctx["connectTimeout"], 0.1, 10.0),
            read_timeout=_number("readTimeout", ctx["readTimeout"], 0.1, 60.0),
            max_attempts=_int("maxAttempts", ctx["maxAttempts"], 1, 10),
            powertools_layer_version=_int("powertoolsLayerVersion", ctx["powertoolsLayerVersion"], 1, 10_000),
            stage_name=str(ctx["stageName"]),
            throttle_rate_limit=_number("throttleRateLimit", ctx["throttleRateLimit"], 1, 10_000),
            throttle_burst_limit=_int("throttleBurstLimit", ctx["throttleBurstLimit"], 1, 5_000),
            allowed_principals=_list("allowedPrincipals", ctx["allowedPrincipals"]),
            allowed_vpc_endpoints=_list("allowedVpcEndpoints", ctx["allowedVpcEndpoints"]),
            extra_resource_arns=_list("extraResourceArns", ctx["extraResourceArns"]),
            enable_state_machine=_bool("enableStateMachine", ctx["enableStateMachine"]),
            enable_snap_start=_bool("enableSnapStart", ctx["enableSnapStart"]),
            alarm_topic_arn=str(ctx["alarmTopicArn"] or "XXXX"),
        )
        settings.check()
        return settings

    @_mutmut_mutated(mutants_xǁSettingsǁcheck__mutmut)
    def check(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_orig(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_1(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_2(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(None)
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_3(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(None)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_4(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_5(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                None
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_6(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(None)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_7(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = None
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_8(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) / self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_9(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout - self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_10(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst > self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_11(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                None
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_12(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_13(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(None):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_14(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(None)
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_15(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_16(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(None):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_17(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(None)
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_18(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_19(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(None, vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_20(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", None):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_21(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_22(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", ):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_23(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"XXvpce-[0-9a-f]{8,17}XX", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_24(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"VPCE-[0-9A-F]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_25(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(None)
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_26(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn or not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_27(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and _ARN.match(self.alarm_topic_arn):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_28(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(None):
            raise SettingsError(f"alarmTopicArn: {self.alarm_topic_arn!r} is not an ARN")

    def xǁSettingsǁcheck__mutmut_29(self) -> None:
        """Cross-field rules the function's own config check would otherwise only catch at cold start."""
        if self.log_level not in _LOG_LEVELS:
            raise SettingsError(f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}")
        if self.log_retention_days not in RETENTION_NAMES:
            raise SettingsError(
                f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            )
        worst = (self.connect_timeout + self.read_timeout) * self.max_attempts
        if worst >= self.timeout_seconds:
            raise SettingsError(
                f"(connectTimeout {self.connect_timeout:g}s + readTimeout {self.read_timeout:g}s) x maxAttempts "
                f"{self.max_attempts} = {worst:g}s must stay below timeoutSeconds {self.timeout_seconds}"
            )
        for arn in self.allowed_principals:
            if not _ARN.match(arn):
                raise SettingsError(f"allowedPrincipals: {arn!r} is not a specific IAM principal ARN")
        for arn in self.extra_resource_arns:
            if not _SMS_ARN.match(arn):
                raise SettingsError(f"extraResourceArns: {arn!r} is not an sms-voice pool/phone-number/sender-id ARN")
        for vpce in self.allowed_vpc_endpoints:
            if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce):
                raise SettingsError(f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id (vpce-...)")
        if self.alarm_topic_arn and not _ARN.match(self.alarm_topic_arn):
            raise SettingsError(None)

    @_mutmut_mutated(mutants_xǁSettingsǁfunction_environment__mutmut)
    def function_environment(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_orig(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_1(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "XXPOWERTOOLS_SERVICE_NAMEXX": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_2(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "powertools_service_name": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_3(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "XXPOWERTOOLS_METRICS_NAMESPACEXX": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_4(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "powertools_metrics_namespace": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_5(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "XXPOWERTOOLS_LOG_LEVELXX": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_6(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "powertools_log_level": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_7(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "XXPOWERTOOLS_TRACE_DISABLEDXX": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_8(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "powertools_trace_disabled": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_9(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "XXfalseXX",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_10(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "FALSE",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_11(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "XXSMS_POOL_CONNECT_TIMEOUTXX": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_12(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "sms_pool_connect_timeout": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_13(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "XXSMS_POOL_READ_TIMEOUTXX": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_14(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "sms_pool_read_timeout": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_15(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "XXSMS_POOL_MAX_ATTEMPTSXX": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_16(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "sms_pool_max_attempts": str(self.max_attempts),
        }

    def xǁSettingsǁfunction_environment__mutmut_17(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            "SMS_POOL_CONNECT_TIMEOUT": f"{self.connect_timeout:g}",
            "SMS_POOL_READ_TIMEOUT": f"{self.read_timeout:g}",
            "SMS_POOL_MAX_ATTEMPTS": str(None),
        }

mutants_xǁSettingsǁfrom_context__mutmut['_mutmut_orig'] = Settings.xǁSettingsǁfrom_context__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_1'] = Settings.xǁSettingsǁfrom_context__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_2'] = Settings.xǁSettingsǁfrom_context__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_3'] = Settings.xǁSettingsǁfrom_context__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_4'] = Settings.xǁSettingsǁfrom_context__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_5'] = Settings.xǁSettingsǁfrom_context__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_6'] = Settings.xǁSettingsǁfrom_context__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_7'] = Settings.xǁSettingsǁfrom_context__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_8'] = Settings.xǁSettingsǁfrom_context__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_9'] = Settings.xǁSettingsǁfrom_context__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_10'] = Settings.xǁSettingsǁfrom_context__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_11'] = Settings.xǁSettingsǁfrom_context__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_12'] = Settings.xǁSettingsǁfrom_context__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_13'] = Settings.xǁSettingsǁfrom_context__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_14'] = Settings.xǁSettingsǁfrom_context__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_15'] = Settings.xǁSettingsǁfrom_context__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_16'] = Settings.xǁSettingsǁfrom_context__mutmut_16 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_17'] = Settings.xǁSettingsǁfrom_context__mutmut_17 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_18'] = Settings.xǁSettingsǁfrom_context__mutmut_18 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_19'] = Settings.xǁSettingsǁfrom_context__mutmut_19 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_20'] = Settings.xǁSettingsǁfrom_context__mutmut_20 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_21'] = Settings.xǁSettingsǁfrom_context__mutmut_21 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_22'] = Settings.xǁSettingsǁfrom_context__mutmut_22 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_23'] = Settings.xǁSettingsǁfrom_context__mutmut_23 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_24'] = Settings.xǁSettingsǁfrom_context__mutmut_24 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_25'] = Settings.xǁSettingsǁfrom_context__mutmut_25 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_26'] = Settings.xǁSettingsǁfrom_context__mutmut_26 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_27'] = Settings.xǁSettingsǁfrom_context__mutmut_27 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_28'] = Settings.xǁSettingsǁfrom_context__mutmut_28 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_29'] = Settings.xǁSettingsǁfrom_context__mutmut_29 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_30'] = Settings.xǁSettingsǁfrom_context__mutmut_30 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_31'] = Settings.xǁSettingsǁfrom_context__mutmut_31 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_32'] = Settings.xǁSettingsǁfrom_context__mutmut_32 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_33'] = Settings.xǁSettingsǁfrom_context__mutmut_33 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_34'] = Settings.xǁSettingsǁfrom_context__mutmut_34 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_35'] = Settings.xǁSettingsǁfrom_context__mutmut_35 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_36'] = Settings.xǁSettingsǁfrom_context__mutmut_36 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_37'] = Settings.xǁSettingsǁfrom_context__mutmut_37 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_38'] = Settings.xǁSettingsǁfrom_context__mutmut_38 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_39'] = Settings.xǁSettingsǁfrom_context__mutmut_39 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_40'] = Settings.xǁSettingsǁfrom_context__mutmut_40 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_41'] = Settings.xǁSettingsǁfrom_context__mutmut_41 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_42'] = Settings.xǁSettingsǁfrom_context__mutmut_42 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_43'] = Settings.xǁSettingsǁfrom_context__mutmut_43 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_44'] = Settings.xǁSettingsǁfrom_context__mutmut_44 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_45'] = Settings.xǁSettingsǁfrom_context__mutmut_45 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_46'] = Settings.xǁSettingsǁfrom_context__mutmut_46 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_47'] = Settings.xǁSettingsǁfrom_context__mutmut_47 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_48'] = Settings.xǁSettingsǁfrom_context__mutmut_48 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_49'] = Settings.xǁSettingsǁfrom_context__mutmut_49 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_50'] = Settings.xǁSettingsǁfrom_context__mutmut_50 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_51'] = Settings.xǁSettingsǁfrom_context__mutmut_51 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_52'] = Settings.xǁSettingsǁfrom_context__mutmut_52 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_53'] = Settings.xǁSettingsǁfrom_context__mutmut_53 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_54'] = Settings.xǁSettingsǁfrom_context__mutmut_54 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_55'] = Settings.xǁSettingsǁfrom_context__mutmut_55 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_56'] = Settings.xǁSettingsǁfrom_context__mutmut_56 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_57'] = Settings.xǁSettingsǁfrom_context__mutmut_57 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_58'] = Settings.xǁSettingsǁfrom_context__mutmut_58 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_59'] = Settings.xǁSettingsǁfrom_context__mutmut_59 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_60'] = Settings.xǁSettingsǁfrom_context__mutmut_60 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_61'] = Settings.xǁSettingsǁfrom_context__mutmut_61 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_62'] = Settings.xǁSettingsǁfrom_context__mutmut_62 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_63'] = Settings.xǁSettingsǁfrom_context__mutmut_63 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_64'] = Settings.xǁSettingsǁfrom_context__mutmut_64 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_65'] = Settings.xǁSettingsǁfrom_context__mutmut_65 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_66'] = Settings.xǁSettingsǁfrom_context__mutmut_66 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_67'] = Settings.xǁSettingsǁfrom_context__mutmut_67 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_68'] = Settings.xǁSettingsǁfrom_context__mutmut_68 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_69'] = Settings.xǁSettingsǁfrom_context__mutmut_69 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_70'] = Settings.xǁSettingsǁfrom_context__mutmut_70 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_71'] = Settings.xǁSettingsǁfrom_context__mutmut_71 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_72'] = Settings.xǁSettingsǁfrom_context__mutmut_72 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_73'] = Settings.xǁSettingsǁfrom_context__mutmut_73 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_74'] = Settings.xǁSettingsǁfrom_context__mutmut_74 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_75'] = Settings.xǁSettingsǁfrom_context__mutmut_75 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_76'] = Settings.xǁSettingsǁfrom_context__mutmut_76 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_77'] = Settings.xǁSettingsǁfrom_context__mutmut_77 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_78'] = Settings.xǁSettingsǁfrom_context__mutmut_78 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_79'] = Settings.xǁSettingsǁfrom_context__mutmut_79 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_80'] = Settings.xǁSettingsǁfrom_context__mutmut_80 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_81'] = Settings.xǁSettingsǁfrom_context__mutmut_81 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_82'] = Settings.xǁSettingsǁfrom_context__mutmut_82 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_83'] = Settings.xǁSettingsǁfrom_context__mutmut_83 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_84'] = Settings.xǁSettingsǁfrom_context__mutmut_84 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_85'] = Settings.xǁSettingsǁfrom_context__mutmut_85 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_86'] = Settings.xǁSettingsǁfrom_context__mutmut_86 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_87'] = Settings.xǁSettingsǁfrom_context__mutmut_87 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_88'] = Settings.xǁSettingsǁfrom_context__mutmut_88 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_89'] = Settings.xǁSettingsǁfrom_context__mutmut_89 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_90'] = Settings.xǁSettingsǁfrom_context__mutmut_90 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_91'] = Settings.xǁSettingsǁfrom_context__mutmut_91 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_92'] = Settings.xǁSettingsǁfrom_context__mutmut_92 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_93'] = Settings.xǁSettingsǁfrom_context__mutmut_93 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_94'] = Settings.xǁSettingsǁfrom_context__mutmut_94 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_95'] = Settings.xǁSettingsǁfrom_context__mutmut_95 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_96'] = Settings.xǁSettingsǁfrom_context__mutmut_96 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_97'] = Settings.xǁSettingsǁfrom_context__mutmut_97 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_98'] = Settings.xǁSettingsǁfrom_context__mutmut_98 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_99'] = Settings.xǁSettingsǁfrom_context__mutmut_99 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_100'] = Settings.xǁSettingsǁfrom_context__mutmut_100 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_101'] = Settings.xǁSettingsǁfrom_context__mutmut_101 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_102'] = Settings.xǁSettingsǁfrom_context__mutmut_102 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_103'] = Settings.xǁSettingsǁfrom_context__mutmut_103 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_104'] = Settings.xǁSettingsǁfrom_context__mutmut_104 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_105'] = Settings.xǁSettingsǁfrom_context__mutmut_105 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_106'] = Settings.xǁSettingsǁfrom_context__mutmut_106 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_107'] = Settings.xǁSettingsǁfrom_context__mutmut_107 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_108'] = Settings.xǁSettingsǁfrom_context__mutmut_108 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_109'] = Settings.xǁSettingsǁfrom_context__mutmut_109 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_110'] = Settings.xǁSettingsǁfrom_context__mutmut_110 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_111'] = Settings.xǁSettingsǁfrom_context__mutmut_111 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_112'] = Settings.xǁSettingsǁfrom_context__mutmut_112 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_113'] = Settings.xǁSettingsǁfrom_context__mutmut_113 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_114'] = Settings.xǁSettingsǁfrom_context__mutmut_114 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_115'] = Settings.xǁSettingsǁfrom_context__mutmut_115 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_116'] = Settings.xǁSettingsǁfrom_context__mutmut_116 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_117'] = Settings.xǁSettingsǁfrom_context__mutmut_117 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_118'] = Settings.xǁSettingsǁfrom_context__mutmut_118 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_119'] = Settings.xǁSettingsǁfrom_context__mutmut_119 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_120'] = Settings.xǁSettingsǁfrom_context__mutmut_120 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_121'] = Settings.xǁSettingsǁfrom_context__mutmut_121 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_122'] = Settings.xǁSettingsǁfrom_context__mutmut_122 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_123'] = Settings.xǁSettingsǁfrom_context__mutmut_123 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_124'] = Settings.xǁSettingsǁfrom_context__mutmut_124 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_125'] = Settings.xǁSettingsǁfrom_context__mutmut_125 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_126'] = Settings.xǁSettingsǁfrom_context__mutmut_126 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_127'] = Settings.xǁSettingsǁfrom_context__mutmut_127 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_128'] = Settings.xǁSettingsǁfrom_context__mutmut_128 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_129'] = Settings.xǁSettingsǁfrom_context__mutmut_129 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_130'] = Settings.xǁSettingsǁfrom_context__mutmut_130 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_131'] = Settings.xǁSettingsǁfrom_context__mutmut_131 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_132'] = Settings.xǁSettingsǁfrom_context__mutmut_132 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_133'] = Settings.xǁSettingsǁfrom_context__mutmut_133 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_134'] = Settings.xǁSettingsǁfrom_context__mutmut_134 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_135'] = Settings.xǁSettingsǁfrom_context__mutmut_135 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_136'] = Settings.xǁSettingsǁfrom_context__mutmut_136 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_137'] = Settings.xǁSettingsǁfrom_context__mutmut_137 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_138'] = Settings.xǁSettingsǁfrom_context__mutmut_138 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_139'] = Settings.xǁSettingsǁfrom_context__mutmut_139 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_140'] = Settings.xǁSettingsǁfrom_context__mutmut_140 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_141'] = Settings.xǁSettingsǁfrom_context__mutmut_141 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_142'] = Settings.xǁSettingsǁfrom_context__mutmut_142 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_143'] = Settings.xǁSettingsǁfrom_context__mutmut_143 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_144'] = Settings.xǁSettingsǁfrom_context__mutmut_144 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_145'] = Settings.xǁSettingsǁfrom_context__mutmut_145 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_146'] = Settings.xǁSettingsǁfrom_context__mutmut_146 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_147'] = Settings.xǁSettingsǁfrom_context__mutmut_147 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_148'] = Settings.xǁSettingsǁfrom_context__mutmut_148 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_149'] = Settings.xǁSettingsǁfrom_context__mutmut_149 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_150'] = Settings.xǁSettingsǁfrom_context__mutmut_150 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_151'] = Settings.xǁSettingsǁfrom_context__mutmut_151 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_152'] = Settings.xǁSettingsǁfrom_context__mutmut_152 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_153'] = Settings.xǁSettingsǁfrom_context__mutmut_153 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_154'] = Settings.xǁSettingsǁfrom_context__mutmut_154 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_155'] = Settings.xǁSettingsǁfrom_context__mutmut_155 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_156'] = Settings.xǁSettingsǁfrom_context__mutmut_156 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_157'] = Settings.xǁSettingsǁfrom_context__mutmut_157 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_158'] = Settings.xǁSettingsǁfrom_context__mutmut_158 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_159'] = Settings.xǁSettingsǁfrom_context__mutmut_159 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_160'] = Settings.xǁSettingsǁfrom_context__mutmut_160 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_161'] = Settings.xǁSettingsǁfrom_context__mutmut_161 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_162'] = Settings.xǁSettingsǁfrom_context__mutmut_162 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_163'] = Settings.xǁSettingsǁfrom_context__mutmut_163 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_164'] = Settings.xǁSettingsǁfrom_context__mutmut_164 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_165'] = Settings.xǁSettingsǁfrom_context__mutmut_165 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_166'] = Settings.xǁSettingsǁfrom_context__mutmut_166 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_167'] = Settings.xǁSettingsǁfrom_context__mutmut_167 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_168'] = Settings.xǁSettingsǁfrom_context__mutmut_168 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_169'] = Settings.xǁSettingsǁfrom_context__mutmut_169 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_170'] = Settings.xǁSettingsǁfrom_context__mutmut_170 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_171'] = Settings.xǁSettingsǁfrom_context__mutmut_171 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_172'] = Settings.xǁSettingsǁfrom_context__mutmut_172 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_173'] = Settings.xǁSettingsǁfrom_context__mutmut_173 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_174'] = Settings.xǁSettingsǁfrom_context__mutmut_174 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_175'] = Settings.xǁSettingsǁfrom_context__mutmut_175 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_176'] = Settings.xǁSettingsǁfrom_context__mutmut_176 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_177'] = Settings.xǁSettingsǁfrom_context__mutmut_177 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_178'] = Settings.xǁSettingsǁfrom_context__mutmut_178 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_179'] = Settings.xǁSettingsǁfrom_context__mutmut_179 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_180'] = Settings.xǁSettingsǁfrom_context__mutmut_180 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_181'] = Settings.xǁSettingsǁfrom_context__mutmut_181 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_182'] = Settings.xǁSettingsǁfrom_context__mutmut_182 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_183'] = Settings.xǁSettingsǁfrom_context__mutmut_183 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_184'] = Settings.xǁSettingsǁfrom_context__mutmut_184 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_185'] = Settings.xǁSettingsǁfrom_context__mutmut_185 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_186'] = Settings.xǁSettingsǁfrom_context__mutmut_186 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_187'] = Settings.xǁSettingsǁfrom_context__mutmut_187 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_188'] = Settings.xǁSettingsǁfrom_context__mutmut_188 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_189'] = Settings.xǁSettingsǁfrom_context__mutmut_189 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_190'] = Settings.xǁSettingsǁfrom_context__mutmut_190 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_191'] = Settings.xǁSettingsǁfrom_context__mutmut_191 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_192'] = Settings.xǁSettingsǁfrom_context__mutmut_192 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_193'] = Settings.xǁSettingsǁfrom_context__mutmut_193 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_194'] = Settings.xǁSettingsǁfrom_context__mutmut_194 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_195'] = Settings.xǁSettingsǁfrom_context__mutmut_195 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_196'] = Settings.xǁSettingsǁfrom_context__mutmut_196 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_197'] = Settings.xǁSettingsǁfrom_context__mutmut_197 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_198'] = Settings.xǁSettingsǁfrom_context__mutmut_198 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_199'] = Settings.xǁSettingsǁfrom_context__mutmut_199 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_200'] = Settings.xǁSettingsǁfrom_context__mutmut_200 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_201'] = Settings.xǁSettingsǁfrom_context__mutmut_201 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_202'] = Settings.xǁSettingsǁfrom_context__mutmut_202 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_203'] = Settings.xǁSettingsǁfrom_context__mutmut_203 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_204'] = Settings.xǁSettingsǁfrom_context__mutmut_204 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_205'] = Settings.xǁSettingsǁfrom_context__mutmut_205 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_206'] = Settings.xǁSettingsǁfrom_context__mutmut_206 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_207'] = Settings.xǁSettingsǁfrom_context__mutmut_207 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_208'] = Settings.xǁSettingsǁfrom_context__mutmut_208 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_209'] = Settings.xǁSettingsǁfrom_context__mutmut_209 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_210'] = Settings.xǁSettingsǁfrom_context__mutmut_210 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_211'] = Settings.xǁSettingsǁfrom_context__mutmut_211 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_212'] = Settings.xǁSettingsǁfrom_context__mutmut_212 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_213'] = Settings.xǁSettingsǁfrom_context__mutmut_213 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_214'] = Settings.xǁSettingsǁfrom_context__mutmut_214 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_215'] = Settings.xǁSettingsǁfrom_context__mutmut_215 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_216'] = Settings.xǁSettingsǁfrom_context__mutmut_216 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_217'] = Settings.xǁSettingsǁfrom_context__mutmut_217 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_218'] = Settings.xǁSettingsǁfrom_context__mutmut_218 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_219'] = Settings.xǁSettingsǁfrom_context__mutmut_219 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_220'] = Settings.xǁSettingsǁfrom_context__mutmut_220 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_221'] = Settings.xǁSettingsǁfrom_context__mutmut_221 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_222'] = Settings.xǁSettingsǁfrom_context__mutmut_222 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_223'] = Settings.xǁSettingsǁfrom_context__mutmut_223 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_224'] = Settings.xǁSettingsǁfrom_context__mutmut_224 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_225'] = Settings.xǁSettingsǁfrom_context__mutmut_225 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_226'] = Settings.xǁSettingsǁfrom_context__mutmut_226 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_227'] = Settings.xǁSettingsǁfrom_context__mutmut_227 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_228'] = Settings.xǁSettingsǁfrom_context__mutmut_228 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_229'] = Settings.xǁSettingsǁfrom_context__mutmut_229 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_230'] = Settings.xǁSettingsǁfrom_context__mutmut_230 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_231'] = Settings.xǁSettingsǁfrom_context__mutmut_231 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_232'] = Settings.xǁSettingsǁfrom_context__mutmut_232 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_233'] = Settings.xǁSettingsǁfrom_context__mutmut_233 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_234'] = Settings.xǁSettingsǁfrom_context__mutmut_234 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_235'] = Settings.xǁSettingsǁfrom_context__mutmut_235 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_236'] = Settings.xǁSettingsǁfrom_context__mutmut_236 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_237'] = Settings.xǁSettingsǁfrom_context__mutmut_237 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_238'] = Settings.xǁSettingsǁfrom_context__mutmut_238 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_239'] = Settings.xǁSettingsǁfrom_context__mutmut_239 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_240'] = Settings.xǁSettingsǁfrom_context__mutmut_240 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_241'] = Settings.xǁSettingsǁfrom_context__mutmut_241 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_242'] = Settings.xǁSettingsǁfrom_context__mutmut_242 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_243'] = Settings.xǁSettingsǁfrom_context__mutmut_243 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_244'] = Settings.xǁSettingsǁfrom_context__mutmut_244 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_245'] = Settings.xǁSettingsǁfrom_context__mutmut_245 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_246'] = Settings.xǁSettingsǁfrom_context__mutmut_246 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_247'] = Settings.xǁSettingsǁfrom_context__mutmut_247 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_248'] = Settings.xǁSettingsǁfrom_context__mutmut_248 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_249'] = Settings.xǁSettingsǁfrom_context__mutmut_249 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_250'] = Settings.xǁSettingsǁfrom_context__mutmut_250 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_251'] = Settings.xǁSettingsǁfrom_context__mutmut_251 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_252'] = Settings.xǁSettingsǁfrom_context__mutmut_252 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_253'] = Settings.xǁSettingsǁfrom_context__mutmut_253 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_254'] = Settings.xǁSettingsǁfrom_context__mutmut_254 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_255'] = Settings.xǁSettingsǁfrom_context__mutmut_255 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_256'] = Settings.xǁSettingsǁfrom_context__mutmut_256 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_257'] = Settings.xǁSettingsǁfrom_context__mutmut_257 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_258'] = Settings.xǁSettingsǁfrom_context__mutmut_258 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_259'] = Settings.xǁSettingsǁfrom_context__mutmut_259 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_260'] = Settings.xǁSettingsǁfrom_context__mutmut_260 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_261'] = Settings.xǁSettingsǁfrom_context__mutmut_261 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_262'] = Settings.xǁSettingsǁfrom_context__mutmut_262 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_263'] = Settings.xǁSettingsǁfrom_context__mutmut_263 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_264'] = Settings.xǁSettingsǁfrom_context__mutmut_264 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_265'] = Settings.xǁSettingsǁfrom_context__mutmut_265 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_266'] = Settings.xǁSettingsǁfrom_context__mutmut_266 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_267'] = Settings.xǁSettingsǁfrom_context__mutmut_267 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_268'] = Settings.xǁSettingsǁfrom_context__mutmut_268 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_269'] = Settings.xǁSettingsǁfrom_context__mutmut_269 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_270'] = Settings.xǁSettingsǁfrom_context__mutmut_270 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_271'] = Settings.xǁSettingsǁfrom_context__mutmut_271 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_272'] = Settings.xǁSettingsǁfrom_context__mutmut_272 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_273'] = Settings.xǁSettingsǁfrom_context__mutmut_273 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_274'] = Settings.xǁSettingsǁfrom_context__mutmut_274 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_275'] = Settings.xǁSettingsǁfrom_context__mutmut_275 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_276'] = Settings.xǁSettingsǁfrom_context__mutmut_276 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_277'] = Settings.xǁSettingsǁfrom_context__mutmut_277 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_278'] = Settings.xǁSettingsǁfrom_context__mutmut_278 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_279'] = Settings.xǁSettingsǁfrom_context__mutmut_279 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_280'] = Settings.xǁSettingsǁfrom_context__mutmut_280 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_281'] = Settings.xǁSettingsǁfrom_context__mutmut_281 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_282'] = Settings.xǁSettingsǁfrom_context__mutmut_282 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_283'] = Settings.xǁSettingsǁfrom_context__mutmut_283 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_284'] = Settings.xǁSettingsǁfrom_context__mutmut_284 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_285'] = Settings.xǁSettingsǁfrom_context__mutmut_285 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_286'] = Settings.xǁSettingsǁfrom_context__mutmut_286 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_287'] = Settings.xǁSettingsǁfrom_context__mutmut_287 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_288'] = Settings.xǁSettingsǁfrom_context__mutmut_288 # type: ignore # mutmut generated
mutants_xǁSettingsǁfrom_context__mutmut['xǁSettingsǁfrom_context__mutmut_289'] = Settings.xǁSettingsǁfrom_context__mutmut_289 # type: ignore # mutmut generated

mutants_xǁSettingsǁcheck__mutmut['_mutmut_orig'] = Settings.xǁSettingsǁcheck__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_1'] = Settings.xǁSettingsǁcheck__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_2'] = Settings.xǁSettingsǁcheck__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_3'] = Settings.xǁSettingsǁcheck__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_4'] = Settings.xǁSettingsǁcheck__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_5'] = Settings.xǁSettingsǁcheck__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_6'] = Settings.xǁSettingsǁcheck__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_7'] = Settings.xǁSettingsǁcheck__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_8'] = Settings.xǁSettingsǁcheck__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_9'] = Settings.xǁSettingsǁcheck__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_10'] = Settings.xǁSettingsǁcheck__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_11'] = Settings.xǁSettingsǁcheck__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_12'] = Settings.xǁSettingsǁcheck__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_13'] = Settings.xǁSettingsǁcheck__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_14'] = Settings.xǁSettingsǁcheck__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_15'] = Settings.xǁSettingsǁcheck__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_16'] = Settings.xǁSettingsǁcheck__mutmut_16 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_17'] = Settings.xǁSettingsǁcheck__mutmut_17 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_18'] = Settings.xǁSettingsǁcheck__mutmut_18 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_19'] = Settings.xǁSettingsǁcheck__mutmut_19 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_20'] = Settings.xǁSettingsǁcheck__mutmut_20 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_21'] = Settings.xǁSettingsǁcheck__mutmut_21 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_22'] = Settings.xǁSettingsǁcheck__mutmut_22 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_23'] = Settings.xǁSettingsǁcheck__mutmut_23 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_24'] = Settings.xǁSettingsǁcheck__mutmut_24 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_25'] = Settings.xǁSettingsǁcheck__mutmut_25 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_26'] = Settings.xǁSettingsǁcheck__mutmut_26 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_27'] = Settings.xǁSettingsǁcheck__mutmut_27 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_28'] = Settings.xǁSettingsǁcheck__mutmut_28 # type: ignore # mutmut generated
mutants_xǁSettingsǁcheck__mutmut['xǁSettingsǁcheck__mutmut_29'] = Settings.xǁSettingsǁcheck__mutmut_29 # type: ignore # mutmut generated

mutants_xǁSettingsǁfunction_environment__mutmut['_mutmut_orig'] = Settings.xǁSettingsǁfunction_environment__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_1'] = Settings.xǁSettingsǁfunction_environment__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_2'] = Settings.xǁSettingsǁfunction_environment__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_3'] = Settings.xǁSettingsǁfunction_environment__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_4'] = Settings.xǁSettingsǁfunction_environment__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_5'] = Settings.xǁSettingsǁfunction_environment__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_6'] = Settings.xǁSettingsǁfunction_environment__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_7'] = Settings.xǁSettingsǁfunction_environment__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_8'] = Settings.xǁSettingsǁfunction_environment__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_9'] = Settings.xǁSettingsǁfunction_environment__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_10'] = Settings.xǁSettingsǁfunction_environment__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_11'] = Settings.xǁSettingsǁfunction_environment__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_12'] = Settings.xǁSettingsǁfunction_environment__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_13'] = Settings.xǁSettingsǁfunction_environment__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_14'] = Settings.xǁSettingsǁfunction_environment__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_15'] = Settings.xǁSettingsǁfunction_environment__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_16'] = Settings.xǁSettingsǁfunction_environment__mutmut_16 # type: ignore # mutmut generated
mutants_xǁSettingsǁfunction_environment__mutmut['xǁSettingsǁfunction_environment__mutmut_17'] = Settings.xǁSettingsǁfunction_environment__mutmut_17 # type: ignore # mutmut generated
