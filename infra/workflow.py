"""Example state machine: invoke the function with Retry/Catch taken from the error table.

The error names come from ``sms_pool.errors.TABLE`` (``error_type`` is the exception class name the
direct-invoke handler raises, which Step Functions reports as ``Error``), so the workflow and the
handler cannot drift apart.
"""

from __future__ import annotations

from typing import Any, Final, cast

from aws_cdk import Duration, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from constructs import Construct

from infra.rate import INDEX_RETRY_MAX_ATTEMPTS
from infra.settings import RETENTION_NAMES, Settings
from sms_pool import errors
from sms_pool.pacing import retry_after_seconds

# Transient failures of the Lambda service itself (not of our code): always worth retrying. The first four are
# the ones AWS lists ("Handle Lambda service exceptions", Step Functions best practices; also the CDK's
# retry_on_service_exceptions default); TooManyRequestsException is Lambda's concurrency limit.
LAMBDA_SERVICE_ERRORS: Final = (
    "Lambda.ClientExecutionTimeoutException",
    "Lambda.ServiceException",
    "Lambda.AWSLambdaException",
    "Lambda.SdkClientException",
    "Lambda.TooManyRequestsException",
)


# Retried by a retrier of its own (add_index_retry): at the pace of the build it continues, not with backoff.
INDEX_BUILDING_ERROR: Final = errors.IndexBuildingError.row.error_type


def retryable_errors() -> list[str]:
    """errorType names the handler raises for failures a retry can fix (but INDEX_BUILDING, retried apart)."""
    return [row.error_type for row in errors.TABLE if row.retryable and row.error_type != INDEX_BUILDING_ERROR]


def add_index_retry(task: tasks.LambdaInvoke, settings: Settings) -> None:
    """Retry INDEX_BUILDING at the answer's Retry-After (the pace of one page), each retry continuing the build."""
    task.add_retry(
        errors=[INDEX_BUILDING_ERROR],
        interval=Duration.seconds(retry_after_seconds(settings.aws_requests_per_second)),
        max_attempts=INDEX_RETRY_MAX_ATTEMPTS,
        backoff_rate=1,
    )


def final_errors() -> list[str]:
    """errorType names a Step Functions caller can see that no retry will fix."""
    return [row.error_type for row in errors.TABLE if not row.retryable and not row.http_only]


def logged_state_machine(
    scope: Construct,
    settings: Settings,
    suffix: str,
    definition: sfn.IChainable,
    timeout: Duration,
    *,
    name: str | None = None,
) -> tuple[logs.LogGroup, sfn.StateMachine]:
    """A standard, traced state machine logging every event (without execution data) to its own log group;
    ``name`` fixes its name (so its ARN is known before it exists), else CloudFormation names it."""
    log_group = logs.LogGroup(
        scope,
        "Logs",
        # The /aws/vendedlogs/ prefix keeps CloudWatch Logs resource policies small; the stack name keeps
        # two stacks in one account and region apart.
        log_group_name=f"/aws/vendedlogs/states/{Stack.of(scope).stack_name}-{suffix}",
        retention=getattr(logs.RetentionDays, RETENTION_NAMES[settings.log_retention_days]),
        removal_policy=RemovalPolicy.DESTROY,
    )
    state_machine = sfn.StateMachine(
        scope,
        "StateMachine",
        definition_body=sfn.DefinitionBody.from_chainable(definition),
        state_machine_name=name,
        state_machine_type=sfn.StateMachineType.STANDARD,
        tracing_enabled=True,
        logs=sfn.LogOptions(destination=log_group, level=sfn.LogLevel.ALL, include_execution_data=False),
        timeout=timeout,
    )
    invoke_exactly_the_target(state_machine)
    return log_group, state_machine


def _is_version_wildcard(resource: Any) -> bool:
    # {"Fn::Join": ["", [{"Fn::GetAtt": [<function>, "Arn"]}, ":*"]]}: every version and alias of the function.
    parts = resource.get("Fn::Join", ["", []])[1] if isinstance(resource, dict) else []
    return bool(parts) and parts[-1] == ":*"


def invoke_exactly_the_target(state_machine: sfn.StateMachine) -> None:
    """Keep ``lambda:InvokeFunction`` on the task's target only, without the ``<Function.Arn>:*`` LambdaInvoke adds.

    LambdaInvoke grants a function's ARN and ``<ARN>:*`` (every version and alias). The tasks invoke the function
    itself, or with SnapStart its ``live`` alias (for which the CDK grants the alias's ARN alone), so no version
    wildcard is needed. The role's policy is complete once the state machine is built (its states' and its logging
    and tracing statements); its resolved document, without the wildcard, replaces it.
    """
    policy = cast(iam.Policy, state_machine.role.node.find_child("DefaultPolicy"))
    cfn = cast(iam.CfnPolicy, policy.node.default_child)
    document = Stack.of(state_machine).resolve(cfn.policy_document)
    for statement in document["Statement"]:
        if statement["Action"] == "lambda:InvokeFunction" and isinstance(statement["Resource"], list):
            kept = [resource for resource in statement["Resource"] if not _is_version_wildcard(resource)]
            statement["Resource"] = kept[0] if len(kept) == 1 else kept
    cfn.policy_document = document


class SmsPoolWorkflow(Construct):
    """STANDARD state machine: AddIdempotencyKey -> Disassociate -> Done | Rejected."""

    def __init__(self, scope: Construct, construct_id: str, *, settings: Settings, target: lambda_.IFunction) -> None:
        super().__init__(scope, construct_id)
        # Payload = state input + IdempotencyKey from the execution id, so every retry of this
        # execution reaches AWS with the same ClientToken.
        add_key = sfn.Pass(
            self,
            "AddIdempotencyKey",
            parameters={"request.$": "$", "idempotency": {"IdempotencyKey.$": "$$.Execution.Id"}},
        )
        invoke = tasks.LambdaInvoke(
            self,
            "Disassociate",
            lambda_function=target,
            payload=sfn.TaskInput.from_json_path_at("States.JsonMerge($.request, $.idempotency, false)"),
            output_path="$.Payload",
            retry_on_service_exceptions=False,  # replaced by the explicit retry below
            task_timeout=sfn.Timeout.duration(Duration.seconds(settings.timeout_seconds + 5)),
        )
        invoke.add_retry(
            errors=list(LAMBDA_SERVICE_ERRORS),
            interval=Duration.seconds(1),
            max_attempts=3,
            backoff_rate=2,
            jitter_strategy=sfn.JitterType.FULL,
        )
        add_index_retry(invoke, settings)  # a request by number on a cold container
        invoke.add_retry(
            errors=retryable_errors(),
            interval=Duration.seconds(1),
            max_attempts=3,
            backoff_rate=2,
            max_delay=Duration.seconds(10),
            jitter_strategy=sfn.JitterType.FULL,
        )
        rejected = sfn.Fail(self, "Rejected", error_path="$.error.Error", cause_path="$.error.Cause")
        invoke.add_catch(rejected, errors=final_errors(), result_path="$.error")
        definition = add_key.next(invoke).next(sfn.Succeed(self, "Done"))

        self.log_group, self.state_machine = logged_state_machine(
            self, settings, "example", definition, Duration.minutes(5)
        )
