"""HTTP framing shared by the local servers (the emulator and the local API Gateway)."""

from __future__ import annotations

import contextlib
import socket
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MAX_CONTENT_LENGTH = 64 * 1024 * 1024  # far beyond any real request: a guard, not a limit of the API
DEFAULT_READ_TIMEOUT = 5.0  # seconds a client may take to send its headers or body


class BodyTooLargeError(ValueError):
    """The declared body is longer than the server reads."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"the request body of {length} bytes is too large; at most {limit} bytes are accepted")
        self.length = length
        self.limit = limit


class IncompleteBodyError(Exception):
    """The client closed or went silent before sending its whole declared body: nothing may be applied."""


def content_length(headers: Message, limit: int = MAX_CONTENT_LENGTH) -> int:
    """The request body's declared length (0 when absent).

    Raises :class:`BodyTooLargeError` over ``limit`` and ValueError for what the servers do not read: a
    non-numeric or negative length, several different lengths, or a chunked body.
    """
    if headers.get("Transfer-Encoding"):
        raise ValueError("chunked bodies are not supported; send Content-Length")
    values = set(headers.get_all("Content-Length") or [])
    if not values:
        return 0
    if len(values) > 1:
        raise ValueError("conflicting Content-Length headers")
    raw = values.pop().strip()
    if not raw.isdigit():
        raise ValueError(f"invalid Content-Length {raw[:20]!r}")
    if int(raw) > limit:
        raise BodyTooLargeError(int(raw), limit)
    return int(raw)


def read_body(handler: BaseHTTPRequestHandler, length: int) -> bytes:
    """Exactly ``length`` bytes of body; raises :class:`IncompleteBodyError` on a short read or a read timeout.

    ``rfile.read(n)`` returns fewer bytes when the peer closes early: such a request must not run.
    """
    try:
        data = handler.rfile.read(length) if length else b""
    except (TimeoutError, OSError) as exc:
        raise IncompleteBodyError(str(exc)) from exc
    if len(data) != length:
        raise IncompleteBodyError(f"{len(data)} of {length} body bytes received")
    return data


def send_quietly(handler: BaseHTTPRequestHandler, data: bytes) -> None:
    """Write (and flush) a response body; a client that has gone away is no error of the server."""
    with contextlib.suppress(OSError):
        handler.wfile.write(data)
        handler.wfile.flush()


class QuietServer(ThreadingHTTPServer):
    """A threading server that does not print tracebacks for clients that disconnect or time out."""

    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 makes concurrent clients wait on SYN retries (1 s)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Disconnects and timeouts are the client's business; anything else is still printed."""
        import sys  # noqa: PLC0415

        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError, socket.timeout, IncompleteBodyError)):
            return
        super().handle_error(request, client_address)
