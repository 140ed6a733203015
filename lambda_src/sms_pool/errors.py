"""The one error table: every failure the service can report, for HTTP and for Step Functions.

Each row maps its sources (an AWS error code, a botocore exception class name, or a local
condition, a :class:`Kind`) to an HTTP status, a stable problem ``code``, the Step Functions ``errorType`` (the
name of the exception class raised by the direct-invoke entry point, declared below) and whether retrying can
help. AWS codes and botocore names come from outside as strings and are looked up in :data:`AWS_ERRORS` and
:data:`TRANSPORT_ERRORS`; the service's own conditions are :class:`Kind` members, so mypy catches a wrong name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar, Final


class Kind(StrEnum):
    """A condition the service itself detects (lower_snake: never equal to an AWS or botocore name)."""

    INVALID_REQUEST = "invalid_request"
    OTHER_CLIENT_ERROR = "other_client_error"  # an AWS error code the operation's model does not list
    MALFORMED_RESPONSE = "malformed_response"  # a 200 without the documented members
    UNEXPECTED = "unexpected"
    ROUTE_NOT_FOUND = "route_not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    REQUEST_TOO_LARGE = "request_too_large"
    PHONE_NUMBER_NOT_IN_POOL = "phone_number_not_in_pool"  # an E.164 number no identity of the pool carries
    PHONE_NUMBER_AMBIGUOUS = "phone_number_ambiguous"  # two identities of the pool carry it (should not happen)


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


TABLE: Final[tuple[ErrorRow, ...]] = (
    ErrorRow((Kind.INVALID_REQUEST,), 400, "INVALID_REQUEST", "The request is invalid", "InvalidRequestError", False),
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
    ErrorRow(
        (Kind.PHONE_NUMBER_NOT_IN_POOL,),
        404,
        "PHONE_NUMBER_NOT_IN_POOL",
        "No identity of the pool has this phone number",
        "PhoneNumberNotInPoolError",
        False,
    ),
    ErrorRow(
        (Kind.PHONE_NUMBER_AMBIGUOUS,),
        409,
        "PHONE_NUMBER_AMBIGUOUS",
        "Several identities of the pool have this phone number",
        "PhoneNumberAmbiguousError",
        False,
    ),
    # Two ConflictException reasons a caller acts on differently ("AWS code/Reason"): each has its own errorType,
    # so a Step Functions Catch tells "already out of this pool" and "the pool's last identity" apart.
    ErrorRow(
        ("ConflictException/PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL",),
        409,
        "NOT_IN_POOL",
        "The identity is not in this pool",
        "NotInPoolError",
        False,
    ),
    ErrorRow(
        ("ConflictException/LAST_PHONE_NUMBER",),
        409,
        "LAST_IDENTITY_IN_POOL",
        "A pool keeps at least one origination identity",
        "LastIdentityError",
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
        (Kind.OTHER_CLIENT_ERROR, Kind.MALFORMED_RESPONSE),
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
    ErrorRow((Kind.UNEXPECTED,), 500, "INTERNAL_ERROR", "The service failed unexpectedly", "InternalError", False),
    ErrorRow((Kind.ROUTE_NOT_FOUND,), 404, "ROUTE_NOT_FOUND", "No such route", "RouteNotFoundError", False),
    ErrorRow(
        (Kind.METHOD_NOT_ALLOWED,), 405, "METHOD_NOT_ALLOWED", "Method not allowed", "MethodNotAllowedError", False
    ),
    ErrorRow(
        (Kind.UNSUPPORTED_MEDIA_TYPE,),
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        "The body must be application/json",
        "UnsupportedMediaTypeError",
        False,
    ),
    # Answered by API Gateway itself (its 10 MB payload limit), never by the function.
    ErrorRow(
        (Kind.REQUEST_TOO_LARGE,), 413, "REQUEST_TOO_LARGE", "The request is too large", "RequestTooLargeError", False
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
# Rows for one (AWS code, Reason) pair; a reason not listed here falls back to its code's row.
AWS_REASONS: Final[dict[tuple[str, str], ErrorRow]] = {
    (code, reason): row
    for row in TABLE
    for source in row.sources
    if "/" in source
    for code, _, reason in [source.partition("/")]
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

    row: ClassVar[ErrorRow]

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


_BY_TYPE: Final[dict[str, ErrorRow]] = {row.error_type: row for row in TABLE}


# One exception class per row, declared so it can be imported, caught by name and found by go-to-definition; its
# name is the errorType Step Functions matches in Retry/Catch (a test checks names and rows agree one to one).
class InvalidRequestError(ServiceError):
    """The request is invalid (names the field)."""

    row = _BY_TYPE["InvalidRequestError"]


class AwsValidationError(ServiceError):
    """AWS rejected the request as invalid."""

    row = _BY_TYPE["AwsValidationError"]


class AccessDeniedError(ServiceError):
    """Access to the resource was denied."""

    row = _BY_TYPE["AccessDeniedError"]


class ResourceNotFoundError(ServiceError):
    """The pool or the identity does not exist."""

    row = _BY_TYPE["ResourceNotFoundError"]


class ConflictError(ServiceError):
    """The request conflicts with the resource's state (for example the pool's last identity)."""

    row = _BY_TYPE["ConflictError"]


class PhoneNumberNotInPoolError(ServiceError):
    """An E.164 number given as the identity is not in the pool (names the pool and the masked number)."""

    row = _BY_TYPE["PhoneNumberNotInPoolError"]


class PhoneNumberAmbiguousError(ServiceError):
    """Two identities of the pool carry the number given (lists their ids); remove one by its id."""

    row = _BY_TYPE["PhoneNumberAmbiguousError"]


class NotInPoolError(ConflictError):
    """The identity exists but is not in this pool (AWS's PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL): nothing to remove."""

    row = _BY_TYPE["NotInPoolError"]


class LastIdentityError(ConflictError):
    """The identity is the pool's last one (AWS's LAST_PHONE_NUMBER); AWS keeps at least one in a pool."""

    row = _BY_TYPE["LastIdentityError"]


class ThrottledError(ServiceError):
    """AWS throttled the request after botocore's retries: retry later."""

    row = _BY_TYPE["ThrottledError"]


class UpstreamInternalError(ServiceError):
    """AWS failed to process the request: retry later."""

    row = _BY_TYPE["UpstreamInternalError"]


class UpstreamError(ServiceError):
    """AWS answered with an unexpected error or an answer without the documented fields."""

    row = _BY_TYPE["UpstreamError"]


class UpstreamUnavailableError(ServiceError):
    """AWS could not be reached: retry later."""

    row = _BY_TYPE["UpstreamUnavailableError"]


class UpstreamTimeoutError(ServiceError):
    """AWS did not answer in time: retry later."""

    row = _BY_TYPE["UpstreamTimeoutError"]


class InternalError(ServiceError):
    """A bug or anything unforeseen (logged with its stack, answered without it)."""

    row = _BY_TYPE["InternalError"]


class RouteNotFoundError(ServiceError):
    """No such route (HTTP only)."""

    row = _BY_TYPE["RouteNotFoundError"]


class MethodNotAllowedError(ServiceError):
    """Method not allowed (HTTP only)."""

    row = _BY_TYPE["MethodNotAllowedError"]


class UnsupportedMediaTypeError(ServiceError):
    """The body is not JSON (HTTP only)."""

    row = _BY_TYPE["UnsupportedMediaTypeError"]


class RequestTooLargeError(ServiceError):
    """The request is over API Gateway's payload limit (HTTP only, answered by the gateway)."""

    row = _BY_TYPE["RequestTooLargeError"]


ERROR_CLASSES: Final[dict[str, type[ServiceError]]] = {
    cls.__name__: cls
    for cls in (
        InvalidRequestError,
        AwsValidationError,
        AccessDeniedError,
        ResourceNotFoundError,
        ConflictError,
        PhoneNumberNotInPoolError,
        PhoneNumberAmbiguousError,
        NotInPoolError,
        LastIdentityError,
        ThrottledError,
        UpstreamInternalError,
        UpstreamError,
        UpstreamUnavailableError,
        UpstreamTimeoutError,
        InternalError,
        RouteNotFoundError,
        MethodNotAllowedError,
        UnsupportedMediaTypeError,
        RequestTooLargeError,
    )
}


def row_for(source: str) -> ErrorRow | None:
    """The row for an AWS error code, botocore exception name or local condition, if any."""
    return _BY_SOURCE.get(source)


def from_row(row: ErrorRow, detail: str, **kwargs: Any) -> ServiceError:
    """The exception of ``row`` (a row of :data:`TABLE`, e.g. from :data:`AWS_ERRORS`)."""
    return ERROR_CLASSES[row.error_type](detail, **kwargs)


def error(kind: Kind, detail: str, **kwargs: Any) -> ServiceError:
    """The exception for one of the service's own conditions."""
    return from_row(_BY_SOURCE[kind], detail, **kwargs)


def invalid(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error(Kind.INVALID_REQUEST, f"{field}: {message}", errors=[{"field": field, "message": message}])


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
