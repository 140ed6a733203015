"""Inline custom resource: give API Gateway a CloudWatch role only if it has none (infra/account_logging.py).

Sets the account setting only when unset; on delete keeps a registered role, deletes an unregistered one
(the stack retains it). IAM propagation errors are retried while time remains. Answers the ResponseURL
itself: cfnresponse depends on the exact import line.
"""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Callable
from typing import Any

import boto3
from botocore.exceptions import ClientError

# What a just-created role or just-attached policy gets until IAM has propagated it.
TRANSIENT = {"BadRequestException", "AccessDeniedException", "UnauthorizedException", "TooManyRequestsException"}
MAX_PAUSE = 16.0
RESERVE = 15.0  # seconds kept to answer CloudFormation
PHYSICAL_ID = "apigateway-account-cloudwatch-role"  # constant: an update never replaces (and deletes) it


def patiently(call: Callable[[], Any], remaining: Callable[[], float], sleep: Callable[[float], None]) -> Any:
    """``call()``, retried on :data:`TRANSIENT` errors with doubling pauses while time remains."""
    pause = 1.0
    while True:
        try:
            return call()
        except ClientError as exc:
            if exc.response["Error"]["Code"] not in TRANSIENT or remaining() < pause + RESERVE:
                raise
        sleep(pause)
        pause = min(2 * pause, MAX_PAUSE)


def apply(apigw: Any, iam: Any, event: dict[str, Any], remaining: Any, sleep: Any = time.sleep) -> tuple[str, bool]:
    """What was done, and whether the stack's role is the registered one."""
    props = event["ResourceProperties"]
    role = props["RoleArn"]
    current = patiently(apigw.get_account, remaining, sleep).get("cloudwatchRoleArn")
    if event["RequestType"] == "Delete":
        if current == role:
            return f"kept {role}: registered, other APIs may log through it", True
        name = role.rsplit("/", 1)[1]
        iam.detach_role_policy(RoleName=name, PolicyArn=props["PolicyArn"])
        iam.delete_role(RoleName=name)
        return f"deleted {role}: never registered", False
    if current:
        return f"kept {current}", current == role
    patch = [{"op": "replace", "path": "/cloudwatchRoleArn", "value": role}]
    patiently(lambda: apigw.update_account(patchOperations=patch), remaining, sleep)
    return f"set {role}", True


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
    sent = json.dumps(body).encode()
    request = urllib.request.Request(url, data=sent, method="PUT", headers={"Content-Type": ""})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30):  # noqa: S310
        pass


def handler(event: dict[str, Any], context: Any) -> None:
    """CloudFormation entry point: always answers, so CloudFormation never waits out its ServiceTimeout."""
    status, registered = "SUCCESS", False
    try:
        remaining = lambda: context.get_remaining_time_in_millis() / 1000  # noqa: E731
        done, registered = apply(boto3.client("apigateway"), boto3.client("iam"), event, remaining)
    except Exception as exc:
        done = f"{type(exc).__name__}: {exc}"
        # A failed delete would leave the stack in DELETE_FAILED over a setting it does not own.
        status = "SUCCESS" if event["RequestType"] == "Delete" else "FAILED"
    print(done)
    respond(event, status, done, {"Registered": str(registered).lower()})
