"""The local mode's settings and answers the review found wrong: the port check after a stop, bad environment
values, the banner's labels under --no-auth/--no-validate, and x-amzn-RequestId on the function's responses."""

from __future__ import annotations

import argparse
import json
import re
import socket
import subprocess
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from local import banner, cli, defaults, settings, sigv4
from local.gateway import routes
from local.gateway.core import LocalApiGateway
from local.gateway.routes import Route
from tests.integration import echo_handler
from tests.integration.conftest import LocalMode, post, start_local_mode
from tests.integration.test_cli_robustness import _cli, _one_line_error


def _request_closed_by_the_server(port: int) -> None:
    # Connection: close makes the server close first, so its side (port) lingers in TIME_WAIT, as after real use.
    with socket.create_connection((defaults.HOST, port), timeout=10) as sock:
        sock.sendall(f"GET /things HTTP/1.1\r\nHost: {defaults.HOST}:{port}\r\nConnection: close\r\n\r\n".encode())
        while sock.recv(65536):
            pass


def _plain_bind_fails(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind((defaults.HOST, port))
        except OSError:
            return True
    return False


def test_the_port_check_passes_right_after_the_server_stopped() -> None:
    gateway = LocalApiGateway([Route("/things", "GET", f"{echo_handler.__name__}.capture", "AWS_IAM")], port=0)
    gateway.start()
    port = int(gateway.root_url.rsplit(":", 1)[1])
    _request_closed_by_the_server(port)
    gateway.stop()
    assert _plain_bind_fails(port)  # the TIME_WAIT connection the old check tripped over is there
    settings.check_port_free(port, defaults.API_PORT_ENV, "--api-port")  # no UserError: the server would bind
    with socket.socket() as sock:  # and the server, as it binds, does
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((defaults.HOST, port))


def test_the_port_check_still_sees_a_listening_port() -> None:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the servers bind
        sock.bind((defaults.HOST, 0))
        sock.listen()
        port = int(sock.getsockname()[1])
        with pytest.raises(settings.UserError, match=rf"port {port} .*{defaults.API_PORT_ENV}=\d+ make run"):
            settings.check_port_free(port, defaults.API_PORT_ENV, "--api-port")


@pytest.fixture
def listening_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind((defaults.HOST, 0))
        sock.listen()
        yield int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("env_var", "other"), [("LOCAL_API_PORT", "SMS_EMULATOR_PORT"), ("SMS_EMULATOR_PORT", "LOCAL_API_PORT")]
)
def test_the_busy_port_hint_works_from_make(listening_port: int, env_var: str, other: str) -> None:
    # `make run` runs `check-ports` and `run` with no flags: the hint must name the variable they read.
    result = _cli("check-ports", env={env_var: str(listening_port), other: "0"})
    _one_line_error(result, str(listening_port), f"{env_var}=")
    suggested = int(re.findall(rf"{env_var}=(\d+) make run", result.stderr)[0])
    assert suggested != listening_port and settings.port_is_free(suggested)  # the hint works when pasted
    free = _cli("check-ports", env={env_var: "0", other: "0"})
    assert free.returncode == 0, free.stderr


def test_the_busy_port_hint_skips_ports_that_are_busy_too() -> None:
    with socket.socket() as first, socket.socket() as second:
        first.bind((defaults.HOST, 0))
        first.listen()
        port = int(first.getsockname()[1])
        try:
            second.bind((defaults.HOST, port + 1))
        except OSError:
            pytest.skip(f"port {port + 1} is taken by someone else: nothing to hold")
        second.listen()
        with pytest.raises(settings.UserError) as caught:
            settings.check_port_free(port, defaults.API_PORT_ENV, "--api-port", frozenset({port + 2}))
    # Neither the next port (busy) nor the other server's port (avoided) is suggested.
    suggested = int(re.findall(rf"{defaults.API_PORT_ENV}=(\d+) make run", str(caught.value))[0])
    assert suggested not in (port, port + 1, port + 2)


