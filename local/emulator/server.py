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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from local.defaults import ACCOUNT_ID, HOST, REGION
from local.emulator import auth as _auth
from local.emulator import calllog, endpoints
from local.emulator.dispatch import TokenReuse, execute, unknown_operation
from local.emulator.faults import FaultConfig, FaultDecision, FaultInjector
from local.emulator.model import ApiError, parse_body, target_prefix
from local.emulator.quotas import QuotaLimiter
from local.emulator.store import DEFAULT_DB_PATH, Store
from local.httputil import (
    DEFAULT_READ_TIMEOUT,
    BodyTooLargeError,
    IncompleteBodyError,
    LocalHandler,
    QuietServer,
    content_length,
    read_body,
)
from local.sigv4 import LocalKey

LOG = logging.getLogger("local.emulator")
JSON_10 = "application/x-amz-json-1.0"
_CREDENTIAL_SCOPE = re.compile(r"Credential=[^/,\s]+/\d{8}/([a-z0-9-]+)/")


class _HTTPServer(QuietServer):
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], emulator: EmulatorServer) -> None:
        self.emulator = emulator
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__(address, _Handler)


class _Handler(LocalHandler):
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
        headers = {"Content-Type": content_type, "x-amzn-RequestId": request_id or str(uuid.uuid4())}
        self.send_body(status, headers, data)

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

    def _control(self, method: str, body: bytes) -> None:
        url = urlsplit(self.path)
        try:
            status, answer = endpoints.answer(self.server.emulator, method, url.path, parse_qs(url.query), body)
        except (ValueError, TypeError) as exc:
            status, answer = 400, {"error": str(exc)}
        self._send(status, answer, content_type="application/json")

    def _aws(self, raw: bytes) -> None:
        """One AWS call: parse, apply the faults and quotas, run the operation, record it, answer (or drop)."""
        call = _Call(self.headers.get("X-Amz-Target", ""), time.monotonic(), str(uuid.uuid4()))
        try:
            self._prepare(call, raw)
            if call.decision.drop and not call.decision.drop_after_apply:
                self._drop(call)
                return
            status, body = 200, self._execute(call)
        except ApiError as err:
            status, body = err.status, err.body()
        except Exception:
            LOG.error("emulator bug handling %s:\n%s", call.name, traceback.format_exc())
            error = ApiError("InternalServerException", "Internal emulator error.", {"RequestId": call.request_id})
            status, body = 500, error.body()
        if call.decision.drop:
            self._drop(call)
            return
        self._record(call, status=status, error_code=body.get("__type"))
        self._answer(call, status, body)

    def _prepare(self, call: _Call, raw: bytes) -> None:
        """Check the signature, name the operation, parse it, decide its faults; raises the ApiError of a bad call."""
        prefix, _, name = call.target.partition(".")
        known = prefix == target_prefix() and bool(name)
        call.name = name if known else call.target or "<no X-Amz-Target>"
        verifier = self.server.emulator.verifier
        if verifier is not None:
            _auth.check(verifier, self.command, self.path, dict(self.headers.items()), raw)
        if not known:
            raise unknown_operation(call.name)
        call.name = name
        call.params = parse_body(raw)
        call.decision = self.server.emulator.faults.decide(name)

    def _execute(self, call: _Call) -> dict[str, Any]:
        """The operation's answer, unless an injected fault or AWS's quota refuses it first (as an ApiError)."""
        emulator, decision = self.server.emulator, call.decision
        decision.raise_injected(call.request_id)
        region = self._region()
        if not emulator.quotas.allow(emulator.account_id, region, call.name):
            raise ApiError("ThrottlingException", "Rate exceeded.")  # AWS's per-operation quota (quotas.py)
        return execute(
            emulator.store,
            call.name,
            call.params,
            region=region,
            account=emulator.account_id,
            request_id=call.request_id,
            token_reuse=emulator.token_reuse,
        )

    def _answer(self, call: _Call, status: int, body: dict[str, Any]) -> None:
        """Send the answer, late or garbled when a fault says so."""
        if call.decision.latency_ms:
            time.sleep(call.decision.latency_ms / 1000)
        if call.decision.malformed:
            self._send_raw(200, b"<html>502 Bad Gateway</html>", "text/html", call.request_id)
            return
        self._send(status, body, request_id=call.request_id)

    def _drop(self, call: _Call) -> None:
        self._record(call, status=0, error_code=None)
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _region(self) -> str:
        match = _CREDENTIAL_SCOPE.search(self.headers.get("Authorization", ""))
        return match.group(1) if match else self.server.emulator.region

    def _record(self, call: _Call, *, status: int, error_code: Any) -> None:
        kinds = ",".join(call.decision.kinds) or None
        calllog.record(
            self.server.emulator.store,
            calllog.Call(call.name, call.params, call.request_id, call.started, kinds, status, error_code),
        )


@dataclass
class _Call:
    """One AWS call as it passes the handler's steps."""

    target: str  # X-Amz-Target as sent
    started: float
    request_id: str
    name: str = ""
    params: Any = field(default_factory=dict)
    decision: FaultDecision = field(default_factory=FaultDecision)


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
        region: str = REGION,
        account_id: str = ACCOUNT_ID,
        faults: FaultConfig | None = None,
        quotas: QuotaLimiter | None = None,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        auth: bool = True,
        keys: tuple[LocalKey, ...] | None = None,
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
        # SigV4 as AWS checks it (local.emulator.auth): the local mode's keys, or ``keys``; None: anything goes.
        self.verifier = _auth.verifier(keys) if auth else None
        self.token_reuse = TokenReuse.VALIDATION  # POST /_emulator/idempotency changes it
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
