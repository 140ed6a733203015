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

from sms_pool import bounds

ROOT: Final = Path(__file__).resolve().parent.parent

# The runtime `make test` runs the function's tests on (a second venv, see the Makefile's test-lambda-python);
# the others Lambda offers are accepted with a synth warning.
TESTED_RUNTIME: Final = "python3.13"
RUNTIMES: Final = ("python3.11", "python3.12", "python3.13", "python3.14")

# One place for every context key and its default (the docs table is checked against it in tests).
DEFAULTS: Final[dict[str, Any]] = {
    "serviceName": "sms-pool-disassociate",
    "metricsNamespace": "SmsPool",
    "logLevel": "INFO",
    "memorySize": 256,
    bounds.FUNCTION_TIMEOUT.context: int(bounds.FUNCTION_TIMEOUT.default),
    "reservedConcurrency": "none",
    "logRetentionDays": 30,
    bounds.CONNECT_TIMEOUT.context: bounds.CONNECT_TIMEOUT.default,
    bounds.READ_TIMEOUT.context: bounds.READ_TIMEOUT.default,
    bounds.MAX_ATTEMPTS.context: int(bounds.MAX_ATTEMPTS.default),
    "pythonRuntime": TESTED_RUNTIME,
    "powertoolsLayerArn": "",
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
_PARTITION: Final = r"aws(?:-cn|-us-gov)?"
# aws:PrincipalArn (the condition key of the resource policy's Deny) is the ARN of the IAM role or user
# behind a request, never an STS session ARN, an account root or another service's ARN.
_PRINCIPAL_ARN: Final = re.compile(rf"^arn:{_PARTITION}:iam::\d{{12}}:(role|user)/([\w+=,.@-]+/)*[\w+=,.@-]{{1,128}}$")
_ASSUMED_ROLE: Final = re.compile(rf"^arn:({_PARTITION}):sts::(\d{{12}}):assumed-role/([^/]+)/.+$")
_TOPIC_ARN: Final = re.compile(rf"^arn:{_PARTITION}:sns:[a-z0-9-]+:\d{{12}}:[A-Za-z0-9_-]{{1,256}}(\.fifo)?$")
_LAYER_ARN: Final = re.compile(rf"^arn:({_PARTITION}):lambda:[a-z0-9-]+:\d{{12}}:layer:[A-Za-z0-9_-]+:\d+$")
# Shared pools and identities: another account's (or region's) sms-voice resources, named exactly. RCS agents
# are not supported: the function requires IsoCountryCode and accepts phone-number and sender-id ARNs only.
_SMS_ARN: Final = re.compile(
    rf"^arn:{_PARTITION}:sms-voice:[a-z0-9-]+:\d{{12}}:"
    r"((pool|phone-number)/[A-Za-z0-9_-]+|sender-id/[A-Za-z0-9_-]+/[A-Z]{2})$"
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


class SettingsError(ValueError):
    """A context value is invalid; synthesis stops with one line naming the option and the fix."""


_PIN: Final = re.compile(r"^aws[-_]lambda[-_]powertools(?:\[[^\]]*\])?==([^\s;\\]+)", re.MULTILINE | re.IGNORECASE)


def powertools_version() -> str:
    """The aws-lambda-powertools version pinned in requirements/ (the layer must match it).

    Read from the lock files (``requirements/*.lock``), so the layer and the tests use the one pinned version.
    """
    locks = sorted((ROOT / "requirements").glob("*.lock"))
    pins = {str(match) for lock in locks for match in _PIN.findall(lock.read_text())}
    if len(pins) != 1:
        raise SettingsError(f"aws-lambda-powertools must be pinned once in requirements/*.lock, found {sorted(pins)}")
    return pins.pop()


def _list(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        text = raw.strip()
        try:
            raw = json.loads(text) if text.startswith("[") else [p.strip() for p in text.split(",") if p.strip()]
        except json.JSONDecodeError:
            raise SettingsError(
                f"{name}: {text!r} is not a JSON list; pass a JSON list or comma-separated values"
            ) from None
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


def _int(name: str, raw: Any, low: float, high: float) -> int:
    value = _number(name, raw, low, high)
    if value != int(value):
        raise SettingsError(f"{name} must be a whole number, got {raw!r}")
    return int(value)


def _bounded(bound: bounds.Bound, raw: Any) -> float:
    return _number(bound.context, raw, bound.low, bound.high)


def _reserved(raw: Any) -> int | None:
    """ "none" (or -1, or empty) leaves the function on the account's unreserved pool."""
    if str(raw).lower() in {"none", "-1", ""}:
        return None
    return _int("reservedConcurrency", raw, 1, 1000)


def principal_error(arn: str) -> str | None:
    """Why ``arn`` can never match aws:PrincipalArn (with what to pass instead), or None."""
    if _PRINCIPAL_ARN.match(arn):
        return None
    assumed = _ASSUMED_ROLE.match(arn)
    if assumed:
        partition, account, role = assumed.groups()
        return (
            f"{arn!r} is an STS session; aws:PrincipalArn is the role's ARN, "
            f"pass arn:{partition}:iam::{account}:role/{role} instead"
        )
    if arn.endswith(":root"):
        return f"{arn!r} names a whole account and would deny every caller in it; pass its role or user ARNs instead"
    return f"{arn!r} is not an IAM role or user ARN; pass arn:aws:iam::<account>:role/<name> (or :user/<name>)"


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
    python_runtime: str
    powertools_layer_arn: str
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
        timeout = bounds.FUNCTION_TIMEOUT
        settings = cls(
            service_name=str(ctx["serviceName"]),
            metrics_namespace=str(ctx["metricsNamespace"]),
            log_level=str(ctx["logLevel"]).upper(),
            memory_size=_int("memorySize", ctx["memorySize"], 128, 10240),
            timeout_seconds=_int(timeout.context, ctx[timeout.context], timeout.low, timeout.high),
            reserved_concurrency=_reserved(ctx["reservedConcurrency"]),
            log_retention_days=_int("logRetentionDays", ctx["logRetentionDays"], 1, 3653),
            connect_timeout=_bounded(bounds.CONNECT_TIMEOUT, ctx[bounds.CONNECT_TIMEOUT.context]),
            read_timeout=_bounded(bounds.READ_TIMEOUT, ctx[bounds.READ_TIMEOUT.context]),
            max_attempts=_int(
                bounds.MAX_ATTEMPTS.context,
                ctx[bounds.MAX_ATTEMPTS.context],
                bounds.MAX_ATTEMPTS.low,
                bounds.MAX_ATTEMPTS.high,
            ),
            python_runtime=str(ctx["pythonRuntime"]),
            powertools_layer_arn=str(ctx["powertoolsLayerArn"] or ""),
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

    def check(self) -> None:
        """Cross-field and format rules; the function's own config check would only catch some at cold start."""
        problems = [
            f"logLevel must be one of {sorted(_LOG_LEVELS)}, got {self.log_level!r}"
            if self.log_level not in _LOG_LEVELS
            else None,
            f"logRetentionDays must be one of {sorted(RETENTION_NAMES)}, got {self.log_retention_days}"
            if self.log_retention_days not in RETENTION_NAMES
            else None,
            f"pythonRuntime must be one of {', '.join(RUNTIMES)}, got {self.python_runtime!r}"
            if self.python_runtime not in RUNTIMES
            else None,
            f"connectTimeout/readTimeout/maxAttempts: {budget} (timeoutSeconds {self.timeout_seconds})"
            if (budget := self.retry_budget_error())
            else None,
            *(f"allowedPrincipals: {problem}" for problem in map(principal_error, self.allowed_principals) if problem),
            *(
                f"extraResourceArns: {arn!r} is not an exact sms-voice pool/<id>, phone-number/<id> or "
                "sender-id/<id>/<country> ARN (no wildcards; RCS agents are not supported)"
                for arn in self.extra_resource_arns
                if not _SMS_ARN.match(arn)
            ),
            *(
                f"allowedVpcEndpoints: {vpce!r} is not a VPC endpoint id; pass vpce-<8 to 17 hex digits>"
                for vpce in self.allowed_vpc_endpoints
                if not re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce)
            ),
            f"alarmTopicArn: {self.alarm_topic_arn!r} is not an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)"
            if self.alarm_topic_arn and not _TOPIC_ARN.match(self.alarm_topic_arn)
            else None,
            f"powertoolsLayerArn: {self.powertools_layer_arn!r} is not a layer version ARN "
            "(arn:<partition>:lambda:<region>:<account>:layer:<name>:<version>)"
            if self.powertools_layer_arn and not _LAYER_ARN.match(self.powertools_layer_arn)
            else None,
        ]
        first = next((problem for problem in problems if problem), None)
        if first:
            raise SettingsError(first)

    def retry_budget_error(self) -> str | None:
        """Why the AWS call with all its retries does not fit in the function timeout, or None."""
        return bounds.retry_budget_error(
            self.connect_timeout, self.read_timeout, self.max_attempts, self.timeout_seconds
        )

    def function_environment(self) -> dict[str, str]:
        """The environment the handler reads (see lambda_src/sms_pool/config.py and observability.py)."""
        return {
            "POWERTOOLS_SERVICE_NAME": self.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": self.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": self.log_level,
            "POWERTOOLS_TRACE_DISABLED": "false",
            bounds.CONNECT_TIMEOUT.env: f"{self.connect_timeout:g}",
            bounds.READ_TIMEOUT.env: f"{self.read_timeout:g}",
            bounds.MAX_ATTEMPTS.env: str(self.max_attempts),
        }