def test_one_port_for_both_servers_is_one_line() -> None:
    port = settings.free_port_near(20000)
    for command in ("check-ports", "run"):
        result = _cli(command, env={"LOCAL_API_PORT": str(port), "SMS_EMULATOR_PORT": str(port)})
        _one_line_error(result, f"LOCAL_API_PORT and SMS_EMULATOR_PORT are both {port}", "need a port each")
        suggested = int(re.findall(r"SMS_EMULATOR_PORT=(\d+) make run", result.stderr)[0])
        assert suggested != port and settings.port_is_free(suggested)


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"LOCAL_API_PORT": "abc"}, ("LOCAL_API_PORT=abc", "port number", "unset it")),
        ({"SMS_EMULATOR_PORT": "99999"}, ("SMS_EMULATOR_PORT=99999", "port number")),
        ({"LOCAL_API_CONCURRENCY": "many"}, ("LOCAL_API_CONCURRENCY=many",)),
    ],
)
def test_a_bad_number_setting_is_one_line(env: dict[str, str], words: tuple[str, ...], cdk_out: Path) -> None:
    for command in ("check-ports", "serve") if "CONCURRENCY" not in next(iter(env)) else ("serve",):
        extra = ("--cdk-out", str(cdk_out)) if command == "serve" else ()
        _one_line_error(_cli(command, *extra, env={"LOCAL_API_PORT": "0", "SMS_EMULATOR_PORT": "0", **env}), *words)


@pytest.mark.parametrize("value", ["garbage", "[1, 2]", '{"access_key": "a"}', '[{"access_key": "a"}]', "[]"])
def test_bad_local_api_keys_are_one_line(value: str, tmp_path: Path, cdk_out: Path) -> None:
    args = ("--api-port", "0", "--emulator-port", "0", "--db", str(tmp_path / "db"), "--cdk-out", str(cdk_out))
    _one_line_error(_cli("serve", *args, env={sigv4.KEYS_ENV: value}), sigv4.KEYS_ENV, "access_key", "unset it")


def test_good_local_api_keys_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    key = {
        "access_key": "AKIAX",
        "secret_key": "s",
        "user_arn": "arn:aws:iam::1:user/x",
        "caller": "c",
        "account_id": "1",
    }
    monkeypatch.setenv(sigv4.KEYS_ENV, json.dumps([key]))
    assert sigv4.configured_keys() == (sigv4.LocalKey(**key),)


@pytest.fixture(scope="module")
def open_mode(cdk_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalMode]:
    """The local mode as `LOCAL_API_AUTH=off LOCAL_API_VALIDATE=off make run` starts it."""
    process, mode = start_local_mode(
        cdk_out, tmp_path_factory.mktemp("open-mode"), {"LOCAL_API_AUTH": "off", "LOCAL_API_VALIDATE": "off"}
    )
    yield mode
    process.stop()


def test_the_banner_labels_follow_no_auth_and_no_validate(open_mode: LocalMode) -> None:
    demo = open_mode.seed()
    sign, lines = banner.signing(False, "us-east-1")
    text = banner.render(open_mode.api, open_mode.emulator, demo, sign, tuple(lines), validate=False)
    assert "(signed)" not in text and "request validator" not in text
    assert "unsigned" in text and "the function's own check" in text
    comments = [line for line in text.splitlines() if line.startswith("# ")]
    commands = [line for line in text.splitlines() if line.startswith("curl ")]
    expected = [int(m[1]) for line in comments if (m := re.match(r"# (\d{3})\b", line))]
    assert expected == [200, 404, 200, 200, 400] and len(commands) == 5  # no 403 example: unsigned ones pass
    for command, status in zip(commands, expected, strict=True):  # and the labels are what answers
        result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=30, check=False)
        assert result.stdout.startswith(f"HTTP/1.1 {status}"), (command, result.stdout[:300])
        assert "x-amzn-ErrorType" not in result.stdout  # the function answered, not the gateway's validator


