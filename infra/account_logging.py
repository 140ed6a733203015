"""API Gateway's account-level CloudWatch role, set only where none is set (see apigw_account_handler.py).

Instead of an unconditional ``AWS::ApiGateway::Account`` (one per account and region: it overwrites whatever
other teams set, and deleting the stack leaves it behind), a small custom resource reads the setting
(``apigateway:GetAccount``) and writes it (``apigateway:UpdateAccount``) only when it is empty.

The role is retained by CloudFormation (a registered role must outlive the stack: every API in the region logs
through it); on stack deletion the custom resource deletes it itself when it is not the registered one, so
create/delete cycles leave nothing behind unless the role was really put to use.

``ServiceTimeout`` bounds how long CloudFormation waits for an answer: without it a custom resource that never
answers holds the stack for an hour (the default and maximum, 3600 s; AWS::CloudFormation::CustomResource).
The handler retries IAM propagation errors only while its invocation has time left, then answers.
"""

from __future__ import annotations

from typing import Final

from aws_cdk import CustomResource, Duration, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

from infra.inline_function import inline_function
from infra.settings import ROOT, Settings

HANDLER_SOURCE: Final = ROOT / "infra" / "apigw_account_handler.py"
PUSH_TO_CLOUDWATCH: Final = "service-role/AmazonAPIGatewayPushToCloudWatchLogs"
# The handler's own timeout, and CloudFormation's wait for its answer: the timeout plus a minute for Lambda to
# start it and for the answer to arrive (the handler keeps apigw_account_handler.RESERVE seconds to answer).
HANDLER_TIMEOUT: Final = Duration.minutes(2)
SERVICE_TIMEOUT: Final = Duration.minutes(3)


class AccountCloudWatchRole(Construct):
    """The role API Gateway logs with, and the custom resource that registers it when none is registered."""

    def __init__(self, scope: Construct, construct_id: str, *, settings: Settings, runtime: lambda_.Runtime) -> None:
        super().__init__(scope, construct_id)
        # Retained: once registered, every API in the region may log through it after this stack is gone; the
        # custom resource deletes it on stack deletion when it was not registered.
        push = iam.ManagedPolicy.from_aws_managed_policy_name(PUSH_TO_CLOUDWATCH)
        self.role = iam.Role(
            self,
            "Role",
            assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"),
            managed_policies=[push],
            description="API Gateway account CloudWatch role (registered only if the region had none)",
        )
        self.role.apply_removal_policy(RemovalPolicy.RETAIN)
        self.handler, handler_role = inline_function(
            self,
            ("Logs", "HandlerRole", "Handler"),
            settings=settings,
            runtime=runtime,
            source=HANDLER_SOURCE,
            description="Reads API Gateway's account setting and sets the CloudWatch role when unset",
            timeout=HANDLER_TIMEOUT,
        )
        account = Stack.of(self).format_arn(service="apigateway", account="", resource="/account")
        handler_role.add_to_policy(
            iam.PolicyStatement(
                sid="AccountSetting", actions=["apigateway:GET", "apigateway:PATCH"], resources=[account]
            )
        )
        handler_role.add_to_policy(
            iam.PolicyStatement(
                sid="PassLoggingRole",
                actions=["iam:PassRole"],
                resources=[self.role.role_arn],
                # Only to API Gateway, the one service this role is for (IAM: iam:PassedToService).
                conditions={"StringEquals": {"iam:PassedToService": "apigateway.amazonaws.com"}},
            )
        )
        handler_role.add_to_policy(
            iam.PolicyStatement(
                sid="DeleteUnregisteredRole",
                actions=["iam:DetachRolePolicy", "iam:DeleteRole"],
                resources=[self.role.role_arn],
            )
        )
        self.resource = CustomResource(
            self,
            "Setting",
            service_token=self.handler.function_arn,
            resource_type="Custom::ApiGatewayAccountCloudWatchRole",
            properties={"RoleArn": self.role.role_arn, "PolicyArn": push.managed_policy_arn},
            service_timeout=SERVICE_TIMEOUT,
        )
