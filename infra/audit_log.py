"""The audit record in the stack: its own log group, the metric filters counting it, and two dashboard widgets.

The function writes one JSON line with ``"type": "audit"`` per attempt (``sms_pool.audit``) to its log; a
subscription filter copies those lines (:mod:`infra.audit_forwarder`) into a dedicated log group kept
``auditRetentionDays`` (at least 365) and retained when the stack is deleted. CloudWatch Logs metric filters and
Logs Insights read JSON log events by field (``$.type``, ``$.outcome``), so no parsing is set up here.
:data:`AUDIT_QUERY` is the Logs Insights query docs/audit.md ships (a test keeps them equal).
"""

from __future__ import annotations

from typing import Final

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_logs_destinations as destinations
from constructs import Construct

from infra import audit_forwarder
from infra.inline_function import inline_function
from infra.settings import RETENTION_NAMES, ROOT, Settings
from sms_pool.constants import AUDIT_TYPE

METRIC_NAME: Final = "AuditRecords"
REMOVALS_METRIC: Final = "AuditedRemovals"
PERIOD: Final = Duration.minutes(5)
# Who removed which identity from which pool, newest first (real removals only; drop the dryRun filter to see
# previews, and the outcome filter to see rejections and failures too).
AUDIT_QUERY: Final = (
    "fields time, outcome, pool, identity, resolvedIdentity, userArn, caller, execution, requestId\n"
    f'| filter type = "{AUDIT_TYPE}" and outcome = "OK" and dryRun = 0\n'
    "| sort @timestamp desc\n"
    "| limit 100"
)


FORWARDER_SOURCE: Final = ROOT / "infra" / "audit_forwarder.py"


class SmsPoolAuditLog(Construct):
    """The audit log group, fed from the function's log group, its metric filters and dashboard widgets."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        settings: Settings,
        function_log_group: logs.ILogGroup,
        runtime: lambda_.Runtime,
    ) -> None:
        super().__init__(scope, construct_id)
        is_audit = logs.FilterPattern.string_value("$.type", "=", AUDIT_TYPE)
        # Retained: an audit trail outlives the stack that wrote it.
        self.log_group = log_group = logs.LogGroup(
            self,
            "Trail",
            retention=getattr(logs.RetentionDays, RETENTION_NAMES[settings.audit_retention_days]),
            removal_policy=RemovalPolicy.RETAIN,
        )
        self.forwarder, forwarder_role = inline_function(
            self,
            ("ForwarderLogs", "ForwarderRole", "Forwarder"),
            settings=settings,
            runtime=runtime,
            source=FORWARDER_SOURCE,
            description="Copies the function's audit lines into the audit log group",
            timeout=Duration.seconds(30),
            environment={audit_forwarder.GROUP_ENV: log_group.log_group_name},
        )
        log_group.grant_write(forwarder_role)
        logs.SubscriptionFilter(
            self,
            "ToTrail",
            log_group=function_log_group,
            destination=destinations.LambdaDestination(self.forwarder),
            filter_pattern=is_audit,
        )
        # Every attempt, by outcome (OK or the error table's code) and caller kind: a dimension per field value.
        logs.MetricFilter(
            self,
            "ByOutcome",
            log_group=log_group,
            filter_pattern=is_audit,
            metric_namespace=settings.metrics_namespace,
            metric_name=METRIC_NAME,
            metric_value="1",
            dimensions={"outcome": "$.outcome", "via": "$.via"},
        )
        removals = logs.MetricFilter(
            self,
            "Removals",
            log_group=log_group,
            filter_pattern=logs.FilterPattern.all(
                is_audit,
                logs.FilterPattern.string_value("$.outcome", "=", "OK"),
                logs.FilterPattern.boolean_value("$.dryRun", False),
            ),
            metric_namespace=settings.metrics_namespace,
            metric_name=REMOVALS_METRIC,
            metric_value="1",
        )
        self.widgets: list[cw.IWidget] = [
            cw.GraphWidget(
                title="Identities removed (audit records)",
                left=[removals.metric(period=PERIOD, statistic="Sum", label="removed")],
            ),
            cw.LogQueryWidget(
                title="Who removed what (audit records)",
                log_group_names=[log_group.log_group_name],
                query_string=AUDIT_QUERY,
                width=18,
            ),
        ]
