"""What unusual or hostile clients send the emulator, answered as AWS would."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from local.emulator import EmulatorServer
from tests.emulator.conftest import aws_post, request_numbers

TARGET = "PinpointSMSVoiceV2."


def _connect(server: EmulatorServer) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.port), timeout=10)


def _head(operation: str, length: int) -> bytes:
    return (
        f"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.0\r\n"
        f"X-Amz-Target: {TARGET}{operation}\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _pool_size(client: Any, pool_id: str) -> int:
    return len(client.list_pool_origination_identities(PoolId=pool_id)["OriginationIdentities"])


@pytest.fixture
def fast_timeout(db_path: Path) -> Iterator[EmulatorServer]:
    server = EmulatorServer(db_path, port=0, read_timeout=0.5)
    server.start()
    yield server
    server.stop()


def test_a_cut_short_body_is_not_applied(emulator: EmulatorServer, client: Any, demo: dict[str, Any]) -> None:
    body = json.dumps({"PoolId": demo["pool_id"], "OriginationIdentity": demo["phone_number_ids"][0]}).encode()
    with _connect(emulator) as sock:
        sock.sendall(_head("DisassociateOriginationIdentity", len(body) + 10) + body)
        sock.shutdown(socket.SHUT_WR)  # the client gives up before sending the declared length
        assert _read_all(sock) == b""  # no answer for a request that never arrived
    assert _pool_size(client, demo["pool_id"]) == 4


def test_a_silent_client_times_out_unapplied(
    fast_timeout: EmulatorServer, make_client: Any, capfd: pytest.CaptureFixture[str]
) -> None:
    client = make_client(fast_timeout.url)
    demo_pool = client.create_pool(
        OriginationIdentity=request_numbers(client, 1)[0], IsoCountryCode="US", MessageType="TRANSACTIONAL"
    )["PoolId"]
    extra = request_numbers(client, 1, demo_pool)[0]
    body = json.dumps({"PoolId": demo_pool, "OriginationIdentity": extra}).encode()
    started = time.monotonic()
    with _connect(fast_timeout) as sock:
        sock.sendall(_head("DisassociateOriginationIdentity", len(body)) + body[:10])
        assert _read_all(sock) == b""  # closed by the emulator, not by us
    assert time.monotonic() - started < 5
    with _connect(fast_timeout) as sock:  # unfinished headers time out the same way
        sock.sendall(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        assert _read_all(sock) == b""
    assert _pool_size(client, demo_pool) == 2
    assert "Traceback" not in capfd.readouterr().err


def test_a_client_gone_before_the_answer_prints_no_traceback(
    emulator: EmulatorServer, capfd: pytest.CaptureFixture[str]
) -> None:
    for _ in range(20):
        with _connect(emulator) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            sock.sendall(_head("DescribePools", 2) + b"{}")
    time.sleep(0.3)
    assert "Traceback" not in capfd.readouterr().err


def test_deep_nesting_is_a_client_error(emulator: EmulatorServer) -> None:
    status, body = aws_post(emulator.url, "DescribePools", b"[" * 100_000 + b"]" * 100_000)
    assert status == 400
    assert body["__type"] == "ValidationException" and body["Reason"] == "CANNOT_PARSE"


@pytest.mark.parametrize("method", ["PUT", "PATCH", "OPTIONS", "GET", "DELETE", "TRACE"])
def test_other_methods_get_an_aws_json_error(emulator: EmulatorServer, method: str) -> None:
    with _connect(emulator) as sock:
        sock.sendall(
            f"{method} / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode()
        )
        head, _, payload = _read_all(sock).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and b"x-amzn-RequestId" in head
    assert json.loads(payload)["__type"] == "UnknownOperationException"


def test_no_server_software_header(emulator: EmulatorServer) -> None:
    with _connect(emulator) as sock:
        sock.sendall(_head("DescribePools", 2).replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n") + b"{}")
        head = _read_all(sock).partition(b"\r\n\r\n")[0].decode()
    assert "Python" not in head and "BaseHTTP" not in head and "\r\nServer:" not in head


def test_an_oversized_body_is_called_too_large(emulator: EmulatorServer) -> None:
    with _connect(emulator) as sock:
        sock.sendall(_head("DescribePools", 200 * 1024 * 1024))
        head, _, payload = _read_all(sock).partition(b"\r\n\r\n")
    body = json.loads(payload)
    assert head.startswith(b"HTTP/1.1 413")
    assert body["Reason"] == "MAXIMUM_SIZE_EXCEEDED" and "too large" in body["message"]


def test_a_boolean_is_not_a_number(emulator: EmulatorServer) -> None:
    status, body = aws_post(emulator.url, "DescribePools", b'{"MaxResults": true}')
    assert status == 400 and body["Fields"][0]["Name"] == "MaxResults"
    assert "expected number, got boolean" in body["message"]


def test_null_members_are_absent(emulator: EmulatorServer) -> None:
    status, body = aws_post(emulator.url, "DescribePools", b'{"NextToken": null, "MaxResults": null}')
    assert status == 200 and body == {"Pools": []}


def test_type_errors_name_json_types(emulator: EmulatorServer) -> None:
    status, body = aws_post(emulator.url, "DescribePools", b'{"PoolIds": "pool-1"}')
    assert status == 400 and "class" not in body["message"]
    assert "expected array, got string" in body["message"]


def test_a_sender_id_of_another_country_is_not_found(client: Any, demo: dict[str, Any]) -> None:
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.describe_sender_ids(SenderIds=[{"SenderId": demo["sender_id"], "IsoCountryCode": "US"}])


def test_next_tokens_are_bound_to_operation_and_filters(client: Any) -> None:
    request_numbers(client, 3)
    token = client.describe_phone_numbers(MaxResults=1)["NextToken"]
    assert client.describe_phone_numbers(MaxResults=1, NextToken=token)["PhoneNumbers"]
    calls: list[Callable[[], Any]] = [
        lambda: client.describe_pools(NextToken=token),
        lambda: client.describe_phone_numbers(
            NextToken=token, Filters=[{"Name": "iso-country-code", "Values": ["US"]}]
        ),
    ]
    for call in calls:
        with pytest.raises(client.exceptions.ValidationException) as exc:
            call()
        assert exc.value.response["Reason"] == "INVALID_NEXT_TOKEN"


def test_a_forged_next_token_is_rejected(emulator: EmulatorServer) -> None:
    import base64

    forged = base64.urlsafe_b64encode(json.dumps({"offset": 50}).encode()).decode()
    status, body = aws_post(emulator.url, "DescribePools", json.dumps({"NextToken": forged}).encode())
    assert status == 400 and body["Reason"] == "INVALID_NEXT_TOKEN"


def test_filter_values_outside_the_enum_are_rejected(client: Any) -> None:
    with pytest.raises(client.exceptions.ValidationException) as exc:
        client.describe_pools(Filters=[{"Name": "status", "Values": ["BOGUS"]}])
    assert exc.value.response["Reason"] == "INVALID_FILTER_VALUES"
    assert client.describe_pools(Filters=[{"Name": "status", "Values": ["ACTIVE"]}])["Pools"] == []
