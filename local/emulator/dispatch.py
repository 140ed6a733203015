"""Runs one AWS call: operation lookup, validation, ClientToken idempotency, handler, output shaping."""

from __future__ import annotations

import hashlib
import json
from enum import Enum
from typing import Any

from local.emulator.model import ApiError, operation_model, shape_output, validate_request, validation_error
from local.emulator.operations import HANDLERS
from local.emulator.resources import Context
from local.emulator.store import Store, scope_of


class TokenReuse(Enum):
    """The answer to a ClientToken reused with different parameters: AWS documents none (README, "ClientToken")."""

    VALIDATION = "validation"  # ValidationException INVALID_PARAMETER naming ClientToken (the default)
    CONFLICT = "conflict"  # ConflictException without a reason
    REPLAY = "replay"  # the first call's 200 again, nothing applied


def unknown_operation(target: str) -> ApiError:
    return ApiError(
        "UnknownOperationException",
        f"Unknown or unsupported operation {target!r}: the local SMS Voice V2 emulator implements "
        f"{', '.join(sorted(HANDLERS))}.",
        status=400,
    )


def execute(
    store: Store,
    name: str,
    params: Any,
    *,
    region: str,
    account: str,
    request_id: str,
    token_reuse: TokenReuse = TokenReuse.VALIDATION,
) -> dict[str, Any]:
    """The response body of a successful call; raises :class:`ApiError` for an AWS error answer."""
    operation = operation_model(name)
    handler = HANDLERS.get(name)
    if operation is None or handler is None:
        raise unknown_operation(name)
    validate_request(operation, params)
    token_members = [m for m in operation.idempotent_members if m in params]
    with store.transaction(scope_of(account, region)) as tx:
        ctx = Context(tx=tx, region=region, account=account, request_id=request_id, operation=name)
        if not token_members:
            return shape_output(operation, handler(ctx, params))
        token = str(params[token_members[0]])
        request = {k: v for k, v in params.items() if k not in operation.idempotent_members}
        digest = hashlib.sha256(json.dumps(request, sort_keys=True).encode()).hexdigest()
        previous = tx.idempotent_get(name, token)
        if previous is not None:
            if previous[0] != digest:
                _reused(token, token_reuse)
            return previous[1]
        result = shape_output(operation, handler(ctx, params))
        tx.idempotent_put(name, token, digest, result)
        return result


def _reused(token: str, answer: TokenReuse) -> None:
    """Raise the configured answer to a reused token; return for REPLAY (the first answer is sent again)."""
    message = f"ClientToken {token} was already used with different parameters"
    if answer is TokenReuse.VALIDATION:
        raise validation_error("INVALID_PARAMETER", [("ClientToken", message)])
    if answer is TokenReuse.CONFLICT:
        raise ApiError("ConflictException", message)
