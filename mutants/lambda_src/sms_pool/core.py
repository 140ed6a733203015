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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_derive_client_token__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_derive_client_token__mutmut)
def derive_client_token(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("utf-8")).hexdigest()


def x_derive_client_token__mutmut_orig(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("utf-8")).hexdigest()


def x_derive_client_token__mutmut_1(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = None
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("utf-8")).hexdigest()


def x_derive_client_token__mutmut_2(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(None) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("utf-8")).hexdigest()


def x_derive_client_token__mutmut_3(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(None, "")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("utf-8")).hexdigest()


def x_derive_client_token__mutmut_4(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, None)) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("utf-8")).hexdigest()


def x_derive_client_token__mutmut_5(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get("")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("utf-8")).hexdigest()


def x_derive_client_token__mutmut_6(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, )) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("utf-8")).hexdigest()


def x_derive_client_token__mutmut_7(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "XXXX")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("utf-8")).hexdigest()


def x_derive_client_token__mutmut_8(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(None).hexdigest()


def x_derive_client_token__mutmut_9(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN - "\0".join(parts).encode("utf-8")).hexdigest()


def x_derive_client_token__mutmut_10(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode(None)).hexdigest()


def x_derive_client_token__mutmut_11(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(None).encode("utf-8")).hexdigest()


def x_derive_client_token__mutmut_12(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "XX\0XX".join(parts).encode("utf-8")).hexdigest()


def x_derive_client_token__mutmut_13(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("XXutf-8XX")).hexdigest()


def x_derive_client_token__mutmut_14(idempotency_key: str, request: Mapping[str, object]) -> str:
    """The ClientToken for a caller's key and this request: 64 hex chars, stable across retries.

    The request's identifiers are part of it, so one key may cover several disassociations (a Step
    Functions Map state passes the same execution id for every item) without them colliding at AWS.
    """
    parts = [idempotency_key, *(str(request.get(name, "")) for name in _TOKEN_FIELDS)]
    return hashlib.sha256(_TOKEN_DOMAIN + "\0".join(parts).encode("UTF-8")).hexdigest()

mutants_x_derive_client_token__mutmut['_mutmut_orig'] = x_derive_client_token__mutmut_orig # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_1'] = x_derive_client_token__mutmut_1 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_2'] = x_derive_client_token__mutmut_2 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_3'] = x_derive_client_token__mutmut_3 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_4'] = x_derive_client_token__mutmut_4 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_5'] = x_derive_client_token__mutmut_5 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_6'] = x_derive_client_token__mutmut_6 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_7'] = x_derive_client_token__mutmut_7 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_8'] = x_derive_client_token__mutmut_8 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_9'] = x_derive_client_token__mutmut_9 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_10'] = x_derive_client_token__mutmut_10 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_11'] = x_derive_client_token__mutmut_11 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_12'] = x_derive_client_token__mutmut_12 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_13'] = x_derive_client_token__mutmut_13 # type: ignore # mutmut generated
mutants_x_derive_client_token__mutmut['x_derive_client_token__mutmut_14'] = x_derive_client_token__mutmut_14 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_disassociate__mutmut)
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


def x_disassociate__mutmut_orig(
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


def x_disassociate__mutmut_1(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = None
    if "ClientToken" not in request and idempotency_key:
        params = {**request, "ClientToken": derive_client_token(idempotency_key, request)}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_2(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "ClientToken" not in request or idempotency_key:
        params = {**request, "ClientToken": derive_client_token(idempotency_key, request)}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_3(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "XXClientTokenXX" not in request and idempotency_key:
        params = {**request, "ClientToken": derive_client_token(idempotency_key, request)}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_4(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "clienttoken" not in request and idempotency_key:
        params = {**request, "ClientToken": derive_client_token(idempotency_key, request)}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_5(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "CLIENTTOKEN" not in request and idempotency_key:
        params = {**request, "ClientToken": derive_client_token(idempotency_key, request)}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_6(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "ClientToken" in request and idempotency_key:
        params = {**request, "ClientToken": derive_client_token(idempotency_key, request)}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_7(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "ClientToken" not in request and idempotency_key:
        params = None
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_8(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "ClientToken" not in request and idempotency_key:
        params = {**request, "XXClientTokenXX": derive_client_token(idempotency_key, request)}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_9(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "ClientToken" not in request and idempotency_key:
        params = {**request, "clienttoken": derive_client_token(idempotency_key, request)}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_10(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "ClientToken" not in request and idempotency_key:
        params = {**request, "CLIENTTOKEN": derive_client_token(idempotency_key, request)}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_11(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "ClientToken" not in request and idempotency_key:
        params = {**request, "ClientToken": derive_client_token(None, request)}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_12(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "ClientToken" not in request and idempotency_key:
        params = {**request, "ClientToken": derive_client_token(idempotency_key, None)}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_13(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "ClientToken" not in request and idempotency_key:
        params = {**request, "ClientToken": derive_client_token(request)}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_14(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "ClientToken" not in request and idempotency_key:
        params = {**request, "ClientToken": derive_client_token(idempotency_key, )}
    return aws.disassociate_origination_identity(params)


def x_disassociate__mutmut_15(
    request: DisassociateOriginationIdentityRequestTypeDef, idempotency_key: str | None = None
) -> DisassociateOriginationIdentityResultTypeDef:
    """Remove the identity from the pool.

    A ``ClientToken`` in the request wins; otherwise one is derived from ``idempotency_key``;
    with neither, botocore generates a random one (so only that single call is idempotent).
    """
    params = request
    if "ClientToken" not in request and idempotency_key:
        params = {**request, "ClientToken": derive_client_token(idempotency_key, request)}
    return aws.disassociate_origination_identity(None)

mutants_x_disassociate__mutmut['_mutmut_orig'] = x_disassociate__mutmut_orig # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_1'] = x_disassociate__mutmut_1 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_2'] = x_disassociate__mutmut_2 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_3'] = x_disassociate__mutmut_3 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_4'] = x_disassociate__mutmut_4 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_5'] = x_disassociate__mutmut_5 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_6'] = x_disassociate__mutmut_6 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_7'] = x_disassociate__mutmut_7 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_8'] = x_disassociate__mutmut_8 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_9'] = x_disassociate__mutmut_9 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_10'] = x_disassociate__mutmut_10 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_11'] = x_disassociate__mutmut_11 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_12'] = x_disassociate__mutmut_12 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_13'] = x_disassociate__mutmut_13 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_14'] = x_disassociate__mutmut_14 # type: ignore # mutmut generated
mutants_x_disassociate__mutmut['x_disassociate__mutmut_15'] = x_disassociate__mutmut_15 # type: ignore # mutmut generated
