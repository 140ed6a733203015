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
    from typing import TYPE_CHECKING, Any, Final

    from sms_pool import audit, aws, config, core, errors, pacing, validation
    from sms_pool.constants import BULK_ITEMS_FIELD, METHOD, ROUTE
    from sms_pool.observability import log_stream, logger, masked, metrics, record_outcome, trace_handler

    # Module scope, as Powertools' examples create their tools: the client (and the settings it reads) are built
    # in Lambda's init phase, once per container; a bad setting fails the init with ConfigurationError.
    aws.client()
finally:
    gc.freeze()
    gc.enable()

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.typing import LambdaContext

RESOLVED_METRIC: Final = "BULK_RESOLVED"  # one bulk resolution step done (not an outcome of a removal)
_JSON: Final = {"Content-Type": "application/json"}


def _check_request_line(event: dict[str, Any], headers: dict[str, Any]) -> None:
    # Deployed, API Gateway answers other routes and methods before the function runs (locally, gateway.py does);
    # the checks stay because anyone allowed to invoke the function can send an API-shaped event directly, and
    # treating a GET or another path as this POST would remove an identity nobody asked to remove.
    if (event.get("resource") or event.get("path")) != ROUTE:
        raise errors.error(errors.Kind.ROUTE_NOT_FOUND, f"No route for {event.get('path')!s:.100}")
    if event.get("httpMethod") != METHOD:
        raise errors.error(
            errors.Kind.METHOD_NOT_ALLOWED, f"{event.get('httpMethod')!s:.10} is not allowed; use {METHOD}"
        )
    content_type = headers.get("content-type")
    if isinstance(content_type, str) and "json" not in content_type.lower():
        raise errors.error(errors.Kind.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json")


def from_deployed_api(request_context: Any) -> bool:
    """Whether an API-shaped event names the deployed API: its account, stage and (when known) API id.

    Anyone allowed to invoke the function can write any event, so an API-shaped one is trusted (and its caller
    recorded) only when it names this deployment's API. The three values are not secret: a same-account invoker who
    knows them can still forge an event; API Gateway's access log and CloudTrail are the records that cannot be
    forged (docs/infrastructure.md, "Entry points").
    """
    settings = config.settings()
    if not (isinstance(request_context, dict) and settings.api_account_id and settings.api_stage):
        return False
    expected = {"accountId": settings.api_account_id, "stage": settings.api_stage, "apiId": settings.api_id}
    return all(request_context.get(key) == value for key, value in expected.items() if value)


def _log_outcome(attempt: audit.Attempt, exc: errors.ServiceError | None) -> None:
    code = "OK" if exc is None else exc.row.code
    record_outcome(code)
    audit.emit(log_stream(), attempt, code, 200 if exc is None else exc.row.status)
    # A success needs no logger line: the audit line is its record.
    if exc is None:
        return
    if exc.row.status >= 500:
        logger.error("failed", extra={"outcome": code, "detail": exc.detail})
    else:
        logger.info("rejected", extra={"outcome": code, "detail": exc.detail})


def _unexpected() -> errors.ServiceError:
    logger.exception("unexpected failure")  # the stack goes to the log, never to the caller
    return errors.error(errors.Kind.UNEXPECTED, "The service failed unexpectedly; retry later or report the requestId")


def _deadline(context: LambdaContext) -> pacing.Deadline:
    return pacing.request_deadline(context.get_remaining_time_in_millis(), config.settings())


def api_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """API Gateway REST proxy adapter: answers 200 with AWS's fields, or a problem+json error."""
    deadline = _deadline(context)
    request_context = event.get("requestContext")
    request_id = request_context.get("requestId") if isinstance(request_context, dict) else None
    if not isinstance(request_id, str):
        request_id = context.aws_request_id
    logger.set_correlation_id(request_id)
    trusted = from_deployed_api(request_context)
    attempt = audit.from_api(request_context, request_id) if trusted else audit.untrusted(request_id)
    try:
        if not trusted:
            raise errors.error(
                errors.Kind.UNTRUSTED_API_EVENT,
                "The event is shaped like an API Gateway request but does not name this deployment's API; "
                "call the API, or invoke the function with a Step Functions task payload",
            )
        headers = validation.lower_headers(event)
        _check_request_line(event, headers)
        key = validation.idempotency_key(headers)
        data = validation.decode_body(event.get("body"), event.get("isBase64Encoded") is True)
        audit.note_request(attempt, data)
        result = core.disassociate(validation.validate_body(data), key, attempt, deadline)
    except errors.ServiceError as exc:
        _log_outcome(attempt, exc)
        return errors.problem_response(exc, request_id)
    except Exception:
        failure = _unexpected()
        _log_outcome(attempt, failure)
        return errors.problem_response(failure, request_id)
    _log_outcome(attempt, None)
    return {"statusCode": 200, "headers": _JSON, "body": errors.compact_json(result)}


def sfn_handler(event: Any, context: LambdaContext) -> dict[str, Any]:
    """Step Functions adapter: returns AWS's fields (or the dry run's answer) or raises the table's exception.

    Both are masked as the logs are (the exception's ``str()``, and :func:`~sms_pool.observability.masked` over the
    result): Step Functions keeps them in the execution history.
    """
    deadline = _deadline(context)
    attempt = audit.from_task(event, context.aws_request_id)
    audit.note_request(attempt, event)
    correlated = False  # the key once validated, else the Lambda request id
    try:
        request, key = validation.validate_task(event)
        logger.set_correlation_id(key or context.aws_request_id)
        correlated = True
        result = core.disassociate(request, key, attempt, deadline)
    except errors.ServiceError as exc:
        if not correlated:  # a payload rejected before its key was validated is logged with the request id
            logger.set_correlation_id(context.aws_request_id)
        _log_outcome(attempt, exc)
        raise
    except Exception as cause:
        if not correlated:
            logger.set_correlation_id(context.aws_request_id)
        failure = _unexpected()
        _log_outcome(attempt, failure)
        raise failure from cause
    _log_outcome(attempt, None)
    return masked(result)  # type: ignore[no-any-return]


def resolve_handler(event: Any, context: LambdaContext) -> dict[str, Any]:
    """The bulk workflow's resolution step: ``{"Identities": [...]}`` with each E.164 number mapped to its id.

    Removes nothing, so it writes no audit record; a failure is logged and raised like the removal's.
    """
    logger.set_correlation_id(context.aws_request_id)
    try:
        request = validation.validate_resolve(event)
        resolved = {BULK_ITEMS_FIELD: core.resolve_identities(request, _deadline(context))}
    except errors.ServiceError as exc:
        record_outcome(exc.row.code)
        logger.info("resolution failed", extra={"outcome": exc.row.code, "detail": exc.detail})
        raise
    except Exception as cause:
        raise _unexpected() from cause
    record_outcome(RESOLVED_METRIC)
    return resolved


def _is_api_event(event: Any) -> bool:
    return isinstance(event, dict) and "httpMethod" in event and "requestContext" in event


@metrics.log_metrics(capture_cold_start_metric=True)
@logger.inject_lambda_context(clear_state=True)
@trace_handler
def handler(event: Any, context: LambdaContext) -> Any:
    """The function's entry point for both callers."""
    if _is_api_event(event):
        return api_handler(event, context)
    if isinstance(event, dict) and BULK_ITEMS_FIELD in event:
        return resolve_handler(event, context)
    return sfn_handler(event, context)
