"""Deployment settings read from CDK context (``cdk.json`` or ``-c key=value``), with checked defaults.

:class:`Settings` is a pydantic model (synth time only: the Lambda function never imports this module): one
field per context option, its alias the context key, its default and bounds declared once (the timeout and
attempt bounds come from ``sms_pool.bounds``, shared with the function's start-up check). Every option is
documented in ``docs/infrastructure.md``, whose table a test compares with :data:`DEFAULTS`. Values given with
``-c`` arrive as strings: lists take JSON or comma-separated text, numbers and booleans are parsed, and a bad
value fails synthesis with one line naming the option and the fix.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any, Final, Literal

from constructs import Node
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from infra.rate import MAX_STAGE_BURST, function_max_attempts, stage_burst
from sms_pool import bounds
from sms_pool.constants import RESOLVE_NUMBERS_ENV

ROOT: Final = Path(__file__).resolve().parent.parent

# The stack's name unless `-c stackName=...` names another (app.py); serviceName and metricsNamespace derive from it.
DEFAULT_STACK_NAME: Final = "SmsPoolDisassociate"
# The runtime `make test` runs the function's tests on (a second venv, see the Makefile's test-lambda-python, which
# reads its version from this line); the others Lambda offers are accepted with a synth warning.
TESTED_RUNTIME: Final = "python3.13"
Runtime = Literal["python3.11", "python3.12", "python3.13", "python3.14"]
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]

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
# A pool of allowedPools: its id (this account and region) or its ARN (any account: a shared pool), exactly.
_POOL_ID: Final = re.compile(r"^pool-[A-Za-z0-9_-]{1,128}$")
_POOL_ARN: Final = re.compile(rf"^arn:{_PARTITION}:sms-voice:[a-z0-9-]+:\d{{12}}:pool/[A-Za-z0-9_-]+$")
# The audit log group's shortest retention (issue 25: an audit trail kept at least a year).
MIN_AUDIT_RETENTION_DAYS: Final = 365
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

    Read from the lock files (``requirements/*.txt``), so the layer and the tests use the one pinned version.
    """
    locks = sorted((ROOT / "requirements").glob("*.txt"))
    pins = {str(match) for lock in locks for match in _PIN.findall(lock.read_text())}
    if len(pins) != 1:
        raise SettingsError(f"aws-lambda-powertools must be pinned once in requirements/*.txt, found {sorted(pins)}")
    return pins.pop()


def _as_list(raw: Any) -> Any:
    """A JSON list or comma-separated text (what ``-c key=a,b`` gives) as a list; other values unchanged."""
    if not isinstance(raw, str):
        return raw
    text = raw.strip()
    if not text.startswith("["):
        return [part.strip() for part in text.split(",") if part.strip()]
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise ValueError(f"{text!r} is not a JSON list; pass a JSON list or comma-separated values") from None


def _as_reserved(raw: Any) -> Any:
    """ "none" (or -1, or empty) leaves the function on the account's unreserved pool."""
    return None if raw is None or str(raw).lower() in {"none", "-1", ""} else raw


AUTO: Final = "auto"
# The default of the options derived from awsRequestsPerSecond: never reaches a field, the "before" validator
# replaces it (typed Any so the field keeps its real type); DEFAULTS and the docs show it as "auto".
_AUTO_DEFAULT: Any = AUTO


def _is_auto(raw: Any) -> bool:
    return raw is None or str(raw).strip().lower() in {AUTO, ""}


