"""Audit forwarder, deployed inline: copy the function's audit lines into the dedicated audit log group.

A subscription filter on the function's log group (``{ $.type = "audit" }``) hands this function the audit
lines in batches (base64, gzip, JSON: CloudWatch Logs' subscription format); it writes them, unchanged, to the
audit log group (kept at least a year, retained when the stack is deleted), one stream per source stream.
Imports only the standard library and the runtime's boto3. A failed write raises: Lambda retries the
asynchronous invocation (twice), and the line is still in the function's own log group.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import json
import os
from typing import Any

import boto3

GROUP_ENV = "AUDIT_LOG_GROUP"


def decode(event: dict[str, Any]) -> dict[str, Any]:
    """The subscription batch an ``awslogs`` event carries."""
    batch: dict[str, Any] = json.loads(gzip.decompress(base64.b64decode(event["awslogs"]["data"])))
    return batch


def forward(client: Any, group: str, batch: dict[str, Any]) -> int:
    """Write the batch's log events to ``group`` (stream named after the source stream); returns how many."""
    if batch.get("messageType") != "DATA_MESSAGE":  # CONTROL_MESSAGE: CloudWatch Logs checking the destination
        return 0
    stream = batch["logStream"]
    events = sorted(
        ({"timestamp": item["timestamp"], "message": item["message"]} for item in batch["logEvents"]),
        key=lambda item: item["timestamp"],
    )
    with contextlib.suppress(client.exceptions.ResourceAlreadyExistsException):
        client.create_log_stream(logGroupName=group, logStreamName=stream)
    client.put_log_events(logGroupName=group, logStreamName=stream, logEvents=events)
    return len(events)


def handler(event: dict[str, Any], _context: Any) -> int:
    """Lambda entry point."""
    return forward(boto3.client("logs"), os.environ[GROUP_ENV], decode(event))
