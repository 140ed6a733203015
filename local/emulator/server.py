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
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from local.emulator.dispatch import execute, unknown_operation
from local.emulator.faults import FaultConfig, FaultDecision, FaultInjector
from local.emulator.model import ApiError, target_prefix, validation_error
from local.emulator.store import DEFAULT_DB_PATH, Store
from local.httputil import content_length
from sms_pool.phone import mask

LOG = logging.getLogger("local.emulator")
DEFAULT_PORT = 4580
DEFAULT_REGION = "us-east-1"
DEFAULT_ACCOUNT_ID = "123456789012"
JSON_10 = "application/x-amz-json-1.0"
_CREDENTIAL_SCOPE = re.compile(r"Credential=[^/,\s]+/\d{8}/([a-z0-9-]+)/")


def mask_phone_numbers(text: str) -> str:
    """``text`` with phone-number-like runs masked to their last four digits (the function's own rule)."""
    return mask(text)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the default backlog of 5 makes 32 concurrent clients wait on SYN retries (1 s)

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
        with self.server.sockets_lock:
            self.server.open_sockets.add(self.connection)

    def finish(self) -> None:
        with self.server.sockets_lock:
            self.server.open_sockets.discard(self.connection)
        super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _body(self) -> bytes | None:
        """The request body, or None after answering 400 for framing the emulator does not read."""
        try:
            length = content_length(self.headers)
        except ValueError as exc:
            self.close_connection = True
            self._send(400, {"__type": "SerializationException", "message": str(exc)})
            return None
        return self.rfile.read(length) if length else b""

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
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._control("GET", b"")

    def do_DELETE(self) -> None:
        body = self._body()
        if body is not None:
            self._control("DELETE", body)

    def do_POST(self) -> None:
        body = self._body()
        if body is None:
            return
        if urlsplit(self.path).path.startswith("/_emulator/"):
            self._control("POST", body)
        else:
            self._aws(body)

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
        duration = (time.monotonic() - started) * 1000
        token = params.get("ClientToken") if isinstance(params, dict) else None
        fault = ",".join(decision.kinds) or None
        self.server.emulator.store.record_call(
            {
                "timestamp": time.time(),
                "operation": name,
                "params": params,
                "client_token": token,
                "status": status,
                "error_code": error_code,
                "request_id": request_id,
                "fault": fault,
                "duration_ms": round(duration, 3),
            }
        )
        shown = {k: v for k, v in params.items() if k in _LOGGED} if isinstance(params, dict) else {}
        LOG.info(
            mask_phone_numbers(
                f"{name} {status or 'DROPPED'} {error_code or '-'} {duration:.1f}ms"
                f"{' fault=' + fault if fault else ''} {json.dumps(shown, sort_keys=True) if shown else ''}"
            ).rstrip()
        )


_LOGGED = ("PoolId", "OriginationIdentity", "PhoneNumberId", "SenderId", "IsoCountryCode", "ClientToken")


def _parse(raw: bytes) -> Any:
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise validation_error("CANNOT_PARSE", [("body", "The request body is not valid JSON")]) from exc


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
        host: str = "127.0.0.1",
        port: int = 0,
        region: str = DEFAULT_REGION,
        account_id: str = DEFAULT_ACCOUNT_ID,
        faults: FaultConfig | None = None,
    ) -> None:
        if not host.startswith("127."):
            raise ValueError("the emulator binds to the loopback interface (127.x.x.x) only")
        self.host = host
        self.requested_port = port
        self.region = region
        self.account_id = account_id
        self.store = Store(db_path)
        self.faults = FaultInjector(faults)
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
        """Answer a control endpoint request: (HTTP status, JSON body)."""
        data: Any = json.loads(body) if body.strip() else {}
        route = (method, path.rstrip("/"))
        if route == ("GET", "/_emulator/health"):
            return 200, {
                "status": "ok",
                "region": self.region,
                "account_id": self.account_id,
                "db_path": str(self.store.path),
            }
        if route == ("GET", "/_emulator/faults"):
            return 200, self.faults.snapshot()
        if route == ("POST", "/_emulator/faults"):
            if not isinstance(data, dict):
                raise ValueError("fault settings must be a JSON object")
            self.faults.configure(FaultConfig.from_dict(data))
            return 200, self.faults.snapshot()
        if route == ("DELETE", "/_emulator/faults"):
            self.faults.reset()
            return 200, self.faults.snapshot()
        if route == ("GET", "/_emulator/calls"):
            operation = query["operation"][0] if query.get("operation") else None
            return 200, {"calls": self.store.calls(operation)}
        if route == ("DELETE", "/_emulator/calls"):
            self.store.clear_calls()
            return 200, {"calls": []}
        if route == ("POST", "/_emulator/reset"):
            self.store.reset()
            return 200, {"status": "reset"}
        return 404, {"error": f"no control endpoint {method} {path}"}
