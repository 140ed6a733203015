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


class SettingsError(ValueError):
    """A context value is invalid; synthesis stops with the option's name."""


def powertools_version() -> str:
    """The aws-lambda-powertools version pinned in requirements/runtime.txt (the layer must match it)."""
    lock = (ROOT / "requirements" / "runtime.txt").read_text()
    match = re.search(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;]+)", lock, re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise SettingsError("aws-lambda-powertools is not pinned in requirements/runtime.txt")
    return match.group(1)


def _list(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        raw = json.loads(text) if text.startswith("[") else [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise SettingsError(f"{name} must be a list of strings, got {raw!r}")
    return tuple(raw)


def _bool(name: str, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.lower() in {"true", "false", "1", "0", "yes", "no"}:
        return raw.lower() in {"true", "1", "yes"}
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def _number(name: str, raw: Any, low: float, high: float) -> float:
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name}={raw!r} must be between {low:g} and {high:g}")
    return value


def _int(name: str, raw: Any, low: int, high: int) -> int:
    value = _number(name, raw, low, high)
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


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

    def check(self) -> None:  # noqa: C901 - one flat list of independent rules, each a single if
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
