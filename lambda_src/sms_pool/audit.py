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

Via = Literal["http", "stepfunctions"]

_MAX_TEXT: Final = 256  # a caller's value is bounded before it is logged (the models' longest member)
# arn:<partition>:states:<region>:<account>:execution:<state machine>:<execution name> (Step Functions' ARN format)
_EXECUTION: Final = re.compile(r"(arn:[a-z-]+:states:[a-z0-9-]+:[0-9]{12}:)execution:([A-Za-z0-9_.-]+):.+")


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


def from_task(payload: Any, request_id: str) -> Attempt:
    """A Step Functions attempt: the execution is the payload's ``IdempotencyKey`` (``$$.Execution.Id``)."""
    execution = _text(payload.get("IdempotencyKey")) if isinstance(payload, dict) else None
    match = _EXECUTION.fullmatch(execution or "")
    state_machine = f"{match[1]}stateMachine:{match[2]}" if match else None
    return Attempt("stepfunctions", request_id, execution=execution, state_machine=state_machine)


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
        "stateMachine": _masked(attempt.state_machine),
        "requestId": _masked(attempt.request_id),
    }
    return json.dumps(record, separators=(",", ":"))


def emit(stream: IO[str], attempt: Attempt, outcome: str, status: int) -> None:
    """Write the audit line for ``attempt`` to ``stream`` (the function's log)."""
    stream.write(render(attempt, outcome, status) + "\n")
