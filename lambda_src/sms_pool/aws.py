"""The data-access layer: the only module that touches boto3.

Importing it builds nothing and reads no environment. :func:`client` builds the one client on first use (from
:func:`sms_pool.config.settings`) and keeps it for the container's life; ``handlers`` calls it at module scope, so
Lambda's init phase pays for it (and fails loudly on a bad setting) rather than the first request.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Final

import boto3
from botocore import xform_name
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from sms_pool import config, errors, pacing
from sms_pool.constants import APP_NAME, RESULT_FIELDS, SERVICE_NAME

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import (
        DisassociateOriginationIdentityResultTypeDef,
    )

# Members of AWS's modelled errors that the problem answer carries (names from botocore's model).
_CARRIED: Final = {"Reason": "reason", "ResourceType": "resourceType"}
_SYMBOL: Final = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,63}")


def make_client(settings: config.Settings) -> PinpointSMSVoiceV2Client:
    """A client with bounded standard retries and timeouts; the endpoint may come from
    ``AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2`` (boto3 reads it itself)."""
    client_config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        retries={"mode": settings.retry_mode, "total_max_attempts": settings.max_attempts},  # total, not retries
        user_agent_appid=APP_NAME,  # type: ignore[call-arg]  # stubs lag botocore
    )
    try:
        return boto3.client(SERVICE_NAME, config=client_config)
    except (BotoCoreError, ValueError) as exc:
        raise config.ConfigurationError(f"cannot create the {SERVICE_NAME} client: {exc}") from exc


@functools.cache
def client() -> PinpointSMSVoiceV2Client:
    """The container's client, built once from :func:`sms_pool.config.settings` on first call."""
    return make_client(config.settings())


def partition() -> str:
    """``aws``, ``aws-cn``, ``aws-us-gov``, ...: botocore derives it from the region (its endpoints data)."""
    return str(client().meta.partition)


def _symbol(value: Any) -> str | None:
    # Only enum-like values of AWS's answer reach the caller, never its free text (paths, account ids).
    return value if isinstance(value, str) and _SYMBOL.fullmatch(value) else None


def _from_client_error(exc: ClientError, params: Mapping[str, Any]) -> errors.ServiceError:
    response: dict[str, Any] = dict(exc.response)
    code = _symbol(response.get("Error", {}).get("Code")) or ""
    row = errors.AWS_ERRORS.get(code)
    if row is None:
        return errors.error(
            errors.Kind.OTHER_CLIENT_ERROR, f"AWS answered {code or 'an unknown error'}", awsErrorCode=code or None
        )
    carried = {key: value for member, key in _CARRIED.items() if (value := _symbol(response.get(member)))}
    if "reason" in carried:  # no default key to look up: without a reason the code's own row stands
        row = errors.AWS_REASONS.get((code, carried["reason"])) or row
    # A resource id is echoed only when it is what the caller sent (AWS may name an ARN with its account).
    resource_id = response.get("ResourceId")
    if isinstance(resource_id, str) and resource_id in (params.get("PoolId"), params.get("OriginationIdentity")):
        carried["resourceId"] = resource_id
    fields = response.get("Fields")
    field_errors = (
        [
            {
                "field": _symbol(f.get("Name")) or "unknown",
                "message": f"rejected by AWS ({carried.get('reason', code)})",
            }
            for f in fields
            if isinstance(f, dict)
        ]
        if isinstance(fields, list)
        else None
    )
    if code == "ResourceNotFoundException":
        detail = " ".join(
            filter(None, (carried.get("resourceType", "resource"), carried.get("resourceId"), "was not found"))
        )
    elif "reason" in carried:
        detail = f"{row.title}: {carried['reason']}"
    else:
        detail = row.title
    return errors.from_row(row, detail, errors=field_errors, **carried)


def _from_transport_error(exc: BotoCoreError) -> errors.ServiceError | None:
    for cls in type(exc).__mro__:
        row = errors.TRANSPORT_ERRORS.get(cls.__name__)
        if row is not None:
            return errors.from_row(row, row.title)
    return None


@contextmanager
def _translated(params: Mapping[str, Any]) -> Iterator[None]:
    # Every AWS call answers its failures with the table's errors (AWS's codes, botocore's transport errors).
    try:
        yield
    except ClientError as exc:
        raise _from_client_error(exc, params) from exc
    except BotoCoreError as exc:
        mapped = _from_transport_error(exc)
        if mapped is None:
            raise  # e.g. NoCredentialsError: a bug or a misconfiguration, logged with its stack by the adapter
        raise mapped from exc


@functools.cache
def aws_members(operation: str) -> frozenset[str]:
    """The input members AWS knows for ``operation`` (botocore's service model, loaded with the client)."""
    shape = client().meta.service_model.operation_model(operation).input_shape
    return frozenset(shape.members if shape else ())


def disassociate_origination_identity(params: Mapping[str, Any]) -> DisassociateOriginationIdentityResultTypeDef:
    """Call AWS with the members it knows; return the response fields, or raise the table's error.

    The request model's own fields (``DryRun``, and any caller-only field added later) are dropped here, the one
    place before the call: botocore rejects a member its model lacks, which would answer the caller a 500.
    """
    known = aws_members("DisassociateOriginationIdentity")
    sent = {key: value for key, value in params.items() if key in known}
    with _translated(sent):
        response = client().disassociate_origination_identity(**sent)
    missing = [key for key in RESULT_FIELDS if not isinstance(response.get(key), str)]
    if missing:  # botocore answers a 200 it cannot parse with no members rather than an error
        raise errors.error(errors.Kind.MALFORMED_RESPONSE, f"AWS's answer lacked {', '.join(missing)}")
    return {key: response[key] for key in RESULT_FIELDS}  # type: ignore[return-value]


def call(operation: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """One call of a read operation (``DescribePhoneNumbers``, ...): AWS's answer, or the table's error."""
    method = getattr(client(), xform_name(operation))
    with _translated(params):
        return dict(method(**params))


def paced(operation: str, params: Mapping[str, Any], deadline: pacing.Deadline) -> dict[str, Any] | None:
    """:func:`call` in ``operation``'s pace; a throttled call is sent again one interval later. None when
    ``deadline`` comes before the call could be sent (nothing was sent then)."""
    pace = pacing.pacer(operation)
    while pace.wait(deadline):
        try:
            return call(operation, params)
        except errors.ThrottledError:
            pace.throttled()
    return None


def check_pool(pool_id: str) -> None:
    """One page of one member: the table's ``ResourceNotFoundError`` (404) when the pool does not exist."""
    with _translated({"PoolId": pool_id}):
        client().list_pool_origination_identities(PoolId=pool_id, MaxResults=1)
