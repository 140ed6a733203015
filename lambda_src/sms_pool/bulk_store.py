"""The bulk jobs' AWS calls: S3 objects (the lists, the items, the results) and Step Functions executions.

The only boto3 user besides :mod:`sms_pool.aws`. Endpoints may come from ``AWS_ENDPOINT_URL_S3`` and
``AWS_ENDPOINT_URL_SFN`` (boto3 reads them itself): the local mode points them at moto's server.
"""

from __future__ import annotations

import functools
import json
import os
from typing import Any, Final

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from sms_pool import errors
from sms_pool.constants import APP_NAME, BULK_BUCKET_ENV, BULK_MAX_OBJECT_BYTES, BULK_STATE_MACHINE_ENV

_CONFIG: Final = Config(retries={"mode": "standard", "total_max_attempts": 3}, user_agent_appid=APP_NAME)  # type: ignore[call-arg]
_MISSING: Final = frozenset({"NoSuchKey", "404", "NoSuchBucket", "NotFound"})
_DENIED: Final = frozenset({"AccessDenied", "403", "Forbidden", "KMS.AccessDeniedException"})


@functools.cache
def s3() -> Any:
    """The container's S3 client."""
    return boto3.client("s3", config=_CONFIG)


@functools.cache
def sfn() -> Any:
    """The container's Step Functions client."""
    return boto3.client("stepfunctions", config=_CONFIG)


def bucket() -> str:
    """The jobs' bucket (the stack's, or the one named by context)."""
    return os.environ[BULK_BUCKET_ENV]


def state_machine_arn() -> str:
    """The bulk workflow's ARN."""
    return os.environ[BULK_STATE_MACHINE_ENV]


def _object_error(exc: ClientError, uri: str) -> errors.ServiceError:
    code = str(exc.response.get("Error", {}).get("Code", ""))
    if code in _MISSING:
        return errors.error(errors.Kind.IDENTITIES_OBJECT_NOT_FOUND, f"{uri} does not exist")
    if code in _DENIED:
        return errors.error(
            errors.Kind.IDENTITIES_OBJECT_UNREADABLE,
            f"{uri} cannot be read by the service (S3 answered {code}): upload it to s3://{bucket()}/uploads/",
        )
    return errors.error(errors.Kind.UNEXPECTED, f"S3 answered {code} for {uri}")


def read_text(bucket_name: str, key: str) -> str:
    """The UTF-8 text of an object of at most :data:`BULK_MAX_OBJECT_BYTES`; the table's errors otherwise."""
    uri = f"s3://{bucket_name}/{key}"
    try:
        size = int(s3().head_object(Bucket=bucket_name, Key=key)["ContentLength"])
        if size > BULK_MAX_OBJECT_BYTES:
            raise errors.error(
                errors.Kind.IDENTITIES_OBJECT_TOO_LARGE,
                f"{uri} is {size} bytes; at most {BULK_MAX_OBJECT_BYTES}: split the list",
            )
        # Range-limited, so an object replaced by a larger one between the two calls is still bounded.
        body = s3().get_object(Bucket=bucket_name, Key=key, Range=f"bytes=0-{BULK_MAX_OBJECT_BYTES}")["Body"].read()
    except ClientError as exc:
        raise _object_error(exc, uri) from None
    except BotoCoreError as exc:
        raise errors.error(errors.Kind.UNEXPECTED, f"S3 could not be reached: {type(exc).__name__}") from None
    if len(body) > BULK_MAX_OBJECT_BYTES:
        raise errors.error(errors.Kind.IDENTITIES_OBJECT_TOO_LARGE, f"{uri} is over {BULK_MAX_OBJECT_BYTES} bytes")
    try:
        text: str = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        raise errors.error(errors.Kind.IDENTITIES_MALFORMED, f"line {line} is not UTF-8", line=line) from None
    return text


def put_json(key: str, value: Any) -> str:
    """Write ``value`` as JSON to the jobs' bucket; its ``s3://`` URI."""
    s3().put_object(Bucket=bucket(), Key=key, Body=errors.compact_json(value).encode(), ContentType="application/json")
    return f"s3://{bucket()}/{key}"


def get_json(bucket_name: str, key: str) -> Any:
    """The JSON value of an object the service wrote."""
    return json.loads(s3().get_object(Bucket=bucket_name, Key=key)["Body"].read())
