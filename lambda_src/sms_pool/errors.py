"""The service's failures as exceptions: one declared class per row of :mod:`sms_pool.error_table`.

The table (data: sources, HTTP status, problem ``code``, Step Functions ``errorType``, retryable) lives in
``error_table``; it is re-exported here, so ``errors.TABLE``, ``errors.Kind`` and the lookups stay the one API
the adapters, the infrastructure and the tests use. An exception's class name is the ``errorType`` Step
Functions matches; ``str()`` of it is the JSON ``Cause``.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar, Final

from sms_pool.constants import METHOD
from sms_pool.error_table import (
    AWS_ERRORS,
    AWS_REASONS,
    BY_SOURCE,
    HTTP_ONLY_CODES,
    TABLE,
    TRANSPORT_ERRORS,
    ErrorRow,
    Kind,
)

__all__ = [
    "AWS_ERRORS",
    "AWS_REASONS",
    "ERROR_CLASSES",
    "HTTP_ONLY_CODES",
    "TABLE",
    "TRANSPORT_ERRORS",
    "ErrorRow",
    "Kind",
    "ServiceError",
    "compact_json",
    "error",
    "from_row",
    "invalid",
    "problem",
    "problem_response",
    "row_for",
]


# The service's JSON: no spaces (API Gateway and Step Functions pass it on as is).
compact_json: Final = json.JSONEncoder(separators=(",", ":")).encode


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
        return compact_json(body)


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


class IndexBuildingError(ServiceError):
    """The number index did not reach the number in this request's time; a retry continues the build."""

    row = _BY_TYPE["IndexBuildingError"]


class DryRunOverBudgetError(ServiceError):
    """A sender ID's dry run could not list the pool within one request; remove it without DryRun instead."""

    row = _BY_TYPE["DryRunOverBudgetError"]


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
        IndexBuildingError,
        DryRunOverBudgetError,
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
    return BY_SOURCE.get(source)


def from_row(row: ErrorRow, detail: str, **kwargs: Any) -> ServiceError:
    """The exception of ``row`` (a row of :data:`TABLE`, e.g. from :data:`AWS_ERRORS`)."""
    return ERROR_CLASSES[row.error_type](detail, **kwargs)


def error(kind: Kind, detail: str, **kwargs: Any) -> ServiceError:
    """The exception for one of the service's own conditions."""
    return from_row(BY_SOURCE[kind], detail, **kwargs)


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


def problem_response(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """The API Gateway proxy response (problem+json, with Retry-After/Allow where the row says) for ``exc``."""
    row = exc.row
    headers = {"Content-Type": "application/problem+json"}
    retry_after = exc.extensions.get("retryAfterSeconds", row.retry_after)  # per answer where the error says
    if retry_after is not None:
        headers["Retry-After"] = str(retry_after)
    if row.code == "METHOD_NOT_ALLOWED":
        headers["Allow"] = METHOD
    return {"statusCode": row.status, "headers": headers, "body": compact_json(problem(exc, request_id))}
