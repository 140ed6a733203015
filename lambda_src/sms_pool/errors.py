"""The service's failures as exceptions: one class per row of :mod:`sms_pool.error_table`, made from it.

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
from sms_pool.phone import mask

__all__ = [
    "AWS_ERRORS",
    "AWS_REASONS",
    "BY_SOURCE",
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
]


# The service's JSON: no spaces (API Gateway and Step Functions pass it on as is).
compact_json: Final = json.JSONEncoder(separators=(",", ":")).encode


class ServiceError(Exception):
    """A failure from the table. ``str()`` is a JSON object, so a Step Functions ``Catch`` can parse ``Cause``.

    ``str()`` is masked as the logs are (:func:`sms_pool.phone.mask` over the JSON, which only turns digits inside
    strings into ``*``): it becomes the ``errorMessage`` Lambda reports and so Step Functions' ``Cause``, kept in the
    execution history. An HTTP caller's problem body (:func:`problem`) is built from the fields, unmasked.
    """

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
        return mask(compact_json(body))


def _parent(row: ErrorRow, classes: dict[str, type[ServiceError]]) -> type[ServiceError]:
    # A row for an "AWS code/Reason" pair narrows its code's row: a Catch on the code's class catches it too.
    codes = {source.partition("/")[0] for source in row.sources if "/" in source}
    return classes[AWS_ERRORS[codes.pop()].error_type] if len(codes) == 1 else ServiceError


def _classes() -> dict[str, type[ServiceError]]:
    classes: dict[str, type[ServiceError]] = {}
    for row in sorted(TABLE, key=lambda row: any("/" in source for source in row.sources)):  # parents first
        attributes = {"row": row, "__doc__": f"{row.title} ({row.code}).", "__module__": __name__}
        classes[row.error_type] = type(row.error_type, (_parent(row, classes),), attributes)
    return classes


# One exception class per row, made from the table: its name is the row's errorType, which Step Functions matches
# in Retry/Catch (the Lambda runtime reports the class name). Import them by name (``from sms_pool.errors import
# NotInPoolError``) or look them up here.
ERROR_CLASSES: Final[dict[str, type[ServiceError]]] = _classes()


def __getattr__(name: str) -> type[ServiceError]:
    # PEP 562: ``errors.NotInPoolError`` and ``from sms_pool.errors import NotInPoolError`` find the made class.
    try:
        return ERROR_CLASSES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


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
