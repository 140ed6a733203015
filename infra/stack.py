"""The stack: function, API, example workflow and monitoring, plus the reviewed cdk-nag acknowledgements."""

from __future__ import annotations

from typing import Any, Final

from aws_cdk import Acknowledgment, Annotations, Aws, CfnOutput, Stack, Token, Validations
from constructs import Construct

from infra.api import SmsPoolApi
from infra.audit_log import SmsPoolAuditLog
from infra.bulk_api import SmsPoolBulkJobs
from infra.bulk_bucket import SmsPoolBulkBucket
from infra.bulk_workflow import SmsPoolBulkWorkflow
from infra.function import SMS_RESOURCE_TYPES, SmsPoolFunction
from infra.monitoring import SmsPoolMonitoring
from infra.settings import Settings
from infra.workflow import SmsPoolWorkflow
from sms_pool.constants import API_ACCOUNT_ENV, API_ID_ENV, API_STAGE_ENV, BULK_ROUTE, ROUTE

# Every finding that is accepted, and why. Ids are cdk-nag 3.x rule ids ("AwsSolutions::<rule>"),
# narrowed to the exact resource or policy where the rule reports one ("...[Resource::<arn>]").
IAM5: Final = "AwsSolutions::AwsSolutions-IAM5"
STACK_ACKNOWLEDGEMENTS: Final[tuple[tuple[str, str], ...]] = (
    (
        "AwsSolutions::AwsSolutions-COG4",
        "Callers are internal services that sign with SigV4: AWS_IAM authorization, not a Cognito user pool, "
        "is the right authorizer for machine-to-machine calls.",
    ),
    (
        "AwsSolutions::AwsSolutions-L1",
        "The functions run the Python version the test suite runs on (pythonRuntime, default python3.13), not "
        "the newest one Lambda offers: an untested runtime is the larger risk. -c pythonRuntime=python3.14 is "
        "accepted with a warning.",
    ),
    (
        "AwsSolutions::AwsSolutions-APIG3",
        "No WAF in the stack: the API accepts only SigV4-signed requests from the callers its resource policy names "
        "and is throttled per stage; unsigned traffic is rejected before any integration. Where a public REGIONAL "
        "endpoint could be starved by unsigned traffic, docs/infrastructure.md names the documented defences "
        "(a PRIVATE endpoint via allowedVpcEndpoints, or a WAF rate-based rule on the stage).",
    ),
)
API_ACKNOWLEDGEMENTS: Final = (
    (
        "AwsSolutions::AwsSolutions-APIG2",
        "No API Gateway request validator: the function validates every body against the same schema (both "
        "generated from lambda_src/sms_pool/models.py) and its 400 INVALID_REQUEST names each wrong field, which the "
        "gateway's cannot (it says only 'Invalid request body'; validationErrorString is not JSON-safe in a gateway "
        "response). Callers are SigV4-signed internal services: a bad body costs one short invocation.",
    ),
    (
        "AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
        "AmazonAPIGatewayPushToCloudWatchLogs]",
        "API Gateway's account-level CloudWatch role: AmazonAPIGatewayPushToCloudWatchLogs is the policy AWS "
        "documents for it, and it is needed for stage execution logging (APIG6); it is registered only when "
        "the region has no CloudWatch role yet.",
    ),
)
_SMS_WILDCARD_REASON: Final = (
    "DisassociateOriginationIdentity is the only action on identities: any phone-number/sender-id of this account "
    "and region may be removed from a pool the role allows (the pools are listed exactly in allowedPools unless "
    "allowAllPools is set); other accounts' shared identities must be listed one by one in extraResourceArns. "
    "With resolvePhoneNumbers, DescribePhoneNumbers reads the account's phone numbers (the number index)."
)
_ALL_POOLS_REASON: Final = (
    "allowAllPools=true, the operator's explicit opt-in (synth output 'AllowedPools' and docs/infrastructure.md): "
    "DisassociateOriginationIdentity and ListPoolOriginationIdentities on any pool of this account and region."
)


def _wildcard(kind: str) -> str:
    return f"{IAM5}[Resource::arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:{kind}/*]"


FUNCTION_ACKNOWLEDGEMENTS: Final = (
    *((_wildcard(kind), _SMS_WILDCARD_REASON) for kind in SMS_RESOURCE_TYPES if kind != "pool"),
    (
        f"{IAM5}[Resource::*]",
        "Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.",
    ),
)
WORKFLOW_ACKNOWLEDGEMENTS: Final = (
    (
        f"{IAM5}[Resource::*]",
        "State machine logging and tracing: the CloudWatch Logs delivery actions and X-Ray actions support only "
        'Resource "*"; so does cloudwatch:PutMetricData (the bulk workflow\'s failed-item count), which is '
        "narrowed by a cloudwatch:namespace condition to the stack's metricsNamespace.",
    ),
)

