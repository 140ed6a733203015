"""Custom-resource handler, deployed inline: give API Gateway a CloudWatch role only if it has none.

The CloudWatch role is one setting per account and region (AWS::ApiGateway::Account); stage logging cannot
be enabled without it. This sets it only when unset (a fresh account) and never overwrites another team's
role; on delete it leaves the setting alone, because other APIs may log through it. Inline code
(CloudFormation ``ZipFile``) gets the ``cfnresponse`` module; it imports only boto3 from the runtime.
"""

from __future__ import annotations

import time
from typing import Any

import boto3

ATTEMPTS = 12  # a just-created role takes a few seconds before API Gateway can assume it
PAUSE_SECONDS = 5.0


def apply(client: Any, request_type: str, role_arn: str, pause: float = PAUSE_SECONDS) -> str:
    """Create/Update: set the role when none is set; Delete: nothing. Returns what was done."""
    if request_type == "Delete":
        return "left the account setting in place"
    current = client.get_account().get("cloudwatchRoleArn")
    if current:
        return f"kept {current}"
    patch = [{"op": "replace", "path": "/cloudwatchRoleArn", "value": role_arn}]
    for attempt in range(1, ATTEMPTS + 1):
        try:
            client.update_account(patchOperations=patch)
            return f"set {role_arn}"
        except client.exceptions.BadRequestException:
            if attempt == ATTEMPTS:
                raise
            time.sleep(pause)
    raise AssertionError("unreachable")


def handler(event: dict[str, Any], context: Any) -> None:
    """CloudFormation entry point: always answers, so a failure never leaves the stack waiting an hour."""
    import cfnresponse  # type: ignore[import-not-found]  # noqa: PLC0415 - only exists in inline Lambda code

    try:
        done = apply(boto3.client("apigateway"), event["RequestType"], event["ResourceProperties"]["RoleArn"])
        print(done)
        cfnresponse.send(event, context, cfnresponse.SUCCESS, {"Result": done}, "apigateway-account-cloudwatch-role")
    except Exception as exc:
        cfnresponse.send(event, context, cfnresponse.FAILED, {}, "apigateway-account-cloudwatch-role", reason=str(exc))
