"""The REST API: one IAM-authorized POST method, Lambda proxy, generated model and validator."""

from __future__ import annotations

import json
from typing import Final

from aws_cdk import RemovalPolicy, Stack
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

from infra.account_logging import AccountCloudWatchRole
from infra.gateway_responses import add_gateway_responses
from infra.request_model import json_schema, request_schema_draft4
from infra.settings import RETENTION_NAMES, Settings
from sms_pool.constants import ROUTE

# One JSON object per request; $context names from the API Gateway access-logging reference.
ACCESS_LOG_FIELDS: Final = {
    "requestId": "$context.requestId",
    "extendedRequestId": "$context.extendedRequestId",
    "requestTime": "$context.requestTime",
    "httpMethod": "$context.httpMethod",
    "resourcePath": "$context.resourcePath",
    "status": "$context.status",
    "responseLength": "$context.responseLength",
    "responseLatency": "$context.responseLatency",
    "integrationLatency": "$context.integrationLatency",
    "integrationStatus": "$context.integration.status",
    "errorType": "$context.error.responseType",
    "errorMessage": "$context.error.message",
    "sourceIp": "$context.identity.sourceIp",
    "userArn": "$context.identity.userArn",
    "caller": "$context.identity.caller",
    "vpceId": "$context.identity.vpceId",
    "xrayTraceId": "$context.xrayTraceId",
}


def resource_policy(settings: Settings) -> iam.PolicyDocument:
    """Limit callers to the configured principals and/or VPC endpoints (or, opted in, the whole account).

    With IAM authorization a same-account caller passes if *either* its IAM policy or the resource
    policy allows it, so the limits are explicit Denies; the Allow names who may call at all. The settings
    require one of allowedPrincipals, allowedVpcEndpoints or allowAccountCallers (fail closed).

    The listed ARNs appear only as ``aws:PrincipalArn`` condition values, never as a ``Principal``: IAM
    resolves a role or user named as principal when the policy is saved, so one that does not exist (yet)
    makes API Gateway reject the whole policy at deploy ("Invalid policy document"), and a role deleted and
    re-created under the same name would no longer match. The Allow names the principals' accounts instead.
    """
    invoke = "execute-api:/*"
    accounts = dict.fromkeys(arn.split(":")[4] for arn in settings.allowed_principals)
    allowed: list[iam.IPrincipal] = (
        [iam.AccountPrincipal(account) for account in accounts] if accounts else [iam.AccountRootPrincipal()]
    )
    statements = [
        iam.PolicyStatement(
            sid="AllowCallers",
            actions=["execute-api:Invoke"],
            resources=[invoke],
            principals=allowed,
            conditions={"ArnLike": {"aws:PrincipalArn": list(settings.allowed_principals)}}
            if settings.allowed_principals
            else None,
        )
    ]
    if settings.allowed_principals:
        statements.append(
            iam.PolicyStatement(
                sid="DenyOtherPrincipals",
                effect=iam.Effect.DENY,
                actions=["execute-api:Invoke"],
                resources=[invoke],
                principals=[iam.AnyPrincipal()],
                conditions={"ArnNotLike": {"aws:PrincipalArn": list(settings.allowed_principals)}},
            )
        )
    if settings.allowed_vpc_endpoints:
        statements.append(
            iam.PolicyStatement(
                sid="DenyOutsideVpcEndpoints",
                effect=iam.Effect.DENY,
                actions=["execute-api:Invoke"],
                resources=[invoke],
                principals=[iam.AnyPrincipal()],
                conditions={"StringNotEquals": {"aws:SourceVpce": list(settings.allowed_vpc_endpoints)}},
            )
        )
    return iam.PolicyDocument(statements=statements)


