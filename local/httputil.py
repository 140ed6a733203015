"""HTTP framing shared by the local servers (the emulator and the local API Gateway)."""

from __future__ import annotations

import contextlib
import ipaddress
import json
import socket
from collections.abc import Callable, Mapping
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MAX_CONTENT_LENGTH = 64 * 1024 * 1024  # far beyond any real request: a guard, not a limit of the API
DEFAULT_READ_TIMEOUT = 5.0  # seconds a client may take to send its headers or body
LOOPBACK_NAMES = frozenset({"localhost", "localhost."})
# RFC 9110, 15.5.20: 421 Misdirected Request, "the server is not able or willing to produce an authoritative
# response for the target URI" -- a page on another origin that rebinds its DNS name to 127.0.0.1 sends its own
# name as Host, and gets this instead of the local data.
MISDIRECTED = 421


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


def loopback_host(values: list[str]) -> bool:
    """True when the request names exactly one Host and it is this machine (localhost, 127.x.x.x, [::1])."""
    if len(values) != 1:
        return False
    host = values[0].strip().lower()
    if host.startswith("["):  # an IPv6 literal, [::1]:port
        name, _, rest = host[1:].partition("]")
        port = rest.removeprefix(":")
    else:
        name, _, port = host.partition(":")
    if port and not port.isdigit():
        return False
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


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


class LocalHandler(BaseHTTPRequestHandler):
    """The request handler both local servers build on: HTTP/1.1 keep-alive, no access log, no Server header.

    Every method (GET, POST, TRACE, QUERY, ...) reaches :meth:`_serve`, so each server answers an unsupported
    one in its API's own error shape instead of http.server's 501 page.
    """

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: each server logs what it needs itself."""

    def send_response(self, code: int, message: str | None = None) -> None:
        """Status line and Date only: AWS's endpoints send no ``Server`` header naming their software."""
        self.send_response_only(code, message)
        self.send_header("Date", self.date_time_string())

    def send_body(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        """One whole response; the body is left out for HEAD, and a client gone meanwhile is no error."""
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            send_quietly(self, body)

    def _serve(self) -> None:
        raise NotImplementedError

    def _serve_loopback(self) -> None:
        """Serve a request addressed to this machine; refuse any other Host, unread (the DNS rebinding guard)."""
        if loopback_host(self.headers.get_all("Host") or []):
            self._serve()
            return
        self.close_connection = True  # the body is not read: the connection cannot be reused
        message = "Misdirected Request: this local server answers only Host localhost, 127.x.x.x or [::1]"
        self.send_body(MISDIRECTED, {"Content-Type": "application/json"}, json.dumps({"message": message}).encode())

    def __getattr__(self, name: str) -> Callable[[], None]:
        # http.server looks up do_<METHOD>: every method name goes to _serve, through the Host check.
        if name.startswith("do_") and name[3:].isalpha() and name[3:].isupper():
            return self._serve_loopback
        raise AttributeError(name)
