"""The local API Gateway's HTTP side: framing and body limits, and proxy responses sent back as HTTP.

What the deployed gateway does between the HTTP request and the proxy event lives in ``local.gateway.core``.
"""

from __future__ import annotations

import base64
import logging
import time
import uuid
from typing import Any, Protocol

from local.gateway.checks import DeployedChecks
from local.httputil import BodyTooLargeError, IncompleteBodyError, LocalHandler, QuietServer, content_length, read_body
from sms_pool import errors
from sms_pool.errors import problem_response

LOG = logging.getLogger("local.gateway")  # one log for the whole gateway
MAX_PAYLOAD_BYTES = 10 * 1024 * 1024  # API Gateway's own request payload limit


class Gateway(Protocol):
    """What the HTTP side asks of the gateway (``local.gateway.core.LocalApiGateway``)."""

    checks: DeployedChecks

    def static(self, method: str, raw_path: str) -> tuple[int, dict[str, str], bytes] | None:
        """The document at ``raw_path`` (OpenAPI, Swagger UI), or None for an API request."""

    def invoke(
        self, method: str, raw_path: str, headers: list[tuple[str, str]], body: bytes, source_ip: str
    ) -> dict[str, Any]:
        """The proxy response for one API request."""


class GatewayServer(QuietServer):
    """The HTTP server of one gateway; its request handler reaches the gateway through it."""

    def __init__(self, address: tuple[str, int], gateway: Gateway) -> None:
        self.gateway = gateway
        super().__init__(address, _RequestHandler)


class _RequestHandler(LocalHandler):
    """One HTTP request: framing and body (``_answer``), then the proxy response back as HTTP (``_relay``)."""

    timeout = 30
    server_version = "local-api-gateway"
    server: GatewayServer

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
            self.send_body(*static)
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
        self.send_body(status, headers, payload)
        return status
