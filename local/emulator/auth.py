"""The emulator's SigV4 check: the local mode's keys, the service's signing name and AWS's regions for it.

Refusals are AWS JSON 1.0 errors with HTTP 400, the codes and texts ``local.sigv4`` takes from recorded AWS
answers; e.g. ``{"__type":"UnrecognizedClientException","message":"The security token included in the request
is invalid."}`` with 400 Bad Request (recorded from Amazon Cognito, aws/aws-sdk-php#2444, and Amazon ECS,
aws-azure-login#37, two AWS JSON services). On unless ``SMS_EMULATOR_AUTH=off`` (or ``auth=False``).
"""

from __future__ import annotations

import datetime
import functools
import os
from collections.abc import Mapping
from typing import Any, Final

import botocore.session

from local import sigv4
from local.defaults import REGION
from local.emulator.model import ApiError, service_model
from local.sigv4 import FUNCTION_KEY, LocalKey, RefusalError
from sms_pool.constants import SERVICE_NAME

ENV_VAR: Final = "SMS_EMULATOR_AUTH"
# DynamoDB's recorded answer (mhart/dynalite): "Request is missing Authentication Token", HTTP 400.
MISSING_TOKEN: Final = "Request is missing Authentication Token"  # noqa: S105 - AWS's message, no secret
# AWS's "Common Errors" (every API reference): RequestExpired past 15 minutes either way; DynamoDB's recorded
# "Signature expired: ... (20130609T100015Z - 15 min.)".
MAX_SKEW: Final = datetime.timedelta(minutes=15)
STATUS: Final = 400  # AWS JSON services answer every refused signature with 400 Bad Request


def enabled_from_env(env: Mapping[str, str] = os.environ) -> bool:
    """``SMS_EMULATOR_AUTH`` as a switch (on unless ``off``); anything but on/off is a ValueError."""
    raw = env.get(ENV_VAR, "").strip().lower()
    if raw in {"", "on", "1", "true"}:
        return True
    if raw in {"off", "0", "false"}:
        return False
    raise ValueError(f"{ENV_VAR}={raw!r}: use on or off")


@functools.cache
def regions() -> frozenset[str]:
    """Every region botocore's endpoint data lists for the service, in every partition (not the fips-* names)."""
    session = botocore.session.get_session()
    name = service_model().service_name
    return frozenset(
        region
        for partition in session.get_available_partitions()
        for region in session.get_available_regions(name, partition)
        if not region.startswith("fips-")
    )


def local_keys() -> tuple[LocalKey, ...]:
    """The callers' keys (``LOCAL_API_KEYS`` or the default) and the function's: the local mode's IAM."""
    return (*sigv4.configured_keys(), FUNCTION_KEY)


def verifier(keys: tuple[LocalKey, ...] | None = None) -> sigv4.Verifier:
    """The check of one emulator: signed for the service's signing name, in a region AWS offers it in."""
    return sigv4.Verifier(
        service_model().signing_name,
        regions(),
        keys if keys is not None else local_keys(),
        MAX_SKEW,
        MISSING_TOKEN,
        foreign_is_missing=True,
    )


def check(check_with: sigv4.Verifier, method: str, path: str, headers: dict[str, str], body: bytes) -> LocalKey:
    """The caller's key; raises the ApiError AWS answers an unsigned or badly signed request with."""
    try:
        return check_with.verify(method, path, headers, body)
    except RefusalError as refusal:
        raise ApiError(refusal.failure.value, refusal.message, status=STATUS) from None


def client(url: str, region: str = REGION, key: LocalKey | None = None) -> Any:
    """A boto3 client of the service at ``url``, signing with a local key (the first caller key by default)."""
    import boto3  # noqa: PLC0415 - boto3 only for the callers that need a client

    chosen = key or sigv4.configured_keys()[0]
    return boto3.client(
        SERVICE_NAME,
        endpoint_url=url,
        region_name=region,
        aws_access_key_id=chosen.access_key,
        aws_secret_access_key=chosen.secret_key,
        aws_session_token=chosen.session_token,
    )
