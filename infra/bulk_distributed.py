"""The bulk workflow's branch for lists of any size: Prepare -> RemoveAll (Distributed Map over S3) -> Summarize.

Taken when the input names ``IdentitiesS3Uri`` (every HTTP job, and a state machine caller's own object). Prepare
(the bulk-jobs function) reads the list once, drops repeats, resolves numbers once per run and writes the items;
the Distributed Map reads them with an ``ItemReader`` and runs one EXPRESS child per item (cheaper than STANDARD
children for a call and a wait, and safe: each item's ClientToken comes from the parent execution's id, so a
child run twice, or a redrive, reaches AWS with the same token). The children are paced as the inline Map's
iterations are (:func:`infra.rate.map_pacing`: ``max_concurrency`` slots, each held ``wait_seconds`` after its
call), so the whole run stays at ``awsRequestsPerSecond``. ``ResultWriter`` puts the children's outputs in S3 and
Summarize turns them into one result per item and the counts. docs/scale.md has the limits and the arithmetic.
"""

from __future__ import annotations

from typing import Any, Final

from aws_cdk import Duration
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from constructs import Construct

from infra.bulk_bucket import RESULTS_PREFIX
from infra.rate import RETRY_BACKOFF_RATE, RETRY_MAX_ATTEMPTS, MapPacing
from infra.settings import Settings
from infra.workflow import LAMBDA_SERVICE_ERRORS, add_index_retry, retryable_errors
from sms_pool import errors
from sms_pool.constants import BulkOutcome

# As the inline Map's key (infra.bulk_workflow.ITEM_KEY), over the resolved id: the same per execution and item.
ITEM_KEY: Final = "States.Hash(States.Format('{}|{}', $$.Execution.Id, $$.Map.Item.Value.Id), 'SHA-256')"
_JOB_FIELDS: Final = {
    "PoolId.$": "$.PoolId",
    "IsoCountryCode.$": "$.IsoCountryCode",
    "IdentitiesS3Uri.$": "$.IdentitiesS3Uri",
    "Job.$": "$$.Execution.Name",
}
# Every child fails only if its own Express run fails (a Catch turns each call's failure into an outcome), and
# Summarize reports such an item as failed: the run goes on rather than stopping at the first.
TOLERATED_FAILURE_PERCENTAGE: Final = 100


def item_outcome_errors() -> dict[BulkOutcome, list[str]]:
    """The errorTypes each non-removed outcome catches, in Catch order (the last catches everything)."""
    return {
        "not_in_pool": [
            errors.AWS_REASONS[("ConflictException", "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL")].error_type,
            errors.BY_SOURCE[errors.Kind.PHONE_NUMBER_NOT_IN_POOL].error_type,
        ],
        "last_identity_refused": [errors.AWS_REASONS[("ConflictException", "LAST_PHONE_NUMBER")].error_type],
        "failed": [sfn.Errors.ALL],
    }


class SmsPoolBulkDistributed(Construct):
    """``start``: the branch's first state (PrepareItems); ``end``: its last (SummarizeRun), output as the inline
    branch's: ``{"PoolId", "Total", "Summary", ...}``."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        settings: Settings,
        target: lambda_.IFunction,
        steps: lambda_.IFunction,
        bucket: s3.IBucket,
        pacing: MapPacing,
    ) -> None:
        super().__init__(scope, construct_id)
        self._settings, self._pacing = settings, pacing
        prepare = self._invoke(
            "PrepareItems",
            steps,
            {"Step": "prepare", **_JOB_FIELDS},
            result_selector={"ItemsKey.$": "$.Payload.ItemsKey", "Duplicates.$": "$.Payload.Duplicates"},
            result_path="$.Prepared",
        )
        add_index_retry(prepare, settings)  # the number index is built across retries (INDEX_BUILDING)
        remove_all = sfn.DistributedMap(
            self,
            "RemoveAll",
            item_reader=sfn.S3JsonItemReader(bucket=bucket, key=sfn.JsonPath.string_at("$.Prepared.ItemsKey")),
            item_selector={
                "PoolId.$": "$.PoolId",
                "IsoCountryCode.$": "$.IsoCountryCode",
                "Index.$": "$$.Map.Item.Value.Index",
                "OriginationIdentity.$": "$$.Map.Item.Value.Id",
                "IdempotencyKey.$": ITEM_KEY,
            },
            max_concurrency=pacing.max_concurrency,
            map_execution_type=sfn.StateMachineType.EXPRESS,
            result_writer_v2=sfn.ResultWriterV2(bucket=bucket, prefix=RESULTS_PREFIX),
            tolerated_failure_percentage=TOLERATED_FAILURE_PERCENTAGE,
            result_path="$.MapRun",
            label="RemoveAll",
        )
        remove_all.item_processor(self._child(target))
        summarize = self._invoke(
            "SummarizeRun",
            steps,
            {
                "Step": "summarize",
                **_JOB_FIELDS,
                "Prepared.$": "$.Prepared",
                "ResultWriterDetails.$": "$.MapRun.ResultWriterDetails",
            },
            output_path="$.Payload",
        )
        self.start, self.end = prepare, summarize
        prepare.next(remove_all).next(summarize)

    def _invoke(
        self, name: str, function: lambda_.IFunction, payload: dict[str, Any], **kwargs: Any
    ) -> tasks.LambdaInvoke:
        """Invoke with the bulk workflow's retries (Lambda's service errors and the table's retryable rows)."""
        invoke = tasks.LambdaInvoke(
            self,
            name,
            lambda_function=function,
            payload=sfn.TaskInput.from_object(payload),
            retry_on_service_exceptions=False,  # replaced by the explicit, quota-sized retries below
            task_timeout=sfn.Timeout.duration(Duration.seconds(self._settings.timeout_seconds + 5)),
            **kwargs,
        )
        for names in (list(LAMBDA_SERVICE_ERRORS), retryable_errors()):
            invoke.add_retry(
                errors=names,
                interval=Duration.seconds(self._pacing.retry_interval_seconds),
                max_attempts=RETRY_MAX_ATTEMPTS,
                backoff_rate=RETRY_BACKOFF_RATE,
                max_delay=Duration.seconds(self._pacing.retry_max_delay_seconds),
                jitter_strategy=sfn.JitterType.FULL,
            )
        return invoke

    def _child(self, target: lambda_.IFunction) -> sfn.IChainable:
        """One item: remove it, record ``{"Index", "Outcome", "Code"}`` (no identity), hold the slot."""
        fields = ("PoolId", "IsoCountryCode", "OriginationIdentity", "IdempotencyKey")
        remove = self._invoke("RemoveItem", target, {f"{name}.$": f"$.{name}" for name in fields}, result_path="$.Aws")
        pace = sfn.Wait(self, "PaceItem", time=sfn.WaitTime.duration(Duration.seconds(self._pacing.wait_seconds)))

        def outcome(name: str, value: BulkOutcome, caught: bool) -> sfn.Pass:
            fields: dict[str, Any] = {"Index.$": "$.Index", "Outcome": value}
            if caught:
                fields["Code.$"] = "$.Error.Error"
            state = sfn.Pass(self, name, parameters=fields)
            state.next(pace)
            return state

        for value, names in item_outcome_errors().items():
            state_name = "Item" + "".join(part.title() for part in value.split("_"))
            remove.add_catch(outcome(state_name, value, True), errors=names, result_path="$.Error")
        return remove.next(outcome("ItemRemoved", "removed", False))
