"""Bulk offboarding: remove a list of identities from one pool, paced to AWS's quota, with a per-item report.

Input ``{"PoolId", "IsoCountryCode", "Identities": [id, ARN or E.164 number, ...]}``; output ``{"PoolId", "Total",
"Summary": {outcome: count}, "Results": [{"Index", "Outcome", ...}]}``: ``Index`` is the item's position in
``Identities`` (from 0), so a caller matches results to its input without the execution output repeating it (an
E.164 number would stay in the history 90 days); a removed item also names the identity id AWS answered. Before the
Map, one task (``ResolveNumbers``, the same function) maps every E.164 number to its id in one paced pass over the
account's number index, so N items on an account of P numbers cost about P / 100 + N calls, not N x P / 100
(docs/scale.md); if that step fails, each item resolves itself as before. The function validates each item: a
number not in the pool is ``not_in_pool`` and an invalid item becomes a ``failed`` item, not a failed execution.

An inline Map, not a Distributed Map: at AWS's default quota of 1 request/s the quota, not the Map, is the
bottleneck, and an inline Map needs no S3 bucket; its limits (256 KiB of state payload, 25,000 history
events) cap one execution at :data:`MAX_ITEMS`. docs/scale.md gives the arithmetic and when to switch.
Error names come from ``sms_pool.errors.TABLE`` through :mod:`infra.workflow`.
"""

from __future__ import annotations

from typing import Final

from aws_cdk import Aws, Duration
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from constructs import Construct

from infra.bulk_distributed import SmsPoolBulkDistributed
from infra.rate import RETRY_BACKOFF_RATE, RETRY_MAX_ATTEMPTS, MapPacing, bulk_worst_case_seconds, map_pacing
from infra.settings import Settings
from infra.workflow import LAMBDA_SERVICE_ERRORS, add_index_retry, logged_state_machine, retryable_errors
from sms_pool import errors
from sms_pool.constants import BULK_ITEMS_FIELD, BULK_MAX_ITEMS, BULK_MAX_JOB_ITEMS, BULK_OUTCOMES, BulkOutcome
from sms_pool.pacing import retry_after_seconds

# ~11 history events per item (+3 per retry) stays under the 25,000-event limit, and 1,000 results of
# ~150 bytes (an ARN, its outcome and code) plus the resolved ids under the 256 KiB payload limit (Step
# Functions quotas); larger lists: an S3 object (the Distributed Map branch), see docs/scale.md.
MAX_ITEMS: Final = BULK_MAX_ITEMS
# A standard execution runs at most one year (Step Functions quotas, "Maximum execution time").
MAX_EXECUTION_SECONDS: Final = 365 * 24 * 3600
# Where the resolution step puts the resolved list (same order as the input), read by each Map item by index.
RESOLVED_PATH: Final = "$.Resolved.ids"
Outcome = BulkOutcome
OUTCOMES: Final = BULK_OUTCOMES
# The errorTypes of the table's rows for what AWS answers (ConflictException's reasons) and for an E.164 number
# the function resolved within the pool and did not find there (not in the pool too).
NOT_IN_POOL_ERROR: Final = errors.AWS_REASONS[("ConflictException", "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL")].error_type
LAST_IDENTITY_ERROR: Final = errors.AWS_REASONS[("ConflictException", "LAST_PHONE_NUMBER")].error_type
NUMBER_NOT_IN_POOL_ERROR: Final = errors.BY_SOURCE[errors.Kind.PHONE_NUMBER_NOT_IN_POOL].error_type
TOO_LARGE_ERROR: Final = "BulkInputTooLarge"
# Written by ReportFailedItems at the end of every run (namespace metricsNamespace, dimension service): the
# count of items whose outcome is "failed", what infra/monitoring.py alarms on. A run whose items all failed
# still succeeds as an execution, so no Step Functions metric shows it.
FAILED_ITEMS_METRIC: Final = "BulkFailedItems"
# Per item and execution: a redrive of this execution sends the same key, so AWS (ClientToken, derived from
# it and the item's identifiers by the function) answers an already-applied item from its idempotency record
# instead of applying it again. "<execution ARN>#<index>" (at most ~240 of the 256 characters a key may have):
# the audit record reads the execution ARN and the item from it (sms_pool.audit.from_task).
ITEM_KEY: Final = "States.Format('{}#{}', $$.Execution.Id, $$.Map.Item.Index)"
# The members the function is sent (the item also carries its Index, which the task model does not take).
TASK_MEMBERS: Final = ("PoolId", "IsoCountryCode", "OriginationIdentity", "IdempotencyKey")


# The Retry blocks of each item's Disassociate task, each with its own attempt count.
RETRIED: Final = (list(LAMBDA_SERVICE_ERRORS), retryable_errors())


