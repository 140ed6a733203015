"""API Gateway's own error answers, reshaped as the function's RFC 9457 problem+json.

Where the gateway and the function report the same failure (an invalid body, throttling, a wrong media
type) the code and title come from ``sms_pool.errors.TABLE``, so a caller cannot tell who rejected it.
Gateway response templates are plain substitution (no VTL, no ``$util``): only values API Gateway
already quotes (``$context.error.messageString``) are put in strings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Final

from aws_cdk import aws_apigateway as apigw

from sms_pool import errors

PROBLEM_JSON: Final = "application/problem+json"


@dataclass(frozen=True, slots=True)
class GatewayProblem:
    """One gateway response type and the problem it answers with."""

    response_type: apigw.ResponseType
    status: int | None  # None: keep the status API Gateway chose (DEFAULT_4_XX / DEFAULT_5_XX)
    code: str
    title: str
    retry_after: int | None = None


def _row(code: str) -> errors.ErrorRow:
    return next(row for row in errors.TABLE if row.code == code)


def _shared(response_type: apigw.ResponseType, code: str) -> GatewayProblem:
    row = _row(code)
    return GatewayProblem(response_type, row.status, row.code, row.title, row.retry_after)


R = apigw.ResponseType
PROBLEMS: Final[tuple[GatewayProblem, ...]] = (
    _shared(R.BAD_REQUEST_BODY, "INVALID_REQUEST"),
    _shared(R.BAD_REQUEST_PARAMETERS, "INVALID_REQUEST"),
    _shared(R.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE"),
    GatewayProblem(R.THROTTLED, 429, "THROTTLED", "Too many requests; retry later", 1),
    GatewayProblem(R.QUOTA_EXCEEDED, 429, "QUOTA_EXCEEDED", "The usage quota is exhausted"),
    GatewayProblem(R.ACCESS_DENIED, 403, "CALLER_ACCESS_DENIED", "The caller may not invoke this API"),
    GatewayProblem(
        R.MISSING_AUTHENTICATION_TOKEN,
        403,
        "MISSING_AUTHENTICATION",
        "Sign the request with SigV4 (or the route does not exist)",
    ),
    GatewayProblem(R.INVALID_SIGNATURE, 403, "INVALID_SIGNATURE", "The SigV4 signature does not match"),
    GatewayProblem(R.EXPIRED_TOKEN, 403, "EXPIRED_TOKEN", "The signing credentials have expired"),
    GatewayProblem(R.UNAUTHORIZED, 401, "UNAUTHORIZED", "The caller is not authenticated"),
    _shared(R.REQUEST_TOO_LARGE, "REQUEST_TOO_LARGE"),
    GatewayProblem(R.INTEGRATION_TIMEOUT, 504, "INTEGRATION_TIMEOUT", "The function did not answer in time"),
    GatewayProblem(R.INTEGRATION_FAILURE, 502, "INTEGRATION_FAILURE", "The function could not be invoked"),
    GatewayProblem(R.DEFAULT_4_XX, None, "GATEWAY_REJECTED", "API Gateway rejected the request"),
    GatewayProblem(R.DEFAULT_5_XX, None, "GATEWAY_ERROR", "API Gateway failed to process the request"),
)


def template(problem: GatewayProblem) -> str:
    """The response body template: the function's problem shape, with gateway context substituted."""
    slug = problem.code.lower().replace("_", "-")
    fields = [
        f'"type":{json.dumps(f"urn:sms-pool:problem:{slug}")}',
        f'"title":{json.dumps(problem.title)}',
    ]
    if problem.status is not None:
        fields.append(f'"status":{problem.status}')
    fields += [
        '"detail":$context.error.messageString',  # API Gateway substitutes it already quoted
        f'"code":{json.dumps(problem.code)}',
        '"requestId":"$context.requestId"',
        '"gatewayError":"$context.error.responseType"',
    ]
    return "{" + ",".join(fields) + "}"


def add_gateway_responses(api: apigw.RestApi) -> None:
    """Attach every response in :data:`PROBLEMS` to ``api``."""
    for problem in PROBLEMS:
        headers = {"Content-Type": f"'{PROBLEM_JSON}'"}
        if problem.retry_after is not None:
            headers["Retry-After"] = f"'{problem.retry_after}'"
        api.add_gateway_response(
            f"Gateway{problem.response_type.response_type}",
            type=problem.response_type,
            status_code=None if problem.status is None else str(problem.status),
            response_headers=headers,
            templates={"application/json": template(problem), PROBLEM_JSON: template(problem)},
        )
