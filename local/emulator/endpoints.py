"""The control endpoints under ``/_emulator/`` (server side; ``EmulatorControl`` is their client)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol

from local.emulator.dispatch import TokenReuse
from local.emulator.faults import FaultConfig, FaultInjector
from local.emulator.quotas import QuotaLimiter
from local.emulator.store import Store


class Emulator(Protocol):
    """What the control endpoints read and change (``local.emulator.server.EmulatorServer``)."""

    region: str
    account_id: str
    store: Store
    faults: FaultInjector
    quotas: QuotaLimiter
    token_reuse: TokenReuse


def answer(emulator: Emulator, method: str, path: str, query: dict[str, list[str]], body: bytes) -> tuple[int, Any]:
    """(HTTP status, JSON body) of one control request; raises ValueError/TypeError for a bad body (400)."""
    data: Any = json.loads(body) if body.strip() else {}
    route = (method, path.rstrip("/"))
    handler = _ROUTES.get(route)
    if handler is None:
        return 404, {"error": f"no control endpoint {method} {path}"}
    return 200, handler(emulator, data, query)


def _health(emulator: Emulator, _data: Any, _query: dict[str, list[str]]) -> Any:
    return {
        "status": "ok",
        "region": emulator.region,
        "account_id": emulator.account_id,
        "db_path": str(emulator.store.path),
    }


def _set_faults(emulator: Emulator, data: Any, _query: dict[str, list[str]]) -> Any:
    if not isinstance(data, dict):
        raise ValueError("fault settings must be a JSON object")
    emulator.faults.configure(FaultConfig.from_dict(data))
    return emulator.faults.snapshot()


def _clear_faults(emulator: Emulator, _data: Any, _query: dict[str, list[str]]) -> Any:
    emulator.faults.reset()
    return emulator.faults.snapshot()


def _set_token_reuse(emulator: Emulator, data: Any, _query: dict[str, list[str]]) -> Any:
    if not isinstance(data, dict):
        raise ValueError('idempotency settings must be a JSON object, e.g. {"reuse": "conflict"}')
    emulator.token_reuse = TokenReuse(data.get("reuse", TokenReuse.VALIDATION.value))  # ValueError: 400
    return {"reuse": emulator.token_reuse.value}


def _calls(emulator: Emulator, _data: Any, query: dict[str, list[str]]) -> Any:
    operation = query["operation"][0] if query.get("operation") else None
    return {"calls": emulator.store.calls(operation)}


def _clear_calls(emulator: Emulator, _data: Any, _query: dict[str, list[str]]) -> Any:
    emulator.store.clear_calls()
    return {"calls": []}


def _reset(emulator: Emulator, _data: Any, _query: dict[str, list[str]]) -> Any:
    emulator.store.reset()
    return {"status": "reset"}


_Handler = Callable[[Emulator, Any, dict[str, list[str]]], Any]
_ROUTES: dict[tuple[str, str], _Handler] = {
    ("GET", "/_emulator/health"): _health,
    ("GET", "/_emulator/faults"): lambda emulator, _d, _q: emulator.faults.snapshot(),
    ("POST", "/_emulator/faults"): _set_faults,
    ("DELETE", "/_emulator/faults"): _clear_faults,
    ("GET", "/_emulator/quotas"): lambda emulator, data, _q: emulator.quotas.control("GET", data),
    ("POST", "/_emulator/quotas"): lambda emulator, data, _q: emulator.quotas.control("POST", data),
    ("GET", "/_emulator/idempotency"): lambda emulator, _d, _q: {"reuse": emulator.token_reuse.value},
    ("POST", "/_emulator/idempotency"): _set_token_reuse,
    ("GET", "/_emulator/calls"): _calls,
    ("DELETE", "/_emulator/calls"): _clear_calls,
    ("POST", "/_emulator/reset"): _reset,
}
