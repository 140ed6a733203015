"""The one core function: disassociate an identity, with deterministic idempotency tokens.

Knows nothing of HTTP or Step Functions; both adapters in ``handlers`` call :func:`disassociate`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from sms_pool import aws

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import (
        DisassociateOriginationIdentityRequestTypeDef,
        DisassociateOriginationIdentityResultTypeDef,
    )

# Versioned so a future change of derivation cannot collide with tokens already sent to AWS.
_TOKEN_DOMAIN: Final = b"sms-pool-disassociate/v1\x00"
_TOKEN_FIELDS: Final = ("PoolId", "OriginationIdentity", "IsoCountryCode")


def derive_client_token(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("utf-8")).hexdigest()


def disassociate(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "ClientToken" not in request and idempotency_key:
        params = {**request, "ClientToken": derive_client_token(idempotency_key, request)}
    return aws.disassociate_origination_identity(params)
