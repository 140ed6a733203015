"""Thin entry-point adapters over :func:`sms_pool.core.disassociate`.

One Lambda function serves both callers; :func:`handler` tells them apart by the event's shape:
an API Gateway REST proxy event (payload 1.0) has ``httpMethod`` and ``requestContext``; anything
else is a Step Functions task payload. ``api_handler`` and ``sfn_handler`` can also be set as the
function's handler directly.
"""

from __future__ import annotations

import gc

# Init allocates ~65k long-lived objects (boto3's model, Powertools): without this a full collection
# lands in the cold start (13-16 ms measured). Frozen afterwards, so later collections skip them.
gc.disable()
try:
    import json
    from typing import TYPE_CHECKING, Any, Final

    from sms_pool import core, errors, validation
    from sms_pool.observability import logger, metrics, record_outcome, trace_handler
finally:
    gc.freeze()
    gc.enable()

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.typing import LambdaContext
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import DisassociateOriginationIdentityResultTypeDef

ROUTE: Final = "/disassociate-origination-identity"
IDEMPOTENCY_HEADER: Final = "idempotency-key"
_MAX_KEY_LENGTH: Final = 256
_JSON: Final = {"Content-Type": "application/json"}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_problem_response__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_problem_response__mutmut)
def problem_response(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_orig(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_1(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = None
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_2(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = None
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_3(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"XXContent-TypeXX": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_4(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"content-type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_5(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"CONTENT-TYPE": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_6(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "XXapplication/problem+jsonXX"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_7(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "APPLICATION/PROBLEM+JSON"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_8(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_9(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = None
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_10(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["XXRetry-AfterXX"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_11(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["retry-after"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_12(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["RETRY-AFTER"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_13(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(None)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_14(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code != "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_15(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "XXMETHOD_NOT_ALLOWEDXX":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_16(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "method_not_allowed":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_17(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = None
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_18(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["XXAllowXX"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_19(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_20(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["ALLOW"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_21(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "XXPOSTXX"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_22(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "post"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_23(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "XXstatusCodeXX": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_24(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statuscode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_25(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "STATUSCODE": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_26(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "XXheadersXX": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_27(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "HEADERS": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_28(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "XXbodyXX": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_29(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "BODY": json.dumps(errors.problem(exc, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_30(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(None, separators=(",", ":")),
    }


def x_problem_response__mutmut_31(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=None),
    }


def x_problem_response__mutmut_32(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(separators=(",", ":")),
    }


def x_problem_response__mutmut_33(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), ),
    }


def x_problem_response__mutmut_34(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(None, request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_35(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, None), separators=(",", ":")),
    }


def x_problem_response__mutmut_36(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(request_id), separators=(",", ":")),
    }


def x_problem_response__mutmut_37(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, ), separators=(",", ":")),
    }


def x_problem_response__mutmut_38(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=("XX,XX", ":")),
    }


def x_problem_response__mutmut_39(exc: errors.ServiceError, request_id: str) -> dict[str, Any]:
    """The proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    if row.retry_after is not None:
        headers["Retry-After"] = str(row.retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = "POST"
    return {
        "statusCode": row.status,
        "headers": headers,
        "body": json.dumps(errors.problem(exc, request_id), separators=(",", "XX:XX")),
    }

mutants_x_problem_response__mutmut['_mutmut_orig'] = x_problem_response__mutmut_orig # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_1'] = x_problem_response__mutmut_1 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_2'] = x_problem_response__mutmut_2 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_3'] = x_problem_response__mutmut_3 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_4'] = x_problem_response__mutmut_4 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_5'] = x_problem_response__mutmut_5 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_6'] = x_problem_response__mutmut_6 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_7'] = x_problem_response__mutmut_7 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_8'] = x_problem_response__mutmut_8 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_9'] = x_problem_response__mutmut_9 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_10'] = x_problem_response__mutmut_10 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_11'] = x_problem_response__mutmut_11 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_12'] = x_problem_response__mutmut_12 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_13'] = x_problem_response__mutmut_13 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_14'] = x_problem_response__mutmut_14 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_15'] = x_problem_response__mutmut_15 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_16'] = x_problem_response__mutmut_16 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_17'] = x_problem_response__mutmut_17 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_18'] = x_problem_response__mutmut_18 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_19'] = x_problem_response__mutmut_19 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_20'] = x_problem_response__mutmut_20 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_21'] = x_problem_response__mutmut_21 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_22'] = x_problem_response__mutmut_22 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_23'] = x_problem_response__mutmut_23 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_24'] = x_problem_response__mutmut_24 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_25'] = x_problem_response__mutmut_25 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_26'] = x_problem_response__mutmut_26 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_27'] = x_problem_response__mutmut_27 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_28'] = x_problem_response__mutmut_28 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_29'] = x_problem_response__mutmut_29 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_30'] = x_problem_response__mutmut_30 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_31'] = x_problem_response__mutmut_31 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_32'] = x_problem_response__mutmut_32 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_33'] = x_problem_response__mutmut_33 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_34'] = x_problem_response__mutmut_34 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_35'] = x_problem_response__mutmut_35 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_36'] = x_problem_response__mutmut_36 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_37'] = x_problem_response__mutmut_37 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_38'] = x_problem_response__mutmut_38 # type: ignore # mutmut generated
mutants_x_problem_response__mutmut['x_problem_response__mutmut_39'] = x_problem_response__mutmut_39 # type: ignore # mutmut generated
mutants_x__lower_headers__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__lower_headers__mutmut)
def _lower_headers(event: dict[str, Any]) -> dict[str, Any]:
    # HTTP header names are case-insensitive; API Gateway passes them as the client sent them.
    headers = event.get("headers")
    if not isinstance(headers, dict):
        return {}
    return {key.lower(): value for key, value in headers.items() if isinstance(key, str)}


def x__lower_headers__mutmut_orig(event: dict[str, Any]) -> dict[str, Any]:
    # HTTP header names are case-insensitive; API Gateway passes them as the client sent them.
    headers = event.get("headers")
    if not isinstance(headers, dict):
        return {}
    return {key.lower(): value for key, value in headers.items() if isinstance(key, str)}


def x__lower_headers__mutmut_1(event: dict[str, Any]) -> dict[str, Any]:
    # HTTP header names are case-insensitive; API Gateway passes them as the client sent them.
    headers = None
    if not isinstance(headers, dict):
        return {}
    return {key.lower(): value for key, value in headers.items() if isinstance(key, str)}


def x__lower_headers__mutmut_2(event: dict[str, Any]) -> dict[str, Any]:
    # HTTP header names are case-insensitive; API Gateway passes them as the client sent them.
    headers = event.get(None)
    if not isinstance(headers, dict):
        return {}
    return {key.lower(): value for key, value in headers.items() if isinstance(key, str)}


def x__lower_headers__mutmut_3(event: dict[str, Any]) -> dict[str, Any]:
    # HTTP header names are case-insensitive; API Gateway passes them as the client sent them.
    headers = event.get("XXheadersXX")
    if not isinstance(headers, dict):
        return {}
    return {key.lower(): value for key, value in headers.items() if isinstance(key, str)}


def x__lower_headers__mutmut_4(event: dict[str, Any]) -> dict[str, Any]:
    # HTTP header names are case-insensitive; API Gateway passes them as the client sent them.
    headers = event.get("HEADERS")
    if not isinstance(headers, dict):
        return {}
    return {key.lower(): value for key, value in headers.items() if isinstance(key, str)}


def x__lower_headers__mutmut_5(event: dict[str, Any]) -> dict[str, Any]:
    # HTTP header names are case-insensitive; API Gateway passes them as the client sent them.
    headers = event.get("headers")
    if isinstance(headers, dict):
        return {}
    return {key.lower(): value for key, value in headers.items() if isinstance(key, str)}


def x__lower_headers__mutmut_6(event: dict[str, Any]) -> dict[str, Any]:
    # HTTP header names are case-insensitive; API Gateway passes them as the client sent them.
    headers = event.get("headers")
    if not isinstance(headers, dict):
        return {}
    return {key.upper(): value for key, value in headers.items() if isinstance(key, str)}

mutants_x__lower_headers__mutmut['_mutmut_orig'] = x__lower_headers__mutmut_orig # type: ignore # mutmut generated
mutants_x__lower_headers__mutmut['x__lower_headers__mutmut_1'] = x__lower_headers__mutmut_1 # type: ignore # mutmut generated
mutants_x__lower_headers__mutmut['x__lower_headers__mutmut_2'] = x__lower_headers__mutmut_2 # type: ignore # mutmut generated
mutants_x__lower_headers__mutmut['x__lower_headers__mutmut_3'] = x__lower_headers__mutmut_3 # type: ignore # mutmut generated
mutants_x__lower_headers__mutmut['x__lower_headers__mutmut_4'] = x__lower_headers__mutmut_4 # type: ignore # mutmut generated
mutants_x__lower_headers__mutmut['x__lower_headers__mutmut_5'] = x__lower_headers__mutmut_5 # type: ignore # mutmut generated
mutants_x__lower_headers__mutmut['x__lower_headers__mutmut_6'] = x__lower_headers__mutmut_6 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__idempotency_key__mutmut)
def _idempotency_key(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_orig(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_1(headers: dict[str, Any]) -> str | None:
    key = None
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_2(headers: dict[str, Any]) -> str | None:
    key = headers.get(None)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_3(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is not None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_4(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_5(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() or key.isprintable()):
        raise errors.invalid("Idempotency-Key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_6(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH or key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_7(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) or 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_8(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 1 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_9(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 <= len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_10(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) < _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_11(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid(None, f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_12(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", None)
    return key


def x__idempotency_key__mutmut_13(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid(f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_14(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("Idempotency-Key", )
    return key


def x__idempotency_key__mutmut_15(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("XXIdempotency-KeyXX", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_16(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("idempotency-key", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key


def x__idempotency_key__mutmut_17(headers: dict[str, Any]) -> str | None:
    key = headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not (isinstance(key, str) and 0 < len(key) <= _MAX_KEY_LENGTH and key.isascii() and key.isprintable()):
        raise errors.invalid("IDEMPOTENCY-KEY", f"must be 1 to {_MAX_KEY_LENGTH} printable ASCII characters")
    return key

mutants_x__idempotency_key__mutmut['_mutmut_orig'] = x__idempotency_key__mutmut_orig # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_1'] = x__idempotency_key__mutmut_1 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_2'] = x__idempotency_key__mutmut_2 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_3'] = x__idempotency_key__mutmut_3 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_4'] = x__idempotency_key__mutmut_4 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_5'] = x__idempotency_key__mutmut_5 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_6'] = x__idempotency_key__mutmut_6 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_7'] = x__idempotency_key__mutmut_7 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_8'] = x__idempotency_key__mutmut_8 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_9'] = x__idempotency_key__mutmut_9 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_10'] = x__idempotency_key__mutmut_10 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_11'] = x__idempotency_key__mutmut_11 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_12'] = x__idempotency_key__mutmut_12 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_13'] = x__idempotency_key__mutmut_13 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_14'] = x__idempotency_key__mutmut_14 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_15'] = x__idempotency_key__mutmut_15 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_16'] = x__idempotency_key__mutmut_16 # type: ignore # mutmut generated
mutants_x__idempotency_key__mutmut['x__idempotency_key__mutmut_17'] = x__idempotency_key__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_request_line__mutmut)
def _check_request_line(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_orig(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_1(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") and event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_2(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get(None) or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_3(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("XXresourceXX") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_4(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("RESOURCE") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_5(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get(None)) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_6(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("XXpathXX")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_7(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("PATH")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_8(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) == ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_9(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error(None, f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_10(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", None)
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_11(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error(f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_12(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", )
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_13(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("XXroute_not_foundXX", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_14(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("ROUTE_NOT_FOUND", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_15(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get(None)!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_16(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('XXpathXX')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_17(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('PATH')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_18(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get(None) != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_19(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("XXhttpMethodXX") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_20(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpmethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_21(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("HTTPMETHOD") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_22(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") == "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_23(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "XXPOSTXX":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_24(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "post":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_25(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error(None, f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_26(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", None)
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_27(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error(f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_28(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", )
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_29(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("XXmethod_not_allowedXX", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_30(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("METHOD_NOT_ALLOWED", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_31(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get(None)!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_32(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('XXhttpMethodXX')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_33(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpmethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_34(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('HTTPMETHOD')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_35(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = None
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_36(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get(None)
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_37(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("XXcontent-typeXX")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_38(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("CONTENT-TYPE")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_39(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) or "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_40(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "XXjsonXX" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_41(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "JSON" not in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_42(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" in content_type.lower():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_43(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.upper():
        raise errors.error("unsupported_media_type", "Send the body as application/json")


def x__check_request_line__mutmut_44(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error(None, "Send the body as application/json")


def x__check_request_line__mutmut_45(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", None)


def x__check_request_line__mutmut_46(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("Send the body as application/json")


def x__check_request_line__mutmut_47(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", )


def x__check_request_line__mutmut_48(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("XXunsupported_media_typeXX", "Send the body as application/json")


def x__check_request_line__mutmut_49(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json")


def x__check_request_line__mutmut_50(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "XXSend the body as application/jsonXX")


def x__check_request_line__mutmut_51(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "send the body as application/json")


def x__check_request_line__mutmut_52(event: dict[str, Any], headers: dict[str, Any]) -> None:
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error("route_not_found", f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != "POST":
        raise errors.error("method_not_allowed", f"{event.get('httpMethod')!s:.10} is not allowed; use POST")
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error("unsupported_media_type", "SEND THE BODY AS APPLICATION/JSON")

mutants_x__check_request_line__mutmut['_mutmut_orig'] = x__check_request_line__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_1'] = x__check_request_line__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_2'] = x__check_request_line__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_3'] = x__check_request_line__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_4'] = x__check_request_line__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_5'] = x__check_request_line__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_6'] = x__check_request_line__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_7'] = x__check_request_line__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_8'] = x__check_request_line__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_9'] = x__check_request_line__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_10'] = x__check_request_line__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_11'] = x__check_request_line__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_12'] = x__check_request_line__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_13'] = x__check_request_line__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_14'] = x__check_request_line__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_15'] = x__check_request_line__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_16'] = x__check_request_line__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_17'] = x__check_request_line__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_18'] = x__check_request_line__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_19'] = x__check_request_line__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_20'] = x__check_request_line__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_21'] = x__check_request_line__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_22'] = x__check_request_line__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_23'] = x__check_request_line__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_24'] = x__check_request_line__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_25'] = x__check_request_line__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_26'] = x__check_request_line__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_27'] = x__check_request_line__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_28'] = x__check_request_line__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_29'] = x__check_request_line__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_30'] = x__check_request_line__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_31'] = x__check_request_line__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_32'] = x__check_request_line__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_33'] = x__check_request_line__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_34'] = x__check_request_line__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_35'] = x__check_request_line__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_36'] = x__check_request_line__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_37'] = x__check_request_line__mutmut_37 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_38'] = x__check_request_line__mutmut_38 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_39'] = x__check_request_line__mutmut_39 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_40'] = x__check_request_line__mutmut_40 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_41'] = x__check_request_line__mutmut_41 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_42'] = x__check_request_line__mutmut_42 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_43'] = x__check_request_line__mutmut_43 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_44'] = x__check_request_line__mutmut_44 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_45'] = x__check_request_line__mutmut_45 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_46'] = x__check_request_line__mutmut_46 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_47'] = x__check_request_line__mutmut_47 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_48'] = x__check_request_line__mutmut_48 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_49'] = x__check_request_line__mutmut_49 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_50'] = x__check_request_line__mutmut_50 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_51'] = x__check_request_line__mutmut_51 # type: ignore # mutmut generated
mutants_x__check_request_line__mutmut['x__check_request_line__mutmut_52'] = x__check_request_line__mutmut_52 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__log_outcome__mutmut)
def _log_outcome(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_orig(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_1(exc: errors.ServiceError | None, **keys: str) -> None:
    code = None
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_2(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if (exc is None) and False else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_3(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if (exc is None) or True else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_4(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "XXOKXX" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_5(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "ok" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_6(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is not None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_7(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(None, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_8(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(**keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_9(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, )
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_10(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is not None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_11(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug(None, extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_12(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra=None)
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_13(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug(extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_14(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", )
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_15(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("XXdisassociatedXX", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_16(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("DISASSOCIATED", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_17(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"XXoutcomeXX": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_18(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"OUTCOME": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_19(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status > 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_20(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 501:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_21(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error(None, extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_22(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra=None)
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_23(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error(extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_24(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", )
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_25(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("XXfailedXX", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_26(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("FAILED", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_27(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"XXoutcomeXX": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_28(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"OUTCOME": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_29(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "XXdetailXX": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_30(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "DETAIL": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_31(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info(None, extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_32(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra=None)


def x__log_outcome__mutmut_33(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info(extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_34(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", )


def x__log_outcome__mutmut_35(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("XXrejectedXX", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_36(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("REJECTED", extra={"outcome": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_37(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"XXoutcomeXX": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_38(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"OUTCOME": code, "detail": exc.detail, **keys})


def x__log_outcome__mutmut_39(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "XXdetailXX": exc.detail, **keys})


def x__log_outcome__mutmut_40(exc: errors.ServiceError | None, **keys: str) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code, **keys)
    if exc is None:
        # DEBUG: a success line through the logger costs ~115 µs per call (half the bare AWS call); the
        # EMF line above already records the outcome, the correlation id and the ids.
        logger.debug("disassociated", extra={"outcome": code, **keys})
    elif exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail, **keys})
    else:
        logger.info("rejected", extra={"outcome": code, "DETAIL": exc.detail, **keys})

mutants_x__log_outcome__mutmut['_mutmut_orig'] = x__log_outcome__mutmut_orig # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_1'] = x__log_outcome__mutmut_1 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_2'] = x__log_outcome__mutmut_2 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_3'] = x__log_outcome__mutmut_3 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_4'] = x__log_outcome__mutmut_4 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_5'] = x__log_outcome__mutmut_5 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_6'] = x__log_outcome__mutmut_6 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_7'] = x__log_outcome__mutmut_7 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_8'] = x__log_outcome__mutmut_8 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_9'] = x__log_outcome__mutmut_9 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_10'] = x__log_outcome__mutmut_10 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_11'] = x__log_outcome__mutmut_11 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_12'] = x__log_outcome__mutmut_12 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_13'] = x__log_outcome__mutmut_13 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_14'] = x__log_outcome__mutmut_14 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_15'] = x__log_outcome__mutmut_15 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_16'] = x__log_outcome__mutmut_16 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_17'] = x__log_outcome__mutmut_17 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_18'] = x__log_outcome__mutmut_18 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_19'] = x__log_outcome__mutmut_19 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_20'] = x__log_outcome__mutmut_20 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_21'] = x__log_outcome__mutmut_21 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_22'] = x__log_outcome__mutmut_22 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_23'] = x__log_outcome__mutmut_23 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_24'] = x__log_outcome__mutmut_24 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_25'] = x__log_outcome__mutmut_25 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_26'] = x__log_outcome__mutmut_26 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_27'] = x__log_outcome__mutmut_27 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_28'] = x__log_outcome__mutmut_28 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_29'] = x__log_outcome__mutmut_29 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_30'] = x__log_outcome__mutmut_30 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_31'] = x__log_outcome__mutmut_31 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_32'] = x__log_outcome__mutmut_32 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_33'] = x__log_outcome__mutmut_33 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_34'] = x__log_outcome__mutmut_34 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_35'] = x__log_outcome__mutmut_35 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_36'] = x__log_outcome__mutmut_36 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_37'] = x__log_outcome__mutmut_37 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_38'] = x__log_outcome__mutmut_38 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_39'] = x__log_outcome__mutmut_39 # type: ignore # mutmut generated
mutants_x__log_outcome__mutmut['x__log_outcome__mutmut_40'] = x__log_outcome__mutmut_40 # type: ignore # mutmut generated
mutants_x__unexpected__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__unexpected__mutmut)
def _unexpected() -> errors.ServiceError:
    logger.exception("unexpected failure")  # the stack goes to the log, never to the caller
    return errors.error("unexpected", "The service failed unexpectedly; retry later or report the requestId")


def x__unexpected__mutmut_orig() -> errors.ServiceError:
    logger.exception("unexpected failure")  # the stack goes to the log, never to the caller
    return errors.error("unexpected", "The service failed unexpectedly; retry later or report the requestId")


def x__unexpected__mutmut_1() -> errors.ServiceError:
    logger.exception(None)  # the stack goes to the log, never to the caller
    return errors.error("unexpected", "The service failed unexpectedly; retry later or report the requestId")


def x__unexpected__mutmut_2() -> errors.ServiceError:
    logger.exception("XXunexpected failureXX")  # the stack goes to the log, never to the caller
    return errors.error("unexpected", "The service failed unexpectedly; retry later or report the requestId")


def x__unexpected__mutmut_3() -> errors.ServiceError:
    logger.exception("UNEXPECTED FAILURE")  # the stack goes to the log, never to the caller
    return errors.error("unexpected", "The service failed unexpectedly; retry later or report the requestId")


def x__unexpected__mutmut_4() -> errors.ServiceError:
    logger.exception("unexpected failure")  # the stack goes to the log, never to the caller
    return errors.error(None, "The service failed unexpectedly; retry later or report the requestId")


def x__unexpected__mutmut_5() -> errors.ServiceError:
    logger.exception("unexpected failure")  # the stack goes to the log, never to the caller
    return errors.error("unexpected", None)


def x__unexpected__mutmut_6() -> errors.ServiceError:
    logger.exception("unexpected failure")  # the stack goes to the log, never to the caller
    return errors.error("The service failed unexpectedly; retry later or report the requestId")


def x__unexpected__mutmut_7() -> errors.ServiceError:
    logger.exception("unexpected failure")  # the stack goes to the log, never to the caller
    return errors.error("unexpected", )


def x__unexpected__mutmut_8() -> errors.ServiceError:
    logger.exception("unexpected failure")  # the stack goes to the log, never to the caller
    return errors.error("XXunexpectedXX", "The service failed unexpectedly; retry later or report the requestId")


def x__unexpected__mutmut_9() -> errors.ServiceError:
    logger.exception("unexpected failure")  # the stack goes to the log, never to the caller
    return errors.error("UNEXPECTED", "The service failed unexpectedly; retry later or report the requestId")


def x__unexpected__mutmut_10() -> errors.ServiceError:
    logger.exception("unexpected failure")  # the stack goes to the log, never to the caller
    return errors.error("unexpected", "XXThe service failed unexpectedly; retry later or report the requestIdXX")


def x__unexpected__mutmut_11() -> errors.ServiceError:
    logger.exception("unexpected failure")  # the stack goes to the log, never to the caller
    return errors.error("unexpected", "the service failed unexpectedly; retry later or report the requestid")


def x__unexpected__mutmut_12() -> errors.ServiceError:
    logger.exception("unexpected failure")  # the stack goes to the log, never to the caller
    return errors.error("unexpected", "THE SERVICE FAILED UNEXPECTEDLY; RETRY LATER OR REPORT THE REQUESTID")

mutants_x__unexpected__mutmut['_mutmut_orig'] = x__unexpected__mutmut_orig # type: ignore # mutmut generated
mutants_x__unexpected__mutmut['x__unexpected__mutmut_1'] = x__unexpected__mutmut_1 # type: ignore # mutmut generated
mutants_x__unexpected__mutmut['x__unexpected__mutmut_2'] = x__unexpected__mutmut_2 # type: ignore # mutmut generated
mutants_x__unexpected__mutmut['x__unexpected__mutmut_3'] = x__unexpected__mutmut_3 # type: ignore # mutmut generated
mutants_x__unexpected__mutmut['x__unexpected__mutmut_4'] = x__unexpected__mutmut_4 # type: ignore # mutmut generated
mutants_x__unexpected__mutmut['x__unexpected__mutmut_5'] = x__unexpected__mutmut_5 # type: ignore # mutmut generated
mutants_x__unexpected__mutmut['x__unexpected__mutmut_6'] = x__unexpected__mutmut_6 # type: ignore # mutmut generated
mutants_x__unexpected__mutmut['x__unexpected__mutmut_7'] = x__unexpected__mutmut_7 # type: ignore # mutmut generated
mutants_x__unexpected__mutmut['x__unexpected__mutmut_8'] = x__unexpected__mutmut_8 # type: ignore # mutmut generated
mutants_x__unexpected__mutmut['x__unexpected__mutmut_9'] = x__unexpected__mutmut_9 # type: ignore # mutmut generated
mutants_x__unexpected__mutmut['x__unexpected__mutmut_10'] = x__unexpected__mutmut_10 # type: ignore # mutmut generated
mutants_x__unexpected__mutmut['x__unexpected__mutmut_11'] = x__unexpected__mutmut_11 # type: ignore # mutmut generated
mutants_x__unexpected__mutmut['x__unexpected__mutmut_12'] = x__unexpected__mutmut_12 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_api_handler__mutmut)
def api_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_orig(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_1(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = None
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_2(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get(None)
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_3(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("XXrequestContextXX")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_4(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestcontext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_5(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("REQUESTCONTEXT")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_6(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_7(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if (isinstance(request_context, dict)) and False else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_8(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if (isinstance(request_context, dict)) or True else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_9(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get(None) if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_10(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("XXrequestIdXX") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_11(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestid") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_12(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("REQUESTID") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_13(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_14(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = None
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_15(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(None)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_16(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = None
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_17(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(None)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_18(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(None, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_19(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, None)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_20(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_21(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, )
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_22(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = None
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_23(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(None)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_24(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = None
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_25(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(None, event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_26(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), None)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_27(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_28(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), )
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_29(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get(None), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_30(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("XXbodyXX"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_31(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("BODY"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_32(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get(None) is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_33(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("XXisBase64EncodedXX") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_34(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isbase64encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_35(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("ISBASE64ENCODED") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_36(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is not True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_37(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is False)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_38(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = None
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_39(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(None, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_40(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), None)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_41(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_42(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), )
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_43(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(None, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_44(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=None), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_45(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_46(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, ), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_47(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=True), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_48(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(None)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_49(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(None, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_50(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, None)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_51(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_52(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, )
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_53(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = None
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_54(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(None)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_55(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(None, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_56(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, None)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_57(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_58(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, )
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_59(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=None, identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_60(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=None)
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_61(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_62(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_63(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], )
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_64(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["XXPoolIdXX"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_65(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["poolid"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_66(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["POOLID"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_67(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["XXOriginationIdentityXX"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_68(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["originationidentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_69(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["ORIGINATIONIDENTITY"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_70(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"XXstatusCodeXX": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_71(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statuscode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_72(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"STATUSCODE": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_73(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 201, "headers": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_74(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "XXheadersXX": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_75(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "HEADERS": _JSON, "body": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_76(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "XXbodyXX": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_77(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "BODY": json.dumps(result, separators=(",", ":"))}


def x_api_handler__mutmut_78(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(None, separators=(",", ":"))}


def x_api_handler__mutmut_79(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=None)}


def x_api_handler__mutmut_80(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(separators=(",", ":"))}


def x_api_handler__mutmut_81(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, )}


def x_api_handler__mutmut_82(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=("XX,XX", ":"))}


def x_api_handler__mutmut_83(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    try:
        headers = _lower_headers(event)
        _check_request_line(event, headers)
        key = _idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        result = core.disassociate(validation.validate_payload(data, step_functions=False), key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        return problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(failure)
        return problem_response(failure, request_id)
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return {"statusCode": 200, "headers": _JSON, "body": json.dumps(result, separators=(",", "XX:XX"))}

mutants_x_api_handler__mutmut['_mutmut_orig'] = x_api_handler__mutmut_orig # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_1'] = x_api_handler__mutmut_1 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_2'] = x_api_handler__mutmut_2 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_3'] = x_api_handler__mutmut_3 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_4'] = x_api_handler__mutmut_4 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_5'] = x_api_handler__mutmut_5 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_6'] = x_api_handler__mutmut_6 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_7'] = x_api_handler__mutmut_7 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_8'] = x_api_handler__mutmut_8 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_9'] = x_api_handler__mutmut_9 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_10'] = x_api_handler__mutmut_10 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_11'] = x_api_handler__mutmut_11 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_12'] = x_api_handler__mutmut_12 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_13'] = x_api_handler__mutmut_13 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_14'] = x_api_handler__mutmut_14 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_15'] = x_api_handler__mutmut_15 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_16'] = x_api_handler__mutmut_16 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_17'] = x_api_handler__mutmut_17 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_18'] = x_api_handler__mutmut_18 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_19'] = x_api_handler__mutmut_19 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_20'] = x_api_handler__mutmut_20 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_21'] = x_api_handler__mutmut_21 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_22'] = x_api_handler__mutmut_22 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_23'] = x_api_handler__mutmut_23 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_24'] = x_api_handler__mutmut_24 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_25'] = x_api_handler__mutmut_25 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_26'] = x_api_handler__mutmut_26 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_27'] = x_api_handler__mutmut_27 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_28'] = x_api_handler__mutmut_28 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_29'] = x_api_handler__mutmut_29 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_30'] = x_api_handler__mutmut_30 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_31'] = x_api_handler__mutmut_31 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_32'] = x_api_handler__mutmut_32 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_33'] = x_api_handler__mutmut_33 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_34'] = x_api_handler__mutmut_34 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_35'] = x_api_handler__mutmut_35 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_36'] = x_api_handler__mutmut_36 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_37'] = x_api_handler__mutmut_37 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_38'] = x_api_handler__mutmut_38 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_39'] = x_api_handler__mutmut_39 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_40'] = x_api_handler__mutmut_40 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_41'] = x_api_handler__mutmut_41 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_42'] = x_api_handler__mutmut_42 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_43'] = x_api_handler__mutmut_43 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_44'] = x_api_handler__mutmut_44 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_45'] = x_api_handler__mutmut_45 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_46'] = x_api_handler__mutmut_46 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_47'] = x_api_handler__mutmut_47 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_48'] = x_api_handler__mutmut_48 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_49'] = x_api_handler__mutmut_49 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_50'] = x_api_handler__mutmut_50 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_51'] = x_api_handler__mutmut_51 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_52'] = x_api_handler__mutmut_52 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_53'] = x_api_handler__mutmut_53 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_54'] = x_api_handler__mutmut_54 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_55'] = x_api_handler__mutmut_55 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_56'] = x_api_handler__mutmut_56 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_57'] = x_api_handler__mutmut_57 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_58'] = x_api_handler__mutmut_58 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_59'] = x_api_handler__mutmut_59 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_60'] = x_api_handler__mutmut_60 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_61'] = x_api_handler__mutmut_61 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_62'] = x_api_handler__mutmut_62 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_63'] = x_api_handler__mutmut_63 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_64'] = x_api_handler__mutmut_64 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_65'] = x_api_handler__mutmut_65 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_66'] = x_api_handler__mutmut_66 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_67'] = x_api_handler__mutmut_67 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_68'] = x_api_handler__mutmut_68 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_69'] = x_api_handler__mutmut_69 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_70'] = x_api_handler__mutmut_70 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_71'] = x_api_handler__mutmut_71 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_72'] = x_api_handler__mutmut_72 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_73'] = x_api_handler__mutmut_73 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_74'] = x_api_handler__mutmut_74 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_75'] = x_api_handler__mutmut_75 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_76'] = x_api_handler__mutmut_76 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_77'] = x_api_handler__mutmut_77 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_78'] = x_api_handler__mutmut_78 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_79'] = x_api_handler__mutmut_79 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_80'] = x_api_handler__mutmut_80 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_81'] = x_api_handler__mutmut_81 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_82'] = x_api_handler__mutmut_82 # type: ignore # mutmut generated
mutants_x_api_handler__mutmut['x_api_handler__mutmut_83'] = x_api_handler__mutmut_83 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sfn_handler__mutmut)
def sfn_handler(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_orig(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_1(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(None)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_2(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = None
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_3(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(None, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_4(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=None)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_5(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_6(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, )
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_7(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=False)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_8(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = None  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_9(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(None)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_10(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = None  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_11(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop(None, None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_12(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop(None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_13(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", )  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_14(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("XXIdempotencyKeyXX", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_15(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("idempotencykey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_16(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IDEMPOTENCYKEY", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_17(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(None)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_18(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = None
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_19(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(None, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_20(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, None)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_21(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_22(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, )
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_23(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(None)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_24(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = None
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_25(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(None)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_26(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=None, identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_27(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=None)
    return result


def x_sfn_handler__mutmut_28(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(pool=result["PoolId"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_29(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_30(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], )
    return result


def x_sfn_handler__mutmut_31(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["XXPoolIdXX"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_32(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["poolid"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_33(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["POOLID"], identity=result["OriginationIdentity"])
    return result


def x_sfn_handler__mutmut_34(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["XXOriginationIdentityXX"])
    return result


def x_sfn_handler__mutmut_35(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["originationidentity"])
    return result


def x_sfn_handler__mutmut_36(event: Any, context: LambdaContext) -> DisassociateOriginationIdentityResultTypeDef:
    """Step Functions adapter: returns AWS's fields or raises the table's exception class."""
    logger.set_correlation_id(context.aws_request_id)  # rejections are logged with it too
    try:
        request = validation.validate_payload(event, step_functions=True)
        request = dict(request)  # type: ignore[assignment]  # never mutate the caller's event
        key: str | None = request.pop("IdempotencyKey", None)  # type: ignore[typeddict-item]
        if key:
            logger.set_correlation_id(key)
        result = core.disassociate(request, key)
    except errors.ServiceError as exc:
        _log_outcome(exc)
        raise
    except Exception as cause:
        failure = _unexpected()
        _log_outcome(failure)
        raise failure from cause
    _log_outcome(None, pool=result["PoolId"], identity=result["ORIGINATIONIDENTITY"])
    return result

mutants_x_sfn_handler__mutmut['_mutmut_orig'] = x_sfn_handler__mutmut_orig # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_1'] = x_sfn_handler__mutmut_1 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_2'] = x_sfn_handler__mutmut_2 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_3'] = x_sfn_handler__mutmut_3 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_4'] = x_sfn_handler__mutmut_4 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_5'] = x_sfn_handler__mutmut_5 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_6'] = x_sfn_handler__mutmut_6 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_7'] = x_sfn_handler__mutmut_7 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_8'] = x_sfn_handler__mutmut_8 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_9'] = x_sfn_handler__mutmut_9 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_10'] = x_sfn_handler__mutmut_10 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_11'] = x_sfn_handler__mutmut_11 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_12'] = x_sfn_handler__mutmut_12 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_13'] = x_sfn_handler__mutmut_13 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_14'] = x_sfn_handler__mutmut_14 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_15'] = x_sfn_handler__mutmut_15 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_16'] = x_sfn_handler__mutmut_16 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_17'] = x_sfn_handler__mutmut_17 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_18'] = x_sfn_handler__mutmut_18 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_19'] = x_sfn_handler__mutmut_19 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_20'] = x_sfn_handler__mutmut_20 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_21'] = x_sfn_handler__mutmut_21 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_22'] = x_sfn_handler__mutmut_22 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_23'] = x_sfn_handler__mutmut_23 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_24'] = x_sfn_handler__mutmut_24 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_25'] = x_sfn_handler__mutmut_25 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_26'] = x_sfn_handler__mutmut_26 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_27'] = x_sfn_handler__mutmut_27 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_28'] = x_sfn_handler__mutmut_28 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_29'] = x_sfn_handler__mutmut_29 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_30'] = x_sfn_handler__mutmut_30 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_31'] = x_sfn_handler__mutmut_31 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_32'] = x_sfn_handler__mutmut_32 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_33'] = x_sfn_handler__mutmut_33 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_34'] = x_sfn_handler__mutmut_34 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_35'] = x_sfn_handler__mutmut_35 # type: ignore # mutmut generated
mutants_x_sfn_handler__mutmut['x_sfn_handler__mutmut_36'] = x_sfn_handler__mutmut_36 # type: ignore # mutmut generated
mutants_x__is_api_event__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__is_api_event__mutmut)
def _is_api_event(event: Any) -> bool:
    return isinstance(event, dict) and "httpMethod" in event and "requestContext" in event


def x__is_api_event__mutmut_orig(event: Any) -> bool:
    return isinstance(event, dict) and "httpMethod" in event and "requestContext" in event


def x__is_api_event__mutmut_1(event: Any) -> bool:
    return isinstance(event, dict) and "httpMethod" in event or "requestContext" in event


def x__is_api_event__mutmut_2(event: Any) -> bool:
    return isinstance(event, dict) or "httpMethod" in event and "requestContext" in event


def x__is_api_event__mutmut_3(event: Any) -> bool:
    return isinstance(event, dict) and "XXhttpMethodXX" in event and "requestContext" in event


def x__is_api_event__mutmut_4(event: Any) -> bool:
    return isinstance(event, dict) and "httpmethod" in event and "requestContext" in event


def x__is_api_event__mutmut_5(event: Any) -> bool:
    return isinstance(event, dict) and "HTTPMETHOD" in event and "requestContext" in event


def x__is_api_event__mutmut_6(event: Any) -> bool:
    return isinstance(event, dict) and "httpMethod" not in event and "requestContext" in event


def x__is_api_event__mutmut_7(event: Any) -> bool:
    return isinstance(event, dict) and "httpMethod" in event and "XXrequestContextXX" in event


def x__is_api_event__mutmut_8(event: Any) -> bool:
    return isinstance(event, dict) and "httpMethod" in event and "requestcontext" in event


def x__is_api_event__mutmut_9(event: Any) -> bool:
    return isinstance(event, dict) and "httpMethod" in event and "REQUESTCONTEXT" in event


def x__is_api_event__mutmut_10(event: Any) -> bool:
    return isinstance(event, dict) and "httpMethod" in event and "requestContext" not in event

mutants_x__is_api_event__mutmut['_mutmut_orig'] = x__is_api_event__mutmut_orig # type: ignore # mutmut generated
mutants_x__is_api_event__mutmut['x__is_api_event__mutmut_1'] = x__is_api_event__mutmut_1 # type: ignore # mutmut generated
mutants_x__is_api_event__mutmut['x__is_api_event__mutmut_2'] = x__is_api_event__mutmut_2 # type: ignore # mutmut generated
mutants_x__is_api_event__mutmut['x__is_api_event__mutmut_3'] = x__is_api_event__mutmut_3 # type: ignore # mutmut generated
mutants_x__is_api_event__mutmut['x__is_api_event__mutmut_4'] = x__is_api_event__mutmut_4 # type: ignore # mutmut generated
mutants_x__is_api_event__mutmut['x__is_api_event__mutmut_5'] = x__is_api_event__mutmut_5 # type: ignore # mutmut generated
mutants_x__is_api_event__mutmut['x__is_api_event__mutmut_6'] = x__is_api_event__mutmut_6 # type: ignore # mutmut generated
mutants_x__is_api_event__mutmut['x__is_api_event__mutmut_7'] = x__is_api_event__mutmut_7 # type: ignore # mutmut generated
mutants_x__is_api_event__mutmut['x__is_api_event__mutmut_8'] = x__is_api_event__mutmut_8 # type: ignore # mutmut generated
mutants_x__is_api_event__mutmut['x__is_api_event__mutmut_9'] = x__is_api_event__mutmut_9 # type: ignore # mutmut generated
mutants_x__is_api_event__mutmut['x__is_api_event__mutmut_10'] = x__is_api_event__mutmut_10 # type: ignore # mutmut generated


@metrics.log_metrics(capture_cold_start_metric=True)
@logger.inject_lambda_context(clear_state=True)
@trace_handler
def handler(event: Any, context: LambdaContext) -> Any:
    """The function's entry point for both callers."""
    if _is_api_event(event):
        return api_handler(event, context)
    return sfn_handler(event, context)