class SmsPoolApi(Construct):
    """API Gateway REST API in front of the function."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        settings: Settings,
        target: lambda_.IFunction,
        runtime: lambda_.Runtime,
    ) -> None:
        super().__init__(scope, construct_id)
        self.access_logs = logs.LogGroup(
            self,
            "AccessLogs",
            retention=getattr(logs.RetentionDays, RETENTION_NAMES[settings.log_retention_days]),
            removal_policy=RemovalPolicy.DESTROY,
        )
        private = bool(settings.allowed_vpc_endpoints)
        self.api = apigw.RestApi(
            self,
            "Api",
            rest_api_name=f"{Stack.of(self).stack_name}-api",
            description="Disassociate an origination identity from an SMS pool (SigV4-signed callers only)",
            # A VPC endpoint can only reach a PRIVATE API; otherwise a regional endpoint.
            endpoint_configuration=apigw.EndpointConfiguration(
                types=[apigw.EndpointType.PRIVATE if private else apigw.EndpointType.REGIONAL],
                vpc_endpoints=[
                    ec2.InterfaceVpcEndpoint.from_interface_vpc_endpoint_attributes(
                        self, f"Vpce{index}", vpc_endpoint_id=vpce, port=443
                    )
                    for index, vpce in enumerate(settings.allowed_vpc_endpoints)
                ]
                or None,
            ),
            policy=resource_policy(settings),
            # Not the CDK's unconditional AWS::ApiGateway::Account: see infra/account_logging.py.
            cloud_watch_role=False,
            deploy_options=apigw.StageOptions(
                stage_name=settings.stage_name,
                throttling_rate_limit=settings.throttle_rate_limit,
                throttling_burst_limit=settings.throttle_burst_limit,
                tracing_enabled=True,
                metrics_enabled=True,
                logging_level=apigw.MethodLoggingLevel.ERROR,
                data_trace_enabled=False,  # full bodies in logs would carry pool and identity ids
                access_log_destination=apigw.LogGroupLogDestination(self.access_logs),
                access_log_format=apigw.AccessLogFormat.custom(json.dumps(ACCESS_LOG_FIELDS)),
            ),
            default_method_options=apigw.MethodOptions(authorization_type=apigw.AuthorizationType.IAM),
            disable_execute_api_endpoint=False,
        )
        # Execution logging fails to deploy while the region has no CloudWatch role: register one first.
        self.account_role = AccountCloudWatchRole(self, "AccountLogging", settings=settings, runtime=runtime)
        self.api.deployment_stage.node.add_dependency(self.account_role.resource)
        # Execution logging (ERROR level, above) writes to a group API Gateway names
        # API-Gateway-Execution-Logs_{rest-api-id}/{stage_name} and creates itself, with no retention and left
        # behind on delete ("Execution logging for REST APIs", API Gateway developer guide). Declared here first
        # (the stage depends on it), it gets the stack's retention and goes with the stack.
        self.execution_logs = logs.LogGroup(
            self,
            "ExecutionLogs",
            log_group_name=f"API-Gateway-Execution-Logs_{self.api.rest_api_id}/{settings.stage_name}",
            retention=getattr(logs.RetentionDays, RETENTION_NAMES[settings.log_retention_days]),
            removal_policy=RemovalPolicy.DESTROY,
        )
        self.api.deployment_stage.node.add_dependency(self.execution_logs)
        # The model documents the body (API Gateway's OpenAPI export, SDK generation) but no request validator
        # enforces it: the validator's 400 says only "Invalid request body", and its
        # $context.error.validationErrorString is not JSON-escaped, so no gateway response can carry it safely.
        # The function validates every body with the same schema (both from models.py) and names each wrong field,
        # deployed and locally alike (cdk-nag's APIG2 is acknowledged in infra/stack.py with this reason).
        self.model = self.api.add_model(
            "DisassociateRequest",
            content_type="application/json",
            model_name="DisassociateOriginationIdentityRequest",
            schema=json_schema(request_schema_draft4()),
        )
        self.method = self.api.root.add_resource(ROUTE.strip("/")).add_method(
            "POST",
            apigw.LambdaIntegration(target, proxy=True, allow_test_invoke=False),
            authorization_type=apigw.AuthorizationType.IAM,
            request_models={"application/json": self.model},
        )
        add_gateway_responses(self.api)
