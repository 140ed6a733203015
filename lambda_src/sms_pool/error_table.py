"""The one error table: every failure the service can report, for HTTP and for Step Functions.

Each row maps its sources (an AWS error code, a botocore exception class name, an "AWS code/Reason" pair, or a
local condition, a :class:`Kind`) to an HTTP status, a stable problem ``code``, the Step Functions ``errorType``
(the name of the exception class raised by the direct-invoke entry point, declared in :mod:`sms_pool.errors`)
and whether retrying can help. AWS codes and botocore names come from outside as strings and are looked up in
:data:`AWS_ERRORS`, :data:`AWS_REASONS` and :data:`TRANSPORT_ERRORS`; the service's own conditions are
:class:`Kind` members, so mypy catches a wrong name. Data only: no imports beyond the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


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
    # A bulk job's list (sms_pool.bulk_input, sms_pool.bulk_store) and its job id / key (sms_pool.jobs).
    TOO_MANY_IDENTITIES = "too_many_identities"
    IDENTITIES_OBJECT_NOT_FOUND = "identities_object_not_found"
    IDENTITIES_OBJECT_UNREADABLE = "identities_object_unreadable"
    IDENTITIES_OBJECT_TOO_LARGE = "identities_object_too_large"
    IDENTITIES_MALFORMED = "identities_malformed"
    JOB_NOT_FOUND = "job_not_found"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    INDEX_BUILDING = "index_building"  # the number index did not reach the number within the request's budget
    DRY_RUN_OVER_BUDGET = "dry_run_over_budget"  # a sender ID's dry run could not list the pool within the budget
    POOL_NOT_ALLOWED = "pool_not_allowed"  # a pool outside the deployment's allowedPools (sms_pool.pool_guard)
    UNTRUSTED_API_EVENT = "untrusted_api_event"  # an API-shaped event whose requestContext is not the deployed API's


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
    # Never raised by the disassociation task (a Step Functions caller of it never sees it): only an HTTP caller
    # meets it, or, for a bulk job's list, the bulk workflow's own Prepare step (the execution's error).
    http_only: bool = False


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
    ErrorRow(
        (Kind.POOL_NOT_ALLOWED,),
        403,
        "POOL_NOT_ALLOWED",
        "This deployment may not change this pool",
        "PoolNotAllowedError",
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
    # Retryable because a retry really progresses: the container keeps the build's NextToken and the next request
    # continues it (sms_pool.index). Retry-After is per answer (the pace of one page), not a fixed value.
    ErrorRow(
        (Kind.INDEX_BUILDING,),
        503,
        "INDEX_BUILDING",
        "The index of the account's phone numbers is still being built",
        "IndexBuildingError",
        True,
    ),
    # Not retryable: the same dry run lists the same pool again and cannot finish either (docs/scale.md).
    ErrorRow(
        (Kind.DRY_RUN_OVER_BUDGET,),
        422,
        "DRY_RUN_OVER_BUDGET",
        "The pool is too large to check this sender ID within one request",
        "DryRunOverBudgetError",
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
    ErrorRow(
        (Kind.ROUTE_NOT_FOUND,), 404, "ROUTE_NOT_FOUND", "No such route", "RouteNotFoundError", False, http_only=True
    ),
    ErrorRow(
        (Kind.METHOD_NOT_ALLOWED,),
        405,
        "METHOD_NOT_ALLOWED",
        "Method not allowed",
        "MethodNotAllowedError",
        False,
        http_only=True,
    ),
    ErrorRow(
        (Kind.UNSUPPORTED_MEDIA_TYPE,),
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        "The body must be application/json",
        "UnsupportedMediaTypeError",
        False,
        http_only=True,
    ),
    # A bulk job's list: told at submission over HTTP, or as the execution's error when a state machine caller
    # names an object directly (the Prepare step).
    ErrorRow(
        (Kind.TOO_MANY_IDENTITIES,),
        413,
        "TOO_MANY_IDENTITIES",
        "The job has more identities than one job takes",
        "TooManyIdentitiesError",
        False,
        http_only=True,
    ),
    ErrorRow(
        (Kind.IDENTITIES_OBJECT_NOT_FOUND,),
        400,
        "IDENTITIES_OBJECT_NOT_FOUND",
        "The identities object does not exist",
        "IdentitiesObjectNotFoundError",
        False,
        http_only=True,
    ),
    ErrorRow(
        (Kind.IDENTITIES_OBJECT_UNREADABLE,),
        400,
        "IDENTITIES_OBJECT_UNREADABLE",
        "The service may not read the identities object",
        "IdentitiesObjectUnreadableError",
        False,
        http_only=True,
    ),
    ErrorRow(
        (Kind.IDENTITIES_OBJECT_TOO_LARGE,),
        413,
        "IDENTITIES_OBJECT_TOO_LARGE",
        "The identities object is too large",
        "IdentitiesObjectTooLargeError",
        False,
        http_only=True,
    ),
    ErrorRow(
        (Kind.IDENTITIES_MALFORMED,),
        400,
        "IDENTITIES_MALFORMED",
        "The identities object is not a JSON array or a CSV of one identity per line",
        "IdentitiesMalformedError",
        False,
        http_only=True,
    ),
    ErrorRow(
        (Kind.JOB_NOT_FOUND,), 404, "JOB_NOT_FOUND", "No such bulk job", "JobNotFoundError", False, http_only=True
    ),
    ErrorRow(
        (Kind.IDEMPOTENCY_KEY_REUSED,),
        409,
        "IDEMPOTENCY_KEY_REUSED",
        "This Idempotency-Key already named a different job",
        "IdempotencyKeyReusedError",
        False,
        http_only=True,
    ),
    # A direct invoke with an event shaped like the API's but not from the deployed API (sms_pool.handlers).
    ErrorRow(
        (Kind.UNTRUSTED_API_EVENT,),
        403,
        "UNTRUSTED_API_EVENT",
        "The event did not come through this deployment's API",
        "UntrustedApiEventError",
        False,
        http_only=True,
    ),
    # Answered by API Gateway itself (its 10 MB payload limit), never by the function.
    ErrorRow(
        (Kind.REQUEST_TOO_LARGE,),
        413,
        "REQUEST_TOO_LARGE",
        "The request is too large",
        "RequestTooLargeError",
        False,
        http_only=True,
    ),
)

BY_SOURCE: Final[dict[str, ErrorRow]] = {source: row for row in TABLE for source in row.sources}
# The sources' kinds, told apart by the names AWS and botocore give them (tests check both against botocore):
# an AWS error code of the operation's model ("...Exception", looked up in :data:`AWS_ERRORS`), a botocore
# transport exception class ("...Error", :data:`TRANSPORT_ERRORS`), an "AWS code/Reason" pair
# (:data:`AWS_REASONS`) or a :class:`Kind`. Looked up apart, so an AWS error code can never select a transport row.
AWS_ERRORS: Final[dict[str, ErrorRow]] = {
    source: row
    for source, row in BY_SOURCE.items()
    if not isinstance(source, Kind) and "/" not in source and source.endswith("Exception")
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
    source: row
    for source, row in BY_SOURCE.items()
    if not isinstance(source, Kind) and "/" not in source and source.endswith("Error")
}

# Rows that only HTTP can produce; a Step Functions caller never sees them.
HTTP_ONLY_CODES: Final = frozenset(row.code for row in TABLE if row.http_only)
