"""Custom-resource handler, deployed inline: give API Gateway a CloudWatch role only if it has none.

The CloudWatch role is one setting per account and region (AWS::ApiGateway::Account); stage logging cannot
be enabled without it. This sets it only when unset (a fresh account) and never overwrites another team's
role; on delete it leaves the setting alone, because other APIs may log through it. Deployed as inline code
(CloudFormation ``ZipFile``); it imports only the standard library and the runtime's boto3, and answers
CloudFormation itself (a PUT of the response object to the presigned ResponseURL) rather than through the
``cfnresponse`` module, whose inclusion depends on the exact import line.
"""

from __future__ import annotations

import json
import time
import urllib.request
from typing import Any

import boto3

ATTEMPTS = 12  # a just-created role takes a few seconds before API Gateway can assume it
PAUSE_SECONDS = 5.0
PHYSICAL_ID = "apigateway-account-cloudwatch-role"  # constant: an update never replaces (and deletes) it


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


def respond(event: dict[str, Any], status: str, reason: str, data: dict[str, str]) -> None:
    """Answer CloudFormation through the request's presigned ResponseURL (the custom-resource protocol)."""
    url = event["ResponseURL"]
    if not url.startswith("https://"):
        raise ValueError("ResponseURL must be https")
    body = {
        "Status": status,
        "Reason": reason[:1000],
        "PhysicalResourceId": PHYSICAL_ID,
        "StackId": event["StackId"],
        "RequestId": event["RequestId"],
        "LogicalResourceId": event["LogicalResourceId"],
        "Data": data,
    }
    # CloudFormation's presigned https URL (checked above), never a file: or custom scheme.
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="PUT", headers={"Content-Type": ""})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30):  # noqa: S310
        pass


def handler(event: dict[str, Any], context: Any) -> None:
    """CloudFormation entry point: always answers, so a failure never leaves the stack waiting an hour."""
    try:
        done = apply(boto3.client("apigateway"), event["RequestType"], event["ResourceProperties"]["RoleArn"])
    except Exception as exc:
        respond(event, "FAILED", f"{type(exc).__name__}: {exc}", {})
        return
    print(done)  # the function's log
    respond(event, "SUCCESS", done, {"Result": done})
