"""A local API Gateway: REST proxy events (payload 1.0) for the routes of the synthesized stack.

Before the function runs it does what the deployed gateway does, in its order: route lookup (an unknown
route or method is 403 Missing Authentication Token with AWS_IAM), SigV4 (``local.sigv4``), the resource
policy's principal limits, and a request validator where the template has one (JSON Schema draft-04), each
refusal answered with the template's gateway response (``local.gateway.responses``). Then each HTTP request
becomes the event API Gateway would build and is handed to the real handler with a Lambda-like context.
One container takes one request at a time (Powertools' Logger and Metrics state is per process); with
``concurrency`` > 1 each container is its own process (``local.gateway.containers``). The HTTP side (framing, body
limits, the proxy response sent back) is ``local.gateway.server``.
"""

from __future__ import annotations

import base64
import importlib
import json
import logging
import math
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from local import sigv4
from local.defaults import API_PORT, HOST, STAGE
from local.gateway import openapi
from local.gateway import responses as gateway_responses
from local.gateway.checks import DeployedChecks, identify
from local.gateway.containers import ContainerPool
from local.gateway.lambda_runtime import FakeLambdaContext, Handler, api_gateway_event, load_handler
from local.gateway.responses import REQUEST_ID_HEADER, GatewayResponse, ResourcePolicy
from local.gateway.routes import INVOCATIONS_PATH, Route
from local.gateway.server import GatewayServer
from local.gateway.throttle import StageThrottle
from local.sigv4 import LocalKey

LOG = logging.getLogger("local.gateway")
_SWAGGER_DIR = Path(importlib.import_module("aws_lambda_powertools.event_handler.openapi.swagger_ui").__path__[0])
_ASSETS = {"swagger-ui-bundle.min.js": "text/javascript", "swagger-ui.min.css": "text/css"}

_INVOCATIONS_LOCK = threading.Lock()


@dataclass
class Invocations:
    """Handler invocations and their billed time (Lambda bills each one rounded up to 1 ms)."""

    count: int = 0
    billed_ms: int = 0

    def add(self, seconds: float) -> None:
        """Count one invocation of ``seconds`` (callers from several threads: += on ints is not atomic)."""
        with _INVOCATIONS_LOCK:
            self.count += 1
            self.billed_ms += math.ceil(seconds * 1000)