def service_name_for(stack_name: str) -> str:
    """The default serviceName of a stack: its name in kebab case (SmsPoolDisassociate -> sms-pool-disassociate)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", stack_name).replace("_", "-").lower()


def _bounded(bound: bounds.Bound, kind: type[int] | type[float]) -> Any:
    return Field(kind(bound.default), alias=bound.context, ge=bound.low, le=bound.high)


Texts = Annotated[tuple[str, ...], BeforeValidator(_as_list)]


def principal_error(arn: str) -> str | None:
    """Why ``arn`` can never match aws:PrincipalArn (with what to pass instead), or None."""
    if _PRINCIPAL_ARN.match(arn):
        return None
    assumed = _ASSUMED_ROLE.match(arn)
    if assumed:
        partition, account, role = assumed.groups()
        # The session ARN drops the role's path (role/service-role/x assumes as assumed-role/x/...), so the
        # role ARN cannot be rebuilt from it; say both forms and where to read the real one.
        return (
            f"{arn!r} is an STS session; aws:PrincipalArn is the role's ARN: pass arn:{partition}:iam::{account}:"
            f"role/{role} if the role has no path, else arn:{partition}:iam::{account}:role/<path>/{role} (the "
            f"session ARN does not show the path; `aws iam get-role --role-name {role} --query Role.Arn` prints it)"
        )
    if arn.endswith(":root"):
        return f"{arn!r} names a whole account and would deny every caller in it; pass its role or user ARNs instead"
    return f"{arn!r} is not an IAM role or user ARN; pass arn:aws:iam::<account>:role/<name> (or :user/<name>)"


def _each(values: tuple[str, ...], problem: Any) -> tuple[str, ...]:
    for value in values:
        found = problem(value)
        if found:
            raise ValueError(found)
    return values


class Settings(BaseModel):
    """The parsed, checked deployment options (attribute names are the context keys in snake_case)."""

    model_config = ConfigDict(frozen=True, extra="ignore", validate_default=False)

    # "auto" (the default): derived from the stack's name, so two stacks in one account and region keep their
    # metrics, alarms and audit metric filters apart (_derive_from_stack).
    service_name: str = Field(_AUTO_DEFAULT, alias="serviceName", min_length=1)
    metrics_namespace: str = Field(_AUTO_DEFAULT, alias="metricsNamespace", min_length=1)
    log_level: Annotated[LogLevel, BeforeValidator(lambda raw: str(raw).upper())] = Field("INFO", alias="logLevel")
    memory_size: int = Field(256, alias="memorySize", ge=128, le=10240)
    timeout_seconds: int = _bounded(bounds.FUNCTION_TIMEOUT, int)
    reserved_concurrency: Annotated[int | None, BeforeValidator(_as_reserved)] = Field(
        None, alias="reservedConcurrency", ge=1, le=1000
    )
    log_retention_days: int = Field(30, alias="logRetentionDays")
    connect_timeout: float = _bounded(bounds.CONNECT_TIMEOUT, float)
    read_timeout: float = _bounded(bounds.READ_TIMEOUT, float)
    # "auto" (the default): 1 while the stage is shaped to the quota, else 3 (infra.rate.function_max_attempts).
    max_attempts: int = Field(
        _AUTO_DEFAULT, alias="maxAttempts", ge=bounds.MAX_ATTEMPTS.low, le=bounds.MAX_ATTEMPTS.high
    )
    python_runtime: Runtime = Field(TESTED_RUNTIME, alias="pythonRuntime")
    powertools_layer_arn: str = Field("", alias="powertoolsLayerArn")
    stage_name: str = Field("v1", alias="stageName", pattern=r"^[A-Za-z0-9_-]{1,128}$")
    # AWS's default DisassociateOriginationIdentity quota, requests/s per account and region (docs/scale.md).
    aws_requests_per_second: float = _bounded(bounds.AWS_REQUESTS_PER_SECOND, float)
    # "auto" (the default): the stage rate is the quota, the burst one second of it (infra.rate).
    throttle_rate_limit: float = Field(_AUTO_DEFAULT, alias="throttleRateLimit", ge=0.1, le=10_000)
    throttle_burst_limit: int = Field(_AUTO_DEFAULT, alias="throttleBurstLimit", ge=1, le=MAX_STAGE_BURST)
    allowed_principals: Texts = Field((), alias="allowedPrincipals")
    allowed_vpc_endpoints: Texts = Field((), alias="allowedVpcEndpoints")
    extra_resource_arns: Texts = Field((), alias="extraResourceArns")
    # Fail closed (docs/infrastructure.md, "Entry points"): a synth names the pools the function may change, or opts
    # in to every pool; and names the API's callers (allowedPrincipals/allowedVpcEndpoints), or opts in to the account.
    allowed_pools: Texts = Field((), alias="allowedPools")
    allow_all_pools: bool = Field(False, alias="allowAllPools")
    allow_account_callers: bool = Field(False, alias="allowAccountCallers")
    audit_retention_days: int = Field(MIN_AUDIT_RETENTION_DAYS, alias="auditRetentionDays")
    resolve_phone_numbers: bool = Field(True, alias="resolvePhoneNumbers")
    enable_state_machine: bool = Field(True, alias="enableStateMachine")
    enable_bulk_workflow: bool = Field(True, alias="enableBulkWorkflow")
    # An existing bucket for bulk jobs (infra/bulk_bucket.py); empty: the stack creates one.
    bulk_bucket_name: str = Field("", alias="bulkBucketName", pattern=r"^(|[a-z0-9][a-z0-9.-]{1,61}[a-z0-9])$")
    enable_snap_start: bool = Field(False, alias="enableSnapStart")
    alarm_topic_arn: str = Field("", alias="alarmTopicArn")

    @classmethod
    def from_context(cls, node: Node, stack_name: str = DEFAULT_STACK_NAME) -> Settings:
        """Read every option from ``node``'s context, falling back to the defaults (the ``auto`` names derived
        from ``stack_name``); one line per mistake."""
        given = {key: node.try_get_context(key) for key in DEFAULTS}
        try:
            return cls.model_validate(
                {key: value for key, value in given.items() if value is not None}, context={"stack_name": stack_name}
            )
        except ValidationError as exc:
            error = exc.errors()[0]
            message = str(error["msg"]).removeprefix("Value error, ")
            if not error["loc"]:  # a cross-field rule: its message names the options
                raise SettingsError(message) from None
            shown = "" if message.startswith("'") else f" (got {error.get('input')!r})"
            raise SettingsError(f"{error['loc'][0]}: {message}{shown}") from None

    @model_validator(mode="before")
    @classmethod
    def _derive_from_stack(cls, data: Any, info: ValidationInfo) -> Any:
        """Fill the ``auto`` serviceName (the stack name in kebab case) and metricsNamespace (the stack name)."""
        if not isinstance(data, dict):
            return data
        stack_name = str((info.context or {}).get("stack_name") or DEFAULT_STACK_NAME)
        derived = {"serviceName": service_name_for(stack_name), "metricsNamespace": stack_name}
        return {**data, **{key: value for key, value in derived.items() if _is_auto(data.get(key))}}

    @model_validator(mode="before")
    @classmethod
    def _derive_from_quota(cls, data: Any) -> Any:
        """Fill the ``auto`` options (absent, empty or "auto") from awsRequestsPerSecond (infra.rate); a value
        that is no number is left for its field's check to name."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        try:
            quota = float(data.get("awsRequestsPerSecond", 1))
            if _is_auto(data.get("throttleRateLimit")):
                data["throttleRateLimit"] = quota
            rate = float(data["throttleRateLimit"])
        except (TypeError, ValueError):
            return data
        if _is_auto(data.get("throttleBurstLimit")):
            data["throttleBurstLimit"] = stage_burst(rate)
        if _is_auto(data.get("maxAttempts")):
            data["maxAttempts"] = function_max_attempts(rate, quota)
        return data

    @field_validator("log_retention_days")
    @classmethod
    def _retention(cls, days: int) -> int:
        if days not in RETENTION_NAMES:
            raise ValueError(f"must be one of {sorted(RETENTION_NAMES)}")
        return days

    @field_validator("audit_retention_days")
    @classmethod
    def _audit_retention(cls, days: int) -> int:
        kept = [day for day in RETENTION_NAMES if day >= MIN_AUDIT_RETENTION_DAYS]
        if days not in kept:
            raise ValueError(f"must be one of {kept} (the audit trail is kept at least a year)")
        return days

    @field_validator("allowed_pools")
    @classmethod
    def _pools(cls, pools: tuple[str, ...]) -> tuple[str, ...]:
        return _each(
            pools,
            lambda pool: (
                None
                if _POOL_ID.match(pool) or _POOL_ARN.match(pool)
                else f"{pool!r} is not a pool id (pool-...) or ARN (arn:aws:sms-voice:<region>:<account>:pool/<id>)"
            ),
        )

    @field_validator("allowed_principals")
    @classmethod
    def _principals(cls, arns: tuple[str, ...]) -> tuple[str, ...]:
        return _each(arns, principal_error)

    @field_validator("extra_resource_arns")
    @classmethod
    def _sms_arns(cls, arns: tuple[str, ...]) -> tuple[str, ...]:
        return _each(
            arns,
            lambda arn: (
                None
                if _SMS_ARN.match(arn)
                else f"{arn!r} is not an exact sms-voice pool/<id>, phone-number/<id> or sender-id/<id>/<country> ARN "
                "(no wildcards; RCS agents are not supported)"
            ),
        )

    @field_validator("allowed_vpc_endpoints")
    @classmethod
    def _endpoints(cls, ids: tuple[str, ...]) -> tuple[str, ...]:
        return _each(
            ids,
            lambda vpce: (
                None
                if re.fullmatch(r"vpce-[0-9a-f]{8,17}", vpce)
                else f"{vpce!r} is not a VPC endpoint id; pass vpce-<8 to 17 hex digits>"
            ),
        )

    @field_validator("alarm_topic_arn")
    @classmethod
    def _topic(cls, arn: str) -> str:
        if arn and not _TOPIC_ARN.match(arn):
            raise ValueError(f"{arn!r} is not an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)")
        return arn

    @field_validator("powertools_layer_arn")
    @classmethod
    def _layer(cls, arn: str) -> str:
        if arn and not _LAYER_ARN.match(arn):
            raise ValueError(
                f"{arn!r} is not a layer version ARN (arn:<partition>:lambda:<region>:<account>:layer:<name>:<version>)"
            )
        return arn

    @model_validator(mode="after")
    def _fail_closed(self) -> Settings:
        if bool(self.allowed_pools) == self.allow_all_pools:
            raise ValueError(
                "allowedPools: name the pools this deployment may change (-c allowedPools=pool-id,...) "
                "or allow every pool of the account and region with -c allowAllPools=true, not both"
                if self.allow_all_pools
                else "allowedPools is required: -c allowedPools=<pool id or ARN>[,...] names the pools this deployment "
                "may change (or -c allowAllPools=true allows every pool of the account and region)"
            )
        limited = bool(self.allowed_principals or self.allowed_vpc_endpoints)
        if limited == self.allow_account_callers:
            raise ValueError(
                "allowAccountCallers=true opens the API to the whole account: drop it when allowedPrincipals or "
                "allowedVpcEndpoints names the callers"
                if limited
                else "allowedPrincipals or allowedVpcEndpoints is required: -c allowedPrincipals="
                "arn:aws:iam::<account>:role/<caller> names who may call the API (or -c allowAccountCallers=true "
                "lets every principal of the account with execute-api:Invoke call it)"
            )
        return self

    def pools(self) -> tuple[str, ...] | None:
        """The pools the function may change (allowedPools and extraResourceArns' pool ARNs); None: every pool."""
        if self.allow_all_pools:
            return None
        shared = tuple(arn for arn in self.extra_resource_arns if ":pool/" in arn)
        return tuple(dict.fromkeys(self.allowed_pools + shared))

    @model_validator(mode="after")
    def _retry_budget(self) -> Settings:
        problem = self.retry_budget_error()
        if problem:
            raise ValueError(
                f"connectTimeout/readTimeout/maxAttempts: {problem} (timeoutSeconds {self.timeout_seconds})"
            )
        return self

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
            RESOLVE_NUMBERS_ENV: str(self.resolve_phone_numbers).lower(),
            bounds.AWS_REQUESTS_PER_SECOND.env: f"{self.aws_requests_per_second:g}",
        }


