"""The one error table: every failure the service can report, for HTTP and for Step Functions.

Each row maps its sources (an AWS error code, a botocore exception class name, or a local
condition) to an HTTP status, a stable problem ``code``, the Step Functions ``errorType`` (the
name of the exception class raised by the direct-invoke entry point) and whether retrying can help.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_xǁServiceErrorǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁServiceErrorǁ__str____mutmut: MutantDict = {}  # type: ignore


class ServiceError(Exception):
    """A failure from the table. ``str()`` is a JSON object, so a Step Functions ``Catch`` can parse ``Cause``."""

    row: ErrorRow

    @_mutmut_mutated(mutants_xǁServiceErrorǁ__init____mutmut)
    def __init__(self, detail: str, *, errors: list[dict[str, str]] | None = None, **extensions: Any) -> None:
        self.detail = detail
        self.errors = errors
        self.extensions = {key: value for key, value in extensions.items() if value is not None}
        super().__init__(detail)

    def xǁServiceErrorǁ__init____mutmut_orig(self, detail: str, *, errors: list[dict[str, str]] | None = None, **extensions: Any) -> None:
        self.detail = detail
        self.errors = errors
        self.extensions = {key: value for key, value in extensions.items() if value is not None}
        super().__init__(detail)

    def xǁServiceErrorǁ__init____mutmut_1(self, detail: str, *, errors: list[dict[str, str]] | None = None, **extensions: Any) -> None:
        self.detail = None
        self.errors = errors
        self.extensions = {key: value for key, value in extensions.items() if value is not None}
        super().__init__(detail)

    def xǁServiceErrorǁ__init____mutmut_2(self, detail: str, *, errors: list[dict[str, str]] | None = None, **extensions: Any) -> None:
        self.detail = detail
        self.errors = None
        self.extensions = {key: value for key, value in extensions.items() if value is not None}
        super().__init__(detail)

    def xǁServiceErrorǁ__init____mutmut_3(self, detail: str, *, errors: list[dict[str, str]] | None = None, **extensions: Any) -> None:
        self.detail = detail
        self.errors = errors
        self.extensions = None
        super().__init__(detail)

    def xǁServiceErrorǁ__init____mutmut_4(self, detail: str, *, errors: list[dict[str, str]] | None = None, **extensions: Any) -> None:
        self.detail = detail
        self.errors = errors
        self.extensions = {key: value for key, value in extensions.items() if value is None}
        super().__init__(detail)

    def xǁServiceErrorǁ__init____mutmut_5(self, detail: str, *, errors: list[dict[str, str]] | None = None, **extensions: Any) -> None:
        self.detail = detail
        self.errors = errors
        self.extensions = {key: value for key, value in extensions.items() if value is not None}
        super().__init__(None)

    @_mutmut_mutated(mutants_xǁServiceErrorǁ__str____mutmut)
    def __str__(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(body, separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_orig(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(body, separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_1(self) -> str:
        body: dict[str, Any] = None
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(body, separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_2(self) -> str:
        body: dict[str, Any] = {"XXcodeXX": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(body, separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_3(self) -> str:
        body: dict[str, Any] = {"CODE": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(body, separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_4(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "XXdetailXX": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(body, separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_5(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "DETAIL": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(body, separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_6(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is None:
            body["errors"] = self.errors
        return json.dumps(body, separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_7(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = None
        return json.dumps(body, separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_8(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["XXerrorsXX"] = self.errors
        return json.dumps(body, separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_9(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["ERRORS"] = self.errors
        return json.dumps(body, separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_10(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(None, separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_11(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(body, separators=None)

    def xǁServiceErrorǁ__str____mutmut_12(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(separators=(",", ":"))

    def xǁServiceErrorǁ__str____mutmut_13(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(body, )

    def xǁServiceErrorǁ__str____mutmut_14(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(body, separators=("XX,XX", ":"))

    def xǁServiceErrorǁ__str____mutmut_15(self) -> str:
        body: dict[str, Any] = {"code": self.row.code, "detail": self.detail, **self.extensions}
        if self.errors is not None:
            body["errors"] = self.errors
        return json.dumps(body, separators=(",", "XX:XX"))

mutants_xǁServiceErrorǁ__init____mutmut['_mutmut_orig'] = ServiceError.xǁServiceErrorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__init____mutmut['xǁServiceErrorǁ__init____mutmut_1'] = ServiceError.xǁServiceErrorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__init____mutmut['xǁServiceErrorǁ__init____mutmut_2'] = ServiceError.xǁServiceErrorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__init____mutmut['xǁServiceErrorǁ__init____mutmut_3'] = ServiceError.xǁServiceErrorǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__init____mutmut['xǁServiceErrorǁ__init____mutmut_4'] = ServiceError.xǁServiceErrorǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__init____mutmut['xǁServiceErrorǁ__init____mutmut_5'] = ServiceError.xǁServiceErrorǁ__init____mutmut_5 # type: ignore # mutmut generated

mutants_xǁServiceErrorǁ__str____mutmut['_mutmut_orig'] = ServiceError.xǁServiceErrorǁ__str____mutmut_orig # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_1'] = ServiceError.xǁServiceErrorǁ__str____mutmut_1 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_2'] = ServiceError.xǁServiceErrorǁ__str____mutmut_2 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_3'] = ServiceError.xǁServiceErrorǁ__str____mutmut_3 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_4'] = ServiceError.xǁServiceErrorǁ__str____mutmut_4 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_5'] = ServiceError.xǁServiceErrorǁ__str____mutmut_5 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_6'] = ServiceError.xǁServiceErrorǁ__str____mutmut_6 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_7'] = ServiceError.xǁServiceErrorǁ__str____mutmut_7 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_8'] = ServiceError.xǁServiceErrorǁ__str____mutmut_8 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_9'] = ServiceError.xǁServiceErrorǁ__str____mutmut_9 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_10'] = ServiceError.xǁServiceErrorǁ__str____mutmut_10 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_11'] = ServiceError.xǁServiceErrorǁ__str____mutmut_11 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_12'] = ServiceError.xǁServiceErrorǁ__str____mutmut_12 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_13'] = ServiceError.xǁServiceErrorǁ__str____mutmut_13 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_14'] = ServiceError.xǁServiceErrorǁ__str____mutmut_14 # type: ignore # mutmut generated
mutants_xǁServiceErrorǁ__str____mutmut['xǁServiceErrorǁ__str____mutmut_15'] = ServiceError.xǁServiceErrorǁ__str____mutmut_15 # type: ignore # mutmut generated
mutants_x__make_class__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__make_class__mutmut)
def _make_class(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, (ServiceError,), {"row": row, "__module__": __name__, "__doc__": row.title})


def x__make_class__mutmut_orig(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, (ServiceError,), {"row": row, "__module__": __name__, "__doc__": row.title})


def x__make_class__mutmut_1(row: ErrorRow) -> type[ServiceError]:
    return type(None, (ServiceError,), {"row": row, "__module__": __name__, "__doc__": row.title})


def x__make_class__mutmut_2(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, None, {"row": row, "__module__": __name__, "__doc__": row.title})


def x__make_class__mutmut_3(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, (ServiceError,), None)


def x__make_class__mutmut_4(row: ErrorRow) -> type[ServiceError]:
    return type((ServiceError,), {"row": row, "__module__": __name__, "__doc__": row.title})


def x__make_class__mutmut_5(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, {"row": row, "__module__": __name__, "__doc__": row.title})


def x__make_class__mutmut_6(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, (ServiceError,), )


def x__make_class__mutmut_7(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, (ServiceError,), {"XXrowXX": row, "__module__": __name__, "__doc__": row.title})


def x__make_class__mutmut_8(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, (ServiceError,), {"ROW": row, "__module__": __name__, "__doc__": row.title})


def x__make_class__mutmut_9(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, (ServiceError,), {"row": row, "XX__module__XX": __name__, "__doc__": row.title})


def x__make_class__mutmut_10(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, (ServiceError,), {"row": row, "__MODULE__": __name__, "__doc__": row.title})


def x__make_class__mutmut_11(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, (ServiceError,), {"row": row, "__module__": __name__, "XX__doc__XX": row.title})


def x__make_class__mutmut_12(row: ErrorRow) -> type[ServiceError]:
    return type(row.error_type, (ServiceError,), {"row": row, "__module__": __name__, "__DOC__": row.title})

mutants_x__make_class__mutmut['_mutmut_orig'] = x__make_class__mutmut_orig # type: ignore # mutmut generated
mutants_x__make_class__mutmut['x__make_class__mutmut_1'] = x__make_class__mutmut_1 # type: ignore # mutmut generated
mutants_x__make_class__mutmut['x__make_class__mutmut_2'] = x__make_class__mutmut_2 # type: ignore # mutmut generated
mutants_x__make_class__mutmut['x__make_class__mutmut_3'] = x__make_class__mutmut_3 # type: ignore # mutmut generated
mutants_x__make_class__mutmut['x__make_class__mutmut_4'] = x__make_class__mutmut_4 # type: ignore # mutmut generated
mutants_x__make_class__mutmut['x__make_class__mutmut_5'] = x__make_class__mutmut_5 # type: ignore # mutmut generated
mutants_x__make_class__mutmut['x__make_class__mutmut_6'] = x__make_class__mutmut_6 # type: ignore # mutmut generated
mutants_x__make_class__mutmut['x__make_class__mutmut_7'] = x__make_class__mutmut_7 # type: ignore # mutmut generated
mutants_x__make_class__mutmut['x__make_class__mutmut_8'] = x__make_class__mutmut_8 # type: ignore # mutmut generated
mutants_x__make_class__mutmut['x__make_class__mutmut_9'] = x__make_class__mutmut_9 # type: ignore # mutmut generated
mutants_x__make_class__mutmut['x__make_class__mutmut_10'] = x__make_class__mutmut_10 # type: ignore # mutmut generated
mutants_x__make_class__mutmut['x__make_class__mutmut_11'] = x__make_class__mutmut_11 # type: ignore # mutmut generated
mutants_x__make_class__mutmut['x__make_class__mutmut_12'] = x__make_class__mutmut_12 # type: ignore # mutmut generated


# One exception class per row; its name is the errorType Step Functions matches in Retry/Catch.
ERROR_CLASSES: Final[dict[str, type[ServiceError]]] = {row.error_type: _make_class(row) for row in TABLE}
mutants_x_row_for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_row_for__mutmut)
def row_for(source: str) -> ErrorRow | None:
    """The row for an AWS error code, botocore exception name or local condition, if any."""
    return _BY_SOURCE.get(source)


def x_row_for__mutmut_orig(source: str) -> ErrorRow | None:
    """The row for an AWS error code, botocore exception name or local condition, if any."""
    return _BY_SOURCE.get(source)


def x_row_for__mutmut_1(source: str) -> ErrorRow | None:
    """The row for an AWS error code, botocore exception name or local condition, if any."""
    return _BY_SOURCE.get(None)

mutants_x_row_for__mutmut['_mutmut_orig'] = x_row_for__mutmut_orig # type: ignore # mutmut generated
mutants_x_row_for__mutmut['x_row_for__mutmut_1'] = x_row_for__mutmut_1 # type: ignore # mutmut generated
mutants_x_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_error__mutmut)
def error(source: str, detail: str, **kwargs: Any) -> ServiceError:
    """Build the exception for ``source`` (which must be in the table)."""
    return ERROR_CLASSES[_BY_SOURCE[source].error_type](detail, **kwargs)


def x_error__mutmut_orig(source: str, detail: str, **kwargs: Any) -> ServiceError:
    """Build the exception for ``source`` (which must be in the table)."""
    return ERROR_CLASSES[_BY_SOURCE[source].error_type](detail, **kwargs)


def x_error__mutmut_1(source: str, detail: str, **kwargs: Any) -> ServiceError:
    """Build the exception for ``source`` (which must be in the table)."""
    return ERROR_CLASSES[_BY_SOURCE[source].error_type](None, **kwargs)


def x_error__mutmut_2(source: str, detail: str, **kwargs: Any) -> ServiceError:
    """Build the exception for ``source`` (which must be in the table)."""
    return ERROR_CLASSES[_BY_SOURCE[source].error_type](**kwargs)


def x_error__mutmut_3(source: str, detail: str, **kwargs: Any) -> ServiceError:
    """Build the exception for ``source`` (which must be in the table)."""
    return ERROR_CLASSES[_BY_SOURCE[source].error_type](detail, )

mutants_x_error__mutmut['_mutmut_orig'] = x_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_error__mutmut['x_error__mutmut_1'] = x_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_error__mutmut['x_error__mutmut_2'] = x_error__mutmut_2 # type: ignore # mutmut generated
mutants_x_error__mutmut['x_error__mutmut_3'] = x_error__mutmut_3 # type: ignore # mutmut generated
mutants_x_invalid__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_invalid__mutmut)
def invalid(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("invalid_request", f"{field}: {message}", errors=[{"field": field, "message": message}])


def x_invalid__mutmut_orig(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("invalid_request", f"{field}: {message}", errors=[{"field": field, "message": message}])


def x_invalid__mutmut_1(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error(None, f"{field}: {message}", errors=[{"field": field, "message": message}])


def x_invalid__mutmut_2(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("invalid_request", None, errors=[{"field": field, "message": message}])


def x_invalid__mutmut_3(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("invalid_request", f"{field}: {message}", errors=None)


def x_invalid__mutmut_4(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error(f"{field}: {message}", errors=[{"field": field, "message": message}])


def x_invalid__mutmut_5(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("invalid_request", errors=[{"field": field, "message": message}])


def x_invalid__mutmut_6(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("invalid_request", f"{field}: {message}", )


def x_invalid__mutmut_7(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("XXinvalid_requestXX", f"{field}: {message}", errors=[{"field": field, "message": message}])


def x_invalid__mutmut_8(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("INVALID_REQUEST", f"{field}: {message}", errors=[{"field": field, "message": message}])


def x_invalid__mutmut_9(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("invalid_request", f"{field}: {message}", errors=[{"XXfieldXX": field, "message": message}])


def x_invalid__mutmut_10(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("invalid_request", f"{field}: {message}", errors=[{"FIELD": field, "message": message}])


def x_invalid__mutmut_11(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("invalid_request", f"{field}: {message}", errors=[{"field": field, "XXmessageXX": message}])


def x_invalid__mutmut_12(field: str, message: str) -> ServiceError:
    """The 400 for one bad input field."""
    return error("invalid_request", f"{field}: {message}", errors=[{"field": field, "MESSAGE": message}])

mutants_x_invalid__mutmut['_mutmut_orig'] = x_invalid__mutmut_orig # type: ignore # mutmut generated
mutants_x_invalid__mutmut['x_invalid__mutmut_1'] = x_invalid__mutmut_1 # type: ignore # mutmut generated
mutants_x_invalid__mutmut['x_invalid__mutmut_2'] = x_invalid__mutmut_2 # type: ignore # mutmut generated
mutants_x_invalid__mutmut['x_invalid__mutmut_3'] = x_invalid__mutmut_3 # type: ignore # mutmut generated
mutants_x_invalid__mutmut['x_invalid__mutmut_4'] = x_invalid__mutmut_4 # type: ignore # mutmut generated
mutants_x_invalid__mutmut['x_invalid__mutmut_5'] = x_invalid__mutmut_5 # type: ignore # mutmut generated
mutants_x_invalid__mutmut['x_invalid__mutmut_6'] = x_invalid__mutmut_6 # type: ignore # mutmut generated
mutants_x_invalid__mutmut['x_invalid__mutmut_7'] = x_invalid__mutmut_7 # type: ignore # mutmut generated
mutants_x_invalid__mutmut['x_invalid__mutmut_8'] = x_invalid__mutmut_8 # type: ignore # mutmut generated
mutants_x_invalid__mutmut['x_invalid__mutmut_9'] = x_invalid__mutmut_9 # type: ignore # mutmut generated
mutants_x_invalid__mutmut['x_invalid__mutmut_10'] = x_invalid__mutmut_10 # type: ignore # mutmut generated
mutants_x_invalid__mutmut['x_invalid__mutmut_11'] = x_invalid__mutmut_11 # type: ignore # mutmut generated
mutants_x_invalid__mutmut['x_invalid__mutmut_12'] = x_invalid__mutmut_12 # type: ignore # mutmut generated
mutants_x_problem__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_problem__mutmut)
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


def x_problem__mutmut_orig(exc: ServiceError, request_id: str) -> dict[str, Any]:
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


def x_problem__mutmut_1(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = None
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


def x_problem__mutmut_2(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = None
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_3(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "XXtypeXX": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
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


def x_problem__mutmut_4(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "TYPE": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
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


def x_problem__mutmut_5(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace(None, '-')}",
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


def x_problem__mutmut_6(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', None)}",
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


def x_problem__mutmut_7(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('-')}",
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


def x_problem__mutmut_8(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', )}",
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


def x_problem__mutmut_9(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.upper().replace('_', '-')}",
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


def x_problem__mutmut_10(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('XX_XX', '-')}",
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


def x_problem__mutmut_11(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', 'XX-XX')}",
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


def x_problem__mutmut_12(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
        "XXtitleXX": row.title,
        "status": row.status,
        "detail": exc.detail,
        "code": row.code,
        "requestId": request_id,
        **exc.extensions,
    }
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_13(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
        "TITLE": row.title,
        "status": row.status,
        "detail": exc.detail,
        "code": row.code,
        "requestId": request_id,
        **exc.extensions,
    }
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_14(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
        "title": row.title,
        "XXstatusXX": row.status,
        "detail": exc.detail,
        "code": row.code,
        "requestId": request_id,
        **exc.extensions,
    }
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_15(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
        "title": row.title,
        "STATUS": row.status,
        "detail": exc.detail,
        "code": row.code,
        "requestId": request_id,
        **exc.extensions,
    }
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_16(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
        "title": row.title,
        "status": row.status,
        "XXdetailXX": exc.detail,
        "code": row.code,
        "requestId": request_id,
        **exc.extensions,
    }
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_17(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
        "title": row.title,
        "status": row.status,
        "DETAIL": exc.detail,
        "code": row.code,
        "requestId": request_id,
        **exc.extensions,
    }
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_18(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
        "title": row.title,
        "status": row.status,
        "detail": exc.detail,
        "XXcodeXX": row.code,
        "requestId": request_id,
        **exc.extensions,
    }
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_19(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
        "title": row.title,
        "status": row.status,
        "detail": exc.detail,
        "CODE": row.code,
        "requestId": request_id,
        **exc.extensions,
    }
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_20(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
        "title": row.title,
        "status": row.status,
        "detail": exc.detail,
        "code": row.code,
        "XXrequestIdXX": request_id,
        **exc.extensions,
    }
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_21(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
        "title": row.title,
        "status": row.status,
        "detail": exc.detail,
        "code": row.code,
        "requestid": request_id,
        **exc.extensions,
    }
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_22(exc: ServiceError, request_id: str) -> dict[str, Any]:
    """RFC 9457 problem details for ``exc``; holds nothing but the table's text and AWS's modelled members."""
    row = exc.row
    body: dict[str, Any] = {
        "type": f"urn:sms-pool:problem:{row.code.lower().replace('_', '-')}",
        "title": row.title,
        "status": row.status,
        "detail": exc.detail,
        "code": row.code,
        "REQUESTID": request_id,
        **exc.extensions,
    }
    if exc.errors is not None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_23(exc: ServiceError, request_id: str) -> dict[str, Any]:
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
    if exc.errors is None:
        body["errors"] = exc.errors
    return body


def x_problem__mutmut_24(exc: ServiceError, request_id: str) -> dict[str, Any]:
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
        body["errors"] = None
    return body


def x_problem__mutmut_25(exc: ServiceError, request_id: str) -> dict[str, Any]:
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
        body["XXerrorsXX"] = exc.errors
    return body


def x_problem__mutmut_26(exc: ServiceError, request_id: str) -> dict[str, Any]:
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
        body["ERRORS"] = exc.errors
    return body

mutants_x_problem__mutmut['_mutmut_orig'] = x_problem__mutmut_orig # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_1'] = x_problem__mutmut_1 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_2'] = x_problem__mutmut_2 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_3'] = x_problem__mutmut_3 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_4'] = x_problem__mutmut_4 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_5'] = x_problem__mutmut_5 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_6'] = x_problem__mutmut_6 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_7'] = x_problem__mutmut_7 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_8'] = x_problem__mutmut_8 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_9'] = x_problem__mutmut_9 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_10'] = x_problem__mutmut_10 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_11'] = x_problem__mutmut_11 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_12'] = x_problem__mutmut_12 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_13'] = x_problem__mutmut_13 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_14'] = x_problem__mutmut_14 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_15'] = x_problem__mutmut_15 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_16'] = x_problem__mutmut_16 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_17'] = x_problem__mutmut_17 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_18'] = x_problem__mutmut_18 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_19'] = x_problem__mutmut_19 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_20'] = x_problem__mutmut_20 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_21'] = x_problem__mutmut_21 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_22'] = x_problem__mutmut_22 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_23'] = x_problem__mutmut_23 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_24'] = x_problem__mutmut_24 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_25'] = x_problem__mutmut_25 # type: ignore # mutmut generated
mutants_x_problem__mutmut['x_problem__mutmut_26'] = x_problem__mutmut_26 # type: ignore # mutmut generated
