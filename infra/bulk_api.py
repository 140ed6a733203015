"""Bulk jobs over HTTP: the bulk-jobs function and its two IAM-authorized routes on the stack's REST API.

``POST /bulk-disassociations`` and ``GET /bulk-disassociations/{id}``, Lambda proxy to the bulk-jobs function
(``sms_pool.bulk_handlers``; why a function and not a direct Step Functions integration: ``sms_pool.jobs``). The
same function runs the bulk workflow's Prepare and Summarize steps. Its role: write its log group; read and write
the jobs' bucket; start the bulk workflow and read its executions and map runs; list a pool's first member (an
unknown pool is a 404 at submission). The state machine's ARN is built from its fixed name, so the function (whose
environment names it) and the state machine (which invokes the function) do not depend on each other.
"""

from __future__ import annotations

from typing import Final

from aws_cdk import Aws, Duration
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from constructs import Construct

from infra.function import (
    ARCHITECTURE,
    ASSET_EXCLUDES,
    DESCRIBE_NUMBERS_ACTION,
    LIST_ACTION,
    SmsPoolFunction,
    identity_arns,
    logged_role,
    pool_arns,
)
from infra.rate import map_pacing
from infra.request_model import json_schema, to_draft4
from infra.settings import ROOT, Settings
from sms_pool import models
from sms_pool.constants import BULK_BUCKET_ENV, BULK_RATE_ENV, BULK_ROUTE, BULK_STATE_MACHINE_ENV

HANDLER: Final = "sms_pool.bulk_handlers.handler"
# Reading an 8 MiB list and writing its items and results: more memory and time than one removal.
MEMORY_MB: Final = 512
TIMEOUT: Final = Duration.seconds(28)  # within API Gateway's 29 s for the submission


def state_machine_arn(name: str) -> str:
    """The ARN of the state machine called ``name`` in this stack's account and region."""
    return f"arn:{Aws.PARTITION}:states:{Aws.REGION}:{Aws.ACCOUNT_ID}:stateMachine:{name}"


class SmsPoolBulkJobs(Construct):
    """The bulk-jobs function (``function``); :meth:`add_routes` puts its routes on the API."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        settings: Settings,
        sms: SmsPoolFunction,
        bucket: s3.IBucket,
        state_machine_name: str,
    ) -> None:
        super().__init__(scope, construct_id)
        machine = state_machine_arn(state_machine_name)
        self.log_group, self.role = logged_role(
            self, settings, "sms-pool bulk jobs: log group, jobs bucket, the bulk workflow's executions, pool check"
        )
        execution = machine.replace(":stateMachine:", ":execution:") + ":*"
        map_run = machine.replace(":stateMachine:", ":mapRun:") + "/*"
        for sid, actions, resources in (
            ("StartBulkExecution", ["states:StartExecution"], [machine]),
            ("ReadBulkExecutions", ["states:DescribeExecution", "states:ListMapRuns"], [execution]),
            ("ReadBulkMapRuns", ["states:DescribeMapRun"], [map_run]),
            # ListBucket lets S3 answer 404 (not 403) for a missing list: the submission tells the two apart.
            ("ListJobsBucket", ["s3:ListBucket"], [bucket.bucket_arn]),
            ("ReadJobObjects", ["s3:GetObject"], [bucket.arn_for_objects("*")]),
            ("WriteJobObjects", ["s3:PutObject"], [bucket.arn_for_objects("jobs/*")]),
            ("CheckPool", [LIST_ACTION], pool_arns(settings)),  # the allowed pools only, as the SMS function's
            # PrepareItems resolves a job's E.164 numbers once per run with the number index (sms_pool.index).
            (
                "DescribePhoneNumbers",
                [DESCRIBE_NUMBERS_ACTION],
                [arn for arn in identity_arns(settings.extra_resource_arns) if ":phone-number/" in arn],
            ),
        ):
            self.role.add_to_policy(iam.PolicyStatement(sid=sid, actions=actions, resources=resources))
        environment = {
            **sms.environment,
            BULK_STATE_MACHINE_ENV: machine,
            BULK_BUCKET_ENV: bucket.bucket_name,
            BULK_RATE_ENV: str(map_pacing(settings.aws_requests_per_second).items_per_second),
        }
        self.function = lambda_.Function(
            self,
            "Function",
            description="Bulk offboarding jobs: submission, status, and the bulk workflow's Prepare/Summarize",
            runtime=sms.runtime,
            architecture=ARCHITECTURE,
            handler=HANDLER,
            code=lambda_.Code.from_asset(str(ROOT / "lambda_src"), exclude=ASSET_EXCLUDES),
            layers=[sms.layer],
            role=self.role,
            memory_size=MEMORY_MB,
            timeout=TIMEOUT,
            environment=environment,
            log_group=self.log_group,
            logging_format=sms.logging_format,
            tracing=sms.tracing,
        )

    def add_routes(self, api: apigw.RestApi) -> None:
        """POST /bulk-disassociations (its model documents the body; the function checks it, as for the single
        route: infra/api.py says why no request validator) and GET .../{id}."""
        model = api.add_model(
            "BulkRequest",
            content_type="application/json",
            model_name="BulkDisassociationRequest",
            schema=json_schema(to_draft4(models.request_schema(models.BulkJobRequest))),
        )
        integration = apigw.LambdaIntegration(self.function, proxy=True, allow_test_invoke=False)
        jobs = api.root.add_resource(BULK_ROUTE.strip("/"))
        jobs.add_method(
            "POST",
            integration,
            authorization_type=apigw.AuthorizationType.IAM,
            request_models={"application/json": model},
        )
        jobs.add_resource("{id}").add_method(
            "GET",
            integration,
            authorization_type=apigw.AuthorizationType.IAM,
            request_parameters={"method.request.path.id": True},
        )