# Every context key and its default, in declaration order (the docs table is checked against it in tests).
DEFAULTS: Final[dict[str, Any]] = {
    str(field.alias): list(field.default) if isinstance(field.default, tuple) else field.default
    for field in Settings.model_fields.values()
}

# Read by app.py before the settings (it names the stack): the one context key that is not a Settings field.
STACK_NAME_KEY: Final = "stackName"
# The CDK CLI's own plain keys (`cdk acknowledge`, `cdk cli-telemetry`). Its other keys are namespaced and pass as
# a class: feature flags ("@aws-cdk/..."), the CLI's settings ("aws:cdk:..."), lookup caches ("vpc-provider:...").
CDK_CLI_KEYS: Final = frozenset({"acknowledged-issue-numbers", "cli-telemetry"})


def known_context_keys() -> tuple[str, ...]:
    """Every context key this app reads: the Settings fields' aliases (so a new field needs no edit here)."""
    return (*DEFAULTS, STACK_NAME_KEY)


def unknown_context_error(keys: Iterable[str]) -> str | None:
    """The first context key that is neither the app's nor the CDK's, with the closest known key; or None.

    A mistyped key (``allowedPrincipal``) would otherwise be ignored and its setting left at the default, which
    for the access limits means no limit at all.
    """
    known = known_context_keys()
    for key in sorted(keys):
        if key in known or key in CDK_CLI_KEYS or key.startswith("@") or ":" in key:
            continue
        closest = difflib.get_close_matches(key, known, n=1, cutoff=0.0)
        return (
            f"unknown context key {key!r}: did you mean {closest[0]!r}? "
            "(every option is listed in docs/infrastructure.md)"
        )
    return None


def check_context_keys(keys: Iterable[str]) -> None:
    """Raise :class:`SettingsError` for a context key that nothing reads (see :func:`unknown_context_error`)."""
    problem = unknown_context_error(keys)
    if problem:
        raise SettingsError(problem)
