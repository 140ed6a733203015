"""The Lambda function: code asset, Powertools layer, least-privilege role, log group, optional SnapStart."""

from __future__ import annotations

from typing import Final

from aws_cdk import Aws, Duration, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

from infra.settings import RETENTION_NAMES, ROOT, Settings

HANDLER: Final = "sms_pool.handlers.handler"
# The newest runtime both aws-cdk-lib 2.275.0 and the Powertools v3 layer family offer (see docs).
RUNTIME: Final = lambda_.Runtime.PYTHON_3_14
ARCHITECTURE: Final = lambda_.Architecture.ARM_64
POWERTOOLS_ACCOUNT: Final = "017000801446"  # the AWS account that publishes the Powertools layers
SMS_ACTION: Final = "sms-voice:DisassociateOriginationIdentity"
SMS_RESOURCE_TYPES: Final = ("pool", "phone-number", "sender-id")
# Everything in lambda_src/ but byte-code and editor/test leftovers.
ASSET_EXCLUDES: Final = ["**/__pycache__", "**/*.pyc", "**/.pytest_cache", "**/.mypy_cache", "**/.DS_Store"]


def powertools_layer_arn(layer_version: int) -> str:
    """The AWS-managed Powertools v3 layer for this runtime and architecture, in the stack's partition/region."""
    python = RUNTIME.name.replace(".", "")  # python3.14 -> python314
    return (
        f"arn:{Aws.PARTITION}:lambda:{Aws.REGION}:{POWERTOOLS_ACCOUNT}:layer:"
        f"AWSLambdaPowertoolsPythonV3-{python}-{ARCHITECTURE.name}:{layer_version}"
    )


def sms_resource_arns(scope: Construct, extra: tuple[str, ...]) -> list[str]:
    """Own-account, own-region pool/phone-number/sender-id ARNs, plus the explicitly listed shared ones."""
    stack = Stack.of(scope)
    own = [stack.format_arn(service="sms-voice", resource=kind, resource_name="*") for kind in SMS_RESOURCE_TYPES]
    return own + list(extra)


class SmsPoolFunction(Construct):
    """The one function behind the API and the state machine.

    ``target`` is what callers invoke: the ``live`` alias when SnapStart is on (snapshots exist only for
    published versions), otherwise the function itself.
    """

    def __init__(self, scope: Construct, construct_id: str, *, settings: Settings) -> None:
        super().__init__(scope, construct_id)
        self.log_group = logs.LogGroup(
            self,
            "LogGroup",
            retention=getattr(logs.RetentionDays, RETENTION_NAMES[settings.log_retention_days]),
            removal_policy=RemovalPolicy.DESTROY,
        )
        # A role of our own instead of AWSLambdaBasicExecutionRole: write to this log group only.
        self.role = iam.Role(
            self,
            "Role",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            description="sms-pool-disassociate: its log group, X-Ray, and DisassociateOriginationIdentity only",
        )
        self.log_group.grant_write(self.role)
        self.role.add_to_policy(
            iam.PolicyStatement(
                sid="DisassociateOriginationIdentity",
                actions=[SMS_ACTION],
                resources=sms_resource_arns(self, settings.extra_resource_arns),
            )
        )
        self.layer = lambda_.LayerVersion.from_layer_version_arn(
            self, "Powertools", powertools_layer_arn(settings.powertools_layer_version)
        )
        self.function = lambda_.Function(
            self,
            "Function",
            description="Removes an origination identity from an End User Messaging SMS pool",
            runtime=RUNTIME,
            architecture=ARCHITECTURE,
            handler=HANDLER,
            code=lambda_.Code.from_asset(str(ROOT / "lambda_src"), exclude=ASSET_EXCLUDES),
            layers=[self.layer],
            role=self.role,
            memory_size=settings.memory_size,
            timeout=Duration.seconds(settings.timeout_seconds),
            reserved_concurrent_executions=settings.reserved_concurrency,
            environment=settings.function_environment(),
            log_group=self.log_group,
            logging_format=lambda_.LoggingFormat.JSON,
            tracing=lambda_.Tracing.ACTIVE,
            snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS if settings.enable_snap_start else None,
        )
        self.target: lambda_.IFunction = self.function
        if settings.enable_snap_start:
            # current_version publishes a new version whenever code or configuration changes.
            self.alias = lambda_.Alias(self, "Live", alias_name="live", version=self.function.current_version)
            self.target = self.alias
