"""A user's mistakes with the CLI get one line naming the problem and the fix; no tracebacks."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from local import sigv4
from tests.integration.conftest import LocalMode
from tests.synth import ROOT


def _cli(*args: str, env: dict[str, str] | None = None, stdin: str = "{}") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "local.cli", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        check=False,
    )


def _one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert "\n" not in line and line.startswith("error: ")
    for word in words:
        assert word in line


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield int(sock.getsockname()[1])


def test_a_busy_api_port_is_one_line(busy_port: int, cdk_out: Path, tmp_path: Path) -> None:
    started = time.monotonic()
    result = _cli(
        "serve",
        "--api-port",
        str(busy_port),
        "--emulator-port",
        "0",
        "--db",
        str(tmp_path / "db"),
        "--cdk-out",
        str(cdk_out),
    )
    _one_line_error(result, str(busy_port), "--api-port")
    assert time.monotonic() - started < 10  # told before anything heavy starts


def test_check_ports_names_the_busy_emulator_port(busy_port: int) -> None:
    _one_line_error(
        _cli("check-ports", env={"SMS_EMULATOR_PORT": str(busy_port), "LOCAL_API_PORT": "0"}),
        str(busy_port),
        "--emulator-port",
    )


def test_invoke_with_a_missing_file(tmp_path: Path) -> None:
    _one_line_error(_cli("invoke", str(tmp_path / "nope.json")), "nope.json", "not found")


def test_invoke_with_the_emulator_down(busy_port: int) -> None:
    # A listening socket that never answers HTTP stands for no emulator (and nothing else can take the port).
    _one_line_error(_cli("invoke", "-", "--endpoint", f"http://127.0.0.1:{busy_port}"), "does not answer", "make run")


def test_a_client_gone_mid_response_leaves_no_traceback(local_mode: LocalMode) -> None:
    parts = urlsplit(local_mode.api)
    host, port = parts.hostname, parts.port
    body = json.dumps({"PoolId": "pool-1", "OriginationIdentity": "phone-1", "IsoCountryCode": "US"}).encode()
    url = f"{local_mode.api}/disassociate-origination-identity"
    for _ in range(10):
        headers = sigv4.signed_headers("POST", url, body, {"Content-Type": "application/json"})
        lines = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        with socket.create_connection((str(host), port), timeout=10) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            request = f"POST {parts.path}/disassociate-origination-identity HTTP/1.1\r\nHost: {host}:{port}\r\n{lines}Content-Length: {len(body)}\r\n\r\n"
            sock.sendall(request.encode() + body)  # and reset at once, before the answer
    for _ in range(10):  # a cut-short body is dropped quietly too
        with socket.create_connection((str(host), port), timeout=10) as sock:
            sock.sendall(b"POST /disassociate-origination-identity HTTP/1.1\r\nContent-Length: 50\r\n\r\n{")
    time.sleep(1.5)
    assert "Traceback" not in local_mode.log_path.read_text()


def test_the_banners_curl_commands_answer_as_printed(local_mode: LocalMode) -> None:
    from local import banner

    demo = local_mode.seed()
    sign, lines = banner.signing(True, "us-east-1")
    text = banner.render(local_mode.api, local_mode.emulator, demo, sign, tuple(lines))
    commands = [line for line in text.splitlines() if line.startswith("curl ")]
    expected = [int(m[1]) for line in text.splitlines() if (m := re.match(r"# (\d{3})\b", line))]
    # By id, unknown id, by E.164 number, dry run, a non-E.164 number, unsigned.
    assert expected == [200, 404, 200, 200, 400, 403] and len(commands) == 6
    for command, status in zip(commands, expected, strict=True):
        result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=30, check=False)
        assert result.stdout.startswith(f"HTTP/1.1 {status}"), (command, result.stdout[:300])


def test_make_run_checks_the_ports_before_it_synthesizes() -> None:
    recipe = (ROOT / "Makefile").read_text().split("\nrun:", 1)[1].split("\n\n", 1)[0]
    steps = [line.strip() for line in recipe.splitlines()[1:]]
    assert "check-ports" in steps[0] and "synth" in steps[1], steps
    assert "synth" not in recipe.splitlines()[0]  # not a prerequisite, which make would build first


def test_the_banner_names_the_limits_the_demo_meets() -> None:
    from local import banner
    from local.gateway.throttle import StageThrottle

    stage = StageThrottle(1.0, 1)
    line = banner.limits_line(stage, {"enabled": True})
    assert "1 request/s, burst 1" in line and "429 THROTTLED" in line and "SMS_LOCAL_THROTTLE=off" in line
    assert "SMS_EMULATOR_QUOTAS=off" in line
    assert banner.limits_line(None, {"enabled": False}) == "Limits: no stage throttle; no emulator quotas."
