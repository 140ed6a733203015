"""The audit record: one JSON line per attempt (success, rejection, failure) saying who removed what, and when.

The line has the fixed ``"type": "audit"`` (:data:`~sms_pool.constants.AUDIT_TYPE`) and the fields of
:data:`~sms_pool.constants.AUDIT_FIELDS`, so a CloudWatch Logs Insights query, a metric filter or a subscription
filter selects it (docs/audit.md). It is written straight to the stream the Powertools logger writes to, not
through ``logging``, so it holds exactly those fields in that order, none of the logger's keys. It is masked like
every other line (:func:`sms_pool.phone.mask`, value by value): a phone number, and an account id, keep only
their last 4 digits; ``caller`` (the principal's unique id, ``AIDA...``/``AROA...:session``) still names the
caller exactly.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from typing import IO, Any, Final, Literal

from sms_pool.constants import AUDIT_TYPE, DRY_RUN_FIELD
from sms_pool.phone import mask

# "direct": an API-shaped event that did not come through the deployed API (handlers' trust check): its
# requestContext, the caller it names included, is whatever the invoker wrote, so none of it is recorded.
Via = Literal["http", "stepfunctions", "direct"]

_MAX_TEXT: Final = 256  # a caller's value is bounded before it is logged (the models' longest member)
# arn:<partition>:states:<region>:<account>:execution:<state machine>:<execution name> (Step Functions' ARN format)
# The bulk workflow's keys are "<execution ARN>#<item index>" (infra/bulk_workflow.py ITEM_KEY).
_EXECUTION: Final = re.compile(
    r"(?P<arn>(arn:[a-z-]+:states:[a-z0-9-]+:[0-9]{12}:)execution:([A-Za-z0-9_.-]+):[^#]+)(?:#(?P<item>[0-9]{1,9}))?"
)


@dataclass(slots=True)
class Attempt:
    """What the audit record says about one invocation; filled in as the invocation learns it."""

    via: Via
    request_id: str
    pool: str | None = None
    identity: str | None = None
    resolved_identity: str | None = None
    dry_run: bool = False
    user_arn: str | None = None
    caller: str | None = None
    account_id: str | None = None
    execution: str | None = None
    item: int | None = None
    state_machine: str | None = None


def _text(value: Any) -> str | None:
    return value[:_MAX_TEXT] if isinstance(value, str) else None


def from_api(request_context: Any, request_id: str) -> Attempt:
    """An HTTP attempt; the caller is what API Gateway puts in ``requestContext.identity`` (AWS_IAM auth)."""
    identity = request_context.get("identity") if isinstance(request_context, dict) else None
    identity = identity if isinstance(identity, dict) else {}
    return Attempt(
        "http",
        request_id,
        user_arn=_text(identity.get("userArn")),
        caller=_text(identity.get("caller")),
        account_id=_text(identity.get("accountId")),
    )


def untrusted(request_id: str) -> Attempt:
    """An API-shaped event from a direct invoke: recorded as ``direct``, with no caller (the event's is unproven)."""
    return Attempt("direct", request_id)


def from_task(payload: Any, request_id: str) -> Attempt:
    """A Step Functions attempt: the execution ARN (and bulk item index) the payload's ``IdempotencyKey`` carries.

    The example workflow's key is ``$$.Execution.Id``, the bulk workflow's ``<$$.Execution.Id>#<item index>``; a
    key of another form (a caller's own) names no execution. A direct invoke can write any key: CloudTrail's
    ``StartExecution`` and ``Invoke`` events are the records that cannot be forged (docs/infrastructure.md).
    """
    key = _text(payload.get("IdempotencyKey")) if isinstance(payload, dict) else None
    match = _EXECUTION.fullmatch(key or "")
    if not match:
        return Attempt("stepfunctions", request_id)
    return Attempt(
        "stepfunctions",
        request_id,
        execution=match["arn"],
        item=int(match["item"]) if match["item"] else None,
        state_machine=f"{match[2]}stateMachine:{match[3]}",
    )


def note_request(attempt: Attempt, data: Any) -> None:
    """Record the pool, identity and dry-run flag as sent (before validation, so rejections carry them too)."""
    if isinstance(data, dict):
        attempt.pool = _text(data.get("PoolId"))
        attempt.identity = _text(data.get("OriginationIdentity"))
        attempt.dry_run = data.get(DRY_RUN_FIELD) is True


def _now() -> str:
    now = time.time()
    return f"{time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(now))}.{int(now * 1000) % 1000:03d}Z"


def _masked(value: str | None) -> str | None:
    return None if value is None else mask(value)


def render(attempt: Attempt, outcome: str, status: int) -> str:
    """The audit line (masked JSON, no newline), fields in :data:`~sms_pool.constants.AUDIT_FIELDS` order."""
    record = {
        "type": AUDIT_TYPE,
        "time": _now(),
        "outcome": outcome,
        "status": status,
        "dryRun": attempt.dry_run,
        "via": attempt.via,
        "pool": _masked(attempt.pool),
        "identity": _masked(attempt.identity),
        "resolvedIdentity": _masked(attempt.resolved_identity),
        "userArn": _masked(attempt.user_arn),
        "caller": _masked(attempt.caller),
        "accountId": _masked(attempt.account_id),
        "execution": _masked(attempt.execution),
        "item": attempt.item,
        "stateMachine": _masked(attempt.state_machine),
        "requestId": _masked(attempt.request_id),
    }
    return json.dumps(record, separators=(",", ":"))


def emit(stream: IO[str], attempt: Attempt, outcome: str, status: int) -> None:
    """Write the audit line for ``attempt`` to ``stream`` (the function's log)."""
    stream.write(render(attempt, outcome, status) + "\n")
