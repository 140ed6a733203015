"""HTTP front end: the AWS JSON 1.0 protocol on ``POST /`` plus control endpoints under ``/_emulator/``."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from local.defaults import HOST
from local.emulator import calllog, endpoints
from local.emulator.calllog import mask_phone_numbers
from local.emulator.dispatch import execute, unknown_operation
from local.emulator.faults import FaultConfig, FaultDecision, FaultInjector
from local.emulator.model import ApiError, drop_nulls, target_prefix, validation_error
from local.emulator.quotas import QuotaLimiter
from local.emulator.store import DEFAULT_DB_PATH, Store
from local.httputil import (
    DEFAULT_READ_TIMEOUT,
    BodyTooLargeError,
    IncompleteBodyError,
    QuietServer,
    content_length,
    read_body,
    send_quietly,
)

__all__ = ["EmulatorServer", "mask_phone_numbers"]  # mask_phone_numbers: its old home, kept importable
LOG = logging.getLogger("local.emulator")
DEFAULT_REGION = "us-east-1"
DEFAULT_ACCOUNT_ID = "123456789012"
JSON_10 = "application/x-amz-json-1.0"
_CREDENTIAL_SCOPE = re.compile(r"Credential=[^/,\s]+/\d{8}/([a-z0-9-]+)/")


class _HTTPServer(QuietServer):
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], emulator: EmulatorServer) -> None:
        self.emulator = emulator
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__(address, _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        # Idle or slow clients (unfinished headers or body) are dropped after this many seconds, unapplied.
        self.connection.settimeout(self.server.emulator.read_timeout)
        with self.server.sockets_lock:
            self.server.open_sockets.add(self.connection)

    def finish(self) -> None:
        with self.server.sockets_lock:
            self.server.open_sockets.discard(self.connection)
        super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        return

    def send_response(self, code: int, message: str | None = None) -> None:
        # No ``Server: BaseHTTP/... Python/...`` header: AWS's endpoints do not name their software.
        self.send_response_only(code, message)
        self.send_header("Date", self.date_time_string())

    def _body(self) -> bytes | None:
        """The whole request body, or None after answering (or dropping) a request that must not run."""
        try:
            length = content_length(self.headers)
        except BodyTooLargeError as exc:
            self.close_connection = True
            self._send(413, ApiError("ValidationException", str(exc), {"Reason": "MAXIMUM_SIZE_EXCEEDED"}).body())
            return None
        except ValueError as exc:
            self.close_connection = True
            self._send(400, {"__type": "SerializationException", "message": str(exc)})
            return None
        try:
            return read_body(self, length)
        except IncompleteBodyError:
            self.close_connection = True  # cut short or timed out: nothing is applied or answered
            return None

    def _send(
        self, status: int, body: dict[str, Any], content_type: str = JSON_10, request_id: str | None = None
    ) -> None:
        self._send_raw(status, json.dumps(body).encode(), content_type, request_id)

    def _send_raw(self, status: int, data: bytes, content_type: str, request_id: str | None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-amzn-RequestId", request_id or str(uuid.uuid4()))
        self.end_headers()
        if self.command != "HEAD":
            send_quietly(self, data)

    def _serve(self) -> None:
        body = self._body()
        if body is None:
            return
        is_control = urlsplit(self.path).path.startswith("/_emulator/")
        if is_control and self.command in ("GET", "POST", "DELETE"):
            self._control(self.command, body)
        elif self.command == "POST" and not is_control:
            self._aws(body)
        else:
            # The AWS JSON protocol is POST only; any other method gets a JSON error, not http.server's 501 page.
            error = ApiError("UnknownOperationException", f"{self.command:.10} is not supported; use POST /.")
            self._send(error.status, error.body())

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve  # noqa: N815

    def __getattr__(self, name: str) -> Callable[[], None]:
        if name.startswith("do_") and name[3:].isalpha() and name[3:].isupper():
            return self._serve
        raise AttributeError(name)

    def _control(self, method: str, body: bytes) -> None:
        emulator = self.server.emulator
        url = urlsplit(self.path)
        try:
            status, answer = emulator.control(method, url.path, parse_qs(url.query), body)
        except (ValueError, TypeError) as exc:
            status, answer = 400, {"error": str(exc)}
        self._send(status, answer, content_type="application/json")

    def _aws(self, raw: bytes) -> None:  # noqa: C901 - the request's steps (parse, fault, dispatch, log) in order
        emulator = self.server.emulator
        started = time.monotonic()
        request_id = str(uuid.uuid4())
        target = self.headers.get("X-Amz-Target", "")
        prefix, _, name = target.partition(".")
        params: Any = {}
        decision = FaultDecision()
        try:
            if prefix != target_prefix() or not name:
                name = target or "<no X-Amz-Target>"
                raise unknown_operation(name)
            params = _parse(raw)
            decision = emulator.faults.decide(name)
            if decision.drop and not decision.drop_after_apply:
                self._drop(name, params, request_id, started, decision)
                return
            if decision.throttle:
                raise ApiError("ThrottlingException", "Rate exceeded (injected by the emulator).")
            if decision.internal_error:
                raise ApiError(
                    "InternalServerException",
                    "Internal failure (injected by the emulator).",
                    {"RequestId": request_id},
                )
            if decision.error and decision.error_code:
                raise ApiError(decision.error_code, "Injected by the emulator.", decision.error_members)
            if not emulator.quotas.allow(emulator.account_id, self._region(), name):
                raise ApiError("ThrottlingException", "Rate exceeded.")  # AWS's per-operation quota (quotas.py)
            status, body = (
                200,
                execute(
                    emulator.store,
                    name,
                    params,
                    region=self._region(),
                    account=emulator.account_id,
                    request_id=request_id,
                ),
            )
        except ApiError as err:
            status, body = err.status, err.body()
        except Exception:
            LOG.error("emulator bug handling %s:\n%s", name, traceback.format_exc())
            status, body = (
                500,
                ApiError("InternalServerException", "Internal emulator error.", {"RequestId": request_id}).body(),
            )
        if decision.drop:
            self._drop(name, params, request_id, started, decision)
            return
        self._record(name, params, request_id, started, decision, status=status, error_code=body.get("__type"))
        if decision.latency_ms:
            time.sleep(decision.latency_ms / 1000)
        if decision.malformed:
            self._send_raw(200, b"<html>502 Bad Gateway</html>", "text/html", request_id)
            return
        self._send(status, body, request_id=request_id)

    def _drop(self, name: str, params: Any, request_id: str, started: float, decision: FaultDecision) -> None:
        self._record(name, params, request_id, started, decision, status=0, error_code=None)
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _region(self) -> str:
        match = _CREDENTIAL_SCOPE.search(self.headers.get("Authorization", ""))
        return match.group(1) if match else self.server.emulator.region

    def _record(
        self,
        name: str,
        params: Any,
        request_id: str,
        started: float,
        decision: FaultDecision,
        *,
        status: int,
        error_code: Any,
    ) -> None:
        calllog.record(
            self.server.emulator.store,
            calllog.Call(name, params, request_id, started, ",".join(decision.kinds) or None, status, error_code),
        )


def _parse(raw: bytes) -> Any:
    if not raw.strip():
        return {}
    try:
        return drop_nulls(json.loads(raw))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise validation_error("CANNOT_PARSE", [("body", "The request body is not valid JSON")]) from exc
    except RecursionError as exc:  # a body nested thousands of levels deep is the client's fault, not a 500
        raise validation_error("CANNOT_PARSE", [("body", "The request body is nested too deeply")]) from exc


class EmulatorServer:
    """The emulator on 127.0.0.1; ``start()`` serves from a background thread and returns the URL.

    >>> server = EmulatorServer(tmp_path / "db.sqlite3", port=0)
    >>> url = server.start()   # boto3.client(..., endpoint_url=url)
    >>> server.stop()
    """

    def __init__(
        self,
        db_path: str | Path = DEFAULT_DB_PATH,
        *,
        host: str = HOST,
        port: int = 0,
        region: str = DEFAULT_REGION,
        account_id: str = DEFAULT_ACCOUNT_ID,
        faults: FaultConfig | None = None,
        quotas: QuotaLimiter | None = None,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
    ) -> None:
        if not host.startswith("127."):
            raise ValueError("the emulator binds to the loopback interface (127.x.x.x) only")
        self.host = host
        self.requested_port = port
        self.region = region
        self.account_id = account_id
        self.read_timeout = read_timeout
        self.store = Store(db_path)
        self.faults = FaultInjector(faults)
        self.quotas = quotas or QuotaLimiter()  # off unless enabled: most tests need speed
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the emulator is not started")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def bind(self) -> str:
        if self._httpd is None:
            self._httpd = _HTTPServer((self.host, self.requested_port), self)
        return self.url

    def start(self) -> str:
        """Serve in a daemon thread; returns the endpoint URL."""
        url = self.bind()
        assert self._httpd is not None
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="sms-emulator", daemon=True
        )
        self._thread.start()
        return url

    def serve_forever(self) -> None:
        self.bind()
        assert self._httpd is not None
        self._httpd.serve_forever()

    def stop(self) -> None:
        """Stop serving, close open keep-alive connections and release the port."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        with httpd.sockets_lock:
            for sock in list(httpd.open_sockets):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> EmulatorServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def control(self, method: str, path: str, query: dict[str, list[str]], body: bytes) -> tuple[int, Any]:
        """Answer a control endpoint request: (HTTP status, JSON body); see ``local.emulator.endpoints``."""
        return endpoints.answer(self, method, path, query, body)
