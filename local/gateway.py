"""A local API Gateway: REST proxy events (payload 1.0) for the routes of the synthesized stack.

Each HTTP request becomes the event API Gateway would build and is handed, in-process, to the real
handler with a Lambda-like context. Invocations are serialized, as one Lambda container takes one
request at a time (Powertools' Logger and Metrics state is per process).
"""

from __future__ import annotations

import base64
import importlib
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from local import openapi
from local.httputil import content_length
from local.lambda_runtime import FakeLambdaContext, api_gateway_event
from local.routes import Route
from sms_pool import errors
from sms_pool.handlers import problem_response

LOG = logging.getLogger("local.gateway")
MAX_PAYLOAD_BYTES = 10 * 1024 * 1024  # API Gateway's own request payload limit
_SWAGGER_DIR = Path(importlib.import_module("aws_lambda_powertools.event_handler.openapi.swagger_ui").__path__[0])
_ASSETS = {"swagger-ui-bundle.min.js": "text/javascript", "swagger-ui.min.css": "text/css"}

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


def _load_handler(dotted: str) -> Handler:
    module, _, name = dotted.rpartition(".")
    handler: Handler = getattr(importlib.import_module(module), name)
    return handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 makes concurrent clients wait on SYN retries (1 s)


class LocalApiGateway:
    """Serve ``routes`` on 127.0.0.1; ``start()`` runs it in a thread, ``serve_forever()`` in this one."""

    def __init__(self, routes: list[Route], host: str = "127.0.0.1", port: int = 3000, stage: str = "local") -> None:
        self.routes = {(route.path, route.method): route for route in routes}
        self.paths = {route.path for route in routes}
        self.handlers = {route.handler: _load_handler(route.handler) for route in routes}
        self.stage = stage
        self.example: dict[str, str] | None = None  # Swagger UI's request body; `make run` sets the demo's ids
        self._invoke_lock = threading.Lock()
        self._server = _Server((host, port), self._request_handler_class())
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Base URL, e.g. http://127.0.0.1:3000."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> str:
        """Serve in a daemon thread; return the base URL."""
        self._thread = threading.Thread(target=self._server.serve_forever, name="local-api", daemon=True)
        self._thread.start()
        return self.url

    def serve_forever(self) -> None:
        """Serve in the calling thread until ``stop()``."""
        self._server.serve_forever()

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def invoke(
        self, method: str, raw_path: str, headers: list[tuple[str, str]], body: bytes, source_ip: str
    ) -> dict[str, Any]:
        """The proxy response for one HTTP request (routing, event building, the handler call)."""
        split = urlsplit(raw_path)
        request_id = str(uuid.uuid4())
        if split.path not in self.paths:
            return problem_response(
                errors.error(errors.Kind.ROUTE_NOT_FOUND, f"No route for {split.path:.100}"), request_id
            )
        route = self.routes.get((split.path, method)) or self.routes.get((split.path, "ANY"))
        if route is None:
            response = problem_response(
                errors.error(errors.Kind.METHOD_NOT_ALLOWED, f"{method:.10} is not allowed on {split.path}"), request_id
            )
            response["headers"]["Allow"] = ", ".join(sorted(m for p, m in self.routes if p == split.path))
            return response
        try:
            text: str | None = body.decode("utf-8") if body else None
            is_base64 = False
        except UnicodeDecodeError:
            text, is_base64 = base64.b64encode(body).decode("ascii"), True
        query = parse_qs(split.query, keep_blank_values=True)
        event = api_gateway_event(
            text,
            method=method,
            path=split.path,
            resource=route.path,
            headers=dict(headers),
            query=query,
            is_base64=is_base64,
            source_ip=source_ip,
            stage=self.stage,
        )
        multi: dict[str, list[str]] = {}
        for name, value in headers:
            multi.setdefault(name, []).append(value)
        event["multiValueHeaders"] = multi or None
        event["requestContext"]["requestId"] = request_id
        with self._invoke_lock:
            try:
                return self.handlers[route.handler](event, FakeLambdaContext())
            except Exception:
                # What API Gateway answers when a proxy integration fails.
                LOG.exception("handler raised for %s %s", method, split.path)
                return {
                    "statusCode": 502,
                    "headers": {"Content-Type": "application/json"},
                    "body": json.dumps({"message": "Internal server error"}),
                }

    def _request_handler_class(self) -> type[BaseHTTPRequestHandler]:  # noqa: C901 - nested handler class, counted as one
        gateway = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall
            timeout = 30
            server_version = "local-api-gateway"

            def log_message(self, format: str, *args: Any) -> None:
                pass  # one line per request is logged in _serve instead

            def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def _serve(self) -> None:
                started = time.perf_counter()
                try:
                    length = content_length(self.headers)
                except ValueError as exc:
                    length = -1
                    self.close_connection = True  # the body is not read: the connection cannot be reused
                    response = problem_response(errors.invalid("Content-Length", str(exc)), str(uuid.uuid4()))
                if length < 0:
                    pass  # answered above
                elif length > MAX_PAYLOAD_BYTES:
                    self.close_connection = True  # the body is not read
                    too_large = errors.error(
                        errors.Kind.REQUEST_TOO_LARGE, f"At most {MAX_PAYLOAD_BYTES} bytes are accepted"
                    )
                    response = problem_response(too_large, str(uuid.uuid4()))
                else:
                    body = self.rfile.read(length) if length else b""
                    static = gateway.static(self.command, self.path)
                    if static is not None:
                        self._send(*static)
                        return
                    response = gateway.invoke(
                        self.command, self.path, list(self.headers.items()), body, self.client_address[0]
                    )
                raw = response.get("body") or ""
                payload = base64.b64decode(raw) if response.get("isBase64Encoded") else str(raw).encode()
                headers = {k: str(v) for k, v in (response.get("headers") or {}).items()}
                for name, values in (response.get("multiValueHeaders") or {}).items():
                    headers[name] = ", ".join(str(v) for v in values)
                status = int(response.get("statusCode", 502))
                self._send(status, headers, payload)
                LOG.info(
                    "%s %s -> %d (%.1f ms)",
                    self.command,
                    self.path[:100],
                    status,
                    (time.perf_counter() - started) * 1000,
                )

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve  # noqa: N815

            def __getattr__(self, name: str) -> Callable[[], None]:
                # Any other method (TRACE, QUERY, ...) gets the gateway's 405 problem, not http.server's 501 page.
                if name.startswith("do_") and name[3:].isalpha() and name[3:].isupper():
                    return self._serve
                raise AttributeError(name)

        return _Handler

    def static(self, method: str, raw_path: str) -> tuple[int, dict[str, str], bytes] | None:
        """The OpenAPI document, Swagger UI and its assets (served locally: the machine may be offline)."""
        if method not in ("GET", "HEAD"):
            return None
        split = urlsplit(raw_path)
        path = split.path
        # Swagger UI's page links its document as /docs?format=json (Powertools' template).
        if path == "/openapi.json" or (path in ("/docs", "/docs/") and "format=json" in split.query):
            body = json.dumps(openapi.build(self.url, self.example)).encode()
            return 200, {"Content-Type": "application/json"}, body
        if path in ("/docs", "/docs/"):
            from aws_lambda_powertools.event_handler.openapi.swagger_ui.html import (  # noqa: PLC0415
                generate_swagger_html,
            )

            page = generate_swagger_html(
                json.dumps(openapi.build(self.url, self.example)),
                "/docs/swagger-ui-bundle.min.js",
                "/docs/swagger-ui.min.css",
                "/docs",
                None,
            )
            return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode()
        asset = path.removeprefix("/docs/")
        if asset in _ASSETS:
            return (
                200,
                {"Content-Type": _ASSETS[asset], "Cache-Control": "max-age=3600"},
                (_SWAGGER_DIR / asset).read_bytes(),
            )
        return None
