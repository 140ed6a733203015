"""The one error table: every failure the service can report, for HTTP and for Step Functions.

Each row maps its sources (an AWS error code, a botocore exception class name, or a local
condition) to an HTTP status, a stable problem ``code``, the Step Functions ``errorType`` (the
name of the exception class raised by the direct-invoke entry point) and whether retrying can help.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final


@dataclass(frozen=True, slots=True)
class ErrorRow:
    """One failure class."""

    sources: tuple[str, ...]
    status: int
    code: str
    title: str
    error_type: str
    retryable: bool
    retry_after: int | None = None


# Local conditions are named in lower_snake so they can never collide with AWS or botocore names.
TABLE: Final[tuple[ErrorRow, ...]] = (
    ErrorRow(("invalid_request",), 400, "INVALID_REQUEST", "The request is invalid", "InvalidRequestError", False),
    ErrorRow(
        ("ValidationException",),
        400,
        "AWS_VALIDATION_FAILED",
        "AWS rejected the request as invalid",
        "AwsValidationError",
        False,
    ),
    ErrorRow(
        ("AccessDeniedException",),
        403,
        "ACCESS_DENIED",
        "Access to the resource was denied",
        "AccessDeniedError",
        False,
    ),
    ErrorRow(
        ("ResourceNotFoundException",),
        404,
        "RESOURCE_NOT_FOUND",
        "The resource was not found",
        "ResourceNotFoundError",
        False,
    ),
    ErrorRow(
        ("ConflictException",),
        409,
        "CONFLICT",
        "The request conflicts with the resource's state",
        "ConflictError",
        False,
    ),
    ErrorRow(("ThrottlingException",), 429, "THROTTLED", "AWS throttled the request", "ThrottledError", True, 1),
    ErrorRow(
        ("InternalServerException",),
        502,
        "UPSTREAM_INTERNAL_ERROR",
        "AWS failed to process the request",
        "UpstreamInternalError",
        True,
    ),
    ErrorRow(
        ("other_client_error", "malformed_response"),
        502,
        "UPSTREAM_ERROR",
        "AWS answered with an unexpected error",
        "UpstreamError",
        False,
    ),
    ErrorRow(
        ("EndpointConnectionError", "ConnectionClosedError", "HTTPClientError", "ConnectionError"),
        503,
        "UPSTREAM_UNAVAILABLE",
        "AWS could not be reached",
        "UpstreamUnavailableError",
        True,
        2,
    ),
    ErrorRow(
        ("ConnectTimeoutError", "ReadTimeoutError"),
        504,
        "UPSTREAM_TIMEOUT",
        "AWS did not answer in time",
        "UpstreamTimeoutError",
        True,
    ),
    ErrorRow(("unexpected",), 500, "INTERNAL_ERROR", "The service failed unexpectedly", "InternalError", False),
    ErrorRow(("route_not_found",), 404, "ROUTE_NOT_FOUND", "No such route", "RouteNotFoundError", False),
    ErrorRow(("method_not_allowed",), 405, "METHOD_NOT_ALLOWED", "Method not allowed", "MethodNotAllowedError", False),
    ErrorRow(
        ("unsupported_media_type",),
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        "The body must be application/json",
        "UnsupportedMediaTypeError",
        False,
    ),
    # Answered by API Gateway itself (its 10 MB payload limit), never by the function.
    ErrorRow(
        ("request_too_large",), 413, "REQUEST_TOO_LARGE", "The request is too large", "RequestTooLargeError", False
    ),
)

_BY_SOURCE: Final[dict[str, ErrorRow]] = {source: row for row in TABLE for source in row.sources}
# The operation's modelled AWS errors (a contract test checks them against botocore's model) and the
# botocore transport exceptions: looked up apart, so an AWS error code can never select a transport row.
AWS_ERRORS: Final[dict[str, ErrorRow]] = {
    code: _BY_SOURCE[code]
    for code in (
        "ValidationException",
        "AccessDeniedException",
        "ResourceNotFoundException",
        "ConflictException",
        "ThrottlingException",
        "InternalServerException",
    )
}
TRANSPORT_ERRORS: Final[dict[str, ErrorRow]] = {
    name: _BY_SOURCE[name]
    for name in (
        "EndpointConnectionError",
        "ConnectionClosedError",
        "HTTPClientError",
        "ConnectionError",
        "ConnectTimeoutError",
        "ReadTimeoutError",
    )
}

# Rows that only HTTP can produce; a Step Functions caller never sees them.
HTTP_ONLY_CODES: Final = frozenset(
    {"ROUTE_NOT_FOUND", "METHOD_NOT_ALLOWED", "UNSUPPORTED_MEDIA_TYPE", "REQUEST_TOO_LARGE"}
)


class ServiceError(Exception):
    """A failure from the table. ``str()`` is a JSON object, so a Step Functions ``Catch`` can parse ``Cause``."""

    row: ErrorRow

    def __init__(self, detail: str, *, errors: list[dict[str, str]] | None = None, **extensions: Any) -> None:
        self.detail = detail
        self.errors = errors
        self.extensions = {key: value for key, value in extensions.items() if value is not None}
        super().__init__(detail)

    def __str__(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(body, separators=(",", ":"))


def _make_class(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, (ServiceError,), {"row": row, "__module__": __name__, "__doc__": row.title})


# One exception class per row; its name is the errorType Step Functions matches in Retry/Catch.
ERROR_CLASSES: Final[dict[str, type[ServiceError]]] = {row.error_type: _make_class(row) for row in TABLE}


def row_for(source: str) -> ErrorRow | None:
    """The row for an AWS error code, botocore exception name or local condition, if any."""
    return _BY_SOURCE.get(source)


def error(source: str, detail: str, **kwargs: Any) -> ServiceError:
    """Build the exception for ``source`` (which must be in the table)."""
    return ERROR_CLASSES[_BY_SOURCE[source].error_type](detail, **kwargs)


def invalid(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("invalid_request", f"{field}: {message}", errors=[{"field": field, "message": message}])


def problem(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
        "title": row.title,
        "status": row.status,
        "detail": exc.detail,
        "code": row.code,
        "requestId": request_id,
        **exc.extensions,
    }
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body
