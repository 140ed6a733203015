"""A tiny client of the emulator's control endpoints (faults, recorded calls, reset, health)."""

from __future__ import annotations

import json
import urllib.request
from typing import Any
from urllib.parse import quote


class EmulatorControl:
    """``EmulatorControl("http://127.0.0.1:4580").set_faults(throttle_count=2)``."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        if not url.startswith(("http://127.", "http://localhost")):
            raise ValueError("the emulator control client only talks to a loopback URL")
        self.url = url.rstrip("/")
        self.timeout = timeout

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(  # noqa: S310 - loopback http URL checked in __init__
            self.url + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - loopback http URL checked in __init__  # nosec B310
            return json.loads(response.read())

    def health(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/_emulator/health")
        return result

    def set_faults(self, **settings: Any) -> dict[str, Any]:
        """Replace the fault settings (unspecified ones go back to their defaults)."""
        result: dict[str, Any] = self._call("POST", "/_emulator/faults", settings)
        return result

    def get_faults(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/_emulator/faults")
        return result

    def clear_faults(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("DELETE", "/_emulator/faults")
        return result

    def set_quotas(self, enabled: bool, rates: dict[str, float] | None = None) -> dict[str, Any]:
        """Turn AWS's rate quotas on or off (``local/emulator/quotas.py``), optionally with per-operation rates."""
        result: dict[str, Any] = self._call("POST", "/_emulator/quotas", {"enabled": enabled, "rates": rates or {}})
        return result

    def set_token_reuse(self, reuse: str) -> dict[str, Any]:
        """How a ClientToken reused with different parameters is answered: validation, conflict or replay."""
        result: dict[str, Any] = self._call("POST", "/_emulator/idempotency", {"reuse": reuse})
        return result

    def calls(self, operation: str | None = None) -> list[dict[str, Any]]:
        suffix = f"?operation={quote(operation)}" if operation else ""
        calls: list[dict[str, Any]] = self._call("GET", f"/_emulator/calls{suffix}")["calls"]
        return calls

    def clear_calls(self) -> None:
        self._call("DELETE", "/_emulator/calls")

    def reset(self) -> None:
        self._call("POST", "/_emulator/reset")
