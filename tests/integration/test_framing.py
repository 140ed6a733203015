"""Requests the local servers cannot frame get a clear 400 and a closed connection, never a hang or a crash."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import pytest

from tests.integration.conftest import LocalMode

BAD_FRAMING = [
    "Content-Length: -1\r\n",
    "Content-Length: abc\r\n",
    "Content-Length: 5\r\nContent-Length: 6\r\n",
    "Transfer-Encoding: chunked\r\n",
]


def _raw(url: str, path: str, extra_headers: str) -> bytes:
    host, port = urlsplit(url).hostname, urlsplit(url).port
    assert host is not None and port is not None
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{extra_headers}\r\n".encode()
        )
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize("headers", BAD_FRAMING)
def test_local_api_rejects_bad_framing(local_mode: LocalMode, headers: str) -> None:
    answer = _raw(local_mode.api, "/disassociate-origination-identity", headers)
    assert answer.startswith(b"HTTP/1.1 400")
    assert b"Content-Length" in answer.split(b"\r\n\r\n", 1)[1]  # the problem names the header


@pytest.mark.parametrize("headers", BAD_FRAMING)
def test_emulator_rejects_bad_framing(local_mode: LocalMode, headers: str) -> None:
    answer = _raw(local_mode.emulator, "/", headers)
    assert answer.startswith(b"HTTP/1.1 400") and b"SerializationException" in answer
