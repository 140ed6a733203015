"""The control endpoints under ``/_emulator/`` (server side; ``EmulatorControl`` is their client)."""

from __future__ import annotations

import json
from typing import Any, Protocol

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


def answer(emulator: Emulator, method: str, path: str, query: dict[str, list[str]], body: bytes) -> tuple[int, Any]:
    """(HTTP status, JSON body) of one control request; raises ValueError/TypeError for a bad body (400)."""
    data: Any = json.loads(body) if body.strip() else {}
    route = (method, path.rstrip("/"))
    store, faults = emulator.store, emulator.faults
    if route == ("GET", "/_emulator/health"):
        return 200, {
            "status": "ok",
            "region": emulator.region,
            "account_id": emulator.account_id,
            "db_path": str(store.path),
        }
    if route == ("GET", "/_emulator/faults"):
        return 200, faults.snapshot()
    if route == ("POST", "/_emulator/faults"):
        if not isinstance(data, dict):
            raise ValueError("fault settings must be a JSON object")
        faults.configure(FaultConfig.from_dict(data))
        return 200, faults.snapshot()
    if route == ("DELETE", "/_emulator/faults"):
        faults.reset()
        return 200, faults.snapshot()
    if route in (("GET", "/_emulator/quotas"), ("POST", "/_emulator/quotas")):
        return 200, emulator.quotas.control(method, data)
    if route == ("GET", "/_emulator/calls"):
        operation = query["operation"][0] if query.get("operation") else None
        return 200, {"calls": store.calls(operation)}
    if route == ("DELETE", "/_emulator/calls"):
        store.clear_calls()
        return 200, {"calls": []}
    if route == ("POST", "/_emulator/reset"):
        store.reset()
        return 200, {"status": "reset"}
    return 404, {"error": f"no control endpoint {method} {path}"}
