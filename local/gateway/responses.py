"""API Gateway's own answers as the synthesized stack defines them: gateway responses and the resource policy.

Read from the template (as ``local.gateway.routes`` reads the routes), so the local API refuses with the bytes
the deployed one would send: same status, headers and body template, with the ``$context`` variables
API Gateway substitutes.
"""

from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass
from typing import Any, Final

REQUEST_ID_HEADER: Final = "x-amzn-RequestId"  # on every response API Gateway sends, the function's included

# API Gateway's default statuses of the response types that have no StatusCode in the template.
_DEFAULT_STATUS = {
    "MISSING_AUTHENTICATION_TOKEN": 403,
    "INVALID_SIGNATURE": 403,
    "EXPIRED_TOKEN": 403,
    "ACCESS_DENIED": 403,
    "BAD_REQUEST_BODY": 400,
    "REQUEST_TOO_LARGE": 413,
    "INTEGRATION_FAILURE": 502,
    "THROTTLED": 429,
    "DEFAULT_5XX": 500,
}


@dataclass(frozen=True, slots=True)
class GatewayResponse:
    """One ``AWS::ApiGateway::GatewayResponse``: status, static headers and the JSON body template."""

    status: int | None
    headers: dict[str, str]
    template: str | None


def load(resources: dict[str, Any]) -> dict[str, GatewayResponse]:
    """Every gateway response of the template, by response type."""
    out: dict[str, GatewayResponse] = {}
    for resource in resources.values():
        if resource["Type"] != "AWS::ApiGateway::GatewayResponse":
            continue
        props = resource["Properties"]
        headers = {
            name.removeprefix("gatewayresponse.header."): value.strip("'")
            for name, value in (props.get("ResponseParameters") or {}).items()
            if name.startswith("gatewayresponse.header.")
        }
        templates = props.get("ResponseTemplates") or {}
        status = props.get("StatusCode")
        out[props["ResponseType"]] = GatewayResponse(
            int(status) if status else None, headers, templates.get("application/json")
        )
    return out


def render(  # noqa: PLR0917 - one gateway answer's parts, named
    responses: dict[str, GatewayResponse],
    response_type: str,
    message: str,
    request_id: str,
    status: int,
    error_type: str | None = None,
) -> dict[str, Any]:
    """The proxy-shaped answer API Gateway gives for ``response_type`` (falling back as it does to DEFAULT_4XX/5XX).

    ``status`` is what API Gateway uses when the template sets none; ``error_type`` (``x-amzn-ErrorType``) where
    one response type covers several errors (DEFAULT_4XX: an unknown key, a malformed signature).
    """
    fallback = "DEFAULT_5XX" if status >= 500 else "DEFAULT_4XX"
    chosen = responses.get(response_type) or responses.get(fallback)
    if chosen is None or chosen.template is None:
        body = json.dumps({"message": message})  # API Gateway's own default body
        headers = {"Content-Type": "application/json"}
    else:
        body = (
            chosen.template.replace("$context.error.messageString", json.dumps(message))
            .replace("$context.error.message", message)
            .replace("$context.requestId", request_id)
            .replace("$context.error.responseType", response_type)
        )
        headers = {"Content-Type": "application/json", **chosen.headers}
    final = (chosen.status if chosen and chosen.status else None) or status
    headers["x-amzn-ErrorType"] = error_type or _error_type(response_type)
    headers[REQUEST_ID_HEADER] = request_id
    return {"statusCode": final, "headers": headers, "body": body}


def forbidden(request_id: str) -> dict[str, Any]:
    """API Gateway's answer to a path outside every stage: before any API is found, so no gateway response applies.

    Recorded: a deployed API called without its stage in the path answers 403 ``{"message":"Forbidden"}``
    (OWASP/Serverless-Goat#14: ``.../api/convert`` instead of ``.../Prod/api/convert``).
    """
    headers = {"Content-Type": "application/json", "x-amzn-ErrorType": "ForbiddenException"}
    return {"statusCode": 403, "headers": {**headers, REQUEST_ID_HEADER: request_id}, "body": '{"message":"Forbidden"}'}


def _error_type(response_type: str) -> str:
    return {
        "MISSING_AUTHENTICATION_TOKEN": "MissingAuthenticationTokenException",
        "INVALID_SIGNATURE": "InvalidSignatureException",
        "ACCESS_DENIED": "AccessDeniedException",
        "BAD_REQUEST_BODY": "BadRequestException",
        "REQUEST_TOO_LARGE": "RequestTooLargeException",
        "THROTTLED": "TooManyRequestsException",
        "DEFAULT_4XX": "UnrecognizedClientException",
    }.get(response_type, "ApiGatewayException")


def default_status(response_type: str) -> int:
    """The status API Gateway gives a response type when the template sets none."""
    return _DEFAULT_STATUS.get(response_type, 400)


@dataclass(frozen=True, slots=True)
class ResourcePolicy:
    """The principal limits of the RestApi's resource policy (``allowedPrincipals``)."""

    allowed_principal_patterns: tuple[str, ...]

    def denies(self, principal_arn: str) -> bool:
        """True when an explicit Deny (``ArnNotLike aws:PrincipalArn``) applies to this caller."""
        if not self.allowed_principal_patterns:
            return False
        return not any(fnmatch.fnmatchcase(principal_arn, p) for p in self.allowed_principal_patterns)


def resource_policy(resources: dict[str, Any]) -> ResourcePolicy:
    """The principal Deny of the RestApi's ``Policy``; no limits when the stack sets none.

    Only ``ArnNotLike``/``ArnNotEquals`` on ``aws:PrincipalArn`` are evaluated: a ``aws:SourceVpce``
    condition cannot hold locally (no VPC endpoint), see the README's known differences.
    """
    patterns: list[str] = []
    for resource in resources.values():
        if resource["Type"] != "AWS::ApiGateway::RestApi":
            continue
        for statement in (resource["Properties"].get("Policy") or {}).get("Statement", []):
            if statement.get("Effect") != "Deny":
                continue
            for operator in ("ArnNotLike", "ArnNotEquals"):
                values = (statement.get("Condition") or {}).get(operator, {}).get("aws:PrincipalArn", [])
                patterns += [values] if isinstance(values, str) else list(values)
    return ResourcePolicy(tuple(patterns))
