"""The audit record in the stack: a metric filter counting audit lines by outcome, and two dashboard widgets.

The function writes one JSON line with ``"type": "audit"`` per attempt (``sms_pool.audit``); CloudWatch Logs
metric filters and Logs Insights read JSON log events by field (``$.type``, ``$.outcome``), so no parsing is
set up here. :data:`AUDIT_QUERY` is the Logs Insights query docs/audit.md ships (a test keeps them equal).
"""

from __future__ import annotations

from typing import Final

from aws_cdk import Duration
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_logs as logs
from constructs import Construct

from infra.settings import Settings
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


class SmsPoolAuditLog(Construct):
    """Metric filters on the function's log group and the dashboard widgets that show the audit trail."""

    def __init__(self, scope: Construct, construct_id: str, *, settings: Settings, log_group: logs.ILogGroup) -> None:
        super().__init__(scope, construct_id)
        is_audit = logs.FilterPattern.string_value("$.type", "=", AUDIT_TYPE)
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