class LocalApiGateway:
    """Serve ``routes`` on 127.0.0.1; ``start()`` runs it in a thread, ``serve_forever()`` in this one.

    ``responses`` and ``policy`` come from the template (``from_template``); ``keys`` are the local access
    keys SigV4 is checked against (``auth=False`` skips the check, as for quick pokes); ``throttle`` is the
    stage's rate and burst from the template (None: unthrottled, as most tests want).
    """

    def __init__(
        self,
        routes: list[Route],
        host: str = HOST,
        port: int = API_PORT,
        stage: str = STAGE,
        throttle: StageThrottle | None = None,
        *,
        responses: dict[str, GatewayResponse] | None = None,
        policy: ResourcePolicy | None = None,
        keys: tuple[LocalKey, ...] = sigv4.DEFAULT_KEYS,
        auth: bool = True,
        validate: bool = True,
        region: str = "us-east-1",
        concurrency: int = 1,
    ) -> None:
        self.routes = {(route.path, route.method): route for route in routes}
        self.paths = {route.path for route in routes}
        self.stage = stage
        self.throttle = throttle
        self.invocations = Invocations()
        self.checks = DeployedChecks(
            routes,
            responses=responses or {},
            policy=policy or ResourcePolicy(()),
            keys=keys,
            auth=auth,
            validate=validate,
            region=region,
            stage=stage,
        )
        self._pool: ContainerPool | None = None
        self._invoke: Callable[[str, dict[str, Any]], dict[str, Any]]
        if concurrency > 1:
            self._pool = ContainerPool(sorted({route.handler for route in routes}), concurrency)
            self._invoke = self._timed(self._pool.invoke)
        else:  # one container: this process, so tests can hand the gateway a stand-in handler
            handlers = {route.handler: load_handler(route.handler) for route in routes}
            self._invoke = self._in_process(handlers, self.invocations)
        self.example: dict[str, str] | None = None  # Swagger UI's request body; `make run` sets the demo's ids
        self._server = GatewayServer((host, port), self)
        self._thread: threading.Thread | None = None

    @classmethod
    def from_template(cls, template: Path, **kwargs: Any) -> LocalApiGateway:
        """The gateway the template deploys: its routes, models, gateway responses and resource policy."""
        from local.gateway import routes  # noqa: PLC0415

        resources = routes.resources_of(template)
        return cls(
            routes.load(template),
            stage=routes.stage_name(resources),
            responses=gateway_responses.load(resources),
            policy=gateway_responses.resource_policy(resources),
            **kwargs,
        )

    @staticmethod
    def _in_process(
        handlers: dict[str, Handler], invocations: Invocations
    ) -> Callable[[str, dict[str, Any]], dict[str, Any]]:
        lock = threading.Lock()  # one container: one invocation at a time

        def invoke(handler: str, event: dict[str, Any]) -> dict[str, Any]:
            with lock:
                started = time.perf_counter()
                try:
                    return handlers[handler](event, FakeLambdaContext())
                finally:
                    invocations.add(time.perf_counter() - started)

        return invoke

    def _timed(
        self, invoke: Callable[[str, dict[str, Any]], dict[str, Any]]
    ) -> Callable[[str, dict[str, Any]], dict[str, Any]]:
        # Containers in other processes: the time includes the hand-over (about a millisecond), an upper bound.
        def timed(handler: str, event: dict[str, Any]) -> dict[str, Any]:
            started = time.perf_counter()
            try:
                return invoke(handler, event)
            finally:
                self.invocations.add(time.perf_counter() - started)

        return timed

    @property
    def root_url(self) -> str:
        """The server's root, e.g. http://127.0.0.1:3000 (the OpenAPI document and Swagger UI are also here)."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def url(self) -> str:
        """The stage's base URL, shaped as deployed (``https://<api>.execute-api.<region>.amazonaws.com/v1``)."""
        return f"{self.root_url}/{self.stage}"

    def start(self) -> str:
        """Serve in a daemon thread; return the stage's base URL."""
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
        if self._pool is not None:
            self._pool.close()

    def invoke(
        self, method: str, raw_path: str, headers: list[tuple[str, str]], body: bytes, source_ip: str
    ) -> dict[str, Any]:
        """The proxy response for one HTTP request (routing, auth, validation, event building, the handler call)."""
        split = urlsplit(raw_path)
        request_id = str(uuid.uuid4())
        stage, slash, path = split.path.removeprefix("/").partition("/")
        if stage != self.stage or not slash:
            return gateway_responses.forbidden(request_id)  # deployed, the first segment names the stage
        path = "/" + path
        route = self.routes.get((path, method)) or self.routes.get((path, "ANY"))
        if route is None:
            return self.checks.unknown_route(request_id)
        if self.throttle is not None and (limited := self.throttle.limited(request_id)) is not None:
            return limited  # API Gateway's 429: the function is not invoked
        caller, refusal = self.checks.check(route, method, raw_path, dict(headers), body, request_id=request_id)
        if refusal is not None:
            return refusal
        event = self._event(route, method, path, split.query, headers, body, source_ip)
        event["requestContext"]["requestId"] = request_id
        identify(event, caller)
        try:
            response = self._invoke(route.handler, event)
        except Exception:
            # What API Gateway answers when a proxy integration fails.
            LOG.exception("handler raised for %s %s", method, path)
            response = {
                "statusCode": 502,
                "headers": {"Content-Type": "application/json"},
                "body": json.dumps({"message": "Internal server error"}),
            }
        # API Gateway adds its request id to every response, the function's too (its own answers carry it already).
        return {**response, "headers": {**(response.get("headers") or {}), REQUEST_ID_HEADER: request_id}}

    def _event(  # noqa: PLR0917 - the parts of one request, named
        self,
        route: Route,
        method: str,
        path: str,
        query_text: str,
        headers: list[tuple[str, str]],
        body: bytes,
        source_ip: str,
    ) -> dict[str, Any]:
        try:
            text: str | None = body.decode("utf-8") if body else None
            is_base64 = False
        except UnicodeDecodeError:
            text, is_base64 = base64.b64encode(body).decode("ascii"), True
        query = parse_qs(query_text, keep_blank_values=True)
        event = api_gateway_event(
            text,
            method=method,
            path=path,
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
        return event

    def static(self, method: str, raw_path: str) -> tuple[int, dict[str, str], bytes] | None:
        """The OpenAPI document, Swagger UI and its assets (served locally: the machine may be offline)."""
        if method not in ("GET", "HEAD"):
            return None
        split = urlsplit(raw_path)
        # At the root, and under the stage too, so `{api}/openapi.json` works with the stage's base URL.
        path = split.path.removeprefix(f"/{self.stage}") if split.path.startswith(f"/{self.stage}/") else split.path
        if path == INVOCATIONS_PATH:
            return 200, {"Content-Type": "application/json"}, json.dumps(asdict(self.invocations)).encode()
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
