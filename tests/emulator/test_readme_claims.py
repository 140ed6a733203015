"""Claims of local/emulator/README.md, run: Content-Length framing, throttling by quota, the reused-token switch."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from local import sigv4
from local.emulator import EmulatorControl, EmulatorServer
from tests.emulator.conftest import SIGNING_NAME

README = Path(__file__).resolve().parents[2] / "local" / "emulator" / "README.md"


def _readme() -> str:
    return " ".join(README.read_text().split())  # line breaks as spaces


def _raw(server: EmulatorServer, lengths: list[str]) -> tuple[int, dict[str, object]]:
    body = b"{}"
    url = f"http://127.0.0.1:{server.port}/"
    target = {"Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "PinpointSMSVoiceV2.DescribePools"}
    headers = sigv4.signed_headers("POST", url, body, target, service=SIGNING_NAME)
    lines = "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "".join(f"Content-Length: {n}\r\n" for n in lengths)
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(f"POST / HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n{lines}Connection: close\r\n\r\n".encode())
        sock.sendall(body)
        raw = b""
        while chunk := sock.recv(65536):
            raw += chunk
    head, _, payload = raw.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(payload)


def test_equal_duplicate_lengths_are_accepted_and_conflicting_ones_refused(emulator: EmulatorServer) -> None:
    text = _readme()
    assert "two equal values are accepted" in text and "conflicting" in text
    status, body = _raw(emulator, ["2", "2"])
    assert (status, body.get("Pools")) == (200, [])
    status, body = _raw(emulator, ["2", "3"])
    assert (status, body["__type"]) == (400, "SerializationException")


def test_quotas_are_modelled_not_only_as_faults(emulator: EmulatorServer, control: EmulatorControl) -> None:
    assert "not modelled except as injected faults" not in _readme()
    assert control.set_quotas(True)["enabled"] is True  # README: POST /_emulator/quotas turns AWS's quotas on


@pytest.mark.parametrize("reuse", ["validation", "conflict", "replay"])
def test_the_reused_token_switch_is_documented(control: EmulatorControl, reuse: str) -> None:
    assert f"`{reuse}`" in _readme()
    assert control.set_token_reuse(reuse) == {"reuse": reuse}
