"""The Lambda function: code asset, Powertools layer, least-privilege role, log group, optional SnapStart."""

from __future__ import annotations

from typing import Final

from aws_cdk import Annotations, Aws, Duration, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_ssm as ssm
from constructs import Construct

from infra.partitions import COMMERCIAL, Partition, partition_of, require_snap_start
from infra.settings import RETENTION_NAMES, ROOT, TESTED_RUNTIME, Settings, SettingsError, powertools_version
from sms_pool.constants import ALL_POOLS, ALLOWED_POOLS_ENV, ARN_RESOURCE_TYPES

HANDLER: Final = "sms_pool.handlers.handler"
ARCHITECTURE: Final = lambda_.Architecture.ARM_64
# Powertools' SSM public parameters, one per release, architecture and Python version; each holds the layer
# version ARN of that release in that region. Published in the commercial partition only.
POWERTOOLS_PARAMETER: Final = "/aws/service/powertools/python/{architecture}/{runtime}/{version}"
SMS_ACTION: Final = "sms-voice:DisassociateOriginationIdentity"
# Dry runs list the pool's members (resolvePhoneNumbers, on by default): "not the last" and sender IDs.
LIST_ACTION: Final = "sms-voice:ListPoolOriginationIdentities"
# The number index (sms_pool.index) and the dry run of a phone number describe phone numbers (resolvePhoneNumbers).
DESCRIBE_NUMBERS_ACTION: Final = "sms-voice:DescribePhoneNumbers"
# What the function accepts as PoolId / OriginationIdentity ARNs, in the order of sms_pool.constants.
SMS_RESOURCE_TYPES: Final = tuple(dict.fromkeys(kind for kinds in ARN_RESOURCE_TYPES.values() for kind in kinds))
# An allow-list (CDK glob ignore patterns, gitignore-like: "*" and ".*" (a dot file, which "*" does not match)
# exclude everything, each "!" lets one kind back in): the package's Python sources and typing stubs, nothing else,
# so a stray .env or editor file never ships.
ASSET_EXCLUDES: Final = [
    "*",
    ".*",
    "!sms_pool",
    "!sms_pool/*.py",
    "!sms_pool/_generated",
    "!sms_pool/_generated/*.py",
    "!sms_pool/_generated/*.pyi",
]


def lambda_log_levels(log_level: str) -> tuple[str, str]:
    """Lambda's (application, system) log levels for ``logLevel`` (JSON log format only).

    Application: DEBUG for DEBUG, else INFO, never stricter. Lambda assigns INFO to a line without a valid
    "level" ("Log-level filtering", Lambda developer guide), which is what the audit records and the EMF metric
    lines are: a WARN filter would drop them. The function applies a stricter logLevel itself
    (``sms_pool.observability.apply_stricter_level``). Without an application level Lambda's JSON format
    filters at INFO, so DEBUG never arrived. System (Lambda's own platform lines): DEBUG, INFO or WARN, the
    three it accepts.
    """
    application = "DEBUG" if log_level == "DEBUG" else "INFO"
    system = log_level if log_level in ("DEBUG", "INFO") else "WARN"
    return application, system


def lambda_runtime(name: str) -> lambda_.Runtime:
    """The CDK runtime for a checked ``pythonRuntime`` value (python3.13 -> Runtime.PYTHON_3_13)."""
    runtime: lambda_.Runtime = getattr(lambda_.Runtime, name.upper().replace("PYTHON", "PYTHON_").replace(".", "_"))
    return runtime


def powertools_parameter(runtime: str) -> str:
    """The SSM public parameter naming the Powertools layer of the pinned release for ``runtime`` on arm64."""
    return POWERTOOLS_PARAMETER.format(architecture=ARCHITECTURE.name, runtime=runtime, version=powertools_version())


def powertools_layer_arn(scope: Construct, settings: Settings, partition: Partition | None) -> str:
    """The explicit ``powertoolsLayerArn``, else a deploy-time SSM reference (commercial partition only)."""
    if settings.powertools_layer_arn:
        named = settings.powertools_layer_arn.split(":")[1]
        if partition is not None and named != partition.name:
            raise SettingsError(
                f"powertoolsLayerArn is in partition {named} but the stack deploys to {partition.name}; "
                f"pass the layer ARN published in {partition.name}"
            )
        return settings.powertools_layer_arn
    if partition is not None and partition.name != COMMERCIAL:
        region = Stack.of(scope).region
        raise SettingsError(
            f"powertoolsLayerArn is required in {partition.name} ({region}): Powertools publishes no SSM parameter "
            f"there; pass -c powertoolsLayerArn=arn:{partition.name}:lambda:{region}:<account>:layer:"
            f"AWSLambdaPowertoolsPythonV3-{settings.python_runtime.replace('.', '')}-arm64:<version> "
            "(see docs/infrastructure.md)"
        )
    return ssm.StringParameter.value_for_string_parameter(scope, powertools_parameter(settings.python_runtime))


def _own(kind: str, resource: str) -> str:
    return f"arn:{Aws.PARTITION}:sms-voice:{Aws.REGION}:{Aws.ACCOUNT_ID}:{kind}/{resource}"


def pool_arns(settings: Settings) -> list[str]:
    """The pools' IAM resources: each listed pool (an id becomes this account's and region's ARN), or ``pool/*``.

    Built from the pseudo parameters even when the stack's environment is known, so the reviewed cdk-nag
    acknowledgements (which name these exact resources) hold for environment-specific synths too.
    """
    pools = settings.pools()
    if pools is None:  # every own pool, and still the shared pools named in extraResourceArns
        return [_own("pool", "*"), *(arn for arn in settings.extra_resource_arns if ":pool/" in arn)]
    return [pool if pool.startswith("arn:") else _own("pool", pool) for pool in pools]


