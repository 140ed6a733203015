"""Runs one AWS call: operation lookup, validation, ClientToken idempotency, handler, output shaping."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from local.emulator.model import ApiError, operation_model, shape_output, validate_request, validation_error
from local.emulator.operations import HANDLERS
from local.emulator.resources import Context
from local.emulator.store import Store


def unknown_operation(target: str) -> ApiError:
    return ApiError(
        "UnknownOperationException",
        f"Unknown or unsupported operation {target!r}: the local SMS Voice V2 emulator implements "
        f"{', '.join(sorted(HANDLERS))}.",
        status=400,
    )


def execute(store: Store, name: str, params: Any, *, region: str, account: str, request_id: str) -> dict[str, Any]:
    """The response body of a successful call; raises :class:`ApiError` for an AWS error answer."""
    operation = operation_model(name)
    handler = HANDLERS.get(name)
    if operation is None or handler is None:
        raise unknown_operation(name)
    validate_request(operation, params)
    token_members = [m for m in operation.idempotent_members if m in params]
    with store.transaction() as tx:
        ctx = Context(tx=tx, region=region, account=account, request_id=request_id)
        if not token_members:
            return shape_output(operation, handler(ctx, params))
        token = str(params[token_members[0]])
        request = {k: v for k, v in params.items() if k not in operation.idempotent_members}
        digest = hashlib.sha256(json.dumps(request, sort_keys=True).encode()).hexdigest()
        previous = tx.idempotent_get(name, token)
        if previous is not None:
            if previous[0] != digest:
                raise validation_error(
                    "INVALID_PARAMETER",
                    [("ClientToken", f"ClientToken {token} was already used with different parameters")],
                )
            return previous[1]
        result = shape_output(operation, handler(ctx, params))
        tx.idempotent_put(name, token, digest, result)
        return result
