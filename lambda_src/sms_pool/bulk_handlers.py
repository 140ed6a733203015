"""The bulk-jobs function's entry point: the two HTTP routes (:mod:`sms_pool.jobs`) and the bulk workflow's
Prepare and Summarize steps (:mod:`sms_pool.bulk_steps`), told apart by the event's shape, as ``handlers`` does.

A function of its own (not the disassociation function): its role may read and write the jobs' bucket and start
and read the bulk workflow's executions; the disassociation function's may not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from sms_pool import bulk_steps, config, errors, jobs, pacing
from sms_pool.constants import BULK_JOB_ROUTE, BULK_ROUTE
from sms_pool.observability import logger, metrics, record_outcome, trace_handler

if TYPE_CHECKING:
    from collections.abc import Callable

    from aws_lambda_powertools.utilities.typing import LambdaContext

ROUTES: Final[dict[tuple[str, str], Callable[[dict[str, Any]], dict[str, Any]]]] = {
    (BULK_ROUTE, "POST"): jobs.submit,
    (BULK_JOB_ROUTE, "GET"): jobs.status,
}
STEPS: Final[dict[str, Callable[[dict[str, Any], pacing.Deadline], dict[str, Any]]]] = {
    "prepare": bulk_steps.prepare,
    "summarize": bulk_steps.summarize,
}


def api_handler(event: dict[str, Any], request_id: str) -> dict[str, Any]:
    """One HTTP request: the route's answer, or problem+json."""
    resource = event.get("resource")
    try:
        route = ROUTES.get((str(resource), str(event.get("httpMethod"))))
        if route is None:
            known = {path for path, _ in ROUTES}
            kind = errors.Kind.METHOD_NOT_ALLOWED if resource in known else errors.Kind.ROUTE_NOT_FOUND
            raise errors.error(kind, f"No route for {event.get('httpMethod')!s:.10} {event.get('path')!s:.100}")
        answer = route(event)
    except errors.ServiceError as exc:
        record_outcome(exc.row.code)
        logger.info("bulk request refused", extra={"outcome": exc.row.code, "detail": exc.detail})
        return errors.problem_response(exc, request_id)
    except Exception:
        logger.exception("unexpected failure")
        failure = errors.error(errors.Kind.UNEXPECTED, "The service failed unexpectedly; retry later")
        return errors.problem_response(failure, request_id)
    record_outcome("BULK_" + str(event.get("httpMethod")))
    return answer


def step_handler(event: dict[str, Any], deadline: pacing.Deadline) -> dict[str, Any]:
    """One workflow step; the table's exception (its class name is the task's Error) when it fails."""
    step = STEPS.get(str(event.get("Step")))
    if step is None:
        raise errors.invalid("Step", f"must be one of {sorted(STEPS)}")
    try:
        return step(event, deadline)
    except errors.ServiceError as exc:
        logger.info("bulk step failed", extra={"outcome": exc.row.code, "detail": exc.detail})
        raise


@metrics.log_metrics
@logger.inject_lambda_context(clear_state=True)
@trace_handler
def handler(event: Any, context: LambdaContext) -> Any:
    """The bulk-jobs function's entry point."""
    if not isinstance(event, dict):
        raise errors.invalid("payload", "must be a JSON object")
    if "httpMethod" in event and "requestContext" in event:
        context_id = event["requestContext"].get("requestId") if isinstance(event["requestContext"], dict) else None
        request_id = context_id if isinstance(context_id, str) else context.aws_request_id
        logger.set_correlation_id(request_id)
        # As the disassociation function trusts API events (imported here: it builds that function's client).
        from sms_pool.handlers import from_deployed_api  # noqa: PLC0415

        if not from_deployed_api(event["requestContext"]):
            untrusted = errors.error(
                errors.Kind.UNTRUSTED_API_EVENT, "The event does not name this deployment's API; call the API"
            )
            return errors.problem_response(untrusted, request_id)
        return api_handler(event, request_id)
    logger.set_correlation_id(context.aws_request_id)
    return step_handler(event, pacing.request_deadline(context.get_remaining_time_in_millis(), config.settings()))
