"""Bulk jobs over HTTP: ``POST /bulk-disassociations`` starts one, ``GET /bulk-disassociations/{id}`` reads it.

A function rather than an API Gateway AWS integration with Step Functions, because the submission must do what
a mapping template cannot: read and check the caller's S3 object (missing, unreadable, too large, malformed
line), answer an unknown pool before anything starts, and tell "the same job again" from "a different job under a
used key" (``StartExecution`` is idempotent only while the first execution runs, and answers
``ExecutionAlreadyExists`` once it has ended, whatever the input: the Step Functions API reference,
StartExecution ``name``). The execution's name is the job id: a SHA-256 of the ``Idempotency-Key`` when one is
sent, else random; the list, as checked, is copied under ``jobs/<id>/`` so the execution's input names exactly
what was checked, and a retried submission (same key, same list) finds the same execution and input.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import uuid
from typing import Any, Final

from sms_pool import aws, bulk_input, bulk_store, errors, pool_guard, validation
from sms_pool.constants import BULK_MAX_BODY_BYTES, BULK_RATE_ENV, BULK_ROUTE

_JOB_ID: Final = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
# Step Functions' execution status -> the job's (the issue's four, a redrive-pending job is still running).
STATUS: Final = {
    "RUNNING": "running",
    "PENDING_REDRIVE": "running",
    "SUCCEEDED": "succeeded",
    "FAILED": "failed",
    "TIMED_OUT": "failed",
    "ABORTED": "aborted",
}
_JSON: Final = {"Content-Type": "application/json"}


def job_id(key: str | None) -> str:
    """The execution name for a submission: derived from ``key`` (same key, same job), else random."""
    if key is None:
        return f"job-{uuid.uuid4().hex}"
    return f"key-{hashlib.sha256(key.encode()).hexdigest()[:40]}"


def estimated_seconds(total: int) -> int:
    """``total`` items at the configured pace (items per second, from the stack)."""
    rate = float(os.environ.get(BULK_RATE_ENV) or 1.0)
    return math.ceil(total / rate)


def _identities(request: dict[str, Any]) -> list[str]:
    inline, uri = request.get("Identities"), request.get("IdentitiesS3Uri")
    if (inline is None) == (uri is None):
        raise errors.invalid("Identities", "send exactly one of Identities and IdentitiesS3Uri")
    if inline is not None:
        return list(inline)
    text = bulk_store.read_text(*bulk_input.split_uri(str(uri)))
    return bulk_input.parse(text, request["PoolId"], request["IsoCountryCode"])


def _start(name: str, execution_input: str) -> None:
    client = bulk_store.sfn()
    machine = bulk_store.state_machine_arn()
    try:
        client.start_execution(stateMachineArn=machine, name=name, input=execution_input)
    except client.exceptions.ExecutionAlreadyExists:
        # Ended (or running with another input): the same job only if it ran exactly this input.
        answer = client.describe_execution(executionArn=execution_arn(name))
        if answer.get("input") != execution_input:
            raise errors.error(
                errors.Kind.IDEMPOTENCY_KEY_REUSED,
                f"job {name} was started with a different list or pool; send a new Idempotency-Key",
            ) from None


def execution_arn(name: str) -> str:
    """The ARN of the bulk workflow's execution ``name`` (Step Functions' ARN format)."""
    return bulk_store.state_machine_arn().replace(":stateMachine:", ":execution:", 1) + f":{name}"


def submit(event: dict[str, Any]) -> dict[str, Any]:
    """POST: check the request and its list, copy the list, start (or find) the execution; 202."""
    headers = validation.lower_headers(event)
    key = validation.idempotency_key(headers)
    data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True, BULK_MAX_BODY_BYTES)
    request = validation.validate_bulk(data)
    pool_guard.check(request["PoolId"])  # a pool outside allowedPools is a 403 now, not N failed items later
    given = _identities(request)
    aws.check_pool(request["PoolId"])  # an unknown pool is a 404 now, not N failed items later
    listed = bulk_input.distinct(given)
    name = job_id(key)
    content = errors.compact_json([request["PoolId"], request["IsoCountryCode"], given])
    digest = hashlib.sha256(content.encode()).hexdigest()[:16]
    uri = bulk_store.put_json(f"jobs/{name}/input-{digest}.json", given)
    execution_input = errors.compact_json(
        {"PoolId": request["PoolId"], "IsoCountryCode": request["IsoCountryCode"], "IdentitiesS3Uri": uri}
    )
    _start(name, execution_input)
    total = len(listed.identities)
    body = {
        "JobId": name,
        "Status": "running",
        "Total": total,
        "Duplicates": listed.duplicates,
        "EstimatedSeconds": estimated_seconds(total),
    }
    return {
        "statusCode": 202,
        "headers": {**_JSON, "Location": _location(event, name)},
        "body": errors.compact_json(body),
    }


def _location(event: dict[str, Any], name: str) -> str:
    context = event.get("requestContext")
    path = context.get("path") if isinstance(context, dict) else None  # with the stage, as the caller sent it
    base = path if isinstance(path, str) and path.endswith(BULK_ROUTE) else BULK_ROUTE
    return f"{base}/{name}"


def _progress(arn: str) -> dict[str, int]:
    client = bulk_store.sfn()
    runs = client.list_map_runs(executionArn=arn).get("mapRuns", [])
    if not runs:
        return {}
    counts = client.describe_map_run(mapRunArn=runs[0]["mapRunArn"]).get("itemCounts", {})
    return {str(k): int(v) for k, v in counts.items() if isinstance(v, int)}


def status(event: dict[str, Any]) -> dict[str, Any]:
    """GET: the job's status, progress (the map run's item counts), and once ended its summary or error."""
    params = event.get("pathParameters")
    name = params.get("id") if isinstance(params, dict) else None
    if not (isinstance(name, str) and _JOB_ID.match(name)):
        raise errors.error(errors.Kind.JOB_NOT_FOUND, "a job id is 1 to 80 letters, digits, - or _")
    arn = execution_arn(name)
    client = bulk_store.sfn()
    try:
        answer = client.describe_execution(executionArn=arn)
    except client.exceptions.ExecutionDoesNotExist:
        raise errors.error(errors.Kind.JOB_NOT_FOUND, f"no job {name}") from None
    body: dict[str, Any] = {
        "JobId": name,
        "Status": STATUS.get(answer["status"], "running"),
        "Progress": _progress(arn),
    }
    if answer["status"] == "SUCCEEDED":
        output = json.loads(answer.get("output") or "{}")
        body.update({k: output[k] for k in ("Total", "Duplicates", "Summary", "ResultsS3Uri") if k in output})
    elif "error" in answer:
        body["Error"] = answer["error"]
    return {"statusCode": 200, "headers": _JSON, "body": errors.compact_json(body)}