BUCKET_ACKNOWLEDGEMENTS: Final = (
    (
        "AwsSolutions::AwsSolutions-S1",
        "No server access logs for the bulk jobs' bucket: only this stack's function and state machine read and "
        "write it (their calls are in CloudTrail and their logs), and an access-log bucket would need its own.",
    ),
)
BULK_JOBS_ACKNOWLEDGEMENTS: Final = (
    (
        f"{IAM5}[Resource::*]",
        "Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.",
    ),
)


def acknowledge(scope: Construct, items: tuple[tuple[str, str], ...]) -> None:
    """Record each (rule id, reason) as a cdk-nag 3.x acknowledgement on ``scope`` and below."""
    Validations.of(scope).acknowledge(*(Acknowledgment(id=rule, reason=reason) for rule, reason in items))


class SmsPoolStack(Stack):
    """Everything the sms-pool-disassociate service needs in one account and region."""

    def __init__(self, scope: Construct, construct_id: str, **kwargs: Any) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.settings = Settings.from_context(self.node, self.stack_name)
        self.function = SmsPoolFunction(self, "Function", settings=self.settings)
        self.api = SmsPoolApi(
            self, "Api", settings=self.settings, target=self.function.target, runtime=self.function.runtime
        )
        self.workflow = (
            SmsPoolWorkflow(self, "Workflow", settings=self.settings, target=self.function.target)
            if self.settings.enable_state_machine
            else None
        )
        self.bulk_workflow: SmsPoolBulkWorkflow | None = None
        self.bulk_jobs: SmsPoolBulkJobs | None = None
        if self.settings.enable_bulk_workflow:
            self._bulk()
        self.monitoring = SmsPoolMonitoring(
            self,
            "Monitoring",
            settings=self.settings,
            function=self.function.function,
            api=self.api.api,
            state_machine=self.workflow.state_machine if self.workflow else None,
            bulk_state_machine=self.bulk_workflow.state_machine if self.bulk_workflow else None,
        )
        # The function trusts an API-shaped event only when it names this API (sms_pool.handlers.from_deployed_api).
        # The API's id is no cycle: the RestApi resource does not depend on the function, its methods do.
        for name, value in (
            (API_ACCOUNT_ENV, Aws.ACCOUNT_ID),
            (API_STAGE_ENV, self.settings.stage_name),
            (API_ID_ENV, self.api.api.rest_api_id),
        ):
            self.function.function.add_environment(name, value)
        self.audit = SmsPoolAuditLog(
            self,
            "Audit",
            settings=self.settings,
            function_log_group=self.function.log_group,
            runtime=self.function.runtime,
        )
        self.monitoring.dashboard.add_widgets(*self.audit.widgets)

        acknowledge(self, STACK_ACKNOWLEDGEMENTS)
        acknowledge(self.api, API_ACKNOWLEDGEMENTS)
        acknowledge(self.function, FUNCTION_ACKNOWLEDGEMENTS)
        if self.settings.allow_all_pools:
            acknowledge(self.function, ((_wildcard("pool"), _ALL_POOLS_REASON),))
        for workflow in filter(None, (self.workflow, self.bulk_workflow)):
            acknowledge(workflow, WORKFLOW_ACKNOWLEDGEMENTS)
        if self.settings.enable_snap_start:
            # current_version is exactly that published version; the warning cannot apply.
            Annotations.of(self.function.function).acknowledge_warning(
                "@aws-cdk/aws-lambda:snapStartRequirePublish",
                "The function's current_version is published and the 'live' alias points at it",
            )

        CfnOutput(
            self,
            "ApiUrl",
            value=self.api.api.url_for_path(ROUTE),
            description="POST here with a SigV4-signed request (service execute-api)",
        )
        CfnOutput(self, "FunctionName", value=self.function.function.function_name)
        # The two fail-closed choices, named in the synth output (and the deployed stack's outputs).
        pools = self.settings.pools()
        CfnOutput(
            self,
            "AllowedPools",
            value="ALL POOLS of this account and region (allowAllPools=true)" if pools is None else " ".join(pools),
            description="The pools the function may change (allowedPools, or the allowAllPools opt-in)",
        )
        CfnOutput(
            self,
            "AllowedCallers",
            value="every principal of the account with execute-api:Invoke (allowAccountCallers=true)"
            if self.settings.allow_account_callers
            else " ".join((*self.settings.allowed_principals, *self.settings.allowed_vpc_endpoints)),
            description="Who may call the API (allowedPrincipals/allowedVpcEndpoints, or allowAccountCallers)",
        )
        CfnOutput(self, "AuditLogGroup", value=self.audit.log_group.log_group_name)
        if self.workflow is not None:
            CfnOutput(self, "StateMachineArn", value=self.workflow.state_machine.state_machine_arn)
        if self.bulk_workflow is not None:
            CfnOutput(self, "BulkStateMachineArn", value=self.bulk_workflow.state_machine.state_machine_arn)
            CfnOutput(self, "BulkJobsUrl", value=self.api.api.url_for_path(BULK_ROUTE))

    def _bulk(self) -> None:
        """The bulk jobs' bucket, function, workflow and routes (names fixed first: they refer to each other)."""
        name = f"{self.stack_name}-bulk"
        bucket = SmsPoolBulkBucket(self, "BulkBucket", settings=self.settings)
        if bucket.owned:
            acknowledge(bucket, BUCKET_ACKNOWLEDGEMENTS)
        self.bulk_jobs = SmsPoolBulkJobs(
            self, "BulkJobs", settings=self.settings, sms=self.function, bucket=bucket.bucket, state_machine_name=name
        )
        self.bulk_workflow = SmsPoolBulkWorkflow(
            self,
            "BulkWorkflow",
            settings=self.settings,
            target=self.function.target,
            steps=self.bulk_jobs.function,
            bucket=bucket.bucket,
            name=name,
        )
        self.bulk_jobs.add_routes(self.api.api)
        self._acknowledge_bulk(name, bucket)

    def _acknowledge_bulk(self, name: str, bucket: SmsPoolBulkBucket) -> None:
        """The bulk parts' wildcards: each one names a resource family of this stack's own bucket or workflow."""
        assert self.bulk_jobs is not None and self.bulk_workflow is not None
        machine_id = self.get_logical_id(self.bulk_workflow.state_machine.node.default_child)  # type: ignore[arg-type]
        # Policies the CDK writes use the stack's partition, region and account: literal values when the stack's
        # environment is known, pseudo parameters otherwise (as cdk-nag prints them).
        part, region, account = (
            f"<{pseudo}>" if Token.is_unresolved(value) else value
            for pseudo, value in (
                ("AWS::Partition", self.partition),
                ("AWS::Region", self.region),
                ("AWS::AccountId", self.account),
            )
        )
        if bucket.owned:
            bucket_id = self.get_logical_id(bucket.bucket.node.default_child)  # type: ignore[arg-type]
            arns = [f"<{bucket_id}.Arn>/*", f"<{bucket_id}.Arn>/jobs/*", f"arn:<AWS::Partition>:s3:::<{bucket_id}>/*"]
        else:
            arns = [f"arn:{part}:s3:::{bucket.bucket.bucket_name}{suffix}" for suffix in ("/*", "/jobs/*")]
        objects = "Objects of the bulk jobs' bucket only: lists uploaded for jobs, job items and results."
        own = "arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>"
        machine_name = f'{{"Fn::Select":[6,{{"Fn::Split":[":",{{"Ref":"{machine_id}"}}]}}]}}'
        child = f"arn:{part}:states:{region}:{account}:execution:{machine_name}"
        distributed = "The Distributed Map's own child executions (added by the CDK's DistributedMap)."
        for scope in (self.bulk_jobs, self.bulk_workflow):
            acknowledge(scope, tuple((f"{IAM5}[Resource::{arn}]", objects) for arn in arns))
        acknowledge(
            self.bulk_jobs,
            (
                *BULK_JOBS_ACKNOWLEDGEMENTS,
                (
                    f"{IAM5}[Resource::arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:pool/*]",
                    "ListPoolOriginationIdentities (one member) tells an unknown pool at submission: any own pool.",
                ),
                (
                    f"{IAM5}[Resource::arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:phone-number/*]",
                    "DescribePhoneNumbers: PrepareItems maps a job's E.164 numbers to ids once per run from the "
                    "account's number index (sms_pool.index); it lists phone numbers only.",
                ),
                (f"{IAM5}[Resource::{own}:execution:{name}:*]", "The bulk workflow's executions only (job ids)."),
                (f"{IAM5}[Resource::{own}:mapRun:{name}/*]", "The bulk workflow's map runs only (job progress)."),
            ),
        )
        acknowledge(
            self.bulk_workflow,
            (
                (f"{IAM5}[Resource::{child}:*]", distributed),
                (f"{IAM5}[Resource::{child}/RemoveAll:*]", distributed),
            ),
        )
