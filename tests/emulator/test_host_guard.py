"""DNS rebinding: a page on another origin whose name resolves to 127.0.0.1 sends its own name as ``Host``. The
emulator answers such a request with 421 Misdirected Request (RFC 9110, 15.5.20), reads and changes nothing."""

from __future__ import annotations

import http.client
import json
from typing import Any

import pytest

from local.emulator import EmulatorControl, EmulatorServer


def _request(server: EmulatorServer, method: str, path: str, host: str) -> tuple[int, dict[str, Any]]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        connection.request(method, path, body=b"", headers={"Host": host})  # http.client sends ours, not its own
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


@pytest.mark.parametrize("host", ["evil.example", "evil.example:4580", "127.0.0.1.nip.io", "", "192.168.1.10"])
def test_a_foreign_host_reads_and_resets_nothing(
    emulator: EmulatorServer, control: EmulatorControl, demo: dict[str, Any], host: str
) -> None:
    status, body = _request(emulator, "GET", "/_emulator/calls", host)
    assert status == 421 and "Misdirected Request" in body["message"] and "calls" not in body
    assert _request(emulator, "POST", "/_emulator/reset", host)[0] == 421
    assert control.calls("CreatePool")  # the demo's calls are still recorded: nothing was reset


@pytest.mark.parametrize("name", ["127.0.0.1", "localhost", "LOCALHOST", "127.0.0.2"])
def test_the_loopback_names_are_served(emulator: EmulatorServer, name: str) -> None:
    status, body = _request(emulator, "GET", "/_emulator/health", f"{name}:{emulator.port}")
    assert (status, body["status"]) == (200, "ok")
