"""Alarms and one dashboard for the function, the API and (when present) the two state machines.

Alarms are for what needs a human, not for business outcomes: the example workflow's rejections (not in the
pool, a pool's last number) are its expected results, so ``ExecutionsFailed`` of that machine raises nothing.
Step Functions metrics (AWS/States, dimension StateMachineArn: ExecutionsTimedOut, ExecutionThrottled,
ExecutionsFailed) are per state machine ("Monitoring Step Functions metrics", Step Functions developer guide).
"""

from __future__ import annotations

from collections.abc import Callable

from aws_cdk import Duration, Stack
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_cloudwatch_actions as cw_actions
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct

from infra.bulk_workflow import FAILED_ITEMS_METRIC
from infra.settings import Settings
from sms_pool import errors as error_table

PERIOD = Duration.minutes(5)
# p99 above this share of the timeout means the AWS call is close to being cut off.
DURATION_ALARM_SHARE = 0.8
API_5XX_RATE = 0.01
API_4XX_RATE = 0.2


def failure_metric_names() -> list[str]:
    """The outcome metrics (the table's codes) the failure alarm sums: every 5xx row."""
    return [row.code for row in error_table.TABLE if row.status >= 500]


class SmsPoolMonitoring(Construct):
    """CloudWatch alarms (optionally notifying an SNS topic) and a dashboard."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        settings: Settings,
        function: lambda_.Function,
        api: apigw.RestApi,
        state_machine: sfn.StateMachine | None,
        bulk_state_machine: sfn.StateMachine | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        self.alarms: list[cw.Alarm] = []
        timeout_ms = settings.timeout_seconds * 1000

        def alarm(name: str, metric: cw.IMetric, threshold: float, description: str) -> cw.Alarm:
            created = cw.Alarm(
                self,
                name,
                metric=metric,
                threshold=threshold,
                evaluation_periods=1,
                comparison_operator=cw.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                treat_missing_data=cw.TreatMissingData.NOT_BREACHING,
                alarm_description=description,
            )
            self.alarms.append(created)
            return created

        errors = function.metric_errors(period=PERIOD, statistic="Sum")
        throttles = function.metric_throttles(period=PERIOD, statistic="Sum")
        duration = function.metric_duration(period=PERIOD, statistic="p99")
        api_5xx = api.metric_server_error(period=PERIOD, statistic="Average")  # Average of 0/1 = rate
        api_4xx = api.metric_client_error(period=PERIOD, statistic="Average")
        api_count = api.metric_count(period=PERIOD, statistic="Sum")
        api_latency = api.metric_latency(period=PERIOD, statistic="p99")

        # Lambda's Errors also counts every Step Functions rejection (a 404 or 409 raised as an error type);
        # the alarm watches the service's own 5xx outcomes (EMF metrics named by the error table) instead.
        failures = cw.MathExpression(
            expression="SUM(METRICS())",
            label="5xx outcomes",
            period=PERIOD,
            using_metrics={
                f"m{index}": cw.Metric(
                    namespace=settings.metrics_namespace,
                    metric_name=code,
                    dimensions_map={"service": settings.service_name},
                    statistic="Sum",
                    period=PERIOD,
                )
                for index, code in enumerate(failure_metric_names())
            },
        )
        alarm(
            "FunctionFailures",
            failures,
            1,
            "The function answered 5xx (AWS unreachable, timing out or failing, or an unexpected error)",
        )
        alarm("FunctionThrottles", throttles, 1, "Invocations were throttled (reserved concurrency reached)")
        alarm(
            "FunctionDurationP99",
            duration,
            timeout_ms * DURATION_ALARM_SHARE,
            f"p99 duration is above {DURATION_ALARM_SHARE:.0%} of the {settings.timeout_seconds}s timeout",
        )
        alarm("Api5xxRate", api_5xx, API_5XX_RATE, f"More than {API_5XX_RATE:.0%} of API requests answered 5xx")
        alarm(
            "Api4xxRate",
            api_4xx,
            API_4XX_RATE,
            f"More than {API_4XX_RATE:.0%} of API requests answered 4xx (callers misconfigured or denied)",
        )
        widgets: list[cw.IWidget] = [
            cw.GraphWidget(
                title="Function invocations and errors",
                left=[function.metric_invocations(period=PERIOD, statistic="Sum"), errors, throttles, failures],
            ),
            cw.GraphWidget(
                title="Function duration p99 (ms)",
                left=[duration],
                left_annotations=[cw.HorizontalAnnotation(value=timeout_ms, label="timeout")],
            ),
            cw.GraphWidget(title="API requests", left=[api_count]),
            cw.GraphWidget(title="API error rates", left=[api_5xx, api_4xx]),
            cw.GraphWidget(title="API latency p99 (ms)", left=[api_latency]),
        ]
        if state_machine is not None:
            widgets.append(self._workflow_alarms(alarm, "Workflow", "Example state machine", state_machine))
        if bulk_state_machine is not None:
            widgets.append(self._workflow_alarms(alarm, "Bulk", "Bulk offboarding", bulk_state_machine))
            runs_failed = bulk_state_machine.metric_failed(period=PERIOD, statistic="Sum")
            alarm("BulkRunsFailed", runs_failed, 1, "A bulk run failed as a whole (too many identities or bad input)")
            failed_items = cw.Metric(
                namespace=settings.metrics_namespace,
                metric_name=FAILED_ITEMS_METRIC,
                dimensions_map={"service": settings.service_name},
                statistic="Sum",
                period=PERIOD,
            )
            alarm("BulkFailedItems", failed_items, 1, "A bulk run ended with items that failed (see its Results)")
            widgets.append(cw.GraphWidget(title="Bulk runs failed / failed items", left=[runs_failed, failed_items]))
        widgets.append(cw.AlarmStatusWidget(title="Alarms", alarms=list(self.alarms)))

        if settings.alarm_topic_arn:
            topic = sns.Topic.from_topic_arn(self, "AlarmTopic", settings.alarm_topic_arn)
            for created in self.alarms:
                created.add_alarm_action(cw_actions.SnsAction(topic))
                created.add_ok_action(cw_actions.SnsAction(topic))

        self.dashboard = cw.Dashboard(
            self, "Dashboard", dashboard_name=Stack.of(self).stack_name, default_interval=Duration.hours(3)
        )
        for index in range(0, len(widgets), 3):
            self.dashboard.add_widgets(*widgets[index : index + 3])

    @staticmethod
    def _workflow_alarms(
        alarm: Callable[[str, cw.IMetric, float, str], cw.Alarm], prefix: str, title: str, machine: sfn.StateMachine
    ) -> cw.IWidget:
        """Timed-out and throttled executions of ``machine`` alarm; a graph of its executions by outcome."""
        timed_out = machine.metric_timed_out(period=PERIOD, statistic="Sum")
        throttled = machine.metric_throttled(period=PERIOD, statistic="Sum")
        alarm(f"{prefix}TimedOut", timed_out, 1, f"{title}: an execution reached its TimeoutSeconds")
        alarm(f"{prefix}Throttled", throttled, 1, f"{title}: Step Functions throttled state transitions")
        succeeded = machine.metric_succeeded(period=PERIOD, statistic="Sum")
        failed = machine.metric_failed(period=PERIOD, statistic="Sum")
        return cw.GraphWidget(title=f"{title} executions", left=[succeeded, failed, timed_out, throttled])