def _try_it_out(mode: LocalMode) -> tuple[int, dict[str, Any]]:
    """What Swagger UI's "Try it out" sends: the document's example body, unsigned, to its server."""
    with urllib.request.urlopen(f"{mode.api}/openapi.json", timeout=10) as response:
        document = json.load(response)
    ((path, item),) = document["paths"].items()
    body = item["post"]["requestBody"]["content"]["application/json"]["example"]
    status, _, answer = post(mode, body, path=path, sign=False)
    return status, answer


def test_try_it_out_is_refused_as_the_page_says_and_passes_with_auth_off(
    local_mode: LocalMode, open_mode: LocalMode
) -> None:
    status, answer = _try_it_out(local_mode)
    assert (status, answer["code"]) == (403, "MISSING_AUTHENTICATION")
    status, answer = _try_it_out(open_mode)  # LOCAL_API_AUTH=off, as the page suggests: the function answers
    assert status == 404 and answer["code"] == "RESOURCE_NOT_FOUND"  # the models' example ids name no pool


def test_the_deployed_banner_keeps_its_labels(local_mode: LocalMode, cdk_out: Path) -> None:
    demo = local_mode.seed()
    sign, lines = banner.signing(True, "us-east-1")
    validates = cli.validates_bodies(routes.find_template(cdk_out), argparse.Namespace(no_validate=False))
    text = banner.render(local_mode.api, local_mode.emulator, demo, sign, tuple(lines), validates)
    # No request validator in the stack (infra/api.py): the 400 example is the function's, naming the field.
    assert "(signed)" in text and "(the function's own check, naming the field)" in text and not validates
    demo_line = next(line for line in text.splitlines() if line.startswith("Demo pool "))
    for phone_id, number in zip(demo["phone_number_ids"], demo["phone_numbers"], strict=True):
        assert f"{phone_id} ({number})" in demo_line  # each identity with its E.164 number


def test_the_functions_responses_carry_the_request_id() -> None:
    echo_handler.CAPTURED.clear()
    gateway = LocalApiGateway(
        [Route("/things", "GET", f"{echo_handler.__name__}.capture", "AWS_IAM")], port=0, auth=False
    )
    gateway.start()
    try:
        with urllib.request.urlopen(f"{gateway.url}/things", timeout=10) as response:
            header = response.headers["x-amzn-RequestId"]
            assert response.headers["Content-Type"] == "application/json"  # the function's own headers stay
    finally:
        gateway.stop()
    assert header == echo_handler.CAPTURED[0]["requestContext"]["requestId"]
    uuid.UUID(header)


def test_the_real_functions_answers_carry_the_request_id(local_mode: LocalMode) -> None:
    demo = local_mode.seed()
    body = {"PoolId": demo["pool_id"], "OriginationIdentity": demo["phone_number_ids"][0], "IsoCountryCode": "US"}
    status, headers, _ = post(local_mode, body)
    missing_status, missing_headers, problem = post(
        local_mode, {**body, "OriginationIdentity": "phone-00000000000000000000000000000000"}
    )
    assert status == 200 and uuid.UUID(headers["x-amzn-RequestId"])
    assert missing_status == 404 and uuid.UUID(missing_headers["x-amzn-RequestId"])
    assert headers["x-amzn-RequestId"] != missing_headers["x-amzn-RequestId"]
    assert problem["requestId"] == missing_headers["x-amzn-RequestId"]  # the event's request id, as the function saw it


def test_a_missing_synth_is_one_line(tmp_path: Path) -> None:
    args = ("--api-port", "0", "--emulator-port", "0", "--db", str(tmp_path / "db"), "--cdk-out", str(tmp_path))
    _one_line_error(_cli("serve", *args), str(tmp_path), "make synth")