def _filter(outcome: Outcome) -> str:
    # Only the Outcome of each match (a few bytes), counted by Summarize: the results are not copied.
    return f"$[?(@.Outcome == '{outcome}')].Outcome"


class SmsPoolBulkWorkflow(Construct):
    """STANDARD state machine: ListInS3? -> the Distributed Map branch (infra.bulk_distributed) when the input
    names ``IdentitiesS3Uri``, else CountItems -> CheckSize -> RemoveEach (paced inline Map) -> Summarize; both then
    ReportFailedItems."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        settings: Settings,
        target: lambda_.IFunction,
        steps: lambda_.IFunction,
        bucket: s3.IBucket,
        name: str,
    ) -> None:
        super().__init__(scope, construct_id)
        self.pacing = map_pacing(settings.aws_requests_per_second)
        self.attempt_seconds = settings.timeout_seconds + 5  # the task timeout: the function's, plus its start
        count = sfn.Pass(
            self,
            "CountItems",
            parameters={
                "PoolId.$": "$.PoolId",
                "IsoCountryCode.$": "$.IsoCountryCode",
                "Identities.$": "$.Identities",
                "Total.$": "States.ArrayLength($.Identities)",
            },
        )
        too_large = sfn.Fail(
            self, "TooManyIdentities", error=TOO_LARGE_ERROR, cause=f"At most {MAX_ITEMS} identities per execution"
        )
        remove_each = sfn.Map(
            self,
            "RemoveEach",
            items_path="$.Identities",
            item_selector={
                "PoolId.$": "$.PoolId",
                "IsoCountryCode.$": "$.IsoCountryCode",
                "OriginationIdentity.$": f"States.ArrayGetItem({RESOLVED_PATH}, $$.Map.Item.Index)",
                "IdempotencyKey.$": ITEM_KEY,
                "Index.$": "$$.Map.Item.Index",
            },
            max_concurrency=self.pacing.max_concurrency,
            # Replaces the input list with the results, so the list is never held twice (256 KiB state limit).
            result_path="$.Identities",
            result_selector={"results.$": "$", **{f"{o}.$": _filter(o) for o in OUTCOMES}},
        )
        remove_each.item_processor(self._iteration(settings, target, self.pacing))
        summarize = sfn.Pass(
            self,
            "Summarize",
            parameters={
                "PoolId.$": "$.PoolId",
                "Total.$": "$.Total",
                "Summary": {f"{o}.$": f"States.ArrayLength($.Identities.{o})" for o in OUTCOMES},
                "Results.$": "$.Identities.results",
            },
        )
        resolve = self._resolution(settings, target)
        unresolved = sfn.Pass(  # the step failed: each item gets its identity as given and resolves it itself
            self, "EachItemResolvesItself", parameters={"ids.$": f"$.{BULK_ITEMS_FIELD}"}, result_path="$.Resolved"
        )
        resolve.add_catch(unresolved, errors=[sfn.Errors.ALL], result_path="$.Resolved")
        report = self._report_failed_items(settings)
        remove_each.next(summarize).next(report)
        resolve.next(remove_each)
        unresolved.next(remove_each)
        check = (
            sfn.Choice(self, "CheckSize")
            .when(sfn.Condition.number_greater_than("$.Total", MAX_ITEMS), too_large)
            .otherwise(resolve)
        )
        count.next(check)
        distributed = SmsPoolBulkDistributed(
            self, "Distributed", settings=settings, target=target, steps=steps, bucket=bucket, pacing=self.pacing
        )
        distributed.end.next(report)
        start = (
            sfn.Choice(self, "ListInS3")
            .when(sfn.Condition.is_present("$.IdentitiesS3Uri"), distributed.start)
            .otherwise(count)
        )
        # The worst case of the largest job, every item using every retry (infra.rate, docs/scale.md): a run is
        # never cut short by its own limit, and the limit still bounds it.
        largest = max(MAX_ITEMS, BULK_MAX_JOB_ITEMS)
        worst = bulk_worst_case_seconds(
            largest,
            self.pacing,
            self.attempt_seconds,
            len(RETRIED),
            retry_after_seconds(settings.aws_requests_per_second),
        )
        budget = min(worst, MAX_EXECUTION_SECONDS)
        self.log_group, self.state_machine = logged_state_machine(
            self, settings, "bulk", start, Duration.seconds(budget), name=name
        )
        # PutMetricData supports no resource-level permission; the namespace condition narrows it to this stack's.
        self.state_machine.add_to_role_policy(
            iam.PolicyStatement(
                sid="ReportFailedItems",
                actions=["cloudwatch:PutMetricData"],
                resources=["*"],
                conditions={"StringEquals": {"cloudwatch:namespace": settings.metrics_namespace}},
            )
        )

    def _report_failed_items(self, settings: Settings) -> sfn.IChainable:
        """PutMetricData of the run's failed-item count (an AWS SDK integration); its output is discarded, and a
        failure to write it never fails a run whose items are done (the error lands in ``MetricError``)."""
        report = sfn.CustomState(
            self,
            "ReportFailedItems",
            state_json={
                "Type": "Task",
                "Resource": f"arn:{Aws.PARTITION}:states:::aws-sdk:cloudwatch:putMetricData",
                "Parameters": {
                    "Namespace": settings.metrics_namespace,
                    "MetricData": [
                        {
                            "MetricName": FAILED_ITEMS_METRIC,
                            "Dimensions": [{"Name": "service", "Value": settings.service_name}],
                            "Unit": "Count",
                            "Value.$": "$.Summary.failed",
                        }
                    ],
                },
                "ResultPath": sfn.JsonPath.DISCARD,  # the output stays the summary
            },
        )
        report.add_retry(errors=[sfn.Errors.ALL], interval=Duration.seconds(2), max_attempts=3, backoff_rate=2)
        done = sfn.Succeed(self, "Done")
        report.add_catch(done, errors=[sfn.Errors.ALL], result_path="$.MetricError")
        return report.next(done)

    def _invoke(
        self,
        name: str,
        settings: Settings,
        target: lambda_.IFunction,
        payload: dict[str, str],
        *,
        result_selector: dict[str, str] | None = None,
        result_path: str = "$.Aws",
    ) -> tasks.LambdaInvoke:
        """Invoke the function with ``payload``, retrying what can pass later (the item retries, INDEX_BUILDING's)."""
        invoke = tasks.LambdaInvoke(
            self,
            name,
            lambda_function=target,
            payload=sfn.TaskInput.from_object(payload),
            result_selector=result_selector,
            result_path=result_path,
            retry_on_service_exceptions=False,  # replaced by the explicit, quota-sized retries below
            task_timeout=sfn.Timeout.duration(Duration.seconds(self.attempt_seconds)),
        )
        add_index_retry(invoke, settings)
        for names in RETRIED:
            invoke.add_retry(
                errors=names,
                interval=Duration.seconds(self.pacing.retry_interval_seconds),
                max_attempts=RETRY_MAX_ATTEMPTS,
                backoff_rate=RETRY_BACKOFF_RATE,
                max_delay=Duration.seconds(self.pacing.retry_max_delay_seconds),
                jitter_strategy=sfn.JitterType.FULL,
            )
        return invoke

    def _resolution(self, settings: Settings, target: lambda_.IFunction) -> tasks.LambdaInvoke:
        """One task for the whole list: the same function maps each E.164 number to its id (sms_pool.core)."""
        fields = ("PoolId", "IsoCountryCode", BULK_ITEMS_FIELD)
        # Keeps only the list, beside the input (which the Map still iterates, so results name what was given).
        return self._invoke(
            "ResolveNumbers",
            settings,
            target,
            {f"{name}.$": f"$.{name}" for name in fields},
            result_selector={"ids.$": f"$.Payload.{BULK_ITEMS_FIELD}"},
            result_path="$.Resolved",
        )

    def _iteration(self, settings: Settings, target: lambda_.IFunction, pacing: MapPacing) -> sfn.IChainable:
        """One item: invoke, retry what can pass later, record the outcome, hold the slot for the pacing wait."""
        invoke = self._invoke("Disassociate", settings, target, {f"{name}.$": f"$.{name}" for name in TASK_MEMBERS})
        pace = sfn.Wait(self, "Pace", time=sfn.WaitTime.duration(Duration.seconds(pacing.wait_seconds)))

        def outcome(name: str, outcome: Outcome, **extra: str) -> sfn.Pass:
            fields = {"Index.$": "$.Index", "Outcome": outcome, **extra}
            state = sfn.Pass(self, name, parameters=fields)
            state.next(pace)
            return state

        # The identity id AWS answered (masked as logs are, by the function): never the number a caller sent.
        removed = outcome("Removed", "removed", **{"OriginationIdentity.$": "$.Aws.Payload.OriginationIdentity"})
        invoke.add_catch(
            outcome("NotInPool", "not_in_pool", **{"Code.$": "$.Error.Error"}),
            errors=[NOT_IN_POOL_ERROR, NUMBER_NOT_IN_POOL_ERROR],
            result_path="$.Error",
        )
        invoke.add_catch(
            outcome("LastIdentityRefused", "last_identity_refused", **{"Code.$": "$.Error.Error"}),
            errors=[LAST_IDENTITY_ERROR],
            result_path="$.Error",
        )
        # Everything else (final errors, retries exhausted, a timeout) fails the item, never the whole list.
        invoke.add_catch(
            outcome("Failed", "failed", **{"Code.$": "$.Error.Error"}),
            errors=[sfn.Errors.ALL],
            result_path="$.Error",
        )
        return invoke.next(removed)
