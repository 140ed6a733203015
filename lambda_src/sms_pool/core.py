"""The one core function and the service's rules: which identities a pool gives up, and its idempotency token.

Knows nothing of HTTP or Step Functions; both adapters in ``handlers`` call :func:`disassociate` with a request
whose shape ``validation`` has already proved. The rules here are the ones no schema can state: a phone number
is never an identity, and an ARN must name an End User Messaging SMS resource of the right type in this
function's partition.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from sms_pool import aws, errors, phone
from sms_pool.constants import ARN_RESOURCE_TYPES, TOKEN_FIELDS

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import (
        DisassociateOriginationIdentityRequestTypeDef,
        DisassociateOriginationIdentityResultTypeDef,
    )

# Versioned so a future change of derivation cannot collide with tokens already sent to AWS.
_TOKEN_DOMAIN: Final = b"sms-pool-disassociate/v1\x00"

PHONE_NUMBER_HINT: Final = (
    "looks like a phone number; pass the PhoneNumberId (phone-...) or PhoneNumberArn from DescribePhoneNumbers"
)

# An ARN passes the model's pattern whatever it names; only End User Messaging SMS resources of the right
# type, in this function's partition, can be disassociated (region and account are free: shared pools).
_ARN: Final = re.compile(r"arn:([a-z0-9-]+):([a-z0-9-]*):([a-z0-9-]*):([0-9]*):([a-z-]+)/[A-Za-z0-9_-]+(/[A-Z]{2})?")


def _check_arn(field: str, value: str) -> None:
    match = _ARN.fullmatch(value)
    types = ARN_RESOURCE_TYPES[field]
    if not (
        match
        and match[1] == aws.PARTITION
        and match[2] == "sms-voice"
        and match[3]
        and len(match[4]) == 12
        and match[5] in types
        and ((match[6] is not None) == (match[5] == "sender-id"))
    ):
        kinds = " or ".join(f"{kind}/<SenderId>/<country>" if kind == "sender-id" else f"{kind}/<id>" for kind in types)
        raise errors.invalid(field, f"an ARN here must be arn:{aws.PARTITION}:sms-voice:<region>:<account>:{kinds}")


def check_rules(request: DisassociateOriginationIdentityRequestTypeDef) -> None:
    """Raise ``InvalidRequestError`` naming the field if ``request`` breaks one of the service's rules."""
    identity = request["OriginationIdentity"]
    if phone.is_phone_number(identity):
        raise errors.invalid("OriginationIdentity", PHONE_NUMBER_HINT)
    for field, value in (("PoolId", request["PoolId"]), ("OriginationIdentity", identity)):
        if value.startswith("arn:"):
            _check_arn(field, value)


def derive_client_token(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "")) for name in TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("utf-8")).hexdigest()


def disassociate(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Check the service's rules, then remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    check_rules(request)
    params = request
    if "ClientToken" not in request and idempotency_key:
        params = {**request, "ClientToken": derive_client_token(idempotency_key, request)}
    return aws.disassociate_origination_identity(params)
