"""The local API Gateway's HTTP side: framing and body limits, and proxy responses sent back as HTTP.

What the deployed gateway does between the HTTP request and the proxy event lives in ``local.gateway``.
"""

from __future__ import annotations

import base64
import logging
import time
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

from local.httputil import BodyTooLargeError, IncompleteBodyError, QuietServer, content_length, read_body, send_quietly
from sms_pool import errors
from sms_pool.handlers import problem_response

if TYPE_CHECKING:
    from local.gateway import LocalApiGateway

LOG = logging.getLogger("local.gateway")  # the gateway's one log, as before the split
MAX_PAYLOAD_BYTES = 10 * 1024 * 1024  # API Gateway's own request payload limit


class GatewayServer(QuietServer):
    """The HTTP server of one gateway; its request handler reaches the gateway through it."""

    def __init__(self, address: tuple[str, int], gateway: LocalApiGateway) -> None:
        self.gateway = gateway
        super().__init__(address, _RequestHandler)


class _RequestHandler(BaseHTTPRequestHandler):
    """One HTTP request: framing and body (``_answer``), then the proxy response back as HTTP (``_relay``)."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall
    timeout = 30
    server_version = "local-api-gateway"
    server: GatewayServer

    def log_message(self, format: str, *args: Any) -> None:
        pass  # one line per request is logged in _serve instead

    def send_response(self, code: int, message: str | None = None) -> None:
        # API Gateway sends no Server header naming its software.
        self.send_response_only(code, message)
        self.send_header("Date", self.date_time_string())

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            send_quietly(self, body)  # a client gone mid-response is no error of the gateway

    def _serve(self) -> None:
        started = time.perf_counter()
        response = self._answer()
        if response is None:
            return  # answered already (a static document) or not to be answered (half a request)
        status = self._relay(response)
        LOG.info("%s %s -> %d (%.1f ms)", self.command, self.path[:100], status, (time.perf_counter() - started) * 1000)

    def _answer(self) -> dict[str, Any] | None:
        """The proxy response for this request; None when it is already answered or must go unanswered."""
        gateway = self.server.gateway
        try:
            length = content_length(self.headers, MAX_PAYLOAD_BYTES)
        except BodyTooLargeError:
            self.close_connection = True  # the body is not read
            return gateway.checks.refuse("REQUEST_TOO_LARGE", "Request Too Long", str(uuid.uuid4()))
        except ValueError as exc:
            self.close_connection = True  # the body is not read: the connection cannot be reused
            return problem_response(errors.invalid("Content-Length", str(exc)), str(uuid.uuid4()))
        try:
            body = read_body(self, length)
        except IncompleteBodyError:
            self.close_connection = True  # cut short or timed out: never invoke on half a request
            return None
        static = gateway.static(self.command, self.path)
        if static is not None:
            self._send(*static)
            return None
        return gateway.invoke(self.command, self.path, list(self.headers.items()), body, self.client_address[0])

    def _relay(self, response: dict[str, Any]) -> int:
        """Send a proxy response (payload 1.0 shape) as HTTP; return its status."""
        raw = response.get("body") or ""
        payload = base64.b64decode(raw) if response.get("isBase64Encoded") else str(raw).encode()
        headers = {k: str(v) for k, v in (response.get("headers") or {}).items()}
        for name, values in (response.get("multiValueHeaders") or {}).items():
            headers[name] = ", ".join(str(v) for v in values)
        status = int(response.get("statusCode", 502))
        self._send(status, headers, payload)
        return status

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve  # noqa: N815

    def __getattr__(self, name: str) -> Callable[[], None]:
        # Any other method (TRACE, QUERY, ...) gets the gateway's 405 problem, not http.server's 501 page.
        if name.startswith("do_") and name[3:].isalpha() and name[3:].isupper():
            return self._serve
        raise AttributeError(name)
