"""DNS rebinding: the local API answers a request naming another host with 421 Misdirected Request (RFC 9110,
15.5.20) and does not run it; curl, an independent client, sends the foreign Host as a browser would."""

from __future__ import annotations

import subprocess

from tests.integration.conftest import LocalMode

ROUTE = "/disassociate-origination-identity"


def _status(url: str, host: str) -> str:
    args = ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", f"Host: {host}", "-X", "POST", url]
    return subprocess.run(args, capture_output=True, text=True, timeout=30, check=True).stdout


def test_a_foreign_host_is_misdirected_and_the_function_never_runs(local_mode: LocalMode) -> None:
    before = local_mode.control.calls()
    assert _status(local_mode.api + ROUTE, "evil.example") == "421"
    assert _status(local_mode.api + "/openapi.json", "evil.example:3000") == "421"
    assert _status(local_mode.emulator + "/_emulator/calls", "evil.example") == "421"
    assert local_mode.control.calls() == before
    assert _status(local_mode.api + ROUTE, "localhost") == "403"  # loopback: through to SigV4 (unsigned)