def pools_environment(settings: Settings) -> str:
    """The function's ALLOWED_POOLS_ENV: each own pool by id and by ARN, each shared pool by ARN, or ALL_POOLS."""
    pools = settings.pools()
    if pools is None:
        return ALL_POOLS
    ids = [pool for pool in pools if not pool.startswith("arn:")]
    return ",".join([*ids, *pool_arns(settings)])


def identity_arns(extra: tuple[str, ...]) -> list[str]:
    """Own-account, own-region phone numbers and sender IDs, plus the explicitly listed shared ones."""
    own = [_own(kind, "*") for kind in SMS_RESOURCE_TYPES if kind != "pool"]
    return own + [arn for arn in extra if ":pool/" not in arn]


def logged_role(scope: Construct, settings: Settings, description: str) -> tuple[logs.LogGroup, iam.Role]:
    """A function's log group and a role of its own that may write to it (instead of
    AWSLambdaBasicExecutionRole, which may write to any log group)."""
    log_group = logs.LogGroup(
        scope,
        "LogGroup",
        retention=getattr(logs.RetentionDays, RETENTION_NAMES[settings.log_retention_days]),
        removal_policy=RemovalPolicy.DESTROY,
    )
    role = iam.Role(scope, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"), description=description)
    log_group.grant_write(role)
    return log_group, role


class SmsPoolFunction(Construct):
    """The one function behind the API and the state machine.

    ``target`` is what callers invoke: the ``live`` alias when SnapStart is on (snapshots exist only for
    published versions), otherwise the function itself.
    """

    def __init__(self, scope: Construct, construct_id: str, *, settings: Settings) -> None:
        super().__init__(scope, construct_id)
        self.log_group, self.role = logged_role(
            self,
            settings,
            "sms-pool-disassociate: log group, X-Ray, DisassociateOriginationIdentity, pool listing only",
        )
        self.role.add_to_policy(
            iam.PolicyStatement(
                sid="DisassociateOriginationIdentity",
                actions=[SMS_ACTION],
                resources=pool_arns(settings) + identity_arns(settings.extra_resource_arns),
            )
        )
        if settings.resolve_phone_numbers:
            self._grant_reads(settings)
        partition = partition_of(self)
        self.runtime = lambda_runtime(settings.python_runtime)
        if settings.python_runtime != TESTED_RUNTIME:
            Annotations.of(self).add_warning_v2(
                "sms-pool:untestedRuntime",
                f"pythonRuntime {settings.python_runtime}: make test runs the function's tests on {TESTED_RUNTIME} "
                "and the default Python only",
            )
        self.layer = lambda_.LayerVersion.from_layer_version_arn(
            self, "Powertools", powertools_layer_arn(self, settings, partition)
        )
        features = partition or Partition(COMMERCIAL)
        if settings.enable_snap_start:
            require_snap_start(self)
        application_level, system_level = lambda_log_levels(settings.log_level)
        environment = {**settings.function_environment(), ALLOWED_POOLS_ENV: pools_environment(settings)}
        if not features.lambda_xray:
            environment["POWERTOOLS_TRACE_DISABLED"] = "true"
        # The bulk-jobs function (infra/bulk_api.py) runs with the same layer, runtime, log format and tracing.
        self.logging_format = lambda_.LoggingFormat.JSON if features.json_logs else lambda_.LoggingFormat.TEXT
        self.tracing = lambda_.Tracing.ACTIVE if features.lambda_xray else lambda_.Tracing.DISABLED
        self.environment = environment
        self.function = lambda_.Function(
            self,
            "Function",
            description="Removes an origination identity from an End User Messaging SMS pool",
            runtime=self.runtime,
            architecture=ARCHITECTURE,
            handler=HANDLER,
            code=lambda_.Code.from_asset(str(ROOT / "lambda_src"), exclude=ASSET_EXCLUDES),
            layers=[self.layer],
            role=self.role,
            memory_size=settings.memory_size,
            timeout=Duration.seconds(settings.timeout_seconds),
            reserved_concurrent_executions=settings.reserved_concurrency,
            environment=environment,
            log_group=self.log_group,
            # Powertools writes JSON lines either way; the JSON system-log format is not offered everywhere.
            logging_format=self.logging_format,
            # Log-level filtering exists only with the JSON format.
            application_log_level_v2=getattr(lambda_.ApplicationLogLevel, application_level)
            if features.json_logs
            else None,
            system_log_level_v2=getattr(lambda_.SystemLogLevel, system_level) if features.json_logs else None,
            tracing=self.tracing,
            snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS if settings.enable_snap_start else None,
        )
        self.target: lambda_.IFunction = self.function
        if settings.enable_snap_start:
            # current_version publishes a new version whenever code or configuration changes.
            self.alias = lambda_.Alias(self, "Live", alias_name="live", version=self.function.current_version)
            self.target = self.alias

    def _grant_reads(self, settings: Settings) -> None:
        """The read actions number resolution and dry runs need, each on the one resource type it names."""
        # The listing names a pool only (its PoolId), so only the pool resources the role may change.
        self.role.add_to_policy(
            iam.PolicyStatement(
                sid="ListPoolOriginationIdentities", actions=[LIST_ACTION], resources=pool_arns(settings)
            )
        )
        # The index lists the account's phone numbers by country and the dry run describes one by id: phone numbers.
        self.role.add_to_policy(
            iam.PolicyStatement(
                sid="DescribePhoneNumbers",
                actions=[DESCRIBE_NUMBERS_ACTION],
                resources=[arn for arn in identity_arns(settings.extra_resource_arns) if ":phone-number/" in arn],
            )
        )
