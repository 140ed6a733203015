"""A small helper function of the stack, deployed as inline code, with its own log group and role.

The API Gateway account-role custom resource (``infra/account_logging.py``) and the audit forwarder
(``infra/audit_log.py``) are such functions: standard library and the runtime's boto3 only, at most
:data:`INLINE_LIMIT` characters, a role that may write to its own log group and whatever the caller adds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

from infra.settings import RETENTION_NAMES, Settings

# CloudFormation's ZipFile (inline code) property takes at most 4096 characters.
INLINE_LIMIT: Final = 4096


def inline_function(
    scope: Construct,
    ids: tuple[str, str, str],
    *,
    settings: Settings,
    runtime: lambda_.Runtime,
    source: Path,
    description: str,
    timeout: Duration,
    environment: dict[str, str] | None = None,
) -> tuple[lambda_.Function, iam.Role]:
    """The function (handler ``index.handler``) and its role; ``ids`` name its log group, role and function."""
    logs_id, role_id, function_id = ids
    log_group = logs.LogGroup(
        scope,
        logs_id,
        retention=getattr(logs.RetentionDays, RETENTION_NAMES[settings.log_retention_days]),
        removal_policy=RemovalPolicy.DESTROY,
    )
    role = iam.Role(scope, role_id, assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"), description=description)
    log_group.grant_write(role)
    function = lambda_.Function(
        scope,
        function_id,
        description=description,
        runtime=runtime,
        handler="index.handler",
        code=lambda_.Code.from_inline(source.read_text()),
        role=role,
        timeout=timeout,
        environment=environment,
        log_group=log_group,
    )
    return function, role
